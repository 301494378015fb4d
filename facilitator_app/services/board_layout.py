"""Geometry of the whiteboard: frames per question, the note grid, free-slot placement.

Pure arithmetic, no database and no Qt, so the service and the view agree on where
things go. Note positions are stored relative to the content area of their question's
frame: when the agenda is reordered, a frame moves and its notes move with it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

NOTE_W = 160.0
NOTE_H = 100.0
GAP = 12.0
COLUMNS = 5
FRAME_PAD = 16.0
# Room for a two-line question title and, below it, the name of a cluster in the top row.
FRAME_HEADER = 96.0
FRAME_GAP = 80.0
MIN_ROWS = 4
# Content width of a frame: COLUMNS notes side by side with gaps between them.
CONTENT_W = COLUMNS * NOTE_W + (COLUMNS - 1) * GAP
FRAME_W = CONTENT_W + 2 * FRAME_PAD
# Space above a cluster's first row for its name (cluster frames wrap their notes).
CLUSTER_HEADER = 28.0
CLUSTER_PAD = 6.0
STEP_X = NOTE_W + GAP
STEP_Y = NOTE_H + GAP
# A resized note stays big enough to grab and read one word, and at most this tall.
MIN_NOTE_W = 60.0
MIN_NOTE_H = 40.0
MAX_NOTE_H = 2000.0


@dataclass(frozen=True, slots=True)
class Rect:
    """An axis-aligned rectangle in frame-content coordinates."""

    x: float
    y: float
    w: float
    h: float

    def intersects(self, other: Rect) -> bool:
        """True when the two rectangles overlap (touching edges do not count)."""
        return (
            self.x < other.x + other.w
            and other.x < self.x + self.w
            and self.y < other.y + other.h
            and other.y < self.y + self.h
        )

    def united(self, other: Rect) -> Rect:
        """The smallest rectangle holding both."""
        x0, y0 = min(self.x, other.x), min(self.y, other.y)
        x1 = max(self.x + self.w, other.x + other.w)
        y1 = max(self.y + self.h, other.y + other.h)
        return Rect(x0, y0, x1 - x0, y1 - y0)


def slot_position(index: int) -> tuple[float, float]:
    """Top-left of grid slot ``index`` (row-major, COLUMNS per row)."""
    row, col = divmod(index, COLUMNS)
    return col * STEP_X, row * STEP_Y


def cluster_rect(note_rects: Iterable[Rect]) -> Rect | None:
    """The frame drawn around a cluster's notes (with room for its name), or None."""
    box: Rect | None = None
    for r in note_rects:
        box = r if box is None else box.united(r)
    if box is None:
        return None
    return Rect(
        box.x - CLUSTER_PAD,
        box.y - CLUSTER_HEADER,
        box.w + 2 * CLUSTER_PAD,
        box.h + CLUSTER_HEADER + CLUSTER_PAD,
    )


