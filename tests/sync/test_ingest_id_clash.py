"""``central ingest`` refuses a file whose ids already belong to another group's rows."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from laptops import central_contents

from facilitator_app.cli import main
from facilitator_app.paths import demo_plan_path
from facilitator_app.schemas.summary import canonical_bytes
from facilitator_app.services.summary import build_summary


def test_ingest_of_a_file_with_another_groups_idea_id_changes_nothing(
    make_laptop: Any, central_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["central", "publish", str(demo_plan_path()), "--central", central_url]) == 0
    g1 = make_laptop("g1")
    taken = g1.add_idea("Klimabudsjett i kommuneplanen")
    g1.sync(central_url)
    g2 = make_laptop("g2", group="g2")
    g2.add_idea("Gang- og sykkelveier til skolene")
    doc = build_summary(g2.store, g2.session.id, g2.group.id).model_dump(mode="json")
    doc["ideas"][0]["id"] = str(taken)  # an id copied from group 1's file
    doc.pop("sha256")
    doc["sha256"] = hashlib.sha256(canonical_bytes(doc)).hexdigest()  # checksum still fits
    path = tmp_path / "g2.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    before = central_contents(central_url)
    capsys.readouterr()
    assert main(["central", "ingest", str(path), "--central", central_url]) == 2
    err = capsys.readouterr().err
    assert f"idea {taken} already belongs to another group" in err
    assert "Nothing was loaded" in err
    assert central_contents(central_url) == before
    assert before[("idea", str(taken))]["text"] == "Klimabudsjett i kommuneplanen"
