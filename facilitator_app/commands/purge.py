"""``facilitator-app purge``: remove a finished workshop from this laptop."""

from __future__ import annotations

import argparse

from facilitator_app.cli import add_data_dir, data_dir_of, registrar


def _purge(args: argparse.Namespace) -> int:
    from facilitator_app.services.purge import purge_laptop
    from facilitator_app.store import Store

    store = Store.open(data_dir_of(args))
    try:
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
            "while any change has not reached the organisers' store."
        ),
    )
    parser.add_argument("--workshop", required=True, help="workshop id from the plan")
    add_data_dir(parser)
    parser.set_defaults(handler=_purge)
