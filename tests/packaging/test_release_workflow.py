"""The release workflow (.github/workflows/release.yml) cannot run here; check its shape.

It must parse, build and smoke-test on Linux, Windows and macOS with the same targets as
.ci/run (`make dist`, `make test-dist`, or the scripts behind them on Windows), and attach
what it built to a release.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"


def workflow() -> dict[Any, Any]:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def make_recipe(target: str) -> list[str]:
    """The command lines of a Makefile target."""
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    match = re.search(rf"^{re.escape(target)}:.*\n((?:\t.*\n)+)", text, re.M)
    assert match, f"no target {target} in the Makefile"
    return [line.strip() for line in match.group(1).splitlines()]


def steps_run(job: dict[str, Any], os_name: str) -> list[str]:
    """The `run` lines of the steps that run on ``os_name`` (Linux, Windows, macOS)."""
    lines = []
    for step in job["steps"]:
        cond = step.get("if", "")
        if cond and not _applies(cond, os_name):
            continue
        if "run" in step:
            lines += [line.strip() for line in step["run"].splitlines() if line.strip()]
    return lines


def _applies(cond: str, os_name: str) -> bool:
    eq = re.fullmatch(r"runner\.os == '(\w+)'", cond.strip())
    ne = re.fullmatch(r"runner\.os != '(\w+)'", cond.strip())
    assert eq or ne, f"unexpected condition {cond!r}"
    return (eq.group(1) == os_name) if eq else (ne.group(1) != os_name)  # type: ignore[union-attr]


def test_triggers_on_version_tags() -> None:
    data = workflow()
    on = data.get("on", data.get(True))  # YAML 1.1 reads a bare `on` as true
    assert on["push"]["tags"] == ["v*"]
    assert data["permissions"]["contents"] == "write"


def test_matrix_covers_three_systems() -> None:
    job = workflow()["jobs"]["bundle"]
    oses = job["strategy"]["matrix"]["os"]
    assert job["runs-on"] == "${{ matrix.os }}"
    assert {o.split("-")[0] for o in oses} == {"ubuntu", "windows", "macos"}
    assert job["strategy"]["fail-fast"] is False


def test_linux_and_macos_run_the_same_make_targets_as_ci() -> None:
    job = workflow()["jobs"]["bundle"]
    ci = [line.strip() for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()]
    assert ci.index("make test") < ci.index("make dist") < ci.index("make test-dist")
    for os_name in ("Linux", "macOS"):
        lines = steps_run(job, os_name)
        assert lines.index("make dist") < lines.index("make test-dist"), os_name


def test_windows_runs_the_scripts_behind_the_make_targets() -> None:
    job = workflow()["jobs"]["bundle"]
    assert "$(BIN)/python packaging/build.py" in make_recipe("dist")
    assert "$(BIN)/python packaging/smoke_test.py" in make_recipe("test-dist")
    lines = steps_run(job, "Windows")
    build = next(i for i, s in enumerate(lines) if s.endswith(r"packaging\build.py"))
    smoke = next(i for i, s in enumerate(lines) if s.endswith(r"packaging\smoke_test.py"))
    assert build < smoke
    assert not any(line.startswith("make ") for line in lines)


def test_results_are_uploaded_and_attached_to_the_release() -> None:
    jobs = workflow()["jobs"]
    upload = next(
        s
        for s in jobs["bundle"]["steps"]
        if s.get("uses", "").startswith("actions/upload-artifact@")
    )
    assert "dist/*.run" in upload["with"]["path"] and "dist/*.zip" in upload["with"]["path"]
    assert upload["with"]["if-no-files-found"] == "error"
    release = jobs["release"]
    assert release["needs"] == "bundle"
    assert "refs/tags/v" in release["if"]
    runs = " ".join(s.get("run", "") for s in release["steps"])
    assert "gh release create" in runs and "artefacts/*" in runs
