"""Agenda commands: each one transaction, returns what changed, and can be undone."""

from __future__ import annotations

import pytest

from facilitator_app.clock import FakeClock
from facilitator_app.errors import AgendaError
from facilitator_app.models.enums import ItemKind, ItemStatus
from facilitator_app.services import agenda, timer_commands
from facilitator_app.services.workshop import SessionContext, list_agenda
from facilitator_app.store import Store


def titles(store: Store, ctx: SessionContext) -> list[str]:
    return [i.title for i in list_agenda(store, ctx.session.id, ctx.group.id)]


def statuses(store: Store, ctx: SessionContext) -> list[str]:
    return [i.status for i in list_agenda(store, ctx.session.id, ctx.group.id)]


def test_next_and_previous_move_the_current_item(
    demo_store: Store, demo_context: SessionContext, clock: FakeClock
) -> None:
    first = agenda.next_item(demo_store, demo_context)
    items = list_agenda(demo_store, demo_context.session.id, demo_context.group.id)
    # The first pending item was already current; now it is active and its timer runs.
    assert not first.current_changed and first.current_after == items[0].id
    assert first.changed == (items[0].id,)
    clock.advance(60)
    second = agenda.next_item(demo_store, demo_context)
    assert set(second.changed) == {items[0].id, items[1].id}
    assert statuses(demo_store, demo_context)[:3] == ["done", "active", "pending"]
    line = timer_commands.load_timeline(demo_store, demo_context)
    assert line.timer(clock.now(), items[0].id).mode == "paused"  # type: ignore[union-attr]
    assert line.timer(clock.now(), items[1].id).mode == "running"  # type: ignore[union-attr]
    clock.advance(60)
    back = agenda.previous_item(demo_store, demo_context)
    assert back.current_after == items[0].id
    assert statuses(demo_store, demo_context)[:2] == ["active", "pending"]
    state = timer_commands.load_timeline(demo_store, demo_context).timer(clock.now())
    assert state is not None and state.running and state.elapsed_s == 60


def test_previous_at_the_first_item_is_refused(
    demo_store: Store, demo_context: SessionContext
) -> None:
    agenda.next_item(demo_store, demo_context)
    with pytest.raises(AgendaError) as err:
        agenda.previous_item(demo_store, demo_context)
    assert err.value.code == "first"
    assert statuses(demo_store, demo_context)[0] == "active"


def test_undo_and_redo_restore_fields_and_timers(
    demo_store: Store, demo_context: SessionContext, clock: FakeClock
) -> None:
    agenda.next_item(demo_store, demo_context)
    clock.advance(120)
    change = agenda.next_item(demo_store, demo_context)
    clock.advance(5)
    undo = agenda.apply_fields(demo_store, demo_context, change.before)
    assert undo.current_after == change.current_before
    assert statuses(demo_store, demo_context)[:2] == ["active", "pending"]
    line = timer_commands.load_timeline(demo_store, demo_context)
    assert line.timer(clock.now()).running  # type: ignore[union-attr]
    second = line.items[1]
    assert second.started_at is None
    assert line.timer(clock.now(), second.id).mode == "idle"  # type: ignore[union-attr]
    agenda.apply_fields(demo_store, demo_context, change.after)
    assert statuses(demo_store, demo_context)[:2] == ["done", "active"]


def test_reorder_and_undo(demo_store: Store, demo_context: SessionContext) -> None:
    before = titles(demo_store, demo_context)
    item = list_agenda(demo_store, demo_context.session.id, demo_context.group.id)[4]
    change = agenda.move_item(demo_store, demo_context, item.id, 0)
    moved = titles(demo_store, demo_context)
    assert moved[0] == before[4] and moved[1:5] == before[:4]
    assert len(change.changed) == 5
    agenda.apply_fields(demo_store, demo_context, change.before)
    assert titles(demo_store, demo_context) == before
    with pytest.raises(AgendaError):
        agenda.move_item(demo_store, demo_context, item.id, 99)


def test_mark_done_skipped_and_reopen(
    demo_store: Store, demo_context: SessionContext, clock: FakeClock
) -> None:
    items = list_agenda(demo_store, demo_context.session.id, demo_context.group.id)
    agenda.next_item(demo_store, demo_context)
    clock.advance(300)
    agenda.set_status(demo_store, demo_context, items[0].id, ItemStatus.DONE)
    agenda.set_status(demo_store, demo_context, items[1].id, ItemStatus.SKIPPED)
    assert statuses(demo_store, demo_context)[:3] == ["done", "skipped", "pending"]
    done = list_agenda(demo_store, demo_context.session.id, demo_context.group.id)[0]
    assert done.ended_at is not None and done.started_at is not None
    assert (done.ended_at - done.started_at).total_seconds() == 300
    # With the first done and the second skipped, the group is now at the third.
    assert timer_commands.load_timeline(demo_store, demo_context).current.id == items[2].id  # type: ignore[union-attr]
    agenda.set_status(demo_store, demo_context, items[1].id, ItemStatus.PENDING)
    assert statuses(demo_store, demo_context)[1] == "pending"
    with pytest.raises(AgendaError):
        agenda.set_status(demo_store, demo_context, items[1].id, ItemStatus.ACTIVE)


