"""The reporting period the report states, and the year its own labels give that period.

From the report's statements (cover, "about this report", a GRI index row "Reporting period", a form's
"Financial year for which reporting is being done"): a date range ("from 1 April 2022 to 31 March 2023",
"01.01.2021–31.12.2021", "April 2021 to March 2022"), a year end ("for the year ended 31 March 2023"), or a
fiscal-year label ("the 2021 fiscal year", "FY2022", "FY 2022-23", "2022/23"). The year is the one the report
labels the period with: a calendar year is its own; a fiscal year that spans two calendar years is the
"FYn" label the report uses most for it (a Japanese "FY2020" runs April 2020 - March 2021), a two-year label
("2022-23") its end year, and with no label at all the year the period ends.
"""
from __future__ import annotations

import calendar
import re
from collections import Counter
from datetime import date

from ..core.memo import known, per_doc
from ..core.prefilter import gate
from ..model import Document
from .text import Unit, candidates, cells, loc, tables

_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DMY = r"\d{1,2}[-/.]\d{1,2}[-/.]\d{4}"
_YMD_CJK = r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"     # 2021年4月1日
DATE = (rf"(?:{_MON}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
        rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MON},?\s+\d{{4}}"
        rf"|\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}|{_DMY}|{_YMD_CJK})")
_TO = r",?\s*(?:to|until|till|through|and|-|–|—|~|〜|～|から|至)\s*"
_RANGE = re.compile(rf"({DATE}){_TO}({DATE})", re.I)
_MONTHS = gate(re.compile(rf"\b({_MON})\s+(\d{{4}}){_TO}({_MON})\s+(\d{{4}})\b", re.I))
_FY_END = gate(re.compile(rf"(?:financial|fiscal|reporting)? ?year (?:ended|ending)\s+(?:on\s+)?({DATE})", re.I))
_ABOUT = gate(re.compile(r"report|period|cover|span|year", re.I))
# "the 2021 fiscal year", "fiscal year 2021", "FY2022", "FY 2022-23", "financial year 2022/23", "2022/23 financial year"
# ("2021年度", the Japanese fiscal-year label)
_LABEL = gate(re.compile(r"\b(?:(?:FY|F\.Y\.|fiscal(?: year)?|financial year)\s*'?(\d{4}|\d{2})(?:\s*[-/–]\s*(\d{2,4}))?"
                         r"|(\d{4})(?:\s*[-/–]\s*(\d{2,4}))?\s+(?:fiscal|financial) year)\b|(?<!\d)(\d{4})\s*年\s*度", re.I))
_ANSWER_LINES = 3      # how many printed lines below a form's label its answer may stand
_STATES = gate(re.compile(r"reporting period|this report (?:covers|relates|discloses)|period (?:covered|under review)|"
                          r"report(?:ing)? year|for which reporting|(?:報告)?対象期間|報告期間|报告期|报告时间", re.I))


def parse_date(text: str) -> date | None:
    if m := re.fullmatch(r"\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*", text):
        return _safe(int(m[1]), int(m[2]), int(m[3]))
    t = text.replace(",", " ").lower()
    if m := re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", t.strip()):
        return _safe(int(m[1]), int(m[2]), int(m[3]))
    if m := re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", t.strip()):
        a, b, y = int(m[1]), int(m[2]), int(m[3])
        return _safe(y, b, a) or _safe(y, a, b)     # day first, as most of the world prints it
    t = t.replace(".", " ")
    nums = [int(x) for x in re.findall(r"\d+", t)]
    mon = _month(t)
    year = next((n for n in nums if n > 1900), None)
    day = next((n for n in nums if n <= 31), None)
    return _safe(year, mon, day) if mon and year and day else None


def _month(text: str) -> int | None:
    for i, name in enumerate(calendar.month_name[1:], start=1):
        if re.search(rf"\b{name[:3].lower()}", text.lower()):
            return i
    return None


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


# an ordinal printed as a superscript ("1^{st} October 2021"): the reader marks it, the date reads it plain
_SUP = re.compile(r"\^\{(st|nd|rd|th)\}", re.I)
# the start's year left to the end's: "from 1 January to 31 December 2021", "April 1 to March 31, 2022"
_YEARLESS_START = re.compile(rf"\b(\d{{1,2}}(?:st|nd|rd|th)?\s+{_MON}|{_MON}\s+\d{{1,2}}(?:st|nd|rd|th)?)(?!,?\s*\d{{4}}){_TO}({DATE})", re.I)


