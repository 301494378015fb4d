"""The board's scene: frames in agenda order, notes, clusters; redraws what changed."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QPointF, QRectF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QWidget

from facilitator_app.models.enums import Actor, Category
from facilitator_app.services import board_layout as layout
from facilitator_app.services.board import PALETTE, Board, BoardChange, ClusterState, NoteState
from facilitator_app.ui.board.items import (
    CACHE_MODE,
    CATEGORY_MARK,
    ClusterItem,
    FrameItem,
    NoteItem,
)


def category_label(value: str) -> str:
    """The translated name of a category."""
    labels = {
        Category.CHALLENGE.value: QCoreApplication.translate("Board", "Challenge"),
        Category.MEASURE.value: QCoreApplication.translate("Board", "Idea / measure"),
        Category.EXPERT_QUESTION.value: QCoreApplication.translate(
            "Board", "Question for the experts"
        ),
        Category.OTHER.value: QCoreApplication.translate("Board", "Other"),
    }
    return labels.get(value, value)


def actor_label(value: str) -> str:
    """The translated name of who must act."""
    labels = {
        Actor.COUNCIL.value: QCoreApplication.translate("Board", "Council (politicians)"),
        Actor.ADMINISTRATION.value: QCoreApplication.translate("Board", "Administration"),
        Actor.COUNTY.value: QCoreApplication.translate("Board", "County"),
        Actor.STATE.value: QCoreApplication.translate("Board", "State / county governor"),
        Actor.BUSINESS.value: QCoreApplication.translate("Board", "Business"),
        Actor.CITIZENS.value: QCoreApplication.translate("Board", "Citizens"),
        Actor.UNKNOWN.value: QCoreApplication.translate("Board", "Unknown"),
    }
    return labels.get(value, value)


def colour_label(value: str) -> str:
    """The translated name of a note colour the facilitator can choose ("" for others)."""
    names = (
        QCoreApplication.translate("Board", "Yellow"),
        QCoreApplication.translate("Board", "Pink"),
        QCoreApplication.translate("Board", "Green"),
        QCoreApplication.translate("Board", "Blue"),
        QCoreApplication.translate("Board", "Orange"),
        QCoreApplication.translate("Board", "Purple"),
    )
    return dict(zip(PALETTE, names, strict=True)).get(value.lower(), "")


# Above this many notes a far zoom shows each frame as one recorded picture.
OVERVIEW_MIN_NOTES = 1500
OVERVIEW_SCALE = 0.3


class BoardScene(QGraphicsScene):
    """Holds one item per note; ``notes[id].state`` always equals the store."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.setBackgroundBrush(QColor("#eceff1"))
        self.frames: dict[uuid.UUID | None, FrameItem] = {}
        self.frame_order: list[uuid.UUID | None] = []
        self.notes: dict[uuid.UUID, NoteItem] = {}
        self.clusters: dict[uuid.UUID, ClusterItem] = {}
        self.members: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
        self.author_names: dict[uuid.UUID, str] = {}
        self.overview = False
        self.current_frame: uuid.UUID | None = None
        # Few distinct (category, actor, author) triples: label each once, not per note.
        self._badge_cache: dict[tuple[str, str, uuid.UUID | None], str] = {}

    # --- building --------------------------------------------------------------------

    def load(self, board: Board) -> None:
        """Replace everything with ``board`` (one pass, no per-note queries)."""
        self.clear()
        self._badge_cache.clear()
        self.frames.clear()
        self.notes.clear()
        self.clusters.clear()
        self.members.clear()
        self.frame_order = [f.id for f in board.frames]
        for index, f in enumerate(board.frames):
            item = FrameItem(f.id, f.title)
            item.setPos(index * (layout.FRAME_W + layout.FRAME_GAP), 0)
            self.addItem(item)
            self.frames[f.id] = item
        for c in board.clusters:
            self._add_cluster(c)
        origins = {fid: frame.origin() for fid, frame in self.frames.items()}
        for state in board.notes:
            self._add_note(state, origins.get(state.agenda_item_id))
        for cid in self.clusters:
            self._refresh_cluster(cid)
        for fid in self.frames:
            self._refresh_frame(fid)
        self._update_scene_rect(exact=True)
        self._set_current_highlight()

    def _frame_for(self, agenda_item_id: uuid.UUID | None) -> FrameItem:
        frame = self.frames.get(agenda_item_id)
        if frame is None:
            frame = self.frames.get(None)
            if frame is None:
                # A note of a removed question appeared: give it the extra frame.
                frame = FrameItem(None, "")
                frame.setPos(len(self.frame_order) * (layout.FRAME_W + layout.FRAME_GAP), 0)
                self.addItem(frame)
                self.frames[None] = frame
                self.frame_order.append(None)
                frame.overview.setVisible(self.overview)
        return frame

    def frame_of_note(self, state: NoteState) -> uuid.UUID | None:
        """The frame key a note is drawn in."""
        return state.agenda_item_id if state.agenda_item_id in self.frames else None

    def _add_note(self, state: NoteState, origin: QPointF | None = None) -> NoteItem:
        frame = self._frame_for(state.agenda_item_id)
        item = NoteItem(state, origin if origin is not None else frame.origin())
        item.badges = self._badges(state)
        if self.overview:
            item.setVisible(False)
        self.addItem(item)
        self.notes[state.id] = item
        frame.overview.source[state.id] = item
        if state.cluster_id is not None:
            self.members[state.cluster_id].add(state.id)
        return item

    def _badges(self, state: NoteState) -> str:
        key = (state.category, state.actor, state.author_id)
        found = self._badge_cache.get(key)
        if found is None:
            found = self._badge_cache[key] = self._make_badges(state)
        return found

    def _make_badges(self, state: NoteState) -> str:
        # One line (the note elides it; the tooltip has it whole): category, who must act,
        # author. The text gets the rest of the note.
        mark = CATEGORY_MARK.get(state.category, "")
        rest = [actor_label(state.actor)]
        if state.author_id is not None and state.author_id in self.author_names:
            rest.append(self.author_names[state.author_id])
        full = " · ".join([f"{mark} {category_label(state.category)}", *rest])
        return full + "\n" + f"{mark} " + " · ".join(rest)

    # --- applying changes ------------------------------------------------------------

    def apply(self, change: BoardChange) -> None:
        """Show the ``after`` side of a change: only the touched items are redrawn."""
        touched_frames: set[uuid.UUID | None] = set()
        # Frames that only gained notes grow to hold them; others are measured again.
        grown: dict[uuid.UUID | None, float] = {}
        touched_clusters: set[uuid.UUID] = set()
        for cid, cstate in change.clusters_after.items():
            self._apply_cluster(cid, cstate)
            touched_clusters.add(cid)
        for nid, state in change.notes_after.items():
            old = self.notes.get(nid)
            if old is not None:
                touched_frames.add(self.frame_of_note(old.state))
                if old.state.cluster_id is not None:
                    self.members[old.state.cluster_id].discard(nid)
                    touched_clusters.add(old.state.cluster_id)
            if state.deleted:
                if old is not None:
                    self._remove_note(old)
                continue
            if old is not None and self.frame_of_note(old.state) != self.frame_of_note(state):
                self._remove_note(old)
                old = None
            if old is None:
                self._add_note(state)
                fid = self.frame_of_note(state)
                grown[fid] = max(grown.get(fid, 0.0), state.y + state.height)
                if state.cluster_id is not None:
                    touched_clusters.add(state.cluster_id)
                continue
            old.set_state(state)
            old.badges = self._badges(state)
            if state.cluster_id is not None:
                self.members[state.cluster_id].add(nid)
            if state.cluster_id is not None:
                touched_clusters.add(state.cluster_id)
            touched_frames.add(self.frame_of_note(state))
        for cid in touched_clusters:
            self._refresh_cluster(cid)
        for fid in touched_frames:
            self._refresh_frame(fid)
            self.frames[fid].overview.invalidate()
        for fid, bottom in grown.items():
            frame = self.frames.get(fid)
            if frame is not None and fid not in touched_frames:
                frame.content_bottom = max(frame.content_bottom, bottom)
                frame.set_content_height(layout.frame_content_height(frame.content_bottom))
                frame.overview.invalidate()
        extra = self.frames.get(None)
        if extra is not None and not extra.overview.source:
            # The last note of a removed question went elsewhere: drop its frame.
            self.removeItem(extra)
            del self.frames[None]
            self.frame_order.remove(None)
        self._update_scene_rect()

    def _remove_note(self, item: NoteItem) -> None:
        frame = self.frames[self.frame_of_note(item.state)]
        frame.overview.source.pop(item.note_id, None)
        del self.notes[item.note_id]
        self.removeItem(item)

    def _apply_cluster(self, cid: uuid.UUID, state: ClusterState) -> None:
        item = self.clusters.get(cid)
        if state.deleted:
            if item is not None:
                self.removeItem(item)
                del self.clusters[cid]
            return
        if item is None:
            self._add_cluster(state)
        else:
            item.state = state
            item.update()

    def _add_cluster(self, state: ClusterState) -> None:
        item = ClusterItem(state, self._frame_for(state.agenda_item_id).origin())
        if self.overview:
            item.setVisible(False)
        self.addItem(item)
        self.clusters[state.id] = item

    def _refresh_cluster(self, cid: uuid.UUID) -> None:
        item = self.clusters.get(cid)
        if item is None:
            return
        rects = [
            layout.Rect(s.x, s.y, s.width, s.height)
            for s in (self.notes[n].state for n in self.members.get(cid, ()) if n in self.notes)
        ]
        item.set_rect(layout.cluster_rect(rects))

    def _refresh_frame(self, fid: uuid.UUID | None) -> None:
        frame = self.frames.get(fid)
        if frame is None:
            return
        bottom = 0.0
        for note in frame.overview.source.values():
            bottom = max(bottom, note.state.y + note.state.height)
        frame.content_bottom = bottom
        frame.set_content_height(layout.frame_content_height(bottom))

    def _update_scene_rect(self, exact: bool = False) -> None:
        """Keep an explicit scene rect that grows in big steps.

        Every change of the scene rect rebuilds the BSP index over all items (~7 ms with
        2,000 notes), so growing it by one row of notes per capture would cost that on
        every fifth Enter. It grows by half its height at once instead.
        """
        needed = self.all_rect().adjusted(-200, -200, 200, 200)
        current = self.sceneRect()
        if exact or not current.contains(needed):
            if not exact:
                needed.setHeight(needed.height() * 1.5)
            self.setSceneRect(needed)

    # --- what the view asks ----------------------------------------------------------

    def set_votes(self, counts: dict[uuid.UUID, int]) -> None:
        """Show vote counts (notes missing from ``counts`` have none)."""
        for nid, item in self.notes.items():
            n = counts.get(nid, 0)
            if item.votes != n:
                item.votes = n
                item.update()

    def set_filter(self, text: str) -> int:
        """Highlight notes containing ``text`` and dim the rest; returns the match count."""
        needle = text.strip().casefold()
        count = 0
        for item in self.notes.values():
            hit = bool(needle) and needle in item.state.text.casefold()
            dim = bool(needle) and not hit
            count += hit
            if item.matched != hit or item.dimmed != dim:
                item.matched, item.dimmed = hit, dim
                item.update()
        for frame in self.frames.values():
            frame.overview.invalidate()
        return count

    def set_overview(self, on: bool) -> None:
        """Switch between individual notes and one picture per frame."""
        on = on and len(self.notes) >= OVERVIEW_MIN_NOTES
        if on == self.overview:
            return
        self.overview = on
        for frame in self.frames.values():
            frame.overview.setVisible(on)
        for note in self.notes.values():
            note.setVisible(not on)
        for cluster in self.clusters.values():
            cluster.setVisible(not on)

    def refit_notes(self) -> None:
        """Lay out every note's text again and redraw everything (the font changed)."""
        for item in self.items():
            if isinstance(item, NoteItem):
                item.refit()
            else:
                item.update()

    def set_cached(self, on: bool) -> None:
        """Paint notes from their cached pixmaps (on screen) or afresh (pictures, where
        SVG text must stay text and PNG must not be scaled from screen pixels)."""
        mode = CACHE_MODE if on else QGraphicsItem.CacheMode.NoCache
        for note in self.notes.values():
            note.setCacheMode(mode)
        for frame in self.frames.values():
            frame.overview.setCacheMode(mode)

    def set_current(self, frame_id: uuid.UUID | None) -> None:
        """Mark the frame new notes go to."""
        self.current_frame = frame_id
        self._set_current_highlight()

    def _set_current_highlight(self) -> None:
        for fid, frame in self.frames.items():
            is_current = fid == self.current_frame and fid is not None
            if frame.current != is_current:
                frame.current = is_current
                frame.update()

    def selected_note_ids(self) -> list[uuid.UUID]:
        """Ids of the selected notes in capture order."""
        return [i.note_id for i in self.selectedItems() if isinstance(i, NoteItem)]

    def selected_cluster_ids(self) -> list[uuid.UUID]:
        """Ids of the selected cluster frames."""
        return [i.cluster_id for i in self.selectedItems() if isinstance(i, ClusterItem)]

    def frame_rect(self, frame_id: uuid.UUID | None) -> QRectF:
        """A frame's rectangle in scene coordinates."""
        return self.frames[frame_id].sceneBoundingRect()

    def all_rect(self) -> QRectF:
        """Everything on the board."""
        rect = QRectF()
        for frame in self.frames.values():
            rect = rect.united(frame.sceneBoundingRect())
        return rect

    def states(self) -> dict[uuid.UUID, NoteState]:
        """What the board shows, note by note (tests compare it with the store)."""
        return {nid: item.state for nid, item in self.notes.items()}

    def positions_of(self, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, tuple[float, float]]:
        """Where the notes are drawn now (after a drag, before it is saved)."""
        return {n: self.notes[n].relative_pos() for n in ids}
