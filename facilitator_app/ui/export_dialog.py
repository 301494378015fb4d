""" "End session and export…": a short review, then the group's files written in the background.

The dialog reads counts (cheap queries), lets the facilitator choose formats, folder and
the public variant (never remembered: a file for the organisers is the default every
time), and runs the export in a ``QThreadPool``
worker that builds the summary with its own store sessions, so the window never freezes.
When done it offers to open the folder.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QRunnable, Qt, QThreadPool, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.errors import UserError
from facilitator_app.export.files import ALL_FORMATS, ExportFormat, export_summary
from facilitator_app.services.preferences import get_preference, set_preference
from facilitator_app.services.summary import build_summary, review_export
from facilitator_app.services.workshop import SessionContext
from facilitator_app.store import Store
from facilitator_app.sync.service import configured_url, is_default
from facilitator_app.ui.messages import user_message

FORMATS_KEY = "export_formats"
FOLDER_KEY = "export_folder"
DEFAULT_FORMATS = ("json", "html", "pdf")
# Formats that need Qt (PDF), registered by the entry point (``app.py``) at start.
_registered: dict[str, ExportFormat] = {}


def register_format(fmt: ExportFormat) -> None:
    """Offer ``fmt`` in every export dialog (the composition root calls this)."""
    _registered[fmt.name] = fmt


def document_language() -> str:
    """The documents' language: the UI's (``nb``, ``nn`` or ``en``)."""
    name = QLocale().name().lower()
    if name.startswith("nn"):
        return "nn"
    return "nb" if name.startswith(("nb", "no")) else "en"


class _Signals(QObject):
    progress = Signal(int, int, str)  # done, total, format
    finished = Signal(object)  # list[Path]
    failed = Signal(str)


class ExportJob(QRunnable):
    """Builds the summary and writes the files off the UI thread."""

    def __init__(
        self,
        store: Store,
        context: SessionContext,
        formats: list[str],
        folder: Path,
        public: bool,
        lang: str,
        extra: Mapping[str, ExportFormat],
    ) -> None:
        super().__init__()
        self.signals = _Signals()
        self.store = store
        self.context = context
        self.formats = formats
        self.folder = folder
        self.public = public
        self.lang = lang
        self.extra = extra

    def run(self) -> None:
        """Build and write; report progress, the paths or a message for the user."""
        try:
            summary = build_summary(
                self.store, self.context.session.id, self.context.group.id, public=self.public
            )
            self.signals.progress.emit(1, len(self.formats) + 1, "")
            paths = export_summary(
                summary,
                self.formats,
                self.folder,
                lang=self.lang,
                extra=self.extra,
                progress=lambda done, total, name: self.signals.progress.emit(
                    done + 1, total + 1, name
                ),
            )
        except UserError as exc:
            self.signals.failed.emit(user_message(exc))
        except Exception as exc:  # a crash here must reach the user, not vanish in a thread
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.signals.finished.emit(paths)


class ExportDialog(QDialog):
    """Review, choose and export the group's summary (see the module docstring)."""

    exported = Signal(object)  # list[Path]

    def __init__(
        self,
        store: Store,
        context: SessionContext,
        extra: Mapping[str, ExportFormat] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.context = context
        self.extra = dict(_registered if extra is None else extra)
        self.written: list[Path] = []
        self._busy = False
        self.setWindowTitle(self.tr("End session and export"))
        self.setMinimumWidth(520)

        self.review_label = QLabel()
        self.review_label.setWordWrap(True)
        self.review_label.setTextFormat(Qt.TextFormat.PlainText)

        names = {
            "json": self.tr("Summary file (JSON) – for the organisers"),
            "html": self.tr("Web page (HTML)"),
            "pdf": self.tr("PDF"),
            "md": self.tr("Markdown"),
            "docx": self.tr("Word (DOCX)"),
            "csv": self.tr("Ideas as CSV"),
            "xlsx": self.tr("Ideas as Excel (XLSX)"),
        }
        chosen = set(get_preference(self.store, FORMATS_KEY, ",".join(DEFAULT_FORMATS)).split(","))
        self.format_boxes: dict[str, QCheckBox] = {}
        formats = QGroupBox(self.tr("Formats"))
        grid = QGridLayout(formats)
        for n, name in enumerate(ALL_FORMATS):
            box = QCheckBox(names[name])
            box.setChecked(name in chosen)
            if name == "pdf" and "pdf" not in self.extra:
                box.setChecked(False)
                box.setEnabled(False)
            box.toggled.connect(self._update_buttons)
            grid.addWidget(box, n // 2, n % 2)
            self.format_boxes[name] = box

        self.folder_edit = QLineEdit(get_preference(self.store, FOLDER_KEY, str(Path.home())))
        self.folder_edit.setAccessibleName(self.tr("Folder"))
        self.folder_edit.textChanged.connect(self._update_buttons)
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(QLabel(self.tr("Folder:")))
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(choose)

        self.public_box = QCheckBox(
            self.tr("Public version: leave out names, authors and facilitator notes")
        )
        # Not remembered: a public file sent in place of the organisers' one loses data.
        self.public_box.setChecked(False)
        self.public_box.toggled.connect(self._update_buttons)
        # A public summary file cannot be loaded centrally (no participants, no authors):
        # say so before a facilitator sends the organisers the only file they would get.
        self.public_note = QLabel(
            self.tr(
                "The organisers cannot load a public summary file into their store: send "
                "them a summary file exported without this tick."
            )
        )
        self.public_note.setWordWrap(True)
        # Hidden but keeping its room, so ticking "Public" does not make the dialog jump.
        keep = self.public_note.sizePolicy()
        keep.setRetainSizeWhenHidden(True)
        self.public_note.setSizePolicy(keep)

        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        # The written files, in a list that scrolls rather than a label that is cut off.
        self.result_list = QListWidget()
        self.result_list.setAccessibleName(self.tr("Files written"))
        self.result_list.setVisible(False)
        self.result_list.setMinimumHeight(self.result_list.fontMetrics().height() * 6)

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button = self.buttons.addButton(
            self.tr("Open folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.setVisible(False)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.start_export)
        self.open_button.clicked.connect(self.open_folder)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Before you export</b>")))
        layout.addWidget(self.review_label)
        layout.addWidget(formats)
        layout.addLayout(folder_row)
        layout.addWidget(self.public_box)
        layout.addWidget(self.public_note)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addWidget(self.result_list, 1)
        layout.addWidget(self.buttons)
        self.refresh_review()
        self._update_buttons()

    def refresh_review(self) -> None:
        """Show the counts: ideas, clusters, votes still open, changes not yet synced."""
        r = review_export(self.store, self.context.session.id, self.context.group.id)
        cat = r.by_category
        # Every category that has ideas, so the parts add up to the total ("other" too);
        # Qt plural forms make "1 idea" and "2 ideas" (nb: "1 idé", "2 ideer") read right.
        kinds = [
            self.tr("%n challenge(s)", "", cat.get("challenge", 0)),
            self.tr("%n measure(s)", "", cat.get("measure", 0)),
            self.tr("%n question(s) for the experts", "", cat.get("expert_question", 0)),
            self.tr("%n other idea(s)", "", cat.get("other", 0)),
        ]
        counts = [cat.get(k, 0) for k in ("challenge", "measure", "expert_question", "other")]
        parts = [text for text, n in zip(kinds, counts, strict=True) if n]
        ideas = self.tr("%n idea(s)", "", r.ideas)
        if parts:
            ideas += " (" + ", ".join(parts) + ")"
        lines = [
            self.tr("{ideas}, {clusters}.").format(
                ideas=ideas, clusters=self.tr("%n cluster(s)", "", r.clusters)
            ),
            self._votes_line(r.vote_rounds, r.open_vote_rounds),
        ]
        if r.running_items:
            lines.append(
                self.tr("Still running on the agenda: {items}.").format(
                    items=", ".join(r.running_items)
                )
            )
        if is_default(self.store, configured_url(self.store)):
            lines.append(
                self.tr(
                    "No central store is set, so sync does not reach the organisers: give "
                    "them the summary file."
                )
            )
        elif r.unsynced:
            lines.append(
                self.tr(
                    "%n change(s) not yet synced to the central store; the files hold every one.",
                    "",
                    r.unsynced,
                )
            )
        else:
            lines.append(self.tr("Everything is synced to the central store."))
        self.review_label.setText("\n".join(lines))

    def _votes_line(self, rounds: int, still_open: int) -> str:
        if rounds == 0:
            return self.tr("No dot votes.")
        if still_open == 0:
            return self.tr("%n dot vote(s), all closed.", "", rounds)
        # Both numbers decide the words ("åpen"/"åpne"), so each case is a whole message.
        if rounds == 1:
            return self.tr("1 dot vote, still open.")
        if still_open == 1:
            return self.tr("%n dot votes, one of them still open.", "", rounds)
        return self.tr("%n dot votes, {open} of them still open.", "", rounds).format(
            open=still_open
        )

    def chosen_formats(self) -> list[str]:
        """The ticked formats in their standard order."""
        return [name for name, box in self.format_boxes.items() if box.isChecked()]

    def _update_buttons(self) -> None:
        self.export_button.setEnabled(
            bool(self.chosen_formats()) and bool(self.folder_edit.text().strip())
        )
        self.public_note.setVisible(
            self.public_box.isChecked() and self.format_boxes["json"].isChecked()
        )

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the exported files"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)

    def start_export(self) -> None:
        """Remember the choices and start the background export."""
        formats = self.chosen_formats()
        folder = Path(self.folder_edit.text().strip()).expanduser()
        public = self.public_box.isChecked()
        set_preference(self.store, FORMATS_KEY, ",".join(formats))
        set_preference(self.store, FOLDER_KEY, str(folder))
        self._set_busy(True)
        self.progress.setRange(0, len(formats) + 1)
        self.progress.setValue(0)
        self.status_label.setText(self.tr("Exporting…"))
        job = ExportJob(
            self.store, self.context, formats, folder, public, document_language(), self.extra
        )
        job.signals.progress.connect(self._on_progress)
        job.signals.finished.connect(self._on_finished)
        job.signals.failed.connect(self._on_failed)
        self._job = job  # keep the signals object alive until the job reports
        QThreadPool.globalInstance().start(job)

    def reject(self) -> None:
        """Close, except while files are being written (Esc must not hide a running export)."""
        if not self._busy:
            super().reject()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy or self.progress.value() > 0)
        for name, box in self.format_boxes.items():
            box.setEnabled(not busy and (name != "pdf" or "pdf" in self.extra))
        self.folder_edit.setEnabled(not busy)
        self.public_box.setEnabled(not busy)
        self.export_button.setEnabled(not busy)
        self.close_button.setEnabled(not busy)

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, _name: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    @Slot(object)
    def _on_finished(self, paths: list[Path]) -> None:
        self.written = paths
        self._set_busy(False)
        folder = paths[0].parent if paths else Path(self.folder_edit.text())
        self.status_label.setText(
            self.tr("{count} files written to {folder}:").format(
                count=len(paths), folder=str(folder)
            )
        )
        self.result_list.clear()
        self.result_list.addItems([str(p.relative_to(folder)) for p in paths])
        self.result_list.setVisible(True)
        self.open_button.setVisible(True)
        self.export_button.setText(self.tr("Export again"))
        self.exported.emit(paths)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._set_busy(False)
        self.progress.setVisible(False)
        self.status_label.setText(self.tr("The export stopped: {reason}").format(reason=message))

    def open_folder(self) -> bool:
        """Open the export folder in the system's file manager."""
        folder = self.written[0].parent if self.written else Path(self.folder_edit.text())
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
