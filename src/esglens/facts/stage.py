"""The facts stage: every number in the report's tables and sentences."""
from __future__ import annotations

from ..core.parts import Stage
from ..core.registry import hookimpl
from . import extract_facts

FACTS = Stage("facts", "facts", lambda ctx: extract_facts(ctx.doc),
              description="one fact per numeric table cell and per quantity stated in a sentence")


@hookimpl
def esglens_stages() -> list[Stage]:
    return [FACTS]
