"""Run one task per report on every core or on a Dask cluster, and hand back each outcome as it finishes.

The task (a module-level function of one path, so that a worker can import it) runs on a dask.distributed
worker: a LocalCluster of processes by default, or the cluster at `scheduler` (or $DASK_SCHEDULER_ADDRESS).
Each worker runs one report at a time. A report that runs past the time limit is reported as that report's
failure, its worker restarted, and the batch goes on. When a worker dies (a crash, or the nanny ending a
worker over its memory limit), every report that was on it (the cause, and any report beside it or whose
result it still held) is run again once, alone on the cluster, after the others: one that kills its worker
again is reported as the cause, the others are stored as if nothing happened. With workers=1 the tasks run one by one in the calling process
(the time limit then needs the main thread: a SIGALRM timer).

Start-up: the workers of a LocalCluster we start are forked from one forkserver that imported `preload`
(the caller's warm-up modules, and distributed) once, so every worker, and every worker restarted after a
kill, starts warm instead of paying imports, catalog loading and regex compilation on its first report.
The workers of an existing cluster import `preload` through a worker plugin (`warm.py`) as they join.
The scheduler keeps a few reports queued beyond its threads, so a worker that finishes starts the next
report at once, while this process is still storing the last one. Reports go out largest first.
"""
from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
import uuid
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from ..core.limits import OutOfTime

SCHEDULER_ENV = "DASK_SCHEDULER_ADDRESS"
# Named limits (settings): a report's wall time, a worker's memory (the nanny ends a worker at 95 % of it).
DEFAULT_SECONDS = 300.0
DEFAULT_MEMORY = "3GiB"
# At most this long between two looks of the client at which report each worker is on (for the time limit).
POLL_SECONDS = 2.0
# Without --workers, a cluster is started only when there are at least this many reports per core.
MIN_REPORTS_PER_WORKER = 2
# Reports handed to the scheduler per worker thread: one running, the rest queued at the scheduler (never on a
# worker, so a kill or a restart still touches only the running one).
IN_FLIGHT_PER_THREAD = 2


@dataclass
class Limits:
    seconds: float | None = DEFAULT_SECONDS     # per report; None: no limit
    memory: str | None = DEFAULT_MEMORY         # per worker (LocalCluster only); None: no limit


@dataclass
class Outcome:
    path: str
    value: Any = None            # what the task returned (None when it failed)
    reason: str | None = None    # why it gave nothing: crash, time limit, error
    lost: bool = False           # it was on a worker that died (the cause, or beside it): worth a retry alone


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
        preload: tuple[str, ...] = ()) -> Iterator[Outcome]:
    """One Outcome per path, in the order they finish.

    preload: modules a local worker needs warm (imported once, before the workers fork: see above)."""
    limits = limits or Limits()
    scheduler = scheduler or os.environ.get(SCHEDULER_ENV) or None
    n = plan_workers(len(paths), workers, scheduler)
    if not paths:
        return
    if n == 1:
        yield from _in_process(task, paths, limits)
    else:
        yield from _on_cluster(task, paths, n, scheduler, limits, preload)


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


# --- on a Dask cluster ---------------------------------------------------------------------------

# The scheduler of a LocalCluster we start: a report that kills its worker fails at once (no retry on
# another worker), and a worker holds one report at a time (so a kill or a restart touches only that one).
_LOCAL_CONFIG = {"distributed.scheduler.allowed-failures": 0, "distributed.scheduler.worker-saturation": 1.0,
                 # Bookkeeping a batch of long single-threaded tasks does not need, and that costs CPU on the two
                 # cores the reports run on (measured: ~0.5 s CPU per report in each worker beside the report's
                 # own thread, and ~40 ms per second in this process): the statistical profiler sampling every
                 # worker's stack each 10 ms, event-loop health ticks each 20 ms, the system monitors (psutil,
                 # disk counters) each 0.5 s, work stealing (a worker holds one report), the memory manager.
                 "distributed.worker.profile.enabled": False,
                 "distributed.admin.tick.interval": "1s",
                 "distributed.admin.system-monitor.interval": "2s",
                 "distributed.admin.system-monitor.disk": False,
                 "distributed.admin.system-monitor.gil.enabled": False,
                 "distributed.scheduler.work-stealing": False,
                 "distributed.scheduler.active-memory-manager.start": False,
                 "distributed.client.scheduler-info-interval": "10s",
                 # a worker runs one report at a time: nothing to spill or pause for (the nanny still ends a
                 # worker over its memory limit)
                 "distributed.worker.memory.target": False, "distributed.worker.memory.spill": False,
                 "distributed.worker.memory.pause": False,
                 # the nanny reads its worker's memory each 0.5 s, not 0.1 s (a worker over its limit is ended
                 # at most ~0.5 s later)
                 "distributed.worker.memory.monitor-interval": "500ms"}


