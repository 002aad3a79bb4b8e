"""The one pipeline API: `analyze(path)` for a report, `analyze_many(paths)` for many.

A report is read by the first registered reader that accepts it, then every registered stage whose
needs are met runs in order, each filling its own slot of the `ReportResult`. A stage that fails, or the
time budget running out, ends the report `partial`: the stages that finished are kept, the ones that
needed the missing one are skipped, and `result.issues` says what happened and where.
"""
from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from .core import registry
from .core.gcpause import paused
from .core.limits import OutOfTime, cap_tables, limits, over_limit
from .core.parts import Context, Stage
from .core.settings import PIPELINE, PipelineSettings
from .errors import InputError
from .model import Failure, Issue, ReportResult
from .read import find_reports, load

ALL = None


def plan(only: Iterable[str] | None = ALL, settings: PipelineSettings = PIPELINE) -> list[Stage]:
    """The stages to run, in registration order: `only` and what they need (all when None)."""
    stages = {s.name: s for s in registry.stages()}
    if only is None:
        wanted = set(stages)
    else:
        wanted, todo = set(), list(only)
        while todo:
            name = todo.pop()
            if name not in stages:
                raise ValueError(f"no stage named {name!r} (stages: {', '.join(stages)})")
            if name not in wanted:
                wanted.add(name)
                todo.extend(stages[name].needs)
    wanted -= set(settings.disabled_stages)
    ordered: list[Stage] = []
    placed: set[str] = set()
    pending = [s for s in stages.values() if s.name in wanted]
    while pending:  # registration order, each stage after what it needs
        ready = [s for s in pending if all(n in placed or n not in wanted for n in s.needs)]
        if not ready:
            raise ValueError("stages need each other in a circle: " + ", ".join(s.name for s in pending))
        ordered.append(ready[0])
        placed.add(ready[0].name)
        pending.remove(ready[0])
    return ordered


@paused()   # the cycle collector's full passes over a report's objects cost 10-25 % of its CPU (core.gcpause)
def analyze(path: str, *, only: Iterable[str] | None = ALL, settings: PipelineSettings = PIPELINE) -> ReportResult:
    """Run the stages on one report. Raises errors.InputError for a file that cannot be read.

    The time budget (`settings.time_budget`) is kept twice: a stage is not started after the deadline,
    and, in the main thread, a stage still running at the deadline is stopped (SIGALRM raises
    core.limits.OutOfTime in it). Either way the report ends `partial` with the stages that finished;
    a file whose reading alone outlasts the budget is an InputError naming the budget.
    """
    t0 = time.perf_counter()
    budget = settings.time_budget
    deadline = t0 + budget if budget else None
    with _alarm_at(deadline):
        try:
            doc = _load(path)
        except OutOfTime as exc:
            raise InputError(path, f"stopped while reading: {_why(exc, budget)}") from None
        result = ReportResult(document=doc)
        result.timings["read"] = time.perf_counter() - t0
        _take_warnings(result, "read", 0)
        ctx = Context(doc, result, deadline)
        ctx.shared("settings", lambda: settings)
        try:
            _run_stages(plan(only, settings), ctx, budget)
        except OutOfTime as exc:  # rang between two stages: what finished is kept
            result.issues.append(Issue("pipeline", "timeout", f"stopped: {_why(exc, budget)}"))
    result.stages_run = [s for s in result.timings if s != "read"]
    stated = result.profile.get("report_year") if isinstance(result.profile, dict) else None
    stated_year = stated.get("value") if isinstance(stated, dict) else None
    # the stated reporting period wins over the years the tables show
    result.report_year = stated_year if isinstance(stated_year, int) else doc.report_year
    if any(_incomplete(i) for i in result.issues):
        result.status = "partial"
    result.seconds = time.perf_counter() - t0
    return result


def _incomplete(issue: Issue) -> bool:
    """Does this issue mean part of the report was not analysed? (a stage failed, stopped or was not run;
    the budget ran out inside the checks; the reader stopped at a cap and left text unread)"""
    return (issue.kind in ("error", "timeout", "skipped") or issue.message.startswith("time budget ran out")
            or (issue.stage == "read" and issue.message.startswith("over limit ") and "not read" in issue.message))


def _why(exc: BaseException, budget: float | None) -> str:
    if str(exc):
        return str(exc)
    return f"the report's time budget of {budget:g} s ran out" if budget else "the time limit ran out"


