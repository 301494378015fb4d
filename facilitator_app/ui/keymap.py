"""Every keyboard shortcut of the facilitator's window, in one table.

The actions take their keys from here, the shortcut sheet (F1) lists this table, and the
user guide's shortcut table is generated from it (``python -m facilitator_app.ui.keymap``
rewrites it; a test fails when it is stale). ``tests/ui/test_keymap.py`` finds clashes.

**Shortcuts are not translated.** Keys are written here in Qt's portable form and shown
with ``QKeySequence.NativeText``, which already names the modifier keys the way the
platform does. Translating the key strings (as the agenda did before) let a translation
create a clash or a plain-letter shortcut that no test could see; the names of the
actions are translated, the keys are the same in every language.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from facilitator_app.errors import QT_TRANSLATE_NOOP
from facilitator_app.export.atomic import write_atomic


class Scope(StrEnum):
    """Where a key works."""

    WINDOW = "anywhere"  # window shortcuts (the board's and the agenda's alike)
    AGENDA_LIST = "agenda list"  # while the agenda list has the focus
    CAPTURE = "capture field"  # read by the capture field while it is empty
    PRESENTER = "presenter view"


@dataclass(frozen=True, slots=True)
class Binding:
    """One action's keys. ``series``: the keys belong one each to a row of actions
    (Ctrl+1 … Ctrl+4 for the four categories), not all to one action."""

    scope: Scope
    text: str  # English, with the menu's & mnemonic; translated in context "Keymap"
    keys: tuple[str, ...] = ()
    series: bool = False


def _b(scope: Scope, text: str, *keys: str, series: bool = False) -> Binding:
    return Binding(scope, text, keys, series)


W, L, C, P = Scope.WINDOW, Scope.AGENDA_LIST, Scope.CAPTURE, Scope.PRESENTER

KEYMAP: dict[str, Binding] = {
    # File and help
    "file.switch": _b(W, QT_TRANSLATE_NOOP("Keymap", "&Switch session or group…"), "Ctrl+Shift+O"),
    "file.export": _b(W, QT_TRANSLATE_NOOP("Keymap", "&End session and export…"), "Ctrl+E"),
    "file.sync": _b(W, QT_TRANSLATE_NOOP("Keymap", "Sync now"), "F9"),
    "help.shortcuts": _b(W, QT_TRANSLATE_NOOP("Keymap", "&Keyboard shortcuts"), "F1"),
    # Agenda and timer
    "agenda.next": _b(W, QT_TRANSLATE_NOOP("Keymap", "&Next item"), "Ctrl+PgDown", "Alt+Right"),
    "agenda.previous": _b(
        W, QT_TRANSLATE_NOOP("Keymap", "&Previous item"), "Ctrl+PgUp", "Alt+Left"
    ),
    "timer.start": _b(W, QT_TRANSLATE_NOOP("Keymap", "&Start / pause timer"), "Ctrl+Space"),
    "timer.plus": _b(W, QT_TRANSLATE_NOOP("Keymap", "&One minute more"), "Ctrl+Shift+Up"),
    "timer.minus": _b(W, QT_TRANSLATE_NOOP("Keymap", "One minute &less"), "Ctrl+Shift+Down"),
    "timer.reset": _b(W, QT_TRANSLATE_NOOP("Keymap", "&Reset timer")),
    "view.presenter": _b(W, QT_TRANSLATE_NOOP("Keymap", "&Presenter view"), "F5"),
    "agenda.done": _b(L, QT_TRANSLATE_NOOP("Keymap", "Mark &done"), "Ctrl+D"),
    "agenda.skip": _b(L, QT_TRANSLATE_NOOP("Keymap", "S&kip item"), "Ctrl+K"),
    "agenda.reopen": _b(L, QT_TRANSLATE_NOOP("Keymap", "R&eopen item"), "Ctrl+R"),
    "agenda.up": _b(L, QT_TRANSLATE_NOOP("Keymap", "Move item &up"), "Ctrl+Shift+PgUp"),
    "agenda.down": _b(L, QT_TRANSLATE_NOOP("Keymap", "Move item do&wn"), "Ctrl+Shift+PgDown"),
    "agenda.add": _b(L, QT_TRANSLATE_NOOP("Keymap", "&Add item…"), "Ins"),
    "agenda.timebox": _b(L, QT_TRANSLATE_NOOP("Keymap", "Edit &timebox…"), "Ctrl+T"),
    "agenda.note": _b(L, QT_TRANSLATE_NOOP("Keymap", "Ed&it note…"), "Ctrl+Shift+N"),
    "presenter.full_screen": _b(P, QT_TRANSLATE_NOOP("Keymap", "Full screen"), "F11"),
    "presenter.leave": _b(P, QT_TRANSLATE_NOOP("Keymap", "Leave full screen"), "Esc"),
    # The whiteboard: the capture field's own keys
    "capture.add": _b(C, QT_TRANSLATE_NOOP("Keymap", "Add the typed note"), "Return"),
    "capture.nudge": _b(
        C,
        QT_TRANSLATE_NOOP("Keymap", "Move selected notes (Shift: one pixel)"),
        "Left",
        "Right",
        "Up",
        "Down",
    ),
    "capture.delete": _b(C, QT_TRANSLATE_NOOP("Keymap", "Delete selected notes"), "Del"),
    "capture.deselect": _b(C, QT_TRANSLATE_NOOP("Keymap", "Clear the selection"), "Esc"),
    "capture.paste": _b(C, QT_TRANSLATE_NOOP("Keymap", "Paste several lines as notes"), "Ctrl+V"),
    # The whiteboard's window shortcuts
    "board.select_next": _b(W, QT_TRANSLATE_NOOP("Keymap", "Select next note"), "F6"),
    "board.select_previous": _b(W, QT_TRANSLATE_NOOP("Keymap", "Select previous note"), "Shift+F6"),
    "board.select_more": _b(
        W, QT_TRANSLATE_NOOP("Keymap", "Add the next note to the selection"), "Ctrl+F6"
    ),
    "board.edit": _b(W, QT_TRANSLATE_NOOP("Keymap", "&Edit note text"), "F2"),
    "board.duplicate": _b(W, QT_TRANSLATE_NOOP("Keymap", "&Duplicate notes"), "Ctrl+Shift+D"),
    "board.delete": _b(W, QT_TRANSLATE_NOOP("Keymap", "De&lete notes"), "Del"),
    "board.to_current": _b(
        W,
        QT_TRANSLATE_NOOP("Keymap", "&Move selected notes to the current question"),
        "Ctrl+Shift+M",
    ),
    "board.category": _b(
        W,
        QT_TRANSLATE_NOOP("Keymap", "Category (challenge, idea, question, other)"),
        "Ctrl+1",
        "Ctrl+2",
        "Ctrl+3",
        "Ctrl+4",
        series=True,
    ),
    "board.actor": _b(
        W,
        QT_TRANSLATE_NOOP("Keymap", "Who must act (in the order of the Board menu)"),
        *(f"Alt+{n}" for n in range(1, 8)),
        series=True,
    ),
    "board.colour": _b(
        W,
        QT_TRANSLATE_NOOP("Keymap", "Colour (yellow, pink, green, blue, orange, purple)"),
        *(f"Ctrl+Alt+{n}" for n in range(1, 7)),
        series=True,
    ),
    "board.group": _b(W, QT_TRANSLATE_NOOP("Keymap", "&Group into cluster…"), "Ctrl+G"),
    "board.ungroup": _b(W, QT_TRANSLATE_NOOP("Keymap", "&Ungroup cluster"), "Ctrl+Shift+G"),
    "board.rename": _b(W, QT_TRANSLATE_NOOP("Keymap", "&Rename cluster…"), "Ctrl+Shift+R"),
    "board.arrange": _b(
        W, QT_TRANSLATE_NOOP("Keymap", "&Arrange current question by cluster"), "Ctrl+Shift+A"
    ),
    "board.sort_votes": _b(W, QT_TRANSLATE_NOOP("Keymap", "&Sort current question by votes")),
    "board.paste": _b(W, QT_TRANSLATE_NOOP("Keymap", "&Paste lines as notes…")),
    "board.vote_question": _b(W, QT_TRANSLATE_NOOP("Keymap", "Open &vote on current question…")),
    "board.vote_board": _b(W, QT_TRANSLATE_NOOP("Keymap", "Open vote on &whole board…")),
    "board.close_vote": _b(W, QT_TRANSLATE_NOOP("Keymap", "&Close vote")),
    "board.add_dot": _b(W, QT_TRANSLATE_NOOP("Keymap", "Add a &dot to selected notes"), "Alt+Up"),
    "board.take_dot": _b(
        W, QT_TRANSLATE_NOOP("Keymap", "&Take back a dot from selected notes"), "Alt+Down"
    ),
    "board.next_voter": _b(W, QT_TRANSLATE_NOOP("Keymap", "&Next voter"), "Alt+PgDown"),
    "board.previous_voter": _b(W, QT_TRANSLATE_NOOP("Keymap", "Pre&vious voter"), "Alt+PgUp"),
    "board.export_all": _b(
        W, QT_TRANSLATE_NOOP("Keymap", "E&xport board as picture…"), "Ctrl+Shift+E"
    ),
    "board.export_question": _b(
        W, QT_TRANSLATE_NOOP("Keymap", "Export current &question as picture…")
    ),
    "board.zoom_in": _b(W, QT_TRANSLATE_NOOP("Keymap", "Zoom &in"), "Ctrl++", "Ctrl+="),
    "board.zoom_out": _b(W, QT_TRANSLATE_NOOP("Keymap", "Zoom &out"), "Ctrl+-"),
    "board.zoom_100": _b(W, QT_TRANSLATE_NOOP("Keymap", "Zoom &100 %")),
    "board.fit_all": _b(W, QT_TRANSLATE_NOOP("Keymap", "&Fit whole board"), "Ctrl+0"),
    "board.fit_question": _b(W, QT_TRANSLATE_NOOP("Keymap", "Fit &current question"), "Ctrl+9"),
    "board.find": _b(W, QT_TRANSLATE_NOOP("Keymap", "&Filter notes"), "Ctrl+F"),
    "board.notes_list": _b(
        W, QT_TRANSLATE_NOOP("Keymap", "Show notes as a &list (or the board)"), "Ctrl+L"
    ),
}


def text(name: str) -> str:
    """The action's menu text in the user's language (with its & mnemonic)."""
    return QCoreApplication.translate("Keymap", KEYMAP[name].text)


def label(name: str) -> str:
    """The action's name as the shortcut sheet shows it (no mnemonic)."""
    return text(name).replace("&", "")


