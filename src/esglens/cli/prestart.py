"""Start the process that local ingest workers fork from before the command line loads its commands.

`esglens ingest` on local workers waits, before its first report, for that process (the forkserver) to
import the pipeline and warm up (`store/warm.py`, ~1.5 s of one core). Started here, first thing, it does
that on another core while this process loads the commands (~0.8 s), instead of after. Only the arguments
are looked at (no imports beyond the standard library and `esglens.cluster`); when they say the ingest
will run in this process (`--workers 1`, a `--scheduler`, a `--parquet` run, or fewer reports than a cluster
is started for), nothing is started.
"""
from __future__ import annotations

import os

# Options of `ingest` that take a value (the value is not a report path).
_VALUE_OPTIONS = {"--db", "--format", "-f", "--workers", "-w", "--scheduler", "--timeout", "--memory-limit",
                  "--worker-wait", "--parquet"}
_REPORT_SUFFIXES = (".txt", ".md", ".pdf")


def ingest_plan(argv: list[str]) -> tuple[int | None, list[str]] | None:
    """(--workers as given or None, the report paths) of an `ingest` command line that may use local
    workers; None for any other command, or an ingest that runs elsewhere."""
    if argv[:1] != ["ingest"]:
        return None
    workers: int | None = None
    paths: list[str] = []
    args = iter(argv[1:])
    for arg in args:
        name, eq, value = arg.partition("=")
        if name in ("--scheduler", "--parquet"):
            return None
        if name in _VALUE_OPTIONS:
            value = value if eq else next(args, "")
            if name in ("--workers", "-w"):
                try:
                    workers = int(value)
                except ValueError:
                    return None   # the command itself says what is wrong
        elif arg.startswith("-w") and arg[2:].isdigit():
            workers = int(arg[2:])
        elif not arg.startswith("-"):
            paths.append(arg)
    return workers, paths


def count_reports(paths: list[str], enough: int) -> int:
    """How many report files the paths hold, counted up to `enough` (folders walked as `find_reports` does)."""
    n = 0
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                n += sum(1 for f in files if not f.startswith(".") and f.lower().endswith(_REPORT_SUFFIXES))
                if n >= enough:
                    return n
        elif os.path.isfile(p):
            n += 1
    return n


def prestart(argv: list[str]) -> bool:
    """Start the forkserver of local ingest workers when `argv` is an ingest that will use them; whether it did."""
    from .. import cluster
    from ..store import WARM_MODULE

    plan = ingest_plan(argv)
    if plan is None or os.environ.get(cluster.SCHEDULER_ENV):
        return False
    workers, paths = plan
    n = count_reports(paths, enough=cluster.MIN_REPORTS_PER_WORKER * max(cluster.cores(), workers or 0))
    if cluster.plan_workers(n, workers, None) <= 1:
        return False
    return bool(cluster.prestart((WARM_MODULE,)))
