"""An overall average outside the range of the averages of the groups it is made of.

A mean of a population split into groups lies between the smallest and the largest group mean.
The groups must be a stated breakdown ("… by gender and employee type", "divided by level") of
the same kind of average, printed right after the overall one.
"""
from __future__ import annotations

import re

from ..model import Finding
from .numbers import half_ulp
from .rows import Row, by_group, norm_unit, where

_MEAN = re.compile(r"\baverage\b|\bper capita\b|\bmean\b|\bper (?:employee|person|head)\b", re.I)
_BREAKDOWN = re.compile(r"\bby\b|\bdivided\b|\bbreakdown\b", re.I)
NEAR = 6


def check_means(rows: list[Row]) -> list[Finding]:
    out: list[Finding] = []
    for group in by_group(rows).values():
        for i, total in enumerate(group):
            if not _MEAN.search(total.leaf) or total.parent and _BREAKDOWN.search(total.parts[-2]):
                continue
            prev = group[i - 1] if i else None
            if prev is not None and norm_unit(prev.unit) == norm_unit(total.unit) and _MEAN.search(prev.leaf):
                continue  # an overall average comes first; one right after another is a group's own
            for parts in _breakdowns(group, i):
                out.extend(_judge(total, parts))
    return out


def _breakdowns(group: list[Row], i: int) -> list[list[Row]]:
    total = group[i]
    unit = norm_unit(total.unit)
    found: dict[str, list[Row]] = {}
    for r in group[i + 1:i + 1 + NEAR]:
        if norm_unit(r.unit) != unit or len(r.parts) < 2 or not _MEAN.search(r.leaf):
            continue
        if _BREAKDOWN.search(r.parts[-2]) and r.parent != total.parent:
            found.setdefault(r.parent, []).append(r)
    return [g for g in found.values() if len(g) >= 2]


def _judge(total: Row, parts: list[Row]) -> list[Finding]:
    out = []
    inside = []
    outside = []
    for y in sorted(total.by_year):
        t = total.value(y)
        vals = [p.value(y) for p in parts]
        if t is None or any(v is None for v in vals):
            continue
        slack = half_ulp(total.raw(y)) + max(half_ulp(p.raw(y)) for p in parts)
        lo, hi = min(vals), max(vals)
        (inside if lo - slack <= t <= hi + slack else outside).append((y, t, lo, hi))
    if not inside:
        return []  # never inside: these rows are not a breakdown of this average
    for y, t, lo, hi in outside:
        side = "higher than the highest" if t > hi else "lower than the lowest"
        msg = (f"{y}: '{total.leaf}' is {total.raw(y)} {total.unit}, {side} of its group averages under "
               f"'{parts[0].parts[-2]}' ({', '.join(p.raw(y) for p in parts)}); an overall average must lie "
               f"between them (range {lo:g}-{hi:g}).")
        lines, pages = where([total] + parts)
        out.append(Finding("rate_mismatch", "error", msg, lines, pages,
                           [t] + [p.value(y) for p in parts], None, y))
    return out
