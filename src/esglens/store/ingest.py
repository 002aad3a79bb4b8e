"""Ingest many reports: workers analyse and prepare rows, this process alone writes, one transaction each.

What is already stored (same content hash) is skipped before anything is dispatched, so an interrupted
ingest resumes where it stopped. Each report's status is handed to `on_status` as soon as it is stored.
"""
from __future__ import annotations

import functools
import hashlib
import os
import sys
from collections.abc import Callable
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn,
                           TimeRemainingColumn)

from .. import cluster
from ..model import Failure
from ..read.workload import expected_seconds
from . import WARM_MODULE, db  # WARM_MODULE: imported once where local workers fork from
from .review import examples as review_examples

# Files above this are not hashed up front (the reader will refuse or analyse them anyway).
PRECHECK_MAX_BYTES = 64 * 1024 * 1024

err_console = Console(stderr=True, highlight=False)


def analyze_for_store(path: str, examples: tuple = ()) -> db.PreparedReport | Failure:
    """The worker's task: analyse one report and build its store rows (picklable either way).

    examples: labelled examples for the metrics stage (the library's reviews, `review.examples`).
    """
    from ..core.settings import PIPELINE
    from ..errors import InputError
    from ..pipeline import analyze

    try:
        result = analyze(path, settings=PIPELINE.replace(examples=tuple(examples)) if examples else PIPELINE)
    except InputError as exc:
        return Failure(path, exc.reason)
    except Exception as exc:  # a bug on one report must not stop the batch
        return Failure(path, f"internal error ({type(exc).__name__}: {exc})")
    if getattr(result, "status", "ok") == "failed":  # the pipeline's own verdict, where it gives one
        issues = getattr(result, "issues", None) or []
        return Failure(path, "; ".join(str(getattr(i, "message", i)) for i in issues[:3]) or "analysis failed")
    return db.prepare(result)  # the rows only (the header boxes are read from the blocks)


def ingest_paths(con: Any, files: list[str], *, force: bool = False, workers: int | None = None,
                 scheduler: str | None = None, limits: cluster.Limits | None = None,
                 on_status: Callable[[db.IngestStatus], None] | None = None,
                 task: Callable[[str], Any] = analyze_for_store, progress: bool | None = None,
                 known: Callable[[str], db.IngestStatus | None] | None = None,
                 ) -> list[db.IngestStatus]:
    """Every file's status, in the order given. Stored reports are skipped (unless force), the rest run on
    the workers; each result is stored the moment it arrives. The library's reviewed metrics go to the
    metrics stage as labelled examples.

    known: the status of a file that needs no work, or None (default: already in the library at con).
    A task may return an IngestStatus itself (it stored the report elsewhere): it is passed on as it is."""
    known = known or functools.partial(already_stored, con)
    done: dict[int, db.IngestStatus] = {}
    todo: list[int] = []
    for i, path in enumerate(files):
        status = None if force else known(path)
        if status is not None:
            done[i] = status
            if on_status:
                on_status(status)
        else:
            todo.append(i)
    index = {files[i]: i for i in todo}
    if task is analyze_for_store and todo:
        # what analysts accepted or corrected in this library maps the same labels in the new reports
        taught = tuple(review_examples(con))
        task = functools.partial(analyze_for_store, examples=taught) if taught else task
    with _bar(len(todo), progress) as advance:
        outcomes = cluster.run(task, [files[i] for i in todo], workers=workers, scheduler=scheduler, limits=limits,
                               preload=(WARM_MODULE,), cost=expected_seconds)
        for outcome in outcomes:
            status = _store(con, outcome, force)
            done[index[outcome.path]] = status
            if on_status:
                on_status(status)
            advance(os.path.basename(outcome.path))
    return [done[i] for i in range(len(files))]


def _store(con: Any, outcome: cluster.Outcome, force: bool) -> db.IngestStatus:
    value = outcome.value
    if isinstance(value, db.IngestStatus):  # written by the worker itself (a Parquet run)
        return value
    if isinstance(value, db.PreparedReport):
        status = db.store_prepared(con, value, force=force)
        if status.status == "failed":
            _error(status.path, status.reason or "could not be stored")
        return status
    reason = outcome.reason or getattr(value, "reason", None) or "no result"
    _error(outcome.path, reason)
    return db.IngestStatus(path=outcome.path, status="failed", name=os.path.basename(outcome.path), reason=reason)


def _error(path: str, reason: str) -> None:
    err_console.print(f"[red]error[/red] {escape(path)}: {escape(reason)}", soft_wrap=True)


class _bar:
    """One progress bar over every worker (on a terminal only); advance(name) after each report."""

    def __init__(self, total: int, show: bool | None):
        show = sys.stderr.isatty() and total > 1 if show is None else show
        self.progress = None
        if show and total:
            # A fixed-width bar (it jumped with each file name), the time left, and which report was stored last
            # (the name alone read as the report being worked on). Each time says what it is: "0:00:34 left
            # 0:00:08" read as 34 s to go.
            self.progress = Progress(TextColumn("[bold]ingesting"), BarColumn(bar_width=30), MofNCompleteColumn(),
                                     TimeElapsedColumn(), TextColumn("elapsed,"), TimeRemainingColumn(),
                                     TextColumn("left"),
                                     TextColumn("{task.fields[name]}"), console=err_console, transient=True)
            self.task = self.progress.add_task("ingest", total=total, name="")

    def __enter__(self) -> Callable[[str], None]:
        if self.progress is None:
            return lambda name: None
        self.progress.start()
        return lambda name: self.progress.update(self.task, advance=1, name=f"done: {escape(name)}")

    def __exit__(self, *exc: Any) -> None:
        if self.progress is not None:
            self.progress.stop()


def already_stored(con: Any, path: str) -> db.IngestStatus | None:
    """The stored status of a file whose content is already in the store, or None."""
    rid = content_id(path)
    return None if rid is None else db.stored_status(con, rid, path)


def content_id(path: str) -> str | None:
    """The report id of a file's content (its sha256, shortened), or None when it cannot be hashed here."""
    try:
        if not os.path.isfile(path) or os.path.getsize(path) > PRECHECK_MAX_BYTES:
            return None
        digest = hashlib.sha256()
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
    except OSError:
        return None  # the reader reports why
    return digest.hexdigest()[:16]
