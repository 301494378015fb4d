"""The Linux single file (packaging/selfextract.sh + build.linux_single_file), on a tiny
stand-in bundle so it runs in seconds: first start unpacks, later starts reuse it, a
damaged download is refused and leaves nothing behind."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the .run file is the Linux download"
)


def load_build() -> ModuleType:
    spec = importlib.util.spec_from_file_location("packaging_build", ROOT / "packaging/build.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def single_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    build = load_build()
    dist = tmp_path / "dist"
    bundle = dist / "facilitator-app"
    (bundle / "_internal").mkdir(parents=True)
    # Incompressible, so the payload is larger than the part a damaged download loses.
    (bundle / "_internal" / "data.bin").write_bytes(os.urandom(50_000))
    program = bundle / "facilitator-app"
    program.write_text('#!/bin/sh\necho "ran from $(dirname "$0"): $*"\n', encoding="utf-8")
    program.chmod(0o755)
    monkeypatch.setattr(build, "DIST", dist)
    monkeypatch.setattr(build, "BUNDLE", bundle)
    built: Path = build.linux_single_file("9.9.9")
    return built


def run(program: Path, cache: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, XDG_CACHE_HOME=str(cache))
    return subprocess.run(
        [str(program), *args], capture_output=True, text=True, env=env, timeout=60, check=False
    )


def test_first_start_unpacks_later_starts_reuse(single_file: Path, tmp_path: Path) -> None:
    assert single_file.name.startswith("facilitator-app-9.9.9-linux-")
    assert os.access(single_file, os.X_OK)
    cache = tmp_path / "cache"
    first = run(single_file, cache, "--version", "two words")
    assert first.returncode == 0, first.stderr
    (unpacked,) = (cache / "facilitator-app").iterdir()
    assert unpacked.name.startswith("9.9.9-")
    assert first.stdout.strip() == f"ran from {unpacked}/facilitator-app: --version two words"
    assert (unpacked / "facilitator-app" / "_internal" / "data.bin").stat().st_size == 50_000
    # A later start runs the unpacked copy without unpacking again.
    marker = unpacked / "facilitator-app" / "facilitator-app"
    marker.write_text('#!/bin/sh\necho "cached copy"\n', encoding="utf-8")
    again = run(single_file, cache)
    assert again.returncode == 0 and again.stdout.strip() == "cached copy"


def test_damaged_download_is_refused_and_leaves_nothing(single_file: Path, tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.run"
    damaged.write_bytes(single_file.read_bytes()[:-5000])  # an interrupted download
    damaged.chmod(0o755)
    cache = tmp_path / "cache"
    result = run(damaged, cache)
    assert result.returncode == 2
    assert "damaged or incomplete; download it again" in result.stderr
    assert list((cache / "facilitator-app").iterdir()) == []


def test_a_half_unpacked_start_is_not_used(single_file: Path, tmp_path: Path) -> None:
    # A start killed while unpacking leaves only a .unpack-* folder; the next start
    # unpacks again into the real place instead of running half a program.
    cache = tmp_path / "cache" / "facilitator-app"
    (cache / ".unpack-killed" / "facilitator-app").mkdir(parents=True)
    result = run(single_file, tmp_path / "cache")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ran from ")
    assert len([p for p in cache.iterdir() if not p.name.startswith(".")]) == 1
