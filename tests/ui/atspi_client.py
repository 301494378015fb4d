"""The screen reader's side of the AT-SPI check; run with the system ``/usr/bin/python3``.

It uses the AT-SPI client library through GObject introspection (Debian packages
``gir1.2-atspi-2.0`` and ``python3-gi``), which the app's virtual environment does not
have. It finds the facilitator app on the accessibility bus, reports the controls a
screen-reader user needs (name and role), then types a note into the capture field
through the editable-text interface and presses Enter as a key event. Then it presses the
board's List button through its action interface and looks for the notes list and the
new note's row in it. It prints one JSON object; ``tests/ui/test_atspi.py`` starts it and
checks what it says.

Usage: atspi_client.py NOTE_TEXT [TIMEOUT_SECONDS]
"""

from __future__ import annotations

import json
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

RETURN_KEYSYM = 0xFF0D


def _children(node: Atspi.Accessible) -> list[Atspi.Accessible]:
    out = []
    for i in range(node.get_child_count()):
        child = node.get_child_at_index(i)
        if child is not None:
            out.append(child)
    return out


def find_app(timeout: float) -> Atspi.Accessible:
    """The facilitator app's accessible (it registers once its window is shown)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        desktop = Atspi.get_desktop(0)
        for app in _children(desktop):
            if "facilitator" in (app.get_name() or "").lower() and app.get_child_count():
                return app
        time.sleep(0.5)
    names = [a.get_name() for a in _children(Atspi.get_desktop(0))]
    raise SystemExit(json.dumps({"error": f"app not on the AT-SPI bus; apps: {names}"}))


def walk(node: Atspi.Accessible, depth: int = 0) -> list[tuple[Atspi.Accessible, str, str]]:
    """(accessible, role name, name) of everything showing below ``node``."""
    if not node.get_state_set().contains(Atspi.StateType.SHOWING):
        return []  # hidden controls (a closed vote's buttons) are not read either
    found = [(node, node.get_role_name() or "", node.get_name() or "")]
    if depth > 40:
        return found
    if node.get_role_name() in ("list", "table", "tree table"):
        # Item views: their rows are data, and hundreds of them; the view is enough.
        return found
    for child in _children(node):
        found += walk(child, depth + 1)
    return found


def main() -> None:
    note = sys.argv[1]
    timeout = float(sys.argv[2]) if len(sys.argv) > 2 else 60.0
    app = find_app(timeout)
    frames = [c for c in _children(app) if c.get_role_name() == "frame"]
    if not frames:
        raise SystemExit(json.dumps({"error": "the app has no frame"}))
    nodes = walk(frames[0])
    report: dict[str, object] = {
        "app": app.get_name(),
        "frame": frames[0].get_name(),
        "elements": [[role, name] for _n, role, name in nodes if name],
    }
    capture = next((n for n, role, name in nodes if name == "Capture an idea"), None)
    if capture is None:
        report["error"] = "no capture field"
        print(json.dumps(report))
        return
    report["capture_role"] = capture.get_role_name()
    # Type through the editable-text interface, as a screen reader's braille input does.
    capture.set_text_contents(note)
    report["typed"] = capture.get_text(0, -1)
    # Focus it through the accessibility API, then press Enter as a key event. Without a
    # window manager the X focus may reach the window a moment after the app shows it,
    # so wait for the field to say it is focused and press again if nothing happened.
    for _attempt in range(5):
        capture.grab_focus()
        end = time.monotonic() + 5
        while time.monotonic() < end and not capture.get_state_set().contains(
            Atspi.StateType.FOCUSED
        ):
            time.sleep(0.1)
        Atspi.generate_keyboard_event(RETURN_KEYSYM, None, Atspi.KeySynthType.SYM)
        end = time.monotonic() + 3
        while time.monotonic() < end and capture.get_text(0, -1):
            time.sleep(0.1)
        if not capture.get_text(0, -1):
            break
    report["focused"] = capture.get_state_set().contains(Atspi.StateType.FOCUSED)
    report["after_enter"] = capture.get_text(0, -1)
    report.update(open_notes_list(frames[0], note))
    print(json.dumps(report))


def press(node: Atspi.Accessible) -> str:
    """Do a control's first action ("Press", "Toggle"), as a screen reader's click does."""
    action = node.get_action_iface()
    if action is None or action.get_n_actions() == 0:
        return ""
    name = action.get_action_name(0)
    action.do_action(0)
    return name


def open_notes_list(frame: Atspi.Accessible, note: str, timeout: float = 10) -> dict[str, object]:
    """Press the List button; report the notes list and the cells of the note's row."""
    out: dict[str, object] = {}
    button = next((n for n, _role, name in walk(frame) if name == "Show notes as a list"), None)
    if button is None:
        return {"list_error": "no List button"}
    out["list_button_role"] = button.get_role_name()
    out["list_button_action"] = press(button)
    end = time.monotonic() + timeout
    table = None
    while time.monotonic() < end:
        table = next(
            (n for n, role, name in walk(frame) if name == "Notes of the current question"),
            None,
        )
        if table is not None:
            break
        time.sleep(0.2)
    if table is None:
        out["list_error"] = "the notes list did not appear"
        return out
    out["list_button_checked"] = button.get_state_set().contains(Atspi.StateType.CHECKED)
    out["list_role"] = table.get_role_name()
    out["list_shows"] = table.get_state_set().contains(Atspi.StateType.SHOWING)
    grid = table.get_table_iface()
    if grid is None:
        out["list_error"] = "the notes list has no table interface"
        return out
    out["list_rows"] = grid.get_n_rows()
    out["list_columns"] = [
        (grid.get_column_header(c).get_name() if grid.get_column_header(c) else "")
        for c in range(grid.get_n_columns())
    ]
    for row in range(grid.get_n_rows()):
        cells = [grid.get_accessible_at(row, c) for c in range(grid.get_n_columns())]
        if cells and cells[0] is not None and cells[0].get_name() == note:
            out["note_row"] = [[c.get_role_name(), c.get_name()] for c in cells if c]
            break
    return out


if __name__ == "__main__":
    main()
