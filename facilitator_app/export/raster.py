"""A question's board as a PNG, drawn in pure Python (for Word, which shows no SVG here).

Notes are rectangles where they stood, coloured by category (``services.palette``; the
document puts the colour key under the picture), cluster frames are outlines, and each
note carries its number in a tiny pixel font; the numbered list beside the picture holds
the words.
"""

from __future__ import annotations

import struct
import zlib

from facilitator_app.export.svg import board_layout, note_positions
from facilitator_app.export.view import QuestionView
from facilitator_app.schemas.summary import SummaryIdea
from facilitator_app.services.palette import TEXT, category_colour, rgb

# 3×5 pixel digits, one string of 15 bits per digit (rows top to bottom).
_DIGITS = {
    "0": "111101101101111",
    "1": "010110010010111",
    "2": "111001111100111",
    "3": "111001111001111",
    "4": "101101111001001",
    "5": "111100111001111",
    "6": "111100111101111",
    "7": "111001001001001",
    "8": "111101111101111",
    "9": "111101111001111",
}
RGB = tuple[int, int, int]


def _runs(bits: str) -> list[tuple[int, int, int]]:
    """(row, first column, width) of each horizontal run of lit pixels: fewer fills."""
    out = []
    for row in range(5):
        line = bits[row * 3 : row * 3 + 3]
        col = 0
        while col < 3:
            if line[col] == "1":
                end = col
                while end < 3 and line[end] == "1":
                    end += 1
                out.append((row, col, end - col))
                col = end
            else:
                col += 1
    return out


_RUNS = {digit: _runs(bits) for digit, bits in _DIGITS.items()}


class _Canvas:
    def __init__(self, width: int, height: int, background: RGB) -> None:
        self.width = width
        self.height = height
        self.rows = [bytearray(bytes(background) * width) for _ in range(height)]

    def fill(self, x0: int, y0: int, x1: int, y1: int, colour: RGB) -> None:
        x0, x1 = max(0, x0), min(self.width, x1)
        y0, y1 = max(0, y0), min(self.height, y1)
        if x1 <= x0 or y1 <= y0:
            return
        span = bytes(colour) * (x1 - x0)
        for y in range(y0, y1):
            self.rows[y][x0 * 3 : x1 * 3] = span

    def outline(self, x0: int, y0: int, x1: int, y1: int, colour: RGB) -> None:
        self.fill(x0, y0, x1, y0 + 1, colour)
        self.fill(x0, y1 - 1, x1, y1, colour)
        self.fill(x0, y0, x0 + 1, y1, colour)
        self.fill(x1 - 1, y0, x1, y1, colour)

    def number(self, x: int, y: int, value: int, colour: RGB, size: int = 2) -> None:
        for n, digit in enumerate(str(value)):
            for row, left, width in _RUNS[digit]:
                px = x + n * 4 * size + left * size
                py = y + row * size
                self.fill(px, py, px + width * size, py + size, colour)

    def png(self) -> bytes:
        raw = b"".join(b"\x00" + bytes(row) for row in self.rows)

        def chunk(kind: bytes, data: bytes) -> bytes:
            body = kind + data
            return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

        header = struct.pack(">IIBBBBB", self.width, self.height, 8, 2, 0, 0, 0)
        return (
            b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(raw, 6))
            + chunk(b"IEND", b"")
        )


def board_png(question: QuestionView) -> bytes:
    """The PNG picture of the question's board (empty bytes when it has no ideas)."""
    ideas = question.ideas
    if not ideas:
        return b""
    positions = note_positions(ideas)
    min_x, min_y, scale, width, height = board_layout(ideas, positions)
    canvas = _Canvas(int(width), int(height), (244, 244, 240))
    canvas.outline(0, 0, int(width), int(height), (204, 204, 204))

    def box(idea: SummaryIdea) -> tuple[int, int, int, int]:
        x, y = positions[idea.id]
        left = int(10 + (x - min_x) * scale)
        top = int(10 + (y - min_y) * scale)
        w, h = idea.width, idea.height
        return left, top, left + max(int(w * scale), 4), top + max(int(h * scale), 4)

    for _cluster, members in question.clusters:
        if members:
            boxes = [box(i) for i in members]
            canvas.outline(
                min(b[0] for b in boxes) - 4,
                min(b[1] for b in boxes) - 4,
                max(b[2] for b in boxes) + 4,
                max(b[3] for b in boxes) + 4,
                (92, 107, 192),
            )
    for idea in ideas:
        x0, y0, x1, y1 = box(idea)
        canvas.fill(x0, y0, x1, y1, rgb(category_colour(idea.category)))
        canvas.outline(x0, y0, x1, y1, (141, 141, 110))
        size = 2 if x1 - x0 >= 30 else 1
        canvas.number(x0 + 3, y0 + 3, question.numbers.get(idea.id, 0), rgb(TEXT), size)
        if idea.votes:
            canvas.fill(x1 - 8, y0 + 2, x1 - 2, y0 + 8, (211, 47, 47))
    return canvas.png()
