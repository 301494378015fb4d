"""The group summary: built from the store, verified, imported back idempotently."""

from __future__ import annotations

import datetime as dt
import json
import tempfile
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from sqlalchemy import func, select

from facilitator_app.clock import FakeClock
from facilitator_app.errors import SummaryError
from facilitator_app.models import ChangeLogEntry, Idea, Participant
from facilitator_app.paths import resources_dir
from facilitator_app.schemas.summary import (
    GroupSummary,
    content_digest,
    summary_schema_text,
    with_digest,
    write_schema,
)
from facilitator_app.services import workshop as ws_service
from facilitator_app.services.summary import (
    MAX_SUMMARY_BYTES,
    build_summary,
    file_stem,
    load_summary,
    open_vote_rounds,
    parse_summary,
    summary_to_json,
    unsynced_changes,
)
from facilitator_app.services.summary_import import import_summary
from facilitator_app.store import Store
from tests.board_data import fill_board
from tests.summary_strategies import summaries


def comparable(summary: GroupSummary) -> dict[str, object]:
    """Everything but the export time and the checksum (which covers the export time)."""
    return summary.model_dump(mode="json", exclude={"exported_at", "sha256"})


def row_counts(store: Store) -> dict[str, int]:
    from facilitator_app.models import Base

    with store.read() as s:
        return {
            t.name: int(s.scalar(select(func.count()).select_from(t)) or 0)
            for t in Base.metadata.sorted_tables
        }


@pytest.fixture
def filled(demo_store: Store, demo_context: ws_service.SessionContext) -> GroupSummary:
    fill_board(demo_store, demo_context)
    return build_summary(demo_store, demo_context.session.id, demo_context.group.id)


def test_schema_file_is_current() -> None:
    on_disk = (resources_dir() / "schemas" / "summary.schema.json").read_text(encoding="utf-8")
    assert on_disk == summary_schema_text(), (
        "resources/schemas/summary.schema.json is stale: "
        "run python -m facilitator_app.schemas.summary"
    )


def test_schema_generator_writes_the_same_file(tmp_path: Path) -> None:
    written = write_schema(tmp_path / "summary.schema.json")
    on_disk = (resources_dir() / "schemas" / "summary.schema.json").read_text(encoding="utf-8")
    assert written.read_text(encoding="utf-8") == on_disk
    assert json.loads(on_disk)["properties"]["schema_version"]["type"] == "integer"


def test_summary_holds_the_groups_work(
    demo_store: Store, demo_context: ws_service.SessionContext, filled: GroupSummary
) -> None:
    s = filled
    assert (s.workshop.key, s.session.key, s.group.key) == ("klimakronsj-2021", "s1", "g1")
    assert s.group.facilitator == "Kari Eksempel"
    assert len(s.ideas) == 24 and len(s.clusters) == 2 and len(s.vote_rounds) == 2
    assert sum(i.votes for i in s.ideas) == sum(len(r.dots) for r in s.vote_rounds) == 19
    assert [q.idea_id for q in s.expert_questions] == [
        i.id for i in s.ideas if i.category == "expert_question"
    ]
    assert open_vote_rounds(s) == 1
    # Agenda: in order, with planned times from 09:00 Oslo and the actual times.
    assert [a.position for a in s.agenda] == sorted(a.position for a in s.agenda)
    assert s.agenda[0].planned_start == dt.datetime(2021, 9, 22, 7, 0, tzinfo=dt.UTC)
    assert s.agenda[0].started_at is not None and s.agenda[0].ended_at is not None
    assert s.agenda[1].planned_start == s.agenda[0].planned_end
    # Names only where the participant consented.
    with demo_store.read() as session:
        people = {
            p.id: p
            for p in session.scalars(
                select(Participant).where(Participant.group_id == demo_context.group.id)
            )
        }
    assert len(s.participants) == len(people) == 6
    for p in s.participants:
        assert p.name == (people[p.id].display_name if people[p.id].consent_to_be_named else None)
    assert sum(p.present for p in s.participants) == 5
    for idea in s.ideas:
        if idea.author_id is not None:
            person = people[idea.author_id]
            assert idea.author_name == (person.display_name if person.consent_to_be_named else None)
    assert content_digest(s) == s.sha256
    assert file_stem(s) == "klimakronsj-2021_s1_g1"


