"""The report year of a document read only in part, from the text of its first pages (`Document.front`,
kept by the PDF reader): the period those pages state ("Reporting period: 1 April 2022 to 31 March 2023",
"for the year ended 31 March 2023", "FY2022-23"), else the year they name most often (a cover
"Climate Change Report 2023" names its year again and again; a ring of target years less often), leaving
out a year that is a target, a vision, a base year or a start ("by 2050", "Vision 2050", "2019 as the base
year", "since 2008"): such a year dates no data page. A fiscal-year label they name most often
outside a target or plan, within a year of that year ("In fiscal 2021, we reduced …", "FY2021" beside "FY2025
target"), is the period the data pages report on, where the cover's "Report 2022" is its publication. It stands in for
the year a whole read would take from its tables, so it is not used when the pages read hold a table with
year columns (their latest year decides, as in a whole read), nor when the pages read name most often a
year next to it (a "Fact Book 2022" covering fiscal 2021: the data pages' own labels tell which)."""
from __future__ import annotations

import re
from collections import Counter

from ..model import Document, TableBlock

_YEAR = re.compile(r"(?<!\d)(?<!\d[.,])((?:19|20)\d{2})(?!\d)(?![.,]\d)")
# a header cell that is a year or a fiscal year: "2021", "FY2022", "2022/23", "2021年度", "FY 2022-23"
_YEAR_CELL = re.compile(r"^(?:FY|F\.Y\.|fiscal(?: year)?)?\s*'?(?:19|20)\d{2}(?:\s*[-/–]\s*\d{2,4})?\s*(?:年度|年)?$", re.I)
# a table's column headings stand in its first this many rows
HEAD_ROWS = 3
# the pages read: the year they name most often in their first this many lines (as the facts stage's fallback)
OWN_LINES = 80


def front_year(doc: Document) -> dict | None:
    """{"value", "basis": "front pages"} for a document read in part whose pages read hold no dated table."""
    if not doc.front or _dated_table(doc):
        return None
    from .period import front_period_year
    if (y := front_period_year(doc.front)) is not None:
        return {"value": y, "basis": "front pages"}
    front = _most_named(doc.front, skip=_NOT_PERIOD)
    label = _fiscal_label(doc.front)
    if label is not None and (front is None or abs(label - front) <= 1):
        front = label     # the fiscal year a "Report 2022" covers; a label years away is history, not the period
    if front is None:
        return None
    own = _most_named([t.text for t in doc.lines[:OWN_LINES]], clear=True)
    if own is not None and abs(own - front) <= 1:
        return None       # the pages' own year: the same report's labelling, read where the data is
    return {"value": front, "basis": "front pages"}


# rule "not a period year": a year named as a target, a vision, a base year or a start ("by 2050", "Vision 2050",
# "through 2025", "2019 as the base year", "base year 2019", "since 2008", "2030 target")
_NOT_PERIOD = re.compile(r"(?:\b(?:by|until|till|through|towards?|vision|goals?|targets?|since|base\s+year|baseline)"
                         r"\s+(?:of\s+|in\s+)?(?:fiscal\s+|FY\s?)?)((?:19|20)\d{2})(?!\d)"
                         r"|(?<!\d)((?:19|20)\d{2})\s+(?:as\s+(?:the\s+)?)?(?:base\s+year|baseline|targets?|goals?)\b", re.I)


def _most_named(lines: list[str], clear: bool = False, skip: re.Pattern | None = None) -> int | None:
    """The year named most often (of several, the latest); `clear`: only a year named more often than any
    other (a page naming eight years once each names none); `skip`: the years its matches name do not count."""
    text = "\n".join(lines)
    years = Counter(int(y) for y in _YEAR.findall(text) if 1990 <= int(y) <= 2100)
    for m in skip.finditer(text) if skip is not None else ():
        years[int(m.group(1) or m.group(2))] -= 1
    years = Counter({y: n for y, n in years.items() if n > 0})
    if not years:
        return None
    top = max(years.values())
    best = [y for y, n in years.items() if n == top]
    return None if clear and len(best) > 1 else max(best)


def _fiscal_label(lines: list[str]) -> int | None:
    """Rule "fiscal label": the single-year fiscal label ("fiscal 2021", "FY2021", "2021年度") the lines name
    more often than any other, none named as a coming year ("FY2025 target", "Forecast for FY2022")."""
    from .period import _AHEAD, _LABEL, _label_year
    labels: Counter[int] = Counter()
    for t in lines:
        for m in _LABEL.finditer(t):
            if not m[2] and not m[4] and (y := _label_year(m[0])) is not None \
                    and not _AHEAD.search(t[max(0, m.start() - 16):m.end() + 12]):
                labels[y] += 1
    top = labels.most_common(2)
    if not top or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    return top[0][0]


def _dated_table(doc: Document) -> bool:
    """Does a table of the pages read have a year as a column heading (in its first rows)?"""
    return any(_YEAR_CELL.match(c.strip()) for b in doc.blocks if isinstance(b, TableBlock)
               for row in b.rows[:HEAD_ROWS] for c in row.cells if c)
