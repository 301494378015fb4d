"""Walking Qt's accessibility tree the way a screen reader sees a window."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget

# Items of a list or table: their name is their content, checked with the view's data.
_ITEMS = {
    QAccessible.Role.Row,
    QAccessible.Role.ListItem,
    QAccessible.Role.Cell,
    QAccessible.Role.TreeItem,
    QAccessible.Role.ColumnHeader,
    QAccessible.Role.RowHeader,
}


@dataclass(frozen=True)
class Node:
    """One element of the tree: its role, name, whether Tab can reach it, and its path."""

    role: QAccessible.Role
    name: str
    focusable: bool
    path: str


def walk(widget: QWidget, limit: int = 5000) -> list[Node]:
    """Every visible element below ``widget``'s accessible interface, depth first."""
    root = QAccessible.queryAccessibleInterface(widget)
    assert root is not None and root.isValid(), widget
    out: list[Node] = []

    def visit(iface: QAccessibleInterface, path: str) -> None:
        if len(out) >= limit:
            return
        state = iface.state()
        if state.invisible:
            return
        role = iface.role()
        name = iface.text(QAccessible.Text.Name) or ""
        obj = iface.object()
        if role == QAccessible.Role.ComboBox and isinstance(obj, QWidget):
            # On Linux Qt reports a combo box's current text as its name and leaves the
            # label to a relation; the name we set is what Windows and macOS read.
            name = obj.accessibleName() or name
        label = obj.objectName() if obj is not None else ""
        here = f"{path}/{role.name}{f'#{label}' if label else ''}"
        out.append(Node(role, name.strip(), bool(state.focusable), here))
        # Item views expose every cell; their names are the data, checked by the view.
        if role in (QAccessible.Role.List, QAccessible.Role.Table, QAccessible.Role.Tree):
            return
        for i in range(iface.childCount()):
            child = iface.child(i)
            if child is not None and child.isValid():
                visit(child, here)

    visit(root, "")
    return out


def unnamed_focusable(widget: QWidget) -> list[str]:
    """Paths of focusable controls a screen reader would announce without a name."""
    return [
        f"{n.path} ({n.role.name})"
        for n in walk(widget)
        if n.focusable and not n.name and n.role not in _ITEMS
    ]
