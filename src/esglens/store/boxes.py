"""Where a PDF fact is printed: the value's cell, its row label's and its column header's, on its page.

The facts carry the value's and the label's box; the header's is found here, in the table block the fact
came from: the nearest row above the value's row, on the same page, whose cell in the value's column (or,
when the header cell spans columns, a cell standing over the value) prints the fact's column header.
"""
from __future__ import annotations

import json
import re
from typing import Any

from ..model import Document, Fact, RawRow, TableBlock

Box = tuple[float, float, float, float]


def _norm(text: str | None) -> str:
    return re.sub(r"[\W_]+", "", (text or "").casefold())


def _rounded(box: Box | None) -> list[float] | None:
    return None if box is None else [round(float(v), 2) for v in box]


class HeaderFinder:
    """The header boxes of one document's facts (table blocks indexed once)."""

    def __init__(self, doc: Document):
        self.blocks: dict[str, TableBlock] = {b.id: b for b in doc.tables if any(r.boxes for r in b.rows)}

    def header_box(self, fact: Fact) -> Box | None:
        block = self.blocks.get(fact.table_id or "")
        want = _norm(fact.column)
        if block is None or fact.box is None or not want:
            return None
        at = _value_cell(block.rows, fact.box)
        if at is None:
            return None
        r, i = at
        for row in reversed(block.rows[:r]):
            if row.page != block.rows[r].page or not row.boxes:
                continue
            box = _header_cell(row, i, fact.box, want)
            if box is not None:
                return box
        return None


def _value_cell(rows: list[RawRow], box: Box) -> tuple[int, int] | None:
    for r, row in enumerate(rows):
        for i, b in enumerate(row.boxes or ()):
            if b is not None and tuple(b) == tuple(box):
                return r, i
    return None


def _header_cell(row: RawRow, i: int, value_box: Box, want: str) -> Box | None:
    """The cell of this row in the value's column (else one standing over the value) printing the header."""
    boxes = row.boxes or []
    for j in [i] + [j for j in range(len(row.cells)) if j != i]:
        b = boxes[j] if j < len(boxes) else None
        text = _norm(row.cells[j])
        if b is None or not text:
            continue
        over = min(b[2], value_box[2]) - max(b[0], value_box[0]) > 0
        if (j == i or over) and _names(text, want):
            return b
    return None


def _names(cell: str, want: str) -> bool:
    """Does a header cell print the column's name (the name may join header rows; the cell carry a note)?"""
    if cell == want or cell.startswith(want):
        return True
    return len(cell) >= 2 and (want.startswith(cell) or want.endswith(cell))


def boxes_json(fact: Fact, finder: HeaderFinder | None) -> str | None:
    """The fact's boxes as stored (JSON), or None when it has none (text input, narrative facts)."""
    if fact.box is None and fact.label_box is None:
        return None
    out: dict[str, Any] = {"value": _rounded(fact.box), "label": _rounded(fact.label_box)}
    header = finder.header_box(fact) if finder is not None else None
    if header is not None:
        out["header"] = _rounded(header)
    return json.dumps({k: v for k, v in out.items() if v is not None})
