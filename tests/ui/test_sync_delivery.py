"""The window says where the laptop delivers, and branches on an error's kind, not words."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, select

from facilitator_app.errors import CentralErrorKind, CentralStoreError
from facilitator_app.services.idea_import import import_ideas
from facilitator_app.store import Store
from facilitator_app.sync.central_schema import entity_tables
from facilitator_app.sync.central_store import init_central, sqlite_url
from facilitator_app.ui import sync_controller
from facilitator_app.ui.sync_panel import (
    SyncController,
    SyncPanel,
    SyncSettingsDialog,
    SyncState,
    SyncStatus,
)


def _wait_done(qtbot: Any, controller: SyncController) -> None:
    qtbot.waitUntil(lambda: not controller.running, timeout=30_000)


def _ideas(store: Store, tmp_path: Path) -> None:
    notes = tmp_path / "i.txt"
    notes.write_text("Idé en\nIdé to\n", encoding="utf-8")
    import_ideas(store, notes, "s1", "g1", "s1-03")


def test_this_laptop_only_then_the_organisers_store_set_in_the_window(
    qtbot: Any, demo_store: Store, tmp_path: Path
) -> None:
    _ideas(demo_store, tmp_path)
    controller = SyncController(demo_store)
    status = SyncStatus(controller)
    panel = SyncPanel(controller)
    qtbot.addWidget(status)
    qtbot.addWidget(panel)
    controller.sync_now()
    _wait_done(qtbot, controller)
    # Synced, but only into the data folder's own store: never "delivered".
    assert status.text() == "Sync: this laptop only"
    assert "this laptop only" in panel.status.text()
    assert "delivered" not in status.text()
    folder = tmp_path / "organisers"
    init_central(sqlite_url(folder / "central.sqlite3")).close()
    dialog = SyncSettingsDialog(controller)
    qtbot.addWidget(dialog)
    dialog.address.setText(str(folder))
    dialog.save()
    # A store this laptop has not met: everything of its own waits for it.
    assert controller.waiting > 0
    assert status.text().startswith("Sync: ") and "waiting" in status.text()
    assert "this laptop only" not in status.text()
    controller.sync_now()
    _wait_done(qtbot, controller)
    assert controller.state is SyncState.UP_TO_DATE, controller.reason
    assert status.text() == "Sync: delivered to the organisers"
    assert "the organisers' store in the folder" in panel.status.text()
    assert "the organisers' store holds all 2 note(s) of group Gruppe 1" in panel.details.text()
    engine = create_engine(sqlite_url(folder / "central.sqlite3"))
    with engine.connect() as conn:
        payloads = conn.execute(select(entity_tables["idea"].c.payload)).scalars().all()
    engine.dispose()
    assert sorted(json.loads(p)["text"] for p in payloads) == ["Idé en", "Idé to"]
    panel.grab().save("/tmp/deliver-sync-panel.png")


def test_the_command_line_store_is_the_window_store(
    qtbot: Any, demo_store: Store, tmp_path: Path
) -> None:
    from facilitator_app.cli import main

    folder = tmp_path / "org"
    init_central(sqlite_url(folder / "central.sqlite3")).close()
    data = demo_store.data_dir
    demo_store.close()  # the command line needs the data folder to itself
    assert main(["sync", "--central", str(folder), "--data-dir", str(data)]) == 0
    reopened = Store.open(data)
    try:
        controller = SyncController(reopened)
        assert controller.url == sqlite_url(folder / "central.sqlite3")
        assert not controller.local_only
    finally:
        reopened.close()


@pytest.mark.parametrize(
    ("kind", "state", "text"),
    [
        (CentralErrorKind.UNREACHABLE, SyncState.OFFLINE, "Sync: offline"),
        (CentralErrorKind.AUTHENTICATION, SyncState.ERROR, "Sync: password needed"),
        (CentralErrorKind.PERMISSION, SyncState.ERROR, "Sync: not allowed"),
        (CentralErrorKind.OTHER, SyncState.ERROR, "Sync: error"),
    ],
)
def test_state_follows_the_error_kind_not_its_words(
    qtbot: Any,
    demo_store: Store,
    monkeypatch: pytest.MonkeyPatch,
    kind: CentralErrorKind,
    state: SyncState,
    text: str,
) -> None:
    def fail(*_args: Any, **_kwargs: Any) -> None:
        # The same words every time: only the kind may decide what the window shows.
        raise CentralStoreError("The central store cannot be reached (words).", kind=kind)

    monkeypatch.setattr(sync_controller, "sync_once", fail)
    controller = SyncController(demo_store)
    status = SyncStatus(controller)
    qtbot.addWidget(status)
    controller.sync_now()
    _wait_done(qtbot, controller)
    assert controller.state is state and controller.error_kind is kind
    assert status.text().startswith(text)


def test_laptop_name_set_in_the_settings_reaches_the_organisers_desk(
    qtbot: Any, demo_store: Store, tmp_path: Path
) -> None:
    """The desk names laptops by this; it starts as the facilitator's name."""
    from facilitator_app.sync.central_store import CentralStore
    from facilitator_app.sync.overview import read_overview

    _ideas(demo_store, tmp_path)
    controller = SyncController(demo_store)
    dialog = SyncSettingsDialog(controller)
    qtbot.addWidget(dialog)
    assert dialog.laptop.text() == "Kari Eksempel"  # the facilitator's, never an id
    folder = tmp_path / "organisers"
    url = sqlite_url(folder / "central.sqlite3")
    init_central(url).close()
    dialog.address.setText(str(folder))
    dialog.laptop.setText("   ")
    dialog.save()
    assert "needs a name" in dialog.error.text()  # refused, nothing changed
    dialog.laptop.setText("Karis  bærbare")
    dialog.save()
    controller.sync_now()
    _wait_done(qtbot, controller)
    central = CentralStore.open(url)
    try:
        overview = read_overview(central, "s1")
    finally:
        central.close()
    g1 = next(g for g in overview.groups if g.key == "g1")
    assert [laptop.name for laptop in g1.laptops] == ["Karis bærbare"]
