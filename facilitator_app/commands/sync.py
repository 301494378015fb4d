"""``facilitator-app sync``: send this laptop's changes to the central store and pull.

Prints what was sent and received and exits 0, or prints the reason and exits 1.
"""

from __future__ import annotations

import argparse
import sys

from facilitator_app.cli import add_data_dir, data_dir_of, registrar


def _sync(args: argparse.Namespace) -> int:
    from facilitator_app.errors import UserError
    from facilitator_app.store import Store
    from facilitator_app.sync.central_store import resolve_central_url
    from facilitator_app.sync.credentials import PasswordVault, needs_password
    from facilitator_app.sync.service import configured_url, is_default, sync_once

    try:
        store = Store.open(data_dir_of(args))
        try:
            url = resolve_central_url(args.central) if args.central else configured_url(store)
            # libpq also reads PGPASSWORD and ~/.pgpass when the keyring has nothing.
            password = PasswordVault().get(url) if needs_password(url) else None
            report = sync_once(store, url, password, batch_size=args.batch_size)
            local_only = is_default(store, url)
        finally:
            store.close()
    except UserError as exc:
        # Unreachable store, wrong password, newer schema, full disk, folder in use, …:
        # nothing was lost and nothing is marked as sent that the store did not commit.
        print(f"sync failed: {exc}", file=sys.stderr)
        return 1
    for line in report.lines():
        print(line)
    if local_only:
        print(
            "note: no central store is set, so this was the store inside the data folder, "
            "which the organisers do not see; use --central URL or set theirs in the app"
        )
    return 0


@registrar
def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``sync``."""
    parser = sub.add_parser(
        "sync", help="send this laptop's changes to the central store and pull plan updates"
    )
    parser.add_argument(
        "--central",
        metavar="URL",
        help="central store: a folder, a .sqlite3 file or postgresql+psycopg://role@host/db "
        "(default: the one set in the app, else <data dir>/central/central.sqlite3)",
    )
    parser.add_argument(
        "--batch-size",
        type=int,
        default=None,
        metavar="N",
        help="changes per central transaction (default 5000)",
    )
    add_data_dir(parser)
    parser.set_defaults(handler=_sync)
