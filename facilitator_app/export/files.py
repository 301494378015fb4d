"""Exporting a group summary to files: which formats exist and how each file is written.

Renderers turn a ``GroupSummary`` into bytes. PDF needs Qt, which only the UI layer may
import, so entry points (the app, the ``export`` command) inject it as an extra format.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from facilitator_app.errors import SummaryError
from facilitator_app.export.atomic import prepare_folder, write_atomic
from facilitator_app.export.docx_render import render_docx
from facilitator_app.export.html import render_html
from facilitator_app.export.markdown import markdown_pictures, render_markdown
from facilitator_app.export.tables import render_csv, render_xlsx
from facilitator_app.schemas.summary import GroupSummary
from facilitator_app.services.summary import file_stem, summary_to_json

Renderer = Callable[[GroupSummary, str], bytes]
# Files written beside the main one: relative path → bytes (Markdown's pictures).
Companions = Callable[[GroupSummary, str], dict[str, bytes]]
# progress(done, total, format name) after each file
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class ExportFormat:
    """A file format: its name on the command line, its file name ending, its renderer,
    and what it writes beside the main file (if anything)."""

    name: str
    suffix: str
    render: Renderer
    companions: Companions | None = None


def _json(summary: GroupSummary, _lang: str) -> bytes:
    return summary_to_json(summary)


BUILT_IN: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat("json", ".summary.json", _json),
        ExportFormat("html", ".html", render_html),
        ExportFormat("md", ".md", render_markdown, markdown_pictures),
        ExportFormat("docx", ".docx", render_docx),
        ExportFormat("csv", "_ideas.csv", render_csv),
        ExportFormat("xlsx", "_ideas.xlsx", render_xlsx),
    )
}
ALL_FORMATS = ("json", "html", "pdf", "md", "docx", "csv", "xlsx")


def parse_formats(text: str) -> list[str]:
    """``"json,html"`` → ``["json", "html"]``; ``SummaryError`` names any unknown format."""
    names = [part.strip().lower() for part in text.split(",") if part.strip()]
    unknown = [n for n in names if n not in ALL_FORMATS]
    if unknown or not names:
        raise SummaryError(
            f"Unknown format {', '.join(unknown) or '(none)'}; choose from {','.join(ALL_FORMATS)}."
        )
    return list(dict.fromkeys(names))


def export_summary(
    summary: GroupSummary,
    formats: Sequence[str],
    out_dir: Path,
    *,
    lang: str = "nb",
    extra: Mapping[str, ExportFormat] | None = None,
    progress: Progress | None = None,
) -> list[Path]:
    """Write one file per format into ``out_dir`` (atomically); returns the paths."""
    available = {**BUILT_IN, **(extra or {})}
    missing = [f for f in formats if f not in available]
    if missing:
        raise SummaryError(
            f"The format(s) {', '.join(missing)} cannot be made here"
            + (" (PDF needs the app's Qt part)." if "pdf" in missing else ".")
        )
    prepare_folder(out_dir)
    stem = file_stem(summary)
    written = []
    for n, name in enumerate(formats, start=1):
        fmt = available[name]
        data = fmt.render(summary, lang)
        path = out_dir / f"{stem}{fmt.suffix}"
        try:
            write_atomic(path, data)
        except OSError as exc:
            raise SummaryError(f"{path} could not be written: {exc.strerror}.") from None
        written.append(path)
        if fmt.companions is not None:
            for relative, content in fmt.companions(summary, lang).items():
                extra_path = out_dir / relative
                try:
                    extra_path.parent.mkdir(parents=True, exist_ok=True)
                    write_atomic(extra_path, content)
                except OSError as exc:
                    raise SummaryError(
                        f"{extra_path} could not be written: {exc.strerror}."
                    ) from None
                written.append(extra_path)
        if progress is not None:
            progress(n, len(formats), name)
    return written