@contextmanager
def client_for(workers: int, scheduler: str | None, limits: Limits, preload: tuple[str, ...] = ()) -> Iterator[Any]:
    """A Client on the cluster at `scheduler`, or on a LocalCluster of `workers` one-thread processes."""
    fork = {} if scheduler else _start_forkserver(preload)  # it warms up while this process imports distributed
    import dask
    from distributed import Client, LocalCluster

    quiet = _quiet_logs()
    with dask.config.set({**_LOCAL_CONFIG, **_fork_warm(fork)}), quiet:
        if scheduler:
            with Client(scheduler, timeout="30s") as client:
                yield client
            return
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, memory_limit=limits.memory or 0,
                          dashboard_address=None, silence_logs=logging.CRITICAL) as cluster, Client(cluster) as client:
            yield client


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
        multiprocessing.get_context("forkserver").set_forkserver_preload(["distributed", *preload])
    forkserver.ensure_running()
    return {"distributed.worker.multiprocessing-method": "forkserver"}


def _fork_warm(config: dict) -> dict:
    """The config of `_start_forkserver`, once distributed is imported: its own preload marked done."""
    if config:
        import distributed.utils as dutils

        dutils._forkserver_preload_set = True
    return config


@contextmanager
def _quiet_logs() -> Iterator[None]:
    """Dask logs every worker restart at WARNING; esglens reports the report instead."""
    loggers = [logging.getLogger(n) for n in ("distributed", "distributed.nanny", "distributed.scheduler",
                                              "distributed.worker", "distributed.core")]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "port in use, hosting on another port"
            yield
    finally:
        for lg, lvl in zip(loggers, levels):
            lg.setLevel(lvl)


def _on_cluster(task: Callable[[str], Any], paths: list[str], workers: int, scheduler: str | None,
                limits: Limits, preload: tuple[str, ...] = ()) -> Iterator[Outcome]:
    """Keep IN_FLIGHT_PER_THREAD reports in flight per worker thread; a new one goes out as each finishes.

    The scheduler sends a worker one report at a time (worker-saturation 1.0) and queues the rest, and a
    report's clock starts when the scheduler lists it as processing on a worker. Reports lost with a worker
    that died are run again one by one at the end (see the module's docstring).
    """
    with client_for(workers, scheduler, limits, preload) as client:
        if scheduler:  # workers we did not fork: each imports `preload` as it joins (now, or after a restart)
            from .warm import register

            register(client, preload)
        watch = _Watch(client, limits.seconds)
        # an existing cluster's scheduler may hand a worker more than one report (its own worker-saturation)
        ahead = 1 if scheduler else IN_FLIGHT_PER_THREAD
        threads = _Threads(client, None if scheduler else workers)
        lost: list[str] = []
        for out in _drive(client, task, sorted(paths, key=_size), lambda: ahead * threads(), watch, limits):
            if out.lost:    # on a worker that died: the cause, or a report beside it
                lost.append(out.path)
            else:
                yield out
        # each of them again, alone on the cluster: a report that kills its worker a second time is the cause
        for out in _drive(client, task, lost[::-1], lambda: 1, watch, limits):
            yield Outcome(out.path, reason=_KILLED_ALONE) if out.lost else out


_KILLED = "killed its worker (a crash, or over the worker's memory limit); the worker was restarted"
_KILLED_ALONE = ("killed its worker (a crash, or over the worker's memory limit), again when run alone on the "
                 "cluster after the first time; the worker was restarted")


