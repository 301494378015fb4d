"""The composition root's demo start: the bundled plan is imported once, then trusted."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator_app import app
from facilitator_app.clock import FakeClock
from facilitator_app.services import workshop as ws_service
from facilitator_app.services.preferences import get_preference


def test_demo_plan_is_imported_once_and_then_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = app.open_store_for_gui(tmp_path / "d", True, FakeClock())
    try:
        assert len(get_preference(store, app.DEMO_DIGEST_KEY)) == 64
        assert ws_service.list_workshops(store)[0].key == "klimakronsj-2021"
        calls: list[object] = []
        import facilitator_app.services.plan_import as plan_import

        monkeypatch.setattr(plan_import, "import_plan", lambda *a: calls.append(a))
        app.ensure_demo_plan(store)
        assert calls == []  # same file: no validation, no import
    finally:
        store.close()


def test_changed_demo_plan_is_imported_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = app.open_store_for_gui(tmp_path / "d", True, FakeClock())
    try:
        original = app.demo_plan_path()
        changed = tmp_path / "plan.json"
        changed.write_bytes(original.read_bytes().replace(b"Gruppe 1", b"Gruppe En"))
        monkeypatch.setattr(app, "demo_plan_path", lambda: changed)
        app.ensure_demo_plan(store)
        names = [
            g.name for g in ws_service.list_groups(store, ws_service.list_workshops(store)[0].id)
        ]
        assert "Gruppe En" in names
    finally:
        store.close()
