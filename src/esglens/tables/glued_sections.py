"""A section row read into the cell of its first item: "Water use by site (in m³) (i) Plant A" over
"(ii) Plant B", "(iii) Plant C". The section's title goes on a row of its own above the item, so that its
items stand under it (and take the unit it prints)."""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import TableBlock

# a title, then the first item of a list: "(i)", "i.", "(a)", "a)"
_GLUED = re.compile(r"^(\S.{7,}?)\s+((?:\(i\)|i\.|\(a\)|a\))\s+\S.*)$")
_SECOND = {"(i)": re.compile(r"^\(ii\)\s"), "i.": re.compile(r"^ii\.\s"), "(a)": re.compile(r"^\(b\)\s"),
           "a)": re.compile(r"^b\)\s")}
_ENUM_IN = re.compile(r"\((?:i{1,3}|iv|v|[a-e])\)\s|\b(?:i{1,3}|iv|v)\.\s")


def split_glued_sections(block: TableBlock) -> TableBlock:
    """The block with each glued section title on a row of its own (module doc). Only when the next
    row holding text in that column starts with the list's second item."""
    rows = list(block.rows)
    out = []
    for n, r in enumerate(rows):
        split = None
        for j, c in enumerate(r.cells):
            m = _GLUED.match(c.strip())
            if not m or _ENUM_IN.search(m.group(1) + " "):
                continue   # the title holds an item itself: not one title and one item
            first = m.group(2).split()[0]
            nxt = next((s.cells[j].strip() for s in rows[n + 1:] if j < len(s.cells) and s.cells[j].strip()), "")
            if _SECOND[first].match(nxt):
                split = (j, m.group(1), m.group(2))
            break
        if split is None:
            out.append(r)
            continue
        j, title, item = split
        out.append(replace(r, cells=["" if k != j else title for k in range(len(r.cells))],
                           boxes=None))
        out.append(replace(r, cells=[*r.cells[:j], item, *r.cells[j + 1:]]))
    return block if len(out) == len(rows) else replace(block, rows=out)
