"""``facilitator-app central …``: the organisers' commands for the central store.

``init`` creates or upgrades it, ``publish`` merges a plan into it, ``grant`` lets a
facilitator's database role use a group's rows, ``ingest`` loads summary files and
``export`` writes a group's summary file from it.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from facilitator_app.cli import registrar
from facilitator_app.sync.central_store import CentralStore


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
