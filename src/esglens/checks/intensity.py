"""Intensities whose implied output disagrees with the output the report's other intensities imply.

intensity = total / output, so total / intensity gives the output (production, revenue) an intensity
was computed with. Intensities with the same kind of denominator in one year should imply the same
output; one that stands apart from two agreeing others was not computed from the printed total.
"""
from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from ..model import Fact, Finding
from .numbers import decimals, fmt, half_ulp, rel_gap
from .units import printed_denominator, ratio_units, scale

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


def _pool(facts: list[Fact]) -> dict[tuple, list[Fact]]:
    """The table facts a numerator may be, by (metric, year), in reading order: looked up, never scanned."""
    out: dict[tuple, list[Fact]] = {}
    for f in facts:
        if f.source == "table" and f.value is not None and not f.qualifier:
            out.setdefault((f.metric, f.year), []).append(f)
    return out


def _pick(pool: dict[tuple, list[Fact]], metric: str, year: int, near: Fact) -> Fact | None:
    c = pool.get((metric, year), [])
    same = [f for f in c if f.table_id and f.table_id == near.table_id]
    return (same or c or [None])[0]


def _implied(facts: dict[tuple, list[Fact]], f: Fact) -> list[Implied]:
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
    """Linear in the facts: numerators looked up by (metric, year); the consensus of the other metrics
    worked out once per year, metric and denominator, its pair found by output (`_first_pair`)."""
    pool = _pool(facts)
    by_year: dict[int, list[list[Implied]]] = {}
    for f in facts:
        if f.source == "table" and f.year and f.metric in NUMERATORS:
            opts = _implied(pool, f)
            if opts:
                by_year.setdefault(f.year, []).append(opts)
    out = []
    for year, items in by_year.items():
        agreed: dict[tuple, tuple[Implied, Implied] | None] = {}
        for opts in items:
            key = (opts[0].intensity.metric, opts[0].den)   # (the others: every item of another metric)
            if key not in agreed:
                agreed[key] = _consensus([o for o in items if o[0].intensity.metric != key[0]], key[1])
            consensus = agreed[key]
            if consensus is None or min(o.tol for o in opts) > MAX_TOL:
                continue
            if any(rel_gap(o.output, consensus[0].output) <= o.tol + consensus[0].tol for o in opts):
                continue
            out.append(_finding(year, opts[0], consensus))
    return out


def _consensus(others: list[list[Implied]], den: str) -> tuple[Implied, Implied] | None:
    """Two precise intensities of different metrics that imply the same output."""
    return _first_pair([o for opts in others for o in opts if o.den == den and o.tol <= MAX_TOL])


def _first_pair(flat: list[Implied]) -> tuple[Implied, Implied] | None:
    """The first `a` (in order) that some `b` of a later metric agrees with (their outputs within their
    tolerances), with the first such `b`: what comparing every pair in order gives, but each `a` is compared
    only with the outputs of each other metric close enough to agree (found by bisection of the sorted
    outputs; a tolerance is at most MAX_TOL, so agreeing outputs differ by less than 2 %)."""
    groups: dict[str, tuple[list[float], list[int]]] = {}
    # (an output that is not finite agrees with none)
    finite = [(i, o) for i, o in enumerate(flat) if math.isfinite(o.output)]
    for i, o in sorted(finite, key=lambda io: io[1].output):
        outs, where = groups.setdefault(o.intensity.metric, ([], []))
        outs.append(o.output)
        where.append(i)
    for _, a in finite:
        lo, hi = _window(a.output, a.tol + MAX_TOL)
        first = None
        for metric, (outs, where) in groups.items():
            if not a.intensity.metric < metric:
                continue
            for k in range(bisect_left(outs, lo), bisect_right(outs, hi)):
                b = flat[where[k]]
                if rel_gap(a.output, b.output) <= a.tol + b.tol and (first is None or where[k] < first):
                    first = where[k]
        if first is not None:
            return a, flat[first]
    return None


def _window(x: float, gap: float) -> tuple[float, float]:
    """Every y with rel_gap(x, y) <= gap (< 1) lies in [lo, hi] (widened a little for rounding)."""
    a, b = x * (1 - gap), x / (1 - gap)
    lo, hi = min(a, b), max(a, b)
    return lo - abs(lo) * 1e-9, hi + abs(hi) * 1e-9


def _finding(year: int, odd: Implied, consensus: tuple[Implied, Implied]) -> Finding:
    a, b = consensus
    f = odd.intensity
    num = odd.numerator[0]
    ratio = a.output / odd.output
    expected = f.value / ratio
    ru = ratio_units(f.unit)
    den_scale = (scale(ru[1] if ru else "") or ("", 1.0))[1]
    den_unit = printed_denominator(f.unit)   # as printed: "GWh", not the lower-cased "gwh" scales are read from
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
