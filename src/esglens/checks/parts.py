"""Parts larger than their whole, and stated shares that do not match their own counts."""
from __future__ import annotations

import re

from ..model import Fact, Finding
from .evidence import words
from .labels import other_boundary
from .numbers import decimals, fmt_like, half_ulp
from .units import scale


def part_of() -> dict[str, str]:
    """part metric -> whole metric (data/checks.yaml): a part of a whole can never exceed it."""
    return words().get("parts") or {}


_PERSONS = re.compile(r"^(?:persons?|people|employees?|人)$", re.I)
_EMPLOYEE = re.compile(r"\bemployees?\b|\bstaff\b", re.I)
_NOT_OWN = re.compile(r"suppl|contract|partner|communit|customer|visit|times|volunteer|famil|student|trainee", re.I)


def _base(f: Fact) -> float | None:
    if f.value is None or f.qualifier:
        return None
    s = scale(f.unit)
    return f.value * s[1] if s else f.value


def _same_dim(a: Fact, b: Fact) -> bool:
    """Both amounts in units of one dimension; an intensity ('g/kWh') or an unreadable unit never compares."""
    if "/" in (a.unit or "") + (b.unit or ""):
        return False
    sa, sb = scale(a.unit), scale(b.unit)
    if sa and sb:
        return sa[0] == sb[0]
    return (a.unit or "").strip().lower() == (b.unit or "").strip().lower()


def _by_metric_year(facts: list[Fact]) -> dict[tuple, list[Fact]]:
    """Table facts with a value, by (metric, year), in reading order: looked up, never scanned."""
    out: dict[tuple, list[Fact]] = {}
    for f in facts:
        if f.metric and f.source == "table" and _base(f) is not None:
            out.setdefault((f.metric, f.year), []).append(f)
    return out


def _pick(index: dict[tuple, list[Fact]], metric: str, year: int, near: Fact) -> Fact | None:
    """The fact for `metric`/`year`, from the same table as `near` when there is one there."""
    cands = index.get((metric, year), [])
    same = next((f for f in cands if f.table_id and f.table_id == near.table_id), None)
    return same or (cands[0] if cands else None)


def check_parts(facts: list[Fact]) -> list[Finding]:
    out = []
    index = _by_metric_year(facts)
    for part in facts:
        whole_metric = part_of().get(part.metric or "")
        if not whole_metric or part.source != "table" or part.year is None or _base(part) is None:
            continue
        whole = _pick(index, whole_metric, part.year, part)
        if whole is None or not _same_dim(part, whole) or _other_section(part, whole):
            continue
        p, w = _base(part), _base(whole)
        ps, ws = (scale(part.unit) or ("", 1.0))[1], (scale(whole.unit) or ("", 1.0))[1]
        if p > w + half_ulp(part.raw) * ps + half_ulp(whole.raw) * ws:
            f = _exceeds(part, whole)
            # a whole in another table naming a site or segment is no whole of the company's part
            f.complete = (part.table_id == whole.table_id
                          or not other_boundary(whole.label, [part.label]))
            out.append(f)
    return out + _persons_beyond_headcount(facts, index)


def _other_section(part: Fact, whole: Fact) -> bool:
    """Rule "the total of another section": in one table, a whole that closes a section of its own ("Total waste
    generated > Total (A+B)") is no whole of a part printed under another section ("Waste recovered through
    recycling > Recycled": recovered waste may include waste generated in earlier years). The whole's parents
    must lead to the part; a whole with no parent (a flat table) compares with every part as before."""
    if not part.table_id or part.table_id != whole.table_id:
        return False
    parents = [p.strip() for p in whole.label.split(" > ")[:-1]]
    path = [p.strip() for p in part.label.split(" > ")]
    return bool(parents) and path[:len(parents)] != parents


def _exceeds(part: Fact, whole: Fact) -> Finding:
    msg = (f"{part.year}: '{part.label.split(' > ')[-1].strip()}' ({part.raw} {part.unit}) is larger than "
           f"'{whole.label.split(' > ')[-1].strip()}' ({whole.raw} {whole.unit}) that it is part of.")
    lines = sorted({x.line for x in (part, whole) if x.line is not None})
    pages = sorted({x.page for x in (part, whole) if x.page is not None})
    return Finding("part_exceeds_whole", "error", msg, lines, pages, [part.value, whole.value],
                   part.metric, part.year)


def _persons_beyond_headcount(facts: list[Fact], index: dict[tuple, list[Fact]]) -> list[Finding]:
    """A number of own employees (in persons) above everyone employed during the year: the
    year-end headcount plus those who left. Person-times and non-employees are left alone."""
    out = []
    for f in facts:
        if f.source != "table" or f.year is None or f.value is None or f.metric in part_of():
            continue
        leaf = f.label.split(" > ")[-1]
        if not _PERSONS.match((f.unit or "").strip()) or not _EMPLOYEE.search(leaf) or _NOT_OWN.search(f.label):
            continue
        if f.metric and f.metric.startswith("workforce."):
            continue
        total = _pick(index, "workforce.total", f.year, f)
        left = _pick(index, "workforce.turnover_count", f.year, f)
        if total is None or left is None or total.value is None or left.value is None:
            continue
        ceiling = total.value + left.value
        if f.value > ceiling:
            msg = (f"{f.year}: '{leaf.strip()}' is {f.raw} {f.unit}, more than everyone employed during the "
                   f"year ({total.raw} at year end + {left.raw} who left = {fmt_like(ceiling, [total.raw])}); "
                   f"excess {fmt_like(f.value - ceiling, [f.raw])}.")
            lines = sorted({x.line for x in (f, total, left) if x.line is not None})
            pages = sorted({x.page for x in (f, total, left) if x.page is not None})
            out.append(Finding("part_exceeds_whole", "error", msg, lines, pages,
                               [f.value, total.value, left.value, ceiling], f.metric, f.year))
    return out


def check_stated_shares(facts: list[Fact]) -> list[Finding]:
    """'2 female directors, accounting for 28%' next to '7 directors': the share must match."""
    out = []
    by_place: dict[tuple, list[Fact]] = {}
    for f in facts:
        # one sentence, not one page: on a PDF page the next number may belong to anything
        if f.evidence and (f.line is not None or f.page is not None):
            by_place.setdefault((f.line, f.page, f.evidence), []).append(f)
    for same in by_place.values():
        for i, f in enumerate(same):
            whole_metric = part_of().get(f.metric or "")
            if not whole_metric or f.value is None or i + 1 >= len(same):
                continue
            pct = same[i + 1]
            whole = next((w for w in same if w.metric == whole_metric and w.year == f.year), None)
            if pct.unit.strip() != "%" or pct.value is None or whole is None or not whole.value:
                continue
            share = 100.0 * f.value / whole.value
            if abs(share - pct.value) > half_ulp(pct.raw) + 1e-9:
                msg = (f"{f.year}: {f.raw} of {whole.raw} is {share:.2f} %, but {pct.raw} is printed "
                       f"(at the printed precision it should read {share:.{decimals(pct.raw)}f} %).")
                out.append(Finding("rate_mismatch", "error", msg,
                                   [f.line] if f.line else [], [f.page] if f.page else [],
                                   [f.value, whole.value, pct.value, round(share, 2)], f.metric, f.year))
    return out
