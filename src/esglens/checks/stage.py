"""The checks stage: every registered check on the report's facts, sentences and layout."""
from __future__ import annotations

from ..core.parts import Context, Stage
from ..core.registry import hookimpl
from ..core.settings import PIPELINE
from . import run_checks


def _run(ctx: Context):
    settings = ctx.shared("settings", lambda: PIPELINE)
    return run_checks(ctx.result.facts, ctx.doc, skip=settings.disabled_checks, deadline=ctx.deadline)


CHECKS = Stage("checks", "findings", _run, needs=("metrics",),
               description="internal inconsistencies: sums, shares, rates, repeats, units, statements")


@hookimpl
def esglens_stages() -> list[Stage]:
    return [CHECKS]
