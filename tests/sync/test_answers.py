"""Experts answer a group's question centrally; the answer reaches that group's laptop."""

from __future__ import annotations

import re
from typing import Any

import pytest
from desk_laptops import run_session
from laptops import Laptop

from facilitator_app.cli import main
from facilitator_app.services import expert_answers
from facilitator_app.sync.central_store import CentralStore
from facilitator_app.sync.overview import read_overview


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def asked(make_laptop: Any, central_url: str) -> tuple[Laptop, Laptop, Any, Any]:
    """g1 asked two questions, g2 one; both laptops synced."""
    a = make_laptop("a", group="g1")
    b = make_laptop("b", group="g2", offset_s=0.5)
    done_a = run_session(a, ideas=2, questions=2, present=3)
    done_b = run_session(b, ideas=1, questions=1, present=3)
    a.sync(central_url)
    b.sync(central_url)
    return a, b, done_a, done_b


def test_answer_reaches_the_right_laptop_with_history(
    asked: tuple[Laptop, Laptop, Any, Any], central_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b, done_a, done_b = asked
    code, out, err = _run(capsys, "central", "questions", "--central", central_url, "--open")
    assert code == 0, err
    assert (
        out.count("[OPEN]") == 3
        and out.splitlines()[-1] == "3 question(s), 3 waiting for an answer"
    )
    question = done_a.questions[0]
    assert re.search(rf"^{question} \[OPEN\] s1 g1 Gruppe 1 \(Kari Eksempel\)", out, re.M)
    code, out, err = _run(
        capsys,
        "central",
        "answer",
        str(question),
        "Se veileder for klima i planlegging.",
        "--central",
        central_url,
        "--expert",
        "Eva Ekspert",
    )
    assert code == 0, err
    assert "Eva Ekspert answered question" in out
    a.sync(central_url)
    b.sync(central_url)
    mine = expert_answers.current_answers(a.store, a.session.id, a.group.id)
    assert list(mine) == [question]
    assert mine[question].text == "Se veileder for klima i planlegging."
    assert mine[question].expert == "Eva Ekspert"
    assert expert_answers.current_answers(b.store, b.session.id, b.group.id) == {}
    # A correction: a new version, the first one kept.
    code, out, _err = _run(
        capsys,
        "central",
        "answer",
        str(question),
        "Se veileder T-1/2024, kapittel 3.",
        "--central",
        central_url,
        "--expert",
        "Eva Ekspert",
    )
    assert code == 0 and "corrected the answer" in out
    a.sync(central_url)
    versions = expert_answers.history(a.store, [question])[question]
    assert [v.text for v in versions] == [
        "Se veileder for klima i planlegging.",
        "Se veileder T-1/2024, kapittel 3.",
    ]
    assert versions[1].replaces_id == versions[0].id
    # The group summary carries both versions; the documents show the current one.
    from facilitator_app.export.markdown import render_markdown
    from facilitator_app.services.summary import build_summary

    summary = build_summary(a.store, a.session.id, a.group.id)
    [asked_q] = [q for q in summary.expert_questions if q.idea_id == question]
    assert [v.text for v in asked_q.answers] == [v.text for v in versions]
    assert asked_q.answers[-1].expert == "Eva Ekspert"
    public = build_summary(a.store, a.session.id, a.group.id, public=True)
    assert {v.expert for q in public.expert_questions for v in q.answers} == {""}
    text = render_markdown(summary, lang="en").decode()
    line = next(x for x in text.splitlines() if "Eva Ekspert" in x)
    assert line.startswith("  - Experts") and "kapittel 3" in line
    code, out, _err = _run(capsys, "central", "questions", "--central", central_url)
    assert "correction 1 by Eva Ekspert" in out and out.count("[OPEN]") == 2
    central = CentralStore.open(central_url)
    try:
        overview = read_overview(central, "s1", a.clock.now())
    finally:
        central.close()
    waiting = {g.key: g.waiting_questions for g in overview.groups}
    assert waiting["g1"] == 1 and waiting["g2"] == 1
    assert done_b.questions  # g2's question stays open


def test_bad_answers_change_nothing(
    asked: tuple[Laptop, Laptop, Any, Any], central_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _a, _b, done_a, _done_b = asked
    note, question = done_a.ideas[0], done_a.questions[0]
    cases = [
        ((str(note), "Svar"), "is not a question for the experts"),
        (("0" * 32, "Svar"), "There is no question"),
        (("tull", "Svar"), "is not a question id"),
        ((str(question), "   "), "The answer is empty"),
    ]
    for (qid, words), message in cases:
        code, out, err = _run(capsys, "central", "answer", qid, words, "--central", central_url)
        assert (code, out) == (2, ""), err
        assert message in err
    code, out, _err = _run(capsys, "central", "questions", "--central", central_url, "--open")
    assert out.count("[OPEN]") == 3
