"""A row printed under a parent that names a part of the group (a segment, product, site, region).

"Building Solutions > Net sales", "Aluminium > Scope 1&2 emissions": when one table prints the same row label
under several parents, and the parent names no metric of its own and no population, part or total word, the
parents are the parts the table splits the group into; the row is that part's figure, not the group's, and
the group metric is withheld (abstain) unless a parent says it is the whole ("Total", "Group", "連結").
"""
from __future__ import annotations

import dataclasses
from functools import lru_cache

from ..core import vocab
from ..model import Document, Fact
from .context import says_nothing
from .nearest import concept_text, qualifier_only


@lru_cache(maxsize=1)
def whole_words() -> frozenset[str]:
    """Words of a parent naming the whole group, not a part (data: `whole_words` in metrics.yaml)."""
    words = vocab.load("metrics.yaml").get("whole_words") or ()
    return frozenset(w for x in words for w in concept_text(str(x)).split())


def _levels(f: Fact) -> list[str]:
    return [p.strip() for p in (f.label or "").split(" > ") if p.strip()]


def _siblings(facts: list[Fact]) -> dict[tuple, set[str]]:
    """(table, column, row label) -> the distinct parent paths it is printed under."""
    out: dict[tuple, set[str]] = {}
    for f in facts:
        lv = _levels(f)
        if f.source == "table" and f.table_id is not None and len(lv) >= 2:
            out.setdefault((f.table_id, f.column, lv[-1]), set()).add(" > ".join(lv[:-1]))
    return out


def _whole(parent: str) -> bool:
    """The parent names the whole group: one of its words, or (Chinese/Japanese, written without spaces) a
    whole word inside it ("東京ガスグループ合計")."""
    return bool(set(concept_text(parent).split()) & whole_words()) \
        or any(not w.isascii() and w in parent for w in whole_words())


def parts_of_group(facts: list[Fact], doc: Document | None, match) -> None:
    """Withhold the metric of rows whose parent names a part (see module doc); `match(fact, doc)` is the
    mapper's match. Changes metric and metric_reason in place."""
    groups = _siblings(facts)
    for f in facts:
        lv = _levels(f)
        if f.metric is None or f.source != "table" or len(lv) < 2:
            continue
        parents = groups.get((f.table_id, f.column, lv[-1]), set())
        parent = lv[-2]
        if len(parents) < 2 or says_nothing(parent) or _whole(" ".join(lv[:-1])):
            continue
        if match(dataclasses.replace(f, label=lv[-1], metric=None), doc).metric is None:
            continue   # the row alone names no metric: its parent says what it is ("Hazardous waste > Total")
        if match(dataclasses.replace(f, label=parent, metric=None), doc).metric is not None:
            continue   # the parent names a figure of its own ("Energy purchased > Electricity")
        others = sorted(p for p in parents if p != " > ".join(lv[:-1]))[:2]
        f.metric_reason = (f"abstain: '{lv[-1]}' is printed under several parents in this table "
                           f"({', '.join(repr(p) for p in others)} too): '{parent}' names a part of the group "
                           f"(segment, product, site or region), not the group's {f.metric}")
        f.metric = None


def parts_of_valued_parent(facts: list[Fact]) -> None:
    """A row naming only a part or a population ("Occupational illnesses > Employees") under a parent row that
    prints its own value of the same metric in the same column is a part of that figure, not the figure again
    (the parent's total covers contractors too): its metric is withheld. A row repeating the parent's value
    keeps it. Changes metric and metric_reason in place."""
    own: dict[tuple, set] = {}
    for f in facts:
        if f.source == "table" and f.table_id is not None and f.metric is not None:
            own.setdefault((f.table_id, f.column, f.year, f.label, f.metric), set()).add(f.value)
    for f in facts:
        lv = _levels(f)
        if f.metric is None or f.source != "table" or f.table_id is None or len(lv) < 2 \
                or not qualifier_only(lv[-1]):
            continue
        parent = own.get((f.table_id, f.column, f.year, " > ".join(lv[:-1]), f.metric), set())
        if parent and f.value not in parent:
            f.metric_reason = (f"abstain: its parent row '{' > '.join(lv[:-1])}' prints its own {f.metric} in this "
                               f"column; '{lv[-1]}' is a part of it")
            f.metric = None
