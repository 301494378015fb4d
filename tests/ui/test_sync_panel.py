"""The sync indicator, background sync, the sync panel with conflicts, and settings."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from sqlalchemy import select

from facilitator_app.models import Conflict, Preference
from facilitator_app.store import Store
from facilitator_app.ui.main_window import MainWindow
from facilitator_app.ui.sync_panel import (
    SyncController,
    SyncPanel,
    SyncSettingsDialog,
    SyncState,
    SyncStatus,
)


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps passwords in a dict (stands in for the system keyring)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.saved.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.saved[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.saved.pop((service, username), None)


def _wait_done(qtbot: Any, controller: SyncController) -> None:
    qtbot.waitUntil(lambda: not controller.running, timeout=20_000)


def test_window_shows_status_and_sync_now_brings_it_up_to_date(
    qtbot: Any, demo_store: Store, demo_context: Any, clock: Any
) -> None:
    window = MainWindow(demo_store, demo_context, clock)
    qtbot.addWidget(window)
    status = window.statusBar().findChild(SyncStatus)
    assert status is not None
    # The plan import's changes wait (no translator here: the source's plural is shown).
    assert status.text().startswith("Sync: ") and "change(s) waiting" in status.text()
    menu_texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "Sync &now" in menu_texts
    assert window.sync.sync_now()
    assert status.text() == "Sync: syncing…"
    _wait_done(qtbot, window.sync)
    assert window.sync.state is SyncState.UP_TO_DATE, window.sync.reason
    # No central store chosen: synced, but only into the data folder's own store.
    assert status.text() == "Sync: this laptop only"
    assert "organisers do not see" in status.toolTip()
    assert (demo_store.data_dir / "central" / "central.sqlite3").is_file()
    window.grab().save("/tmp/sync-window.png")


def _synced_with_organisers(
    qtbot: Any, store: Store, folder: Path
) -> tuple[str, SyncController, SyncStatus, SyncPanel]:
    """An organisers' store in ``folder`` set for ``store``, the status and the panel,
    after one sync that delivered everything."""
    from tests.closing import organisers_store

    url = organisers_store(store, folder)
    controller = SyncController(store)
    status = SyncStatus(controller)
    panel = SyncPanel(controller)
    qtbot.addWidget(status)
    qtbot.addWidget(panel)
    assert controller.sync_now()
    _wait_done(qtbot, controller)
    assert controller.state is SyncState.UP_TO_DATE, controller.reason
    return url, controller, status, panel


def test_up_to_date_with_the_organisers_store(
    qtbot: Any, demo_store: Store, tmp_path: Path
) -> None:
    _url, _c, status, panel = _synced_with_organisers(qtbot, demo_store, tmp_path / "org")
    # The receipt proved it: not merely "up to date".
    assert status.text() == "Sync: delivered to the organisers"
    assert "the organisers' store in the folder" in status.toolTip()
    assert "organisers do not see" not in status.toolTip()
    assert "organisers do not see" not in panel.details.text()


def test_unreachable_store_shows_offline_with_reason(
    qtbot: Any, demo_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    controller = SyncController(demo_store)
    status = SyncStatus(controller)
    qtbot.addWidget(status)
    from facilitator_app.sync.service import set_configured_url

    set_configured_url(demo_store, "postgresql+psycopg://alice@127.0.0.1:1/central")
    controller.sync_now()
    _wait_done(qtbot, controller)
    assert controller.state is SyncState.OFFLINE
    assert "cannot be reached" in controller.reason
    assert status.text().startswith("Sync: offline")
    assert "cannot be reached" in status.toolTip()
    assert controller.waiting > 0  # nothing lost, nothing marked as sent


def test_broken_store_shows_error(qtbot: Any, demo_store: Store, tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database" * 200)
    from facilitator_app.sync.service import set_configured_url

    set_configured_url(demo_store, str(junk))
    controller = SyncController(demo_store)
    status = SyncStatus(controller)
    qtbot.addWidget(status)
    controller.sync_now()
    _wait_done(qtbot, controller)
    assert controller.state is SyncState.ERROR
    assert status.text().startswith("Sync: error")
    assert "not a central store" in status.toolTip()


def test_panel_lists_conflicts(qtbot: Any, demo_store: Store) -> None:
    with demo_store.transaction() as s:
        s.add(
            Conflict(
                table_name="idea",
                row_id=uuid.uuid4(),
                winner_hlc="0001632293700000.00001.b",
                loser_hlc="0001632293690000.00000.a",
                loser_payload=json.dumps({"text": "Den tapende versjonen"}),
            )
        )
    controller = SyncController(demo_store)
    panel = SyncPanel(controller)
    qtbot.addWidget(panel)
    assert panel.conflicts.rowCount() == 1
    assert panel.conflicts.item(0, 0).text() == "Note"
    assert panel.conflicts.item(0, 1).text() == "Den tapende versjonen"
    assert "Conflicts: 1" in panel.conflicts_label.text()
    panel.grab().save("/tmp/sync-panel.png")


def test_settings_put_the_password_in_the_keyring_never_in_a_file(
    qtbot: Any, demo_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    backend = MemoryKeyring()
    monkeypatch.setattr(keyring, "get_keyring", lambda: backend)
    monkeypatch.setattr(keyring, "get_password", backend.get_password)
    monkeypatch.setattr(keyring, "set_password", backend.set_password)
    controller = SyncController(demo_store)
    dialog = SyncSettingsDialog(controller)
    qtbot.addWidget(dialog)
    dialog.address.setText("postgresql+psycopg://alice@db.example/central")
    assert dialog.password.isEnabled()
    assert "system keyring" in dialog.note.text()
    dialog.password.setText("hemmelig-passord")
    dialog.save()
    assert dialog.result() == 1
    assert list(backend.saved.values()) == ["hemmelig-passord"]
    assert controller.url == "postgresql+psycopg://alice@db.example/central"
    for path in demo_store.data_dir.rglob("*"):
        if path.is_file():
            assert b"hemmelig-passord" not in path.read_bytes(), path
    with demo_store.read() as s:
        assert all("hemmelig" not in p.value for p in s.scalars(select(Preference)))


def test_without_keyring_the_password_stays_in_memory(
    qtbot: Any, demo_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    controller = SyncController(demo_store)
    dialog = SyncSettingsDialog(controller)
    qtbot.addWidget(dialog)
    dialog.address.setText("postgresql+psycopg://alice@db.example/central")
    assert "No system keyring is available" in dialog.note.text()
    dialog.password.setText("bare-i-minnet")
    dialog.save()
    assert controller.vault.get(controller.url) == "bare-i-minnet"
    dialog.grab().save("/tmp/sync-settings.png")


def test_settings_refuse_a_bad_address(qtbot: Any, demo_store: Store) -> None:
    controller = SyncController(demo_store)
    dialog = SyncSettingsDialog(controller)
    qtbot.addWidget(dialog)
    dialog.address.setText("mysql://x@y/z")
    dialog.save()
    assert "must be SQLite or PostgreSQL" in dialog.error.text()
    assert dialog.result() == 0


def test_a_workshop_the_organisers_closed_is_said_in_the_status_and_the_panel(
    qtbot: Any, demo_store: Store, tmp_path: Path
) -> None:
    """The organisers' purge records the workshop as closed (tests/sync/
    test_closed_workshop.py runs the purge itself); here the record is written as the
    purge writes it, and the window must say what it means and what to do."""
    from facilitator_app.services import workshop as ws_service
    from tests.closing import close_workshop

    url, controller, status, panel = _synced_with_organisers(qtbot, demo_store, tmp_path / "o")
    (workshop,) = ws_service.list_workshops(demo_store)
    close_workshop(url, workshop.id, workshop.key, workshop.title, [])
    assert controller.sync_now()
    _wait_done(qtbot, controller)
    assert controller.state is SyncState.CLOSED, controller.reason
    assert status.text() == "Sync: workshop closed by the organisers"
    panel.refresh()
    details = panel.details.text()
    assert f"closed the workshop {workshop.title}" in details
    assert "Remove this workshop from the laptop" in details
