"""Run one task per report on every core or on a Dask cluster, and hand back each outcome as it finishes.

The task (a module-level function of one path, so that a worker can import it) runs on a dask.distributed
worker: a LocalCluster of processes by default, or the cluster at `scheduler` (or $DASK_SCHEDULER_ADDRESS).
Each worker runs one report at a time, with the next one waiting on it. A report that kills its worker (a
crash, or the nanny ending a worker over its memory limit) takes down the report waiting beside it too: both
are retried once alone, and only a report that kills its worker again is reported failed, with how the
worker died; a report that runs past the time limit is stopped and its worker restarted; the batch goes
on (dispatch.py). When no worker is left for `Limits.worker_wait` seconds, the rest run in this process.
With workers=1 the tasks run one by one in the calling process (the time limit then needs the main thread:
a SIGALRM timer).

Start-up: the workers of a LocalCluster we start are forked from one forkserver that imported `preload`
(the caller's warm-up modules, and distributed) once, so every worker, and every worker restarted after a
kill, starts warm instead of paying imports, catalog loading and regex compilation on its first report.
The workers of an existing cluster import `preload` through a worker plugin (`warm.py`) as they join.
Reports go out longest first: by the caller's guess of each one's work (`cost`), else by size on disk.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from ..core.limits import OutOfTime

SCHEDULER_ENV = "DASK_SCHEDULER_ADDRESS"
# Named limits (settings): a report's wall time, a worker's memory (the nanny ends a worker at 95 % of it).
DEFAULT_SECONDS = 300.0
DEFAULT_MEMORY = "3GiB"
# Without --workers, a cluster is started only when there are at least this many reports per core.
MIN_REPORTS_PER_WORKER = 2
# How long a run on a cluster waits for a worker when none is left (all died and none came back) before the
# reports left run in this process.
WORKER_WAIT_SECONDS = 60.0
# Imported after the warm-up modules where workers fork from: what the warm-up left alive is frozen (frozen.py).
FREEZE_MODULE = "esglens.cluster.frozen"


@dataclass
class Limits:
    seconds: float | None = DEFAULT_SECONDS     # per report; None: no limit
    memory: str | None = DEFAULT_MEMORY         # per worker (LocalCluster only); None: no limit
    worker_wait: float = WORKER_WAIT_SECONDS    # with no worker left, wait this long for one (cluster only)


@dataclass
class Outcome:
    path: str
    value: Any = None            # what the task returned (None when it failed)
    reason: str | None = None    # why it gave nothing: crash, time limit, error


def cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def plan_workers(n_reports: int, workers: int | None, scheduler: str | None) -> int:
    """How many local workers to use: 1 means in this process (ignored when a scheduler is given)."""
    if scheduler:
        return 0
    if workers is not None:
        return max(1, min(workers, n_reports))
    n = cores()
    return n if n > 1 and n_reports >= MIN_REPORTS_PER_WORKER * n else 1


def run(task: Callable[[str], Any], paths: list[str], *, workers: int | None = None,
        scheduler: str | None = None, limits: Limits | None = None,
        preload: tuple[str, ...] = (), cost: Callable[[str], float] | None = None) -> Iterator[Outcome]:
    """One Outcome per path, in the order they finish.

    preload: modules a local worker needs warm (imported once, before the workers fork: see above).
    cost: a path's expected work (any unit), to hand out the longest first (default: its size on disk)."""
    limits = limits or Limits()
    scheduler = scheduler or os.environ.get(SCHEDULER_ENV) or None
    n = plan_workers(len(paths), workers, scheduler)
    if not paths:
        return
    if n == 1:
        yield from _in_process(task, paths, limits)
    else:
        from .dispatch import on_cluster

        yield from on_cluster(task, paths, n, scheduler, limits, preload, cost)


# --- in this process -----------------------------------------------------------------------------

class ReportTimeout(OutOfTime):
    """The per-report --timeout rang. An OutOfTime: inside the pipeline it stops the running stage and
    ends the report `partial` (a stage's `except Exception` cannot swallow it); elsewhere the report fails."""


def _in_process(task: Callable[[str], Any], paths: list[str], limits: Limits) -> Iterator[Outcome]:
    for path in paths:
        try:
            with _alarm(limits.seconds):
                value = task(path)
        except ReportTimeout:
            yield Outcome(path, reason=f"stopped: took longer than the {limits.seconds:g} s limit per report")
            continue
        yield Outcome(path, value)


@contextmanager
def _alarm(seconds: float | None) -> Iterator[None]:
    """Raise ReportTimeout in the main thread after `seconds` (no limit off the main thread)."""
    if not seconds or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def ring(signum, frame):
        raise ReportTimeout(f"took longer than the {seconds:g} s limit per report")

    old = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


# --- on a Dask cluster (dispatch.py; local.py imports distributed) ----------------------------------

def prestart(preload: tuple[str, ...] = ()) -> bool:
    """Start the forkserver our local workers fork from (importing `preload`) now, ahead of `run`, so that it
    warms up while the caller goes on (the command line calls it before loading its commands); whether one
    runs. `run` later finds it running and uses it (the first preload given is the one kept)."""
    return bool(_start_forkserver(preload))


def _start_forkserver(preload: tuple[str, ...]) -> dict:
    """Start the forkserver our local workers fork from, importing `preload` and distributed, at once (it
    works on the other core while this process goes on); the Dask config that makes workers use it.

    distributed would set the forkserver's preload itself on first use (importing every optional package it
    knows into this process too): ours is set first, and marked done by `_fork_warm`. The forkserver is
    started once per process, so the first preload given is the one kept.
    """
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return {}
    from multiprocessing import forkserver

    if "distributed.utils" not in sys.modules or not getattr(sys.modules["distributed.utils"],
                                                              "_forkserver_preload_set", True):
        multiprocessing.get_context("forkserver").set_forkserver_preload(["distributed", *preload, FREEZE_MODULE])
    forkserver.ensure_running()
    return {"distributed.worker.multiprocessing-method": "forkserver"}
