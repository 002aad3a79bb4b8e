"""The Dask side of a cluster run: the client (on a cluster we start or one started elsewhere), the
configuration of a LocalCluster, and what is known of a worker that died.

Imported only when a run goes to a cluster (it imports distributed).

Worker deaths: the nannies of a LocalCluster we start live in this process; ours (`Nanny`) note each worker
process's exit code as it exits, so a report that kills its worker is reported with that code ("exit 3",
"signal SIGSEGV"). The nanny that ends a worker over its memory limit logs an event at the scheduler
("worker-restart-memory"), which any cluster's scheduler keeps: that death is named too.
"""
from __future__ import annotations

import logging
import signal
import time
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import dask
from distributed import Client, LocalCluster
from distributed import Nanny as _DaskNanny

from . import Limits, _start_forkserver

# The scheduler of a LocalCluster we start: a report that kills its worker fails at once on the scheduler (the
# dispatcher then retries it alone, once), and one thread per worker.
LOCAL_CONFIG = {"distributed.scheduler.allowed-failures": 0, "distributed.scheduler.worker-saturation": 1.0,
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

# Worker address → exit code of its process, for the workers of nannies in this process (ours).
EXITS: dict[str, int] = {}
OURS: set[str] = set()
# How long to wait for our nanny to see a worker's exit after the scheduler has seen the worker go (the two
# learn it by different paths: the scheduler from the broken connection, the nanny from the process).
EXIT_WAIT_SECONDS = 3.0


class Nanny(_DaskNanny):
    """A dask Nanny that notes the exit code of each worker process it ran (into EXITS, by worker address)."""

    async def instantiate(self):  # noqa: ANN201 — dask's signature
        status = await super().instantiate()
        if self.worker_address:
            OURS.add(self.worker_address)
        return status

    def _on_worker_exit_sync(self, exitcode: int) -> None:
        if self.worker_address:
            EXITS[self.worker_address] = exitcode
        super()._on_worker_exit_sync(exitcode)


def death(client: Any, address: str | None) -> str:
    """How the worker at `address` died, in a few words: "exit 3", "signal SIGKILL, over its memory limit",
    or "exit unknown" (a worker of a cluster started elsewhere)."""
    code = None
    if address in OURS:
        deadline = time.monotonic() + EXIT_WAIT_SECONDS
        while (code := EXITS.get(address)) is None and time.monotonic() < deadline:
            time.sleep(0.05)
    what = "exit unknown" if code is None else f"exit {code}" if code >= 0 else f"signal {_signal_name(-code)}"
    try:
        memory = any(isinstance(ev, dict) and ev.get("worker") == address
                     for _, ev in client.get_events("worker-restart-memory"))
    except Exception:  # noqa: BLE001 — an old scheduler: the exit code alone says it
        memory = False
    return f"{what}, over its memory limit" if memory else what


def _signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return str(number)


@contextmanager
def client_for(workers: int, scheduler: str | None, limits: Limits, preload: tuple[str, ...] = ()) -> Iterator[Any]:
    """A Client on the cluster at `scheduler`, or on a LocalCluster of `workers` one-thread processes."""
    if scheduler:
        with dask.config.set(LOCAL_CONFIG), quiet_logs(), Client(scheduler, timeout="30s") as client:
            yield client
        return
    with local_cluster(workers, limits, preload) as cluster, Client(cluster) as client:
        yield client


@contextmanager
def local_cluster(workers: int, limits: Limits, preload: tuple[str, ...] = (), fork: bool = True,
                  threads: int = 1) -> Iterator[Any]:
    """A LocalCluster of `workers` processes of `threads` threads under our nannies, configured as above; forked
    from the forkserver that imported `preload` (fork=False: spawned, cold, as workers started elsewhere are)."""
    config = {**LOCAL_CONFIG, **(_fork_warm(_start_forkserver(preload)) if fork else {})}
    with dask.config.set(config), quiet_logs():
        with LocalCluster(n_workers=workers, threads_per_worker=threads, processes=True,
                          memory_limit=limits.memory or 0,
                          dashboard_address=None, silence_logs=logging.CRITICAL, worker_class=Nanny) as cluster:
            yield cluster


def _fork_warm(config: dict) -> dict:
    """The config of `_start_forkserver`, once distributed is imported: its own preload marked done."""
    if config:
        import distributed.utils as dutils

        dutils._forkserver_preload_set = True
    return config


@contextmanager
def quiet_logs() -> Iterator[None]:
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
