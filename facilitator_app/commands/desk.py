"""The organisers' desk from the terminal, and the organisers' window.

``facilitator-app central status`` prints one line per group of a session, the same
overview as the window's table; ``facilitator-app organiser`` opens that window.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from facilitator_app.cli import registrar
from facilitator_app.commands.central import _add_central, _opened, central_action

if TYPE_CHECKING:  # read only when a desk command runs, not on every start
    from facilitator_app.sync.overview import GroupStatus, SessionOverview
    from facilitator_app.sync.questions import Question


def _ago(overview: SessionOverview, when: dt.datetime | None) -> str:
    if when is None:
        return "never"
    minutes = int((overview.read_at - when).total_seconds() // 60)
    clock = overview.local(when).strftime("%H:%M")
    return f"{clock} ({max(0, minutes)} min ago)"


def _schedule(group: GroupStatus) -> str:
    if group.behind_min is None:
        return "not started"
    if group.behind_min > 0:
        return f"{group.behind_min} min behind"
    return f"on time, {group.spare_min} min to spare"


def status_line(overview: SessionOverview, group: GroupStatus) -> str:
    """One group as one line of ``central status``."""
    laptops = ", ".join(
        f"{lap.name} synced {_ago(overview, lap.synced_at)}" for lap in group.laptops
    )
    per_question = ", ".join(f"Q{n} {q.ideas}" for n, q in enumerate(group.questions, 1))
    return (
        f"{group.key} {group.name} | facilitator {group.facilitator or '-'} | "
        f"laptops: {laptops or 'none has synced'} | "
        f"now: {group.current_item or '-'} | {_schedule(group)} | "
        f"present {group.present}/{group.members} | "
        f"ideas {group.ideas}" + (f" ({per_question})" if per_question else "") + " | "
        f"open votes {group.open_votes} | waiting expert questions {group.waiting_questions} | "
        f"conflicts {group.conflicts}"
    )


def status_lines(overview: SessionOverview) -> list[str]:
    """The whole overview: a heading, the questions, then one line per group."""
    s = overview.session
    out = [
        f"{overview.workshop_title}: {s.key} {s.title} ({s.date.isoformat()}), "
        f"read {overview.local(overview.read_at).strftime('%H:%M:%S')}"
    ]
    out += [f"  Q{n}: {title}" for n, title in enumerate(overview.question_titles, 1)]
    out += [status_line(overview, g) for g in overview.groups]
    out.append(f"{len(overview.groups)} group(s)")
    return out


def _status(args: argparse.Namespace) -> int:
    from facilitator_app.sync.overview import read_overview

    with _opened(args.central) as central:
        overview = read_overview(central, args.session)
    for line in status_lines(overview):
        print(line)
    return 0


def question_lines(questions: list[Question]) -> list[str]:
    """The inbox for the terminal: one block per question, with its answer history."""
    out = []
    for q in questions:
        state = "answered" if q.answer is not None else "OPEN"
        out.append(
            f"{q.id} [{state}] {q.session_key} {q.group_key} {q.group_name} "
            f"({q.facilitator}), {q.agenda_title}: {q.text}"
        )
        for n, version in enumerate(q.answers, 1):
            label = "answer" if n == 1 else f"correction {n - 1}"
            when = version.answered_at.strftime("%Y-%m-%d %H:%M UTC")
            out.append(f"    {label} by {version.expert} at {when}: {version.text}")
    waiting = sum(q.answer is None for q in questions)
    out.append(f"{len(questions)} question(s), {waiting} waiting for an answer")
    return out


def _questions(args: argparse.Namespace) -> int:
    from facilitator_app.sync.questions import list_questions

    with _opened(args.central) as central:
        questions = list_questions(central, args.session, open_only=args.open)
    for line in question_lines(questions):
        print(line)
    return 0


def _answer(args: argparse.Namespace) -> int:
    import getpass

    from facilitator_app.sync.questions import answer_question, parse_question_id

    question_id = parse_question_id(args.question_id)
    expert = args.expert or getpass.getuser()
    with _opened(args.central) as central:
        version = answer_question(central, question_id, args.text, expert)
    what = "corrected the answer to" if version.replaces_id else "answered"
    print(f"{expert} {what} question {question_id}; the group gets it on its next sync")
    return 0


def _organiser(args: argparse.Namespace) -> int:
    from facilitator_app.app import run_organiser

    return run_organiser(args.central, lang=getattr(args, "lang", None))


@central_action
def _add_actions(
    csub: argparse._SubParsersAction[argparse.ArgumentParser],
    add_central: Callable[[argparse.ArgumentParser], None],
) -> None:
    status = csub.add_parser(
        "status", help="every group of a session at a glance, one line per group"
    )
    status.add_argument(
        "--session", help="session id from the plan, e.g. s1 (default: today's or the last)"
    )
    add_central(status)
    status.set_defaults(handler=_status)
    questions = csub.add_parser(
        "questions", help="the groups' questions for the experts, with their answers"
    )
    questions.add_argument("--session", help="only this session (its id from the plan)")
    questions.add_argument("--open", action="store_true", help="only questions not answered yet")
    add_central(questions)
    questions.set_defaults(handler=_questions)
    answer = csub.add_parser(
        "answer",
        help="answer a group's question (again: a correction; the history is kept)",
    )
    answer.add_argument("question_id", help="the question's id, as 'central questions' lists it")
    answer.add_argument("text", help="the answer")
    answer.add_argument("--expert", help="who answers (default: your login name)")
    add_central(answer)
    answer.set_defaults(handler=_answer)


def _laptop_name(args: argparse.Namespace) -> int:
    from facilitator_app.cli import data_dir_of
    from facilitator_app.store import Store
    from facilitator_app.sync.presence import laptop_name, set_laptop_name

    store = Store.open(data_dir_of(args))
    try:
        name = set_laptop_name(store, args.name) if args.name is not None else laptop_name(store)
    finally:
        store.close()
    print(f"this laptop shows as '{name}' on the organisers' desk")
    return 0


@registrar
def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``organiser`` (the organisers' window) and ``laptop-name``."""
    from facilitator_app.cli import add_data_dir

    naming = sub.add_parser(
        "laptop-name",
        help="show or set the name the organisers see for this laptop "
        "(default: the facilitator's name)",
    )
    naming.add_argument("name", nargs="?", help="the new name (leave out to show it)")
    add_data_dir(naming)
    naming.set_defaults(handler=_laptop_name)
    organiser = sub.add_parser(
        "organiser", help="organisers: open the desk window on the central store"
    )
    _add_central(organiser)
    organiser.add_argument("--lang", choices=["nb", "en"], help="user interface language")
    organiser.set_defaults(handler=_organiser)
