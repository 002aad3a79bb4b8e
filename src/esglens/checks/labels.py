"""Label words: what a row's label says about it ('Total', '- Road', 'by gender', 'Aged under 30', 'rate').

Shared by the relation sources (`relations`) and the checks that read labels (`rounding`, `duplicates`).
The words themselves are data: `data/checks.yaml`.
"""
from __future__ import annotations

import re
from functools import lru_cache, partial

from ..core.units import parse_unit
from .evidence import words


@lru_cache(maxsize=1)
def _re() -> dict[str, re.Pattern]:
    w = words()
    return {k: re.compile(w[k], re.I) for k in ("breakdown_by", "total_leaf", "child_marker", "subset_marker", "memo_leaf", "whole_leaf")}


def is_total_leaf(leaf: str, parent: str = "") -> bool:
    """'Total', 'Subtotal', 'Total (t)': a leaf that says the row sums its siblings, and nothing more;
    under a parent, also the parent's own words with 'total' ('Business travel > Business travel total')."""
    rest = _re()["total_leaf"].sub("", leaf.strip(), count=1)
    if rest != leaf.strip() and not re.search(r"[a-z]{3,}", re.sub(r"\([^)]*\)", "", rest), re.I):
        return True
    if not parent:
        return False
    m = _TOTAL_WORD.search(leaf)
    if not m:
        return False
    own = content_words(leaf[:m.start()] + " " + leaf[m.end():])
    return bool(own) and own <= content_words(parent.split(" > ")[-1])


_TOTAL_WORD = re.compile(r"\b(?:total|subtotal|sub-total|in total)\b", re.I)


def whole_leaf(leaf: str) -> bool:
    """'All employees', 'All ages', 'Total': a row printed below a breakdown that names the whole it splits."""
    return is_total_leaf(leaf) or bool(_re()["whole_leaf"].match(leaf.strip()))


def memo_leaf(leaf: str) -> bool:
    """'(Tokyo Gas standalone)', '（单体）': a leaf wholly in brackets is a memo row beside the parts, not one of them."""
    m = _re()["memo_leaf"].match(leaf.strip())
    if not m:
        return False
    inner = leaf.strip()[1:-1].strip()
    u = parse_unit(inner)
    # '(t)', '(number)', '(D)', '(i)' are units and markers, not memo rows
    return len(re.sub(r"\W", "", inner)) >= 3 and not (u is not None and u.expr) and inner.lower() not in ("number", "no.")


def marked_child(leaf: str) -> bool:
    return bool(_re()["child_marker"].match(leaf.strip()))


def subset(leaf: str) -> bool:
    return bool(_re()["subset_marker"].match(leaf.strip()))


# --- breakdown words --------------------------------------------------------------------------------

_AGE_LOW = re.compile(r"^(?:aged\s+)?(?:under|below|less than|younger than|up to|<|≤|<=)\s*(\d{2})\b|^(?:aged\s+)?(\d{2})\s*(?:years?(?: old)?\s*)?(?:or|and)\s*(?:below|under|younger)|^(?:age\s*)?[≤<]\s*(\d{2})", re.I)
_AGE_HIGH = re.compile(r"^(?:aged\s+)?(?:over|above|older than|more than|>|≥|>=)\s*(\d{2})\b|^(?:aged\s+)?(\d{2})\s*(?:years?(?: old)?\s*)?(?:or|and)\s*(?:above|over|older)|^(\d{2})\s*\+", re.I)
_AGE_MID = re.compile(r"^(?:aged\s+)?(\d{2})\s*(?:-|–|—|~|to)\s*(\d{2})\b", re.I)


@lru_cache(maxsize=4096)   # (asked of the same row labels by every pair of rows compared)
def age_band(leaf: str) -> str | None:
    s = leaf.strip()
    if _AGE_LOW.match(s):
        return "low"
    if _AGE_HIGH.match(s):
        return "high"
    if _AGE_MID.match(s):
        return "mid"
    return None


def _strip_common(leaves: list[str]) -> list[str]:
    """'Turnover rate - women (%)', 'Turnover rate - men (%)' -> 'women', 'men': the words all share go."""
    toks = [[t for t in re.findall(r"[^\s:,()]+", x) if t.strip("-–—")] for x in leaves]
    if len(toks) < 2 or any(not t for t in toks):
        return leaves
    i = 0
    while all(len(t) > i + 1 for t in toks) and len({t[i].lower() for t in toks}) == 1:
        i += 1
    j = 0
    while all(len(t) > i + j + 1 for t in toks) and len({t[-1 - j].lower() for t in toks}) == 1:
        j += 1
    return [" ".join(t[i:len(t) - j]) for t in toks]


def complete_set(leaves: list[str]) -> str | None:
    """The breakdown a set of leaves makes whole ('gender', 'age'), or None; words the leaves share
    ('Number of female employees', 'Number of male employees') are set aside first."""
    return _complete_set_of(tuple(leaves))


