"""Blocks laid out on numbered A4 pages: the one page machinery of the app's PDFs.

Lines are broken with the fonts' own widths; a page is a run of units (a paragraph or
list item, a table row, a picture) that never split, except a paragraph taller than a
third of a page, which splits between lines. A heading (and a bold line that heads a
list) stays on the page of what follows it; a table's heading rows are repeated on every
page it continues on. Each page gets "Page N of M" at its foot.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache

from facilitator_app.export.pdf_font import TrueTypeFont
from facilitator_app.export.pdf_html import MUTED, REGULAR, Block, Cell, Para, Picture, Table
from facilitator_app.export.pdf_writer import A4, PdfWriter
from facilitator_app.paths import resources_dir

MARGIN, MARGIN_BOTTOM = 42.52, 34.02  # 15 mm, 12 mm
WIDTH = A4[0] - 2 * MARGIN
FOOTER = 21.0
BODY = A4[1] - MARGIN - MARGIN_BOTTOM - FOOTER
LEADING = 1.25  # line height / font size
ASCENT = 0.93  # DejaVu Sans, em
PAD_X, PAD_Y = 4.5, 1.5  # table cells (2px 6px)
BORDER = "0.6 0.6 0.6"
BOX = "0.718 0.11 0.11"  # a warning's frame
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf")

Frag = tuple[float, int, str, str]  # x, font, colour, text
Line = tuple[float, list[Frag]]  # width, fragments
Draw = Callable[["_Page", float], None]


@dataclass
class Image:
    """A picture's pixels (RGB, 8 bits each) and its size on the page in CSS pixels."""

    width: int
    height: int
    rgb: bytes
    css_width: float
    css_height: float


@dataclass
class _Unit:
    height: float
    gap: float  # space above it, dropped at the top of a page
    keep: bool
    draw: Draw
    head: list[_Unit] | None = None  # table heading rows to repeat above it on a new page


@dataclass
class _Page:
    writer: PdfWriter
    images: dict[str, Image]
    placed: dict[str, str]
    ops: list[str] = field(default_factory=list)
    font: int = -1
    size: float = 0.0
    colour: str = ""

    def text(self, x: float, top: float, size: float, line: Line) -> None:
        """One line whose box starts ``top`` points below the top margin."""
        y = A4[1] - MARGIN - top - size * ((LEADING - 1.164) / 2 + ASCENT)
        ops, texts = self.ops, self.writer.texts
        frags = line[1]
        if not frags:
            return
        # One position per line: each run then starts where the one before it ended, as
        # the writer's glyph widths are the ones the line was measured with.
        ops.append(f"BT 1 0 0 1 {x + frags[0][0]:.2f} {y:.2f} Tm")
        for _x, font, colour, text in frags:
            if font != self.font or size != self.size:
                ops.append(f"/F{font} {size:g} Tf")
                self.font, self.size = font, size
            if colour != self.colour:
                ops.append(colour + " rg")
                self.colour = colour
            ops.append("<" + text.encode("utf-16-be").hex() + "> Tj")
            texts[font].append(text)
        ops.append("ET")

    def fill(self, colour: str, x: float, top: float, w: float, h: float) -> None:
        self.ops.append(f"{colour} rg {x:.2f} {A4[1] - MARGIN - top - h:.2f} {w:.2f} {h:.2f} re f")
        self.colour = colour

    def frame(self, colour: str, width: float, x: float, top: float, w: float, h: float) -> None:
        y = A4[1] - MARGIN - top - h
        self.ops.append(f"{colour} RG {width:g} w {x:.2f} {y:.2f} {w:.2f} {h:.2f} re S")

    def rule(self, x: float, top: float, w: float) -> None:
        y = A4[1] - MARGIN - top
        self.ops.append(f"0.463 0.463 0.463 RG 0.75 w {x:.2f} {y:.2f} m {x + w:.2f} {y:.2f} l S")

    def picture(self, name: str, x: float, top: float, w: float, h: float) -> None:
        if name not in self.placed:
            image = self.images[name]
            self.placed[name] = self.writer.add_image(image.width, image.height, image.rgb)
        y = A4[1] - MARGIN - top - h
        self.ops.append(f"q {w:.2f} 0 0 {h:.2f} {x:.2f} {y:.2f} cm /{self.placed[name]} Do Q")


