"""Ending a session: the current item done with its actual time, the rest skipped, timers
stopped, in one transaction that ``apply_fields`` undoes."""

from __future__ import annotations

from facilitator_app.clock import FakeClock
from facilitator_app.models.enums import ItemStatus
from facilitator_app.services import agenda, timer_commands
from facilitator_app.services.workshop import SessionContext
from facilitator_app.store import Store


def test_end_session_closes_the_agenda_and_undo_reopens_it(
    demo_store: Store, demo_context: SessionContext, clock: FakeClock
) -> None:
    agenda.next_item(demo_store, demo_context)  # the first item runs
    clock.advance(7 * 60)
    agenda.next_item(demo_store, demo_context)  # the second runs
    clock.advance(4 * 60 + 30)
    ended_at = clock.now()
    change = agenda.end_session(demo_store, demo_context)
    line = timer_commands.load_timeline(demo_store, demo_context)
    assert line.current is None  # the agenda is closed
    statuses = [item.status for item in line.items]
    assert statuses[:2] == [ItemStatus.DONE, ItemStatus.DONE]
    assert set(statuses[2:]) == {ItemStatus.SKIPPED}
    second = line.items[1]
    assert second.ended_at == ended_at  # its actual time, not the timebox
    for item in line.items:
        state = line.timer(ended_at, item.id)
        assert state is None or not state.running
    logged = line.log(ended_at)[1]
    assert round(logged.wall_s) == 4 * 60 + 30
    assert change.current_before == second.id and change.current_after is None

    # Nothing left to end: no change, nothing to undo.
    assert agenda.end_session(demo_store, demo_context).changed == ()

    agenda.apply_fields(demo_store, demo_context, change.before)
    back = timer_commands.load_timeline(demo_store, demo_context)
    assert back.current is not None and back.current.id == second.id
    state = back.timer(clock.now())
    assert state is not None and state.running
    assert [i.status for i in back.items][2:] == [ItemStatus.PENDING] * (len(back.items) - 2)
