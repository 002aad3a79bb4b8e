"""Label levels that say nothing of what a row is, and abbreviations printed with their expansion.

- A formula or a multiplier printed as the last level ("(total recordable injuries / worked hours)
  x 1.000.000", "x 1,000,000", "per million hours worked") tells how the parent's figure is computed:
  the row is its parent.
- "TRIR (Total Recordable Injury Rate)": an abbreviation whose letters start the words of the bracket
  after it says the bracket again; the bracket alone is compared.
"""
from __future__ import annotations

import re

from functools import lru_cache

from ..core import vocab
from ..core.units import parse_unit, rate_formula
from ..core.memo import kept

_WORDS_SKIPPED = frozenset({"of", "and", "the", "for", "per", "to", "in", "on", "by", "&"})


def formula_level(level: str) -> bool:
    """A label level that only gives the formula or multiplier of its parent's figure."""
    return rate_formula(level)


_IN_UNIT = re.compile(r"^[(（]?\s*(?:in|as|en|in der)\s+(.+?)\s*[)）]?$|^[(（]?\s*(%)\s*[)）]?$", re.I)


def unit_level(level: str) -> bool:
    """A label level that only says the unit the parent's row is printed in again ("in %", "(%)",
    "in tonnes"): the row is its parent in that unit."""
    m = _IN_UNIT.match(level.strip())
    if not m:
        return False
    u = parse_unit(m.group(1) or m.group(2))
    return u is not None and u.expr is not None


@lru_cache(maxsize=1)
def _version() -> re.Pattern:
    words = vocab.load("metrics.yaml").get("version_words") or ["reported"]
    return re.compile(r"^(?:%s)$" % "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)), re.I)


def version_level(level: str) -> bool:
    """A label level that only says which version of the parent's figure the row is ("Reported",
    "Rebased", "Restated"): the row is its parent."""
    return bool(_version().match(level.strip(" :*()")))


@kept(maxsize=16384)   # (asked several times per fact by the mapper)
def without_formula(label: str) -> str:
    """The label path without a last level that is its parent's formula, only a unit, or only which
    version of the figure it is (kept when it is all there is)."""
    levels = [p for p in (label or "").split(" > ") if p.strip()]
    while len(levels) > 1 and (formula_level(levels[-1]) or unit_level(levels[-1]) or version_level(levels[-1])):
        levels.pop()
    return " > ".join(levels)


def form_part(label: str) -> tuple[str, str] | None:
    """A form's column pair naming a part ("Board of Directors > No. and percentage of Females > No. (B)"): the
    row as that part ("Board of Directors > Females") and the unit its last level says ("number" under "No.",
    "%" under "% (B/A)"); None for any other label."""
    levels = [p for p in (label or "").split(" > ") if p.strip()]
    if len(levels) < 3 or not (c := _COUNT_OR_SHARE.match(levels[-1])) or not (m := _NUMBER_AND_SHARE.match(levels[-2])):
        return None
    return " > ".join([*levels[:-2], m.group(1).strip()]), ("%" if c.group(1) in ("%", "％", "percentage") else "number")


# a form's heading over a count and a share of one part: "No. and percentage of Females", "Number and % of women"
_NUMBER_AND_SHARE = re.compile(r"^\s*(?:no\.?|nos\.?|number)\s*(?:and|&)\s*(?:%|％|percentage|per\s?cent|share)\s+of\s+"
                               r"(.+?)\s*:?\s*$", re.I)
# the count or the share under it: "No. (B)", "No(B)", "Number", "% (B/A)", "%"
_COUNT_OR_SHARE = re.compile(r"^\s*(no\.?|nos\.?|number|%|％|percentage)\s*(?:\(\s*[a-h](?:\s*/\s*[a-h])?\s*\))?\s*$", re.I)


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w not in _WORDS_SKIPPED)


_ABBR_FIRST = re.compile(r"\b([a-z][a-z0-9]{1,6})\s*\(([^()]+)\)")


def expand_abbreviations(text: str) -> str:
    """'trir (total recordable injury rate)' -> 'total recordable injury rate' (lower-case text): the
    abbreviation printed before its own expansion is dropped."""
    def one(m: re.Match) -> str:
        abbr, inner = m.group(1), m.group(2)
        words = re.findall(r"[a-z][a-z\-]*", inner)
        letters = _initials([p for w in words for p in w.split("-") if p])
        return inner if len(abbr) >= 2 and letters.startswith(abbr.rstrip("0123456789")) else m.group(0)
    return _ABBR_FIRST.sub(one, text)


_ROW_REFS = re.compile(r"\((?:[A-H](?:\s*[=+\-/]\s*[A-H])*)\)")
# (a year printed the CJK way, "2021年度", "2021財年", or with its month, "2021年6月", "as of June 30, 2021")
_YEARISH = re.compile(r"\b(?:fy|financial|year|current|previous|reporting|period)\b|\bfy(?=\d)|"
                      r"(?:19|20)\d\d(?=\b|[年財财])|\b\d\d\b|年度末?|年末|年|財年|财年|\d{1,2}月末?|\d{1,2}日|"
                      r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?![a-z])|\b(?:as of|end)\b|"
                      r"[-–/()（）,.\s]", re.I)


def year_column(column: str | None) -> bool:
    """A column header that only names the year ("2021", "FY 2022-23 (Current Financial Year)"), not
    what is counted in it ("2023 No. (B)", "% (B/A)", "Total (A)")."""
    return not _YEARISH.sub("", _ROW_REFS.sub("", column or ""))


# "(RIR)", "(LTIFR²)": a bracket holding one short upper-case word, a footnote mark allowed
_ABBR_AFTER = re.compile(r"[(（]\s*([A-Z][A-Za-z]{1,5})[\d¹²³⁴⁵⁶⁷⁸⁹*]*\s*[)）]")


def bracketed_abbreviations(leaf: str, parent: str | None, leaf_says_nothing: bool) -> list[str]:
    """Abbreviations printed in brackets after their own words ("Overall rate of injuries (RIR)"): a
    name the catalog may know when the words are the report's own. A row that says nothing by itself
    ("Total") takes its parent's ("Rate of injuries (RIR) by region > Total")."""
    got = _ABBR_AFTER.findall(leaf or "")
    if not got and leaf_says_nothing and parent:
        got = _ABBR_AFTER.findall(parent)
    return [a.lower() for a in got]


# a population a whole table is about, named in its title ("Turnover rate for permanent employees and workers"),
# and the same word on a row under it ("Permanent Employees"): the row is the table's population, not a part of it
_SCOPE_IN_TITLE = re.compile(r"\bpermanent\s+(?:employees?|workers?|staff)\b", re.I)
_SCOPE_ON_ROW = re.compile(r"^\s*permanent\s+(?=(?:employees?|workers?|staff)\b)", re.I)


def within_title_scope(label: str, title: str | None) -> str:
    """The label without the population word its table's title (or, for a path of three levels or more, its first
    level) already gives the whole table: "Permanent Employees > Total" under "Turnover rate for permanent employees
    and workers" is "Employees > Total". Any other label as it is."""
    levels = [p for p in (label or "").split(" > ") if p.strip()]
    scoped = bool(_SCOPE_IN_TITLE.search(title or "")) or (len(levels) >= 3 and bool(_SCOPE_IN_TITLE.search(levels[0])))
    if not scoped:
        return label
    first = 1 if len(levels) >= 3 and _SCOPE_IN_TITLE.search(levels[0]) else 0
    return " > ".join([*levels[:first], *(_SCOPE_ON_ROW.sub("", lv) for lv in levels[first:])])
