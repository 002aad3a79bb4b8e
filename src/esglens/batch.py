"""Run the pipeline over many reports: one bad file never stops the rest."""
from __future__ import annotations

import sys
from collections.abc import Iterator

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from .errors import InputError
from .model import Failure, ReportResult
from .core.limits import OutOfTime
from .core.settings import PIPELINE, PipelineSettings

err_console = Console(stderr=True)


def _print_limit_warnings(path: str, result: ReportResult) -> None:
    """What went over a cap (core.limits), and why a report is only partly analysed (a stage failed or ran
    out of time), is said on stderr too, one line each, not only stored with the report."""
    for w in result.document.warnings:
        if w.startswith("over limit "):
            err_console.print(f"[yellow]warning[/yellow] {escape(path)}: {escape(w)}", highlight=False, soft_wrap=True)
    stopped = [i for i in result.issues if i.kind in ("error", "timeout") and not i.message.startswith("not run")]
    not_run = [i.stage for i in result.issues if i.kind in ("timeout", "skipped") and i.message.startswith("not run")]
    if stopped or not_run:
        why = "; ".join(f"{i.stage}: {i.message}" for i in stopped)
        rest = f"; not run: {', '.join(not_run)}" if not_run else ""
        err_console.print(f"[yellow]partial[/yellow] {escape(path)}: {escape(why.lstrip('; ') + rest)}",
                          highlight=False, soft_wrap=True)


def iter_results(paths: list[str], *, progress: bool | None = None,
                 only: tuple[str, ...] | None = None, settings: PipelineSettings = PIPELINE,
                 ) -> Iterator[ReportResult | Failure]:
    """Yield a ReportResult or a Failure for every report under `paths`, in order.

    Shows a progress bar on a terminal (stderr) unless progress=False. Each failure is also printed
    at once as one line naming the file and the reason.
    """
    from .pipeline import analyze  # the stages load when a command analyses, not when the CLI registers it
    from .read import find_reports

    files = find_reports(paths)
    if progress is None:
        progress = sys.stderr.isatty() and len(files) > 1
    bar = None
    if progress:
        bar = Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                       TimeElapsedColumn(), TextColumn("{task.fields[name]}"), console=err_console,
                       transient=True)
        bar.start()
        task = bar.add_task("reading", total=len(files), name="")
    try:
        for path in files:
            if bar is not None:
                bar.update(task, name=path.rsplit("/", 1)[-1])
            try:
                result = analyze(path, only=only, settings=settings)
            except InputError as exc:
                err_console.print(f"[red]error[/red] {escape(exc.path)}: {escape(exc.reason)}", highlight=False, soft_wrap=True)
                yield Failure(path, exc.reason)
            except (Exception, OutOfTime) as exc:  # a bug on one report must not stop the batch
                reason = f"stopped: {exc}" if isinstance(exc, OutOfTime) else f"internal error ({type(exc).__name__}: {exc})"
                err_console.print(f"[red]error[/red] {escape(path)}: {escape(reason)}", highlight=False, soft_wrap=True)
                yield Failure(path, reason)
            else:
                _print_limit_warnings(path, result)
                yield result
            if bar is not None:
                bar.advance(task)
    finally:
        if bar is not None:
            bar.stop()
