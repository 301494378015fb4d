"""A PDF file from pages of drawing operators: fonts embedded as subsets, pictures as RGB.

Only what the app's documents need (A4 pages, TrueType text, lines, filled boxes,
pictures), written directly: drawing 2,700 pages through Qt's or ReportLab's PDF engines
took 6–7 s of CPU for the text alone, about 30 µs per run of text; writing the operators
here costs a few µs. Text is extractable: every font carries a ToUnicode map.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from dataclasses import dataclass, field

from facilitator_app.export.pdf_font import TrueTypeFont

A4 = (595.28, 841.89)  # points
# Pictures (flat-coloured boards and charts) and pages: level 3 took half of level 6's
# CPU time (2,000-idea summary's 4 pictures: 0.13 -> 0.06 s) for 8 % more bytes.
_LEVEL = 3


def hex_text(text: str) -> str:
    """A text run as PDF hex string contents (CID = code point, see ``pdf_font``)."""
    return text.encode("utf-16-be").hex()


def pdf_string(text: str) -> str:
    """A text string of the document information (UTF-16 with its byte-order mark)."""
    return "<feff" + hex_text(text) + ">"


@dataclass
class _Image:
    width: int
    height: int
    rgb: bytes


@dataclass
class PdfWriter:
    """Pages, fonts (``/F0``, ``/F1``, … in the order given) and pictures (``/Im0``, …)."""

    fonts: list[TrueTypeFont]
    title: str = ""
    creator: str = ""
    pages: list[bytes] = field(default_factory=list)
    images: list[_Image] = field(default_factory=list)
    # What was drawn in each font: its glyphs are embedded (pages append to these).
    texts: list[list[str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.texts = [[] for _ in self.fonts]

    def add_image(self, width: int, height: int, rgb: bytes) -> str:
        """A picture of ``width`` × ``height`` RGB pixels; returns its resource name."""
        self.images.append(_Image(width, height, rgb))
        return f"Im{len(self.images) - 1}"

    def add_page(self, operators: str) -> None:
        """One A4 page drawn by ``operators`` (PDF content stream, ASCII)."""
        self.pages.append(zlib.compress(operators.encode("ascii"), _LEVEL))

    def finish(self) -> bytes:
        """The whole PDF file."""
        objects: list[bytes] = []

        def add(body: bytes | str) -> int:
            objects.append(body.encode("ascii") if isinstance(body, str) else body)
            return len(objects)

        def stream(data: bytes, extra: str = "", deflate: bool = True, level: int = 6) -> int:
            if deflate:
                data = zlib.compress(data, level)
                extra += " /Filter /FlateDecode"
            head = f"<< /Length {len(data)}{extra} >>\nstream\n".encode("ascii")
            return add(head + data + b"\nendstream")

        # A font nothing was drawn in is left out (a certificate has no italics).
        fonts = {n: self._font(n, add, stream) for n in range(len(self.fonts)) if self.texts[n]}
        images = [
            stream(
                i.rgb,
                f" /Type /XObject /Subtype /Image /Width {i.width} /Height {i.height}"
                " /ColorSpace /DeviceRGB /BitsPerComponent 8",
                level=_LEVEL,
            )
            for i in self.images
        ]
        resources = add(
            "<< /Font << "
            + " ".join(f"/F{n} {ref} 0 R" for n, ref in fonts.items())
            + " >> /XObject << "
            + " ".join(f"/Im{n} {ref} 0 R" for n, ref in enumerate(images))
            + " >> >>"
        )
        pages_ref = len(objects) + 2 * len(self.pages) + 1
        kids = []
        for content in self.pages:
            ref = stream(content, " /Filter /FlateDecode", deflate=False)
            kids.append(
                add(
                    f"<< /Type /Page /Parent {pages_ref} 0 R /MediaBox [0 0 {A4[0]} {A4[1]}]"
                    f" /Resources {resources} 0 R /Contents {ref} 0 R >>"
                )
            )
        add(
            "<< /Type /Pages /Kids ["
            + " ".join(f"{k} 0 R" for k in kids)
            + f"] /Count {len(kids)} >>"
        )
        catalog = add(f"<< /Type /Catalog /Pages {pages_ref} 0 R >>")
        info = add(
            f"<< /Title {pdf_string(self.title)} /Creator {pdf_string(self.creator)}"
            f" /Producer {pdf_string(self.creator)} >>"
        )
        out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for n, body in enumerate(objects, start=1):
            offsets.append(len(out))
            out += f"{n} 0 obj\n".encode("ascii") + body + b"\nendobj\n"
        xref = len(out)
        out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode("ascii")
        out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode("ascii")
        out += (
            f"trailer\n<< /Size {len(objects) + 1} /Root {catalog} 0 R /Info {info} 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n"
        ).encode("ascii")
        return bytes(out)

    def _font(self, n: int, add: Callable[[bytes | str], int], stream: Callable[..., int]) -> int:
        font = self.fonts[n]
        codes = {ord(c) for c in set("".join(self.texts[n]))}
        font_file, gid_map = font.subset(codes)
        scale = 1000 / font.units_per_em
        # A subset's name starts with six capital letters of its own (PDF 32000-1, 9.6.4).
        name = f"FAPDF{chr(65 + n)}+{font.name}"
        file_ref = stream(font_file, f" /Length1 {len(font_file)}")
        descriptor = add(
            f"<< /Type /FontDescriptor /FontName /{name} /Flags {96 if font.italic_angle else 32}"
            f" /FontBBox [{' '.join(str(round(v * scale)) for v in font.bbox)}]"
            f" /ItalicAngle {font.italic_angle:g} /Ascent {round(font.ascent * scale)}"
            f" /Descent {round(font.descent * scale)} /CapHeight {round(font.cap_height * scale)}"
            f" /StemV 80 /FontFile2 {file_ref} 0 R >>"
        )
        map_ref = stream(gid_map)
        widths = " ".join(f"{c} [{font.glyph_width(c)}]" for c in sorted(codes))
        cid = add(
            f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{name}"
            " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
            f" /FontDescriptor {descriptor} 0 R /W [{widths}] /CIDToGIDMap {map_ref} 0 R >>"
        )
        unicode_ref = stream(_to_unicode(codes).encode("ascii"))
        return add(
            f"<< /Type /Font /Subtype /Type0 /BaseFont /{name} /Encoding /Identity-H"
            f" /DescendantFonts [{cid} 0 R] /ToUnicode {unicode_ref} 0 R >>"
        )


def _to_unicode(codes: set[int]) -> str:
    """The CMap that maps each CID back to its character, for copying and searching text."""
    lines = [
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
        "/CMapName /Adobe-Identity-UCS def /CMapType 2 def",
        "1 begincodespacerange <0000> <FFFF> endcodespacerange",
    ]
    ordered = sorted(codes)
    for at in range(0, len(ordered), 100):
        chunk = ordered[at : at + 100]
        lines.append(f"{len(chunk)} beginbfchar")
        lines += [f"<{c:04x}> <{c:04x}>" for c in chunk]
        lines.append("endbfchar")
    lines.append("endcmap CMapName currentdict /CMap defineresource pop end end")
    return "\n".join(lines)