def test_public_summary_drops_every_personal_datum(
    demo_store: Store, demo_context: ws_service.SessionContext, filled: GroupSummary
) -> None:
    public = build_summary(demo_store, demo_context.session.id, demo_context.group.id, public=True)
    assert public.public and public.participants == [] and public.group.facilitator is None
    assert all(i.author_id is None and i.author_name is None for i in public.ideas)
    assert all(a.note is None for a in public.agenda)
    assert all(d.participant_id is None for r in public.vote_rounds for d in r.dots)
    assert file_stem(public).endswith("_public")
    text = summary_to_json(public).decode()
    with demo_store.read() as s:
        names = list(s.scalars(select(Participant.display_name)))
    assert not [n for n in [*names, "Kari Eksempel"] if n in text]
    assert [i.text for i in public.ideas] == [i.text for i in filled.ideas]


def test_deleted_ideas_and_their_dots_are_left_out(
    demo_store: Store, demo_context: ws_service.SessionContext, filled: GroupSummary
) -> None:
    voted = next(i for i in filled.ideas if i.votes)
    with demo_store.transaction() as s:
        row = s.get(Idea, voted.id)
        assert row is not None
        row.deleted_at = demo_store.clock.now()
    again = build_summary(demo_store, demo_context.session.id, demo_context.group.id)
    assert voted.id not in {i.id for i in again.ideas}
    assert all(d.idea_id != voted.id for r in again.vote_rounds for d in r.dots)
    assert parse_summary(summary_to_json(again)) == again


def test_file_verifies_and_any_edit_is_detected(filled: GroupSummary) -> None:
    data = summary_to_json(filled)
    assert parse_summary(data) == filled
    edited = data.replace(b"Gruppe 1", b"Gruppe 9", 1)
    with pytest.raises(SummaryError, match="checksum does not match"):
        parse_summary(edited)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\xff\xfe not text", "not UTF-8"),
        (b"{not json", "not valid JSON"),
        (b"[1, 2]", "expected a JSON object"),
        (b'{"schema_version": 7}', "Unknown summary schema version 7"),
        (b'{"schema_version": "1"}', "schema_version: must be 1"),
        (b'{"schema_version": 1}', "does not match the summary schema"),
        (b"[" * 100_000 + b"]" * 100_000, "not a summary file"),
    ],
)
def test_bad_files_get_a_clear_reason(data: bytes, reason: str) -> None:
    with pytest.raises(SummaryError, match=reason):
        parse_summary(data)


def test_absurd_sizes_are_refused(filled: GroupSummary, tmp_path: Path) -> None:
    with pytest.raises(SummaryError, match="at most 64 MB"):
        parse_summary(b" " * (MAX_SUMMARY_BYTES + 1))
    raw = filled.model_dump(mode="json")
    raw["ideas"] = raw["ideas"] * 1000  # 24,000 ideas: more than any group makes
    with pytest.raises(SummaryError, match="ideas: List should have at most 20000"):
        parse_summary(json.dumps(raw).encode())
    with pytest.raises(SummaryError, match="does not exist"):
        load_summary(tmp_path / "missing.json")
    with pytest.raises(SummaryError, match="is a folder"):
        load_summary(tmp_path)


def test_inconsistent_references_are_refused(filled: GroupSummary) -> None:
    raw = filled.model_dump(mode="json")
    raw["ideas"][0]["votes"] += 1
    raw["ideas"][1]["cluster_id"] = str(uuid.uuid4())
    bad = with_digest(GroupSummary.model_validate(raw))
    with pytest.raises(
        SummaryError, match=r"ideas\[1\].cluster_id: no such cluster; ideas\[0\].votes: 2 but"
    ):
        parse_summary(summary_to_json(bad))


