"""Shares of a breakdown that do not round from their own counts.

A breakdown of counts (a total and its parts, from `relations`) printed next to the parts' shares
('Male 523 | 52.3 %', or 'Percentage of employees by gender > Male' beside 'Number of employees by
gender > Male'): each share must be part / total at its printed precision. Shares forced to add up to
100 % often leave one mis-rounded. The pairing is trusted only when the other shares of the same
breakdown round correctly.
"""
from __future__ import annotations

import re

from ..model import Finding
from .evidence import CONFIDENCE, is_count, leaked_label
from .numbers import decimals, half_ulp, show
from .labels import content_words
from .relations import Relation
from .rows import Row, norm_unit, where

_MEASURE = re.compile(r"\b(?:percentage|proportion|share|ratio|number|no\.|total|amount|count)\s*(?:of\s+)?", re.I)


def _pct(r: Row) -> bool:
    return norm_unit(r.unit) in ("%", "percent", "percentage")


def _stem(text: str) -> set[str]:
    return content_words(_MEASURE.sub(" ", text))


def _share_row(part: Row, pcts: list[Row]) -> Row | None:
    """The % row of the same item: printed on the part's own line, or the same leaf under a parent that
    names the same breakdown ('Percentage of employees by gender' / 'Number of employees by gender')."""
    same_line = [r for r in pcts if r.line is not None and r.line == part.line
                 and (r.label == part.label or r.leaf == part.leaf)]
    if len(same_line) == 1:
        return same_line[0]
    if not part.parent:
        return None
    hits = [r for r in pcts if r.parent and content_words(r.leaf) == content_words(part.leaf)
            and _stem(r.parent) == _stem(part.parent)]
    return hits[0] if len(hits) == 1 else None


def _slack(r: Row, y: int) -> float:
    """Rounding of a printed amount; whole numbers of a count (or of no unit) are exact."""
    raw = r.raw(y)
    if decimals(raw) == 0 and (not (r.unit or "").strip() or is_count(r.unit)):
        return 0.0
    return half_ulp(raw)


def check_share_rounding(rows: list[Row], relations: list[Relation]) -> list[Finding]:
    pcts = [r for r in rows if _pct(r)]
    out: list[Finding] = []
    for rel in relations:
        if rel.basis == "structure" and not rel.exhaustive:
            continue
        pairs = [(p, s) for p in rel.parts if (s := _share_row(p, [x for x in pcts if x.group == p.group]))]
        if len(pairs) < 2:
            continue
        out.extend(_judge(rel.total, pairs))
    return out


def _judge(total: Row, pairs: list[tuple[Row, Row]]) -> list[Finding]:
    good, bad = 0, []
    for part, share in pairs:
        for y in share.by_year:
            t, c, s = total.value(y), part.value(y), share.value(y)
            if t is None or c is None or s is None or not t:
                continue
            exact = 100.0 * c / t
            slack = half_ulp(share.raw(y)) + exact * (_slack(part, y) / c if c else 0) \
                + exact * _slack(total, y) / t + 1e-9
            if abs(exact - s) <= slack:
                good += 1
            else:
                bad.append((y, part, share, exact))
    if good < 2 or len(bad) > 1 and len(bad) * 2 > good:
        return []   # the shares are not these counts over this total (another base)
    return [_finding(total, y, part, share, exact) for y, part, share, exact in bad]


def _finding(total: Row, y: int, part: Row, share: Row, exact: float) -> Finding:
    places = decimals(share.raw(y))
    msg = (f"{y}: the share of '{part.leaf}' is printed as {show(share.raw(y), '%')}, but {part.raw(y)} of "
           f"'{total.leaf}' {total.raw(y)} is {exact:.{places + 2}f} %, which rounds to {exact:.{places}f} %; "
           f"the other shares of this breakdown round correctly.")
    lines, pages = where([total, part, share])
    complete = not any(leaked_label(r.label) for r in (total, part, share))
    return Finding("share_rounding", "error", msg, lines, pages,
                   [share.value(y), part.value(y), total.value(y), round(exact, 4)], share.by_year[y].metric, y,
                   confidence=CONFIDENCE["confirmed"] - 0.1, rule="share_rounding", complete=complete)
