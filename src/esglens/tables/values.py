"""Which cells of a row are its values, and which year each one belongs to.

Readers, one per layout (tried in this order by `value_run`):
- spanned: under a year header whose cells span sub-columns ("2024" over "Number | %");
- positioned: a table rebuilt from geometry keeps every cell in its printed column, so the values
  are the cells under the year columns (a first value is never taken into the label, a value under
  a "Target" or "SDG" column is not a year's);
- aligned: a row of exactly the header's width with a blank under a year column;
- trailing: the run of value cells at the end of the row (text layouts that drop blank cells); a
  row with fewer values than year columns holds the most recent years.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..core.numbers import Parsed, is_band, parse_value, split_markers
from ..core.units import parse_unit
from ..core.memo import kept

if TYPE_CHECKING:
    from .header import Header

_SCALE_UNIT = re.compile(
    r"^(?:(?:RMB|CNY|HKD|USD|US\$|HK\$|¥)\s?(?:10,000|10000|1,000|'000|100 million)|"
    r"(?:10,000|10000|1,000|'000)\s?(?:RMB|CNY|HKD|USD|yuan|shares|kwh|tons?|tonnes|m³|m3|persons?))$", re.I)

Run = list[tuple[int, str, Parsed]]     # (column, cell as printed, parsed value)


def nonempty(cells: list[str]) -> list[tuple[int, str]]:
    return [(i, c.strip()) for i, c in enumerate(cells) if c.strip()]


_PLUS_FIGURE = re.compile(r"\+\s?\d")


def is_value_cell(cell: str) -> Parsed | None:
    got = _value_cell(cell)   # (a fresh Parsed per call: callers may change theirs)
    return None if got is None else Parsed(got[0], got[1], got[2], list(got[3]), got[4])


@kept(maxsize=1 << 15)   # (a row's cells are read by several readers in turn: 75 % are repeats)
def _value_cell(cell: str) -> tuple | None:
    p = _is_value_cell(cell)
    return None if p is None else (p.value, p.unit, p.qualifier, tuple(p.footnotes), p.high)


def _is_value_cell(cell: str) -> Parsed | None:
    if _SCALE_UNIT.match(cell.strip()):
        return None  # "RMB10,000", "10,000 shares": a unit with a scale, not a value
    if m := PAIR.match(cell.strip()):
        return paired_value(m)
    p = parse_value(cell) or _number_and_unit(cell)
    if p is None and _PLUS_FIGURE.match(cell.strip()):
        p = is_value_cell(cell.strip()[1:].lstrip())   # "+66.8", "+3.2%pt": a change printed with its sign
    if p is None:
        return None
    if p.qualifier == "range" and p.unit and p.unit not in ("%", "％"):
        return None  # "30-50 years old" is a label
    return p


# a paired cell: a value and a second value in brackets ("29 (32)": files and their assertions, this year
# and last); the bracket is no negative and no footnote mark of the first
PAIR = re.compile(r"^(\d[\d,.]*\s?%?)\s[(（](\d[\d,.]*\s?%?)[)）]$")


def paired_value(m: re.Match) -> Parsed | None:
    """The cell's own value; its bracketed second value goes beside it (in its notes), no figure of any
    column or year: what it holds is the header's or the label's to say, and a reader abstains on it."""
    p = parse_value(m.group(1))
    if p is None or p.value is None:
        return None
    return Parsed(p.value, unit=p.unit, qualifier=p.qualifier, footnotes=p.footnotes + [m.group(2).strip()], high=p.high)


_NUM_WORDS = re.compile(r"^(\d[\d,]*(?:\.\d+)?)\s+([^\W\d_].*)$")
_GLUED = re.compile(r"^(\d[\d,]*(?:\.\d+)?)([^\W\d_][^\s\d]*(?:\s.*)?)$")


_YEAR = re.compile(r"(?:19|20)\d\d")


def _number_and_unit(cell: str) -> Parsed | None:
    """A number and its unit in words, longer than a value cell's unit usually runs ("1,105 J per
    rupee of turnover", "0.00028 kg of CO2 equivalents per rupee of turnover"): up to eight words,
    none of them a number of its own ("3 of the 5 sites" is no value)."""
    m = _NUM_WORDS.match(cell.strip())
    if not m and (g := _GLUED.match(cell.strip())) and (u := parse_unit(g.group(2))) is not None and u.dim:
        m = g      # "32.3Mt CO2e": the unit glued on (a measuring unit: "2nd" is no figure)
    if not m or _YEAR.fullmatch(m.group(1)):
        return None     # "2023 Total Emissions": a year heading
    unit, notes = split_markers(m.group(2), unit=True)
    if star := re.search(r"\*+$", unit):        # "GJ per Full Time Employee (FTE)*": a note's marker
        unit, notes = unit[:star.start()].rstrip(), notes + [star.group()]
    words = unit.split()
    if not words or len(words) > 8 or any(re.fullmatch(r"[(\[]?[\d,.]+[)\]]?", w) for w in words):
        return None
    p = parse_value(m.group(1))
    return Parsed(p.value, unit=unit, footnotes=notes) if p is not None and p.value is not None else None


def value_run(cells: list[str], header: Header | None, positioned: bool) -> tuple[Run, int, str]:
    """The row's values, the column where its label ends, and which reader found them."""
    for mode, read in (("spanned", span_values), ("positioned", positioned_values if positioned else None),
                       ("aligned", aligned_values)):
        if read is None:
            continue
        run = read(cells, header)
        if run is not None:
            if mode == "positioned":
                return run, header.years[0][0], mode
            return run, (run[0][0] if run else len(cells)), mode
    run, start = trailing_values(cells, header)
    return run, start, "trailing"


