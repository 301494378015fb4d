"""An imported summary keeps its ideas' edit times all the way to the central store.

The change-log hook dates every written row to "now"; a summary import (on a
replacement laptop, or inside ``central ingest``) must send the file's ``updated_at``
instead, or the store would date the group's notes to the day the file was loaded.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, select

from facilitator_app.cli import main
from facilitator_app.paths import demo_plan_path
from facilitator_app.schemas.summary import GroupSummary
from facilitator_app.services.summary import build_summary, load_summary, summary_to_json
from facilitator_app.services.summary_import import import_summary
from facilitator_app.sync.central_schema import entity_tables


def _file(laptop: Any, path: Path) -> GroupSummary:
    laptop.add_idea("Klimabudsjett i kommuneplanen")
    laptop.add_idea("Samkjøring for ansatte")
    summary = build_summary(laptop.store, laptop.session.id, laptop.group.id)
    path.write_bytes(summary_to_json(summary))
    return load_summary(path)


def _central_idea_dates(url: str) -> dict[str, str]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(select(entity_tables["idea"].c.payload)).scalars().all()
    finally:
        engine.dispose()
    return {p["id"]: p["updated_at"] for p in map(json.loads, rows)}


def _file_idea_dates(summary: GroupSummary) -> dict[str, str]:
    return {str(i.id): i.updated_at.isoformat() for i in summary.ideas}


def test_replacement_laptop_sends_the_files_edit_times(
    make_laptop: Any, central_url: str, tmp_path: Path
) -> None:
    summary = _file(make_laptop("broken"), tmp_path / "g1.json")
    spare = make_laptop("spare", offset_s=86_400)  # set up the next day
    import_summary(spare.store, summary)
    spare.sync(central_url)
    assert _central_idea_dates(central_url) == _file_idea_dates(summary)


def test_ingest_twice_keeps_dates_and_says_nothing_changed(
    make_laptop: Any, central_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["central", "publish", str(demo_plan_path()), "--central", central_url]) == 0
    path = tmp_path / "g1.json"
    summary = _file(make_laptop("offline"), path)
    capsys.readouterr()
    assert main(["central", "ingest", str(path), "--central", central_url]) == 0
    assert _central_idea_dates(central_url) == _file_idea_dates(summary)
    assert main(["central", "ingest", str(path), "--central", central_url]) == 0
    out = capsys.readouterr().out
    assert "nothing changed; 0 row(s) stored centrally" in out
    assert "newer" not in out
    out_dir = tmp_path / "export"
    args = ["central", "export", "--session", "s1", "--group", "g1", "--out", str(out_dir)]
    assert main([*args, "--central", central_url]) == 0
    [exported] = out_dir.glob("*.json")
    ideas = json.loads(exported.read_text(encoding="utf-8"))["ideas"]
    original = json.loads(path.read_text(encoding="utf-8"))["ideas"]
    assert ideas == original
