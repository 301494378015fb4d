"""Pausing Python's cyclic garbage collector around bursts that make many objects.

Reading 50,000 ideas, building the report model from them and rendering it each make
hundreds of thousands of objects that live until the step ends. Meanwhile the collector
runs every few hundred allocations and walks what is alive, now and then the whole heap:
validating the 50 × 1,000-idea report model took 0.85 s CPU with it and 0.12 s without
(docs/benchmarks.md). Nothing in these steps makes reference cycles that must go early;
reference counting still frees everything at once, and any cycle made meanwhile is
collected by the collector's next full scan.

When the pause ends, what the burst made and kept (the report model: some 150,000
tracked objects) is moved to the oldest generation in one step (``gc.freeze`` then
``gc.unfreeze``, two list splices) instead of being walked by the first young-generation
scan after the pause: that walk cost 0.09 s CPU after every report build. It is skipped
while anything is frozen (the whiteboard freezes its notes, ui/board/controller.py), so
that nobody else's frozen objects are let go.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = True


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the collector for the ``with`` body; nested or in several threads at once,
    it runs again when the last one ends (if it ran before the first began)."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                if gc.get_freeze_count() == 0:
                    gc.freeze()
                    gc.unfreeze()
                gc.enable()
