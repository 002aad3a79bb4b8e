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
        self._cells: dict[str, dict[tuple, tuple[int, int]]] = {}   # per block: cell box → (row, column)
        self._texts: dict[str, list[list[str]]] = {}                # per block: each cell's text, normalized
        self._found: dict[tuple, Box | None] = {}                   # (block, row, column, header) → box
        self._named: dict[tuple, list[int]] = {}                    # (block, header) → rows printing it

    def header_box(self, fact: Fact) -> Box | None:
        block = self.blocks.get(fact.table_id or "")
        want = _norm(fact.column)
        if block is None or fact.box is None or not want:
            return None
        if block.id not in self._cells:
            self._cells[block.id] = _cell_index(block.rows)
        at = self._cells[block.id].get(tuple(fact.box))
        if at is None:
            return None
        r, i = at
        key = (block.id, r, i, want)
        if key not in self._found:
            if block.id not in self._texts:
                self._texts[block.id] = [[_norm(c) for c in row.cells] for row in block.rows]
            texts = self._texts[block.id]
            if (block.id, want) not in self._named:   # the rows printing this header somewhere
                self._named[(block.id, want)] = [k for k, cells in enumerate(texts)
                                                 if any(t and _names(t, want) for t in cells)]
            self._found[key] = self._search(block, texts, self._named[(block.id, want)], r, i, fact.box, want)
        return self._found[key]

    @staticmethod
    def _search(block: TableBlock, texts: list[list[str]], named: list[int], r: int, i: int, value_box: Box,
                want: str) -> Box | None:
        page = block.rows[r].page
        for k in reversed(named):
            row = block.rows[k]
            if k >= r or row.page != page or not row.boxes:
                continue
            box = _header_cell(row, texts[k], i, value_box, want)
            if box is not None:
                return box
        return None


def _cell_index(rows: list[RawRow]) -> dict[tuple, tuple[int, int]]:
    """Every cell box of a block → its first (row, column)."""
    out: dict[tuple, tuple[int, int]] = {}
    for r, row in enumerate(rows):
        for i, b in enumerate(row.boxes or ()):
            if b is not None:
                out.setdefault(tuple(b), (r, i))
    return out


def _header_cell(row: RawRow, texts: list[str], i: int, value_box: Box, want: str) -> Box | None:
    """The cell of this row in the value's column (else one standing over the value) printing the header."""
    boxes = row.boxes or []
    for j in [i] + [j for j in range(len(texts)) if j != i]:
        b = boxes[j] if j < len(boxes) else None
        text = texts[j]
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
