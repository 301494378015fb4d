"""The summary as PDF, laid out from the summary's HTML (pages: ``ui/pdf_pages.py``).

It lives under ``ui/`` because its pictures are drawn by Qt, which only the UI layer may
import; the app and the ``export`` command hand it to the export as an extra format
(``PDF_FORMAT``). No widgets are involved, so it is safe in a worker thread.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from facilitator_app.export.files import ExportFormat
from facilitator_app.export.html import html_document
from facilitator_app.export.labels import Labels
from facilitator_app.schemas.summary import GroupSummary
from facilitator_app.ui.pdf_pages import paint_pdf


def ensure_gui_application() -> None:
    """Qt needs an application object for fonts; the command line has none yet.

    A ``QApplication`` (not only a ``QGuiApplication``): a process that draws a PDF first
    and opens a widget later (a test run, the report dialog) would abort otherwise.
    """
    if QGuiApplication.instance() is None:
        # The command line may run without a display (a server, an SSH session); there
        # Qt would abort the process instead of drawing off-screen.
        headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
        if sys.platform.startswith("linux") and headless and not os.environ.get("QT_QPA_PLATFORM"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        QApplication([])


def render_pdf(summary: GroupSummary, lang: str = "nb") -> bytes:
    """The PDF document (A4, numbered pages) of the summary."""
    html, figures = html_document(summary, lang, inline_figures=False)
    title = f"{summary.workshop.title} – {summary.session.title} – {summary.group.name}"
    return paint_pdf(html, figures, title, Labels(lang)["page"])


PDF_FORMAT = ExportFormat("pdf", ".pdf", render_pdf)
