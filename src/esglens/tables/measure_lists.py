"""Yearless lists whose figures stand under one column named by the measure they hold (issue 20, h112):

Rule "measure list": a first row naming one column by its measure, over rows of a name and one figure, when the
header's stub cell is blank or the measure's name is a long question of a form (which the named-header reader
leaves alone: tables.header.detect_named_header):

                        Number                  Category     % of your plants and offices that were assessed (by
    Voluntary recalls        0                                the entity, statutory authorities or third parties)
    Forced recalls           0                  Wages        100%

Rule "register": a first row of three names or more of which exactly one names a measure ("% of shares held by
listed entity"), over rows that print one figure each, under that column (or a nil there: "-"), their other cells
words ("Subsidiary", "Yes") and maybe a serial number first ("Sl No" | "1"); besides the names, at least one column
of words that describes them (a serial-numbered list of names and figures is no register):

    Sl No | Name of the company | Holding/Subsidiary | % of shares held by listed entity | Takes part? (Yes/No)
    1     | Alder Holdings      | Subsidiary         | 100%                              | No

Both give a Header with `undated` set: such a list prints no year, and its figures take only the period the table
itself states (tables.as_of.stated_period), else none. Abstains (no header: the table stays text) when a second
column names a measure, a word column holds figures, or fewer than three rows in four fit."""
from __future__ import annotations

import re

from ..core.numbers import split_markers
from .values import is_value_cell, nonempty

# a column name that says what its figures measure: a share, a count, an amount ("% of shares held by …",
# "Number of …", "No. of …", "Percentage …"); an as-of bracket before it does not name it
_MEASURE_HEAD = re.compile(r"^(?:%|％|no\.(?!\w)|(?:percentage|share|proportion|number|amount)\b)", re.I)
# a serial number's heading and a serial number (the register's first column): no figure
_SERIAL_HEAD = re.compile(r"^(?:(?:s|sr|sl)\.?\s*no\.?|no\.?|#)$", re.I)
_SERIAL = re.compile(r"^\d{1,3}\.?$")
# rows that must fit the rule: three in four
FIT_SHARE = 0.75
# a list or register has at least this many rows of figures
MIN_ROWS = 2


def measure_head(cell: str) -> bool:
    """A column name that starts with the measure it holds (however long: a form's question)."""
    return bool(_MEASURE_HEAD.match(split_markers(cell.strip())[0]))


def _figure(cell: str) -> bool:
    """A cell holding a figure or a nil ("-", "NA")."""
    return bool(cell.strip()) and is_value_cell(cell.strip()) is not None


def _number(cell: str) -> bool:
    p = is_value_cell(cell.strip()) if cell.strip() else None
    return p is not None and p.value is not None


def measure_list_column(rows: list[list[str]]) -> int | None:
    """Rule "measure list": the column of the one measure the first row names, its stub cell blank, or its name
    too long for a plain column name; every body row a name (first cell) and one figure in that column."""
    head = [c.strip() for c in rows[0]]
    ne = nonempty(head)
    if len(ne) == 1 and ne[0][0] >= 1:
        col = ne[0][0]                      # "   | Number": the stub's cell left blank
    elif len(ne) == 2 and ne[0][0] == 0 and ne[1][0] >= 1:
        col = ne[1][0]                      # "Category | % of … (a form's long question)"
    else:
        return None
    if not measure_head(head[col]) or any(_figure(c) for _, c in ne):
        return None
    body = [[c.strip() for c in r] for r in rows[1:] if any(c.strip() for c in r)]
    fit = [r for r in body if r and r[0] and not _figure(r[0]) and col < len(r) and _figure(r[col])
           and not any(c for j, c in enumerate(r[1:], 1) if j != col)]
    if len(fit) < max(MIN_ROWS, FIT_SHARE * len(body)) or not any(_number(r[col]) for r in fit):
        return None
    return col


def register_column(rows: list[list[str]]) -> int | None:
    """Rule "register": the one measure-named column of a first row of three names or more, when the rows under
    it print their one figure there (their other cells words, a serial number first under a serial heading)."""
    head = [c.strip() for c in rows[0]]
    ne = nonempty(head)
    if len(ne) < 3 or any(_figure(c) for _, c in ne):
        return None
    measures = [i for i, c in ne if measure_head(c)]
    if len(measures) != 1 or measures[0] == ne[0][0]:
        return None
    col = measures[0]
    if not word_columns(head, col):
        return None     # "S. No. | Vessel class | Share of fuel (%)": a plain list (tables.as_of), no register
    serial = _SERIAL_HEAD.match(head[0]) is not None
    body = [[c.strip() for c in r] for r in rows[1:] if any(c.strip() for c in r)]
    body = [r for r in body if r != head]          # the header printed again over a page's rows

    def fits(r: list[str]) -> bool:
        if col >= len(r) or not _figure(r[col]):
            return False
        words = [c for j, c in enumerate(r) if j != col and c and not (j == 0 and serial and _SERIAL.match(c))]
        return bool(words) and not any(_figure(c) for c in words)
    fit = [r for r in body if fits(r)]
    if len(fit) < max(MIN_ROWS, FIT_SHARE * len(body)) or not any(_number(r[col]) for r in fit):
        return None
    return col


def word_columns(head: list[str], col: int) -> set[int]:
    """A register's columns of words beside its names ("Subsidiary", "Yes"): they describe a row, they are no level
    of its label path. The names are the first column that is no serial number's."""
    named = [j for j, c in enumerate(head) if c.strip() and j != col and not (j == 0 and _SERIAL_HEAD.match(c.strip()))]
    return set(named[1:])
