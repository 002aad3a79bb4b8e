"""Levels of PDF table rows that typography gives, not indentation.

Group rows set in bold at the table's left edge, over plain rows at the same x: the plain rows
stand one level in (emphasis does what indentation does elsewhere). A bold row with a dash in every
value cell is such a group row (a heading printed with dashes across, not a total). A bold row with values at
the edge (a total) stays at the groups' level and ends the group: plain rows after it stand at
the edge again until the next bold group row. The table gets one more label column for it.
"""
from __future__ import annotations

from ..core.numbers import is_not_disclosed
from .pdf_lines import Fragment
from .pdf_table_settings import DEFAULT, TableSettings

Rows = list[tuple[list[str], list]]


def emphasis_inset(rows: Rows, firsts: list[Fragment | None], label_x: float, nlab: int,
                   st: TableSettings = DEFAULT) -> Rows | None:
    """The body rows with a label column added and plain rows under bold group rows moved into
    it; None when the table does not set its groups this way."""
    edge = [i for i, f in enumerate(firsts)
            if f is not None and f.x0 < label_x + st.indent_pt and rows[i][0][0]]
    # a bold row whose every value cell is a dash is a group row set like the others, not a total
    headings = [i for i in edge if firsts[i].bold and any(rows[i][0][nlab:])
                and all(is_not_disclosed(c) for c in rows[i][0][nlab:] if c)]
    groups = [i for i in edge if not any(rows[i][0][nlab:])] + headings
    plain = [i for i in edge if any(rows[i][0][nlab:]) and not firsts[i].bold]
    if not groups or not plain or not all(firsts[i].bold for i in groups) or min(groups) > max(plain):
        return None
    if all(firsts[i].bold for i in range(len(rows)) if firsts[i] is not None and i not in groups):
        return None    # everything bold: emphasis tells nothing
    out: Rows = []
    under = False     # a bold group row heads the rows from here; a bold total at the edge ends that
    for i, (cells, boxes) in enumerate(rows):
        under = True if i in groups else (False if i in edge and firsts[i].bold else under)
        cells, boxes = cells[:1] + [""] + cells[1:], boxes[:1] + [None] + boxes[1:]
        if i in headings:
            cells[nlab + 1:] = [""] * (len(cells) - nlab - 1)     # its dashes say nothing
        if i in plain and under:
            cells[0], cells[1], boxes[0], boxes[1] = "", cells[0], None, boxes[0]
        out.append((cells, boxes))
    return out
