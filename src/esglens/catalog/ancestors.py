"""Rows whose own words name only a part or a total, read with the levels above them.

- A part ("Women", "Male | No. (B)", "Female | % (C / A)") under levels that name the population
  ("Employees by gender > Total > Women", "EMPLOYEES > Total (D + E) > Male"): the one catalog metric whose
  name is that part of that population, of a dimension the printed unit fits ("%" is the part's share).
  The nearest level above the part that says anything must say only the population and how it is
  split ("Employees by gender", "in headcount (HC)"); one that names another figure ("Training hours of
  employees") rules this out.
- A total ("Total", "Total (A)") under a breakdown ("Employees by professional category, age and gender >
  Total"): the breakdown's whole, read from the level above without its "by ..." clause.
"""
from __future__ import annotations

import re

from ..core.units import Unit
from ..model import Fact
from .metrics import Catalog, Metric
from .context import OTHERS as _OTHERS, ROW_REFS as _ROW_REFS, figure_words, heading_words, split_words
from .nearest import concept_text, context_words, qualifier_only, qualifier_words
from .normalize import fit, hard_mismatch
from .sentence import norm_text
from ..core.opening import opening

# a level that only says how much: a total, a count, a share ("No.", "%", "Number")
_GENERIC = opening(re.compile(r"^(?:total|subtotal|sum|overall|all|grand total|no\.?|number|nos\.?|%|percentage|share|合计|总计|合計|計)$", re.I))
# how a part is counted, printed after it in the same level ("Male No. (B)", "Female %")
_COUNTED_AS = opening(re.compile(r"\s+(?:no\.?|nos\.?|number|%|percentage|share)$", re.I))
# the employees by name
_STAFF = re.compile(r"\b(?:employees?|staff|headcount|personnel|workforce)\b|员工|従業員|社員", re.I)
# a breakdown's clause: "Employees by professional category, age and gender"
_BY = re.compile(r"\s+(?:by|per|broken down by|divided by|according to)\s+.*$", re.I)


def generic_level(level: str) -> bool:
    """'Total', 'Total (D + E)', 'No. (B)', '% (C / A)': a level that names no subject and no part."""
    return bool(_GENERIC.match(_ROW_REFS.sub("", level).strip(" .:"))) or not _ROW_REFS.sub("", level).strip(" .:")


def _veto(m: Metric, cat: Catalog, text: str) -> bool:
    return any(p.search(text) for p in m.veto) or any(p.search(text) for p in cat.veto_all)


def part_of_population(fact: Fact, cat: Catalog, u: Unit | None) -> tuple[Metric, str] | None:
    """The metric of a part row under levels naming its population (module doc), with the reason."""
    levels = [p for p in (fact.label or "").split(" > ") if p.strip()]
    while levels and generic_level(levels[-1]):
        levels.pop()
    if len(levels) < 2:
        return None
    leaf = _COUNTED_AS.sub("", _ROW_REFS.sub("", levels[-1]).strip())   # "Male No. (B)": the part Male
    part = context_words(leaf)
    if not part or not qualifier_only(leaf):
        return None
    above = [lv for lv in levels[:-1] if not generic_level(lv)]
    if not above or _OTHERS.search(above[-1]) and not _STAFF.search(above[-1]):
        return None   # "WORKERS > Male": forms that print workers apart from employees count them apart
    share = {"share"} if u is not None and u.dim == "ratio" and not u.is_ratio else set()
    fits = _population_metrics(fact, cat, u, above, part, share)
    if len(fits) != 1:
        return None
    return fits[0], (f"the row names the part {', '.join(sorted(part))} of '{above[-1]}' "
                     f"({'a share: ' if share else ''}unit '{fact.unit or ''}'): {fits[0].id}")


def _population_metrics(fact: Fact, cat: Catalog, u: Unit | None, above: list[str], part: set[str],
                        share: set[str]) -> list[Metric]:
    """The metrics whose name is `part` (with "share" for a %) of the population the levels above name:
    the nearest level names only the population and how it is split, and no level above names another
    figure ("Details of performance reviews of employees > Employees > Male": not the male employees)."""
    nearest = {w for w in concept_text(_ROW_REFS.sub("", above[-1])).split() if not w[0].isdigit()}
    said = set(concept_text(" ".join(_ROW_REFS.sub("", lv) for lv in above)).split()) | part | share
    text = norm_text(fact.label or "")
    fits = []
    for m in cat.metrics:
        name = set(concept_text(m.name).split())
        if not part <= name or not name <= said or not (name - part - share) or fit(m, u) is False \
                or hard_mismatch(m, u) or _veto(m, cat, text):
            continue
        if nearest - name - split_words() - heading_words() or (said & figure_words()) - name:
            continue   # a level above names another figure of the population ("Training hours of employees")
        fits.append(m)
    return fits


