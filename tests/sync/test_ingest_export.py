"""Summary files into the central store (``central ingest``) and out of it (``central export``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from laptops import central_contents

from facilitator_app.cli import main
from facilitator_app.paths import demo_plan_path
from facilitator_app.services.summary import build_summary, summary_to_json


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def published(central_url: str, capsys: pytest.CaptureFixture[str]) -> str:
    """The SQLite central store with the demo plan published."""
    assert (
        _run(capsys, "central", "publish", str(demo_plan_path()), "--central", central_url)[0] == 0
    )
    return central_url


def _export(laptop: Any, folder: Path) -> Path:
    summary = build_summary(laptop.store, laptop.session.id, laptop.group.id)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{laptop.group.name}.json"
    path.write_bytes(summary_to_json(summary))
    return path


def _ideas(url: str) -> set[str]:
    return {r["text"] for (t, _i), r in central_contents(url, ("idea",)).items() if t == "idea"}


def test_ingest_one_file_then_again_changes_nothing(
    make_laptop: Any, published: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    offline = make_laptop("offline")
    offline.add_idea("Levert på minnepinne")
    offline.add_idea("Sendt på e-post")
    path = _export(offline, tmp_path / "files")
    code, out, _err = _run(capsys, "central", "ingest", str(path), "--central", published)
    assert code == 0 and "Gruppe 1" in out
    assert _ideas(published) == {"Levert på minnepinne", "Sendt på e-post"}
    before = central_contents(published)
    code, out, _err = _run(capsys, "central", "ingest", str(path), "--central", published)
    assert code == 0 and "0 row(s) stored centrally" in out
    assert central_contents(published) == before


def test_ingest_folder_loads_good_files_and_names_the_tampered_one(
    make_laptop: Any, published: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "drop"
    one, two = make_laptop("one"), make_laptop("two", group="g2")
    one.add_idea("Fra gruppe 1")
    two.add_idea("Fra gruppe 2")
    _export(one, folder)
    bad = _export(two, tmp_path / "other")
    data = json.loads(bad.read_text(encoding="utf-8"))
    data["ideas"][0]["text"] = "Endret etter eksport"
    (folder / "tampered.json").write_text(json.dumps(data), encoding="utf-8")
    code, out, err = _run(capsys, "central", "ingest", str(folder), "--central", published)
    assert code == 2
    assert "Gruppe 1" in out
    assert "tampered.json: not loaded" in err and "checksum does not match" in err
    assert _ideas(published) == {"Fra gruppe 1"}


def test_ingest_refuses_a_file_of_another_workshop(
    make_laptop: Any, published: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = json.loads(demo_plan_path().read_text(encoding="utf-8"))
    plan["workshop"]["id"] = "et-annet-verksted"
    other_plan = tmp_path / "other-plan.json"
    other_plan.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
    data_dir = str(tmp_path / "other-laptop")
    assert _run(capsys, "plan", "import", str(other_plan), "--data-dir", data_dir)[0] == 0
    out_dir = tmp_path / "out"
    code, _out, _err = _run(
        capsys,
        "export",
        "--session",
        "s1",
        "--group",
        "g1",
        "--out",
        str(out_dir),
        "--data-dir",
        data_dir,
    )
    assert code == 0
    [path] = list(out_dir.glob("*.json"))
    before = central_contents(published)
    code, _out, err = _run(capsys, "central", "ingest", str(path), "--central", published)
    assert code == 2
    assert "from workshop 'et-annet-verksted'" in err and "klimakronsj-2021" in err
    assert central_contents(published) == before


def test_central_export_equals_the_laptops_own_apart_from_export_time(
    make_laptop: Any, published: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    laptop = make_laptop()
    laptop.add_idea("Klimakrav i alle anbud")
    laptop.add_idea("Felles bildeling for ansatte")
    laptop.sync(published)
    own = build_summary(laptop.store, laptop.session.id, laptop.group.id).model_dump(mode="json")
    code, out, _err = _run(
        capsys,
        "central",
        "export",
        "--session",
        "s1",
        "--group",
        "g1",
        "--out",
        str(tmp_path / "central-export"),
        "--central",
        published,
    )
    assert code == 0
    [path] = list((tmp_path / "central-export").glob("*.json"))
    assert str(path) in out
    central = json.loads(path.read_text(encoding="utf-8"))
    for doc in (own, central):
        doc.pop("exported_at")
        doc.pop("sha256")
    assert central == own
    assert len(central["ideas"]) == 2


def test_central_export_of_unknown_group(
    published: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = _run(
        capsys,
        "central",
        "export",
        "--session",
        "s1",
        "--group",
        "g99",
        "--out",
        str(tmp_path / "x"),
        "--central",
        published,
    )
    assert code == 2 and "g99" in err
