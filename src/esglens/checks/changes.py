"""Stated changes that contradict each other.

- the same amount stated twice with different year-on-year changes (the implied earlier amounts differ);
- the same subject measured against the same base with two different changes;
- the same figure worded as a change ("decreased by 73.68%") in one place and as a level reached
  ("dropped to 73.68%") in another.
"""
from __future__ import annotations

import re

from ..model import Finding
from .numbers import fmt
from .statements import STOP, Change

MIN_DIGITS = 3      # an amount with fewer significant digits matches too many others by chance
_WORD = re.compile(r"[a-z][a-z\-]{3,}")
_GENERIC = STOP | {"increase", "increased", "decrease", "decreased", "reduction", "million", "billion", "thousand",
                   "from", "with", "this", "that", "rmb", "yuan"}


def _digits(raw: str) -> int:
    return len(raw.replace(",", "").replace(".", "").lstrip("0-+"))


def _place(c: Change) -> str:
    s = c.sentence
    return f"line {s.line}" if s.line is not None else f"page {s.page}"


def _where(*cs: Change) -> tuple[list[int], list[int]]:
    lines: set[int] = set()
    pages: set[int] = set()
    for c in cs:
        lines.update(c.sentence.lines)
        pages.update(c.sentence.pages)
        if c.amount is not None and c.amount_from_prev and c.sentence.prev is not None:
            lines.update(c.sentence.prev.lines)
            pages.update(c.sentence.prev.pages)
    return sorted(lines), sorted(pages) if not lines else []


def _same_place(a: Change, b: Change) -> bool:
    return a.sentence is b.sentence or (a.sentence.lines, a.sentence.pages) == (b.sentence.lines, b.sentence.pages)


def _words(c: Change) -> set[str]:
    text = c.sentence.text + (" " + c.sentence.prev.text if c.amount_from_prev and c.sentence.prev else "")
    return {w for w in _WORD.findall(text.lower()) if w not in _GENERIC}


def _differ(a: Change, b: Change) -> bool:
    return a.direction != b.direction or abs(a.value - b.value) > a.slack + b.slack + 1e-9


def _signed(c: Change) -> str:
    return f"{'+' if c.direction > 0 else '-'}{c.raw} %"


def _base_words(c: Change) -> str:
    return "year-on-year" if c.base == "yoy" else f"against {c.base}"


def check_restated_changes(cs: list[Change]) -> list[Finding]:
    """One amount, two different changes from the same base: at most one can be right."""
    out = []
    cands = [c for c in cs if c.amount is not None and c.mode == "by" and c.base and not c.aim
             and _digits(c.amount.raw) >= MIN_DIGITS]
    for a, b in _keyed_pairs(cands, lambda c: (c.base, c.year, c.amount.key)):
        if _same_place(a, b):
            continue
        if abs(a.amount.base - b.amount.base) > a.amount.tol + b.amount.tol or not _differ(a, b):
            continue
        if not _words(a) & _words(b):
            continue  # nothing but a number in common: a coincidence, not one figure
        out.append(_restated(a, b))
    return out


def _keyed_pairs(cands: list[Change], key) -> list[tuple[Change, Change]]:
    """Every pair (a, b), a listed before b, whose keys are equal, in the order a loop over all pairs
    meets them: the candidates are grouped by key first (linear), not compared pair by pair."""
    groups: dict = {}
    for i, c in enumerate(cands):
        groups.setdefault(key(c), []).append(i)
    pairs = sorted((i, j) for idx in groups.values() for n, i in enumerate(idx) for j in idx[n + 1:])
    return [(cands[i], cands[j]) for i, j in pairs]