def sequences(name: str) -> list[QKeySequence]:
    """The action's keys (all of them, or one per action of a series)."""
    return [QKeySequence(k) for k in KEYMAP[name].keys]


def shown_keys(name: str) -> str:
    """The keys as the platform writes them, e.g. ``Ctrl+PgDown · Alt+Right``."""
    native = QKeySequence.SequenceFormat.NativeText
    return " · ".join(s.toString(native) for s in sequences(name))


def scope_label(scope: Scope) -> str:
    """Where a key works, in the user's language."""
    names = {
        Scope.WINDOW: QCoreApplication.translate("Keymap", "Anywhere"),
        Scope.AGENDA_LIST: QCoreApplication.translate("Keymap", "In the agenda list"),
        Scope.CAPTURE: QCoreApplication.translate("Keymap", "In the empty capture field"),
        Scope.PRESENTER: QCoreApplication.translate("Keymap", "In the presenter view"),
    }
    return names[scope]


def sheet_rows() -> list[tuple[str, str, str]]:
    """(where, what, keys) of every action with keys, in table order, translated."""
    return [
        (scope_label(b.scope), label(name), shown_keys(name))
        for name, b in KEYMAP.items()
        if b.keys
    ]


# Scopes whose keys are live at the same time: a key twice among them is ambiguous for Qt
# (neither action runs). The presenter window carries the window's actions too.
_TOGETHER = (
    {Scope.WINDOW, Scope.AGENDA_LIST},
    {Scope.WINDOW, Scope.PRESENTER},
)
# The capture field reads Delete itself while it is empty; the window's Delete is the same
# action (delete the selected notes), so the two may share it.
SHARED_ON_PURPOSE = {("capture.delete", "board.delete")}


