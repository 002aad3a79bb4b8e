"""Python's cycle collector held back while one report is read and analysed (issue 17).

Reading a report builds a large graph of objects that lives until the report is done (a PDF's words,
fragments and lines; a text's lines, blocks and sentences). With the default thresholds the collector
runs a young collection every 700 new objects and, each time the survivors have grown by a quarter, a
full collection over every object of the process: on Bayer's 126-page PDF that was 2-3 full passes and
~25 % of the CPU of `analyze` (0.55-0.68 s of ~3.8 s, measured with gc callbacks), on 8x a text report
~10 %; and the full passes cost more the larger the report, so time per report grew faster than its size.

`paused()` raises the young generation's threshold to `YOUNG` objects for the duration of the block, so
collections still run and free cyclic garbage (a PDF page's fragments and their tokens refer to each
other) but each pass covers many new objects at once and the full collection is not reached within a
report. The memory held by uncollected cycles stays under about `YOUNG` objects (a few MB). Only the
collector's schedule changes: nothing is freed that would not be, no result depends on it.

Blocks may nest and run in several threads at once (a worker with several threads): the first to enter
sets the threshold, the last to leave puts back what it found.
"""
from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

YOUNG = 100_000   # new objects between two young collections while paused (the default is 700)

_LOCK = threading.Lock()
_depth = 0
_saved: tuple[int, ...] | None = None


@contextmanager
def paused() -> Iterator[None]:
    """Run the block with the young generation collected every `YOUNG` new objects (see the module)."""
    global _depth, _saved
    with _LOCK:
        if _depth == 0:
            _saved = gc.get_threshold()
            if 0 < _saved[0] < YOUNG:   # 0: the collector's thresholds are off, left so
                gc.set_threshold(YOUNG, *_saved[1:])
        _depth += 1
    try:
        yield
    finally:
        with _LOCK:
            _depth -= 1
            if _depth == 0 and _saved is not None:
                gc.set_threshold(*_saved)
                _saved = None
