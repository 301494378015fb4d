"""One note-length limit, the summary file's, wherever notes come in (issue 9 §4).

The longest note a facilitator can capture must export; one character more is refused
with its length in words, by capture, edit, ``ideas import`` and summary import alike.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from facilitator_app.cli import main
from facilitator_app.errors import SummaryError
from facilitator_app.models import Idea
from facilitator_app.schemas.summary import NOTE_MAX_CHARS, SummaryIdea
from facilitator_app.services import board
from facilitator_app.services import workshop as ws_service
from facilitator_app.services.summary import build_summary, parse_summary, summary_to_json
from facilitator_app.services.workshop import SessionContext
from facilitator_app.store import Store

LONGEST = "å" * board.MAX_NOTE_CHARS
TOO_LONG = "å" * (board.MAX_NOTE_CHARS + 1)


def _question(store: Store, ctx: SessionContext) -> uuid.UUID:
    return ws_service.list_agenda(store, ctx.session.id, ctx.group.id)[0].id


def test_the_board_limit_is_the_summary_files_limit() -> None:
    assert board.MAX_NOTE_CHARS == NOTE_MAX_CHARS
    limits = [m.max_length for m in SummaryIdea.model_fields["text"].metadata]
    assert limits == [NOTE_MAX_CHARS]


def test_the_longest_note_captured_exports_and_reads_back(
    demo_store: Store, demo_context: SessionContext
) -> None:
    ctx = demo_context
    draft = board.NoteDraft(LONGEST, _question(demo_store, ctx))
    board.capture(demo_store, ctx.session.id, ctx.group.id, draft)
    summary = build_summary(demo_store, ctx.session.id, ctx.group.id)
    again = parse_summary(summary_to_json(summary))
    assert [i.text for i in again.ideas] == [LONGEST]


def test_one_character_more_is_refused_with_its_length(
    demo_store: Store, demo_context: SessionContext
) -> None:
    ctx = demo_context
    with pytest.raises(board.BoardError, match=f"{len(TOO_LONG):,} characters"):
        board.capture(demo_store, ctx.session.id, ctx.group.id, board.NoteDraft(TOO_LONG, None))
    change = board.capture(
        demo_store,
        ctx.session.id,
        ctx.group.id,
        board.NoteDraft("kort", _question(demo_store, ctx)),
    )
    note_id = next(iter(change.notes_after))
    with pytest.raises(board.BoardError, match="at most"):
        board.edit_text(demo_store, note_id, TOO_LONG)
    assert [n.text for n in board.load_board(demo_store, ctx.session.id, ctx.group.id).notes] == [
        "kort"
    ]


def test_ideas_import_refuses_a_note_over_the_limit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from facilitator_app.paths import demo_plan_path

    data = str(tmp_path / "d")
    assert main(["plan", "import", str(demo_plan_path()), "--data-dir", data]) == 0
    ideas = tmp_path / "ideas.txt"
    ideas.write_text(f"kort\n{TOO_LONG}\n", encoding="utf-8")
    argv = ["ideas", "import", str(ideas), "--session", "s1", "--group", "g1"]
    assert main([*argv, "--question", "s1-03", "--data-dir", data]) == 2
    err = capsys.readouterr().err
    assert f"{len(TOO_LONG)} characters" in err and "Traceback" not in err


def test_summary_import_refuses_a_note_over_the_limit(
    demo_store: Store, demo_context: SessionContext
) -> None:
    ctx = demo_context
    board.capture(
        demo_store, ctx.session.id, ctx.group.id, board.NoteDraft("x", _question(demo_store, ctx))
    )
    raw = json.loads(summary_to_json(build_summary(demo_store, ctx.session.id, ctx.group.id)))
    raw["ideas"][0]["text"] = TOO_LONG
    with pytest.raises(SummaryError, match="summary schema"):
        parse_summary(json.dumps(raw).encode())


def test_a_note_stored_over_the_limit_by_an_older_app_gets_words_not_a_traceback(
    demo_store: Store, demo_context: SessionContext
) -> None:
    ctx = demo_context
    with demo_store.transaction() as s:  # as an app with the old 20,000 limit stored it
        s.add(Idea(session_id=ctx.session.id, group_id=ctx.group.id, text="b" * 12_000))
    with pytest.raises(SummaryError, match="12,000 characters"):
        build_summary(demo_store, ctx.session.id, ctx.group.id)
