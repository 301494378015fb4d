"""Writing the workshop report's files: which formats exist and how each is written.

A renderer returns file-name suffix → bytes (CSV gives one file per sheet). PDF needs Qt,
so entry points inject it (``ui/report_pdf.py``), as for the group summary.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from facilitator_app.collector import collector_paused
from facilitator_app.errors import SummaryError
from facilitator_app.export import REPORT_FORMATS
from facilitator_app.export.atomic import prepare_folder, write_atomic
from facilitator_app.export.report_docx import render_report_docx
from facilitator_app.export.report_html import render_report_html
from facilitator_app.export.report_tables import render_report_csv, render_report_xlsx
from facilitator_app.schemas.report import WorkshopReport, report_file_bytes

Files = dict[str, bytes]
Renderer = Callable[[WorkshopReport, str], Files]
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class ReportFormat:
    """A report format: its name on the command line and its renderer."""

    name: str
    render: Renderer


def report_to_json(report: WorkshopReport) -> bytes:
    """The report file's bytes: the report's canonical JSON, checksum included
    (``report_file_bytes``); made when the checksum was, for a report just built."""
    return report_file_bytes(report)


BUILT_IN: dict[str, ReportFormat] = {
    f.name: f
    for f in (
        ReportFormat("json", lambda r, _l: {".report.json": report_to_json(r)}),
        ReportFormat("html", lambda r, lang: {".html": render_report_html(r, lang)}),
        ReportFormat("docx", lambda r, lang: {".docx": render_report_docx(r, lang)}),
        ReportFormat("xlsx", lambda r, lang: {".xlsx": render_report_xlsx(r, lang)}),
        ReportFormat("csv", render_report_csv),
    )
}


def parse_report_formats(text: str) -> list[str]:
    """``"json,html"`` → ``["json", "html"]``; an error names any unknown format."""
    names = [part.strip().lower() for part in text.split(",") if part.strip()]
    unknown = [n for n in names if n not in REPORT_FORMATS]
    if unknown or not names:
        raise SummaryError(
            "Unknown format {names}; choose from {choices}.",
            names=", ".join(unknown) or "(none)",
            choices=",".join(REPORT_FORMATS),
        )
    return list(dict.fromkeys(names))


def report_stem(report: WorkshopReport) -> str:
    """File name without suffix: workshop, sessions covered, public or internal."""
    slug = re.sub(r"[^A-Za-z0-9_.-]+", "-", report.workshop.key).strip("-.")[:40] or "workshop"
    scope = report.sessions[0].key if len(report.sessions) == 1 else "all"
    scope = re.sub(r"[^A-Za-z0-9_.-]+", "-", scope)[:20]
    return f"{slug}_report_{scope}_{'public' if report.public else 'internal'}"


def export_report(
    report: WorkshopReport,
    formats: Sequence[str],
    out_dir: Path,
    *,
    lang: str = "nb",
    extra: Mapping[str, ReportFormat] | None = None,
    progress: Progress | None = None,
) -> list[Path]:
    """Write the report in every format into ``out_dir`` (atomically); returns the paths."""
    available = {**BUILT_IN, **(extra or {})}
    missing = [f for f in formats if f not in available]
    if missing:
        raise SummaryError("The format(s) {names} cannot be made here.", names=", ".join(missing))
    prepare_folder(out_dir)
    stem = report_stem(report)
    written = []
    for n, name in enumerate(formats, start=1):
        # Renderers make hundreds of thousands of short-lived rows and strings; with the
        # report's million objects alive, the collector's scans cost up to a third of a
        # render (see facilitator_app/collector.py).
        with collector_paused():
            files = available[name].render(report, lang)
        for suffix, data in files.items():
            path = out_dir / f"{stem}{suffix}"
            try:
                write_atomic(path, data)
            except OSError as exc:
                raise SummaryError(
                    "{path} could not be written: {reason}.", path=path, reason=exc.strerror
                ) from None
            written.append(path)
        if progress is not None:
            progress(n, len(formats), name)
    return written