def test_add_ad_hoc_item_after_the_current_and_undo(
    demo_store: Store, demo_context: SessionContext
) -> None:
    agenda.next_item(demo_store, demo_context)
    change = agenda.add_item(
        demo_store, demo_context, "  Ekstra   runde ", 5, ItemKind.QUESTION, sub_questions=["Hva?"]
    )
    names = titles(demo_store, demo_context)
    assert names[1] == "Ekstra runde" and len(names) == 10
    new = list_agenda(demo_store, demo_context.session.id, demo_context.group.id)[1]
    assert new.key is None and new.id in change.changed
    # 230 + 5 minutes still fits the 240-minute session.
    assert change.overflow_min == 0
    agenda.apply_fields(demo_store, demo_context, change.before)
    assert "Ekstra runde" not in titles(demo_store, demo_context)
    agenda.apply_fields(demo_store, demo_context, change.after)
    assert titles(demo_store, demo_context)[1] == "Ekstra runde"


@pytest.mark.parametrize("bad", [0, -5, 241, 100_000, "abc", "", "2.5"])
def test_bad_timebox_is_refused_and_changes_nothing(
    demo_store: Store, demo_context: SessionContext, bad: int | str
) -> None:
    item = list_agenda(demo_store, demo_context.session.id, demo_context.group.id)[0]
    with pytest.raises(AgendaError) as err:
        agenda.set_timebox(demo_store, demo_context, item.id, bad)
    assert err.value.code == "timebox_range" and "1 to 240" in str(err.value)
    with pytest.raises(AgendaError):
        agenda.add_item(demo_store, demo_context, "x", bad)
    assert (
        list_agenda(demo_store, demo_context.session.id, demo_context.group.id)[0].timebox_min == 15
    )
    assert len(titles(demo_store, demo_context)) == 9


def test_timebox_that_overfills_the_session_is_reported(
    demo_store: Store, demo_context: SessionContext
) -> None:
    item = list_agenda(demo_store, demo_context.session.id, demo_context.group.id)[4]
    change = agenda.set_timebox(demo_store, demo_context, item.id, " 90 ")
    assert change.overflow_min == 20  # 230 - 60 + 90 = 260 minutes in 240
    line = timer_commands.load_timeline(demo_store, demo_context)
    assert line.overflow_min() == 20
    undo = agenda.apply_fields(demo_store, demo_context, change.before)
    assert undo.overflow_min == 0


def test_note_and_bad_title(demo_store: Store, demo_context: SessionContext) -> None:
    item = list_agenda(demo_store, demo_context.session.id, demo_context.group.id)[2]
    agenda.set_note(demo_store, demo_context, item.id, "  Husk navnelapper ")
    assert list_agenda(demo_store, demo_context.session.id, demo_context.group.id)[2].note == (
        "Husk navnelapper"
    )
    with pytest.raises(AgendaError):
        agenda.set_note(demo_store, demo_context, item.id, "x" * 3000)
    with pytest.raises(AgendaError):
        agenda.add_item(demo_store, demo_context, "   ", 5)


def test_whole_agenda_to_the_end(
    demo_store: Store, demo_context: SessionContext, clock: FakeClock
) -> None:
    for _ in range(9):
        agenda.next_item(demo_store, demo_context)
        clock.advance(600)
    last = agenda.next_item(demo_store, demo_context)
    assert last.current_after is None
    assert set(statuses(demo_store, demo_context)) == {"done"}
    with pytest.raises(AgendaError) as err:
        agenda.next_item(demo_store, demo_context)
    assert err.value.code == "finished"
    # From the end, previous reopens the last item.
    back = agenda.previous_item(demo_store, demo_context)
    assert statuses(demo_store, demo_context)[-1] == "active" and back.current_after is not None


def test_done_on_an_item_left_half_way_logs_its_end(
    demo_store: Store, demo_context: SessionContext, clock: FakeClock
) -> None:
    items = list_agenda(demo_store, demo_context.session.id, demo_context.group.id)
    agenda.next_item(demo_store, demo_context)
    agenda.next_item(demo_store, demo_context)
    clock.advance(120)
    agenda.previous_item(demo_store, demo_context)  # the second item waits, half done
    clock.advance(60)
    agenda.set_status(demo_store, demo_context, items[1].id, ItemStatus.DONE)
    row = list_agenda(demo_store, demo_context.session.id, demo_context.group.id)[1]
    assert row.status == "done" and row.started_at is not None and row.ended_at is not None
    assert (row.ended_at - row.started_at).total_seconds() == 180
    log = timer_commands.load_timeline(demo_store, demo_context).log(clock.now())
    assert log[1].ran_s == 120
