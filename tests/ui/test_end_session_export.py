"""'End session and export…' ends the session (one undoable step), then opens the export."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from facilitator_app.clock import FakeClock
from facilitator_app.models.enums import ItemStatus
from facilitator_app.services.workshop import SessionContext
from facilitator_app.store import Store
from facilitator_app.ui import export_dialog
from facilitator_app.ui.main_window import MainWindow


def test_end_session_and_export_ends_it_first_and_undo_reopens(
    qtbot: QtBot,
    demo_store: Store,
    demo_context: SessionContext,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[export_dialog.ExportDialog] = []

    def fake_exec(dialog: export_dialog.ExportDialog) -> int:
        opened.append(dialog)
        # The review the facilitator reads already shows the ended session.
        assert "Still running" not in dialog.review_label.text()
        return 0

    monkeypatch.setattr(export_dialog.ExportDialog, "exec", fake_exec)
    window = MainWindow(demo_store, demo_context, clock)
    qtbot.addWidget(window)
    window.agenda.go_next()
    clock.advance(300)
    current = window.live.current_id
    assert current is not None
    steps = window.undo_stack.count()
    window.export_action.trigger()
    assert len(opened) == 1
    assert window.live.current_id is None
    assert window.timer.clock_label.text() == "--:--"
    items = {i.id: i for i in window.live.timeline.items}
    assert items[current].status == ItemStatus.DONE and items[current].ended_at == clock.now()
    assert window.undo_stack.count() == steps + 1  # one step
    assert "ended" in window.statusBar().currentMessage()
    window.undo_stack.undo()
    assert window.live.current_id == current
    state = window.live.state()
    assert state is not None and state.running
    # A second export of an ended session changes nothing and adds no undo step.
    window.undo_stack.redo()
    window.export_action.trigger()
    assert window.undo_stack.count() == steps + 1 and len(opened) == 2