class Typesetter:
    """Breaks text into lines with the document fonts."""

    def __init__(self, fonts: list[TrueTypeFont]) -> None:
        self.fonts = fonts
        self._measures = [f.word_width for f in fonts]
        self._markers: dict[tuple[str, float], Line] = {}

    def lines(self, runs: list[tuple[str, int, str]], size: float, width: float) -> list[Line]:
        """Greedy line breaking at spaces; a word wider than the line is cut."""
        lines: list[Line] = []
        frags: list[Frag] = []
        x = end = 0.0
        for text, font, colour in runs:
            measure = self._measures[font]
            whole = measure(text) * size
            if x + whole <= width and (x or text[0] != " ") and text != "\n":
                frags.append((x, font, colour, text))  # most runs fit whole: no words to measure
                inked = whole if text[-1] != " " else measure(text.rstrip(" ")) * size
                end, x = x + inked, x + whole
                continue
            if text == "\n":  # a <br>: runs of text never hold one (spaces are collapsed)
                lines.append((end, frags))
                frags, x, end = [], 0.0, 0.0
                continue
            start, parts = x, list[str]()
            space = measure(" ") * size
            pieces = text.split(" ")
            last = len(pieces) - 1
            for n, bare in enumerate(pieces):
                if n == last and not bare:
                    break
                word = bare + " " if n < last else bare
                w = measure(bare) * size
                if x + w > width and (frags or parts):
                    if parts:
                        frags.append((start, font, colour, "".join(parts)))
                    lines.append((end, frags))
                    frags, parts, x, end, start = [], [], 0.0, 0.0, 0.0
                if not (frags or parts):
                    if not bare:
                        continue  # no spaces at the start of a line
                    while w > width and len(bare) > 1:  # cut a word too long for any line
                        cut = self._fit(bare, font, size, width)
                        lines.append((width, [(0.0, font, colour, bare[:cut])]))
                        word, bare = word[cut:], bare[cut:]
                        w = measure(bare) * size
                parts.append(word)
                end = x + w
                x = end + space if n < last else end
            if parts:
                frags.append((start, font, colour, "".join(parts)))
        if frags:
            lines.append((end, frags))
        return lines

    def marker(self, marker: str, size: float) -> Line:
        """A list item's bullet or number, as a line of its own."""
        key = (marker, size)
        line = self._markers.get(key)
        if line is None:
            width = self.fonts[REGULAR].width(marker) * size
            line = self._markers[key] = (width, [(0.0, REGULAR, MUTED, marker)])
        return line

    def _fit(self, word: str, font: int, size: float, width: float) -> int:
        widths = self.fonts[font].widths
        total = 0.0
        for n, char in enumerate(word):
            total += widths[char] * size
            if total > width:
                return max(1, n)
        return len(word)

    def natural(self, runs: list[tuple[str, int, str]], size: float) -> tuple[float, float]:
        """Width of the text on one line (forced breaks kept), and of its widest word."""
        widest = longest = line = 0.0
        for text, font, _colour in runs:
            measure = self._measures[font]
            if text == "\n":
                longest, line = max(longest, line), 0.0
                continue
            line += measure(text) * size
            for word in text.split(" "):
                widest = max(widest, measure(word) * size)
        return max(longest, line), widest


def _para_units(para: Para, setter: Typesetter, gap: float) -> list[_Unit]:
    size = para.size
    height = size * LEADING
    pad = 4.0 if para.box else 0.0
    width = WIDTH - para.indent - 2 * pad
    lines = setter.lines(para.runs, size, width)
    marker = setter.marker(para.marker, size) if para.marker else None
    left = MARGIN + para.indent + pad

    def draw_lines(chunk: list[Line], first: bool) -> Draw:
        def draw(page: _Page, top: float) -> None:
            if para.box:
                page.frame(BOX, 1.5, MARGIN, top, WIDTH, len(chunk) * height + 2 * pad)
            y = top + pad
            bullet = marker if first else None
            for line in chunk:
                x = left + (width - line[0]) / 2 if para.centred else left
                if bullet is not None:
                    page.text(x - bullet[0] - 5, y, size, bullet)
                    bullet = None
                page.text(x, y, size, line)
                y += height
            if para.rule:
                page.rule(MARGIN, top + len(chunk) * height + 1.5, WIDTH)

        return draw

    rule = 3.0 if para.rule else 0.0
    if len(lines) * height <= BODY / 3 or para.box or para.heading:
        return [
            _Unit(len(lines) * height + 2 * pad + rule, gap, para.keep, draw_lines(lines, True))
        ]
    return [
        _Unit(height, gap if n == 0 else 0.0, False, draw_lines([line], n == 0))
        for n, line in enumerate(lines)
    ]


