"""A rate's formula printed in the unit column over two lines, centred on its row, so that its first line
stands on the row above: "(injuries with days of absence/ worked hours)" on the last sub-row of the group
before, "x 1.000.000" on the rate's own row. The two lines are one unit cell, the lower row's."""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import RawRow, TableBlock

# the first line: one bracket holding a division of words, nothing after it
_DIVISION = re.compile(r"^\([^()]*[a-z]{3}[^()]*/[^()]*\)$", re.I)
# the second line: the multiplier alone
_MULTIPLIER = re.compile(r"^[x×*]\s*(?:\d[\d.,]*|10\^?\d+)$", re.I)


def join_split_formulas(block: TableBlock) -> TableBlock:
    """The block with each formula split over two rows' cells of one column joined into the lower cell."""
    rows = block.rows
    out: list[RawRow] | None = None
    for n in range(len(rows) - 1):
        upper, lower = (out or rows)[n], rows[n + 1]
        for j in range(min(len(upper.cells), len(lower.cells))):
            top, bottom = upper.cells[j].strip(), lower.cells[j].strip()
            if not (_DIVISION.match(top) and _MULTIPLIER.match(bottom)):
                continue
            out = out or list(rows)
            out[n] = replace(upper, cells=[*upper.cells[:j], "", *upper.cells[j + 1:]])
            out[n + 1] = replace(lower, cells=[*lower.cells[:j], f"{top} {bottom}", *lower.cells[j + 1:]])
            upper = out[n]
    return replace(block, rows=out) if out else block
