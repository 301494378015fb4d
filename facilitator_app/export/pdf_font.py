"""A TrueType font for the PDF writer: widths for line breaking, and the embedded subset.

The PDF writer names characters by their Unicode code point (the CID is the code point,
a ``CIDToGIDMap`` turns it into the font's glyph), so a text run is written as its
UTF-16-BE bytes in hex: one C call per run instead of a Python loop per glyph, which is
what makes 50,000 ideas fit in about a second. The embedded font keeps every glyph's
number and empties the glyphs no page uses (and the parts of accented letters are kept),
so a one-page certificate carries some kilobytes of font, not 750.
"""

from __future__ import annotations

import struct
from functools import cached_property
from pathlib import Path

# Flags of a composite glyph's component (TrueType 'glyf').
_ARG_WORDS, _SCALE, _MORE, _XY_SCALE, _TWO_BY_TWO = 0x1, 0x8, 0x20, 0x40, 0x80
# Tables a PDF reader needs of an embedded TrueType font (PDF 32000-1, 9.9).
_KEPT = (b"cvt ", b"fpgm", b"prep", b"hhea", b"hmtx", b"maxp")
_REMEMBERED = 200_000  # widths of words and runs kept between documents, at most


class _Widths(dict[str, float]):
    """Advance width of each character in em; looked up on first use."""

    def __init__(self, font: TrueTypeFont) -> None:
        super().__init__()
        self.font = font

    def __missing__(self, char: str) -> float:
        font = self.font
        gid = font.cmap.get(ord(char), 0)
        width: float = font.advances[min(gid, len(font.advances) - 1)] / font.units_per_em
        self[char] = width
        return width


class TrueTypeFont:
    """One ``.ttf`` file: its character map, widths and the numbers a PDF needs."""

    def __init__(self, path: Path) -> None:
        self.data = path.read_bytes()
        self.name = path.stem.replace("-", "")
        count = struct.unpack_from(">H", self.data, 4)[0]
        self.tables: dict[bytes, tuple[int, int]] = {}
        for n in range(count):
            tag, _sum, offset, length = struct.unpack_from(">4sIII", self.data, 12 + 16 * n)
            self.tables[tag] = (offset, length)
        head = self._table(b"head")
        self.units_per_em: int = struct.unpack_from(">H", head, 18)[0]
        self.bbox = struct.unpack_from(">4h", head, 36)
        self.long_loca = struct.unpack_from(">h", head, 50)[0] == 1
        hhea = self._table(b"hhea")
        self.ascent, self.descent = struct.unpack_from(">hh", hhea, 4)
        metrics = struct.unpack_from(">H", hhea, 34)[0]
        glyphs = struct.unpack_from(">H", self._table(b"maxp"), 4)[0]
        hmtx = self._table(b"hmtx")
        self.advances: list[int] = [
            struct.unpack_from(">H", hmtx, 4 * n)[0] for n in range(metrics)
        ]
        self.advances += [self.advances[-1]] * (glyphs - metrics)
        os2 = self._table(b"OS/2")
        version = struct.unpack_from(">H", os2, 0)[0]
        self.cap_height = struct.unpack_from(">h", os2, 88)[0] if version >= 2 else self.ascent
        self.italic_angle = struct.unpack_from(">i", self._table(b"post"), 4)[0] / 65536
        self.widths = _Widths(self)
        self._word_widths: dict[str, float] = {}

    def _table(self, tag: bytes) -> bytes:
        offset, length = self.tables[tag]
        return self.data[offset : offset + length]

    @cached_property
    def cmap(self) -> dict[int, int]:
        """Code point → glyph number, from the Windows Unicode BMP table (format 4)."""
        cmap = self._table(b"cmap")
        found: dict[int, int] = {}
        for n in range(struct.unpack_from(">H", cmap, 2)[0]):
            platform, encoding, offset = struct.unpack_from(">HHI", cmap, 4 + 8 * n)
            if (platform, encoding) == (3, 1) and struct.unpack_from(">H", cmap, offset)[0] == 4:
                found = _format4(cmap, offset)
                break
        return found

    def width(self, text: str) -> float:
        """Width of ``text`` in em (no kerning)."""
        return sum(map(self.widths.__getitem__, text))

    def word_width(self, word: str) -> float:
        """Width of a word or run in em, remembered: the same ones come back line after line."""
        width = self._word_widths.get(word)
        if width is None:
            if len(self._word_widths) > _REMEMBERED:
                self._word_widths.clear()
            width = self._word_widths[word] = sum(map(self.widths.__getitem__, word))
        return width

    def glyph_width(self, code: int) -> int:
        """Advance of the character in thousandths of an em (PDF text space)."""
        gid = self.cmap.get(code, 0)
        return round(self.advances[min(gid, len(self.advances) - 1)] * 1000 / self.units_per_em)

    def subset(self, codes: set[int]) -> tuple[bytes, bytes]:
        """The font with only the glyphs of ``codes`` drawn, and its CIDToGIDMap."""
        gids = {0} | {self.cmap.get(c, 0) for c in codes}
        glyf = self._table(b"glyf")
        loca = self._loca()
        gids = _closure(gids, glyf, loca)  # accented letters are made of other glyphs
        # Glyphs after the last one used are left out altogether (numbers stay the same).
        count = max(gids) + 1
        out_glyf = bytearray()
        offsets = []
        for gid in range(count):
            offsets.append(len(out_glyf))
            if gid in gids:
                out_glyf += glyf[loca[gid] : loca[gid + 1]]
                out_glyf += b"\0" * (-len(out_glyf) % 4)
        offsets.append(len(out_glyf))
        head = bytearray(self._table(b"head"))
        struct.pack_into(">I", head, 8, 0)  # checkSumAdjustment: not checked by readers
        struct.pack_into(">h", head, 50, 1)  # long offsets in 'loca'
        tables = {tag: self._table(tag) for tag in _KEPT if tag in self.tables}
        hhea, maxp = bytearray(tables[b"hhea"]), bytearray(tables[b"maxp"])
        metrics = min(struct.unpack_from(">H", hhea, 34)[0], count)
        struct.pack_into(">H", hhea, 34, metrics)
        struct.pack_into(">H", maxp, 4, count)
        hmtx = tables[b"hmtx"]
        tables[b"hmtx"] = hmtx[: 4 * metrics] + b"".join(
            hmtx[4 * metrics + 2 * (n - metrics) :][:2] for n in range(metrics, count)
        )
        tables[b"hhea"], tables[b"maxp"] = bytes(hhea), bytes(maxp)
        tables[b"head"] = bytes(head)
        tables[b"loca"] = struct.pack(f">{len(offsets)}I", *offsets)
        tables[b"glyf"] = bytes(out_glyf)
        top = max(codes, default=0)
        gid_map = bytearray(2 * (top + 1))
        for code in codes:
            struct.pack_into(">H", gid_map, 2 * code, self.cmap.get(code, 0))
        return _font_file(tables), bytes(gid_map)

    def _loca(self) -> list[int]:
        loca = self._table(b"loca")
        if self.long_loca:
            return list(struct.unpack(f">{len(loca) // 4}I", loca))
        return [2 * n for n in struct.unpack(f">{len(loca) // 2}H", loca)]


