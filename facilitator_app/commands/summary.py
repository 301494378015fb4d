"""``facilitator-app summary verify|import``: check a summary file or load it into a store."""

from __future__ import annotations

import argparse
from pathlib import Path

from facilitator_app.cli import add_data_dir, data_dir_of, registrar


def _verify(args: argparse.Namespace) -> int:
    from facilitator_app.services.summary_import import load_group_summary

    summary = load_group_summary(Path(args.file))
    print(
        f"{args.file}: valid summary of {summary.group.name} in {summary.session.title} "
        f"({len(summary.ideas)} ideas, {len(summary.vote_rounds)} vote rounds); "
        f"checksum {summary.sha256[:12]}… matches" + ("; public" if summary.public else "")
    )
    return 0


def _import(args: argparse.Namespace) -> int:
    from facilitator_app.services.summary_import import import_summary, load_group_summary
    from facilitator_app.store import Store

    summary = load_group_summary(Path(args.file))
    store = Store.open(data_dir_of(args))
    try:
        result = import_summary(store, summary)
    finally:
        store.close()
    print(f"{summary.group.name}, {summary.session.title}: {result.summary()}")
    return 0


@registrar
def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``summary`` command with ``verify`` and ``import``."""
    parser = sub.add_parser("summary", help="check a group summary file or import it")
    actions = parser.add_subparsers(title="summary commands", metavar="ACTION", required=True)
    verify = actions.add_parser(
        "verify", help="check schema and checksum; exit 0 if valid, 2 with the reason if not"
    )
    verify.add_argument("file")
    verify.set_defaults(handler=_verify)
    imp = actions.add_parser(
        "import", help="load a summary into the local store (importing twice changes nothing)"
    )
    imp.add_argument("file")
    add_data_dir(imp)
    imp.set_defaults(handler=_import)
