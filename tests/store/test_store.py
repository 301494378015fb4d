"""The local store: migrations, durability pragmas, the instance lock, bad folders."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, select, text

from facilitator_app.errors import AlreadyRunningError, DataFolderError
from facilitator_app.models import Base, ChangeLogEntry, Preference
from facilitator_app.store import Store
from facilitator_app.store.db import make_engine
from facilitator_app.store.migrate import upgrade_to_head
from tests.disk import disk_full


def test_empty_database_migrates_to_head(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "empty.sqlite3")
    upgrade_to_head(engine)
    tables = set(inspect(engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert "alembic_version" in tables
    upgrade_to_head(engine)  # a second run is a no-op


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'm.sqlite3'}")
    upgrade_to_head(engine)
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(ctx, Base.metadata)
    assert diff == [], f"models differ from migrations; add a migration: {diff}"


def test_pragmas_for_durability(store: Store) -> None:
    with store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL


def test_committed_change_is_in_the_file_for_another_reader(store: Store) -> None:
    with store.transaction() as s:
        s.add(Preference(key="k", value="v"))
    # A separate plain connection (as after a crash) sees the committed row.
    conn = sqlite3.connect(store.data_dir / "facilitator.sqlite3")
    assert conn.execute("select value from preference where key='k'").fetchone() == ("v",)
    conn.close()


def test_second_instance_in_same_process_is_refused(store: Store) -> None:
    with pytest.raises(AlreadyRunningError, match="already using the data folder"):
        Store.open(store.data_dir)


def test_second_instance_in_another_process_is_refused(store: Store) -> None:
    code = (
        "import sys\n"
        "from facilitator_app.store import Store\n"
        "from facilitator_app.errors import AlreadyRunningError\n"
        f"try:\n    Store.open(__import__('pathlib').Path({str(store.data_dir)!r}))\n"
        "except AlreadyRunningError as e:\n    print(e); sys.exit(3)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 3, proc.stderr
    assert "Close it first" in proc.stdout


def test_lock_is_released_on_close(tmp_path: Path) -> None:
    Store.open(tmp_path / "d").close()
    Store.open(tmp_path / "d").close()


def test_read_only_folder_as_any_user(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The OS refuses the write (simulated: CI runs as root, which ignores permission bits)."""
    folder = tmp_path / "ro"
    folder.mkdir()

    def refuse(self: Path, data: bytes) -> int:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "write_bytes", refuse)
    with pytest.raises(DataFolderError, match="read-only"):
        Store.open(folder)
    assert list(folder.iterdir()) == []


def test_full_disk_gets_a_clear_message_and_no_corruption(store: Store) -> None:
    with store.transaction() as s:
        s.add(Preference(key="before", value="kept"))
    full = pytest.raises(DataFolderError, match="full")
    with disk_full(store.engine), full, store.transaction() as s:
        s.add_all(Preference(key=f"k{i}", value="x" * 2000) for i in range(500))
    with store.read() as s:
        assert s.scalar(select(Preference.value).where(Preference.key == "before")) == "kept"
        assert s.scalar(select(Preference).where(Preference.key == "k1")) is None
    conn = sqlite3.connect(store.data_dir / "facilitator.sqlite3")
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()


def test_every_synced_change_is_logged_in_the_same_transaction(demo_store: Store) -> None:
    with demo_store.read() as s:
        logged = s.scalar(select(text("count(*)")).select_from(ChangeLogEntry))
        prefs = s.scalar(
            select(text("count(*)"))
            .select_from(ChangeLogEntry)
            .where(ChangeLogEntry.table_name == "preference")
        )
    assert logged and logged > 300
    assert prefs == 0  # local preferences never travel


def test_failed_transaction_leaves_no_log_entry(store: Store) -> None:
    from facilitator_app.models import Workshop

    with pytest.raises(RuntimeError), store.transaction() as s:
        s.add(Workshop(key="w", title="t", organiser="o", time_zone="Europe/Oslo"))
        s.flush()
        raise RuntimeError("boom")
    with store.read() as s:
        assert s.scalars(select(ChangeLogEntry)).all() == []
        assert s.scalars(select(Workshop)).all() == []


def test_head_revision_constant_matches_the_scripts() -> None:
    from alembic.script import ScriptDirectory

    from facilitator_app.store.migrate import HEAD_REVISION, alembic_config

    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == HEAD_REVISION
