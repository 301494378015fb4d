"""Command line: ``facilitator-app`` opens the window; sub-commands work without it.

User errors print a plain message and exit 2; no traceback reaches the user.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from facilitator_app import __version__
from facilitator_app.errors import PlanError, UserError
from facilitator_app.export.labels import LANGUAGES as DOCUMENT_LANGUAGES
from facilitator_app.paths import default_data_dir, demo_data_dir

Handler = Callable[[argparse.Namespace], int]
# Sub-command modules register here; each adds its parsers with ``register(subparsers)``.
_REGISTRARS: list[Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], None]] = []


def registrar(
    fn: Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], None],
) -> Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], None]:
    """Decorator: add a function that registers more sub-commands."""
    _REGISTRARS.append(fn)
    return fn


def data_dir_of(args: argparse.Namespace) -> Path:
    """The data folder the user chose, the demo folder, or the platform default."""
    if getattr(args, "data_dir", None):
        return Path(args.data_dir)
    if getattr(args, "demo", False):
        return demo_data_dir()
    return default_data_dir()


def add_data_dir(parser: argparse.ArgumentParser) -> None:
    """Add the ``--data-dir`` option (to the program or a sub-command).

    No default is stored: a sub-command's default would overwrite the value given
    before the command (``facilitator-app --data-dir D export …``) and silently use
    the platform's folder instead.
    """
    parser.add_argument(
        "--data-dir",
        default=argparse.SUPPRESS,
        help="data folder (default: the platform's user data folder)",
    )


def add_lang(parser: argparse.ArgumentParser) -> None:
    """Add ``--lang`` for the documents a sub-command writes (see ``lang_of``)."""
    parser.add_argument(
        "--lang",
        choices=list(DOCUMENT_LANGUAGES),
        default=argparse.SUPPRESS,
        help="language of the documents: nb (bokmål), nn (nynorsk) or en (default: nb)",
    )


def add_yes(parser: argparse.ArgumentParser) -> None:
    """Add ``--yes``: do not ask before deleting (see ``confirmed_by_typing``)."""
    parser.add_argument(
        "--yes", action="store_true", help="do not ask for confirmation (for scripts)"
    )


def confirmed_by_typing(
    args: argparse.Namespace, key: str, explanation: str, *, to: str, refused: str
) -> bool:
    """Before deleting: True with ``--yes`` or when the user typed the workshop's id
    ``key`` at the terminal after reading ``explanation``; False (said on stderr) for
    another answer. Without a terminal and without ``--yes``, a ``UserError`` that
    starts with ``refused`` ("Not removed").
    """
    if args.yes:
        return True
    if not sys.stdin.isatty():
        raise UserError(
            f"{refused}: confirm with --yes when the command does not run at a terminal; "
            "nothing was removed."
        )
    print(explanation)
    try:
        answer = input(f"Type the workshop id ({key}) to {to}: ")
    except EOFError:
        answer = ""
    if answer.strip() == key:
        return True
    print("Not confirmed; nothing was removed.", file=sys.stderr)
    return False


def lang_of(args: argparse.Namespace) -> str:
    """The language given before or after the command; Norwegian Bokmål by default."""
    return getattr(args, "lang", None) or "nb"


def _plan_validate(args: argparse.Namespace) -> int:
    from facilitator_app.services.plan_file import load_plan

    loaded = load_plan(Path(args.file))
    plan = loaded.plan
    print(
        f"{args.file}: valid plan '{plan.workshop.title}': {len(plan.sessions)} sessions, "
        f"{len(plan.groups)} groups, {len(plan.participants)} participants"
    )
    return 0


def _plan_import(args: argparse.Namespace) -> int:
    from facilitator_app.services.plan_file import load_plan
    from facilitator_app.services.plan_import import import_plan
    from facilitator_app.store import Store

    loaded = load_plan(Path(args.file))
    store = Store.open(data_dir_of(args))
    try:
        result = import_plan(store, loaded)
    finally:
        store.close()
    print(f"{loaded.plan.workshop.title}: {result.summary()}")
    return 0


def _gui(args: argparse.Namespace) -> int:
    from facilitator_app.app import run_gui

    return run_gui(
        data_dir_of(args),
        demo=args.demo,
        lang=getattr(args, "lang", None),
        quit_after=args.quit_after,
    )


def _seconds(text: str) -> float:
    """A non-negative number of seconds (for ``--quit-after``)."""
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 <= value <= 86_400:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds from 0 to 86400")
    return value


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser with every sub-command."""
    parser = argparse.ArgumentParser(
        prog="facilitator-app",
        description=(
            "Offline-first app for workshop facilitators. Without a command it opens the window."
        ),
    )
    parser.add_argument("--version", action="version", version=f"facilitator-app {__version__}")
    add_data_dir(parser)
    parser.add_argument("--demo", action="store_true", help="open the built-in demo workshop")
    parser.add_argument(
        "--lang",
        choices=list(DOCUMENT_LANGUAGES),
        help="language of the user interface and documents: nb (bokmål), nn (nynorsk) or en",
    )
    # For smoke tests of an installed copy and start-up measurements: open, paint, close.
    parser.add_argument(
        "--quit-after",
        type=_seconds,
        default=None,
        metavar="SECONDS",
        help="close the window this many seconds after it first appears (for tests)",
    )
    parser.set_defaults(handler=_gui)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    plan = sub.add_parser("plan", help="check or import a workshop plan file")
    plan_sub = plan.add_subparsers(title="plan commands", metavar="ACTION", required=True)
    validate = plan_sub.add_parser("validate", help="check a plan file; exit 0 if valid, 2 if not")
    validate.add_argument("file")
    validate.set_defaults(handler=_plan_validate)
    imp = plan_sub.add_parser("import", help="load a plan into the local store")
    imp.add_argument("file")
    add_data_dir(imp)
    imp.set_defaults(handler=_plan_import)

    _load_command_modules()
    for register in _REGISTRARS:
        register(sub)
    return parser


def _load_command_modules() -> None:
    """Import the modules that add sub-commands (export, sync, ideas, …) if present."""
    import importlib
    import pkgutil

    import facilitator_app.commands as commands

    for info in pkgutil.iter_modules(commands.__path__):
        importlib.import_module(f"facilitator_app.commands.{info.name}")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``facilitator-app``; returns the process exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler = args.handler
    try:
        return handler(args)
    except PlanError as exc:
        target = getattr(args, "file", "plan")
        print(f"{target}: invalid plan ({len(exc.problems)} problem(s)):", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return 2
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
