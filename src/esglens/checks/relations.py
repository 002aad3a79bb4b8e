"""Totals and their parts, worked out from the facts rather than from one table layout.

Four sources, each named by its basis (see evidence.CONFIDENCE):
- definition: the metric catalog says a whole is the sum of parts (Scope 1 + Scope 2 = Scope 1+2),
  wherever in the report the rows stand (parts across two tables included);
- labelled: the labels say so: a 'Total' leaf among its siblings, '<X> by gender' under a row '<X>',
  a complete set of breakdown words (male / female; age bands open below and above);
- structure: rows under one parent, or marked as its parts ('- Road', 'of which'), without words
  that say the parts are all of it;
- arithmetic: a run of rows next to a candidate total that adds up in some year (judged later).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .evidence import parts_fit, words
from .labels import (age_band, complete_set, content_words, is_total_leaf, marked_child, mean_like, memo_leaf,
                     other_boundary, stem_of, subset, whole_leaf)
from .rows import Row
from ..core.opening import opening

MAX_RUN = 12
MAX_COMBOS = 8


@dataclass
class Relation:
    total: Row
    parts: list[Row]
    basis: str            # definition | labelled | structure | arithmetic
    exhaustive: bool      # the parts are all of the total (else: they only cannot exceed it)
    why: str = ""         # words for the message
    family: str | None = None   # alternatives of one definition: inconsistent only if none adds up
    complete: str | None = None  # the parts are a complete set of breakdown words ('gender', 'age')

    def key(self) -> tuple:
        return id(self.total), frozenset(map(id, self.parts))


# --- sources ------------------------------------------------------------------------------------

def _fits(total: Row, parts: list[Row]) -> bool:
    return all(parts_fit(total.unit, p.unit) for p in parts) and len(parts) >= 2


def _sibling_sets(group: list[Row]) -> list[list[Row]]:
    """Rows under one parent label. A parent label printed twice in one table ('Other than permanent'
    for employees and again for workers) heads two sets: a leaf seen again starts the next set, and so
    does a row after a total printed below its parts, or a second total. Memo rows ('(of the parent
    company alone)') are no parts."""
    sets: dict[str, list[list[Row]]] = {}
    closed: set[str] = set()
    for r in group:
        if not r.parent or memo_leaf(r.leaf):
            continue
        runs = sets.setdefault(r.parent, [[]])
        total = is_total_leaf(r.leaf)
        if r.parent in closed or any(x.leaf == r.leaf and (x.unit or "").strip().lower() == (r.unit or "").strip().lower()
                                     for x in runs[-1]) or (total and any(is_total_leaf(x.leaf) for x in runs[-1])):
            runs.append([])
            closed.discard(r.parent)
        runs[-1].append(r)
        if total and len(runs[-1]) > 1:
            closed.add(r.parent)   # a total printed after its parts ends them: the next rows are another set
    out = []
    for runs in sets.values():
        for rows in runs:
            by_unit: dict[str, list[Row]] = {}
            for r in rows:
                by_unit.setdefault((r.unit or "").strip().lower(), []).append(r)
            out.extend(v for v in by_unit.values() if len(v) >= 2)
    return out


def _stem_total(group: list[Row], sibs: list[Row], stem: str) -> Row | None:
    """The row a '<stem> by <x>' breakdown splits: its label words are the stem's, printed above."""
    want = content_words(stem)
    if not want:
        return None
    first = min(group.index(s) for s in sibs)
    best, best_extra = None, 2
    for r in group[:first][::-1]:
        if r in sibs or not parts_fit(r.unit, sibs[0].unit):
            continue
        have = content_words(r.leaf)
        if want <= have and len(have - want) < best_extra:   # fewest extra words, then the nearest
            best, best_extra = r, len(have - want)
    return best


