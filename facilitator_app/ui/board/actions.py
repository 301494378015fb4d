"""The board's actions: menu entries, shortcuts and the right-click menu.

No shortcut is a plain letter (the capture field keeps every letter), and none clashes
with the agenda's Ctrl+Left/Right, Ctrl+Space, Ctrl+Shift+Up/Down or F5.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QGraphicsItem,
    QInputDialog,
    QMainWindow,
    QMenu,
)

from facilitator_app.errors import UserError
from facilitator_app.models.enums import Actor, Category
from facilitator_app.services import board, voting
from facilitator_app.ui.board.commands import round_command
from facilitator_app.ui.board.export import export_png, export_svg
from facilitator_app.ui.board.items import ClusterItem, FrameItem, NoteItem
from facilitator_app.ui.board.scene import actor_label, category_label
from facilitator_app.ui.messages import user_message

if TYPE_CHECKING:
    from facilitator_app.ui.board.widget import BoardWidget


class BoardActions(QObject):
    """Creates the board's QActions and runs them against the board widget."""

    def __init__(self, widget: BoardWidget) -> None:
        super().__init__(widget)
        self.w = widget
        self.all: list[QAction] = []
        self._menu_question: uuid.UUID | None = None
        self.edit_text = self._make(self.tr("&Edit note text"), widget.edit_selected, "F2")
        self.duplicate = self._make(self.tr("&Duplicate notes"), self.do_duplicate, "Ctrl+Shift+D")
        self.delete = self._make(self.tr("De&lete notes"), widget.delete_selected, "Del")
        self.to_current = self._make(
            self.tr("&Move selected notes to the current question"),
            self.move_to_current,
            "Ctrl+Shift+M",
        )
        self.group = self._make(self.tr("&Group into cluster…"), self.group_selected, "Ctrl+G")
        self.ungroup = self._make(
            self.tr("&Ungroup cluster"), self.ungroup_selected, "Ctrl+Shift+G"
        )
        self.rename = self._make(self.tr("&Rename cluster…"), self.rename_selected, "Ctrl+Shift+R")
        self.arrange = self._make(
            self.tr("&Arrange current question by cluster"), self.arrange_current, "Ctrl+Shift+A"
        )
        self.sort_votes = self._make(self.tr("&Sort current question by votes"), self.sort_by_votes)
        self.paste = self._make(self.tr("&Paste lines as notes…"), self.paste_lines)
        self.vote_question = self._make(
            self.tr("Open &vote on current question…"), lambda: self.open_vote(whole=False)
        )
        self.vote_board = self._make(
            self.tr("Open vote on &whole board…"), lambda: self.open_vote(whole=True)
        )
        self.close_vote_action = self._make(self.tr("&Close vote"), self.close_vote)
        self.add_dot = self._make(self.tr("Add a &dot to selected notes"), widget.add_dot, "Alt+Up")
        self.take_dot = self._make(
            self.tr("&Take back a dot from selected notes"), widget.take_back_dot, "Alt+Down"
        )
        self.next_voter = self._make(
            self.tr("&Next voter"), lambda: self.step_voter(1), "Alt+PgDown"
        )
        self.previous_voter = self._make(
            self.tr("Pre&vious voter"), lambda: self.step_voter(-1), "Alt+PgUp"
        )
        self.export_all = self._make(
            self.tr("E&xport board as picture…"), lambda: self.export(whole=True), "Ctrl+Shift+E"
        )
        self.export_question = self._make(
            self.tr("Export current &question as picture…"), lambda: self.export(whole=False)
        )
        self.zoom_in = self._make(self.tr("Zoom &in"), lambda: widget.view.zoom_by(1.25), "Ctrl++")
        self.zoom_in.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        self.zoom_out = self._make(self.tr("Zoom &out"), lambda: widget.view.zoom_by(0.8), "Ctrl+-")
        self.zoom_100 = self._make(self.tr("Zoom &100 %"), lambda: widget.view.set_zoom(1.0))
        self.fit_all = self._make(
            self.tr("&Fit whole board"), lambda: widget.view.fit(widget.scene.all_rect()), "Ctrl+0"
        )
        self.fit_question = self._make(self.tr("Fit &current question"), self.fit_current, "Ctrl+9")
        self.find = self._make(self.tr("&Filter notes"), self.focus_filter, "Ctrl+F")
        # Selecting without the mouse: step through the current question's notes.
        self.select_next = self._make(
            self.tr("Select next note"), lambda: self.step_selection(1, extend=False), "F6"
        )
        self.select_previous = self._make(
            self.tr("Select previous note"),
            lambda: self.step_selection(-1, extend=False),
            "Shift+F6",
        )
        self.select_more = self._make(
            self.tr("Add the next note to the selection"),
            lambda: self.step_selection(1, extend=True),
            "Ctrl+F6",
        )
        self.category_actions = [
            self._make(
                category_label(c.value),
                self._setter(board.set_category, c.value, self.w.category_box),
                f"Ctrl+{n}",
            )
            for n, c in enumerate(Category, start=1)
        ]
        self.actor_actions = [
            self._make(
                actor_label(a.value),
                self._setter(board.set_actor, a.value, self.w.actor_box),
                f"Alt+{n}",
            )
            for n, a in enumerate(Actor, start=1)
        ]
        names = (
            self.tr("Yellow"),
            self.tr("Pink"),
            self.tr("Green"),
            self.tr("Blue"),
            self.tr("Orange"),
            self.tr("Purple"),
        )
        self.colour_actions = [
            self._make(name, self._setter(board.set_colour, colour, None), f"Ctrl+Alt+{n}")
            for n, (colour, name) in enumerate(zip(board.PALETTE, names, strict=True), start=1)
        ]

    def sheet_rows(self) -> list[tuple[str, str]]:
        """(what, keys) for the keyboard shortcut sheet, straight from the actions."""
        native = QKeySequence.SequenceFormat.NativeText
        rows = [
            (self.tr("Add the typed note"), QKeySequence("Return").toString(native)),
            (
                self.tr("Move selected notes (Shift: one pixel)"),
                self.tr("Arrow keys"),
            ),
        ]
        prefixed = {
            **{id(a): self.tr("Category: {name}") for a in self.category_actions},
            **{id(a): self.tr("Who must act: {name}") for a in self.actor_actions},
            **{id(a): self.tr("Colour: {name}") for a in self.colour_actions},
        }
        for action in self.all:
            keys = " · ".join(k.toString(native) for k in action.shortcuts())
            if keys:
                name = action.text().replace("&", "")
                what = prefixed.get(id(action), "{name}").format(name=name)
                rows.append((what, keys))
        return rows

    def _make(self, text: str, slot: Callable[[], object], shortcut: str = "") -> QAction:
        action = QAction(text, self.w)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: self._after(slot))
        self.w.addAction(action)
        self.all.append(action)
        return action

    def _after(self, slot: Callable[[], object]) -> None:
        slot()
        if not self.w.editor.isVisible() and not self.w.filter_edit.hasFocus():
            self.w.capture_edit.setFocus()

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
        ):
            view_menu.addAction(a)
        return menu

    def _submenu(self, title: str, actions: list[QAction]) -> QMenu:
        sub = QMenu(title, self.w)
        for a in actions:
            sub.addAction(a)
        return sub

    def context_menu(self, item: QGraphicsItem | None, pos: QPoint) -> None:
        """Right-click menu for notes, a cluster, or the board itself."""
        menu = QMenu(self.w)
        if isinstance(item, NoteItem):
            for a in (self.edit_text, self.duplicate, self.delete):
                menu.addAction(a)
            menu.addMenu(self._submenu(self.tr("&Colour"), self.colour_actions))
            menu.addMenu(self._submenu(self.tr("Ca&tegory"), self.category_actions))
            menu.addMenu(self._submenu(self.tr("&Who must act"), self.actor_actions))
            menu.addMenu(self._author_menu())
            menu.addMenu(self._question_menu())
            menu.addAction(self.group)
            if self.w.vote_round is not None and self.w.vote_round.is_open:
                menu.addAction(self.add_dot)
                menu.addAction(self.take_dot)
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
        self.w.capture_edit.setFocus()

    def _author_menu(self) -> QMenu:
        sub = QMenu(self.tr("&Author"), self.w)
        anonymous = sub.addAction(self.tr("Anonymous"))
        anonymous.triggered.connect(lambda: self._set_author(None))
        for p in self.w.participants:
            act = sub.addAction(p.display_name)
            act.triggered.connect(lambda _c=False, pid=p.id: self._set_author(pid))
        return sub

    def _question_menu(self) -> QMenu:
        sub = QMenu(self.tr("&Move to question"), self.w)
        for fid, frame in self.w.scene.frames.items():
            if fid is None:
                continue
            act = sub.addAction(frame.title)
            act.triggered.connect(lambda _c=False, q=fid: self._move_to(q))
        return sub

    # --- handlers --------------------------------------------------------------------

    def _setter(
        self, fn: Callable[..., board.BoardChange], value: str, default_box: object
    ) -> Callable[[], None]:
        """Set a value on the selected notes; with none selected, on the next note."""

        def run() -> None:
            ids = self.w.scene.selected_note_ids()
            if not ids:
                if default_box is not None:
                    box = default_box
                    box.setCurrentIndex(box.findData(value))  # type: ignore[attr-defined]
                else:
                    self.w.report(self.tr("Select one or more notes first."))
                return
            self.w.run(self.tr("Change notes"), lambda: fn(self.w.store, ids, value))

        return run

    def _set_author(self, author: uuid.UUID | None) -> None:
        ids = self.w.scene.selected_note_ids()
        self.w.run(self.tr("Change author"), lambda: board.set_author(self.w.store, ids, author))

    def _move_to(self, question: uuid.UUID) -> None:
        ids = self.w.scene.selected_note_ids()
        self.w.run(
            self.tr("Move to question"),
            lambda: board.move_to_question(self.w.store, ids, question),
        )

    def move_to_current(self) -> None:
        """Give the selected notes to the question the group is on."""
        if self.w.current_question is None:
            self.w.report(self.tr("The agenda has no question to move notes to."))
            return
        self._move_to(self.w.current_question)

    def do_duplicate(self) -> None:
        """Copy the selected notes."""
        ids = self.w.scene.selected_note_ids()
        self.w.run(self.tr("Duplicate notes"), lambda: board.duplicate(self.w.store, ids))

    def group_selected(self) -> None:
        """Ask for a name and make a cluster of the selected notes."""
        ids = self.w.scene.selected_note_ids()
        if not ids:
            self.w.report(self.tr("Select the notes to group first."))
            return
        name, ok = QInputDialog.getText(self.w, self.tr("Group notes"), self.tr("Cluster name:"))
        if ok:
            self.w.run(self.tr("Group notes"), lambda: board.group_notes(self.w.store, ids, name))

    def _one_cluster(self) -> uuid.UUID | None:
        clusters = self.w.scene.selected_cluster_ids()
        if not clusters:
            notes = [self.w.scene.notes[n].state for n in self.w.scene.selected_note_ids()]
            clusters = list({s.cluster_id for s in notes if s.cluster_id is not None})
        if len(clusters) != 1:
            self.w.report(self.tr("Select one cluster (or notes of one cluster) first."))
            return None
        return clusters[0]

    def rename_selected(self) -> None:
        """Rename the selected cluster."""
        cid = self._one_cluster()
        if cid is not None:
            self.rename_cluster(cid)

    def rename_cluster(self, cluster_id: object) -> None:
        """Ask for a new name of a cluster."""
        item = self.w.scene.clusters.get(cluster_id) if isinstance(cluster_id, uuid.UUID) else None
        if item is None:
            return
        name, ok = QInputDialog.getText(
            self.w, self.tr("Rename cluster"), self.tr("Cluster name:"), text=item.state.name
        )
        self.w.capture_edit.setFocus()
        if ok:
            cid = item.cluster_id
            self.w.run(
                self.tr("Rename cluster"), lambda: board.rename_cluster(self.w.store, cid, name)
            )

    def ungroup_selected(self) -> None:
        """Dissolve the selected cluster."""
        cid = self._one_cluster()
        if cid is not None:
            self.w.run(self.tr("Ungroup"), lambda: board.ungroup(self.w.store, cid))

    def _question(self) -> uuid.UUID | None:
        """The right-clicked frame while its menu is open, else the current question."""
        return self._menu_question if self._menu_question is not None else self.w.current_question

    def arrange_current(self) -> None:
        """Tidy the current question's notes into a grid, cluster by cluster."""
        sid, gid = self.w.context.session.id, self.w.context.group.id
        q = self._question()
        self.w.run(self.tr("Arrange notes"), lambda: board.arrange(self.w.store, sid, gid, q))

    def sort_by_votes(self) -> None:
        """Arrange the current question's notes by the dots of the current vote."""
        r = self.w.vote_round
        if r is None:
            self.w.report(self.tr("There has been no vote on this board yet."))
            return
        counts = voting.tally(self.w.store, r.id)
        sid, gid = self.w.context.session.id, self.w.context.group.id
        q = self._question()
        self.w.run(
            self.tr("Sort by votes"),
            lambda: board.arrange(self.w.store, sid, gid, q, votes=counts),
        )

    def paste_lines(self) -> None:
        """Menu: paste the clipboard's lines as notes."""
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None or not mime.hasText():
            self.w.report(self.tr("The clipboard holds no text; only text can become notes."))
            return
        lines = [ln.strip() for ln in mime.text().splitlines() if ln.strip()]
        if not lines:
            self.w.report(self.tr("The clipboard holds no text; only text can become notes."))
            return
        self.w.paste_lines(lines, self._question())

    def open_vote(self, whole: bool) -> None:
        """Ask for the dots per participant and open a vote."""
        dots, ok = QInputDialog.getInt(
            self.w,
            self.tr("Open a dot vote"),
            self.tr("Dots per participant:"),
            3,
            1,
            voting.MAX_DOTS,
        )
        self.w.capture_edit.setFocus()
        if not ok:
            return
        scope = None if whole else self._question()
        sid, gid = self.w.context.session.id, self.w.context.group.id
        try:
            r = voting.open_round(self.w.store, sid, gid, scope, dots)
        except UserError as exc:
            self.w.report(user_message(exc))
            return
        self.w.undo_stack.push(round_command(self.w, self.tr("Open vote"), r.id, opened=True))
        self.w.refresh_votes()

    def close_vote(self) -> None:
        """Close the open vote; its dots stay recorded and shown."""
        r = self.w.vote_round
        if r is None or not r.is_open:
            self.w.report(self.tr("No vote is open."))
            return
        voting.close(self.w.store, r.id)
        self.w.undo_stack.push(round_command(self.w, self.tr("Close vote"), r.id, opened=False))
        self.w.refresh_votes()
        self.w.inform(self.tr("The vote is closed and recorded."))

    def step_voter(self, step: int) -> None:
        """Alt+PgDown / Alt+PgUp: the next or previous voter (anonymous, then each person)."""
        box = self.w.voter_box
        box.setCurrentIndex((box.currentIndex() + step) % box.count())
        self.w.refresh_votes()

    def fit_current(self) -> None:
        """Zoom to the current question's frame."""
        if self.w.current_question in self.w.scene.frames:
            self.w.view.fit(self.w.scene.frame_rect(self.w.current_question))

    def step_selection(self, step: int, extend: bool) -> None:
        """Select the next (or previous) note of the current question, row by row.

        With ``extend`` the note is added to the selection (to group or move several).
        """
        scene = self.w.scene
        question = self.w.current_question
        notes = sorted(
            (item for item in scene.notes.values() if scene.frame_of_note(item.state) == question),
            key=lambda item: (item.state.y, item.state.x),
        )
        if not notes:
            self.w.report(self.tr("The current question has no notes yet."))
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
        self.w.view.ensureVisible(target, 40, 40)

    def focus_filter(self) -> None:
        """Ctrl+F: type in the filter box (Enter goes back to capturing)."""
        self.w.filter_edit.setFocus()
        self.w.filter_edit.selectAll()

    def export(self, whole: bool) -> None:
        """Ask for a file name and write a PNG or SVG picture."""
        scene = self.w.scene
        if whole:
            source = scene.all_rect()
            title = self.w.context.group.name
        elif (question := self._question()) in scene.frames:
            source = scene.frame_rect(question)
            title = scene.frames[question].title
        else:
            self.w.report(self.tr("There is no current question to export."))
            return
        name, chosen = QFileDialog.getSaveFileName(
            self.w,
            self.tr("Export as picture"),
            "board.png",
            self.tr("PNG image (*.png);;SVG drawing (*.svg)"),
        )
        self.w.capture_edit.setFocus()
        if not name:
            return
        svg = name.lower().endswith(".svg") or (
            "svg" in chosen.lower() and not name.lower().endswith(".png")
        )
        self.export_to(Path(name), source, title, svg=svg)

    def export_to(self, path: Path, source: object, title: str, svg: bool) -> bool:
        """Write the picture; report the outcome."""
        try:
            if svg:
                export_svg(self.w.scene, source, path, title)  # type: ignore[arg-type]
            else:
                export_png(self.w.scene, source, path)  # type: ignore[arg-type]
        except OSError as exc:
            self.w.report(
                self.tr("Could not write {path}: {error}").format(path=str(path), error=str(exc))
            )
            return False
        self.w.inform(self.tr("Saved {path}").format(path=str(path)))
        return True
