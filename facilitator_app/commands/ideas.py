"""``facilitator-app ideas import``: load ideas from a text or CSV file onto a board."""

from __future__ import annotations

import argparse
from pathlib import Path

from facilitator_app.cli import add_data_dir, data_dir_of, registrar


def _ideas_import(args: argparse.Namespace) -> int:
    from facilitator_app.services.idea_import import import_ideas
    from facilitator_app.store import Store

    store = Store.open(data_dir_of(args))
    try:
        result = import_ideas(store, Path(args.file), args.session, args.group, args.question)
    finally:
        store.close()
    print(result.summary())
    return 0


@registrar
def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``ideas import``."""
    ideas = sub.add_parser("ideas", help="bring ideas onto a group's board")
    ideas_sub = ideas.add_subparsers(title="ideas commands", metavar="ACTION", required=True)
    imp = ideas_sub.add_parser(
        "import",
        help="add ideas from plain text (one per line) or CSV "
        "(text,category,actor,question,author)",
    )
    imp.add_argument("file", help="UTF-8 text file (one idea per line) or CSV file")
    imp.add_argument("--session", required=True, help="session id from the plan (e.g. s1)")
    imp.add_argument("--group", required=True, help="group id from the plan (e.g. g1)")
    imp.add_argument("--question", help="agenda question id for ideas without one (e.g. s1-03)")
    add_data_dir(imp)
    imp.set_defaults(handler=_ideas_import)
