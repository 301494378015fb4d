"""``facilitator-app sync`` and ``central`` on the command line: output and exit codes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from facilitator_app.cli import main
from facilitator_app.paths import demo_plan_path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def _laptop(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    data = str(tmp_path / "data")
    assert _run(capsys, "plan", "import", str(demo_plan_path()), "--data-dir", data)[0] == 0
    return data


def test_sync_to_default_central_works_out_of_the_box(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _laptop(tmp_path, capsys)
    code, out, _err = _run(capsys, "sync", "--data-dir", data)
    assert code == 0
    assert "sent: 353 change(s)" in out and "waiting: 0" in out
    assert "which the organisers do not see" in out
    assert (tmp_path / "data" / "central" / "central.sqlite3").is_file()
    code, out, _err = _run(capsys, "sync", "--data-dir", data)
    assert code == 0 and "sent: 0 change(s)" in out


def test_unreachable_central_exits_1_and_keeps_changes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _laptop(tmp_path, capsys)
    url = "postgresql+psycopg://alice@127.0.0.1:1/central"
    code, out, err = _run(capsys, "sync", "--central", url, "--data-dir", data)
    assert code == 1 and out == ""
    assert "cannot be reached" in err and "safe on this laptop" in err
    # --central set that store for good (the window uses it too): it is still the one.
    code, _out, err = _run(capsys, "sync", "--data-dir", data)
    assert code == 1 and "cannot be reached" in err
    local = str(tmp_path / "data" / "central")
    code, out, _err = _run(capsys, "sync", "--central", local, "--data-dir", data)
    assert "sent: 353 change(s)" in out  # nothing was lost or marked as sent


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("mysql://x@y/z", "must be SQLite or PostgreSQL"),
        ("not a url://", "is not a database address"),
    ],
)
def test_wrong_url_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], url: str, message: str
) -> None:
    data = _laptop(tmp_path, capsys)
    code, _out, err = _run(capsys, "sync", "--central", url, "--data-dir", data)
    assert code == 1 and message in err


def test_missing_central_folder_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = _laptop(tmp_path, capsys)
    code, _out, err = _run(
        capsys, "sync", "--central", str(tmp_path / "nowhere"), "--data-dir", data
    )
    assert code == 1 and "There is no central store" in err and "central init" in err


def test_newer_central_schema_exits_1_and_sends_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _laptop(tmp_path, capsys)
    folder = tmp_path / "central"
    assert _run(capsys, "central", "init", str(folder))[0] == 0
    engine = create_engine(f"sqlite:///{folder / 'central.sqlite3'}")
    with engine.begin() as conn:
        conn.execute(text("UPDATE central_schema_version SET version_num = 'c9999'"))
    engine.dispose()
    code, _out, err = _run(capsys, "sync", "--central", str(folder), "--data-dir", data)
    assert code == 1 and "newer version of the facilitator app" in err
    code, _out, err = _run(capsys, "central", "init", str(folder))
    assert code == 2 and "newer version" in err  # init never downgrades


def test_a_file_that_is_not_a_central_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _laptop(tmp_path, capsys)
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not a database at all" * 100)
    code, _out, err = _run(capsys, "sync", "--central", str(junk), "--data-dir", data)
    assert code == 1 and "not a central store" in err
    empty = tmp_path / "empty.sqlite3"
    create_engine(f"sqlite:///{empty}").connect().close()
    code, _out, err = _run(capsys, "sync", "--central", str(empty), "--data-dir", data)
    assert code == 1 and "not a central store yet" in err


def test_central_init_publish_and_grant_on_sqlite(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = str(tmp_path / "c")
    code, out, _err = _run(capsys, "central", "init", folder)
    assert code == 0 and "central store ready" in out
    code, out, _err = _run(capsys, "central", "publish", str(demo_plan_path()), "--central", folder)
    assert code == 0 and "353 row(s) stored" in out
    code, out, _err = _run(capsys, "central", "publish", str(demo_plan_path()), "--central", folder)
    assert code == 0 and "0 row(s) stored" in out
    code, _out, err = _run(
        capsys, "central", "grant", "--role", "r", "--group", "g1", "--central", folder
    )
    assert code == 2 and "PostgreSQL central stores only" in err


def test_password_in_the_address_is_refused(store: Any) -> None:
    from facilitator_app.errors import CentralStoreError
    from facilitator_app.sync.service import configured_url, set_configured_url

    with pytest.raises(CentralStoreError, match="password"):
        set_configured_url(store, "postgresql+psycopg://alice:secret@db.example/central")
    assert "secret" not in configured_url(store)


def test_data_folder_in_use_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], store: Any
) -> None:
    code, out, err = _run(capsys, "sync", "--data-dir", str(store.data_dir))
    assert code == 1 and out == ""
    assert "already using the data folder" in err
