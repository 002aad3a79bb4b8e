"""SDG references: "SDGs responded to in this chapter" followed by goal numbers, or an SDG column."""
from __future__ import annotations

import re

from ..model import IndexEntry
from .rows import Row

_MARKER = re.compile(r"\bSDGs?\b|sustainable development goals?", re.I)
_GOAL = re.compile(r"^(?:SDGs?|goal)?\s*(\d{1,2})$", re.I)
_CHAPTER_NO = re.compile(r"^\s*(?:chapter\s*)?\d{1,2}\s*$", re.I)


def sdg_entries(rows: list[Row]) -> list[IndexEntry]:
    return _after_markers(rows) + _sdg_columns(rows)


def _after_markers(rows: list[Row]) -> list[IndexEntry]:
    """Goal numbers printed one per line right after a short 'SDGs ...' line (icons with captions)."""
    out: list[IndexEntry] = []
    heading = ""
    for n, row in enumerate(rows):
        if row.heading and not _CHAPTER_NO.match(row.text) and not _MARKER.search(row.text):
            heading = row.text
        if len(row.filled) != 1 or len(row.text) > 80 or not _MARKER.search(row.text):
            continue
        for r in rows[n + 1:n + 80]:
            text = r.text
            m = _GOAL.match(text)
            if m and len(r.filled) == 1 and 1 <= int(m.group(1)) <= 17:
                out.append(IndexEntry(framework="SDG", code=str(int(m.group(1))), where=heading,
                                      line=r.line, page=r.page, title=None))
            elif len(r.filled) == 1 and len(text) <= 60 and text.upper() == text and re.search(r"[A-Z]", text):
                if out and out[-1].title is None and out[-1].line != r.line:
                    out[-1].title = text    # the goal's printed caption, in capitals
                continue
            else:
                break
    return out


_SDG_HEADER = re.compile(r"(UN\s+)?SDGs?|sustainable development goals?", re.I)
_GOAL_HEADER = re.compile(r"goals?|targets?|goals? (?:and|&) targets?", re.I)


def _sdg_columns(rows: list[Row]) -> list[IndexEntry]:
    """A table with an 'SDGs' column: the goal numbers in that column, per row."""
    out: list[IndexEntry] = []
    col: int | None = None
    table = None
    above = ""     # the last line outside a table: under an "SDG Index" title a "Goal" column is the SDG column
    for row in rows:
        if row.table != table:
            col, table = None, row.table
        if row.table is None:
            above = row.text if row.filled else above
            continue
        if col is None:
            for i, c in enumerate(row.cells):
                if _SDG_HEADER.fullmatch(c.strip()) or (_GOAL_HEADER.fullmatch(c.strip()) and _MARKER.search(above)):
                    col = i
            continue
        if col < len(row.cells):
            from .locations import pages_in

            cell = row.cells[col].strip()
            others = [c.strip() for i, c in enumerate(row.cells) if i != col and c.strip()]
            # the goal column first: the location is the row's last cell; else the row's first cell names it
            where = (others[-1] if col == 0 else row.filled[0]) if others else ""
            goals, title = [], None
            if re.fullmatch(r"(?:(?:SDGs?|goal)\s*)?\d{1,2}(?:\s*[,、/;&]\s*(?:(?:SDGs?|goal)\s*)?\d{1,2})*", cell, re.I):
                goals = re.findall(r"\d{1,2}", cell)
            elif m := _NAMED_GOAL.match(cell):      # "SDG 6 Clean Water and Sanitation", "Goal 12: ..."
                goals, title = [m.group(1)], m.group(2) or None
            for g in goals:
                if 1 <= int(g) <= 17:
                    out.append(IndexEntry(framework="SDG", code=str(int(g)), where=where, line=row.line,
                                          page=row.page, title=title, pages_cited=pages_in(where)))
    return out


_NAMED_GOAL = re.compile(r"^(?:SDGs?|goal)\s*(\d{1,2})(?!\d)\s*[:：.\-–]?\s*([A-Za-z].{0,80})?$", re.I)
