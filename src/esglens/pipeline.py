"""The one pipeline API: `analyze(path)` for a report, `analyze_many(paths)` for many.

A report is read by the first registered reader that accepts it, then every registered stage whose
needs are met runs in order, each filling its own slot of the `ReportResult`. A stage that fails, or the
time budget running out, ends the report `partial`: the stages that finished are kept, the ones that
needed the missing one are skipped, and `result.issues` says what happened and where.
"""
from __future__ import annotations

import time
from collections.abc import Iterable, Iterator

from .core import registry
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


def analyze(path: str, *, only: Iterable[str] | None = ALL, settings: PipelineSettings = PIPELINE) -> ReportResult:
    """Run the stages on one report. Raises errors.InputError for a file that cannot be read."""
    t0 = time.perf_counter()
    deadline = t0 + settings.time_budget if settings.time_budget else None
    doc = load(path)
    result = ReportResult(document=doc)
    result.timings["read"] = time.perf_counter() - t0
    _take_warnings(result, "read", 0)
    ctx = Context(doc, result, deadline)
    ctx.shared("settings", lambda: settings)
    done: set[str] = set()
    for stage in plan(only, settings):
        missing = [n for n in stage.needs if n not in done]
        if missing:
            result.issues.append(Issue(stage.name, "skipped", f"not run: needs {', '.join(missing)}"))
            continue
        if deadline is not None and time.perf_counter() > deadline:
            result.issues.append(Issue(stage.name, "timeout",
                                       f"not run: the report's time budget of {settings.time_budget:g} s ran out"))
            continue
        if _run_stage(stage, ctx):
            done.add(stage.name)
    result.stages_run = [s for s in result.timings if s != "read"]
    stated = result.profile.get("report_year") if isinstance(result.profile, dict) else None
    stated_year = stated.get("value") if isinstance(stated, dict) else None
    # the stated reporting period wins over the years the tables show
    result.report_year = stated_year if isinstance(stated_year, int) else doc.report_year
    if any(i.kind in ("error", "timeout", "skipped") or i.message.startswith("time budget ran out")
           for i in result.issues):
        result.status = "partial"
    result.seconds = time.perf_counter() - t0
    return result


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
        except Exception as exc:  # a bug on one report must not stop the batch
            yield Failure(path, f"internal error ({type(exc).__name__}: {exc})")
