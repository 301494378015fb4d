"""The organisers' desk overview equals what the laptops hold, after the app's own sync."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from desk_laptops import expected, run_session
from laptops import Laptop

from facilitator_app.cli import main
from facilitator_app.services import workshop as ws_service
from facilitator_app.sync.central_store import CentralStore, init_central, sqlite_url
from facilitator_app.sync.overview import GroupStatus, read_overview
from facilitator_app.sync.presence import set_laptop_name


def shown(group: GroupStatus) -> dict[str, Any]:
    """The same figures as the desk shows them."""
    return {
        "ideas": group.ideas,
        "questions": [q.ideas for q in group.questions],
        "waiting": group.waiting_questions,
        "present": group.present,
        "members": group.members,
        "current": group.current_item,
    }


@pytest.fixture
def two_groups(make_laptop: Any, central_url: str) -> tuple[Laptop, Laptop]:
    """Laptop A runs g1 (named by hand), laptop B runs g2 (default name); both synced."""
    a = make_laptop("a", group="g1")
    b = make_laptop("b", group="g2", offset_s=0.5)
    run_session(a, ideas=7, questions=2, present=4, vote=True)
    set_laptop_name(a.store, "  Karis  bærbare ")
    run_session(b, ideas=3, questions=1, present=5)
    a.sync(central_url)
    b.sync(central_url)
    return a, b


def test_group_table_equals_what_the_laptops_hold(
    two_groups: tuple[Laptop, Laptop], central_url: str
) -> None:
    a, b = two_groups
    central = CentralStore.open(central_url)
    try:
        now = a.clock.now()
        overview = read_overview(central, "s1", now)
    finally:
        central.close()
    by_key = {g.key: g for g in overview.groups}
    assert [g.key for g in overview.groups] == [f"g{n}" for n in range(1, 10)]
    assert shown(by_key["g1"]) == expected(a)
    assert shown(by_key["g2"]) == expected(b)
    assert by_key["g1"].open_votes == 1 and by_key["g2"].open_votes == 0
    assert [lap.name for lap in by_key["g1"].laptops] == ["Karis bærbare"]
    assert [lap.name for lap in by_key["g2"].laptops] == ["Ola Prøvesen"]  # the facilitator
    assert by_key["g1"].laptops[0].synced_at == a.clock.now()
    assert by_key["g1"].facilitator == "Kari Eksempel"
    # 08:55 on the day, the first item started: the group is on the agenda's clock.
    assert by_key["g1"].behind_min is not None
    assert by_key["g3"].laptops == () and by_key["g3"].ideas == 0
    assert by_key["g3"].behind_min is not None  # not started, counted against the plan
    assert overview.session.key == "s1"


def test_default_session_is_todays_or_the_last_before(
    two_groups: tuple[Laptop, Laptop], central_url: str
) -> None:
    central = CentralStore.open(central_url)
    try:
        on_day_two = dt.datetime(2021, 9, 23, 8, 0, tzinfo=dt.UTC)
        assert read_overview(central, None, on_day_two).session.key == "s2"
        between = dt.datetime(2021, 9, 27, 8, 0, tzinfo=dt.UTC)
        assert read_overview(central, None, between).session.key == "s2"
        before = dt.datetime(2021, 1, 1, tzinfo=dt.UTC)
        assert read_overview(central, None, before).session.key == "s1"
    finally:
        central.close()


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_central_status_prints_one_line_per_group(
    two_groups: tuple[Laptop, Laptop], central_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(capsys, "central", "status", "--central", central_url, "--session", "s1")
    assert code == 0, err
    lines = out.splitlines()
    g1 = next(line for line in lines if line.startswith("g1 "))
    assert "facilitator Kari Eksempel" in g1 and "laptops: Karis bærbare synced" in g1
    assert "present 4/" in g1 and "ideas 9 (Q1 6, Q2 3, Q3 0)" in g1
    assert "open votes 1" in g1 and "waiting expert questions 2" in g1
    assert next(line for line in lines if line.startswith("g3 ")).count("none has synced") == 1
    assert lines[-1] == "9 group(s)"


def test_status_errors_in_words(
    two_groups: tuple[Laptop, Laptop],
    central_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = _run(capsys, "central", "status", "--central", central_url, "--session", "s9")
    assert (code, out) == (2, "")
    assert "There is no session 's9'" in err and "s1, s2, s3, s4" in err
    empty = sqlite_url(tmp_path / "empty" / "central.sqlite3")
    init_central(empty).close()
    code, _out, err = _run(capsys, "central", "status", "--central", empty)
    assert code == 2 and "no published plan" in err
    code, _out, err = _run(capsys, "central", "status", "--central", str(tmp_path / "nowhere"))
    assert code == 2 and "There is no central store" in err
    url = "postgresql+psycopg://organiser@127.0.0.1:1/central"
    code, _out, err = _run(capsys, "central", "status", "--central", url)
    assert code == 2 and "cannot be reached" in err


def test_laptop_name_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "data")
    code, out, _err = _run(capsys, "laptop-name", "--data-dir", data)
    assert code == 0 and "'laptop'" in out  # no plan, no facilitator yet
    code, out, _err = _run(capsys, "laptop-name", "Kontorets  PC 3", "--data-dir", data)
    assert code == 0 and "'Kontorets PC 3'" in out
    code, _out, err = _run(capsys, "laptop-name", "  ", "--data-dir", data)
    assert code == 2 and "needs a name" in err


def test_group_board_read_centrally_equals_the_laptops_board(
    two_groups: tuple[Laptop, Laptop], central_url: str
) -> None:
    from facilitator_app.services import board as board_service
    from facilitator_app.services import voting
    from facilitator_app.sync.group_view import read_group_board

    a, _b = two_groups
    central = CentralStore.open(central_url)
    try:
        seen = read_group_board(central, a.session.id, a.group.id, a.clock.now())
    finally:
        central.close()
    assert seen.board == board_service.load_board(a.store, a.session.id, a.group.id)
    current = voting.current_round(a.store, a.session.id, a.group.id)
    assert current is not None and seen.vote_open
    assert seen.votes == voting.tally(a.store, current.id)
    agenda = ws_service.list_agenda(a.store, a.session.id, a.group.id)
    assert [row.title for row in seen.log] == [i.title for i in agenda]
    assert seen.log[0].status == "active" and seen.log[0].started_at is not None


def test_a_kept_cache_reads_like_a_fresh_read_after_changes(
    two_groups: tuple[Laptop, Laptop], central_url: str
) -> None:
    from facilitator_app.models import Idea
    from facilitator_app.services import attendance
    from facilitator_app.sync.idea_tally import DeskCache

    a, b = two_groups
    cache = DeskCache()
    central = CentralStore.open(central_url)
    try:
        before = read_overview(central, "s1", a.clock.now(), cache)
        a.add_idea("Ny idé")
        gone = b.add_idea("Kortvarig idé")
        b.sync(central_url)
        b.delete(Idea, gone)
        person = ws_service.list_participants(a.store, a.group.id)[0]
        attendance.set_present(a.store, a.session.id, person.id, False)
        a.sync(central_url)
        b.sync(central_url)
        kept = read_overview(central, "s1", a.clock.now(), cache)
        fresh = read_overview(central, "s1", a.clock.now(), DeskCache())
    finally:
        central.close()
    by_key = {g.key: g for g in kept.groups}
    old = {g.key: g for g in before.groups}
    assert by_key["g1"].ideas == old["g1"].ideas + 1 and by_key["g2"].ideas == old["g2"].ideas
    assert by_key["g1"].present == old["g1"].present - 1
    assert kept.groups == fresh.groups  # the kept cache reads exactly like a fresh one


def test_a_laptop_used_only_from_the_command_line_shows_under_its_group(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`ideas import` then `sync`, never the window: the desk still names the laptop by
    its group's facilitator and counts it as synced for that group."""
    from facilitator_app.paths import demo_plan_path

    data, org = str(tmp_path / "data"), sqlite_url(tmp_path / "org" / "central.sqlite3")
    ideas = tmp_path / "ideas.txt"
    ideas.write_text("Idé en\nIdé to\n", encoding="utf-8")
    plan = str(demo_plan_path())
    for args in (
        ("plan", "import", plan, "--data-dir", data),
        (
            "ideas",
            "import",
            str(ideas),
            "--session",
            "s1",
            "--group",
            "g2",
            "--question",
            "s1-03",
            "--data-dir",
            data,
        ),
        ("central", "init", org),
        ("central", "publish", plan, "--central", org),
        ("sync", "--central", org, "--data-dir", data),
    ):
        code, _out, err = _run(capsys, *args)
        assert code == 0, (args, err)
    code, out, err = _run(capsys, "central", "status", "--central", org, "--session", "s1")
    assert code == 0, err
    g2 = next(line for line in out.splitlines() if line.startswith("g2 "))
    assert "none has synced" not in g2 and "ideas 2" in g2
    assert "laptops: " in g2 and "laptops: laptop " not in g2  # named by its facilitator
