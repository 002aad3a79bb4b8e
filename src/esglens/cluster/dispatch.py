"""Hand reports to the workers of a Dask cluster and take back each outcome as it finishes.

A worker holds up to IN_FLIGHT_PER_THREAD reports (one running, the next waiting on the worker, so that it
starts at once while this process stores the last one). When a worker dies, every report that was on it
fails on the scheduler (allowed-failures 0): the one that killed it and any innocent one beside it alike, as
the scheduler cannot tell them apart. Each of them is then retried once ALONE: nothing new goes out until
the reports in flight are done, then the report runs with nothing else on the cluster (from us). Only a
report that kills its worker again is reported failed ("killed its worker (exit 3) twice"); the batch goes on.

A report past the time limit is stopped and its worker restarted (the restart also takes down the report
waiting on that worker: it is retried alone like any other). When no worker is left for
Limits.worker_wait seconds (a nanny that could not restart its worker, a cluster that went away), the
reports that never reached a worker run in this process and those that were on a dead worker are reported
as not run, instead of waiting for ever.
"""
from __future__ import annotations

import os
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any

from . import FREEZE_MODULE, Limits, Outcome, _in_process, _start_forkserver

# Reports handed out per worker thread: one running, the rest waiting on the worker.
IN_FLIGHT_PER_THREAD = 2
# At most this long between two looks of the client at which report each worker is on (for the time limit).
POLL_SECONDS = 2.0


def on_cluster(task: Callable[[str], Any], paths: list[str], workers: int, scheduler: str | None,
               limits: Limits, preload: tuple[str, ...] = (),
               cost: Callable[[str], float] | None = None) -> Iterator[Outcome]:
    """One Outcome per path, in the order they finish, from a LocalCluster of `workers` or `scheduler`."""
    if not scheduler:
        _start_forkserver(preload)  # it warms up while this process imports distributed
    from .local import client_for

    queue = by_cost(paths, cost)  # while the forkserver warms up (the guess may open each file)
    with client_for(workers, scheduler, limits, preload) as client:
        if scheduler:  # workers we did not fork: each imports `preload` as it joins (now, or after a restart)
            from .warm import register

            register(client, (*preload, FREEZE_MODULE) if preload else ())
        yield from _Dispatch(client, task, queue, limits, None if scheduler else workers).run()


class _Dispatch:
    """The reports still to run (longest first), those to retry alone, and those in flight."""

    def __init__(self, client: Any, task: Callable[[str], Any], queue: list[str], limits: Limits,
                 fixed_threads: int | None):
        self.client, self.task, self.limits = client, task, limits
        self.queue = list(queue)                      # popped from the end: the longest report first
        self.suspects: list[str] = []                 # were on a worker that died: each to run once alone
        self.deaths: dict[str, list[str]] = {}        # path → how each worker it was on died
        self.futures: dict[Any, tuple[str, bool]] = {}  # future → (path, running alone)
        self.watch = _Watch(client, limits.seconds)
        # an existing cluster's scheduler may hand a worker more than one report (its own worker-saturation)
        self.ahead = IN_FLIGHT_PER_THREAD if fixed_threads else 1
        self.threads = _Threads(client, fixed_threads)
        self.no_worker_since: float | None = None

    def run(self) -> Iterator[Outcome]:
        from distributed import wait

        try:
            self.refill()
            while self.futures:
                try:
                    done, _ = wait(list(self.futures), timeout=self.watch.interval, return_when="FIRST_COMPLETED")
                except TimeoutError:
                    done = set()
                if not done and self.gone():
                    yield from self.without_workers()
                    return
                finished = [(*self.futures.pop(fut), fut) for fut in done]
                late = [self.futures.pop(fut)[0] for fut in self.watch.overdue(set(self.futures))]
                outcomes = [self.outcome(path, alone, fut) for path, alone, fut in finished]
                self.refill()  # before handing anything back: the workers go on while this process stores
                yield from (o for o in outcomes if o is not None)
                for path in late:
                    yield Outcome(path, reason=f"stopped: took longer than the {self.limits.seconds:g} s "
                                               "limit per report (its worker was restarted)")
        finally:
            if self.futures:
                self.client.cancel(list(self.futures), force=True)

    def submit(self, path: str, alone: bool) -> None:
        fut = self.client.submit(self.task, path, key=f"esglens-report-{uuid.uuid4().hex}", pure=False)
        self.futures[fut] = (path, alone)
        self.watch.submitted(fut.key)

    def refill(self) -> None:
        """Nothing goes out beside a report running alone; a report to retry alone waits until the reports in
        flight are done, then goes out by itself; otherwise the queue fills every worker thread."""
        if any(alone for _, alone in self.futures.values()):
            return
        if self.suspects:
            if not self.futures:
                self.submit(self.suspects.pop(0), alone=True)
            return
        slots = self.ahead * self.threads() - len(self.futures) if self.queue else 0
        while self.queue and slots > 0:
            self.submit(self.queue.pop(), alone=False)
            slots -= 1

    def outcome(self, path: str, alone: bool, fut: Any) -> Outcome | None:
        """The report's outcome, or None when it is to be retried alone (its worker died under it, or with its
        result before this process read it back)."""
        if fut.status == "finished":
            try:
                return Outcome(path, fut.result())
            except Exception as exc:  # noqa: BLE001 — the result went with its worker before it was read
                return self.lost(path, alone, None, f"its result was lost ({type(exc).__name__}: {exc})")
        try:
            exc = fut.exception()
        except Exception as gone:  # noqa: BLE001 — cancelled or lost with its worker
            return self.lost(path, alone, None, f"lost with its worker ({type(gone).__name__}: {gone})")
        if exc is None:  # computed again after its worker died
            return self.lost(path, alone, None, "lost with its worker")
        if type(exc).__name__ == "KilledWorker":
            return self.lost(path, alone, exc, "")
        first = str(exc).splitlines()[0] if str(exc) else ""
        return Outcome(path, reason=f"internal error ({type(exc).__name__}: {first})")

    def lost(self, path: str, alone: bool, killed: Any, why: str) -> Outcome | None:
        """A report whose worker died under it: retried alone the first time; reported the second."""
        if killed is not None:
            from .local import death

            how = death(self.client, getattr(getattr(killed, "last_worker", None), "address", None))
            # the scheduler of a cluster started elsewhere may have tried it on several workers already
            self.deaths.setdefault(path, []).extend([how] * (1 + int(getattr(killed, "allowed_failures", 0) or 0)))
        if not alone:
            self.suspects.append(path)
            return None
        return Outcome(path, reason=killed_reason(self.deaths[path]) if killed is not None else f"{why}, twice")

    def gone(self) -> bool:
        """Whether the cluster has had no worker for Limits.worker_wait seconds (asked when nothing finished)."""
        try:
            n = len(self.client.nthreads())
        except Exception:  # noqa: BLE001 — the scheduler itself went away
            n = 0
        if n:
            self.no_worker_since = None
            return False
        now = time.monotonic()
        self.no_worker_since = self.no_worker_since or now
        return now - self.no_worker_since >= self.limits.worker_wait

    def without_workers(self) -> Iterator[Outcome]:
        """No worker came back: the reports that never reached one run here, the others are not run."""
        self.client.cancel(list(self.futures), force=True)
        on_dead = [p for p, alone in self.futures.values() if alone] + self.suspects
        fresh = [p for p, alone in self.futures.values() if not alone] + self.queue[::-1]
        self.futures, self.suspects, self.queue = {}, [], []
        wait = f"no worker came back within {self.limits.worker_wait:g} s"
        if fresh:
            sys.stderr.write(f"esglens: {wait}; the reports left run in this process ({len(fresh)})\n")
        for path in on_dead:
            yield Outcome(path, reason=f"not run: its worker died ({', '.join(self.deaths.get(path, []))}) "
                                       f"and {wait}")
        yield from _in_process(self.task, fresh, self.limits)