def _column_widths(table: Table, setter: Typesetter) -> list[float]:
    columns = max(len(r) for r in table.rows)
    natural, widest = [0.0] * columns, [0.0] * columns
    given: list[float | None] = [None] * columns
    pad = 2 * PAD_X if table.borders else 11.0
    for row in table.rows:
        for n, cell in enumerate(row):
            size = table.size
            line, word = setter.natural(cell.runs, size)
            natural[n] = max(natural[n], line + pad)
            widest[n] = max(widest[n], word + pad)
            if cell.width is not None and given[n] is None:
                given[n] = WIDTH * cell.width / 100
    if not table.full and all(g is None for g in given) and sum(natural) <= WIDTH:
        return natural
    free = [n for n in range(columns) if given[n] is None]
    room = WIDTH - sum(g for g in given if g is not None)
    wanted = sum(natural[n] for n in free)
    out = [g or 0.0 for g in given]
    for n in free:
        if wanted <= room:
            out[n] = (
                natural[n] + (room - wanted) * natural[n] / wanted if table.full else natural[n]
            )
        else:
            out[n] = max(widest[n], room * natural[n] / wanted)
    # A column never cuts a word ("Stemme|r") while another has room to give.
    short = sum(max(0.0, widest[n] - out[n]) for n in range(columns))
    if short:
        out = [max(w, widest[n]) for n, w in enumerate(out)]
    excess = sum(out) - WIDTH
    spare = [max(0.0, w - widest[n]) for n, w in enumerate(out)]
    if excess > 0 and sum(spare) >= excess:  # narrower columns with room to spare
        out = [w - give * excess / sum(spare) for w, give in zip(out, spare, strict=True)]
    elif excess > 0:  # the widest words do not fit side by side: squeeze them all
        out = [w * WIDTH / sum(out) for w in out]
    return out


