"""Totals that are not the sum of their parts, and shares that do not add to 100 %.

A breakdown is recognised from the table's structure only: rows printed right after (or before) a
row in the same unit, or a group of rows under one parent label. Structure alone cannot prove that
rows are meant to add up, so a breakdown is trusted only when it adds up in at least one other
year (or a sibling breakdown "X by A" / "X by B" of the same total adds up in that year). That is what
keeps unrelated neighbouring rows from raising false alarms.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Finding
from .numbers import close, fmt_like, sum_tolerance
from .rows import Row, by_group, norm_unit, where

MAX_RUN = 12
_BY = re.compile(r"^(.*?)\s+(?:divided\s+)?by\b", re.I)


@dataclass
class Candidate:
    total: Row
    parts: list[Row]
    sibling_key: str | None = None   # "X" for a group labelled "X by Y"

    def years(self) -> list[int]:
        ys = set(self.total.by_year)
        for p in self.parts:
            ys &= set(p.by_year)
        return sorted(ys)

    def status(self, year: int) -> tuple[str, float, float, float] | None:
        """('ok'|'confirm'|'fail', total, sum, tolerance) or None when a value is missing."""
        t = self.total.value(year)
        vals = [p.value(year) for p in self.parts]
        if t is None or any(v is None for v in vals):
            return None
        s = sum(vals)
        tol = sum_tolerance([self.total.raw(year)] + [p.raw(year) for p in self.parts], self.total.unit)
        if close(t, s, tol):
            nonzero = sum(1 for v in vals if v)
            return ("confirm" if t and nonzero >= 2 else "ok", t, s, tol)
        return ("fail", t, s, tol)


def _is_pct(row: Row) -> bool:
    return norm_unit(row.unit) in ("%", "percent", "percentage")


def _sibling_groups(rows: list[Row]) -> list[list[Row]]:
    groups: dict[tuple[str, str], list[Row]] = {}
    for r in rows:
        if r.parent:
            groups.setdefault((r.parent, norm_unit(r.unit)), []).append(r)
    return [g for g in groups.values() if len(g) >= 2]


def _runs(rows: list[Row], i: int) -> list[list[Row]]:
    """Contiguous runs of rows in the total's unit right after and right before row i."""
    unit = norm_unit(rows[i].unit)
    out: list[list[Row]] = []
    for step in (1, -1):
        run: list[Row] = []
        j = i + step
        while 0 <= j < len(rows) and len(run) < MAX_RUN and norm_unit(rows[j].unit) == unit:
            run.append(rows[j])
            if len(run) >= 2:
                out.append(list(run) if step == 1 else list(reversed(run)))
            j += step
    return out


def _sibling_key(parts: list[Row]) -> str | None:
    m = _BY.match(parts[0].parts[-2]) if len(parts[0].parts) >= 2 else None
    return m.group(1).strip().lower() if m else None


def _candidates(rows: list[Row], i: int, siblings: list[list[Row]]) -> list[Candidate]:
    total = rows[i]
    cands: list[Candidate] = []
    best_run: Candidate | None = None
    best_score = 0
    for run in _runs(rows, i):
        c = Candidate(total, run)
        score = sum(1 for y in c.years() if (s := c.status(y)) and s[0] == "confirm")
        if score > best_score:  # nested runs: keep the one that adds up most often
            best_run, best_score = c, score
    if best_run is not None:
        cands.append(best_run)
    unit = norm_unit(total.unit)
    for g in siblings:
        if total in g or norm_unit(g[0].unit) != unit:
            continue
        if best_run is not None and set(map(id, g)) == set(map(id, best_run.parts)):
            best_run.sibling_key = _sibling_key(g)
            continue
        cands.append(Candidate(total, g, _sibling_key(g)))
    return cands


def check_sums(rows: list[Row]) -> list[Finding]:
    findings: list[Finding] = []
    for group in by_group(rows).values():
        siblings = _sibling_groups(group)
        for i, total in enumerate(group):
            if _is_pct(total):
                continue
            cands = _candidates(group, i, siblings)
            confirmed_years: dict[str, set[int]] = {}
            for c in cands:
                if c.sibling_key:
                    ys = {y for y in c.years() if (s := c.status(y)) and s[0] == "confirm"}
                    confirmed_years.setdefault(c.sibling_key, set()).update(ys)
            for c in cands:
                findings.extend(_judge(c, confirmed_years.get(c.sibling_key or "", set())))
    return findings


def _judge(c: Candidate, sibling_confirmed: set[int]) -> list[Finding]:
    status = {y: s for y in c.years() if (s := c.status(y))}
    confirm = [y for y, s in status.items() if s[0] == "confirm"]
    fail = [y for y, s in status.items() if s[0] == "fail"]
    out = []
    for y in fail:
        by_sibling = y in sibling_confirmed
        if not (confirm and len(confirm) >= len(fail)) and not by_sibling:
            continue
        _, t, s, _ = status[y]
        out.append(_finding(c, y, t, s, confirm, by_sibling))
    return out


def _finding(c: Candidate, year: int, t: float, s: float, confirm: list[int], by_sibling: bool) -> Finding:
    raws = [c.total.raw(year)] + [p.raw(year) for p in c.parts]
    unit = c.total.unit
    lines, pages = where([c.total] + c.parts)
    why = (f"the same rows add up in {', '.join(map(str, confirm))}" if confirm
           else "another breakdown of the same total adds up in that year")
    msg = (f"{year}: '{c.total.leaf}' is {c.total.raw(year)} {unit}, but its {len(c.parts)} parts "
           f"({', '.join(p.leaf for p in c.parts)}) add up to {fmt_like(s, raws)} {unit}; "
           f"difference {fmt_like(t - s, raws)} {unit} ({why}).")
    return Finding("sum_mismatch", "error", msg, lines, pages,
                   [t] + [p.value(year) for p in c.parts] + [s], c.total.by_year[year].metric, year)


def check_shares(rows: list[Row]) -> list[Finding]:
    findings: list[Finding] = []
    for group in by_group(rows).values():
        for g in _sibling_groups(group):
            if not _is_pct(g[0]):
                continue
            findings.extend(_judge_shares(g))
    return findings


def _judge_shares(g: list[Row]) -> list[Finding]:
    years = sorted(set.intersection(*(set(r.by_year) for r in g)))
    status = {}
    for y in years:
        vals = [r.value(y) for r in g]
        if any(v is None for v in vals):
            continue
        s = sum(vals)
        tol = sum_tolerance([r.raw(y) for r in g])
        status[y] = (close(s, 100.0, tol) and sum(1 for v in vals if v) >= 2, close(s, 100.0, tol), s)
    confirm = [y for y, st in status.items() if st[0]]
    fail = [y for y, st in status.items() if not st[1]]
    if not confirm or len(confirm) < len(fail):
        return []
    out = []
    for y in fail:
        s = status[y][2]
        raws = [r.raw(y) for r in g]
        lines, pages = where(g)
        parent = g[0].parts[-2] if len(g[0].parts) >= 2 else g[0].parent
        msg = (f"{y}: the shares under '{parent}' ({' + '.join(r.raw(y) for r in g)}) add up to "
               f"{fmt_like(s, raws)} %, not 100 %; difference {fmt_like(100.0 - s, raws)} points "
               f"(they add up to 100 % in {', '.join(map(str, confirm))}).")
        out.append(Finding("share_sum", "error", msg, lines, pages,
                           [r.value(y) for r in g] + [s], None, y))
    return out