def _run_stages(stages: list[Stage], ctx: Context, budget: float | None) -> None:
    result, done = ctx.result, set()
    stopped: str | None = None
    for stage in stages:
        missing = [n for n in stage.needs if n not in done]
        if missing:
            result.issues.append(Issue(stage.name, "skipped", f"not run: needs {', '.join(missing)}"))
            continue
        if stopped is None and ctx.deadline is not None and time.perf_counter() > ctx.deadline:
            stopped = f"the report's time budget of {budget:g} s ran out"
        if stopped is not None:
            result.issues.append(Issue(stage.name, "timeout", f"not run: {stopped}"))
            continue
        t, warnings_before = time.perf_counter(), len(ctx.doc.warnings)
        try:
            if _run_stage(stage, ctx):
                done.add(stage.name)
        except OutOfTime as exc:  # stopped inside the stage: nothing of it is kept
            stopped = _why(exc, budget)
            _take_warnings(result, stage.name, warnings_before)
            result.issues.append(Issue(stage.name, "timeout", f"stopped after {time.perf_counter() - t:.1f} s: "
                                                                f"{stopped}; its results are not kept"))


def _run_stage(stage: Stage, ctx: Context) -> bool:
    result = ctx.result
    warnings_before = len(ctx.doc.warnings)
    t = time.perf_counter()
    try:
        value = stage.run(ctx)
    except InputError:
        raise
    except Exception as exc:  # one stage's bug costs the report that stage, not the others
        result.issues.append(Issue(stage.name, "error", f"{type(exc).__name__}: {exc}"))
        ok = False
    else:
        if stage.slot in result.__dataclass_fields__ and stage.slot != "extras":
            setattr(result, stage.slot, value)
        else:
            result.extras[stage.slot] = value
        ok = True
    result.timings[stage.name] = time.perf_counter() - t
    _take_warnings(result, stage.name, warnings_before)
    return ok


def _load(path: str):
    """The document, read by the first registered reader that accepts the file, its tables cut to the
    caps on rows and cells (core.limits.cap_tables, saying so)."""
    doc = _read(path)
    doc.warnings.extend(cap_tables(doc))
    return doc


def _read(path: str):
    """A PDF of more pages than limits.max_pdf_pages is read up to the cap (with the built-in PDF reader)
    and says so."""
    cap = limits().max_pdf_pages
    pages = _pdf_pages(path)
    if pages is None or pages <= cap:
        return load(path)
    from .read.pdf import read_pdf

    doc = read_pdf(path, pages=range(1, cap + 1))
    doc.warnings.insert(0, over_limit("max_pdf_pages", os.path.basename(path),
                                      f"{pages:,} pages; pages {cap + 1:,}-{pages:,} are not read"))
    return doc


def _pdf_pages(path: str) -> int | None:
    """The page count of a file the built-in PDF reader would read, else None (not a PDF, a plugin's
    reader takes it, or the file cannot be opened: then `load` gives the reason)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError:
        return None
    reader = next((r for r in reversed(registry.readers()) if r.accepts(path, head)), None)
    if reader is None or reader.name != "pdf" or not head.startswith(b"%PDF-"):
        return None
    try:
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(path)
    except Exception:  # noqa: BLE001 - encrypted, broken: the reader says why
        return None
    try:
        return len(pdf)
    finally:
        pdf.close()


@contextmanager
def _alarm_at(deadline: float | None) -> Iterator[None]:
    """Raise OutOfTime in the main thread at `deadline` (a perf_counter value), once.

    Off the main thread, or where SIGALRM does not exist, nothing is armed (the pipeline then only stops
    between stages). An outer alarm that rings first (ingest's per-report --timeout) is left alone; one
    that rings later is put back, with the time that is left, when the report is done.
    """
    if deadline is None or not hasattr(signal, "setitimer") \
            or threading.current_thread() is not threading.main_thread():
        yield
        return
    left = max(deadline - time.perf_counter(), 1e-3)
    outer, _ = signal.getitimer(signal.ITIMER_REAL)
    if outer and outer <= left:
        yield
        return
    armed = True

    def ring(signum, frame):
        nonlocal armed
        if armed:
            armed = False
            raise OutOfTime()

    started = time.perf_counter()
    previous = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, left)
    try:
        yield
    finally:
        armed = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous if previous is not None else signal.SIG_DFL)
        if outer:
            signal.setitimer(signal.ITIMER_REAL, max(outer - (time.perf_counter() - started), 1e-3))


def _take_warnings(result: ReportResult, stage: str, start: int) -> None:
    for w in result.document.warnings[start:]:
        result.issues.append(Issue(stage, "warning", w))


def analyze_many(paths: Iterable[str], *, only: Iterable[str] | None = ALL,
                 settings: PipelineSettings = PIPELINE) -> Iterator[ReportResult | Failure]:
    """A result (or a Failure naming the file and the reason) for every report under `paths`, in order.

    Folders are expanded into the reports inside them. One bad file never stops the rest.
    """
    only = tuple(only) if only is not None else None
    for path in find_reports(list(paths)):
        try:
            yield analyze(path, only=only, settings=settings)
        except InputError as exc:
            yield Failure(exc.path, exc.reason)
        except OutOfTime as exc:  # an outer time limit rang outside a stage
            yield Failure(path, f"stopped: {exc or 'the time limit ran out'}")
        except Exception as exc:  # a bug on one report must not stop the batch
            yield Failure(path, f"internal error ({type(exc).__name__}: {exc})")