def portable(key: str) -> str:
    """A key in Qt's canonical portable form (``ctrl+pgdown`` → ``Ctrl+PgDown``)."""
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.PortableText)


def clashes(table: dict[str, Binding] | None = None) -> list[tuple[str, str, str]]:
    """(key, action, other action) for every key bound twice where both are live at once:
    within one of the scope sets above, and between the capture field's keys and window
    shortcuts (a window shortcut would take the key from the field)."""
    table = KEYMAP if table is None else table
    found: list[tuple[str, str, str]] = []
    names = list(table)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            sa, sb = table[a].scope, table[b].scope
            live = any({sa, sb} <= group for group in _TOGETHER) or (
                {sa, sb} == {Scope.CAPTURE, Scope.WINDOW}
            )
            if not live or (a, b) in SHARED_ON_PURPOSE or (b, a) in SHARED_ON_PURPOSE:
                continue
            shared = {portable(k) for k in table[a].keys} & {portable(k) for k in table[b].keys}
            found.extend((key, a, b) for key in sorted(shared))
    return found


GUIDE_START = "<!-- keymap: generated by `python -m facilitator_app.ui.keymap`; do not edit -->"
GUIDE_END = "<!-- keymap: end -->"


def guide_table() -> str:
    """The user guide's shortcut table (English, portable key names)."""
    lines = ["| Where | Action | Keys |", "|---|---|---|"]
    for b in KEYMAP.values():
        if b.keys:
            keys = " / ".join(b.keys)
            lines.append(f"| {b.scope.value} | {b.text.replace('&', '')} | {keys} |")
    return "\n".join([GUIDE_START, *lines, GUIDE_END])


def write_guide(path: Path) -> bool:
    """Put the generated table between the markers in ``path``; True when it changed."""
    old = path.read_text(encoding="utf-8")
    start, end = old.index(GUIDE_START), old.index(GUIDE_END) + len(GUIDE_END)
    new = old[:start] + guide_table() + old[end:]
    if new != old:
        write_atomic(path, new.encode("utf-8"))
    return new != old


if __name__ == "__main__":
    guide = Path(__file__).resolve().parents[2] / "docs" / "user-guide.md"
    print("updated" if write_guide(guide) else "up to date", guide, file=sys.stderr)
