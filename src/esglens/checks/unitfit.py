"""Units that cannot fit what the row measures."""
from __future__ import annotations

import re

from ..model import Fact, Finding
from .units import dimension
from ..core.opening import opening

# metric family -> dimensions its amounts (or an intensity's numerator) may have
ALLOWED = {"water": {"volume", "mass"}, "effluent.volume": {"volume", "mass"}, "energy": {"energy"},
           "ghg": {"mass"}, "waste": {"mass", "volume"}, "air": {"mass"}, "effluent": {"mass", "volume"}}
_COUNT = re.compile(r"^(?:persons?|people|accidents?|cases?|times?|人|起|次)$", re.I)
_PER_HOURS = opening(re.compile(r"\bper\s+(?:one\s+)?(?:million|\d[\d,]*)\s+(?:hours|man-hours|working hours)", re.I))


def _catalog_fit(metric: str, unit: str) -> bool | None:
    try:
        from ..catalog import unit_fits  # offered by the catalog once it lands
    except ImportError:
        return None
    try:
        return unit_fits(metric, unit)
    except Exception:  # a catalog bug must not stop the checks
        return None


def _fallback_fit(f: Fact) -> bool | None:
    if not f.metric or f.metric.endswith(("_pct", "_rate", "rate")):
        return None
    dim = dimension(f.unit)
    if dim is None:
        return None
    fam = f.metric if f.metric in ALLOWED else f.metric.split(".")[0]
    allowed = ALLOWED.get(fam)
    return None if allowed is None else dim in allowed


_RATE = re.compile(r"\brate\b")


def _label_fit(f: Fact) -> str | None:
    """Why the unit contradicts the row label, or None."""
    leaf = f.label.split(" > ")[-1].lower()
    unit = (f.unit or "").strip()
    if "water" in leaf and not re.search(r"energy|electric|heat|power", leaf) and dimension(unit) == "energy":
        return "a water figure cannot be measured in energy units"
    if _RATE.search(leaf) and _COUNT.match(unit):
        return "a rate cannot be a count"
    if _PER_HOURS.search(leaf) and unit == "%":
        return "a rate per hours worked is not a percentage"
    return None


def check_units(facts: list[Fact]) -> list[Finding]:
    seen: set[tuple] = set()
    out = []
    for f in facts:
        if f.source != "table":
            continue
        reason = _label_fit(f)
        if reason is None and f.metric:
            fit = _catalog_fit(f.metric, f.unit)
            if fit is None:
                fit = _fallback_fit(f)
            if fit is False:
                reason = f"the unit does not fit {f.metric}"
        if reason is None:
            continue
        key = (f.table_id, f.line, f.page, f.label, f.unit)
        if key in seen:
            continue  # one finding per row, not one per year
        seen.add(key)
        leaf = f.label.split(" > ")[-1].strip()
        msg = f"'{leaf}' is given in '{f.unit}': {reason}."
        out.append(Finding("unit_mismatch", "warning", msg, [f.line] if f.line else [],
                           [f.page] if f.page else [], [f.unit], f.metric, None))
    return out