def _drive(client: Any, task: Callable[[str], Any], queue: list[str], slots: Callable[[], int], watch: "_Watch",
           limits: Limits) -> Iterator[Outcome]:
    """Run the reports of `queue` (popped from the end) with up to slots() in flight; each Outcome as it ends.

    A finished report's result is read back before more work goes out: a result still held on a worker
    is lost if the next report sent there kills it."""
    from distributed import wait

    futures: dict[Any, str] = {}

    def refill() -> None:
        free = slots() - len(futures)
        while queue and free > 0:
            path = queue.pop()
            futures[client.submit(task, path, key=f"esglens-report-{uuid.uuid4().hex}", pure=False)] = path
            free -= 1

    try:
        refill()
        while futures:
            try:
                done, _ = wait(list(futures), timeout=watch.interval, return_when="FIRST_COMPLETED")
            except TimeoutError:
                done = set()
            outcomes = [_outcome(futures.pop(fut), fut) for fut in done]
            late = [futures.pop(fut) for fut in watch.overdue(set(futures))]
            refill()  # before handing anything back: the workers go on while this process stores
            yield from outcomes
            for path in late:
                yield Outcome(path, reason=f"stopped: took longer than the {limits.seconds:g} s "
                                           "limit per report (its worker was restarted)")
    finally:
        if futures:
            client.cancel(list(futures), force=True)


def _size(path: str) -> int:
    """A report's size in bytes, the guess of its work: the largest go out first, so the batch ends on
    small reports and no worker idles long while the last one finishes (longest-first scheduling)."""
    try:
        return os.path.getsize(path)
    except (OSError, TypeError, ValueError):
        return 0


def _outcome(path: str, fut: Any) -> Outcome:
    """What a finished future gave. A report the task itself failed on is final; one whose worker died
    under it (KilledWorker), or whose result went with its worker before it was read back, is `lost`."""
    if fut.status == "finished":
        try:
            return Outcome(path, fut.result())
        except Exception as exc:  # the result could not be read back (its worker died holding it)
            return Outcome(path, reason=f"internal error ({type(exc).__name__}: {exc})", lost=True)
    try:
        exc = fut.exception()
    except Exception as gone:  # cancelled or lost with its worker
        return Outcome(path, reason=f"internal error ({type(gone).__name__}: {gone})", lost=True)
    if exc is None or type(exc).__name__ == "KilledWorker":   # None: computed again after its worker died
        return Outcome(path, reason=_KILLED, lost=True)
    return Outcome(path, reason=f"internal error ({type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''})")


class _Threads:
    """Threads of the workers that take reports now (running, not paused or warming up): asked of the
    scheduler on an existing cluster, whose workers come and go; fixed for a LocalCluster we started."""

    def __init__(self, client: Any, fixed: int | None):
        self.client, self.fixed = client, fixed

    def __call__(self) -> int:
        if self.fixed:
            return self.fixed
        workers = self.client.scheduler_info(n_workers=-1).get("workers", {})
        return max(1, sum(w.get("nthreads", 0) for w in workers.values() if w.get("status", "running") == "running"))


class _Watch:
    """When each report started on a worker (as the scheduler says), and which ones are past the limit.

    The scheduler is asked every `interval`: a twentieth of the limit, within [0.1 s, POLL_SECONDS] (a
    report is stopped at most that much late; each question is a round trip through this process's loop).
    """

    def __init__(self, client: Any, seconds: float | None):
        self.client = client
        self.seconds = seconds
        self.interval = min(POLL_SECONDS, max(0.1, (seconds or POLL_SECONDS * 20) / 20))
        self.started: dict[str, tuple[float, str]] = {}   # key → (first seen running, worker address)
        self.last = 0.0

    def overdue(self, pending: set) -> list:
        if not self.seconds or not pending:
            return []
        now = time.monotonic()
        if now - self.last >= self.interval:
            self.last = now
            for worker, keys in self.client.processing().items():
                for key in keys:
                    self.started.setdefault(key, (now, worker))
        late = [f for f in pending if f.key in self.started and now - self.started[f.key][0] > self.seconds]
        if late:
            self.client.cancel(late, force=True)
            workers = sorted({self.started[f.key][1] for f in late})
            try:  # a hung report holds its worker's thread: only a restart frees it
                self.client.restart_workers(workers, raise_for_error=False)
            except Exception:  # a cluster without nannies cannot restart a worker; the batch goes on anyway
                pass
        return late
