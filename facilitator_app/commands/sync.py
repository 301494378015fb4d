"""``facilitator-app sync``: send this laptop's changes to the central store and pull.

Prints what was sent and received and the receipt (does the store hold this laptop's
groups?), and exits 0, or prints the reason and exits 1. ``--central URL`` also sets the
store this laptop delivers to: the one setting the window uses too, kept in the data
folder. ``sync --check`` only compares: exit 0 when the store holds exactly this
laptop's content for its groups, 1 with the difference in words.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from facilitator_app.cli import add_data_dir, data_dir_of, registrar

if TYPE_CHECKING:
    from facilitator_app.store import Store

LOCAL_ONLY_NOTE = (
    "note: no central store is set, so this was the store inside the data folder, "
    "which the organisers do not see; use --central URL or set theirs in the app"
)


def _sync(args: argparse.Namespace) -> int:
    from facilitator_app.errors import UserError
    from facilitator_app.store import Store
    from facilitator_app.sync.central_store import resolve_central_url
    from facilitator_app.sync.credentials import PasswordVault, needs_password
    from facilitator_app.sync.service import (
        configured_url,
        is_default,
        set_configured_url,
        sync_once,
        without_password,
    )

    try:
        store = Store.open(data_dir_of(args))
        try:
            if args.central:
                url = resolve_central_url(args.central)
                if not args.check:
                    # One setting: the store chosen here is the one the window delivers to.
                    set_configured_url(store, without_password(url))
            else:
                url = configured_url(store)
            # libpq also reads PGPASSWORD and ~/.pgpass when the keyring has nothing.
            password = PasswordVault().get(url) if needs_password(url) else None
            if args.check:
                return _check(store, url, password)
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
        print(LOCAL_ONLY_NOTE)
    if report.receipt is not None and not report.receipt.complete:
        return 1
    return 0


def _check(store: Store, url: str, password: str | None) -> int:
    from facilitator_app.sync.central_store import display_url
    from facilitator_app.sync.receipt import describe
    from facilitator_app.sync.service import check_delivery, is_default

    receipt = check_delivery(store, url, password)
    print(f"central store: {display_url(url)}")
    for key in receipt.closed:
        print(
            f"workshop {key}: closed by the organisers; their store keeps nothing more of "
            f"it (remove it from this laptop: facilitator-app purge --workshop {key})"
        )
    if not receipt.groups and not receipt.closed:
        print("this laptop has no group content to deliver yet")
    for group in receipt.groups:
        rows = sum(group.counts.values())
        if group.exact:
            print(
                f"group {group.name}: the store holds exactly this laptop's {rows} row(s) "
                f"(digest {group.digest})"
            )
            continue
        print(f"group {group.name}: the store differs from this laptop:")
        for line in describe(store, group):
            print(f"  {line}")
    if is_default(store, url):
        print(LOCAL_ONLY_NOTE)
    return 0 if receipt.exact else 1


@registrar
def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``sync``."""
    parser = sub.add_parser(
        "sync", help="send this laptop's changes to the central store and pull plan updates"
    )
    parser.add_argument(
        "--central",
        metavar="URL",
        help="central store: a folder, a .sqlite3 file or postgresql+psycopg://role@host/db; "
        "remembered in the data folder as the store this laptop delivers to (the window "
        "uses it too). Default: the one set before, else <data dir>/central/central.sqlite3",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="send nothing: exit 0 when the store holds exactly this laptop's content for "
        "its groups, 1 with the difference",
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