def _restated(a: Change, b: Change) -> Finding:
    fine = a.amount if a.amount.tol <= b.amount.tol else b.amount
    bases = [fine.value / (1 + c.direction * c.value / 100.0) for c in (a, b)]
    earlier = "the previous year's" if a.base == "yoy" else f"the {a.base}"
    msg = (f"{a.year or ''}: the same amount is stated with two different {_base_words(a)} changes: "
           f"{a.amount.shown} with {_signed(a)} ({_place(a)}) and {b.amount.shown} with {_signed(b)} "
           f"({_place(b)}); difference {fmt(abs(a.direction * a.value - b.direction * b.value), 2)} points. "
           f"They imply {earlier} amount was {fmt(bases[0], 0)} or {fmt(bases[1], 0)} ({fine.unit}), "
           f"so at most one change is right.").lstrip(": ")
    lines, pages = _where(a, b)
    return Finding("change_mismatch", "error", msg, lines, pages,
                   [a.amount.value, a.direction * a.value, b.amount.value, b.direction * b.value,
                    round(bases[0], 2), round(bases[1], 2)], None, a.year)


def check_base_changes(cs: list[Change]) -> list[Finding]:
    """The same subject against the same base with two different changes. When the two name
    different denominators (per output value, per revenue) they may measure different things:
    the finding is then only 'info'."""
    out = []
    cands = [c for c in cs if c.mode == "by" and c.base and not c.aim and len(c.subject - {"INT"}) >= 2]
    for a, b in _keyed_pairs(cands, lambda c: (c.subject, c.base, c.year)):
        if not _same_place(a, b) and _differ(a, b):
            out.append(_base_finding(a, b))
    return out


def _base_finding(a: Change, b: Change) -> Finding:
    dens_differ = a.den != b.den
    base = "the previous year" if a.base == "yoy" else a.base
    msg = (f"{a.year or ''}: '{a.subject_text}' changed by {_signed(a)} against {base} ({_place(a)}), but "
           f"'{b.subject_text}' by {_signed(b)} against {base} ({_place(b)}); difference "
           f"{fmt(abs(a.direction * a.value - b.direction * b.value), 2)} points.").lstrip(": ")
    if dens_differ:
        msg += (f" The two are measured per {a.den or 'unstated unit'} and per {b.den or 'unstated unit'}: "
                f"if that is meant, the report should say so side by side.")
    lines, pages = _where(a, b)
    return Finding("change_mismatch", "info" if dens_differ else "warning", msg, lines, pages,
                   [a.direction * a.value, b.direction * b.value], None, a.year)


def check_by_vs_to(cs: list[Change]) -> list[Finding]:
    """'decreased by X%' and 'dropped to X%' for the same figure: a fall by X leaves 100 - X."""
    pairs: dict[tuple, list[tuple[Change, Change]]] = {}
    by = [c for c in cs if c.mode == "by" and not c.aim]
    to: dict[tuple, list[Change]] = {}   # keyed by the printed figure and direction: no all-pairs comparison
    for c in cs:
        if c.mode == "to" and not c.aim:
            to.setdefault((c.raw, c.direction), []).append(c)
    for a in by:
        for b in to.get((a.raw, a.direction), ()):
            if _same_place(a, b) or a.raw != b.raw or a.direction != b.direction or a.value in (0.0, 100.0):
                continue
            if a.base != b.base or a.base is None or a.subject != b.subject or not (a.subject - {"INT"}):
                continue
            key = (id(a.sentence), id(b.sentence))
            pairs.setdefault(key, []).append((a, b))
    out = []
    for found in pairs.values():
        a0, b0 = found[0]
        figures = "; ".join(f"'{a.subject_text}' {_verb(a)} by {a.raw} % ({_place(a)}) vs {_verb(b)} to "
                            f"{b.raw} % ({_place(b)})" for a, b in found)
        msg = (f"The same changes are worded two ways: {figures}. A change by {a0.raw} % leaves "
               f"{fmt(100 - a0.value, 2)} % of the earlier figure; a change to {b0.raw} % is a change by "
               f"{fmt(100 - b0.value, 2)} %: only one wording can be right.")
        lines, pages = _where(*[c for pair in found for c in pair])
        values = [v for a, _ in found for v in (a.direction * a.value,)]
        out.append(Finding("change_wording", "warning", msg, lines, pages, values, None, a0.year))
    return out


def _verb(c: Change) -> str:
    return "up" if c.direction > 0 else "down"
