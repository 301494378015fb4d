"""``facilitator-app central report|certificates|purge``: the workshop's results.

``report`` writes the combined report of all groups, ``certificates`` the participation
certificates (and ``--verify CODE`` checks one), ``purge`` removes a finished workshop's
personal data from the central store.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from facilitator_app.cli import add_lang, add_yes, confirmed_by_typing, lang_of
from facilitator_app.commands.central import _opened, central_action
from facilitator_app.export import REPORT_FORMATS

if TYPE_CHECKING:  # the renderers load only when a report is made, not on every start
    from facilitator_app.export.report_files import ReportFormat


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


def _certificates(args: argparse.Namespace) -> int:
    from facilitator_app.sync.certificates import issue_certificates, verify_code

    if args.verify:
        with _opened(args.central) as central:
            found = verify_code(central, args.verify)
        if not found.valid:
            print(f"{args.verify}: NOT a valid certificate code of this store")
            return 2
        when = found.issued_at.date().isoformat() if found.issued_at else ""
        print(f"{args.verify}: valid – {found.name}, {found.workshop_title}, issued {when}")
        for line in found.sessions:
            print(f"  {line}")
        return 0
    if not args.out:
        import sys

        print("error: give --out DIR to write certificates (or --verify CODE)", file=sys.stderr)
        return 2
    from facilitator_app.export.report_certificates import write_certificates
    from facilitator_app.ui.pdf_render import ensure_gui_application
    from facilitator_app.ui.report_pdf import certificate_pdf

    with _opened(args.central) as central:
        issued = issue_certificates(
            central, workshop_key=args.workshop, min_sessions=args.min_sessions
        )
    ensure_gui_application()
    written = write_certificates(
        issued.certificates,
        Path(args.out),
        certificate_pdf,
        rule=issued.rule,
        lang=lang_of(args),
    )
    for path in written:
        print(path)
    print(f"rule: {issued.rule.line()}")
    print(f"{len(issued.certificates)} certificate(s) issued")
    if issued.no_attendance:
        print(
            f"note: no attendance has arrived from {', '.join(issued.no_attendance)}; "
            "their participants have no certificate yet (sync or ingest, then issue again)"
        )
    return 0


def _explanation(title: str, keep_public: bool) -> str:
    """What the purge removes, for the question at the terminal."""
    return (
        f"“{title}” may be purged now.\n"
        + (
            "Names, authors, voters, attendance and facilitators' notes are deleted from "
            "the organisers' store; ideas, votes and times stay without persons."
            if keep_public
            else "Every row of the workshop is deleted from the organisers' store."
        )
        + " This cannot be undone; the certificate register stays. Laptops that still hold "
        "the workshop can send nothing of it back."
    )


def _purge(args: argparse.Namespace) -> int:
    from facilitator_app.sync.purge import check_purge_workshop, purge_workshop

    with _opened(args.central) as central:
        title = check_purge_workshop(central, args.workshop, accept_missing=args.accept_missing)
        explanation = _explanation(title, args.keep_public_results)
        if not confirmed_by_typing(
            args, args.workshop, explanation, to="purge it", refused="Not purged"
        ):
            return 1
        result = purge_workshop(
            central,
            args.workshop,
            keep_public_results=args.keep_public_results,
            accept_missing=args.accept_missing,
        )
    print(f"workshop {args.workshop} purged from the central store")
    for line in result.lines():
        print(f"  {line}")
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

    certs = csub.add_parser(
        "certificates",
        help="write participation certificates (PDF) and their register, or check a code",
    )
    certs.add_argument("--out", help="folder to write the certificates to")
    certs.add_argument(
        "--min-sessions",
        type=int,
        default=None,
        metavar="N",
        help="sessions a participant must have attended; overrides the plan's "
        "certificate.min_sessions (default: the plan's rule, else 1)",
    )
    certs.add_argument("--workshop", help="workshop id (only needed with several workshops)")
    certs.add_argument("--verify", metavar="CODE", help="check a certificate's code")
    add_lang(certs)
    add_central(certs)
    certs.set_defaults(handler=_certificates)

    purge = csub.add_parser(
        "purge",
        help="remove a finished workshop's personal data from the central store",
        description=(
            "Refused until every group delivered and the certificates are issued. Asks for "
            "the workshop id as confirmation (--yes: do not ask). Afterwards the store "
            "keeps nothing more of the workshop: laptops that still hold it are told so."
        ),
    )
    purge.add_argument("--workshop", required=True, help="workshop id from the plan")
    purge.add_argument(
        "--keep-public-results",
        action="store_true",
        help="keep ideas, votes and times without persons (what the public report needs)",
    )
    purge.add_argument(
        "--accept-missing",
        action="store_true",
        help="purge although nothing arrived from some groups in some sessions (they did "
        "not meet); the store takes nothing more of the workshop afterwards",
    )
    add_yes(purge)
    add_central(purge)
    purge.set_defaults(handler=_purge)
