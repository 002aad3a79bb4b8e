"""Does a printed unit fit a metric, and the value in the metric's canonical unit."""
from __future__ import annotations

from dataclasses import dataclass

import re

from .metrics import Metric
from ..core.units import Unit, canonical, magnitude, parse_unit, pint, registry, vocabulary   # pint as core.units imports it (without dask)

PHYSICAL = {"ghg", "mass", "energy", "volume", "area", "time", "currency"}
# a denominator the unit parser did not know: "tonnes NO2eq./kboe", "kg per unit sold", "kWh／台", "每万元", "売上高当たり"
_PER = re.compile(r"\S\s*[/／]\s*\S|\sper\s+\S|每|当たり|あたり", re.I)
# ... except a time basis: "MWh/year", "t/a", "times/year" are amounts of a year, not intensities
_PER_TIME = re.compile(r"(?:[/／]|\bper\s+|每)\s*(?:year|yr|annum|a|month|day|年|月|日)\.?\s*$", re.I)


def read_unit(printed: str) -> Unit | None:
    """The printed unit as the catalog's gates see it: `parse_unit`'s reading, else, when the unit has a
    denominator it could not read, an opaque ratio (no numerator, no dimension): it can only be an
    intensity or a rate, never the absolute amount ("NOx | tonnes NO2eq./kboe" is not the NOx emitted)."""
    u = parse_unit(printed)
    if u is not None or not _PER.search(printed or "") or _PER_TIME.search(printed):
        return u
    return Unit(printed, den=Unit(printed))


def opaque_ratio(u: Unit) -> bool:
    return u.den is not None and u.expr is None and u.dim is None


def _amount_fits(dim: str, u: Unit, water: bool) -> bool:
    if u.dim == dim:
        return True
    if dim == "ghg" and u.dim == "mass":      # "t" on a GHG row: the row says what it weighs
        return True
    return dim == "volume" and water and u.dim == "mass"


def fit(m: Metric, u: Unit | None) -> bool | None:
    """True/False when the printed unit can/cannot measure the metric; None when we cannot tell."""
    if u is None or (u.expr is None and u.den is None) or m.dimension == "any":
        return None
    if opaque_ratio(u):   # a ratio whose parts we cannot read: an intensity/rate may fit, an amount cannot
        return None if m.dimension in ("intensity", "ratio", "score") or m.per_person else False
    if m.dimension == "ratio":
        return u.dim == "ratio" and not u.is_ratio
    if m.dimension == "score":
        return u.dim in ("score", "ratio") and not u.is_ratio
    if m.dimension == "intensity":
        return u.is_ratio and _amount_fits(m.numerator or "", u, m.water)
    if m.per_person and u.is_ratio and u.den is not None and u.den.dim == "count":
        return _amount_fits(m.dimension, u, m.water)   # "時間／人", "hours per employee": the amount per head
    if u.is_ratio or u.dim == "ratio":
        return False
    if m.fuel and u.dim in ("mass", "volume"):
        return True   # "Natural gas | ten thousand m³", "Diesel | tons": the amount burnt
    return _amount_fits(m.dimension, u, m.water)


def hard_mismatch(m: Metric, u: Unit | None) -> bool:
    """A unit that says the row is another kind of figure (a share, a rate, a count), not a slip.

    Water printed in MWh is a slip the consistency checker reports; a '%' on a head count means the
    row is the share, another metric.
    """
    if fit(m, u) is not False:
        return False
    if (m.dimension == "intensity") != u.is_ratio:
        return True
    if u.co2e and (m.numerator or m.dimension) != "ghg":  # a CO2e figure is an emission, not a slip
        return True
    mdim = m.numerator if m.dimension == "intensity" else m.dimension
    return not (mdim in PHYSICAL and u.dim in PHYSICAL)


@dataclass(slots=True)
class Normalized:
    value: float | None
    unit: str | None
    flag: str | None = None


def _tidy(x: float) -> float:
    """Drop binary noise from scaling (35.52 x 10,000 = 355200.00000000006)."""
    return float(f"{x:.12g}")


