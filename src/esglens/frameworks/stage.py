"""The content-index and coverage stages."""
from __future__ import annotations

from ..core.parts import Context, Stage
from ..core.registry import hookimpl
from ..document.worded import worded
from . import coverage, extract_index


def _coverage(ctx: Context):
    return coverage(worded(ctx.doc), ctx.result.facts, ctx.result.index_entries)


INDEX = Stage("index", "index_entries", lambda ctx: extract_index(worded(ctx.doc)),
              description="the report's own content index (GRI, HKEX, SZSE/SSE, IFRS S2, SASB, SDG ...)")
COVERAGE = Stage("coverage", "coverage", _coverage, needs=("index", "metrics"),
                 description="per framework item: reported with evidence, claimed without, omitted, missing")


@hookimpl
def esglens_stages() -> list[Stage]:
    return [INDEX, COVERAGE]