def _table_units(table: Table, setter: Typesetter, gap: float) -> Iterator[_Unit]:
    widths = _column_widths(table, setter)
    size = table.size
    height = size * LEADING
    pad_x, pad_y = (PAD_X, PAD_Y) if table.borders else (0.0, 0.0)
    heads: list[_Unit] = []
    # Numbers align right where their column's heading does (the report's CSS aligns
    # both; the summary's aligns neither), or where the column has no heading.
    headed = {n: c.right for row in table.rows for n, c in enumerate(row) if c.header}
    head_rows = table.head or (1 if all(c.header for c in table.rows[0]) else 0)
    for r, row in enumerate(table.rows):
        cells: list[tuple[float, float, bool, Cell, list[Line]]] = []
        x = MARGIN
        for n, cell in enumerate(row):
            w = widths[n] if n < len(widths) else 0.0
            inner = w - 2 * pad_x if table.borders else w - 11.0
            right = cell.right and headed.get(n, True)
            cells.append((x, w, right, cell, setter.lines(cell.runs, size, max(inner, 1.0))))
            x += w
        lines = max((len(c[4]) for c in cells), default=1) or 1
        for chunk in range(0, lines, max(1, int((BODY - 2 * pad_y) // height))):
            rows = _row(cells, chunk, int((BODY - 2 * pad_y) // height), table, height)
            unit = _Unit(rows[0], gap if r == 0 else 0.0, r < head_rows, rows[1])
            if r < head_rows:
                heads.append(unit)
            else:
                unit.head = heads
            yield unit


def _row(
    cells: list[tuple[float, float, bool, Cell, list[Line]]],
    first: int,
    most: int,
    table: Table,
    height: float,
) -> tuple[float, Draw]:
    pad_x, pad_y = (PAD_X, PAD_Y) if table.borders else (0.0, 0.0)
    shown = [(x, w, right, c, lines[first : first + most]) for x, w, right, c, lines in cells]
    row_h = max(1, *(len(s[4]) for s in shown)) * height + 2 * pad_y

    def draw(page: _Page, top: float) -> None:
        for x, w, right, cell, lines in shown:
            if cell.header and table.borders:
                page.fill("0.933 0.933 0.933", x, top, w, row_h)
            for n, line in enumerate(lines):
                at = x + pad_x + (w - 2 * pad_x - line[0] if right else 0.0)
                page.text(at, top + pad_y + n * height, table.size, line)
            if table.borders:
                page.frame(BORDER, 0.75, x, top, w, row_h)

    return row_h, draw


def _picture_unit(block: Picture, images: dict[str, Image], gap: float) -> _Unit | None:
    image = images.get(block.name)
    if image is None:
        return None
    w = (block.width or image.css_width) * 0.75
    h = (block.height or image.css_height) * 0.75
    scale = min(1.0, WIDTH / max(w, 1.0), (BODY - 8) / max(h, 1.0))
    w, h = w * scale, h * scale

    def draw(page: _Page, top: float) -> None:
        page.picture(block.name, MARGIN, top + 4, w, h)

    return _Unit(h + 8, gap, False, draw)


def _units(blocks: list[Block], setter: Typesetter, images: dict[str, Image]) -> list[_Unit]:
    units: list[_Unit] = []
    after = 0.0
    for block in blocks:
        if isinstance(block, Para):
            units += _para_units(block, setter, max(after, block.before))
            after = block.after
        elif isinstance(block, Table):
            units += _table_units(block, setter, max(after, 5.0))
            after = 5.0
        else:
            unit = _picture_unit(block, images, after)
            if unit is not None:
                units.append(unit)
            after = 4.0
    return units


def paginate(units: list[_Unit]) -> list[list[tuple[float, _Unit]]]:
    """Units placed on pages (top offset, unit): none split, headings kept with the next."""
    pages: list[list[tuple[float, _Unit]]] = [[]]
    y = 0.0
    for n, unit in enumerate(units):
        gap = unit.gap if pages[-1] else 0.0
        need = unit.height
        if unit.keep:  # the unit and those kept with it, up to the first that is not kept
            m = n
            while m + 1 < len(units) and units[m].keep:
                m += 1
                need += units[m].gap + units[m].height
            need = min(need, BODY)
        if pages[-1] and y + gap + need > BODY:
            pages.append([])
            y, gap = 0.0, 0.0
            if unit.head:
                for head in unit.head:
                    pages[-1].append((y, head))
                    y += head.height
        pages[-1].append((y + gap, unit))
        y += gap + unit.height
    return pages


@cache
def document_fonts() -> list[TrueTypeFont]:
    """DejaVu Sans regular, bold and oblique from ``resources/fonts``, read once."""
    return [TrueTypeFont(resources_dir() / "fonts" / name) for name in FONT_FILES]


def layout_pdf(
    blocks: list[Block],
    images: dict[str, Image],
    fonts: list[TrueTypeFont],
    title: str,
    page_words: str,
) -> bytes:
    """The PDF of ``blocks``: A4 pages, ``page_words`` (``{n}``, ``{total}``) at each foot."""
    setter = Typesetter(fonts)
    pages = paginate(_units(blocks, setter, images))
    writer = PdfWriter(fonts, title=title, creator="facilitator-app")
    placed: dict[str, str] = {}
    for number, placed_units in enumerate(pages, start=1):
        page = _Page(writer, images, placed)
        for top, unit in placed_units:
            unit.draw(page, top)
        if page_words:
            words = page_words.format(n=number, total=len(pages))
            size = 8.25
            line = setter.lines([(words, REGULAR, MUTED)], size, WIDTH)[0]
            page.text(MARGIN + (WIDTH - line[0]) / 2, BODY + 6, size, line)
        writer.add_page("\n".join(page.ops))
    return writer.finish()
