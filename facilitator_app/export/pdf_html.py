"""The app's own HTML read into blocks for the PDF pages: paragraphs, tables, pictures.

Only the HTML that ``export/html.py``, ``export/report_html.py`` and the certificates
write is understood (headings, paragraphs, lists, tables, ``b``/``i``/``span`` classes,
``br``, ``img``, and a few inline styles); it is tokenised with one regular expression,
which reads the 9 MB report in a fraction of a second where a general parser took
seconds. Styles mirror the documents' CSS.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from html import unescape
from typing import NamedTuple

# Fonts by number, as the PDF writer is given them: regular, bold, italic.
REGULAR, BOLD, ITALIC = 0, 1, 2
TEXT = "0.133 0.133 0.133"
MUTED = "0.349 0.349 0.349"  # #595959: 7:1 on white
RED = "0.718 0.11 0.11"  # #b71c1c

_TOKEN = re.compile(r"<(/?)([a-zA-Z0-9!]+)([^>]*)>|([^<]+)")
_ATTR = re.compile(r"""([a-zA-Z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_SPACE = re.compile(r"\s+")
# Outside the BMP (DejaVu has none of these) or a lone surrogate (cannot be written).
_WIDE = re.compile("[\ud800-\udfff\U00010000-\U0010ffff]")
_SKIPPED = {"head", "style", "title", "script"}
_INLINE = {"b", "strong", "i", "em", "span", "code"}
_HEADINGS = {"h1": 18.0, "h2": 14.0, "h3": 12.0, "h4": 11.0}

Run = tuple[str, int, str]  # text, font, fill colour ("r g b")


@dataclass
class Para:
    """A paragraph, heading or list item."""

    runs: list[Run]
    size: float = 11.0
    heading: int = 0
    marker: str = ""
    indent: float = 0.0
    before: float = 0.0
    after: float = 5.0
    centred: bool = False
    rule: bool = False  # a line under it (h2)
    box: bool = False  # a red frame around it (a warning)
    keep: bool = False  # on the same page as what follows


@dataclass
class Cell:
    """A table cell."""

    runs: list[Run]
    header: bool = False
    right: bool = False
    width: float | None = None  # percent of the table's width


@dataclass
class Table:
    """A table; ``head`` rows are repeated on every page the table continues on."""

    rows: list[list[Cell]] = field(default_factory=list)
    head: int = 0
    full: bool = False
    borders: bool = True
    size: float = 9.0


@dataclass
class Picture:
    """A picture handed over by name; sizes in CSS pixels when the HTML gives them."""

    name: str
    width: float | None
    height: float | None


Block = Para | Table | Picture


@cache
def _attrs(text: str) -> dict[str, str]:
    return {m[1].lower(): m[2] if m[2] is not None else m[3] for m in _ATTR.finditer(text)}


def _colour(hex_colour: str) -> str:
    value = hex_colour.lstrip("#")
    if len(value) == 3:
        value = "".join(c * 2 for c in value)
    return " ".join(f"{int(value[n : n + 2], 16) / 255:.3g}" for n in (0, 2, 4))


class _Look(NamedTuple):
    """What an open element does to the text inside it."""

    bold: bool = False
    italic: bool = False
    colour: str = TEXT
    size: float | None = None
    centred: bool = False

    @property
    def font(self) -> int:
        return BOLD if self.bold else ITALIC if self.italic else REGULAR


@cache
def _look(parent: _Look, tag: str, raw: str) -> _Look:
    """The look inside ``<tag raw>`` in ``parent`` (remembered: the same few recur)."""
    attrs = _attrs(raw)
    bold, italic, colour, size, centred = parent
    classes = attrs.get("class", "").split()
    bold = bold or tag in ("b", "strong", "th") or tag in _HEADINGS
    italic = italic or tag in ("i", "em")
    if "muted" in classes:
        colour = MUTED
    if "votes" in classes:
        colour, bold = RED, True
    centred = centred or attrs.get("align") == "center"
    style = attrs.get("style", "")
    if found := re.search(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{3,6})", style):
        colour = _colour(found[1])
    bold = bold or bool(re.search(r"font-weight:\s*bold", style))
    if found := re.search(r"font-size:\s*([\d.]+)pt", style):
        size = float(found[1])
    return _Look(bold, italic, colour, size, centred)


class _Reader:
    """Turns the token stream into blocks."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.looks = [_Look()]
        self.tags: list[str] = []
        self.runs: list[Run] | None = None  # where text goes now
        self.para: Para | None = None
        self.table: Table | None = None
        self.lists: list[list[int]] = []  # per open list: [next number] or [] (bullets)
        self.in_head = False

    def start(self, tag: str, raw: str) -> None:
        look = _look(self.looks[-1], tag, raw)
        attrs = _attrs(raw)
        if tag in ("br", "img", "meta"):
            if tag == "br" and self.runs is not None:
                self.runs.append(("\n", REGULAR, TEXT))
            elif tag == "img":
                self.close_para()
                self.blocks.append(Picture(attrs.get("src", ""), _num(attrs, "width"),
                                           _num(attrs, "height")))  # fmt: skip
            return
        self.tags.append(tag)
        self.looks.append(look)
        classes = attrs.get("class", "").split()
        if tag in _HEADINGS or (tag in ("p", "li", "div") and self.table is None):
            self.close_para()
            size = look.size or _HEADINGS.get(tag, 11.0)
            # Larger type, more room after it (a certificate's lines are 11–26 pt).
            para = Para([], size=size, centred=look.centred, after=max(5.0, size / 2))
            if tag in _HEADINGS:
                level = int(tag[1])
                para.heading, para.keep = level, True
                para.before = {1: 0.0, 2: 14.0, 3: 9.0, 4: 6.0}[level]
                para.after = {1: 4.0, 2: 6.0, 3: 3.0, 4: 2.0}[level]
                para.rule = level == 2 and look.size is None
            elif tag == "li":
                numbers = self.lists[-1] if self.lists else []
                para.marker = f"{numbers[0]}." if numbers else "•"
                if numbers:
                    numbers[0] += 1
                para.indent = 18.0 * max(1, len(self.lists))
                para.after = 1.5
            elif "warn" in classes:
                para.box, para.before, para.after = True, 4.0, 8.0
            self.para, self.runs = para, para.runs
        elif tag in ("ul", "ol"):
            self.close_para()
            self.lists.append([1] if tag == "ol" else [])
        elif tag == "table":
            self.close_para()
            meta = "meta" in classes
            self.table = Table(full=attrs.get("width") == "100%", borders=not meta,
                               size=11.0 if meta else 9.0)  # fmt: skip
        elif tag == "tr" and self.table is not None:
            self.table.rows.append([])
        elif tag in ("td", "th") and self.table is not None and self.table.rows:
            width = attrs.get("width", "")
            percent = float(width.rstrip("%")) if width.endswith("%") else None
            cell = Cell([], header=tag == "th", right="n" in classes, width=percent)
            self.table.rows[-1].append(cell)
            self.runs = cell.runs
        elif tag in _SKIPPED:
            self.in_head = True

    def end(self, tag: str) -> None:
        if tag not in self.tags:
            return
        while self.tags:  # close what was left open inside, as a browser would
            open_tag = self.tags.pop()
            self.looks.pop()
            self._closed(open_tag)
            if open_tag == tag:
                break

    def _closed(self, tag: str) -> None:
        if tag in _HEADINGS or (tag in ("p", "li", "div") and self.table is None):
            self.close_para()
        elif tag in ("ul", "ol") and self.lists:
            self.lists.pop()
            if self.blocks and isinstance(self.blocks[-1], Para):
                self.blocks[-1].after = max(self.blocks[-1].after, 5.0)
        elif tag == "thead" and self.table is not None:
            self.table.head = len(self.table.rows)
        elif tag in ("td", "th"):
            self.runs = None
        elif tag == "table" and self.table is not None:
            if self.table.rows:
                self.blocks.append(self.table)
            self.table = None
        elif tag in _SKIPPED:
            self.in_head = False

    def text(self, text: str) -> None:
        if self.in_head or (self.runs is None and text.isspace()):
            return  # the line breaks between blocks
        if "&" in text:
            text = unescape(text)
        if "  " in text or "\n" in text or "\t" in text or "\r" in text or "\xa0" in text:
            text = _SPACE.sub(" ", text.replace("\xa0", "\x00")).replace("\x00", "\xa0")
        if self.runs is None:
            if not text.strip(" "):
                return
            self.para = Para([], centred=self.looks[-1].centred)
            self.runs = self.para.runs
        look = self.looks[-1]
        self.runs.append((text, look.font, look.colour))

    def close_para(self) -> None:
        para = self.para
        if para is not None and any(t.strip(" \n") for t, _f, _c in para.runs):
            if not para.heading and all(f == BOLD for t, f, _c in para.runs if t.strip(" ")):
                para.keep = True  # a bold line alone heads what follows (a cluster's name)
            self.blocks.append(para)
        self.para = None
        self.runs = None


def _num(attrs: dict[str, str], name: str) -> float | None:
    value = attrs.get(name, "")
    return float(value) if value.replace(".", "", 1).isdigit() else None


def _fits_the_bmp(html: str) -> bool:
    try:  # one C pass; a regular expression over 9 MB took 0.1 s
        return html.isascii() or len(html.encode("utf-16-le")) == 2 * len(html)
    except UnicodeEncodeError:  # a lone surrogate
        return False


def read_blocks(html: str) -> list[Block]:
    """The blocks of ``html`` (lower-case tags, as the app writes them), in order."""
    reader = _Reader()
    if not _fits_the_bmp(html):
        html = _WIDE.sub("\ufffd", html)
    tags, looks = reader.tags, reader.looks
    for closing, tag, attrs, text in _TOKEN.findall(html):
        if text:
            reader.text(text)
        elif tag in _INLINE:  # most tags are these: handled here, without a call
            if not closing:
                tags.append(tag)
                looks.append(_look(looks[-1], tag, attrs))
            elif tags and tags[-1] == tag:
                tags.pop()
                looks.pop()
            else:
                reader.end(tag)
        elif closing:
            reader.end(tag)
        elif not tag.startswith("!"):
            reader.start(tag, attrs)
    reader.close_para()
    return reader.blocks
