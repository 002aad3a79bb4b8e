"""Printed precision: how far a printed number may be from the true one because of rounding."""
from __future__ import annotations

import math
import re
from functools import lru_cache

_NUM = re.compile(r"[-+]?\d[\d,]*(?:\.(\d+))?|[-+]?\.(\d+)")


@lru_cache(maxsize=1 << 16)   # the same printed numbers are asked about again and again
def decimals(raw: str | None) -> int:
    """Decimals printed in `raw` ("1,234.50" -> 2, "45%" -> 0); 0 when nothing numeric is seen."""
    m = _NUM.search(raw or "")
    if not m:
        return 0
    frac = m.group(1) or m.group(2)
    return len(frac) if frac else 0


@lru_cache(maxsize=1 << 16)
def half_ulp(raw: str | None) -> float:
    """Largest rounding error of a printed number: half a unit in its last printed place."""
    return 0.5 * 10 ** -decimals(raw)


_COUNT_UNITS = re.compile(
    r"^(?:persons?|people|employees?|person-?times?|times?|items?|cases?|accidents?|number|no\.?|pcs|"
    r"pieces?|sessions?|households?|suppliers?|projects?|units?|人|人次|次|个|家|项|起)$", re.I)


def is_count_unit(unit: str | None) -> bool:
    return bool(_COUNT_UNITS.match((unit or "").strip()))


def sum_tolerance(raws: list[str], unit: str | None = None) -> float:
    """Worst-case gap between a printed total and the sum of printed parts from rounding alone.

    Whole counts (persons, times, cases) are exact: no rounding gap is allowed for them.
    """
    if is_count_unit(unit) and all(decimals(r) == 0 for r in raws):
        return 1e-9
    return sum(half_ulp(r) for r in raws) + 1e-9


def close(a: float, b: float, tol: float) -> bool:
    return abs(a - b) <= tol + 1e-9 * max(1.0, abs(a), abs(b))


def fmt(x: float, places: int | None = None) -> str:
    """A number the way a report would print it: thousands separators, sensible decimals."""
    if places is None:
        places = 0 if float(x).is_integer() else (2 if abs(x) >= 1 else 6)
    s = f"{x:,.{places}f}"
    if places > 2 and "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def fmt_like(x: float, raws: list[str]) -> str:
    """Format a computed value with the most decimals among the printed inputs."""
    places = max((decimals(r) for r in raws), default=0)
    return fmt(x, places)


def rel_gap(a: float, b: float) -> float:
    base = max(abs(a), abs(b))
    return 0.0 if base == 0 else abs(a - b) / base


def finite(x: float | None) -> bool:
    return x is not None and math.isfinite(x)


def show(raw: str, unit: str | None) -> str:
    """A printed number with its unit, once: '18.0%' stays, '4,812' with 'persons' reads '4,812 persons'."""
    raw, unit = (raw or "").strip(), (unit or "").strip()
    if not unit or unit.lower() in raw.lower():
        return raw
    return f"{raw} {unit}"
