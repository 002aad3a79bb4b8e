"""Metric catalog and unit normalization (stub until the catalog lands)."""
from __future__ import annotations

from ..model import Document, Fact


def annotate(facts: list[Fact], doc: Document | None = None) -> list[Fact]:
    """Set metric, metric_reason, value_normalized, unit_normalized, norm_flag on each fact."""
    return facts
