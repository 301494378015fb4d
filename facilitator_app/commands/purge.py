"""``facilitator-app purge``: remove a finished workshop from this laptop.

As from the File menu, nothing is removed without a confirmation: at a terminal the
facilitator types the workshop's id; a script passes ``--yes``. The checks come first, so
a purge that would be refused never asks.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from facilitator_app.cli import add_data_dir, data_dir_of, registrar
from facilitator_app.errors import UserError

if TYPE_CHECKING:
    from facilitator_app.services.purge import ClosedNote


def _confirmed(key: str, title: str, closed: ClosedNote | None) -> bool:
    """Ask at the terminal; the answer must be the workshop's id."""
    if closed is None:
        print(
            f"The organisers' store holds everything this laptop recorded for “{title}”.\n"
            "Names, ideas, votes and attendance are deleted here and cannot be brought "
            "back; the organisers keep their copy."
        )
    else:
        print(
            f"The organisers closed “{title}” on {closed.closed_at:%Y-%m-%d} and removed its "
            "personal data from their store"
            + (
                f"; {closed.not_kept} change(s) made here after that were not kept by them"
                if closed.not_kept
                else ""
            )
            + ".\nNames, ideas, votes and attendance are deleted here and cannot be "
            "brought back."
        )
    try:
        answer = input(f"Type the workshop id ({key}) to remove it from this laptop: ")
    except EOFError:
        return False
    return answer.strip() == key


def _purge(args: argparse.Namespace) -> int:
    from facilitator_app.services.purge import check_purge, closed_note, purge_laptop
    from facilitator_app.store import Store

    store = Store.open(data_dir_of(args))
    try:
        workshop_id, title = check_purge(store, args.workshop)
        if not args.yes:
            if not sys.stdin.isatty():
                raise UserError(
                    "Not removed: confirm with --yes when the command does not run at a "
                    "terminal; nothing was removed."
                )
            if not _confirmed(args.workshop, title, closed_note(store, workshop_id)):
                print("Not confirmed; nothing was removed.", file=sys.stderr)
                return 1
        print(purge_laptop(store, args.workshop).line())
    finally:
        store.close()
    return 0


@registrar
def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``purge`` command."""
    parser = sub.add_parser(
        "purge",
        help="remove a finished workshop's data from this laptop (once all of it is synced)",
        description=(
            "Removes every row of the workshop from this laptop, names included. Refused "
            "while any change has not reached the organisers' store. Asks for the workshop "
            "id as confirmation (--yes: do not ask)."
        ),
    )
    parser.add_argument("--workshop", required=True, help="workshop id from the plan")
    parser.add_argument(
        "--yes", action="store_true", help="do not ask for confirmation (for scripts)"
    )
    add_data_dir(parser)
    parser.set_defaults(handler=_purge)
