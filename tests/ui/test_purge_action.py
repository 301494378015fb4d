"""File → remove the workshop from the laptop: refused while changes wait, else confirmed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from facilitator_app.models import ChangeLogEntry, Idea, Workshop
from facilitator_app.services import workshop as ws_service
from facilitator_app.store import Store
from facilitator_app.store.changelog import set_delivered
from facilitator_app.ui.main_window import MainWindow


def _acknowledge_all(store: Store) -> None:
    # What a completed sync leaves: the central store committed every change.
    with store.transaction() as s:
        set_delivered(
            s, "organisers-store", int(s.scalar(select(func.max(ChangeLogEntry.seq))) or 0)
        )


def test_refused_while_changes_wait_then_removed_after_confirmation(
    qtbot: QtBot,
    demo_store: Store,
    demo_context: ws_service.SessionContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = MainWindow(demo_store, demo_context, demo_store.clock)
    qtbot.addWidget(window)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    assert window.purge_action.text()
    # The plan import is not acknowledged by any central store yet.
    assert window.purge_action.run() is False
    assert "have not reached it yet" in said[-1]
    _acknowledge_all(demo_store)
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> Callable[..., QMessageBox.StandardButton]:
        def ask(_p: object, _t: str, text: str, *_a: object) -> QMessageBox.StandardButton:
            asked.append(text)
            return button

        return ask

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    assert window.purge_action.run() is False
    with demo_store.read() as s:
        assert s.scalar(select(func.count()).select_from(Workshop)) == 1
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    assert window.purge_action.run() is True
    assert "cannot be brought back" in asked[-1]
    with demo_store.read() as s:
        assert s.scalar(select(func.count()).select_from(Workshop)) == 0
        assert s.scalar(select(func.count()).select_from(Idea)) == 0
    assert "removed" in said[-1]


def test_after_the_organisers_closed_the_workshop_the_question_says_what_was_not_kept(
    qtbot: QtBot,
    demo_store: Store,
    demo_context: ws_service.SessionContext,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from facilitator_app.services.purge import closed_note
    from facilitator_app.sync.service import sync_once
    from tests.closing import close_workshop, organisers_store

    url = organisers_store(demo_store, tmp_path / "organisers")
    assert sync_once(demo_store).waiting == 0
    workshop = demo_context.workshop
    close_workshop(url, workshop.id, workshop.key, workshop.title, [demo_context.group.id])
    with demo_store.transaction() as s:
        s.add(
            Idea(
                session_id=demo_context.session.id,
                group_id=demo_context.group.id,
                text="Skrevet etter stengingen",
            )
        )
    report = sync_once(demo_store)
    assert report.pushed.closed == 1 and report.waiting == 0
    note = closed_note(demo_store, workshop.id)
    assert note is not None and note.not_kept == 1

    window = MainWindow(demo_store, demo_context, demo_store.clock)
    qtbot.addWidget(window)
    asked: list[str] = []

    def ask(_p: object, _t: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", ask)
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: None)
    assert window.purge_action.run() is True
    assert "The organisers closed" in asked[-1]
    assert "1 change(s) made here after that were not kept" in asked[-1]
    assert "holds everything" not in asked[-1]
    assert closed_note(demo_store, workshop.id) is None
