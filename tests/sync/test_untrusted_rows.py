"""Readers trust a central row's checked columns, never its payload's ids (issue 9 §4, §6).

A SQLite central store has no roles, so anything can be written into it by hand: these
tests forge rows there and check that ``central export`` and a laptop's pull never show
them in another group's data, and that a sync failure reaches the user as words.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import pytest
from laptops import central_contents
from sqlalchemy import create_engine, select, update

from facilitator_app.cli import main
from facilitator_app.models import Idea, Participant
from facilitator_app.paths import demo_plan_path
from facilitator_app.schemas.summary import NOTE_MAX_CHARS
from facilitator_app.sync.central_schema import counter_table, entity_tables
from facilitator_app.sync.central_store import CentralStore
from facilitator_app.sync.ingest import export_from_central


@pytest.fixture
def published(central_url: str) -> str:
    assert main(["central", "publish", str(demo_plan_path()), "--central", central_url]) == 0
    return central_url


def _ids(url: str, table: str, **where: str) -> list[str]:
    rows = central_contents(url, (table,))
    return [i for (_t, i), r in rows.items() if all(r.get(k) == v for k, v in where.items())]


def _write(url: str, table: str, row_id: str, group: str | None, payload: dict[str, Any]) -> None:
    """Write one row by hand, numbered as the next change (as any writer would)."""
    engine = create_engine(url)
    t = entity_tables[table]
    try:
        with engine.begin() as conn:
            seq = int(conn.execute(select(counter_table.c.value)).scalar_one()) + 1
            conn.execute(update(counter_table).values(value=seq))
            values = {
                "group_id": None if group is None else uuid.UUID(group),
                "hlc": "9999999999999-0000-forger",
                "origin": "forger",
                "change_seq": seq,
                "deleted": False,
                "payload": json.dumps(payload),
            }
            done = conn.execute(update(t).where(t.c.id == uuid.UUID(row_id)).values(**values))
            if done.rowcount == 0:
                conn.execute(t.insert().values(id=uuid.UUID(row_id), **values))
    finally:
        engine.dispose()


def _payload(url: str, table: str, row_id: str) -> dict[str, Any]:
    engine = create_engine(url)
    t = entity_tables[table]
    try:
        with engine.connect() as conn:
            text = conn.execute(select(t.c.payload).where(t.c.id == uuid.UUID(row_id))).scalar()
            return dict(json.loads(str(text)))
    finally:
        engine.dispose()


def test_a_payload_naming_another_group_never_reaches_that_group(
    published: str, make_laptop: Any
) -> None:
    url = published
    g1 = _ids(url, "breakout_group", key="g1")[0]
    g2 = _ids(url, "breakout_group", key="g2")[0]
    laptop = make_laptop("a", group="g1")
    laptop.sync(url)
    own = _ids(url, "participant", group_id=g2)[0]
    forged = _payload(url, "participant", own)
    forged.update(group_id=g1, display_name="Forfalsket Person")
    _write(url, "participant", own, g2, forged)  # the row says g2, its JSON says g1
    stranger = str(uuid.uuid4())
    _write(url, "participant", stranger, g2, {**forged, "id": str(uuid.uuid4())})
    central = CentralStore.open(url)
    try:
        names = {p.name for p in export_from_central(central, "s1", "g1").participants}
        assert "Forfalsket Person" not in names
        names = {p.name for p in export_from_central(central, "s1", "g2").participants}
        assert "Forfalsket Person" not in names
    finally:
        central.close()
    report = laptop.sync(url)
    assert report.pulled.refused == 2
    assert any("refused: 2 row(s)" in line for line in report.lines())
    with laptop.store.read() as s:
        assert s.get(Participant, uuid.UUID(stranger)) is None
        person = s.get(Participant, uuid.UUID(own))
        assert person is not None and person.display_name != "Forfalsket Person"


def test_a_note_longer_than_the_limit_is_not_pulled(published: str, make_laptop: Any) -> None:
    """An app with the old 20,000-character limit may have put one in the store."""
    url = published
    writer, reader = make_laptop("w", group="g1"), make_laptop("r", group="g1")
    idea = writer.add_idea("kort")
    writer.sync(url)
    payload = _payload(url, "idea", str(idea))
    payload["text"] = "x" * (NOTE_MAX_CHARS + 1)
    _write(url, "idea", str(idea), payload["group_id"], payload)
    report = reader.sync(url)
    assert report.pulled.refused == 1
    with reader.store.read() as s:
        assert s.get(Idea, idea) is None


def test_a_sync_failure_is_words_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Whatever goes wrong while applying what the store sent reaches the user as words."""
    from facilitator_app.sync import pull

    data = str(tmp_path / "d")
    assert main(["plan", "import", str(demo_plan_path()), "--data-dir", data]) == 0

    def broken(*_args: Any) -> None:
        raise RuntimeError("disk controller on fire")

    monkeypatch.setattr(pull, "_apply_locally", broken)
    code = main(["sync", "--data-dir", data])
    err = capsys.readouterr().err
    assert code == 1
    assert "Traceback" not in err and "disk controller on fire" in err
    assert "nothing was lost" in err.lower()