def tree_relations(group: list[Row]) -> list[Relation]:
    """Rows under one parent label: a 'Total' among them, a row named like the parent, or '<X> by <y>'."""
    out: list[Relation] = []
    for sibs in _sibling_sets(group):
        parent = sibs[0].parent
        totals = [r for r in sibs if is_total_leaf(r.leaf, parent)]
        if len(totals) == 1:
            parts = [r for r in sibs if r is not totals[0]]
            if _fits(totals[0], parts):
                out.append(Relation(totals[0], parts, "labelled", True, f"'{totals[0].leaf}' is labelled a total",
                                    complete=complete_set([p.leaf for p in parts])))
            continue
        first = group.index(sibs[0])
        own = next((r for r in group[:first][::-1] if r.label == parent), None)
        stem = stem_of(sibs[0].parts[-2])
        kind = complete_set([r.leaf for r in sibs])
        total = own if own is not None else (_stem_total(group, sibs, stem) if stem else None)
        if total is None or not _fits(total, sibs):
            continue
        if stem or kind:
            why = f"the rows are labelled '{sibs[0].parts[-2]}'" if stem else f"the rows are a complete {kind} breakdown"
            out.append(Relation(total, sibs, "labelled", True, why, complete=kind))
        else:
            out.append(Relation(total, sibs, "structure", False, f"the rows stand under '{parent}'"))
    return out


def marker_relations(group: list[Row]) -> list[Relation]:
    """'- Road', '- Rail' or 'of which: …' under the row above them."""
    out: list[Relation] = []
    i = 0
    while i < len(group):
        if not marked_child(group[i].leaf) or i == 0:
            i += 1
            continue
        j = i
        while j < len(group) and marked_child(group[j].leaf) and group[j].parent == group[i].parent:
            j += 1
        total, parts = group[i - 1], group[i:j]
        if total.raw_index is not None and parts[0].raw_index is not None \
                and parts[0].raw_index != total.raw_index + 1:
            i = j
            continue   # a printed row without values ('10. Processing of sold products') stands between
        if not marked_child(total.leaf) and all(parts_fit(total.unit, p.unit) for p in parts):
            exhaustive = not any(subset(p.leaf) for p in parts)
            if len(parts) >= 2 or not exhaustive:
                out.append(Relation(total, parts, "structure", False,
                                    f"the rows are printed as parts of '{total.leaf}'"))
        i = j
    return out


def flat_relations(group: list[Row]) -> list[Relation]:
    """Rows without a parent label: a bare 'Total' after (or before) its run, and complete sets of
    breakdown words (male, female; under 30 … over 50) under the row they split."""
    out: list[Relation] = []
    flat = [r for r in group if not r.parent]
    for i, r in enumerate(flat):
        if is_total_leaf(r.leaf):
            run = named_parts(r, flat) or _run(flat, i, -1) or _run(flat, i, 1)
            if run and _fits(r, run):
                out.append(Relation(r, run, "labelled", True, f"'{r.leaf}' is labelled a total",
                                    complete=complete_set([p.leaf for p in run])))
    for start, end, kind in word_sets(flat):
        total = _whole_of(flat, start, end)
        if total is not None and _fits(total, flat[start:end]):
            out.append(Relation(total, flat[start:end], "labelled", True, f"the rows are a complete {kind} breakdown",
                                complete=kind))
    return out


def _whole_of(flat: list[Row], start: int, end: int) -> Row | None:
    """The row a breakdown splits: the row above it, unless that one is not labelled a whole and the row
    right below is ('All ages' printed last); a 'Total …' row above heads its own breakdown first."""
    above = _above(flat, start, flat[start])
    if above is not None and whole_leaf(above.leaf):
        return above
    below = flat[end] if end < len(flat) and whole_leaf(flat[end].leaf) else None
    return below if below is not None and _fits(below, flat[start:end]) else above


_LETTERS = re.compile(r"\(\s*([A-Z](?:\s*\+\s*[A-Z])+)\s*\)")
_LETTER = re.compile(r"\(\s*([A-Z])\s*\)\s*$")


def named_parts(total: Row, rows: list[Row]) -> list[Row]:
    """'Total (D + E)': the rows labelled '(D)' and '(E)', all of them, or nothing."""
    m = _LETTERS.search(total.leaf)
    if not m:
        return []
    want = [x.strip() for x in m.group(1).split("+")]
    found = {}
    for r in rows[: rows.index(total)][::-1]:
        lm = _LETTER.search(r.leaf)
        if lm and lm.group(1) in want and lm.group(1) not in found:
            found[lm.group(1)] = r
    return [found[x] for x in want] if len(found) == len(want) else []


def _run(rows: list[Row], i: int, step: int) -> list[Row]:
    run: list[Row] = []
    j = i + step
    while 0 <= j < len(rows) and len(run) < MAX_RUN and parts_fit(rows[i].unit, rows[j].unit) \
            and not is_total_leaf(rows[j].leaf) and not memo_leaf(rows[j].leaf):
        run.append(rows[j])
        j += step
    return run if step > 0 else run[::-1]