def _fail(why: str) -> Normalized:
    return Normalized(None, None, why)


def _to(u: Unit, expr: str, water: bool = False) -> float:
    """Size of one printed numerator unit in `expr` (water: 1 t = 1 m³)."""
    ureg = registry()
    if water and u.dim == "mass" and ureg.Unit(expr).dimensionality == ureg.Unit("meter ** 3").dimensionality:
        return magnitude(u.scale, u.expr, "tonne") * magnitude(1, "meter ** 3", expr)
    return magnitude(u.scale, u.expr, expr)   # (pint's conversions kept per unit pair: core.units.magnitude)


def _numerator(u: Unit, dim: str, m: Metric | None) -> tuple[float, str]:
    if dim == "currency":
        return u.scale, u.currency or ""
    if m is not None and m.pint and m.dimension != "intensity":
        return _to(u, m.pint), m.unit
    spec = canonical(dim)
    if spec is None:
        raise ValueError(dim)
    water = bool(m and m.water)
    return _to(u, spec[0], water), spec[1]


def _denominator(d: Unit) -> tuple[float, str]:
    spec = vocabulary()["denominators"].get(d.dim or "")
    if spec is None:
        raise ValueError(d.dim)
    if d.dim == "currency":
        return d.scale / spec["scale"], spec["label"].format(cur=d.currency)
    return _to(d, spec["pint"]), spec["label"]


def plausible(n: Normalized, dim: str | None, printed: str) -> Normalized:
    """`n`, or a flag when the amount exceeds what one company can have (units.yaml `plausible_max`)."""
    top = vocabulary().get("plausible_max", {}).get(dim or "")
    if n.value is None or top is None or abs(n.value) <= top:
        return n
    return _fail(f"implausible: '{printed}' gives {n.value:.3g} {n.unit}, more than {top:.0e} {n.unit} "
                 f"one company can have (unit misread?)")


def normalize(value: float | None, u: Unit | None, printed: str, m: Metric | None) -> Normalized:
    """`value` in the canonical unit of metric `m` (or of the unit's own dimension without a metric)."""
    if value is None:
        return _fail("no value (not disclosed)")
    if u is None:
        return _fail(f"unknown unit '{printed}'")
    if m is not None and fit(m, u) is False:
        return _fail(f"unit '{printed}' does not fit {m.id} ({m.dimension})")
    if u.expr is None:
        if m is not None and m.dimension in ("count", "score", "any") or (m and m.dimension == "ratio" and m.unit != "%"):
            return Normalized(value, m.unit if m.dimension != "any" else None,
                              None if m.dimension != "any" else "no unit printed")
        if printed.strip():   # "$ million", "¥ billion", "'000": a scale and a sign no one currency owns
            return _fail(f"unit '{printed}' names no one currency or unit (a scale of {u.scale:g} only)")
        return _fail("no unit printed")
    if m is not None and m.fuel and u.dim in ("mass", "volume"):
        return _fail(f"fuel printed as {u.dim} ('{printed}'): its energy needs a calorific value the report does not give")
    if m is not None and m.dimension == "score":
        return Normalized(value, "%" if u.dim == "ratio" else "point")
    dim = "ghg" if m is not None and m.dimension == "ghg" else u.dim
    if m is not None and m.dimension == "intensity" and m.numerator == "ghg":
        dim = "ghg"
    if m is not None and m.water and u.dim == "mass":
        dim = "volume"
    try:
        nf, nlabel = _numerator(u, dim or "", m)
        if u.den is None:
            return plausible(Normalized(_tidy(value * nf), nlabel if m is None or m.dimension in ("any", "intensity")
                                        or dim == "currency" else m.unit), dim, printed)
        df, dlabel = _denominator(u.den)
        return Normalized(_tidy(value * nf / df), f"{nlabel}/{dlabel}")
    except (ValueError, ZeroDivisionError, pint.errors.PintError):
        return _fail(f"cannot convert '{printed}'")