def test_round_trip_through_an_empty_store(filled: GroupSummary, tmp_path: Path) -> None:
    clock = FakeClock(dt.datetime(2021, 10, 1, 12, 0, tzinfo=dt.UTC))
    empty = Store.open(tmp_path / "organiser", clock)
    try:
        result = import_summary(empty, parse_summary(summary_to_json(filled)))
        assert result.created["idea"] == 24 and not result.updated
        again = build_summary(empty, filled.session.id, filled.group.id)
    finally:
        empty.close()
    assert comparable(again) == comparable(filled)
    assert again.exported_at != filled.exported_at


def test_importing_twice_changes_nothing(filled: GroupSummary, tmp_path: Path) -> None:
    store = Store.open(tmp_path / "laptop", FakeClock())
    try:
        import_summary(store, filled)
        before = row_counts(store)
        second = import_summary(store, filled)
        assert second.unchanged and "nothing changed" in second.summary()
        assert row_counts(store) == before
    finally:
        store.close()


def test_import_into_the_store_it_came_from_changes_nothing(
    demo_store: Store, filled: GroupSummary
) -> None:
    before = row_counts(demo_store)
    assert import_summary(demo_store, filled).unchanged
    assert row_counts(demo_store) == before


def test_ids_of_another_group_are_refused_and_nothing_changes(
    demo_store: Store, filled: GroupSummary
) -> None:
    _ws, session, other = ws_service.find_by_keys(demo_store, "s1", "g2")
    with demo_store.transaction() as s:
        s.add(Idea(session_id=session.id, group_id=other.id, text="g2's own idea"))
    with demo_store.read() as s:
        foreign = s.scalar(select(Idea.id).where(Idea.group_id == other.id))
    raw = filled.model_dump(mode="json")
    raw["ideas"][3]["id"] = str(foreign)
    for rnd in raw["vote_rounds"]:
        for dot in rnd["dots"]:
            if dot["idea_id"] == str(filled.ideas[3].id):
                dot["idea_id"] = str(foreign)
    for q in raw["expert_questions"]:
        if q["idea_id"] == str(filled.ideas[3].id):
            q["idea_id"] = str(foreign)
    clashing = with_digest(GroupSummary.model_validate(raw))
    assert parse_summary(summary_to_json(clashing)) == clashing
    before = row_counts(demo_store)
    with pytest.raises(SummaryError, match=f"idea {foreign} already belongs to another group"):
        import_summary(demo_store, clashing)
    assert row_counts(demo_store) == before


def test_public_summary_cannot_be_imported(
    demo_store: Store, demo_context: ws_service.SessionContext, filled: GroupSummary
) -> None:
    public = build_summary(demo_store, demo_context.session.id, demo_context.group.id, public=True)
    with pytest.raises(SummaryError, match="public summary"):
        import_summary(demo_store, public)


def test_unsynced_changes_counts_unacknowledged_change_log_rows(demo_store: Store) -> None:
    total = unsynced_changes(demo_store)
    assert total > 0
    with demo_store.transaction() as s:
        first = s.scalar(select(ChangeLogEntry).order_by(ChangeLogEntry.seq))
        assert first is not None
        first.acked_at = demo_store.clock.now()
    assert unsynced_changes(demo_store) == total - 1


@settings(max_examples=60, deadline=None)
@given(summaries())
def test_property_checksum_and_file_round_trip(summary: GroupSummary) -> None:
    data = summary_to_json(summary)
    assert parse_summary(data) == summary
    raw = json.loads(data)
    raw["group"]["name"] = raw["group"]["name"] + "x"
    with pytest.raises(SummaryError, match="checksum"):
        parse_summary(json.dumps(raw).encode())


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(summaries())
def test_property_import_then_export_gives_the_same_summary(summary: GroupSummary) -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder), FakeClock())
        try:
            import_summary(store, summary)
            again = build_summary(store, summary.session.id, summary.group.id)
            assert import_summary(store, summary).unchanged
        finally:
            store.close()
    assert comparable(again) == comparable(summary)


