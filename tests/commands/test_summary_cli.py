"""``facilitator-app export`` and ``summary verify|import``: exit codes, messages, fuzzing."""

from __future__ import annotations

import hashlib
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from facilitator_app.cli import main
from facilitator_app.models import Base
from facilitator_app.paths import demo_plan_path
from facilitator_app.schemas.summary import canonical_bytes
from facilitator_app.services import workshop as ws_service
from facilitator_app.store import Store
from tests.board_data import fill_board


def counts(data_dir: Path) -> dict[str, int]:
    store = Store.open(data_dir)
    try:
        with store.read() as s:
            return {
                t.name: int(s.scalar(select(func.count()).select_from(t)) or 0)
                for t in Base.metadata.sorted_tables
            }
    finally:
        store.close()


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A laptop's data folder with a filled board, exported once as JSON."""
    root = tmp_path_factory.mktemp("laptop")
    assert main(["plan", "import", str(demo_plan_path()), "--data-dir", str(root / "data")]) == 0
    store = Store.open(root / "data")
    try:
        _w, session, group = ws_service.find_by_keys(store, "s1", "g1")
        context = ws_service.load_context(store, _w.id, session.id, group.id)
        assert context is not None
        fill_board(store, context)
    finally:
        store.close()
    return root


def test_export_writes_the_chosen_formats(
    exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        [
            "export",
            "--group",
            "g1",
            "--session",
            "s1",
            "--format",
            "json,md,csv",
            "--out",
            str(tmp_path),
            "--public",
            "--data-dir",
            str(exported / "data"),
        ]
    )
    assert code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "klimakronsj-2021_s1_g1_public.md",
        "klimakronsj-2021_s1_g1_public.summary.json",
        "klimakronsj-2021_s1_g1_public_ideas.csv",
        "klimakronsj-2021_s1_g1_public_pictures",  # the Markdown's board pictures
    ]
    assert "klimakronsj-2021_s1_g1_public.md" in capsys.readouterr().out


def test_export_explains_bad_arguments(
    exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(exported / "data"), "--out", str(tmp_path)]
    assert main(["export", "--group", "g1", "--session", "s1", "--format", "rtf", *data]) == 2
    assert "Unknown format rtf" in capsys.readouterr().err
    assert main(["export", "--group", "g99", "--session", "s1", *data]) == 2
    assert "No session 's1' with group 'g99'" in capsys.readouterr().err


def test_verify_and_import_a_real_file(
    exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    args = ["--group", "g1", "--session", "s1", "--out", str(out)]
    assert main(["export", *args, "--data-dir", str(exported / "data")]) == 0
    file = out / "klimakronsj-2021_s1_g1.summary.json"
    assert main(["summary", "verify", str(file)]) == 0
    assert "checksum" in capsys.readouterr().out
    organiser = tmp_path / "organiser"
    assert main(["summary", "import", str(file), "--data-dir", str(organiser)]) == 0
    assert "created" in capsys.readouterr().out
    before = counts(organiser)
    assert main(["summary", "import", str(file), "--data-dir", str(organiser)]) == 0
    assert "nothing changed" in capsys.readouterr().out
    assert counts(organiser) == before
    again = tmp_path / "again"
    assert main(["export", *args[:4], "--out", str(again), "--data-dir", str(organiser)]) == 0
    first = json.loads(file.read_text(encoding="utf-8"))
    second = json.loads((again / file.name).read_text(encoding="utf-8"))
    for doc in (first, second):
        del doc["exported_at"], doc["sha256"]
    assert first == second


def test_verify_reports_an_edited_file(
    exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--group", "g1", "--session", "s1", "--out", str(tmp_path)]
    assert main(["export", *args, "--data-dir", str(exported / "data")]) == 0
    file = tmp_path / "klimakronsj-2021_s1_g1.summary.json"
    raw = json.loads(file.read_text(encoding="utf-8"))
    raw["ideas"][0]["text"] = "changed afterwards"
    file.write_text(json.dumps(raw), encoding="utf-8")
    assert main(["summary", "verify", str(file)]) == 2
    assert "checksum does not match" in capsys.readouterr().err
    assert main(["summary", "import", str(file), "--data-dir", str(tmp_path / "d")]) == 2


@st.composite
def junk(draw: st.DrawFn) -> bytes:
    """Bytes, JSON of any shape, or a real summary with one value changed."""
    kind = draw(st.sampled_from(["bytes", "json", "mutated"]))
    if kind == "bytes":
        return draw(st.binary(max_size=300))
    if kind == "json":
        value = draw(
            st.recursive(
                st.none() | st.booleans() | st.integers() | st.text(max_size=10),
                lambda inner: (
                    st.lists(inner, max_size=4)
                    | st.dictionaries(st.text(max_size=8), inner, max_size=4)
                ),
                max_leaves=12,
            )
        )
        return json.dumps(value).encode()
    return b""  # replaced by a mutated real file in the test


@pytest.fixture(scope="module")
def real_file(exported: Path) -> bytes:
    """The bytes of a genuine summary file of the filled board."""
    out = exported / "real"
    args = ["export", "--group", "g1", "--session", "s1", "--out", str(out)]
    assert main([*args, "--data-dir", str(exported / "data")]) == 0
    return (out / "klimakronsj-2021_s1_g1.summary.json").read_bytes()


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    data=junk(),
    path=st.lists(st.sampled_from(["ideas", "group", "0", "text", "id", "x"]), max_size=3),
    value=st.integers() | st.text(max_size=5) | st.none(),
    resign=st.booleans(),
)
def test_fuzz_verify_and_import_never_crash_and_change_nothing(
    exported: Path,
    real_file: bytes,
    data: bytes,
    path: list[str],
    value: object,
    resign: bool,
    capsys: pytest.CaptureFixture[str],
) -> None:
    if data == b"":
        raw = json.loads(real_file)
        node = raw
        for key in path[:-1]:  # walk into the document as far as the keys lead
            if isinstance(node, dict) and isinstance(node.get(key), dict | list):
                node = node[key]
            elif isinstance(node, list) and node and key.isdigit():
                node = node[0]
        if isinstance(node, dict):
            node[path[-1] if path else "ideas"] = value
        else:
            node.append(value)
        assume(raw != json.loads(real_file))
        if resign:  # a forger who recomputes the checksum: the other checks must hold
            raw["sha256"] = hashlib.sha256(canonical_bytes(raw)).hexdigest()
        data = json.dumps(raw).encode()
    data_dir = exported / "data"
    before = counts(data_dir)
    with tempfile.TemporaryDirectory() as folder:
        file = Path(folder) / "junk.json"
        file.write_bytes(data)
        verified = main(["summary", "verify", str(file)])
        imported = main(["summary", "import", str(file), "--data-dir", str(data_dir)])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    if resign and verified == 0:
        return  # a consistent, re-signed edit is a valid file (its import may change rows)
    assert verified == imported == 2
    assert err.startswith("error: ")
    assert counts(data_dir) == before
