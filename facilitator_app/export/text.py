"""Text that XML formats (SVG, DOCX, XLSX) can hold.

XML 1.0 forbids most control characters, lone surrogates and U+FFFE/U+FFFF; a note that
somehow holds one (pasted from elsewhere, or a crafted summary file) must not break the
whole document, so those characters are dropped. Tab, newline and carriage return stay.
"""

from __future__ import annotations

_NOT_XML = dict.fromkeys(
    [c for c in range(32) if c not in (9, 10, 13)] + list(range(0xD800, 0xE000)) + [0xFFFE, 0xFFFF]
)


def xml_safe(text: str) -> str:
    """``text`` without the characters XML cannot carry."""
    return text.translate(_NOT_XML)