def total_of_population(fact: Fact, cat: Catalog, u: Unit | None) -> tuple[Metric, str] | None:
    """A total row under a level naming only a population ("… > in headcount (HC) > Total"): the one
    metric whose name is that population ("Employees"), under the same checks as a part."""
    levels = [p for p in (fact.label or "").split(" > ") if p.strip()]
    if len(levels) < 2 or not _TOTAL.match(levels[-1]) or not generic_level(levels[-1]):
        return None
    above = [lv for lv in levels[:-1] if not generic_level(lv)]
    if not above or _OTHERS.search(above[-1]) and not _STAFF.search(above[-1]) \
            or not set(concept_text(above[-1]).split()) & set(concept_text("employees").split()):
        return None
    share = {"share"} if u is not None and u.dim == "ratio" and not u.is_ratio else set()
    fits = [m for m in _population_metrics(fact, cat, u, above, set(), share)
            if set(concept_text(m.name).split()) - share <= set(concept_text(above[-1]).split())]
    if len(fits) > 1:   # a total is no part: the parts a level splits the population by ("男女別") name no total
        parts = qualifier_words() - set(concept_text("employees").split())
        fits = [m for m in fits if not set(concept_text(m.name).split()) & parts]
    if len(fits) != 1:
        return None
    return fits[0], f"a total of the population '{above[-1]}' (unit '{fact.unit or ''}'): {fits[0].id}"


_TOTAL = re.compile(r"^\s*(?:total|grand total|all|合计|总计|合計)\b", re.I)


def total_of_breakdown(fact: Fact) -> tuple[str, str] | None:
    """The label a total row is the whole of ("Employees" for "Employees by age and gender > Total") and
    the levels above that one, or None when the row is not a total under a named level."""
    levels = [p for p in (fact.label or "").split(" > ") if p.strip()]
    if len(levels) < 2 or not generic_level(levels[-1]) or not re.match(
            r"^\s*(?:total|subtotal|grand total|合计|总计|合計)\b", levels[-1], re.I):
        return None
    above = [lv for lv in levels[:-1] if not generic_level(lv)]
    if len(above) > 1 and _repeats(above[-1], above[-2]):
        above.pop()   # "… total waste recovered … > Category of waste > Total": a stub header under the whole
    if not above:
        return None
    whole = _BY.sub("", _HOW.sub("", _FOR_EACH.sub("", _ROW_REFS.sub("", above[-1])))).strip(" ,:")
    return (whole, " > ".join(above[:-1])) if whole else None


# a form's preamble before the figure it asks for ("For each category of waste generated, total waste …") and
# how the figure came about after it ("… recovered through recycling, re-using or other recovery operations")
_FOR_EACH = re.compile(r"^\s*(?:for|of|in)\s+(?:each|every)\s+[^,;:]{1,60}[,;:]\s*", re.I)
_HOW = re.compile(r"\s+(?:through|via|by means of|by way of)\s+.*$", re.I)


def _repeats(level: str, above: str) -> bool:
    """A level that only names what the level above already names ("Category of waste", "Type of waste"
    under "… waste disposed …"): a stub header printed over the rows, not a part of the whole."""
    own = set(concept_text(_ROW_REFS.sub("", level)).split())
    return bool(own) and own <= set(concept_text(above).split()) and not context_words(level)


_YEAR_WORDS = re.compile(r"\b(?:fy|financial|year|current|previous|reporting|period)\b|\b(?:19|20)\d\d\b|[-–/()\s]", re.I)


def column_in_leaf(column: str | None, leaf: str) -> bool:
    """The column names its year and only what the row's last level already says ("2021 (Male)" over
    "... > Male"): it adds nothing the row does not say."""
    if not re.search(r"\b(?:19|20)\d\d\b", column or ""):
        return False   # no year: the column is a form's ("Male No. (B)"), its table named in a title line
    if _ROW_REFS.search(column or ""):
        return False   # "2023 Total (A)": a form's column
    rest = _WORD_RE.findall(_YEAR_WORDS.sub(" ", column or "").lower())
    own = set(_WORD_RE.findall(_ROW_REFS.sub(" ", leaf).lower()))
    return bool(set(rest) & own) and set(rest) <= own | _COUNTED   # "2017 (Total) (number)" over "Total"


_COUNTED = frozenset({"number", "no", "nos", "%", "percentage", "share", "hc", "headcount"})


_WORD_RE = re.compile(r"[^\W_]+|%")


def column_is_leaf(column: str | None, label: str) -> bool:
    """A form's column that only repeats the row's last level or levels ("Male No. (B)" over "... > Male No. (B)",
    "Male > No. (B)" over "... > Male > No. (B)")."""
    if not column:
        return False
    words = _WORD_RE.findall(column.lower())
    levels = [p for p in label.split(" > ") if p.strip()]
    return any(words == _WORD_RE.findall(" ".join(levels[-k:]).lower()) for k in range(1, min(len(levels), 3) + 1))
