"""A unit given by a note line under a table for one of its rows ("* Energy intensity per rupee of
turnover- (GJ/` crore)" under the row "Energy intensity per rupee of turnover (Total energy ...) | 3,843"):
the row printed no unit of its own, the note names the row and its unit in brackets."""
from __future__ import annotations

import re

from .units import currency_tick, unit_in_parentheses

# a note's mark: "*", "**", "#", "†", "¹", "(1)", "1.", "Note:"; the note's text follows
_MARK = re.compile(r"^\s*(?:\*{1,3}|#|†|‡|[¹²³⁴⁵⁶⁷⁸⁹]|\(\d{1,2}\)|\d{1,2}[.)]|notes?\s*\d*\s*[:.-])\s*", re.I)
# the words a label and a note are compared by
_WORD = re.compile(r"[^\W_]+")
# lines read after a table for notes that give a row's unit
NOTE_LINES = 4
# a note names a row when it starts with at least this many of the row label's first words
MIN_WORDS = 3


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def note_unit(note: str) -> tuple[list[str], str] | None:
    """(the words the note names before its unit, the unit) of a note ending in a bracketed unit."""
    m = _MARK.match(note)   # the mark is optional: the note must name a row anyway
    body = currency_tick(note[m.end() if m else 0:].strip())
    br = re.search(r"[(（]([^()（）]{1,40})[)）]\s*\.?$", body)
    if not br:
        return None
    unit = unit_in_parentheses(br.group(0))
    if not unit:
        return None
    return _words(body[:br.start()]), unit


def _names_row(named: list[str], label: str) -> bool:
    """The note's words start with the row's own words (the row's text before its first bracket)."""
    own = _words(re.split(r"[(（]", label, maxsplit=1)[0])
    n = len(own)
    return n >= MIN_WORDS and named[:n] == own


def attach_note_units(table, notes: list[str]) -> None:
    """Give each data row of `table` with no unit the unit of the one note line that names it."""
    given = [g for g in (note_unit(n) for n in notes[:NOTE_LINES]) if g is not None]
    if not given:
        return
    for row in getattr(table, "rows", []):
        if row.unit or not row.values or not row.labels or any(v.unit or v.parsed.unit for v in row.values):
            continue
        hits = {u for named, u in given if _names_row(named, row.labels[-1])}
        if len(hits) == 1:
            row.unit = hits.pop()


def attach_all(blocks: list, tables: dict) -> None:
    """For every table of `tables` (by block id), the prose lines right under it on its page are
    read as notes that may give a row its unit."""
    for i, block in enumerate(blocks):
        table = tables.get(getattr(block, "id", None)) if hasattr(block, "rows") else None
        if table is None or not block.rows:
            continue
        page = block.rows[-1].page
        notes = []
        for b in blocks[i + 1:i + 1 + NOTE_LINES]:
            if hasattr(b, "rows") or not hasattr(b, "text") or b.page != page or type(b).__name__ == "Heading":
                break
            notes.append(b.text)
        if notes:
            attach_note_units(table, notes)
