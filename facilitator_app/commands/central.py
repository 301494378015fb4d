"""``facilitator-app central …``: the organisers' commands for the central store.

``init`` creates or upgrades it, ``publish`` merges a plan into it, ``grant`` lets a
facilitator's database role use a group's rows, ``ingest`` loads summary files and
``export`` writes a group's summary file from it.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from facilitator_app.cli import add_lang, lang_of, registrar
from facilitator_app.sync.central_store import CentralStore

# More ``central`` actions from other command modules (desk.py: status, questions,
# answer; results.py: report, certificates, purge); each gets the ``central``
# sub-parsers and the function adding ``--central``.
CentralAction = Callable[
    [
        "argparse._SubParsersAction[argparse.ArgumentParser]",
        Callable[[argparse.ArgumentParser], None],
    ],
    None,
]
CENTRAL_ACTIONS: list[CentralAction] = []


def central_action(fn: CentralAction) -> CentralAction:
    """Decorator: add more ``central`` actions from another command module."""
    CENTRAL_ACTIONS.append(fn)
    return fn


@contextmanager
def _opened(spec: str, *, create: bool = False) -> Iterator[CentralStore]:
    from facilitator_app.sync.central_store import resolve_central_url
    from facilitator_app.sync.credentials import PasswordVault, needs_password

    url = resolve_central_url(spec)
    # libpq also reads PGPASSWORD and ~/.pgpass when the keyring has nothing.
    password = PasswordVault().get(url) if needs_password(url) else None
    central = CentralStore.open(url, password, create=create)
    try:
        yield central
    finally:
        central.close()


def _init(args: argparse.Namespace) -> int:
    from facilitator_app.sync.central_store import head_revision

    with _opened(args.url, create=True) as central:
        print(f"central store ready: {central.where} (schema {head_revision()})")
    return 0


def _publish(args: argparse.Namespace) -> int:
    from facilitator_app.services.plan_file import load_plan
    from facilitator_app.sync.publish import publish_plan

    loaded = load_plan(Path(args.file))
    with _opened(args.central) as central:
        result = publish_plan(central, loaded)
    print(f"{loaded.plan.workshop.title}: {result.imported.summary()}")
    print(
        f"published to {central.where}: {result.pushed.stored} row(s) stored, "
        f"{result.pushed.conflicts} conflict(s)"
    )
    return 0


def _grant(args: argparse.Namespace) -> int:
    with _opened(args.central) as central:
        name, group_id = central.grant(args.role, args.group)
    print(f"role {args.role} may now read and write group {name} ({group_id})")
    return 0


def _ingest(args: argparse.Namespace) -> int:
    import sys

    from facilitator_app.errors import UserError
    from facilitator_app.sync.ingest import ingest_file, summary_files

    files = summary_files(Path(args.path))
    if not files:
        print(f"{args.path}: no summary files (*.json) here", file=sys.stderr)
        return 2
    failed = 0
    with _opened(args.central) as central:
        for path in files:
            try:
                print(ingest_file(central, path).line())
            except UserError as exc:
                # One bad file must not stop the others; it changed nothing.
                print(f"{path}: not loaded: {exc}", file=sys.stderr)
                failed += 1
    if failed:
        print(f"{failed} of {len(files)} file(s) not loaded", file=sys.stderr)
    return 2 if failed else 0


def _export(args: argparse.Namespace) -> int:
    from facilitator_app.commands.export import pdf_format
    from facilitator_app.export.files import export_summary, parse_formats
    from facilitator_app.sync.ingest import export_from_central

    formats = parse_formats(args.format)
    with _opened(args.central) as central:
        summary = export_from_central(
            central, args.session, args.group, args.workshop, public=args.public
        )
    # The same PDF writer as the laptop's export, so organisers get every format here too.
    extra = {"pdf": pdf_format()} if "pdf" in formats else {}
    paths = export_summary(summary, formats, Path(args.out), lang=lang_of(args), extra=extra)
    for path in paths:
        print(path)
    return 0


def _conflicts(args: argparse.Namespace) -> int:
    from zoneinfo import ZoneInfo

    from facilitator_app.sync.conflict_report import read_conflicts

    with _opened(args.central) as central:
        zone, views = read_conflicts(central)
    for view in views:
        print(view.line(ZoneInfo(zone)))
    print(f"{len(views)} conflict(s)")
    return 0


def _add_central(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--central",
        required=True,
        metavar="URL",
        help="the central store: a folder, a .sqlite3 file or postgresql+psycopg://role@host/db",
    )


@registrar
def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``central init|publish|grant|ingest|export``."""
    central = sub.add_parser("central", help="organisers: set up and use the central store")
    csub = central.add_subparsers(title="central commands", metavar="ACTION", required=True)
    init = csub.add_parser("init", help="create the central store or upgrade its schema")
    init.add_argument("url", help="a folder, a .sqlite3 file or postgresql+psycopg://…")
    init.set_defaults(handler=_init)
    publish = csub.add_parser("publish", help="publish (or update) a workshop plan centrally")
    publish.add_argument("file", help="the plan file (JSON)")
    _add_central(publish)
    publish.set_defaults(handler=_publish)
    grant = csub.add_parser(
        "grant", help="PostgreSQL: let a facilitator's role read and write one group's rows"
    )
    grant.add_argument("--role", required=True, help="the facilitator's database role")
    grant.add_argument("--group", required=True, help="the group's id from the plan (e.g. g1)")
    _add_central(grant)
    grant.set_defaults(handler=_grant)
    ingest = csub.add_parser(
        "ingest", help="load a group summary file, or every one in a folder, into the store"
    )
    ingest.add_argument("path", help="a summary file (.json) or a folder of them")
    _add_central(ingest)
    ingest.set_defaults(handler=_ingest)
    export = csub.add_parser(
        "export", help="write a group's summary file for one session from the central store"
    )
    export.add_argument("--session", required=True, help="session id from the plan, e.g. s1")
    export.add_argument("--group", required=True, help="group id from the plan, e.g. g1")
    export.add_argument("--workshop", help="workshop id (only needed with several workshops)")
    export.add_argument("--out", required=True, help="folder to write the files to")
    export.add_argument(
        "--format",
        default="json",
        help="comma-separated formats: json,html,pdf,md,docx,csv,xlsx (default: json)",
    )
    export.add_argument(
        "--public", action="store_true", help="leave out names, authors and facilitator notes"
    )
    add_lang(export)
    _add_central(export)
    export.set_defaults(handler=_export)
    conflicts = csub.add_parser(
        "conflicts", help="list the versions that lost to a concurrent edit on another laptop"
    )
    _add_central(conflicts)
    conflicts.set_defaults(handler=_conflicts)
    for extend in CENTRAL_ACTIONS:
        extend(csub, _add_central)
