"""A screen reader's view of the real app through AT-SPI, the Linux accessibility bus.

The app runs as a user starts it (``facilitator-app --demo``) on the xcb platform under
Xvfb, in a D-Bus session of its own where the AT-SPI bus is started on demand
(``at-spi2-core``); ``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1`` makes Qt publish its
accessibility tree without a running screen reader. ``atspi_client.py`` (the system
Python, which has the AT-SPI library) finds the controls by name and role and types a
note through the editable-text interface and a key press; the note must then be in the
store, and the List button must open the notes list with the note's row in it. Where
the tools are missing the test is skipped, except under ``CI=true``, where it fails
(``.ci/run`` installs them).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from facilitator_app.clock import SystemClock
from facilitator_app.models import Idea
from facilitator_app.store import Store

CLIENT = Path(__file__).with_name("atspi_client.py")
SYSTEM_PYTHON = "/usr/bin/python3"
ROOT = Path(__file__).resolve().parents[2]


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"the AT-SPI check is required in CI but cannot run: {reason}")
    pytest.skip(f"the AT-SPI check cannot run here: {reason}")


def _check_tools() -> None:
    if not sys.platform.startswith("linux"):
        _unavailable("AT-SPI is the Linux accessibility bus")
    for tool, package in (
        ("Xvfb", "xvfb"),
        ("dbus-daemon", "dbus"),
        ("/usr/libexec/at-spi-bus-launcher", "at-spi2-core"),
        (SYSTEM_PYTHON, "python3"),
    ):
        if shutil.which(tool) is None and not Path(tool).exists():
            _unavailable(f"{tool} is missing (Debian package '{package}')")
    probe = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import gi; gi.require_version('Atspi', '2.0')"],
        capture_output=True,
        text=True,
        check=False,
    )
    if probe.returncode != 0:
        _unavailable("the AT-SPI client library is missing (python3-gi, gir1.2-atspi-2.0)")


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[dict[str, str]]:
    """An X display and a D-Bus session of our own; yields the environment for both."""
    _check_tools()
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        display = pipe.readline().strip()
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "NO_AT_BRIDGE")
    }
    env.update(
        DISPLAY=f":{display}",
        QT_QPA_PLATFORM="xcb",
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
        XDG_RUNTIME_DIR=str(tmp_path / "runtime"),
    )
    (tmp_path / "runtime").mkdir(mode=0o700)
    # The bus starts the AT-SPI registry, which sends the client's key presses to the X
    # display it inherits: so the bus gets DISPLAY too.
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert bus.stdout is not None
    address = bus.stdout.readline().strip()
    env["DBUS_SESSION_BUS_ADDRESS"] = address
    try:
        assert display and address, "Xvfb or dbus-daemon did not start"
        yield env
    finally:
        for process in (bus, xvfb):
            process.terminate()
            process.wait(timeout=10)


def test_a_screen_reader_finds_the_controls_and_captures_a_note(
    desktop: dict[str, str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    command = [sys.executable, "-m", "facilitator_app", "--demo", "--lang", "en"]
    app = subprocess.Popen(
        [*command, "--data-dir", str(data)],
        env=desktop,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    note = f"Sykkelveg langs fjorden {uuid.uuid4().hex[:6]}"
    try:
        client = subprocess.run(
            [SYSTEM_PYTHON, str(CLIENT), note, "90"],
            env=desktop,
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )
    finally:
        app.terminate()
        _out, app_err = app.communicate(timeout=30)
    assert client.returncode == 0, client.stderr[-2000:] + client.stdout[-2000:]
    report = json.loads(client.stdout)
    assert "error" not in report, (report.get("error"), app_err[-2000:])
    elements = {(role, name) for role, name in report["elements"]}
    # The controls a facilitator needs, by the role and name a screen reader reads.
    for wanted in (
        ("text", "Capture an idea"),
        ("list", "Agenda"),
        ("panel", "Timer"),
        ("label", "Time left of the current item"),
        ("push button", "Start"),
        ("push button", "Next item"),
        ("list", "Participants and attendance"),
        ("menu item", "File"),
    ):
        assert wanted in elements, f"{wanted} not found through AT-SPI"
    assert report["typed"] == note  # set through the editable-text interface
    assert report["after_enter"] == ""  # Enter took the note and emptied the field
    # The List button opens the notes list; the new note is a row of it, its cells read
    # as the note's text and its category (what the board draws is a picture to AT-SPI).
    assert "list_error" not in report, {k: v for k, v in report.items() if k != "elements"}
    # Qt reads a checkable tool button as a check box; its action is "Toggle" (which
    # does not click: the board must follow the toggle itself).
    assert (report["list_button_role"], report["list_button_action"]) == ("check box", "Toggle")
    assert report["list_button_checked"]
    assert report["list_role"] == "table" and report["list_shows"]
    assert report["list_columns"][:2] == ["Text", "Category"]
    assert report["list_rows"] >= 1
    assert report["note_row"][0] == ["table cell", note], report["note_row"]
    assert report["note_row"][1] == ["table cell", "Idea / measure"], report["note_row"]
    store = Store.open(data, SystemClock())
    try:
        with store.read() as s:
            texts = list(s.scalars(select(Idea.text)))
    finally:
        store.close()
    assert note in texts
