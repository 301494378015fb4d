"""``facilitator-app purge``: remove a finished workshop from this laptop.

As from the File menu, nothing is removed without a confirmation: at a terminal the
facilitator types the workshop's id; a script passes ``--yes``. The checks come first, so
a purge that would be refused never asks.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from facilitator_app.cli import add_data_dir, add_yes, confirmed_by_typing, data_dir_of, registrar

if TYPE_CHECKING:
    from facilitator_app.services.purge import ClosedNote


def _explanation(title: str, closed: ClosedNote | None) -> str:
    """What removing the workshop means, for the question at the terminal."""
    if closed is None:
        return (
            f"The organisers' store holds everything this laptop recorded for “{title}”.\n"
            "Names, ideas, votes and attendance are deleted here and cannot be brought "
            "back; the organisers keep their copy."
        )
    return (
        f"The organisers closed “{title}” on {closed.closed_at:%Y-%m-%d} and removed its "
        "personal data from their store"
        + (
            f"; {closed.not_kept} change(s) made here after that were not kept by them"
            if closed.not_kept
            else ""
        )
        + ".\nNames, ideas, votes and attendance are deleted here and cannot be brought back."
    )


def _purge(args: argparse.Namespace) -> int:
    from facilitator_app.services.purge import check_purge, closed_note, purge_laptop
    from facilitator_app.store import Store

    store = Store.open(data_dir_of(args))
    try:
        workshop_id, title = check_purge(store, args.workshop)
        explanation = _explanation(title, closed_note(store, workshop_id))
        if not confirmed_by_typing(
            args, args.workshop, explanation, to="remove it from this laptop", refused="Not removed"
        ):
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
    add_yes(parser)
    add_data_dir(parser)
    parser.set_defaults(handler=_purge)
