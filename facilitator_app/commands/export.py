"""``facilitator-app export``: write a group's summary file and readable documents."""

from __future__ import annotations

import argparse
from pathlib import Path

from facilitator_app.cli import add_data_dir, add_lang, data_dir_of, lang_of, registrar
from facilitator_app.export.files import ALL_FORMATS, ExportFormat, parse_formats


def pdf_format() -> ExportFormat:
    """The PDF format (Qt), loaded only when asked for: the rest needs no Qt."""
    from facilitator_app.ui.pdf_render import PDF_FORMAT, ensure_gui_application

    ensure_gui_application()
    return PDF_FORMAT


def _export(args: argparse.Namespace) -> int:
    from facilitator_app.export.files import export_summary
    from facilitator_app.services import workshop as ws_service
    from facilitator_app.services.summary import build_summary
    from facilitator_app.store import Store

    formats = parse_formats(args.format)
    store = Store.open(data_dir_of(args))
    try:
        _ws, session, group = ws_service.find_by_keys(
            store, args.session, args.group, args.workshop
        )
        summary = build_summary(store, session.id, group.id, public=args.public)
    finally:
        store.close()
    extra = {"pdf": pdf_format()} if "pdf" in formats else {}
    paths = export_summary(summary, formats, Path(args.out), lang=lang_of(args), extra=extra)
    for path in paths:
        print(path)
    return 0


@registrar
def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``export`` command."""
    parser = sub.add_parser(
        "export",
        help="write a group's summary (JSON) and readable documents for one session",
        description=(
            "Write the group's summary file and documents into a folder. File names say "
            "workshop, session and group. --public leaves out every personal datum."
        ),
    )
    parser.add_argument("--group", required=True, help="group id from the plan, e.g. g1")
    parser.add_argument("--session", required=True, help="session id from the plan, e.g. s1")
    parser.add_argument("--workshop", help="workshop id (only needed with several workshops)")
    parser.add_argument(
        "--format",
        default="json",
        help=f"comma-separated formats: {','.join(ALL_FORMATS)} (default: json)",
    )
    parser.add_argument("--out", required=True, help="folder to write the files to")
    parser.add_argument(
        "--public", action="store_true", help="leave out names, authors and facilitator notes"
    )
    add_lang(parser)
    add_data_dir(parser)
    parser.set_defaults(handler=_export)
