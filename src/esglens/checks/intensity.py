"""Intensities whose implied output disagrees with the output the report's other intensities imply.

intensity = total / output, so total / intensity gives the output (production, revenue) an intensity
was computed with. Intensities with the same kind of denominator in one year should imply the same
output; one that stands apart from two agreeing others was not computed from the printed total.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Fact, Finding
from .numbers import decimals, fmt, half_ulp, rel_gap
from .units import ratio_units, scale

# intensity metric -> numerator options (each a list of metrics to add up)
NUMERATORS: dict[str, list[list[str]]] = {
    "energy.intensity": [["energy.total"]],
    "ghg.intensity": [["ghg.scope1_2"], ["ghg.scope1", "ghg.scope2"], ["ghg.total"]],
    "water.intensity": [["water.consumption"], ["water.withdrawal"]],
    "waste.hazardous_intensity": [["waste.hazardous"]],
    "waste.non_hazardous_intensity": [["waste.non_hazardous"]],
}
MAX_TOL = 0.01   # an intensity printed with fewer significant digits than this cannot arbitrate


@dataclass
class Implied:
    intensity: Fact
    numerator: list[Fact]
    output: float            # in base units of the denominator
    tol: float               # relative
    den: str                 # dimension of the denominator


def _pick(facts: list[Fact], metric: str, year: int, near: Fact) -> Fact | None:
    c = [f for f in facts if f.metric == metric and f.year == year and f.source == "table"
         and f.value is not None and not f.qualifier]
    same = [f for f in c if f.table_id and f.table_id == near.table_id]
    return (same or c or [None])[0]


def _implied(facts: list[Fact], f: Fact) -> list[Implied]:
    ru = ratio_units(f.unit)
    if not ru or not f.value or f.qualifier:
        return []
    num_s, den_s = scale(ru[0]), scale(ru[1])
    if not num_s or not den_s:
        return []
    out = []
    for option in NUMERATORS.get(f.metric or "", []):
        parts = [_pick(facts, m, f.year, f) for m in option]
        if any(p is None for p in parts):
            continue
        scales = [scale(p.unit) for p in parts]
        if any(s is None or s[0] != num_s[0] for s in scales):
            continue
        total = sum(p.value * s[1] for p, s in zip(parts, scales))
        tol = half_ulp(f.raw) / abs(f.value) + sum(half_ulp(p.raw) * s[1] for p, s in zip(parts, scales)) / total
        output = total / (f.value * num_s[1]) * den_s[1]
        out.append(Implied(f, parts, output, tol, den_s[0]))
    return out


def check_intensities(facts: list[Fact]) -> list[Finding]:
    by_year: dict[int, list[list[Implied]]] = {}
    for f in facts:
        if f.source == "table" and f.year and f.metric in NUMERATORS:
            opts = _implied(facts, f)
            if opts:
                by_year.setdefault(f.year, []).append(opts)
    out = []
    for year, items in by_year.items():
        for i, opts in enumerate(items):
            others = [o for j, o in enumerate(items) if j != i and o[0].intensity.metric != opts[0].intensity.metric]
            consensus = _consensus(others, opts[0].den)
            if consensus is None or min(o.tol for o in opts) > MAX_TOL:
                continue
            if any(rel_gap(o.output, consensus[0].output) <= o.tol + consensus[0].tol for o in opts):
                continue
            out.append(_finding(year, opts[0], consensus))
    return out


def _consensus(others: list[list[Implied]], den: str) -> tuple[Implied, Implied] | None:
    """Two precise intensities of different metrics that imply the same output."""
    flat = [o for opts in others for o in opts if o.den == den and o.tol <= MAX_TOL]
    for a in flat:
        for b in flat:
            if a.intensity.metric < b.intensity.metric and rel_gap(a.output, b.output) <= a.tol + b.tol:
                return a, b
    return None


def _finding(year: int, odd: Implied, consensus: tuple[Implied, Implied]) -> Finding:
    a, b = consensus
    f = odd.intensity
    num = odd.numerator[0]
    ratio = a.output / odd.output
    expected = f.value / ratio
    ru = ratio_units(f.unit)
    den_unit = ru[1] if ru else ""
    den_scale = (scale(den_unit) or ("", 1.0))[1]
    places = max(2, decimals(f.raw))   # a small intensity (0.03728) keeps its printed precision
    msg = (f"{year}: {f.metric} {f.raw} {f.unit} with {num.metric} {num.raw} {num.unit} implies an output of "
           f"{fmt(odd.output / den_scale, 2)} {den_unit}, but {a.intensity.metric} and {b.intensity.metric} "
           f"both imply {fmt(a.output / den_scale, 2)} {den_unit}; with that output the intensity would be "
           f"about {fmt(expected, places)} (difference {fmt(f.value - expected, places)}).")
    involved = [f, *odd.numerator, a.intensity, *a.numerator, b.intensity, *b.numerator]
    lines = sorted({x.line for x in involved if x.line is not None})
    pages = sorted({x.page for x in involved if x.page is not None})
    return Finding("intensity_mismatch", "warning", msg, lines, pages,
                   [f.value, num.value, round(odd.output / den_scale, 4), round(a.output / den_scale, 4),
                    round(expected, 2)], f.metric, year)
