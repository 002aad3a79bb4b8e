"""Parse printed numbers: separators, decimals, negatives in parentheses, percentages, comparators,
`6,000+`, ranges, not-disclosed markers, footnote markers glued to numbers and units."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .fiscal import fiscal_end

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹ⁱᵛˣ⁺"
_SUP_TO_ASCII = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹ⁱᵛˣ", "0123456789ivx")

# Printed instead of a number when nothing is disclosed.
NOT_DISCLOSED = {
    "/", "-", "--", "—", "–", "−", "n/a", "na", "n.a.", "not applicable", "not disclosed", "nil",
    "不适用", "无", "/ ", "／", "－", "—/—", "n/d", "nd", "not available", "*",
}

_CARET = re.compile(r"\s*\^(?:\{([^}]{1,16})\}|([ivx]{1,5}|\d{1,2})\b)")
_TRAIL_SUP = re.compile(r"(?<![mM])[" + SUPERSCRIPTS + r"]+$")
_TRAIL_SUP_ANY = re.compile(r"[" + SUPERSCRIPTS + r"]+$")
_ROMAN_MARK = re.compile(r"\s*\(([ivx]{1,5})\)$")

# western groups of three (1,234,567) or Indian lakh/crore groups (8,89,078; 1,23,45,678)
_NUM = r"\(?[-−–]?\s?(?:\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.\d+)?\)?"
_VALUE = re.compile(
    r"^(?P<cmp>≤|≥|<=|>=|<|>|~|≈|approx\.?\s*|about\s+|over\s+|more than\s+|less than\s+|up to\s+)?\s*"
    r"(?P<cur>(?:RMB|CNY|HKD|HK\$|USD|US\$|\$|¥|￥|€|EUR|GBP|£)\s?)?"
    r"(?P<num>" + _NUM + r")"
    r"(?:\s*(?P<range>[-–~至to]{1,2}\s*" + _NUM + r"))?"
    r"\s*(?P<pct>%|％|‰)?(?P<plus>\+)?"
    r"\s*(?P<unit>[^\d\s].{0,30})?$",
    re.I,
)
_CMP = {"≤": "<=", "<=": "<=", "≥": ">=", ">=": ">=", "<": "<", ">": ">", "~": "~", "≈": "~",
        "approx": "~", "about": "~", "over": ">", "more than": ">", "less than": "<", "up to": "<="}


@dataclass
class Parsed:
    value: float | None
    unit: str = ""                  # unit printed inside the cell ("%", "CNY 10,000")
    qualifier: str | None = None
    footnotes: list[str] = field(default_factory=list)
    high: float | None = None       # upper end of a range


def split_markers(text: str, *, unit: bool = False) -> tuple[str, list[str]]:
    """Remove footnote markers (`^{iv}`, trailing `¹²`, `ⁱⁱ`) and return them apart.

    In a unit, `m²`/`m³` are exponents, not footnotes, and stay.
    """
    s, notes = _split_markers(text, unit)
    return s, list(notes)


@lru_cache(maxsize=1 << 14)   # labels and cells are split again by several stages
def _split_markers(text: str, unit: bool) -> tuple[str, tuple[str, ...]]:
    notes: list[str] = []
    s = text.strip()

    def take(m: re.Match) -> str:
        notes.append(m.group(1) or m.group(2))
        return ""

    s = _CARET.sub(take, s).strip()
    if not unit:
        # "Total**", "Male(1)", "Employee turnover rate (%)(1)": a trailing asterisk or bracketed digit
        m = _TRAIL_MARK.search(s)
        if m and _WORDLIKE.search(s[: m.start()]):
            notes.append(m.group(1) or m.group(2))
            s = s[: m.start()].rstrip()
    pattern = _TRAIL_SUP if unit else _TRAIL_SUP_ANY
    m = pattern.search(s)
    if m and m.start() > 0:
        mark = m.group(0)
        if unit and _GAS_DIGIT.search(s[: m.start()] + mark.translate(_SUP_TO_ASCII)):
            s = s[: m.start()] + mark.translate(_SUP_TO_ASCII)   # "t-CO²": a gas's digit set small, no footnote
        elif not (unit and mark in ("²", "³") and s[: m.start()].rstrip().endswith(("m", "M"))):
            notes.append(mark.translate(_SUP_TO_ASCII))
            s = s[: m.start()].rstrip()
    # A superscript marker glued mid-label ("greenhouse gas ⁶ > ...") stands alone between spaces.
    # ... unless it is an exponent printed apart from its unit: "m ³", "m ²/GWh".
    s2 = _LONE_SUP.sub("", s)
    if not unit:
        s2 = _GLUED_SUP.sub("", s2)
    if s2 != s:
        notes.extend(m.translate(_SUP_TO_ASCII) for m in _LONE_SUP.findall(s) + (_GLUED_SUP.findall(s) if not unit else []))
        s = _SPACE_RUN.sub(" ", s2).strip()
    return s, tuple(notes)


# a gas's formula ending a unit, its digit printed small (read as a raised mark): "tons-CO²", "kg CH⁴"
_GAS_DIGIT = re.compile(r"(?:(?<![^\W\d_])|(?<=\b[tkgM]))(?:CO2|CH4|SF6|NF3|NH3|SO2|NO2)$")
# ... or a Japanese note mark ("4,010注3", "比率※1": note 3, note 1)
_TRAIL_MARK = re.compile(r"(?<=\S)\s*(?:(\*{1,3}|#{1,2}|[†‡]{1,2}|[注※]\d{1,2})|\((\d{1,2})\))$")
_WORDLIKE = re.compile(r"\w|[%)]")
_LONE_SUP = re.compile(r"(?<=\s)(?<!m\s)[" + SUPERSCRIPTS + r"]{1,4}(?=\s|$)")
_SPACE_RUN = re.compile(r"\s{2,}")
# ... or glued to the end of a word that more words follow ("Sustainability audits³ by external auditors",
# "frequency rate* at ..."): a mark, unless the word is a unit that takes an exponent (km², Nm³)
_GLUED_SUP = re.compile(r"(?<=[^\W\d_]{2})(?<![kcmdN]m)(?<!ft)(?:[" + SUPERSCRIPTS + r"]{1,4}|\*{1,3}|[†‡])(?=\s+[^\W\d_])")


def _to_float(num: str) -> float:
    s = num.strip()
    neg = s.startswith("(") and s.endswith(")")
    s = s.strip("()").replace(",", "").replace("，", "").replace(" ", "")
    s = s.replace("−", "-").replace("–", "-")
    v = float(s)
    return -v if neg else v


# a word after the per cent sign that names the figure a change, not what it is a percentage of
_CHANGE_WORD = re.compile(r"(?:improvement|reduction|decrease|increase|growth|decline|rise|drop|cut)s?\b", re.I)


def _percent_unit(s: str, m: re.Match, unit: str, num: str) -> str:
    """The per cent sign and what follows it, as printed: "%pt" glued, "% of sales" apart; in "(5.1%)" the
    bracket that closes after the sign is no unit."""
    if (unit == ")" and num.startswith("(")) or _CHANGE_WORD.match(unit or ""):
        return m.group("pct")   # "1% improvement", "5% reduction": what the figure is, a change; the unit is "%"
    gap = s[m.end("pct"):m.start("unit")] if unit else ""
    return m.group("pct") + ((gap if not gap.strip() else " ") + unit if unit else "")


# a dash printed with the column's percent sign ("–%") discloses nothing either
_DASH_PERCENT = re.compile(r"[-–—−/]\s?[%％]")


def is_not_disclosed(text: str) -> bool:
    t = text.strip().lower()
    return t in NOT_DISCLOSED or bool(_DASH_PERCENT.fullmatch(t))


# a decimal comma before a percent sign ("65,8%", "0,2 %"): one or two digits after a comma are no group of
# thousands, and a share has no thousands to group; the European way of writing 65.8%
_DECIMAL_COMMA = re.compile(r"([-−–(]?\s?\d{1,3}),(\d{1,2})(\s?[%％]\)?)")
_FULL_WIDTH_BRACKETED = re.compile(r"^（\s*(\d[\d,.]*\s*[%％]?)\s*）$")


def parse_value(cell: str) -> Parsed | None:
    """The number a table cell states, or None when the cell is not a value cell.

    A not-disclosed marker gives Parsed(value=None). A cell is read once (the header, the value columns
    and the rows all ask); every caller gets a Parsed of its own.
    """
    read = _parsed(cell)
    if read is None:
        return None
    value, unit, qualifier, notes, high = read
    return Parsed(value, unit=unit, qualifier=qualifier, footnotes=list(notes), high=high)


@lru_cache(maxsize=1 << 14)
def _parsed(cell: str) -> tuple | None:
    p = _parse_value(cell)
    return None if p is None else (p.value, p.unit, p.qualifier, tuple(p.footnotes), p.high)


_ORDINAL = re.compile(r"\s*(\d+)(st|nd|rd|th)(?![^\W\d_])", re.I)


def _is_ordinal(s: str) -> bool:
    """Does the cell open with an ordinal number, its English suffix the right one ("2nd", "11th", "23rd")?"""
    m = _ORDINAL.match(s)
    if not m:
        return False
    n = int(m.group(1))
    right = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return m.group(2).lower() == right


def _parse_value(cell: str) -> Parsed | None:
    s, notes = split_markers(cell)
    if not s:
        return None
    if is_not_disclosed(s):   # a dash with its column's percent sign ("–%") keeps the unit it prints
        return Parsed(None, unit="%" if _DASH_PERCENT.fullmatch(s.strip()) else "", footnotes=notes)
    if fw := _FULL_WIDTH_BRACKETED.match(s):
        # a figure in full-width brackets beside a count ("6,311 / （84.0）"): a share or a rate, not a
        # negative (Japanese and Chinese tables print a negative with a minus sign, △ or ▲)
        inner = parse_value(fw.group(1))
        return Parsed(inner.value, unit=inner.unit, footnotes=notes) if inner and inner.value is not None \
            and inner.value >= 0 else None
    if _is_ordinal(s):
        return None     # "2nd quarter", "3rd", "21st century": a position, not an amount
    if dc := _DECIMAL_COMMA.fullmatch(s):
        s = f"{dc.group(1)}.{dc.group(2)}{dc.group(3)}"
    m = _VALUE.match(s)
    if not m:
        return None
    unit = (m.group("unit") or "").strip()
    if unit:
        # "12 years" is fine; "3 of the 5 sites" or a code such as "2-1 Details" is not a value cell.
        if re.search(r"\d", unit) and not re.fullmatch(r"(?:RMB|CNY|HKD|USD)?\s*[\d,]+\s*\w*", unit, re.I):
            return None
        if len(unit.split()) > 4:
            return None
    num = m.group("num")
    if re.fullmatch(r"\d+-\d+", num.replace(" ", "")):
        return None
    try:
        value = _to_float(num)
    except ValueError:
        return None
    qual = None
    if m.group("cmp"):
        key = m.group("cmp").strip().lower().rstrip(".")
        qual = _CMP.get(key, key)
    if m.group("plus"):
        qual = "+"
    high = None
    if m.group("range"):
        try:
            high = _to_float(re.sub(r"^[-–~至to]{1,2}\s*", "", m.group("range")))
            qual = "range"
        except ValueError:
            return None
    if m.group("pct"):
        unit = _percent_unit(s, m, unit, num)
    cur = (m.group("cur") or "").strip()
    if cur:
        unit = (cur + " " + unit).strip()
    return Parsed(value, unit=unit, qualifier=qual, footnotes=notes, high=high)


# the longest name a column header sets in brackets after its year (a group heading wrapped over lines:
# "FY 2022 (No. of employees/ workers that are rehabilitated and placed in suitable employment ...)")
NAME_CHARS = 160
YEAR_CELL = re.compile(r"^(?:FY|CY|(?:fiscal\s+|financial\s+)?year|actuals?)?\s*((?:19|20)\d{2})(?:\s*[-/–]\s*((?:19|20)?\d{2}))?"
                       r"(?:\s*(?:年(?:度|\d{1,2}月(?:期|末)?)?|년도?|FY|actuals?)|A)?"
                       r"(?:\s*\((?:[^()]|\([^()]{0,20}\)){1,%d}\)){0,2}$" % NAME_CHARS, re.I)   # "2019 (Male)", "2019 (Male) (%)": name, unit;
# a name may hold one bracket of its own: "FY 2031-32 (Certified crew (L))"


# a band or a bound of whole numbers with no unit ("<20", "20–29", ">=60", "≥ 65"): the label of a row of an
# age or size breakdown when it stands first in its row
_BAND = re.compile(r"^(?:(?:[<>≤≥]=?|=<|=>)\s?\d{1,3}|\d{1,3}\s?[-–—]\s?\d{1,3})$")


def is_band(cell: str) -> bool:
    return _BAND.match(cell.strip()) is not None


# "FY21", "FY 22", "FY'23": a fiscal year by its last two digits, as the report labels it (20nn)
_FY_SHORT = re.compile(r"^FY\s?'?(\d{2})(?:\s*\([^)]{1,40}\)){0,2}$", re.I)


_Y = r"((?:19|20)\d{2})"
_DEC31 = r"(?:dec(?:ember|\.)?\s*31,?|31\s*dec(?:ember|\.)?,?)\s*"
# a column dated at a year's end names that year: "As of 2024", "End of 2023", "2024.12.31", "Dec. 31, 2024",
# "31 December 2024", "2024년 12월 31일", "2024年12月31日"; a date in another month names no year
_YEAR_END = re.compile(r"(?:as\s+(?:of|at)|(?:at\s+)?(?:the\s+)?end\s+of|year[-\s]end)\s+(?:" + _DEC31 + ")?" + _Y
                       + "|" + _Y + r"\s*[./-]\s*12\s*[./-]\s*31\.?"
                       + "|" + _Y + r"\s*(?:년\s*12\s*월\s*31\s*일|年\s*12\s*月\s*31\s*日)"
                       + "|" + _DEC31 + _Y, re.I)


@lru_cache(maxsize=1 << 14)   # (every stage asks it of the same header cells)
def year_of(cell: str) -> int | None:
    """The year a column header names ("2024", "FY2023", "2022²", "2024年", "2024년", "Year 2024",
    "2024 FY", "Actual 2023", "2023A", "FY 2023-24", "FY21", "FY2020/3"), else None."""
    s, _ = split_markers(cell)
    m = YEAR_CELL.match(s.strip())
    if not m:
        short = _FY_SHORT.match(s.strip()) or _YEAR_END.fullmatch(s.strip())
        if short is None:
            # "FY2020/3", "Year ended 31 March 2021": a fiscal year named by its end, the year it ends in
            # (core/fiscal.py; bare "2021/3" only in a row of such headings: fiscal.fiscal_ends)
            end = fiscal_end(s)
            return end.year if end is not None and end.explicit else None
        y = next(g for g in short.groups() if g)
        return int(y) if len(y) == 4 else 2000 + int(y)
    start = int(m.group(1))
    if m.group(2) is None:
        return start
    # a fiscal year over two calendar years ("FY 2023-24", "2022/23") is the year it ends in;
    # two years further apart ("2019-2021") are a period, not a column's year
    end = int(m.group(2)) if len(m.group(2)) == 4 else start - start % 100 + int(m.group(2))
    if end < start and len(m.group(2)) == 2:
        end += 100    # "1999-00"
    return end if end == start + 1 else None