def _range_in(text: str) -> tuple[date, date] | None:
    text = _SUP.sub(r"\1", text)
    for m in _RANGE.finditer(text):
        start, end = parse_date(m[1]), parse_date(m[2])
        if start and end and start < end and (end - start).days <= 800:
            return start, end
    if (m := _YEARLESS_START.search(text)) and (end := parse_date(m[2])):
        # the year that puts the start before the end, within a year of it
        start = parse_date(f"{m[1]} {end.year}")
        start = start if start and start < end else parse_date(f"{m[1]} {end.year - 1}")
        if start and start < end and (end - start).days <= 366:
            return start, end
    if m := _MONTHS.search(text):
        a, b = _month(m[1]), _month(m[3])
        if a and b:
            y2 = int(m[4])
            start, end = date(int(m[2]), a, 1), date(y2, b, calendar.monthrange(y2, b)[1])
            if start < end and (end - start).days <= 800:
                return start, end
    return None


def _statements(doc: Document, units: list[Unit]):
    """Sentences about the report, form labels that name the reporting period with the lines printed after
    them (a form's answer often stands a line or two below its question), then index and form rows."""
    for u in candidates(units, (_ABOUT.pattern,)):
        if _ABOUT.search(u.text):
            yield u.text, loc(u)
    lines = doc.lines
    for i, tl in enumerate(lines):
        # (a line stating its range is read as a sentence above, unless it is worded as no sentence there is:
        # "対象期間 2021年度（2021年4月1日～2022年3月31日）")
        if _STATES.search(tl.text) and len(tl.text) <= 200 and not (_range_in(tl.text) and _ABOUT.search(tl.text)):
            after = [a for a in lines[i + 1:i + 1 + 2 * _ANSWER_LINES] if a.text.strip()][:_ANSWER_LINES]
            yield " ".join([tl.text] + [a.text for a in after]), loc(tl)
    for tb in tables(doc):
        for row in tb.rows:
            text = " ".join(c for c in cells(row) if c)
            if _STATES.search(text):
                yield text, loc(row)


def period(doc: Document, units: list[Unit]) -> dict | None:
    """{"start", "end", "fiscal_year", "line"|"page"}: the period the report states it covers (read once
    per document when `units` is its shared narrative: the fact extractor asks first, the profile after)."""
    if units is not None and known(doc, "narrative") is units:
        found = per_doc(doc, "period", lambda: _period(doc, units))
        return dict(found) if found is not None else None
    if units is not None and (head := known(doc, "narrative_head")) is not None and head[1] is units:
        found = per_doc(doc, "period/head", lambda: _period(doc, units))   # (a long document's first sentences)
        return dict(found) if found is not None else None
    return _period(doc, units)


def _period(doc: Document, units: list[Unit]) -> dict | None:
    found = _stated(doc, units)
    if found is None:
        return None
    found["fiscal_year"] = found.get("fiscal_year") or fiscal_year(doc, found["end"])
    return found


def _stated(doc: Document, units: list[Unit]) -> dict | None:
    statements = list(_statements(doc, units))
    for text, where in statements:
        if r := _range_in(text):
            return {"start": r[0].isoformat(), "end": r[1].isoformat(), **where}
    for text, where in statements:
        if _STATES.search(text) and (y := _label_year(text)):
            return {"start": None, "end": None, "fiscal_year": y, **where}
    ends: Counter[date] = Counter()
    first: dict[date, dict] = {}
    for text, where in [(u.text, loc(u)) for u in candidates(units, (_FY_END.pattern,))] + statements:
        for m in _FY_END.finditer(_SUP.sub(r"\1", text)):
            if end := parse_date(m[1]):
                ends[end] += 1
                first.setdefault(end, where)
    if ends:    # the end date said most often (comparisons name earlier years)
        end = max(ends, key=lambda d: (ends[d], d))
        return {"start": None, "end": end.isoformat(), **first[end]}
    return None


