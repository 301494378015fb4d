"""The board's actions: menu entries, shortcuts and the right-click menu.

Each action asks what it needs (a name, a number of dots, a file) and calls one method of
the ``BoardController``; the keys come from ``ui/keymap.py``. No shortcut is a plain
letter (the capture field keeps every letter) and none clashes with another window
shortcut (``tests/ui/test_keymap.py``).
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QPoint, QRectF
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QGraphicsItem,
    QInputDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QWidget,
)

from facilitator_app.models.enums import Actor, Category
from facilitator_app.services import board, capture_syntax, voting
from facilitator_app.ui import keymap
from facilitator_app.ui.board.controller import BoardController
from facilitator_app.ui.board.export import export_png, export_svg
from facilitator_app.ui.board.items import ClusterItem, FrameItem, NoteItem
from facilitator_app.ui.board.scene import actor_label, category_label, colour_label
from facilitator_app.ui.board.view import BoardView


class BoardSurface(Protocol):
    """What the actions need of the panel that shows the board (the board widget)."""

    view: BoardView

    def edit_selected(self) -> None:
        """Open the in-place editor on the first selected note."""

    def focus_capture(self) -> None:
        """Give the capture field the focus."""

    def focus_filter(self) -> None:
        """Give the filter box the focus, its text selected."""

    def keeps_focus(self) -> bool:
        """True while the editor or the filter box is in use (leave the focus there)."""

    def show_list(self, on: bool) -> None:
        """Show the notes as a list (True) or the board (False)."""


class BoardActions(QObject):
    """Creates the board's QActions and runs them on the controller."""

    def __init__(self, controller: BoardController, surface: BoardSurface, host: QWidget) -> None:
        super().__init__(host)
        self.c = controller
        self.surface = surface
        self.host = host
        self.view = surface.view
        self.scene = controller.scene
        self.all: list[QAction] = []
        self._menu_question: uuid.UUID | None = None
        c = controller

        def selected(fn: Callable[[list[uuid.UUID]], object]) -> Callable[[], object]:
            return lambda: fn(c.selected())

        self.edit_text = self._make("board.edit", surface.edit_selected)
        self.duplicate = self._make("board.duplicate", selected(c.duplicate))
        self.delete = self._make("board.delete", selected(c.delete))
        self.to_current = self._make(
            "board.to_current", lambda: c.move_to_question(c.selected(), None)
        )
        self.group = self._make("board.group", self.group_selected)
        self.ungroup = self._make("board.ungroup", self.ungroup_selected)
        self.rename = self._make("board.rename", self.rename_selected)
        self.arrange = self._make("board.arrange", lambda: c.arrange(self._question()))
        self.sort_votes = self._make("board.sort_votes", lambda: c.sort_by_votes(self._question()))
        self.paste = self._make("board.paste", self.paste_lines)
        self.vote_question = self._make("board.vote_question", lambda: self.open_vote(whole=False))
        self.vote_board = self._make("board.vote_board", lambda: self.open_vote(whole=True))
        self.close_vote_action = self._make("board.close_vote", c.close_vote)
        self.add_dot = self._make("board.add_dot", selected(c.cast))
        self.take_dot = self._make("board.take_dot", selected(c.take_back))
        self.next_voter = self._make("board.next_voter", lambda: c.step_voter(1))
        self.previous_voter = self._make("board.previous_voter", lambda: c.step_voter(-1))
        self.export_all = self._make("board.export_all", lambda: self.export(whole=True))
        self.export_question = self._make("board.export_question", lambda: self.export(whole=False))
        view = surface.view
        self.zoom_in = self._make("board.zoom_in", lambda: view.zoom_by(1.25))
        self.zoom_out = self._make("board.zoom_out", lambda: view.zoom_by(0.8))
        self.zoom_100 = self._make("board.zoom_100", view.zoom_normal)
        self.fit_all = self._make("board.fit_all", lambda: view.fit(self.scene.all_rect()))
        self.fit_question = self._make("board.fit_question", self.fit_current)
        self.find = self._make("board.find", surface.focus_filter)
        self.notes_list = self._make(
            "board.notes_list", lambda: surface.show_list(self.notes_list.isChecked())
        )
        self.notes_list.setCheckable(True)
        # Selecting without the mouse: step through the current question's notes.
        self.select_next = self._make(
            "board.select_next", lambda: self.step_selection(1, extend=False)
        )
        self.select_previous = self._make(
            "board.select_previous", lambda: self.step_selection(-1, extend=False)
        )
        self.select_more = self._make(
            "board.select_more", lambda: self.step_selection(1, extend=True)
        )
        self.category_actions = self._series(
            "board.category",
            [(category_label(x.value), x.value) for x in Category],
            lambda v: c.set_category(c.selected(), v),
        )
        self.actor_actions = self._series(
            "board.actor",
            [(actor_label(x.value), x.value) for x in Actor],
            lambda v: c.set_actor(c.selected(), v),
        )
        self.colour_actions = self._series(
            "board.colour",
            [(colour_label(x), x) for x in board.PALETTE],
            lambda v: c.set_colour(c.selected(), v),
        )

    def _make(self, name: str, slot: Callable[[], object]) -> QAction:
        return self._add(QAction(keymap.text(name), self.host), keymap.sequences(name), slot)

    def _series(
        self, name: str, entries: list[tuple[str, str]], run: Callable[[str], object]
    ) -> list[QAction]:
        """One action per (text, value), each with the next key of the keymap's series."""
        keys = keymap.sequences(name)
        return [
            self._add(QAction(text, self.host), keys[n : n + 1], functools.partial(run, value))
            for n, (text, value) in enumerate(entries)
        ]

    def _add(
        self, action: QAction, keys: list[QKeySequence], slot: Callable[[], object]
    ) -> QAction:
        action.setShortcuts(keys)
        action.triggered.connect(lambda _checked=False: self._after(slot))
        self.host.addAction(action)
        self.all.append(action)
        return action

    def list_button_toggled(self, on: bool) -> None:
        """The List button changed: show the list or the board unless already shown.

        Toggled, not clicked: a screen reader's "Toggle" action on the button does not
        click it, and the button was left checked over the board.
        """
        if on != self.notes_list.isChecked():
            self.surface.show_list(on)

    def _after(self, slot: Callable[[], object]) -> None:
        slot()
        if not self.surface.keeps_focus():
            self.surface.focus_capture()

    # --- menus -----------------------------------------------------------------------

    def install(self, window: QMainWindow, view_menu: QMenu, before: QAction | None) -> QMenu:
        """Add a Board menu (before ``before``) and the zoom entries to ``view_menu``."""
        menu = QMenu(self.tr("&Board"), window)
        for a in (self.select_next, self.select_previous, self.select_more):
            menu.addAction(a)
        menu.addSeparator()
        for a in (self.edit_text, self.duplicate, self.delete, self.to_current):
            menu.addAction(a)
        menu.addMenu(self._submenu(self.tr("&Colour"), self.colour_actions))
        menu.addMenu(self._submenu(self.tr("Ca&tegory"), self.category_actions))
        menu.addMenu(self._submenu(self.tr("&Who must act"), self.actor_actions))
        menu.addSeparator()
        for a in (self.group, self.rename, self.ungroup, self.arrange, self.sort_votes):
            menu.addAction(a)
        menu.addSeparator()
        for a in (
            self.vote_question,
            self.vote_board,
            self.add_dot,
            self.take_dot,
            self.next_voter,
            self.previous_voter,
            self.close_vote_action,
        ):
            menu.addAction(a)
        menu.addSeparator()
        for a in (self.paste, self.export_all, self.export_question):
            menu.addAction(a)
        bar = window.menuBar()
        if before is not None:
            bar.insertMenu(before, menu)
        else:
            bar.addMenu(menu)
        if view_menu.menuAction() not in bar.actions():
            bar.insertMenu(menu.menuAction(), view_menu)
        view_menu.addSeparator()
        for a in (
            self.zoom_in,
            self.zoom_out,
            self.zoom_100,
            self.fit_all,
            self.fit_question,
            self.find,
            self.notes_list,
        ):
            view_menu.addAction(a)
        return menu

    def _submenu(self, title: str, actions: list[QAction]) -> QMenu:
        sub = QMenu(title, self.host)
        for a in actions:
            sub.addAction(a)
        return sub

    def context_menu(self, item: QGraphicsItem | None, pos: QPoint) -> None:
        """Right-click menu for notes, a cluster, or the board itself."""
        menu = QMenu(self.host)
        if isinstance(item, NoteItem):
            self._note_entries(menu)
        elif isinstance(item, ClusterItem):
            item.setSelected(True)
            menu.addAction(self.rename)
            menu.addAction(self.ungroup)
        else:
            # Right-clicking a frame's background acts on that question.
            if isinstance(item, FrameItem) and item.frame_id is not None:
                self._menu_question = item.frame_id
            for a in (self.arrange, self.sort_votes, self.vote_question, self.paste):
                menu.addAction(a)
            menu.addAction(self.export_question)
        try:
            menu.exec(pos)
        finally:
            self._menu_question = None
        self.surface.focus_capture()

    def _note_entries(self, menu: QMenu) -> None:
        """What can be done to the selected notes (the board's and the list's menu)."""
        for a in (self.edit_text, self.duplicate, self.delete):
            menu.addAction(a)
        menu.addMenu(self._submenu(self.tr("&Colour"), self.colour_actions))
        menu.addMenu(self._submenu(self.tr("Ca&tegory"), self.category_actions))
        menu.addMenu(self._submenu(self.tr("&Who must act"), self.actor_actions))
        menu.addMenu(self._author_menu())
        menu.addMenu(self._question_menu())
        menu.addAction(self.group)
        if self.c.vote_is_open():
            menu.addAction(self.add_dot)
            menu.addAction(self.take_dot)

    def list_menu(self, pos: QPoint) -> None:
        """The notes list's menu (menu key or right-click) for its selected rows."""
        if not self.c.selected():
            self.c.message.emit(self.tr("Select one or more notes first."))
            return
        menu = QMenu(self.host)
        self._note_entries(menu)
        menu.exec(pos)

    def _author_menu(self) -> QMenu:
        sub = QMenu(self.tr("&Author"), self.host)
        anonymous = sub.addAction(self.tr("Anonymous"))
        anonymous.triggered.connect(lambda: self.c.set_author(self.c.selected(), None))
        for p in self.c.participants:
            act = sub.addAction(p.display_name)
            act.triggered.connect(
                lambda _c=False, pid=p.id: self.c.set_author(self.c.selected(), pid)
            )
        return sub

    def _question_menu(self) -> QMenu:
        sub = QMenu(self.tr("&Move to question"), self.host)
        for fid, frame in self.scene.frames.items():
            if fid is None:
                continue
            act = sub.addAction(frame.title)
            act.triggered.connect(
                lambda _c=False, q=fid: self.c.move_to_question(self.c.selected(), q)
            )
        return sub

    # --- handlers --------------------------------------------------------------------

    def _question(self) -> uuid.UUID | None:
        """The right-clicked frame while its menu is open, else the current question."""
        return self._menu_question if self._menu_question is not None else self.c.current_question

    def group_selected(self) -> None:
        """Ask for a name and make a cluster of the selected notes."""
        ids = self.c.selected()
        if not ids:
            self.c.message.emit(self.tr("Select the notes to group first."))
            return
        name, ok = QInputDialog.getText(self.host, self.tr("Group notes"), self.tr("Cluster name:"))
        if ok:
            self.c.group(ids, name)

    def _one_cluster(self) -> uuid.UUID | None:
        return self.c.one_cluster(self.c.selected(), self.scene.selected_cluster_ids())

    def rename_selected(self) -> None:
        """Rename the selected cluster."""
        cid = self._one_cluster()
        if cid is not None:
            self.rename_cluster(cid)

    def rename_cluster(self, cluster_id: object) -> None:
        """Ask for a new name of a cluster."""
        item = self.scene.clusters.get(cluster_id) if isinstance(cluster_id, uuid.UUID) else None
        if item is None:
            return
        name, ok = QInputDialog.getText(
            self.host, self.tr("Rename cluster"), self.tr("Cluster name:"), text=item.state.name
        )
        self.surface.focus_capture()
        if ok:
            self.c.rename_cluster(item.cluster_id, name)

    def ungroup_selected(self) -> None:
        """Dissolve the selected cluster."""
        cid = self._one_cluster()
        if cid is not None:
            self.c.ungroup(cid)

    def paste_lines(self) -> None:
        """Menu: paste the clipboard's lines as notes (in the right-clicked question)."""
        mime = QGuiApplication.clipboard().mimeData()
        text = mime.text() if mime is not None and mime.hasText() else ""
        self.paste_text(text, self._question())

    def paste_text(self, text: str, question: uuid.UUID | None = None) -> bool:
        """Ask, then make one note per line of ``text``; False if refused or declined."""
        lines = capture_syntax.text_lines(text)
        problem = self.c.paste_problem(lines)
        if problem is not None:
            self.c.message.emit(problem)
            return False
        answer = QMessageBox.question(
            self.host,
            self.tr("Paste as notes"),
            self.tr("Make {n} notes, one per line, in the current question?").format(n=len(lines)),
        )
        self.surface.focus_capture()
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self.c.paste_lines(lines, question)

    def open_vote(self, whole: bool) -> None:
        """Ask for the dots per participant and open a vote."""
        dots, ok = QInputDialog.getInt(
            self.host,
            self.tr("Open a dot vote"),
            self.tr("Dots per participant:"),
            3,
            1,
            voting.MAX_DOTS,
        )
        self.surface.focus_capture()
        if ok:
            self.c.open_vote(None if whole else self._question(), dots)

    def fit_current(self) -> None:
        """Zoom to the current question's frame."""
        if self.c.current_question in self.scene.frames:
            self.view.fit(self.scene.frame_rect(self.c.current_question))

    def step_selection(self, step: int, extend: bool) -> None:
        """Select the next (or previous) note of the current question, row by row.

        With ``extend`` the note is added to the selection (to group or move several).
        """
        scene = self.scene
        question = self.c.current_question
        notes = sorted(
            (item for item in scene.notes.values() if scene.frame_of_note(item.state) == question),
            key=lambda item: (item.state.y, item.state.x),
        )
        if not notes:
            self.c.message.emit(self.tr("The current question has no notes yet."))
            return
        chosen = [n for n, item in enumerate(notes) if item.isSelected()]
        if not chosen:
            index = 0 if step > 0 else len(notes) - 1
        else:
            index = ((chosen[-1] if step > 0 else chosen[0]) + step) % len(notes)
        if not extend:
            scene.clearSelection()
        target = notes[index]
        target.setSelected(True)
        self.view.ensureVisible(target, 40, 40)

    def export(self, whole: bool) -> None:
        """Ask for a file name and write a PNG or SVG picture."""
        scene = self.scene
        if whole:
            source = scene.all_rect()
            title = self.c.context.group.name
        elif (question := self._question()) in scene.frames:
            source = scene.frame_rect(question)
            title = scene.frames[question].title
        else:
            self.c.message.emit(self.tr("There is no current question to export."))
            return
        name, chosen = QFileDialog.getSaveFileName(
            self.host,
            self.tr("Export as picture"),
            "board.png",
            self.tr("PNG image (*.png);;SVG drawing (*.svg)"),
        )
        self.surface.focus_capture()
        if not name:
            return
        svg = name.lower().endswith(".svg") or (
            "svg" in chosen.lower() and not name.lower().endswith(".png")
        )
        self.export_to(Path(name), source, title, svg=svg)

    def export_to(self, path: Path, source: QRectF, title: str, svg: bool) -> bool:
        """Write the picture; report the outcome."""
        try:
            if svg:
                export_svg(self.scene, source, path, title)
            else:
                export_png(self.scene, source, path)
        except OSError as exc:
            self.c.message.emit(
                self.tr("Could not write {path}: {error}").format(path=str(path), error=str(exc))
            )
            return False
        self.c.info.emit(self.tr("Saved {path}").format(path=str(path)))
        return True
