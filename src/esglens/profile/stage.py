"""The profile stage: company, period, frameworks, assurance, material topics, targets, climate risks."""
from __future__ import annotations

from ..core.parts import Stage
from ..core.registry import hookimpl
from . import build_profile

PROFILE = Stage("profile", "profile", lambda ctx: build_profile(ctx.doc, ctx.result.facts), needs=("metrics",),
                description="who reports, on what basis, assured by whom, material topics, targets, risks")


@hookimpl
def esglens_stages() -> list[Stage]:
    return [PROFILE]
