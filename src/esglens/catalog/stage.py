"""The metrics stage: a canonical metric (or none, when unsure) and a normalized value for every fact."""
from __future__ import annotations

from ..core.parts import Context, Stage
from ..core.registry import hookimpl
from . import annotate


def _run(ctx: Context):
    return annotate(ctx.result.facts, ctx.doc)


METRICS = Stage("metrics", "facts", _run, needs=("facts",),
                description="metric ids from the catalog, values in the metric's canonical unit")


@hookimpl
def esglens_stages() -> list[Stage]:
    return [METRICS]