@lru_cache(maxsize=4096)   # the same runs of leaves are tried by several relation finders
def _complete_set_of(leaves: tuple[str, ...]) -> str | None:
    kind = _complete_set(list(leaves))
    if kind is None:
        stripped = _strip_common(list(leaves))
        kind = _complete_set(stripped) if stripped != list(leaves) else None
    return kind


def _complete_set(leaves: list[str]) -> str | None:
    bands = [age_band(x) for x in leaves]
    if all(bands) and bands.count("low") == 1 and bands.count("high") == 1:
        return "age"
    stripped = [x.strip() for x in leaves]
    for name, members, optional in _breakdown_sets():
        if not members:
            continue
        hit = [any(m.match(x) for x in stripped) for m in members]
        rest = [x for x in stripped if not any(m.match(x) for m in members + optional)]
        if all(hit) and not rest and len(leaves) <= len(members) + len(optional):
            return name
    return None


@lru_cache(maxsize=1)
def _breakdown_sets() -> list[tuple[str, list[re.Pattern], list[re.Pattern]]]:
    """(name, member patterns, optional patterns) of every breakdown set in checks.yaml, compiled once."""
    return [(name, [re.compile(p, re.I) for p in spec.get("members", [])],
             [re.compile(p, re.I) for p in spec.get("optional", [])])
            for name, spec in words()["breakdown_sets"].items()]


# --- label words ----------------------------------------------------------------------------------

_STOP = {"total", "the", "of", "number", "amount", "no", "and", "in", "for", "a", "an", "all", "overall"}


def _drop_unit_brackets(text: str) -> str:
    def unit_or_words(m: re.Match) -> str:
        u = parse_unit(m.group(1))
        return " " if u is not None and u.expr else m.group(0)
    return re.sub(r"\(([^()]*)\)", unit_or_words, text)


_SUFFIX = re.compile(r"(?:ations?|ions?|ing|ed|es|s)$")


def stem(word: str) -> str:
    """'abstraction', 'abstracted' -> 'abstract': word forms of one name meet."""
    return _SUFFIX.sub("", word) if len(word) > 5 else word.rstrip("s")


@lru_cache(maxsize=1 << 14)   # the same labels are compared again and again (every rate with every amount)
def content_words(text: str) -> frozenset[str]:
    """The words that name what a label measures: units in brackets, footnotes and filler dropped."""
    t = _drop_unit_brackets(_FOOTNOTE.sub(" ", text)).lower()
    for long, sub in _synonyms():
        if long in t:   # the whole word is there only where the letters are
            t = sub(t)
    return frozenset(stem(w) for w in _WORD.findall(t) if w not in _STOP)


_FOOTNOTE = re.compile(r"\^\{[^}]*\}")
_WORD = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=1)
def _synonyms() -> list[tuple[str, object]]:
    """(long form, its substitution by the short form) per synonym of checks.yaml, in order."""
    return [(long, partial(re.compile(rf"\b{re.escape(long)}\b").sub, short))
            for short, long in words()["synonyms"].items()]


_MEAN = re.compile(r"\baverage\b|\bper capita\b|\bmean\b|\bper (?:employee|person|head|unit|capita)\b|"
                   r"\brate\b|\bratio\b|\bintensity\b|\bpercentage\b|\bproportion\b|\bshare\b|人均|平均|"
                   r"\bindex\b|\bfrequency\b|率|指数", re.I)
# a unit with a denominator (an amount per something else, or normalised "x 1,000,000"): a rate, never a sum;
# an amount per year is still an amount
_RATE_UNIT = re.compile(r"/(?!\s*(?:yr|year|annum|a|年)\b)|\bper\b(?!\s*(?:year|annum)\b)|当たり|每|"
                        r"[x×]\s*1[0.,]*0{2,}\b", re.I)


def rate_unit(unit: str | None) -> bool:
    """A unit with a denominator ("t/kboe", "per million hours", "(injuries/ hours) x 1.000.000")."""
    return bool(unit and _RATE_UNIT.search(unit))


def mean_like(label: str) -> bool:
    """A label naming an average, a rate or an intensity: such rows never add up."""
    return bool(_MEAN.search(label))


def stem_of(parent_leaf: str) -> str | None:
    """'Employee turnover by region' -> 'Employee turnover'."""
    m = _re()["breakdown_by"].search(parent_leaf)
    if not m or m.start() == 0:
        return None
    return parent_leaf[: m.start()].strip(" ,:-")


MAX_BOUNDARY_WORDS = 2   # words a whole may add to its parts' labels across tables ('combined', 'group')


def other_boundary(whole_label: str, part_labels: list[str]) -> bool:
    """A whole printed away from its parts whose label names more than the parts' words ('Scope 1 and 2
    emissions from the Pacific smelters in 2023'): a site's or segment's figure, not the sum of the
    company's rows elsewhere."""
    theirs = set().union(*(content_words(p) for p in part_labels))
    filler = set(words().get("boundary_filler") or [])
    own = content_words(whole_label.split(" > ")[-1])
    extra = own - theirs - filler
    # 'Aluminium' under '2023 Total Emissions': a leaf with none of the parts' words names a segment
    return len(extra) > MAX_BOUNDARY_WORDS or (bool(own) and not own & (theirs | filler))
