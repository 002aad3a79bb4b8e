"""Quantities and units of activity data, read with the project's unit reader."""
from __future__ import annotations

import re

from ..core.units import parse_unit, registry

# "Nm³" (normal cubic metre) and "m3": the reader knows m³
_NORMAL_M3 = re.compile(r"\b(?:N|n)m\s*(?:³|3)\b|\bNm³")
_OF = re.compile(r"\s+of\s+.*$", re.I)   # "m³ of natural gas": the unit is what comes before 'of'
_NUMBER = re.compile(r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][+-]?\d+)?$")


def number(text) -> float | None:
    """'10,000.5' -> 10000.5; None when the cell is not one plain number."""
    if isinstance(text, (int, float)) and not isinstance(text, bool):
        return float(text)
    s = str(text or "").strip().replace("\u00a0", "").replace(" ", "")
    if not _NUMBER.match(s):
        return None
    return float(s.replace(",", ""))


def read_unit(printed: str):
    """The Unit of an activity row's unit cell, or None when it cannot be read."""
    u = _NORMAL_M3.sub("m³", str(printed or "").strip())
    got = parse_unit(u)
    if (got is None or got.expr is None) and _OF.search(u):
        got = parse_unit(_OF.sub("", u))
    if got is None or got.expr is None or got.is_ratio:
        return None
    return got


def magnitude(value: float, unit, target: str) -> float | None:
    """`value` printed in `unit` (a Unit) expressed in the pint expression `target`; None if they differ."""
    ureg = registry()
    try:
        return (ureg.Quantity(value * unit.scale, unit.expr)).to(target).magnitude
    except Exception:  # pint raises DimensionalityError, UndefinedUnitError ...
        return None


def convert(value: float, src: str, dst: str) -> float | None:
    """`value` of pint expression `src` in pint expression `dst`."""
    ureg = registry()
    try:
        return (value * ureg.parse_expression(src)).to(dst).magnitude
    except Exception:
        return None
