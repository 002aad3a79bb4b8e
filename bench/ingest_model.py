"""The CPU-time model of parallel ingest (bench_scale.py's ingest step; not a test).

Run as a script, this is `esglens` with a probe: `python bench/ingest_model.py ingest FOLDER ...` runs the
command line as usual and writes to $ESGLENS_BENCH_SELF (JSON) what the model needs:
- cpu: the ingest process's own CPU at exit (the writer, the Dask client, the scheduler and the nannies);
- tasks: each report's task CPU when it ran in this process (--workers 1), by path;
- client_start / forkserver_start: the CPU of this process and of the forkserver the workers fork from when
  the first report was handed out (a parallel run): the start, before which no report runs;
- order: the reports in the order they were handed out.

`model()` turns a serial and a parallel probe into the wall time the parallel run would take on k idle cores,
from CPU seconds alone (CPU moves little with the load of a shared machine, wall time moves with it):
  start  = max(client_start, forkserver_start)       both begin at once, on two cores
  tasks  = each report's CPU, handed out in the recorded order to whichever core is free first (list
           scheduling); its makespan is the tasks' CPU / k plus the tail (a core idle while the last finishes)
  rest   = the parallel run's CPU that is neither start nor tasks (Dask in the workers, the writer and the
           event loop during the run, closing), shared by the k cores
  P      = start + makespan + rest / k;  predicted ratio = (serial's CPU beside its tasks + tasks) / P, with
           the same task CPU on both sides (see model())
The serial part is P − tasks / k: what does not shrink with more cores. Dask's event loops spend CPU per second
of wall time (heartbeats, ticks): measured on a loaded machine, whose runs last longer, they count for more
than on an idle one; the model's second figure counts them at the measured rate per second of the idle run.
"""
from __future__ import annotations

import heapq
import json
import os
import statistics
import sys
import time


def _cpu() -> float:
    import resource

    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _proc_cpu(pid: int | str | None) -> float | None:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, TypeError):
        return None


def _threads() -> dict[str, float]:
    """This process's CPU in its main thread (imports, the writer) and in its other threads alive at exit
    (Dask's event loop: the scheduler, the nannies, the client's comms; DuckDB's threads), Linux only."""
    out = {"main": 0.0, "other threads": 0.0}
    for tid in os.listdir("/proc/self/task"):
        cpu = _proc_cpu(f"self/task/{tid}") or 0.0
        out["main" if int(tid) == os.getpid() else "other threads"] += cpu
    return out


def _probe() -> dict:
    import esglens.cluster as cluster
    import esglens.cluster.dispatch as dispatch

    rec: dict = {"order": [], "client_start": None, "forkserver_start": None, "tasks": {}}
    submit = dispatch._Dispatch.submit

    def first_submit(self, path, alone):
        if rec["client_start"] is None:
            from multiprocessing import forkserver

            rec["client_start"] = _cpu()
            rec["forkserver_start"] = _proc_cpu(getattr(forkserver._forkserver, "_forkserver_pid", None))
        if not alone:
            rec["order"].append(path)
        return submit(self, path, alone)

    in_process = cluster._in_process

    def timed_in_process(task, paths, limits):
        def timed(path):
            t0 = time.thread_time()
            try:
                return task(path)
            finally:
                rec["tasks"][path] = time.thread_time() - t0
        return in_process(timed, paths, limits)

    run = dispatch._Dispatch.run

    def run_then_ask_workers(self):
        yield from run(self)
        rec["client_threads"] = _threads()  # while Dask's event loop thread is alive
        try:  # each worker's CPU by thread, before the cluster closes
            rec["workers"] = self.client.run(_threads)
        except Exception as exc:  # noqa: BLE001 — a bench: the model goes on without it
            rec["workers"] = {"error": str(exc)}

    dispatch._Dispatch.submit = first_submit
    dispatch._Dispatch.run = run_then_ask_workers
    cluster._in_process = timed_in_process
    return rec


def makespan(costs: list[float], k: int) -> float:
    """Time until the last of `costs` (in the order handed out) finishes on k cores, each task going to the
    core that is free first."""
    free = [0.0] * k
    for c in costs:
        heapq.heappush(free, heapq.heappop(free) + c)
    return max(free)