def word_sets(rows: list[Row]) -> list[tuple[int, int, str]]:
    found = []
    i = 0
    while i < len(rows):
        hit = None
        for end in range(min(len(rows), i + 8), i + 1, -1):
            kind = complete_set([r.leaf for r in rows[i:end]])
            if kind:
                hit = (i, end, kind)
                break
        if hit:
            found.append(hit)
            i = hit[1]
        else:
            i += 1
    return found


def _above(rows: list[Row], start: int, first: Row) -> Row | None:
    """The nearest row above a breakdown that is not itself a breakdown member."""
    for r in rows[:start][::-1]:
        if age_band(r.leaf) or complete_set([r.leaf, "female"]) or complete_set([r.leaf, "male"]):
            continue
        return r if parts_fit(r.unit, first.unit) else None
    return None


_GROUP_WORD = opening(re.compile(r"\b(?:women|woman|female|men|man|male|under\s*\d{2}|over\s*\d{2}|below\s*\d{2}|"
                         r"above\s*\d{2}|aged\s+\d{2}\S*)\b", re.I))
_MEASURE_WORDS = {"headcount", "count", "no", "figure", "size"}


def subset_relations(group: list[Row]) -> list[Relation]:
    """'Women in senior management' under 'Senior management headcount': a group of a population named
    by the population's words plus a gender or age word can never exceed it."""
    out: list[Relation] = []
    cores = {id(r): content_words(r.leaf) - _MEASURE_WORDS for r in group}
    for part in group:
        m = _GROUP_WORD.search(part.leaf)
        if not m or mean_like(part.leaf):
            continue
        core = cores[id(part)] - content_words(m.group(0)) - {"in", "among", "who", "are"}
        if not core:
            continue
        for whole in group:
            if whole is part or mean_like(whole.leaf) or _GROUP_WORD.search(whole.leaf) \
                    or not parts_fit(whole.unit, part.unit) or not parts_fit(part.unit, whole.unit):
                continue
            if cores[id(whole)] == core:
                out.append(Relation(whole, [part], "structure", False,
                                    f"'{part.leaf}' is a group of '{whole.leaf}'"))
    return out


def catalog_relations(rows: list[Row]) -> list[Relation]:
    """Wholes and parts by definition, wherever their rows stand; the same table is preferred."""
    by_metric: dict[str, list[Row]] = {}
    for r in rows:
        for m in {f.metric for f in r.by_year.values() if f.metric}:
            by_metric.setdefault(m, []).append(r)
    out: list[Relation] = []
    for whole, alternatives in (words().get("sums") or {}).items():
        for total in by_metric.get(whole, []):
            family = f"{whole}@{id(total)}"
            for alt in alternatives:
                for parts in _combos(total, [by_metric.get(m, []) for m in alt]):
                    if _fits(total, parts) and not _other_boundary(total, parts):
                        names = " + ".join(alt)
                        out.append(Relation(total, parts, "definition", True, f"by definition {whole} = {names}",
                                            family))
    return out


def _other_boundary(total: Row, parts: list[Row]) -> bool:
    away = any(p.group != total.group or _table(p) != _table(total) for p in parts)
    return away and other_boundary(total.leaf, [p.label for p in parts])


def _table(r: Row) -> str | None:
    return next((f.table_id for f in r.by_year.values() if f.table_id), None)


def _combos(total: Row, options: list[list[Row]]) -> list[list[Row]]:
    if any(not o for o in options):
        return []
    picks = []
    for o in options:
        same = [r for r in o if r.group == total.group]
        picks.append(same or o)
    combos: list[list[Row]] = [[]]
    for o in picks:
        combos = [c + [r] for c in combos for r in o if r is not total][:MAX_COMBOS]
    return [c for c in combos if len({id(r) for r in c}) == len(c)]


def adjacent_runs(group: list[Row], i: int) -> list[list[Row]]:
    """Contiguous runs of rows in the total's unit right after and right before row i."""
    out: list[list[Row]] = []
    for step in (1, -1):
        run: list[Row] = []
        j = i + step
        while 0 <= j < len(group) and len(run) < MAX_RUN and parts_fit(group[i].unit, group[j].unit) \
                and (group[j].unit or "").strip().lower() == (group[i].unit or "").strip().lower() \
                and not memo_leaf(group[j].leaf):
            run.append(group[j])
            if len(run) >= 2:
                out.append(list(run) if step == 1 else list(reversed(run)))
            j += step
    return out
