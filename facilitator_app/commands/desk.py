"""The organisers' desk from the terminal, and the organisers' window.

``facilitator-app central status`` prints one line per group of a session, the same
overview as the window's table; ``facilitator-app organiser`` opens that window.
"""

from __future__ import annotations

import argparse
import datetime as dt

from facilitator_app.cli import registrar
from facilitator_app.commands.central import CENTRAL_ACTIONS, _add_central, _opened
from facilitator_app.sync.overview import GroupStatus, SessionOverview, read_overview


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
    with _opened(args.central) as central:
        overview = read_overview(central, args.session)
    for line in status_lines(overview):
        print(line)
    return 0


def _organiser(args: argparse.Namespace) -> int:
    from facilitator_app.app import run_organiser

    return run_organiser(args.central, lang=getattr(args, "lang", None))


def _add_actions(csub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    status = csub.add_parser(
        "status", help="every group of a session at a glance, one line per group"
    )
    status.add_argument(
        "--session", help="session id from the plan, e.g. s1 (default: today's or the last)"
    )
    _add_central(status)
    status.set_defaults(handler=_status)


CENTRAL_ACTIONS.append(_add_actions)


@registrar
def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``organiser`` (the organisers' window)."""
    organiser = sub.add_parser(
        "organiser", help="organisers: open the desk window on the central store"
    )
    _add_central(organiser)
    organiser.add_argument("--lang", choices=["nb", "en"], help="user interface language")
    organiser.set_defaults(handler=_organiser)
