"""``facilitator-app central report|certificates|purge``: the workshop's results.

``report`` writes the combined report of all groups, ``certificates`` the participation
certificates (and ``--verify CODE`` checks one), ``purge`` removes a finished workshop's
personal data from the central store.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from facilitator_app.cli import add_lang, lang_of
from facilitator_app.commands.central import _opened, central_action
from facilitator_app.export.report_files import REPORT_FORMATS, ReportFormat


def report_pdf_format() -> ReportFormat:
    """The report's PDF format (Qt), loaded only when asked for."""
    from facilitator_app.ui.pdf_render import ensure_gui_application
    from facilitator_app.ui.report_pdf import REPORT_PDF_FORMAT

    ensure_gui_application()
    return REPORT_PDF_FORMAT


def _report(args: argparse.Namespace) -> int:
    from facilitator_app.export.report_files import export_report, parse_report_formats
    from facilitator_app.sync.report import build_report

    formats = parse_report_formats(args.format)
    with _opened(args.central) as central:
        report = build_report(
            central, workshop_key=args.workshop, session_key=args.session, public=args.public
        )
    extra = {"pdf": report_pdf_format()} if "pdf" in formats else {}
    for path in export_report(report, formats, Path(args.out), lang=lang_of(args), extra=extra):
        print(path)
    missing = sum(1 for d in report.delivery if not d.has_data)
    if missing:
        print(f"note: {missing} of {len(report.delivery)} group sessions have no data yet")
    return 0


@central_action
def register(
    csub: argparse._SubParsersAction[argparse.ArgumentParser],
    add_central: Callable[[argparse.ArgumentParser], None],
) -> None:
    """Add ``central report``."""
    report = csub.add_parser(
        "report", help="write the combined report of every group (internal or public)"
    )
    scope = report.add_mutually_exclusive_group(required=True)
    scope.add_argument("--session", help="one session's id from the plan, e.g. s1")
    scope.add_argument("--all", action="store_true", help="all sessions of the workshop")
    report.add_argument("--workshop", help="workshop id (only needed with several workshops)")
    report.add_argument(
        "--format",
        default="json,html",
        help=f"comma-separated formats: {','.join(REPORT_FORMATS)} (default: json,html)",
    )
    report.add_argument("--out", required=True, help="folder to write the files to")
    report.add_argument(
        "--public",
        action="store_true",
        help="the version to publish: no names; names typed in notes are replaced",
    )
    add_lang(report)
    add_central(report)
    report.set_defaults(handler=_report)