def killed_reason(deaths: list[str]) -> str:
    """"killed its worker (exit 3) twice", or each death named when they differ."""
    times = {1: "once", 2: "twice"}.get(len(deaths), f"{len(deaths)} times")
    how = deaths[0] if len(set(deaths)) == 1 else ", then ".join(deaths)
    return f"killed its worker ({how}) {times}"


def by_cost(paths: list[str], cost: Callable[[str], float] | None = None) -> list[str]:
    """The paths in the order to pop them from the end: the longest expected work last (it goes out first),
    so the batch ends on short reports and no worker idles long while the last one finishes (longest-first
    scheduling). Ties keep the order given (reversed, so that equal reports go out in that order)."""
    cost = cost or _size
    return sorted(paths[::-1], key=cost)


def _size(path: str) -> int:
    """A report's size in bytes: the default guess of its work."""
    try:
        return os.path.getsize(path)
    except (OSError, TypeError, ValueError):
        return 0


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
    The scheduler lists a report waiting on a worker as processing there too: of our reports on a worker,
    only the one handed out first is running (a worker runs its tasks in the order they were submitted),
    so only its clock runs.
    """

    def __init__(self, client: Any, seconds: float | None):
        self.client = client
        self.seconds = seconds
        self.interval = min(POLL_SECONDS, max(0.1, (seconds or POLL_SECONDS * 20) / 20))
        self.started: dict[str, tuple[float, str]] = {}   # key → (first seen running, worker address)
        self.order: dict[str, int] = {}                    # key → when it was handed out (a count)
        self.last = 0.0

    def submitted(self, key: str) -> None:
        self.order[key] = len(self.order)

    def overdue(self, pending: set) -> list:
        if not self.seconds or not pending:
            return []
        now = time.monotonic()
        if now - self.last >= self.interval:
            self.last = now
            for worker, keys in self.client.processing().items():
                ours = [k for k in keys if k in self.order]
                if ours:
                    self.started.setdefault(min(ours, key=self.order.__getitem__), (now, worker))
        late = [f for f in pending if f.key in self.started and now - self.started[f.key][0] > self.seconds]
        if late:
            self.client.cancel(late, force=True)
            workers = sorted({self.started[f.key][1] for f in late})
            try:  # a hung report holds its worker's thread: only a restart frees it. Not waiting for the
                # worker to come back (gone() watches for that); a nanny that does not stop its worker in
                # 30 s is dropped by the scheduler.
                self.client.sync(self.client.scheduler.restart_workers, workers=workers, timeout=30,
                                 wait_for_workers=False, on_error="return",
                                 stimulus_id=f"esglens-time-limit-{time.time()}")
            except Exception:  # noqa: BLE001 — a cluster without nannies cannot restart a worker; the batch goes on
                pass
        return late
