"""The metric id the catalog's mapper gives a table label, for tests of the mapper on labels written for them."""
from __future__ import annotations

from esglens.model import Fact


def metric_id(mapper, label: str, unit: str = "") -> str | None:
    f = Fact(value=12.0, raw="12", unit=unit, year=2023, label=label, source="table", column="2023")
    m = mapper.match(f)
    return m.metric.id if m.metric else None
