"""Report profile (stub until the profile stage lands)."""
from __future__ import annotations

from ..model import Document, Fact


def build_profile(doc: Document, facts: list[Fact]) -> dict:
    return {}