def positioned_values(cells: list[str], header: Header | None) -> Run | None:
    """Cells under the year columns of a header of the same width, when each is a value or blank
    and no value stands between the label and the first year column. A row with nothing under
    the year columns has no values (a number under an "SDG" or "Target" column is no year's)."""
    if not header or not header.years or len(cells) != len(header.cells):
        return None
    first = header.years[0][0]
    if any((p := is_value_cell(c)) is not None and p.value is not None for c in cells[1:first] if c.strip()):
        return None   # values left of the year columns: the header does not fit this row (a dash under
        # a "Unit" heading is no value)
    out = []
    for i, _, _ in header.years:
        c = cells[i].strip()
        if not c:
            continue
        p = is_value_cell(c)
        if p is None and _ANSWER.match(c):
            continue    # "Yes" under a year column of a form: an answer, not a figure, and no misfit
        if p is None:
            return None
        out.append((i, c, p))
    return out


# a form's answer in a value column ("Deducted and deposited? Yes")
_ANSWER = re.compile(r"^(?:yes|no|none|y|n|partly|partially|not yet|ja|nein|oui|non|是|否|有|无|はい|いいえ)\.?$", re.I)


def aligned_values(cells: list[str], header: Header | None) -> Run | None:
    """Values read by position, when the row has exactly the header's columns and its cells under
    the year columns are values or blanks, with at least one blank (exact layouts such as PDF)."""
    if not header or not header.years or len(cells) != len(header.cells):
        return None
    under = [(i, cells[i].strip()) for i, _, _ in header.years]
    if not any(not c for _, c in under) or all(not c for _, c in under):
        return None
    out = []
    for i, c in under:
        if not c:
            continue
        p = is_value_cell(c)
        if p is None:
            return None
        out.append((i, c, p))
    return out


def span_values(cells: list[str], header: Header | None) -> Run | None:
    """Values read by position under a year header whose cells span several columns."""
    if not header or not header.spans:
        return None
    out = []
    for i, c in enumerate(cells):
        if not c:
            continue
        if i not in header.spans:
            if i > min(header.spans) and i not in header.remark_cols:
                return None     # a cell right of the years' columns that is no remark: the header does not fit
            continue
        p = is_value_cell(c)
        if p is None:
            return None
        out.append((i, c, p))
    return out or None


def _end_before_remarks(cells: list[str], header: Header | None) -> int:
    """The row's end, before trailing remark columns the header announces after the years."""
    end = len(cells)
    while end > 0 and not cells[end - 1].strip():
        end -= 1
    if header and header.after_years:
        k = end
        skipped = 0
        while k > 0 and skipped < header.after_years and cells[k - 1].strip() and is_value_cell(cells[k - 1]) is None:
            k -= 1
            skipped += 1
            while k > 0 and not cells[k - 1].strip():
                k -= 1
        end = k
    return end


def trailing_values(cells: list[str], header: Header | None) -> tuple[Run, int]:
    """Value cells at the end of the row (index, raw, parsed) and the index where they start."""
    end = _end_before_remarks(cells, header)
    years = len(header.years) if header and header.years else None
    # columns after the years ("YoY change") may hold numbers too: read them, then set them aside
    cap = years + header.after_years if years else None
    run: Run = []
    i = end - 1
    while i >= 0:
        c = cells[i].strip()
        if not c:
            # blanks between values are missing values only inside the run (a form's columns left
            # empty for a row: "Male | 5,998 | 100% | | | 5,998"; a column group's number and % both
            # blank: "94.8% |  |  | 1,145"), not between its label and its values
            j = i - 1
            while j > 0 and not cells[j].strip():
                j -= 1
            if run and j > 0 and is_value_cell(cells[j]) is not None and (cap is None or len(run) + i - j - 1 < cap):
                i = j
                continue
            break
        p = is_value_cell(c)
        if p is None or (cap is not None and len(run) >= cap):
            break
        run.append((i, c, p))
        i -= 1
    run.reverse()
    if len(run) >= 2 and is_band(run[0][1]) and not any(c.strip() for c in cells[:run[0][0]]):
        run = run[1:]   # "<20 | 4 | 1", "20–29 | 2,108 | 629": a band as the row's first cell is its label
    if years and len(run) > years:
        run = run[:years] if len(run) == cap else run[-years:]
    if not run and header and not header.years:
        # A yearless table may put remarks after the value: "Rate | 100% | Compliance".
        run = [(i, c, p) for i, c in nonempty(cells[:end])[1:] if (p := is_value_cell(c)) is not None]
    return run, (run[0][0] if run else end)


def years_for(n: int, header: Header | None) -> list[tuple[int | None, str | None]]:
    """Years for n values: all header years in order, or the n most recent ones in header order."""
    if not header or not header.years:
        cols = header.value_cols[-n:] if header and len(header.value_cols) >= n else [None] * n
        return [(header.context_year if header else None, c) for c in cols]
    ys = header.years
    if n >= len(ys):
        return [(y, t) for _, y, t in ys][:n] + [(None, None)] * (n - len(ys))
    recent = sorted((y for _, y, _ in ys), reverse=True)[:n]
    return [(y, t) for _, y, t in ys if y in recent]


def years_of_run(run: Run, mode: str, header: Header | None) -> list[tuple[int | None, str | None]]:
    """The (year, column name) of each value the reader found."""
    if mode == "spanned" and header is not None:
        return [header.spans[i][:2] for i, _, _ in run]
    if mode in ("positioned", "aligned") and header is not None:
        by_col = {i: (y, t) for i, y, t in header.years}
        return [by_col[i] for i, _, _ in run]
    return years_for(len(run), header)