def model(serial: dict, parallel: dict, serial_cpu: float, parallel_cpu: float, k: int,
          parallel_wall: float | None = None) -> dict:
    """The figures of the model (module doc) from the two probes and the two runs' total CPU.

    The reports' task CPU moves ±10 % from run to run on a loaded machine, as much as the whole overhead: so
    both sides are costed with the same task CPU, the parallel run's as its workers measured it (their report
    threads), and only what is not the tasks is taken from each run (serial: imports, first use, the writer;
    parallel: the start, Dask in the workers, the client during the run)."""
    tasks = dict(serial["tasks"])
    first = next(iter(tasks), None)
    if first is not None and len(tasks) > 2:
        # the serial run's first report also paid the process's first use (regexes, catalogs), which a parallel
        # run pays in the forkserver: costed as the median report of its kind and size
        kind = os.path.splitext(first)[1].lower()
        rest = [c / os.path.getsize(p) for p, c in tasks.items()
                if p != first and os.path.getsize(p) and os.path.splitext(p)[1].lower() == kind]
        tasks[first] = min(tasks[first], statistics.median(rest) * os.path.getsize(first)) if rest else tasks[first]
    workers = parallel.get("workers") or {}
    measured = sum(w["other threads"] for w in workers.values()) if workers and "error" not in workers else None
    total = measured or sum(tasks.values())
    scale = total / sum(tasks.values())
    costs = [tasks[p] * scale for p in parallel["order"] if p in tasks]
    client0, fork0 = parallel["client_start"] or 0.0, parallel["forkserver_start"] or 0.0
    serial_fixed = serial_cpu - sum(serial["tasks"].values())
    span = makespan(costs, k)
    rest = max(0.0, parallel_cpu - client0 - fork0 - total)
    p = max(client0, fork0) + span + rest / k
    # Dask's event loops (the client's other threads, the workers' main threads) spend CPU per second of wall
    # time (heartbeats, ticks, monitors): a run stretched by a loaded machine spends more of it than an idle
    # one would. Counting them per second at the measured rate gives the other end of the range.
    loops = (parallel.get("client_threads") or {}).get("other threads", 0.0) + (
        sum(w["main"] for w in workers.values()) if workers and "error" not in workers else 0.0)
    rate = loops / parallel_wall if parallel_wall and loops else 0.0
    p_timed = (max(client0, fork0) + span + max(0.0, rest - loops) / k) / (1 - rate / k) if rate else p
    return {"loops": loops, "rate": rate, "parallel_timed": p_timed,
            "ratio_timed": (serial_fixed + total) / p_timed if p_timed else float("nan"),"n": len(costs), "tasks": total, "measured": measured is not None, "serial_fixed": serial_fixed,
            "start": max(client0, fork0), "client_start": client0, "forkserver_start": fork0,
            "tail": span - total / k, "rest": rest, "parallel": p, "serial_part": p - total / k,
            "ratio": (serial_fixed + total) / p if p else float("nan"), "last": costs[-3:]}


def describe(m: dict, k: int) -> str:
    return (f"  CPU model on {k} idle cores: tasks {m['tasks']:.1f} s ({'as the workers measured them' if m['measured'] else 'serial'}), "
            f"serial beside them {m['serial_fixed']:.1f} s; start {m['start']:.2f} s (client "
            f"{m['client_start'] or 0:.2f}, forkserver {m['forkserver_start'] or 0:.2f}), tail {m['tail']:.2f} s "
            f"(last reports {', '.join(f'{c:.2f}' for c in m['last'])} s), rest {m['rest']:.1f} s / {k} → parallel "
            f"{m['parallel']:.1f} s; serial part {m['serial_part']:.2f} s ({m['serial_part'] / max(1, m['n']) * 1000:.0f} "
            f"ms a report) → predicted ({m['serial_fixed']:.1f} + {m['tasks']:.1f}) / {m['parallel']:.1f} = {m['ratio']:.2f}×"
            + (f"; with Dask's loops ({m['loops']:.1f} s, {m['rate'] * 1000:.0f} ms per wall second) spent per second "
               f"of an idle run: parallel {m['parallel_timed']:.1f} s → {m['ratio_timed']:.2f}×" if m["rate"] else ""))


if __name__ == "__main__":
    record = _probe()

    def _write() -> None:
        with open(os.environ["ESGLENS_BENCH_SELF"], "w") as fh:
            json.dump({**record, "cpu": _cpu(), "threads": _threads()}, fh)

    import atexit

    atexit.register(_write)
    from esglens.cli import main

    sys.argv = ["esglens", *sys.argv[1:]]
    main()
