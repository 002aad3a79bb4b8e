"""What a table row is read under when its own label path names no subject.

A row path made only of parts, totals and populations ("Total > Women", "Employees > Male > No. (B)",
"Total > Total") says what it is only with the words printed over its table. The first of these that
says something is the row's context, narrowest first:
1. the table's title (not a bracketed note, a stub header like "Category" or "Parameter", or a unit line);
2. the sentence that announces the table ("Details of performance reviews of employees and workers:");
3. the short caption line printed just above the table;
4. only when the table has none of these: the heading of its section ("Employee Data").

The mapper reads such a row as `context > path` (catalog/mapper.py); the levels above a part or a total
are then checked for words naming another figure (`figure_words`): a part of employees under "Performance
reviews" is not the number of those employees.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..core import vocab
from ..core.units import parse_unit
from ..model import Document, Fact, Heading, Paragraph, TableBlock
from .label import within_title_scope, year_column
from .match import Match
from .nearest import concept_text, qualifier_words
from ..core.memo import kept

_MARKUP = re.compile(r"\^\{[^}]*\}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|[*†‡]+|※[^\s、,]*(?:[、,][^\s、,]+)*")
_BRACKET = re.compile(r"[(（][^()（）]*[)）]")
_LIST_MARK = re.compile(r"^\s*(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+", re.I)
# row letters of a form ("Total (A)", "(D + E)", "% (C / A)") say nothing of the row
ROW_REFS = re.compile(r"\(\s*[A-Ha-h](?:\s*[=+\-/]\s*[A-Ha-h])*\s*\)")
# populations counted apart from the employees
OTHERS = re.compile(r"\b(?:workers?|contractors?|directors?|board|trainees?|interns?)\b|工人|承包商", re.I)
_MAX_WORDS = 16


@lru_cache(maxsize=1)
def heading_words() -> frozenset[str]:
    """Words of titles and levels that say nothing of what is counted (data: `heading_words`)."""
    words = vocab.load("metrics.yaml").get("heading_words") or ()
    return frozenset(w for x in words for w in concept_text(str(x)).split())


@lru_cache(maxsize=1)
def split_words() -> frozenset[str]:
    """Words a level naming a population holds besides it: how it is split or counted (data: `split_words`)."""
    words = vocab.load("metrics.yaml").get("split_words") or ()
    return frozenset(w for x in words for w in concept_text(str(x)).split())


@lru_cache(maxsize=1)
def plain_words() -> frozenset[str]:
    """Population, part, split and heading words: a level made of these names no figure."""
    return split_words() | qualifier_words() | heading_words()


@kept(maxsize=16384)   # (asked per level of every table fact's path)
def says_nothing(level: str) -> bool:
    """'Total', 'Women', 'Employees by gender', 'No. (B)', 'in headcount (HC)', '単体': no subject."""
    plain = plain_words()
    return all(w in plain or w[0].isdigit() for w in concept_text(ROW_REFS.sub(" ", level)).split())


def subjectless(label: str | None) -> bool:
    """Every level of the path says nothing of what is counted."""
    levels = [p for p in (label or "").split(" > ") if p.strip()]
    return bool(levels) and all(says_nothing(lv) for lv in levels)


@lru_cache(maxsize=4096)
def clean(text: str | None) -> str:
    """A title without footnote marks, bracketed notes, a list number and a closing colon."""
    t = _MARKUP.sub(" ", text or "")
    while _BRACKET.search(t):   # a note; an abbreviation or a qualifier of a few words stays: "(RIR)", "(market-based)"
        t = _BRACKET.sub(lambda m: _kept(m.group(0)), t)
    t = _LIST_MARK.sub("", t.strip()).replace("[", "(").replace("]", ")")
    return re.sub(r"\s+", " ", t).strip(" :：-–")


def _kept(bracket: str) -> str:
    inner = bracket[1:-1].strip()
    if len(inner.split()) <= 2 and not re.search(r"\d", inner) and not says_nothing(inner):
        return f" [{inner}] "
    return " "


def _names_something(text: str) -> bool:
    words = concept_text(text).split()
    return 0 < len(text.split()) <= _MAX_WORDS and any(w not in heading_words() and not w[0].isdigit()
                                                      for w in words)


def read_under(fact: Fact, doc: Document | None, match, named) -> Match | None:
    """The row read as `context > path` with `match(fact, under=True)` (None: no context). It abstains when the
    context names a figure the metric found is not (`named(metric)`: the metric's words); a share of the whole
    population ("Employees > Total > %") under a context naming a share is that share."""
    where = row_context(fact, doc)
    if where is None:
        return None
    mt = match(replace(fact, label=f"{where[1]} > {fact.label}"))
    said = f"the row names no subject; read under its {where[0]} '{where[1]}'"
    # ("Permanent Employees > Total" under "Turnover rate for permanent employees …": the table's own population)
    if mt.metric is None and _whole_share(replace(fact, label=within_title_scope(fact.label or "", where[1]))):
        whole = match(replace(fact, label=where[1], table_title=None), under=False)
        if whole.metric is not None and whole.metric.dimension == "ratio":
            mt = Match(whole.metric, f"a share of all the employees: {whole.reason}", source=whole.source)
    other = mt.metric and set(concept_text(where[1]).split()) & figure_words() - named(mt.metric)
    # "障がい者の雇用数 > 在籍数", "Employees with a disability > Headcount": the row only counts the title's figure
    if (other or mt.metric is None) and _counts_only(fact.label) and year_column(fact.column):
        whole = match(replace(fact, label=where[1], table_title=None), under=False)
        if whole.metric is not None and (other or set()) <= named(whole.metric):
            whole.reason = f"{said}; the row only counts it: {whole.reason}"
            return whole
    if other:   # "Differently abled employees > Total": the words over the table name another figure
        return Match(None, f"unmapped: {said}, which names {', '.join(sorted(other))}, not "
                           f"{mt.metric.id} ({mt.reason})", candidate=mt.metric.id)
    mt.reason = f"{said}: {mt.reason}"
    return mt


def _counts_only(label: str | None) -> bool:
    """Every word of the row path says the population, a total or how it is counted, none a part ("Headcount",
    "在籍数", "Total > Number"): the row is the figure its context names, counted."""
    words = set(concept_text(ROW_REFS.sub(" ", (label or "").replace(" > ", " "))).split())
    counting = (split_words() | heading_words() | {"employee"}) - (qualifier_words() - {"employee"})   # no part
    # (a form's row "Total (A)": its sub-table is named in a line the path lacks)
    return bool(words) and words <= counting and not OTHERS.search(label or "") and not ROW_REFS.search(label or "")


def _whole_share(fact: Fact) -> bool:
    """A row printed in % whose levels name the employees and a total, no part ("Employees > Total > % (B/A)")."""
    u = parse_unit(fact.unit or "")
    if u is None or u.dim != "ratio" or u.is_ratio or OTHERS.search(fact.label or ""):
        return False
    words = set(concept_text(ROW_REFS.sub(" ", (fact.label or "").replace(" > ", " "))).split())
    rest = words - {"employee"}
    return "employee" in words and rest <= split_words() | heading_words() and not rest & qualifier_words()


def row_context(fact: Fact, doc: Document | None) -> tuple[str, str] | None:
    """(where, words) of the first text over the fact's table that names something (module doc)."""
    above = _above(doc, fact.table_id)
    found = [("table title", fact.table_title), ("lead sentence", above[0]), ("caption", above[1])]
    for where, text in found:
        t = clean(text)
        if t and _names_something(t):
            return where, t
    if any(clean(t) for _, t in found):
        return None   # the table has words of its own, which say nothing: the section is too far
    t = clean(fact.section)
    return ("section heading", t) if t and _names_something(t) else None


_ABOVE: dict[int, tuple[Document, dict[str, tuple[str | None, str | None]]]] = {}


def _above(doc: Document | None, table_id: str | None) -> tuple[str | None, str | None]:
    """The table's lead sentence and the short line printed just above it, worked out once per document."""
    if doc is None or not table_id:
        return None, None
    cached = _ABOVE.get(id(doc))
    if cached is None or cached[0] is not doc:
        out, prev = {}, None
        for b in doc.blocks:
            if isinstance(b, TableBlock):
                caption = prev.text if isinstance(prev, (Paragraph, Heading)) else None
                out[b.id] = (b.lead, caption)
            prev = b
        _ABOVE.clear()   # one document at a time
        cached = _ABOVE[id(doc)] = (doc, out)
    return cached[1].get(table_id, (None, None))


@lru_cache(maxsize=1)
def figure_words() -> frozenset[str]:
    """Words of the catalog's metric names that name a figure, not a population or how it is counted
    ('training', 'review', 'turnover', 'injury'): a level above a part holding one names another figure."""
    from .metrics import load_catalog
    words = {w for m in load_catalog().metrics for w in concept_text(m.name).split()}
    return frozenset(w for w in words if len(w) > 2 and not w[0].isdigit() and w not in plain_words() | _STOP)


# not figures: a word of how a figure is expressed ("Rate of employees within management") or a stop word
_STOP = frozenset({"not", "per", "own", "net", "after", "rate", "share", "intensity", "ratio", "average"})
