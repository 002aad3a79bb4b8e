"""Rule "unit on the first row": a table whose first value row prints its unit in its cells, and whose later
rows print none, is measured in that unit down each column ("31.4 % | 15.9 % | 16.8 %" over "38.2 | 72.3 |
69.8"; a one-column list "7.5 %" over "4.9", "4.4"). Typesetters print the unit once, on the first row only.

    Households               31.4 %   15.9 %
    Banks                    38.2     72.3      <- %
    Brokers                   2.9      1.5      <- %

A column opens only on the first value row under a header (or at the table's start, a section row or a blank
line), and only in a column where that row's cell prints a unit; when the row prints a unit in its first cell
only, that unit holds for the whole row and so for every column. It holds down the column to the end of its
block — the next section row (a label with no figure), blank gap (PDF: a row standing farther below the one above
than `BLANK_GAP` of a row's height), new header or the table's end — and only when the first row is the only one
of the block to print a unit: a later row printing a unit in a cell, a unit cell or a bracketed unit in its label
shows a table whose rows each print their own unit, where a blank says none (abstain: nothing carried in that
block). A row whose label names a share, a rate or a ratio takes no unit other than a share's; a row naming a
count ("Number of …") takes no share. No unit in the first row: nothing carried (the Ditto rule of a unit column
is tables.unit_ditto)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

# a gap wider than this many row heights between two value rows is a blank line: another block of the table
BLANK_GAP = 1.2

_SHARE_WORDS = re.compile(r"%|％|\b(?:share|percentage|proportion|ratio|rate|intensity)\b|率|比", re.I)
_COUNT_WORDS = re.compile(r"\b(?:number|no\.|count|headcount)\b|人数|件数", re.I)
_SHARE_UNITS = {"%", "％", "percent", "per cent", "percentage"}


@dataclass
class LeadUnits:
    units: dict[int, str] = field(default_factory=dict)   # column -> the unit printed at its top
    opened: bool = False          # the block's first value row has been seen
    spoiled: bool = False         # a later row of the block printed a unit: nothing carried in the block
    pending: list = field(default_factory=list)     # (value cell, unit) given when the block ends unspoiled
    last: tuple[float, float] | None = None   # PDF: (top, bottom) of the last value row

    def reset(self) -> None:
        """The block ends (a new header, a section row, a blank gap, the table's end): its units are given."""
        if not self.spoiled:
            for v, unit in self.pending:
                v.unit = unit
        self.units, self.opened, self.spoiled, self.pending = {}, False, False, []

    def see(self, run, own_unit: bool, boxes) -> None:
        """A value row read: `run` its (cell, raw, Parsed) values, `own_unit` True when the row took a unit
        printed outside its value cells (a unit cell, its label, the header)."""
        span = _span(boxes)
        if span and self.last and span[0] - self.last[1] > BLANK_GAP * (self.last[1] - self.last[0]):
            self.reset()    # a blank line: another block
        self.last = span or self.last
        printed = {i: p.unit for i, _, p in run if p.value is not None and p.unit}
        if self.opened:
            self.spoiled = self.spoiled or own_unit or bool(printed)
            return
        self.opened = True
        values = [i for i, _, p in run if p.value is not None]
        if not own_unit and values and list(printed) == values[:1] and len(values) > 1:
            printed = dict.fromkeys(values, printed[values[0]])   # "31.4 % | 15.9 | 16.8": the row's unit
        self.units = {} if own_unit else dict(printed)

    def section(self) -> None:
        """A row of a label and no figure: a new section, whose unit is not the one above."""
        self.reset()

    def carried(self, col: int, labels: list[str]) -> str:
        unit = self.units.get(col, "")
        if not unit:
            return ""
        share = unit.strip().lower() in _SHARE_UNITS
        if not share and any(_SHARE_WORDS.search(label) for label in labels):
            return ""   # "Recycling rate 95" under "1,200 t": a rate prints its own unit or none
        if share and any(_COUNT_WORDS.search(label) for label in labels[-1:]):
            return ""   # "Number of sites 12" under "31.4 %": a count is no share
        return unit


def _span(boxes) -> tuple[float, float] | None:
    """(top, bottom) of a PDF row's printed cells, None for a text table."""
    got = [b for b in boxes or () if b is not None]
    if not got:
        return None
    return min(b[1] for b in got), max(b[3] for b in got)


def carry_lead_units(lead: LeadUnits, row, run, boxes, header, own_unit: bool) -> None:
    """Read one value row into `lead` and give its value cells that print no unit the unit of their column.
    Under a "Unit" column each row fills its own cell (a blank one says none): nothing is carried there."""
    lead.see(run, own_unit or (header is not None and header.unit_col is not None), boxes)
    if row.unit:
        return
    for v in row.values:
        if not v.unit and not v.parsed.unit and (unit := lead.carried(v.col, row.labels)):
            lead.pending.append((v, unit))
