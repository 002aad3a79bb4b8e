"""Stated rates that do not match their own values: a % row equal to A / B (or to A's change on the
previous year) in the other years but not in one.

Which rows a rate is computed from is never printed, so a pair (A, B) is trusted only when it stands
next to the rate and the rate matches it, non-trivially, in at least two other years. A match of 0 %
or 100 %, of A == B, or of coarse numbers (48 % = 12 / 25) proves nothing.
"""
from __future__ import annotations

from ..model import Finding
from .numbers import fmt, half_ulp
from .rows import Row, by_group, norm_unit, where

MIN_CONFIRM = 2
NEAR = 3   # rows between a rate and the amounts it is computed from


def _pct(r: Row) -> bool:
    return norm_unit(r.unit) == "%"


def _tol(rate: Row, a: Row, b: Row, y: int, ratio: float) -> float:
    """Rounding slack of the printed rate plus what the rounding of A and B can move A/B."""
    av, bv = a.value(y), b.value(y)
    rel = half_ulp(a.raw(y)) / abs(av) + half_ulp(b.raw(y)) / abs(bv)
    return half_ulp(rate.raw(y)) + abs(ratio) * rel + 1e-9


def _ratio_status(rate: Row, a: Row, b: Row) -> dict[int, tuple[bool, float]]:
    out = {}
    for y in rate.by_year:
        r, av, bv = rate.value(y), a.value(y), b.value(y)
        if r is None or av is None or not bv or not av:
            continue
        ratio = 100.0 * av / bv
        out[y] = (abs(ratio - r) <= _tol(rate, a, b, y, ratio), ratio)
    return out


def _change_status(rate: Row, a: Row) -> dict[int, tuple[bool, float]]:
    out = {}
    for y in rate.by_year:
        r, now, before = rate.value(y), a.value(y), a.value(y - 1)
        if r is None or now is None or not before:
            continue
        change = 100.0 * (now / before - 1.0)
        # what the rounding of both years can move now/before, written without dividing by `now`
        # (a year that fell to 0 is a -100 % change, not a division by zero)
        slack = 100.0 * (half_ulp(a.raw(y)) + abs(now / before) * half_ulp(a.raw(y - 1))) / abs(before)
        out[y] = (abs(change - r) <= half_ulp(rate.raw(y)) + slack + 1e-9, change)
    return out


def _telling(rate: Row, y: int, amounts: list[tuple[float | None, str]]) -> bool:
    """A match in year y that chance would hardly produce: a rate other than 0 or 100 %, distinct
    amounts, and amounts precise enough (rounding moves the ratio by under 1 %) to pin it down."""
    r = rate.value(y)
    vals = [v for v, _ in amounts]
    if r is None or r in (0.0, 100.0) or any(not v for v in vals) or len(set(vals)) < len(vals):
        return False
    return sum(half_ulp(raw) / abs(v) for v, raw in amounts) <= 0.01


def _judge(status: dict[int, tuple[bool, float]], telling) -> tuple[list[int], list[int]]:
    ok = [y for y, (good, _) in status.items() if good and telling(y)]
    bad = [y for y, (good, _) in status.items() if not good]
    return ok, bad


def check_rates(rows: list[Row]) -> list[Finding]:
    out: list[Finding] = []
    for group in by_group(rows).values():
        for i, rate in enumerate(group):
            if not _pct(rate):
                continue
            near = [r for r in group[max(0, i - NEAR):i + NEAR + 1] if not _pct(r)]
            out.extend(_ratios(rate, near))
            out.extend(_changes(rate, near))
    return out


def _ratios(rate: Row, amounts: list[Row]) -> list[Finding]:
    found = []
    for a in amounts:
        for b in amounts:
            if a is b or norm_unit(a.unit) != norm_unit(b.unit):
                continue
            status = _ratio_status(rate, a, b)
            ok, bad = _judge(status, lambda y: _telling(rate, y, [(a.value(y), a.raw(y)), (b.value(y), b.raw(y))]))
            if len(ok) < MIN_CONFIRM or not bad:
                continue
            for y in bad:
                ratio = status[y][1]
                msg = (f"{y}: '{rate.leaf}' is printed as {rate.raw(y)} %, but '{a.leaf}' / '{b.leaf}' = "
                       f"{a.raw(y)} / {b.raw(y)} = {ratio:.2f} %; difference {fmt(rate.value(y) - ratio, 2)} points "
                       f"(the rate equals this ratio in {', '.join(map(str, sorted(ok)))}).")
                lines, pages = where([rate, a, b])
                found.append(Finding("rate_mismatch", "error", msg, lines, pages,
                                     [rate.value(y), a.value(y), b.value(y), round(ratio, 4)], None, y))
    return found


def _changes(rate: Row, amounts: list[Row]) -> list[Finding]:
    found = []
    for a in amounts:
        status = _change_status(rate, a)
        ok, bad = _judge(status, lambda y: _telling(rate, y, [(a.value(y), a.raw(y)), (a.value(y - 1), a.raw(y - 1))]))
        if len(ok) < MIN_CONFIRM or not bad:
            continue
        for y in bad:
            change = status[y][1]
            msg = (f"{y}: '{rate.leaf}' is printed as {rate.raw(y)} %, but '{a.leaf}' went from "
                   f"{a.raw(y - 1)} to {a.raw(y)}, a change of {change:.2f} %; difference "
                   f"{fmt(rate.value(y) - change, 2)} points.")
            lines, pages = where([rate, a])
            found.append(Finding("rate_mismatch", "error", msg, lines, pages,
                                 [rate.value(y), a.value(y - 1), a.value(y), round(change, 4)], None, y))
    return found
