"""The organisers' "Workshop results" dialog: preview, write the report, issue certificates.

Self-contained (it needs only a central store's address) so the organiser window and the
facilitator window can both open it. Every slow step — reading the central store,
building the report, rendering, writing files, drawing certificates — runs in a
``QThreadPool`` worker with its own connection; the dialog only shows progress.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QUrl, Signal, Slot
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.errors import UserError
from facilitator_app.export import REPORT_FORMATS
from facilitator_app.export.report_files import export_report
from facilitator_app.ui.export_dialog import document_language
from facilitator_app.ui.messages import user_message

if TYPE_CHECKING:  # loaded when certificates are made, not when the dialog opens
    from facilitator_app.sync.certificates import CertificateRule

DEFAULT_FORMATS = ("json", "html", "pdf")


class _Signals(QObject):
    progress = Signal(int, int, str)  # done, total, what
    finished = Signal(object)  # the job's result
    failed = Signal(str)


class _Job(QRunnable):
    """Runs ``work(progress)`` off the UI thread and reports through signals."""

    def __init__(self, work: Callable[[Callable[[int, int, str], None]], Any]) -> None:
        super().__init__()
        self.signals = _Signals()
        self.work = work

    def run(self) -> None:
        """Do the work; report its result or a message for the user."""
        try:
            result = self.work(self.signals.progress.emit)
        except UserError as exc:
            self.signals.failed.emit(user_message(exc))
        except Exception as exc:  # a crash here must reach the user, not vanish in a thread
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.signals.finished.emit(result)


def _open_central(url: str) -> Any:
    from facilitator_app.sync.central_store import CentralStore, resolve_central_url
    from facilitator_app.sync.credentials import PasswordVault, needs_password

    resolved = resolve_central_url(url)
    password = PasswordVault().get(resolved) if needs_password(resolved) else None
    return CentralStore.open(resolved, password)


class ReportDialog(QDialog):
    """Preview and write the workshop report; issue the participation certificates."""

    def __init__(self, central_url: str, out_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Workshop results"))
        self.setAccessibleName(self.tr("Workshop results"))
        self.resize(960, 680)  # fits 1366×768 with the taskbar
        self._busy = False
        self._job: _Job | None = None
        self.written: list[Path] = []
        self.applied_rule: CertificateRule | None = None  # the last certificates' rule

        form = QGridLayout()
        self.central_edit = QLineEdit(central_url)
        self.central_edit.setAccessibleName(self.tr("Central store"))
        central_label = QLabel(self.tr("Central s&tore:"))
        central_label.setBuddy(self.central_edit)
        form.addWidget(central_label, 0, 0)
        form.addWidget(self.central_edit, 0, 1, 1, 3)
        self.session_edit = QLineEdit()
        self.session_edit.setPlaceholderText(self.tr("all sessions"))
        self.session_edit.setAccessibleName(self.tr("Session id (empty: all sessions)"))
        session_label = QLabel(self.tr("Session &id:"))
        session_label.setBuddy(self.session_edit)
        form.addWidget(session_label, 1, 0)
        form.addWidget(self.session_edit, 1, 1)
        self.public_box = QCheckBox(self.tr("P&ublic version (no names)"))
        self.public_box.setAccessibleName(self.tr("Public version without names"))
        form.addWidget(self.public_box, 1, 2)
        self.lang_box = QComboBox()
        self.lang_box.addItem(self.tr("Norwegian Bokmål"), "nb")
        self.lang_box.addItem(self.tr("Norwegian Nynorsk"), "nn")
        self.lang_box.addItem(self.tr("English"), "en")
        self.lang_box.setCurrentIndex(self.lang_box.findData(document_language()))
        self.lang_box.setAccessibleName(self.tr("Language of the documents"))
        form.addWidget(self.lang_box, 1, 3)
        self.folder_edit = QLineEdit(str(out_dir))
        self.folder_edit.setAccessibleName(self.tr("Folder for the files"))
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder_edit)
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAccessibleName(self.tr("Choose the folder for the files"))
        browse.clicked.connect(self._choose_folder)
        form.addWidget(folder_label, 2, 0)
        form.addWidget(self.folder_edit, 2, 1, 1, 2)
        form.addWidget(browse, 2, 3)

        formats = QHBoxLayout()
        formats.addWidget(QLabel(self.tr("Formats:")))
        self.format_boxes: dict[str, QCheckBox] = {}
        for name in REPORT_FORMATS:
            box = QCheckBox(name.upper())
            box.setChecked(name in DEFAULT_FORMATS)
            box.setAccessibleName(self.tr("Write {format}").format(format=name.upper()))
            self.format_boxes[name] = box
            formats.addWidget(box)
        formats.addStretch(1)
        self.min_sessions = QSpinBox()
        # 0 shows as "As the plan says": the plan's certificate rule (one session if none).
        self.min_sessions.setRange(0, 50)
        self.min_sessions.setSpecialValueText(self.tr("As the plan says"))
        self.min_sessions.setValue(0)
        self.min_sessions.setToolTip(
            self.tr(
                "Sessions a participant must have attended. “As the plan says” applies the "
                "workshop plan's rule, or one session when the plan sets none."
            )
        )
        self.min_sessions.setAccessibleName(self.tr("Sessions needed for a certificate"))
        min_label = QLabel(self.tr("&Minimum sessions for a certificate:"))
        min_label.setBuddy(self.min_sessions)
        formats.addWidget(min_label)
        formats.addWidget(self.min_sessions)

        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("Preview of the report"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setVisible(False)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Status"))

        buttons = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("&Preview"))
        self.preview_button.setAccessibleName(self.tr("Preview the report"))
        self.preview_button.clicked.connect(self.start_preview)
        self.write_button = QPushButton(self.tr("&Write report"))
        self.write_button.setAccessibleName(self.tr("Write the report files"))
        self.write_button.clicked.connect(self.start_report)
        self.cert_button = QPushButton(self.tr("&Certificates…"))
        self.cert_button.setAccessibleName(self.tr("Write the participation certificates"))
        self.cert_button.clicked.connect(self.start_certificates)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        for b in (self.preview_button, self.write_button, self.cert_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(formats)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)

    # ------------------------------------------------------------------ choices

    def chosen_formats(self) -> list[str]:
        """The formats ticked, in the standard order."""
        return [n for n, box in self.format_boxes.items() if box.isChecked()]

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the report files"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)

    def _build(self) -> Any:
        from facilitator_app.sync.report import build_report

        url = self.central_edit.text()
        session = self.session_edit.text().strip() or None
        public = self.public_box.isChecked()

        def build() -> Any:
            central = _open_central(url)
            try:
                return build_report(central, session_key=session, public=public)
            finally:
                central.close()

        return build

    # ------------------------------------------------------------------ jobs

    def _start(
        self,
        work: Callable[[Callable[[int, int, str], None]], Any],
        done: Callable[[Any], None],
        message: str,
    ) -> None:
        self._set_busy(True)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.status_label.setText(message)
        job = _Job(work)
        job.signals.progress.connect(self._on_progress)
        job.signals.finished.connect(lambda result: self._finish(done, result))
        job.signals.failed.connect(self._on_failed)
        self._job = job  # keep the signals object alive until the job reports
        QThreadPool.globalInstance().start(job)

    def start_preview(self) -> None:
        """Build the report and show it here (nothing is written)."""
        from facilitator_app.export.report_html import report_html_document

        build, lang = self._build(), self.lang_box.currentData()

        def work(progress: Callable[[int, int, str], None]) -> tuple[str, dict[str, str]]:
            report = build()
            progress(1, 2, "html")
            return report_html_document(report, lang, inline_figures=False)

        self._start(work, self._show_preview, self.tr("Reading the central store…"))

    def start_report(self) -> None:
        """Build the report and write the chosen formats into the folder."""
        from facilitator_app.ui.report_pdf import REPORT_PDF_FORMAT

        formats = self.chosen_formats()
        if not formats:
            self.status_label.setText(self.tr("Tick at least one format."))
            return
        build, lang = self._build(), self.lang_box.currentData()
        folder = Path(self.folder_edit.text().strip()).expanduser()
        extra = {"pdf": REPORT_PDF_FORMAT} if "pdf" in formats else {}

        def work(progress: Callable[[int, int, str], None]) -> list[Path]:
            report = build()
            progress(1, len(formats) + 1, "")
            return export_report(
                report,
                formats,
                folder,
                lang=lang,
                extra=extra,
                progress=lambda d, t, name: progress(d + 1, t + 1, name),
            )

        self._start(work, self._report_written, self.tr("Writing the report…"))

    def start_certificates(self) -> None:
        """Issue the certificates and write them with their register."""
        from facilitator_app.export.report_certificates import write_certificates
        from facilitator_app.sync.certificates import issue_certificates
        from facilitator_app.ui.report_pdf import certificate_pdf

        url, lang = self.central_edit.text(), self.lang_box.currentData()
        minimum = self.min_sessions.value() or None  # None: the plan's rule
        folder = Path(self.folder_edit.text().strip()).expanduser() / "certificates"

        def work(
            progress: Callable[[int, int, str], None],
        ) -> tuple[list[Path], CertificateRule, list[str]]:
            central = _open_central(url)
            try:
                issued = issue_certificates(central, min_sessions=minimum)
            finally:
                central.close()
            paths = write_certificates(
                issued.certificates,
                folder,
                certificate_pdf,
                rule=issued.rule,
                lang=lang,
                progress=progress,
            )
            return paths, issued.rule, issued.no_attendance

        self._start(work, self._certificates_written, self.tr("Writing the certificates…"))

    # ------------------------------------------------------------------ results

    def _finish(self, done: Callable[[Any], None], result: Any) -> None:
        self._set_busy(False)
        self.progress.setVisible(False)
        done(result)

    def _show_preview(self, result: tuple[str, dict[str, str]]) -> None:
        from facilitator_app.ui.pdf_pages import svg_image

        html, figures = result
        document = self.preview.document()
        for name, svg in figures.items():
            document.addResource(
                QTextDocument.ResourceType.ImageResource.value, QUrl(name), svg_image(svg)
            )
        self.preview.setHtml(html)
        self.status_label.setText(self.tr("Preview ready. Nothing was written yet."))

    def _report_written(self, paths: list[Path]) -> None:
        self.written = paths
        folder = paths[0].parent if paths else Path(self.folder_edit.text())
        self.status_label.setText(
            self.tr("Files written: {count}, in {folder}.").format(
                count=len(paths), folder=str(folder)
            )
        )

    def _certificates_written(self, result: tuple[list[Path], CertificateRule, list[str]]) -> None:
        paths, rule, silent = result
        self.written = paths
        self.applied_rule = rule
        written = self.tr("Certificates written: {count}, with their register, in {folder}.")
        rules = {
            "plan": self.tr("Rule from the plan: present at {min} or more of {total} sessions."),
            "command": self.tr("Rule chosen here: present at {min} or more of {total} sessions."),
            "default": self.tr(
                "The plan sets no rule: present at {min} or more of {total} sessions."
            ),
        }
        text = (
            written.format(count=len(paths) - 1, folder=str(paths[-1].parent))
            + " "
            + rules[rule.source].format(min=rule.min_sessions, total=rule.sessions_in_plan)
        )
        if silent:
            text += " " + self.tr(
                "No attendance has arrived from {groups}: their participants have no "
                "certificate yet."
            ).format(groups=", ".join(silent))
        self.status_label.setText(text)

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, _name: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._set_busy(False)
        self.progress.setVisible(False)
        self.status_label.setText(self.tr("Stopped: {reason}").format(reason=message))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (
            self.preview_button,
            self.write_button,
            self.cert_button,
            self.close_button,
            self.central_edit,
            self.session_edit,
            self.folder_edit,
        ):
            widget.setEnabled(not busy)

    def reject(self) -> None:
        """Close, except while files are being written."""
        if not self._busy:
            super().reject()
