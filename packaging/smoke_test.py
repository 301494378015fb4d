"""Smoke test of a built program: `make test-dist` (and CI after `make test`).

Runs the bundled executable the way a facilitator's laptop would, with an empty data
folder, an empty home folder and no Python environment to lean on, and fails on a
non-zero exit, a traceback, or a missing module, plugin or resource:

    python packaging/smoke_test.py [PROGRAM ...]

Without arguments it tests every program `make dist` built here: the one-folder
bundle's executable and, on Linux, the single-file `.run`.
"""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
DEMO_PLAN = ROOT / "resources" / "plans" / "klimakronsj-2021.json"
FORMATS = ("json", "html", "pdf", "md", "docx", "csv", "xlsx")
# Words in the output that mean the bundle lost a part, whatever the exit code says.
BROKEN = re.compile(
    r"Traceback \(most recent call last\)|ModuleNotFoundError|No module named|ImportError"
    r"|Could not find the Qt platform plugin|Cannot load library|Failed to execute script"
    r"|support is missing|missing files: (?!none)|PYI-\d+:ERROR"
)


def version() -> str:
    """The version written in facilitator_app/__init__.py (its one home)."""
    text = (ROOT / "facilitator_app" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    assert match, "no __version__ in facilitator_app/__init__.py"
    return match.group(1)


def built_programs() -> list[Path]:
    """What `make dist` left in dist/ for this system."""
    exe = "facilitator-app.exe" if sys.platform == "win32" else "facilitator-app"
    found = [DIST / "facilitator-app" / exe]
    found += sorted(DIST.glob("facilitator-app-*.run"))  # Linux single file
    if sys.platform == "darwin":
        found.append(DIST / "Facilitator.app" / "Contents" / "MacOS" / "facilitator-app")
    missing = [p for p in found if not p.is_file()]
    if missing or not found:
        sys.exit(f"not built: {', '.join(map(str, missing))}; run `make dist` first")
    return found


class Smoke:
    """One program under test, in a throw-away home and data folder."""

    def __init__(self, program: Path, tmp: Path) -> None:
        self.program = program
        self.tmp = tmp
        self.data = tmp / "data"
        home = tmp / "home"
        home.mkdir()
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("PYTHON", "VIRTUAL_ENV", "QT_", "XDG_"))
        }
        env.update(
            HOME=str(home),
            USERPROFILE=str(home),
            XDG_DATA_HOME=str(home / "data"),
            XDG_CONFIG_HOME=str(home / "config"),
            XDG_CACHE_HOME=str(home / "cache"),
            QT_QPA_PLATFORM="offscreen",
            LC_ALL="C.UTF-8",
        )
        self.env = env
        self.passed = 0

    def run(self, *args: str, expect: int = 0, timeout: float = 180) -> str:
        """Run the program; check exit code and output; return stdout."""
        cmd = [str(self.program), *args]
        started = time.perf_counter()
        proc = subprocess.run(
            cmd,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            env=self.env,
            cwd=self.tmp,  # not the checkout: nothing may be found relative to it
            timeout=timeout,
            check=False,
        )
        took = time.perf_counter() - started
        output = proc.stdout + proc.stderr
        shown = " ".join(args)[:90]
        if proc.returncode != expect or BROKEN.search(output):
            sys.stderr.write(output)
            raise AssertionError(
                f"{self.program.name} {shown}: exit {proc.returncode} (expected {expect})"
                + (
                    f"; output has {BROKEN.search(output).group(0)!r}"
                    if BROKEN.search(output)
                    else ""
                )  # type: ignore[union-attr]
            )
        print(f"  ok  {shown}  ({took:.1f} s)")
        self.passed += 1
        return proc.stdout

    def check(self, condition: bool, what: str) -> None:
        """A check on what a command left behind."""
        if not condition:
            raise AssertionError(what)
        print(f"  ok  {what}")
        self.passed += 1

    def bundle_contents(self) -> None:
        """In a one-folder bundle: only the Qt modules the app uses, and its own files."""
        internal = self.program.parent / "_internal"
        if not internal.is_dir():
            return  # the single file: its contents are the same folder, checked as built
        # Python's Qt modules: QtCore.abi3.so, QtCore.pyd (not Qt6Core.dll, Qt's own library).
        module = re.compile(r"(Qt[A-Z][A-Za-z]+)\.(abi3\.so|pyd|cpython-.*\.so)$")
        qt_modules = {
            m.group(1) for p in (internal / "PySide6").iterdir() if (m := module.match(p.name))
        }
        self.check(
            qt_modules == {"QtCore", "QtGui", "QtWidgets", "QtSvg"},
            f"only the Qt modules the app uses ({', '.join(sorted(qt_modules))})",
        )
        app = internal / "facilitator_app"
        for folder in ("store/migrations/versions", "sync/central_migrations/versions"):
            self.check(any((app / folder).glob("*.py")), f"bundle holds {folder}")

    def all(self) -> None:
        """Every command a facilitator and an organiser rely on, in order."""
        self.bundle_contents()
        d = ("--data-dir", str(self.data))
        out = self.run("--help")
        self.check("plan" in out and "export" in out and "sync" in out, "--help lists commands")
        out = self.run("--version")
        self.check(out.strip() == f"facilitator-app {version()}", f"--version says {version()}")
        out = self.run("about", *d)
        self.check("installed copy: yes" in out, "about: runs as an installed copy")
        self.check("missing files: none" in out, "about: resources and migrations present")
        backends = re.search(r"keyring backends: (.*)", out)
        self.check(
            bool(backends) and "SecretService" in backends.group(1) and "Windows" in out,  # type: ignore[union-attr]
            "about: keyring backends found in package metadata",
        )
        self.check(re.search(r"qt translations: .*\bnn\b", out) is not None, "Qt's catalogues")

        self.run("plan", "validate", str(DEMO_PLAN))
        self.run("plan", "validate", str(self.tmp / "no-such-plan.json"), expect=2)
        self.run("plan", "import", str(DEMO_PLAN), *d)
        self.check((self.data / "facilitator.sqlite3").is_file(), "local store created")

        ideas = self.tmp / "ideas.txt"
        ideas.write_text("Klimabudsjett i alle planer\nSykkelparkering ved skolen\n", "utf-8")
        out = self.run("ideas", "import", str(ideas), "--session", "s1", "--group", "g1",
                       "--question", "s1-03", *d)  # fmt: skip
        self.check("2" in out, "ideas import reports two ideas")

        out_dir = self.tmp / "export"
        out = self.run("export", "--session", "s1", "--group", "g1",
                       "--format", ",".join(FORMATS), "--out", str(out_dir), *d)  # fmt: skip
        files = {Path(line).suffix.lstrip("."): Path(line) for line in out.split()}
        self.check(set(files) >= set(FORMATS), f"export wrote {', '.join(FORMATS)}")
        self.check(files["pdf"].read_bytes().startswith(b"%PDF"), "the PDF is a PDF")
        with zipfile.ZipFile(files["docx"]) as docx:
            body = docx.read("word/document.xml").decode("utf-8")
        self.check("Sykkelparkering" in body, "the Word file holds the imported idea")
        self.check(
            "Sykkelparkering" in files["html"].read_text(encoding="utf-8"),
            "the HTML holds the imported idea",
        )
        self.run("summary", "verify", str(files["json"]))

        # The organisers' side: a central store from nothing (its own migrations), then a sync.
        central = self.tmp / "central" / "central.sqlite3"
        self.run("central", "init", str(central))
        out = self.run("sync", "--central", str(central), *d)
        with sqlite3.connect(central) as conn:
            ideas_n = conn.execute("SELECT count(*) FROM idea").fetchone()[0]
        self.check(ideas_n >= 2, f"central store holds the ideas ({ideas_n})")
        # psycopg and its binary libpq must be in the bundle: a closed port gives a
        # connection error, not "PostgreSQL support is missing".
        self.run("sync", "--central", "postgresql+psycopg://smoke@127.0.0.1:1/none", *d,
                 expect=1)  # fmt: skip

        self.run("--demo", "--data-dir", str(self.tmp / "demo"), "--quit-after", "1")
        self.run("--demo", "--lang", "en", "--data-dir", str(self.tmp / "demo"),
                 "--quit-after", "0")  # fmt: skip


def main(argv: Sequence[str]) -> int:
    """Test the given programs, or every one `make dist` built."""
    programs = [Path(a) for a in argv] or built_programs()
    passed = 0
    for program in programs:
        print(f"{program}:")
        with tempfile.TemporaryDirectory(prefix="facilitator-smoke-") as tmp:
            smoke = Smoke(program.resolve(), Path(tmp))
            try:
                smoke.all()
            except AssertionError as exc:
                print(f"smoke test FAILED: {exc}", file=sys.stderr)
                print(f"{passed + smoke.passed} passed, 1 failed")
                return 1
            passed += smoke.passed
    print(f"{passed} passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
