"""Small text helpers shared by the profile extractors: where a thing stands, sentences, vocabulary."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from itertools import islice
from typing import Iterator

from ..core import vocab as _vocab
from ..core.memo import per_doc
from ..core.prefilter import fewest, folded, gate as _gate, holding, needs
from ..core.text import clean, norm_key, sentences, squash  # noqa: F401 (re-exported)
from ..model import Document, Heading, Paragraph, TableBlock
from ..core.opening import opening


@dataclass(frozen=True, slots=True)
class Unit:
    """One piece of narrative text (a sentence) with where it stands and the section it is under."""
    text: str
    line: int | None
    page: int | None
    section: str


@functools.cache
def vocab() -> dict:
    return _vocab.load("profile.yaml")


@functools.cache
def rx(pattern: str, flags: int = re.I):
    """The compiled pattern behind its word gate (core.prefilter.gate): it is not run on a sentence that
    lacks every word it needs, with the same results."""
    return _gate(_compiled(pattern, flags))


@functools.cache
def _compiled(pattern: str, flags: int = re.I) -> re.Pattern:
    return re.compile(pattern, flags)


def any_match(patterns: list[str], text: str) -> re.Match | None:
    """The first pattern's match in `text`; a pattern none of whose words is in the text is not run."""
    plan = _PLANS.get(key := tuple(patterns))
    if plan is None:
        plan = _PLANS[key] = tuple((needs(p, re.I), _compiled(p).search) for p in patterns)
    low = None
    for words, search in plan:
        if words is not None:
            if low is None:
                low = folded(text)
            for w in words:
                if w in low:
                    break
            else:
                continue
        m = search(text)
        if m:
            return m
    return None


_PLANS: dict[tuple[str, ...], tuple] = {}   # pattern list -> (words, search) per pattern, made once


def could_match(patterns: list[str], text: str) -> bool:
    """False only when no pattern of `patterns` can match `text` (their words looked for in one pass)."""
    words = _GATES.get(key := tuple(patterns), False)
    if words is False:
        each = [needs(p, re.I) for p in patterns]
        words = _GATES[key] = None if any(w is None for w in each) else fewest({w for ws in each for w in ws})
    if words is None:
        return True
    low = folded(text)
    for w in words:
        if w in low:
            return True
    return False


_GATES: dict[tuple[str, ...], tuple[str, ...] | None] = {}


def candidates(units: list[Unit], patterns: list[str] | tuple[str, ...]) -> list[Unit]:
    """The units, in order, in which some pattern of `patterns` can match (core.prefilter.candidates): a
    loop that does nothing for a unit its patterns cannot match may visit these instead of every unit."""
    words = _GATES.get(key := tuple(patterns), False)
    if words is False:
        each = [needs(p, re.I) for p in patterns]
        words = _GATES[key] = None if any(w is None for w in each) else fewest({w for ws in each for w in ws})
    return units if words is None else holding(units, words)


def loc(obj) -> dict:
    """{"line": n} for text input, {"page": p} for PDF input."""
    if getattr(obj, "line", None) is not None:
        return {"line": obj.line}
    if getattr(obj, "page", None) is not None:
        return {"page": obj.page}
    return {"line": None}


def split_sentences(text: str) -> list[str]:
    return sentences(text, semicolons=False)


def narrative(doc: Document) -> list[Unit]:
    """Every sentence of every heading and paragraph, in reading order: worked out once per document
    and shared (read-only) by every stage that asks."""
    return per_doc(doc, "narrative", lambda: list(iter_narrative(doc)))


def narrative_head(doc: Document, n: int) -> list[Unit]:
    """The first `n` sentences: the shared list itself when the document has no more, else only the first
    `n` read (a huge input is not split whole for them)."""
    units = narrative(doc) if len(doc.blocks) <= n else None
    if units is not None and len(units) <= n:
        return units
    # the same head list for every caller (the fact extractor asks twice), so what is read from it once per
    # document (profile.period) is kept for it as for the whole narrative
    kept = per_doc(doc, "narrative_head", lambda: (n, list(islice(iter_narrative(doc), n))))
    return kept[1] if kept[0] == n else list(islice(iter_narrative(doc), n))


def iter_narrative(doc: Document) -> Iterator[Unit]:
    """The same sentences one at a time (a reader that needs only the first ones stops early)."""
    section = ""
    for b in doc.blocks:
        if isinstance(b, Heading):
            section = clean(b.text)
            yield Unit(section, b.line, b.page, section)
        elif isinstance(b, Paragraph):
            for s in split_sentences(clean(b.text)):
                yield Unit(s, b.line, b.page, section)


def tables(doc: Document) -> list[TableBlock]:
    return [b for b in doc.blocks if isinstance(b, TableBlock)]


def cells(row) -> list[str]:
    return [clean(c) for c in row.cells]




# a firm network's legal footer ("a member firm of the X global organisation ... affiliated with X International
# Limited, a private English company limited by guarantee"): it names neither the reporter nor the assurer
# (a copyright line, "© Tokyo Gas Co., Ltd. All rights reserved", does name the reporter)
BOILERPLATE = re.compile(r"\bmember firms? of\b|\baffiliated with\b|\blimited by guarantee\b|\bliability limited by\b", re.I)


def is_contents_line(text: str) -> bool:
    """A table-of-contents entry: a title with a page number before or after it."""
    return bool(re.match(r"^\s*\d{1,3}\s+\S", text) or re.search(r"\S\s+\d{1,3}\s*$", text))


# list items a converter joined without a break ("delay of product deliveryThe supply disruption affects ..."):
# a whole lower-case word of three letters or more runs straight into a capitalised word that another
# word follows. ("WeChat", "iPhone", "McKinsey" open with a capital or are shorter: untouched.)
_GLUED = opening(re.compile(r"(?<![A-Za-z])([a-z]{3,})(?=[A-Z][a-z]+\s+\w)"))


def unglue(text: str) -> str:
    """Item breaks put back where joined list items run together: "deliveryThe supply" -> "delivery; The supply"."""
    return _GLUED.sub(r"\1; ", text) if text else text
