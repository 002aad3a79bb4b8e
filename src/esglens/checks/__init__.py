"""Consistency checks (stub until the checker lands)."""
from __future__ import annotations

from ..model import Document, Fact, Finding


def run_checks(facts: list[Fact], doc: Document | None = None) -> list[Finding]:
    return []