def _label_year(text: str) -> int | None:
    m = _LABEL.search(text)
    if not m:
        return None
    if m[5]:
        return int(m[5]) if 1990 <= int(m[5]) <= 2100 else None
    first, second = (m[1], m[2]) if m[1] else (m[3], m[4])
    year = int(first) if len(first) == 4 else 2000 + int(first)
    if second:      # "2022-23", "2022/2023": the year the period ends
        end = int(second) if len(second) == 4 else year // 100 * 100 + int(second)
        return end if end == year + 1 else None
    return year if 1990 <= year <= 2100 else None


def fiscal_year(doc: Document, end: str | None) -> int | None:
    """The year the report's own labels give a period ending on `end`."""
    if not end:
        return None
    e = date.fromisoformat(end)
    if e.month == 12:
        return e.year
    labels: Counter[int] = Counter()
    for t in doc.lines:
        for m in _LABEL.finditer(t.text):
            if not m[2] and not m[4]:       # single-year labels only: a two-year label names its end
                y = _label_year(m[0])
                if y in (e.year - 1, e.year):
                    labels[y] += 1
    if labels[e.year - 1] > labels[e.year]:
        return e.year - 1
    return e.year


def stated_year(doc: Document, units: list[Unit]) -> dict | None:
    """The report year from the stated period: {"value", "line"|"page"}."""
    p = period(doc, units)
    if p and p.get("fiscal_year"):
        return {"value": p["fiscal_year"], **{k: v for k, v in p.items() if k in ("line", "page")}}
    from .front import front_year
    return front_year(doc)    # a PDF read in part: its first pages' period or year (profile/front.py)


def front_period_year(lines: list[str]) -> int | None:
    """The year of the period stated in the plain text lines of a document's first pages (the same
    statements as in `period`: a date range, a label named by a reporting-period sentence, a year end)."""
    for i, text in enumerate(lines):
        if r := _range_in(text):
            return r[1].year if r[1].month == 12 or r[0].year == r[1].year else _fy_label(lines, r[1])
        if _STATES.search(text) and (y := _label_year(" ".join(lines[i:i + 1 + _ANSWER_LINES]))):
            return y
    for text in lines:
        if m := _FY_END.search(_SUP.sub(r"\1", text)):
            if end := parse_date(m[1]):
                return end.year if end.month == 12 else _fy_label(lines, end)
    return None


# a label named as a coming year ("Forecast for FY2021", "FY2021 target", "2022年度計画") is no name of the period
_AHEAD = re.compile(r"forecast|outlook|target|plan|budget|guidance|goal|見通し|予想|目標|計画", re.I)


def _fy_label(lines: list[str], end: date) -> int:
    """The year the front pages' own single-year labels give a period ending on `end` (as `fiscal_year`)."""
    labels: Counter[int] = Counter()
    for t in lines:
        for m in _LABEL.finditer(t):
            if not m[2] and not m[4] and (y := _label_year(m[0])) in (end.year - 1, end.year) \
                    and not _AHEAD.search(t[max(0, m.start() - 16):m.end() + 12]):
                labels[y] += 1
    return end.year - 1 if labels[end.year - 1] > labels[end.year] else end.year


def fiscal_offset(doc: Document, units: list[Unit]) -> tuple[int, int] | None:
    """(month, years): the month the report's stated fiscal year ends in, and how far the year its own labels
    give that period stands from the year it ends in (-1: "FY2020" for April 2020 - March 2021; 0: "FY2021"
    or "2020/21" for it). None for a calendar year or no stated end. A document read in part states its
    period on its front pages; those come first (a note on a page read, "before the fiscal year ended March
    31, 2018", states no period)."""
    end_year = _front_end(doc.front) if doc.front else None
    if end_year is None:
        p = period(doc, units)
        if p and p.get("end") and p.get("fiscal_year"):
            end_year = date.fromisoformat(p["end"]), p["fiscal_year"]
    if end_year is None or end_year[0].month == 12:
        return None
    end, year = end_year
    return end.month, year - end.year


def _front_end(lines: list[str]) -> tuple[date, int] | None:
    """(end, labelled year) of the period the front pages state by dates (as `front_period_year`)."""
    for text in lines:
        if r := _range_in(text):
            return r[1], (r[1].year if r[1].month == 12 or r[0].year == r[1].year else _fy_label(lines, r[1]))
    for text in lines:
        if m := _FY_END.search(_SUP.sub(r"\1", text)):
            if end := parse_date(m[1]):
                return end, (end.year if end.month == 12 else _fy_label(lines, end))
    return None
