"""A unit note printed once over a table ("(Yen in billions)" set alone above it, "Unit: EUR million")
carried to a later table on the same page that prints no unit at all, when that table's rows are the
kind the note measured: every row of it that has no unit names a row the noted table gave the note's unit
("Net sales" in a results table, then "Segment A > Net sales" in the segment table below).

Abstains (the table keeps no unit) when:
- the page holds notes of two different units (which one governs is not known);
- a heading stands between the two tables (another section);
- the later table states a unit of its own anywhere (a title or header unit, a unit column, a row whose unit is not
  just the one its own cells print, as "3.4%" does);
- any of its unit-less rows names something the noted table did not measure in the note's unit (kinds mixed or
  unknown: "Employees" under a money note).
"""
from __future__ import annotations

import re

from .header import unit_hint
from .units import unit_in_parentheses

# a note that is only a unit: "(Yen in billions)", "（単位：百万円）", "Unit: EUR million"
_ONLY_UNIT = re.compile(r"^\s*(?:[(（][^()（）]{1,40}[)）]|(?:units?|単位|单位)\s*[:：].{1,40})\s*$", re.I)
_SPACE = re.compile(r"\s+")


def _name(label: str) -> str:
    return _SPACE.sub(" ", label).strip().lower()


def note_of(table) -> str:
    """The unit a note that is only a unit gives the whole table (as its title or its stub header)."""
    header = table.header
    texts = [table.block.title or ""] + ([header.cells[0]] if header is not None and header.cells else [])
    for text in texts:
        if text and _ONLY_UNIT.match(text):
            unit = unit_hint([text]) or unit_in_parentheses(text.strip()) or ""
            if unit:
                return unit
    return ""


def _own_unit(row) -> bool:
    """The row states a unit beyond what its cells print ("3.4%" gives its row "%": nothing more)."""
    printed = {v.unit or v.parsed.unit for v in row.values}
    return bool(row.unit) and row.unit not in printed


def _prints_units(table) -> bool:
    header = table.header
    if header is not None and (header.unit_col is not None or header.unit_hint or header.col_units):
        return True
    title = table.block.title or ""
    if title and (unit_in_parentheses(title) or unit_hint([title])):
        return True
    return any(_own_unit(r) for r in table.rows if r.values)


def _bare(row) -> bool:
    return bool(row.values) and not row.unit and not any(v.unit or v.parsed.unit for v in row.values)


def carry_page_notes(blocks: list, tables: dict) -> None:
    """Give the unit-less rows of a table the unit of a note over an earlier table on its page (see the module)."""
    by_page: dict[int, list] = {}
    for block in blocks:
        page = getattr(block, "page", None)
        if page is None and getattr(block, "rows", None):
            page = block.rows[0].page
        if page is not None:
            by_page.setdefault(page, []).append(block)
    for page_blocks in by_page.values():
        _carry_on_page(page_blocks, tables)


def _carry_on_page(blocks: list, tables: dict) -> None:
    noted = {note_of(t) for b in blocks if (t := tables.get(getattr(b, "id", None))) is not None} - {""}
    if len(noted) != 1:
        return
    unit = noted.pop()
    names: set[str] = set()     # rows the notes so far gave their unit
    for block in blocks:
        table = tables.get(getattr(block, "id", None)) if hasattr(block, "rows") else None
        if table is None:
            if type(block).__name__ == "Heading":
                names = set()
            continue
        if note_of(table) == unit:
            names |= {_name(r.labels[-1]) for r in table.rows if r.values and r.labels and r.unit == unit}
            continue
        if not names or _prints_units(table):
            continue
        bare = [r for r in table.rows if _bare(r)]
        if bare and all(r.labels and _name(r.labels[-1]) in names for r in bare):
            for r in bare:
                r.unit = unit