def test_summary_of_work_done_through_the_agenda_board_and_voting_services(
    demo_store: Store, demo_context: ws_service.SessionContext, tmp_path: Path
) -> None:
    from facilitator_app.services import agenda, board, voting

    sid, gid = demo_context.session.id, demo_context.group.id
    question = next(a for a in ws_service.list_agenda(demo_store, sid, gid) if a.kind == "question")
    people = ws_service.list_participants(demo_store, gid)
    agenda.next_item(demo_store, demo_context)
    demo_store.clock.advance(600)  # type: ignore[attr-defined]
    change = board.add_notes(
        demo_store,
        sid,
        gid,
        [
            board.NoteDraft(
                "Klimabudsjett i økonomiplanen", question.id, "measure", "council", people[0].id
            ),
            board.NoteDraft("Hvem eier klimamålene?", question.id, "expert_question"),
            board.NoteDraft("Sykkelvei til skolen", question.id, "measure", "county"),
        ],
    )
    notes = list(change.notes_after)
    board.group_notes(demo_store, notes[:2], "Styring")
    rnd = voting.open_round(demo_store, sid, gid, question.id, 3)
    voting.cast(demo_store, rnd.id, notes[0], people[1].id, count=2)
    voting.cast(demo_store, rnd.id, notes[2])
    voting.close(demo_store, rnd.id)
    agenda.next_item(demo_store, demo_context)

    summary = build_summary(demo_store, sid, gid)
    by_id = {i.id: i for i in summary.ideas}
    assert [by_id[n].votes for n in notes] == [2, 0, 1]
    assert by_id[notes[0]].cluster_id == by_id[notes[1]].cluster_id is not None
    assert [q.text for q in summary.expert_questions] == ["Hvem eier klimamålene?"]
    done = [a for a in summary.agenda if a.started_at and a.ended_at]
    assert done and done[0].ended_at > done[0].started_at  # type: ignore[operator]
    assert open_vote_rounds(summary) == 0

    empty = Store.open(tmp_path / "replacement", FakeClock())
    try:
        import_summary(empty, parse_summary(summary_to_json(summary)))
        assert comparable(build_summary(empty, sid, gid)) == comparable(summary)
    finally:
        empty.close()


def test_an_older_file_does_not_undo_later_edits_or_deletions(
    demo_store: Store, demo_context: ws_service.SessionContext, filled: GroupSummary
) -> None:
    edited, deleted = filled.ideas[10].id, filled.ideas[11].id
    demo_store.clock.advance(60)  # type: ignore[attr-defined]
    with demo_store.transaction() as s:
        row = s.get(Idea, edited)
        gone = s.get(Idea, deleted)
        assert row is not None and gone is not None
        row.text = "changed after the export"
        gone.deleted_at = demo_store.clock.now()
    result = import_summary(demo_store, filled)
    assert result.kept_newer == {"idea": 2} and result.unchanged
    assert "kept the newer version here of 2 idea" in result.summary()
    again = build_summary(demo_store, demo_context.session.id, demo_context.group.id)
    assert deleted not in {i.id for i in again.ideas}
    assert next(i for i in again.ideas if i.id == edited).text == "changed after the export"


def test_a_summary_file_from_before_the_experts_answers_still_verifies(
    demo_store: Store, demo_context: ws_service.SessionContext
) -> None:
    """Files written before ``expert_questions[].answers`` existed load, and their
    checksum (taken without that key) still matches."""
    import hashlib

    from facilitator_app.schemas.summary import canonical_bytes
    from facilitator_app.services import board
    from facilitator_app.services.summary import parse_summary, summary_to_json

    board.add_notes(
        demo_store,
        demo_context.session.id,
        demo_context.group.id,
        [board.NoteDraft("Hvem betaler?", None, category="expert_question")],
    )
    summary = build_summary(demo_store, demo_context.session.id, demo_context.group.id)
    old = json.loads(summary_to_json(summary))
    assert old["expert_questions"] and old["expert_questions"][0]["answers"] == []
    for question in old["expert_questions"]:
        del question["answers"]  # as the app wrote it before
    old["sha256"] = hashlib.sha256(canonical_bytes(old)).hexdigest()
    assert parse_summary(json.dumps(old).encode()) == summary