class SlotFinder:
    """Finds free grid slots in a frame, given what is already there.

    A slot is taken when any note or cluster frame overlaps it, so a new note never lands
    on top of another one, whatever the user dragged where.
    """

    def __init__(self, occupied: Iterable[Rect]) -> None:
        self.taken: set[int] = set()  # slot numbers (row * COLUMNS + col)
        for r in occupied:
            self.occupy(r)
        self._next = 0

    def occupy(self, r: Rect) -> None:
        """Mark every slot that ``r`` overlaps as taken."""
        if r.x + r.w <= 0 or r.x >= CONTENT_W:
            return
        col0 = max(0, int(r.x // STEP_X))
        col1 = min(COLUMNS - 1, int((r.x + r.w - 0.001) // STEP_X))
        row0 = max(0, int(r.y // STEP_Y))
        row1 = int(max(r.y + r.h - 0.001, 0) // STEP_Y)
        for row in range(row0, row1 + 1):
            for col in range(col0, col1 + 1):
                sx, sy = col * STEP_X, row * STEP_Y
                # The gap between slots does not make a slot taken.
                if r.intersects(Rect(sx, sy, NOTE_W, NOTE_H)):
                    self.taken.add(row * COLUMNS + col)

    def take(self) -> tuple[float, float]:
        """Position of the first free slot; it is then taken."""
        index = self._next
        while index in self.taken:
            index += 1
        self.taken.add(index)
        self._next = index + 1
        return slot_position(index)


def grid_blocks(blocks: Iterable[tuple[bool, int]]) -> Iterator[list[tuple[float, float]]]:
    """Positions for blocks of notes laid out one after the other in the grid.

    Each block is ``(is_cluster, count)``. A block starts on a new row; a cluster block
    leaves room above it for the cluster's name.
    """
    y = 0.0
    for is_cluster, count in blocks:
        if is_cluster:
            y += CLUSTER_HEADER
        positions = []
        for i in range(count):
            row, col = divmod(i, COLUMNS)
            positions.append((col * STEP_X, y + row * STEP_Y))
        rows = max(1, -(-count // COLUMNS))
        y += rows * STEP_Y + (CLUSTER_PAD + GAP if is_cluster else 0.0)
        yield positions


def frame_content_height(bottom: float) -> float:
    """Height of a frame's content area holding content down to ``bottom``."""
    return max(MIN_ROWS * STEP_Y, bottom + GAP)


def clamp_x(x: float, width: float) -> float:
    """Keep a note horizontally inside its frame so frames never overlap."""
    return min(max(0.0, x), max(0.0, CONTENT_W - width))


def clamp_size(width: float, height: float) -> tuple[float, float]:
    """A note's size within its limits: at least 60×40, at most the frame's width and
    ``MAX_NOTE_H`` tall (the corner drag previews what the service will store)."""
    return (
        min(max(MIN_NOTE_W, width), CONTENT_W),
        min(max(MIN_NOTE_H, height), MAX_NOTE_H),
    )


def cluster_block(members: Sequence[Rect]) -> list[tuple[float, float]]:
    """New top-left of each member of a new cluster, in the order given.

    The notes are packed row by row in reading order, from the top-left of where they
    were and within the frame's width, so a cluster made from an L-shaped or scattered
    selection becomes one compact block: its frame then encloses only its own notes.
    """
    if not members:
        return []
    order = sorted(range(len(members)), key=lambda i: (members[i].y, members[i].x))
    cell_w = max(r.w for r in members) + GAP
    columns = max(1, min(len(members), COLUMNS, int((CONTENT_W + GAP) // cell_w)))
    x0 = min(r.x for r in members)
    y0 = min(r.y for r in members)
    x0 = max(0.0, min(x0, CONTENT_W - (columns * cell_w - GAP)))
    positions: list[tuple[float, float]] = [(0.0, 0.0)] * len(members)
    y = y0
    for start in range(0, len(order), columns):
        row = order[start : start + columns]
        for col, index in enumerate(row):
            positions[index] = (x0 + col * cell_w, y)
        y += max(members[i].h for i in row) + GAP
    return positions


def make_room(block: Rect, others: Sequence[Rect], occupied: Iterable[Rect]) -> dict[int, Rect]:
    """Free grid slots for the ``others`` that overlap ``block`` (a new cluster's frame).

    Returns index → new rectangle for each note moved; the slots avoid ``block``,
    ``occupied`` (other clusters' frames) and the notes that stay.
    """
    moving = [i for i, r in enumerate(others) if r.intersects(block)]
    if not moving:
        return {}
    staying = [r for i, r in enumerate(others) if i not in set(moving)]
    finder = SlotFinder([block, *occupied, *staying])
    moved: dict[int, Rect] = {}
    for i in moving:
        x, y = finder.take()
        moved[i] = Rect(x, y, others[i].w, others[i].h)
    return moved
