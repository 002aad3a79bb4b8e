"""Rule "ditto unit": in a column of units beside the labels with no "Unit" heading over it, a unit printed
there holds for the rows below whose cell is blank, up to the next unit printed there:

    Files opened during the year    (number)   73   81
      Procurement                               12   14
    Files closed during the year                83   79     <- number
      Founded                                   10   15     <- number

Only where the first value row under the header prints its unit (a column blank above its first unit holds
merged cells: tables.unit_spans), and never under a "Unit" heading, where each row fills its own cell and a
blank one says none. A new header ends it. A row keeps what its cells print, and a row whose label names a
share, a rate or a ratio ("Share of women", "Replacement rate") takes no unit from above: such a figure
prints its own unit or has none."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .units import inside_brackets

# a label that names a share, a rate or a ratio: the unit above is not said to be its unit
_KIND_WORDS = re.compile(r"%|％|\b(?:share|percentage|proportion|ratio|rate|intensity)\b|率|比", re.I)


@dataclass
class Ditto:
    unit: str = ""               # the unit last printed in the column
    open: bool | None = None     # the first value row printed its unit (None: no value row read yet)

    def see(self, header, unit: str) -> None:
        """A value row read; `unit` is what its unit cell printed ("" for a blank cell)."""
        if header is not None and header.unit_col is not None:
            return
        if self.open is None:
            self.open = bool(unit)
        if unit and self.open:
            self.unit = inside_brackets(unit)

    def carried(self, labels: list[str], run) -> str:
        """The unit a row with a blank unit cell takes (its label path `labels`), or ""."""
        if not self.unit or any(p.unit for _, _, p in run):
            return ""
        if any(_KIND_WORDS.search(label) for label in labels):
            return ""   # "Replacement rate 0.76" under "(%)": a rate prints its own unit or none
        return self.unit
