"""The workshop report and the certificates as PDF (the charts need Qt: only ``ui/`` may).

The pages (A4, "Page N of M", rows kept whole, headings kept with what follows) are
drawn by ``ui/pdf_pages.py``, as the group summary's are.
"""

from __future__ import annotations

from facilitator_app.export.report_files import Files, ReportFormat
from facilitator_app.export.report_html import report_html_document
from facilitator_app.export.report_labels import ReportLabels
from facilitator_app.schemas.report import WorkshopReport
from facilitator_app.ui.pdf_pages import paint_pdf


def render_report_pdf(report: WorkshopReport, lang: str = "nb") -> Files:
    """The report as one A4 PDF."""
    html, figures = report_html_document(report, lang, inline_figures=False)
    labels = ReportLabels(lang)
    title = f"{labels['title']}: {report.workshop.title}"
    return {".pdf": paint_pdf(html, figures, title, labels["page"])}


REPORT_PDF_FORMAT = ReportFormat("pdf", render_report_pdf)


def certificate_pdf(html: str, title: str) -> bytes:
    """One certificate page as PDF (no page number: it is one page)."""
    return paint_pdf(html, {}, title, "")
