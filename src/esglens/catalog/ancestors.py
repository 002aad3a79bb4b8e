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
from .nearest import concept_text, context_words, qualifier_only
from .normalize import fit, hard_mismatch
from .sentence import norm_text

# row letters of a form ("Total (A)", "(D + E)", "% (C / A)") say nothing of the row
_ROW_REFS = re.compile(r"\(\s*[A-Ha-h](?:\s*[=+\-/]\s*[A-Ha-h])*\s*\)")
# a level that only says how much: a total, a count, a share ("No.", "%", "Number")
_GENERIC = re.compile(r"^(?:total|subtotal|sum|overall|all|grand total|no\.?|number|nos\.?|%|percentage|share|合计|总计|合計|計)$", re.I)
# words a level naming a population may hold besides the population: how it is split or counted
_SPLIT_WORDS = frozenset(concept_text("gender sex by number no headcount hc breakdown distribution split "
                                      "share total overall all 性别 按性别 按性别划分 性別 男女別 男女").split())
# how a part is counted, printed after it in the same level ("Male No. (B)", "Female %")
_COUNTED_AS = re.compile(r"\s+(?:no\.?|nos\.?|number|%|percentage|share)$", re.I)
# populations counted apart from the employees; the employees by name
_OTHERS = re.compile(r"\b(?:workers?|contractors?|directors?|board|trainees?|interns?)\b|工人|承包商", re.I)
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
    nearest = set(concept_text(_ROW_REFS.sub("", above[-1])).split())
    said = set(concept_text(" ".join(_ROW_REFS.sub("", lv) for lv in above)).split()) | part | share
    text = norm_text(fact.label or "")
    fits = []
    for m in cat.metrics:
        name = set(concept_text(m.name).split())
        if not part <= name or not name <= said or not (name - part - share) or fit(m, u) is False \
                or hard_mismatch(m, u) or _veto(m, cat, text):
            continue
        if nearest - name - _SPLIT_WORDS:
            continue   # the level above names another figure of the population ("Training hours of employees")
        fits.append(m)
    if len(fits) != 1:
        return None
    return fits[0], (f"the row names the part {', '.join(sorted(part))} of '{above[-1]}' "
                     f"({'a share: ' if share else ''}unit '{fact.unit or ''}'): {fits[0].id}")


def total_of_breakdown(fact: Fact) -> tuple[str, str] | None:
    """The label a total row is the whole of ("Employees" for "Employees by age and gender > Total") and
    the levels above that one, or None when the row is not a total under a named level."""
    levels = [p for p in (fact.label or "").split(" > ") if p.strip()]
    if len(levels) < 2 or not generic_level(levels[-1]) or not re.match(
            r"^\s*(?:total|subtotal|grand total|合计|总计|合計)\b", levels[-1], re.I):
        return None
    above = [lv for lv in levels[:-1] if not generic_level(lv)]
    if not above:
        return None
    whole = _BY.sub("", _ROW_REFS.sub("", above[-1])).strip(" ,:")
    return (whole, " > ".join(above[:-1])) if whole else None


_YEAR_WORDS = re.compile(r"\b(?:fy|financial|year|current|previous|reporting|period)\b|\b(?:19|20)\d\d\b|[-–/()\s]", re.I)


def column_in_leaf(column: str | None, leaf: str) -> bool:
    """The column names its year and only what the row's last level already says ("2021 (Male)" over
    "... > Male"): it adds nothing the row does not say."""
    if not re.search(r"\b(?:19|20)\d\d\b", column or ""):
        return False   # no year: the column is a form's ("Male No. (B)"), its table named in a title line
    rest = _WORD_RE.findall(_YEAR_WORDS.sub(" ", _ROW_REFS.sub(" ", column or "")).lower())
    own = set(_WORD_RE.findall(_ROW_REFS.sub(" ", leaf).lower()))
    return bool(rest) and set(rest) <= own


_WORD_RE = re.compile(r"[^\W_]+|%")
