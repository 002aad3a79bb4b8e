"""Worker tasks for the parallel-ingest tests (test fixtures, never used by esglens itself).

They live in their own module so that a Dask worker process can import them by name.
"""
from __future__ import annotations

import os
import time

from esglens.store.ingest import analyze_for_store

CRASH_NAME = "crash-me.txt"
HANG_NAME = "hang-me.txt"
VANISH_NAME = "vanish-me.txt"


def crash_or_analyze(path: str):
    """A report named CRASH_NAME kills the worker process outright (as a segfault in a parser would), a
    second after it started (by then the report handed out after it waits on the same worker)."""
    if os.path.basename(path) == CRASH_NAME:
        time.sleep(1.0)
        os._exit(3)
    return analyze_for_store(path)


def vanish_or_analyze(path: str):
    """On a worker, a report named VANISH_NAME closes the worker and its nanny (as a nanny that cannot start
    its worker again would leave it: no worker comes back). Elsewhere (in the calling process) it is analysed."""
    from distributed import get_worker

    try:
        worker = get_worker()
    except ValueError:
        worker = None
    if worker is not None and os.path.basename(path) == VANISH_NAME:
        worker.loop.add_callback(worker.close, nanny=True, executor_wait=False, reason="test-vanish")
        time.sleep(60)
    return analyze_for_store(path)


def hang_or_analyze(path: str):
    """A report named HANG_NAME never finishes (as a catastrophic regex would)."""
    if os.path.basename(path) == HANG_NAME:
        while True:
            time.sleep(0.05)
    return analyze_for_store(path)


def warm_state(path: str):
    """What a worker had done before its first report: (warm-up module loaded, its seconds, parent pid)."""
    import sys

    warm = sys.modules.get("esglens.store.warm")
    return (warm is not None, getattr(warm, "SECONDS", 0.0), os.getppid(), os.getpid())


def started_at(path: str):
    """When the report's task started (after a short sleep, so that the order the scheduler hands out shows)."""
    t = time.time()
    time.sleep(0.2)
    return t


BESIDE_NAME = "beside-the-crash.txt"


def crash_beside_or_analyze(path: str):
    """On one worker with two threads: CRASH_NAME marks that it has started, then kills the worker while the
    report BESIDE_NAME (which waits for that mark, then works for 2 s) is still running on the same worker."""
    mark = os.path.join(os.path.dirname(path), ".crash-started")
    name = os.path.basename(path)
    if name == CRASH_NAME:
        open(mark, "w").close()
        time.sleep(0.2)
        os._exit(3)
    if name == BESIDE_NAME:
        deadline = time.monotonic() + 60
        while not os.path.exists(mark) and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(2.0)
    return analyze_for_store(path)


HOG_NAME = "hog-me.txt"


def hog_or_analyze(path: str):
    """A report named HOG_NAME takes 1.5 GiB of memory, past its worker's limit (the nanny ends the worker)."""
    if os.path.basename(path) == HOG_NAME:
        hog = b"x" * (1536 << 20)
        time.sleep(30)
        return len(hog)
    return analyze_for_store(path)
