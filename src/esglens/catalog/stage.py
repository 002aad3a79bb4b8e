"""The metrics stage: a canonical metric (or none, when unsure) and a normalized value for every fact."""
from __future__ import annotations

from ..core.parts import Context, Stage
from ..core.registry import hookimpl
from ..core.settings import PIPELINE
from . import annotate, from_settings, mapper_for


def _run(ctx: Context):
    settings = ctx.shared("settings", lambda: PIPELINE)
    return annotate(ctx.result.facts, ctx.doc, mapper_for(from_settings(settings.examples)))


METRICS = Stage("metrics", "facts", _run, needs=("facts",),
                description="metric ids from the catalog, values in the metric's canonical unit")


@hookimpl
def esglens_stages() -> list[Stage]:
    return [METRICS]
