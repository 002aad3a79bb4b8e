"""Checks the mapper applies to what it found: whether a unit is a share, the words a metric names, the scopes
two labels name, whether a "no metric" example speaks for a label, a sentence label that is a caption, and the
abstention that names the nearest example (catalog/mapper.py)."""
from __future__ import annotations

import re

from ..core.units import parse_unit
from .examples import Example
from .match import Match
from .metrics import Metric
from .nearest import NEAREST_MIN, Near, concept_text


def is_share(printed: str | None) -> bool:
    u = parse_unit(printed or "")
    return u is not None and u.dim == "ratio" and not u.is_ratio


# a label that says it counts ("Number of …", "No. of …", "Count of …")
_NUMBER_OF = re.compile(r"^\s*(?:total\s+)?(?:number|no\.?|count|headcount)\s+of\s+(?=\S)", re.I)


def counted_in_percent(leaf: str, printed: str | None) -> list[str]:
    """A label naming a count printed in % ("Number of female managers" | %): the printed unit says the row is
    the share of what is counted, so it is compared as "<what is counted> share" (no query otherwise)."""
    if not is_share(printed) or not _NUMBER_OF.match(leaf):
        return []
    return [f"{_NUMBER_OF.sub('', leaf)} share"]


def named(m: Metric) -> set[str]:
    """Every word of the metric's id, name and aliases, in concept form."""
    return set(concept_text(" ".join([m.id.replace(".", " ").replace("_", " "), m.name, *m.aliases])).split())


_SCOPE_LIST = re.compile(r"scopes?\s*((?:[123](?:\s*(?:,\s*(?:and|&)?|\+|&|/|and)\s*(?:scope\s*)?)?)+)", re.I)


def _scopes(text: str) -> frozenset[str]:
    """The scope numbers a label names ("Scope 1 + Scope 2" -> {1, 2}; "Scope 1, 2, and 3" -> {1, 2, 3})."""
    return frozenset(d for m in _SCOPE_LIST.finditer(text or "") for d in re.findall(r"[123]", m.group(1)))


def same_scopes(a: str, b: str) -> bool:
    """Two labels that both name scopes name the same ones."""
    sa, sb = _scopes(a), _scopes(b)
    return not (sa and sb) or sa == sb


def applies(e: Example, path: frozenset[str]) -> bool:
    """A "no metric" example speaks against a label when its parents' words are among the label's: its
    parents may be what made it no metric ("Energy, thermal > Natural gas", a part by use), which says
    nothing of a "Natural gas" row under other parents."""
    return parents_of(e) <= path


def parents_of(e: Example) -> set[str]:
    return set(concept_text(" ".join(e.label.split(" > ")[:-1])).split())


_TITLE_WORD = re.compile(r"[A-Z][a-z]+")


def caption(label: str) -> str | None:
    """The words of a sentence fact's label when they are a caption, a row printed as prose ("Scope 1
    emissions 2 MtCO2 e", "Diesel 5 tonnes"): the last level without the unit and footnote number
    printed after it; None for anything with a verb or longer than a row label."""
    words = label.split(" > ")[-1].split()
    for k in range(max(1, len(words) - 3), len(words)):   # a unit is the last words, at most three
        if _TITLE_WORD.fullmatch(words[k]):
            continue   # a capitalized word ("Percentage") starts another caption, not a unit
        u = parse_unit(" ".join(words[k:]))
        if u is not None and (u.expr is not None or words[k] == "/"):
            words = words[:k]
            break
    while words and words[-1].isdigit():
        words = words[:-1]
    text = " ".join(words)
    if not words or len(words) > 8 or _VERB.search(text):
        return None
    return text


_VERB = re.compile(r"\b(?:was|were|is|are|has|had|have|reached|totall?ed|amounted|stood|rose|fell|increased|"
                   r"decreased|accounted|accounting|achieved|invested|received|completed|reduced)\b", re.I)


def abstain(found: Match, top: Near | None, none_score: float, floor: float = NEAREST_MIN, note: str = "") -> Match:
    if top is None:
        return found
    e = top.example
    said = e.metric or "no metric"
    why = (f"; nearest example '{e.label}' from {e.source} is {said} (similarity {top.score:.0f}, "
           f"below {floor:.0f} or contradicted or its unit does not fit){note}")
    if none_score and e.metric:
        why += f"; a 'no metric' example is {none_score:.0f} similar"
    return Match(None, found.reason + why, candidate=e.metric or None, score=round(top.score, 1))


# a parent at least this long with no word the catalog knows is a heading ("Good relations with society",
# "社会との良好な関係"), not a subject or a part: English words, or CJK characters
HEADING_MIN_WORDS = 3
HEADING_MIN_CJK = 6
_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def heading_only(level: str) -> bool:
    """A label level that names nothing the catalog knows and is long enough to be a section's heading: the
    rows under it are read by their own words (a short unknown level, "PE pipes", is a part: it names what)."""
    from .nearest import cjk_vocabulary
    from .spelling import vocabulary
    known, cjk = vocabulary()[0], cjk_vocabulary()[0]
    words = concept_text(level).split()
    if not words or any(w in known or w in cjk for w in words):
        return False
    latin = re.findall(r"[a-z]+", level.lower())
    return len(latin) >= HEADING_MIN_WORDS or len(_CJK.findall(level)) >= HEADING_MIN_CJK
