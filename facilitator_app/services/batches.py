"""Lists of ids cut into pieces a single SQL statement can take.

SQLite allows at most 32,766 bound variables per statement (999 before 3.32, still the
limit of some builds); 500 ids per ``IN (…)`` keeps every query well under either and
costs a pull of 10,000 rows twenty short statements.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")
IN_LIST_SIZE = 500


def chunks(items: Sequence[T], size: int = IN_LIST_SIZE) -> Iterator[Sequence[T]]:
    """``items`` in consecutive slices of at most ``size`` (none for an empty list)."""
    if size < 1:
        raise ValueError("size must be at least 1")
    for start in range(0, len(items), size):
        yield items[start : start + size]