def _format4(cmap: bytes, offset: int) -> dict[int, int]:
    segs = struct.unpack_from(">H", cmap, offset + 6)[0] // 2
    ends = struct.unpack_from(f">{segs}H", cmap, offset + 14)
    starts_at = offset + 16 + 2 * segs
    starts = struct.unpack_from(f">{segs}H", cmap, starts_at)
    deltas = struct.unpack_from(f">{segs}h", cmap, starts_at + 2 * segs)
    range_at = starts_at + 4 * segs
    ranges = struct.unpack_from(f">{segs}H", cmap, range_at)
    found: dict[int, int] = {}
    for n in range(segs):
        for code in range(starts[n], ends[n] + 1):
            if code == 0xFFFF:
                continue
            if ranges[n] == 0:
                gid = (code + deltas[n]) & 0xFFFF
            else:
                at = range_at + 2 * n + ranges[n] + 2 * (code - starts[n])
                gid = struct.unpack_from(">H", cmap, at)[0]
                gid = (gid + deltas[n]) & 0xFFFF if gid else 0
            if gid:
                found[code] = gid
    return found


def _components(glyph: bytes) -> list[int]:
    """The glyphs a composite glyph is made of (none for a simple one)."""
    if len(glyph) < 10 or struct.unpack_from(">h", glyph, 0)[0] >= 0:
        return []
    parts, at = [], 10
    while True:
        flags, gid = struct.unpack_from(">HH", glyph, at)
        parts.append(gid)
        at += 4 + (4 if flags & _ARG_WORDS else 2)
        at += 2 if flags & _SCALE else 4 if flags & _XY_SCALE else 8 if flags & _TWO_BY_TWO else 0
        if not flags & _MORE:
            return parts


def _closure(gids: set[int], glyf: bytes, loca: list[int]) -> set[int]:
    kept, todo = set(gids), list(gids)
    while todo:
        gid = todo.pop()
        for part in _components(glyf[loca[gid] : loca[gid + 1]]):
            if part not in kept:
                kept.add(part)
                todo.append(part)
    return kept


def _font_file(tables: dict[bytes, bytes]) -> bytes:
    """A TrueType file of ``tables`` (sorted directory, padded, with checksums)."""
    tags = sorted(tables)
    count = len(tags)
    power = 1 << (count.bit_length() - 1)
    header = struct.pack(">IHHHH", 0x00010000, count, power * 16, power.bit_length() - 1,
                         count * 16 - power * 16)  # fmt: skip
    directory, body = bytearray(), bytearray()
    offset = 12 + 16 * count
    for tag in tags:
        data = tables[tag]
        padded = data + b"\0" * (-len(data) % 4)
        checksum = sum(struct.unpack(f">{len(padded) // 4}I", padded)) & 0xFFFFFFFF
        directory += struct.pack(">4sIII", tag, checksum, offset + len(body), len(data))
        body += padded
    return header + bytes(directory) + bytes(body)
