"""A PDF table the page reader cut into pieces (a wide label, a run of sub-rows with fewer columns):
a headerless piece right under a table with year columns is put back on that table's columns by the
printed position of its cells, and read under its header. Nothing is guessed: every figure of the
piece must stand under one of the header's columns, or the piece is left as it was."""
from __future__ import annotations

from dataclasses import replace

from ..core.numbers import parse_value
from ..model import RawRow, TableBlock
from .header import Header

Box = tuple[float, float, float, float]
# points a figure may stand left of the first year column and still be in the value area
VALUE_AREA_SLACK = 4.0


def regrid(block: TableBlock, head_block: TableBlock, header: Header) -> TableBlock | None:
    hdr = next((r for r in head_block.rows if r.boxes and [c.strip() for c in r.cells] == header.cells), None)
    if hdr is None or not header.years:
        return None
    width = len(hdr.cells)
    ranges = _column_ranges(head_block, width)
    years = {i for i, _, _ in header.years}
    if not years <= ranges.keys():
        return None
    value_x = min(ranges[i][0] for i in years)
    rows = []
    for r in block.rows:
        if not r.boxes or len(r.boxes) != len(r.cells):
            return None
        cells: list[str] = [""] * width
        boxes: list[Box | None] = [None] * width
        for c, b in zip(r.cells, r.boxes):
            if not c.strip():
                continue
            if b is None:
                return None
            if b[0] >= value_x - VALUE_AREA_SLACK:
                i = _best(b, {k: v for k, v in ranges.items() if k >= min(years)})
                if i is None:
                    return None      # a figure under no column of the header: not this table's
            else:
                i = _best(b, {k: v for k, v in ranges.items() if k < min(years)}) or 0
            cells[i] = f"{cells[i]} {c.strip()}".strip()
            boxes[i] = b if boxes[i] is None else (min(boxes[i][0], b[0]), min(boxes[i][1], b[1]),
                                                   max(boxes[i][2], b[2]), max(boxes[i][3], b[3]))
        rows.append(RawRow(cells=cells, line=r.line, page=r.page, boxes=boxes))
    return replace(block, rows=rows, positioned=True)


def _column_ranges(block: TableBlock, width: int) -> dict[int, tuple[float, float]]:
    """Each column's extent from the cells of the rows that hold figures (a header cell may be set
    wide over a group of columns)."""
    out: dict[int, tuple[float, float]] = {}
    for r in block.rows:
        if not any(_figure(c) for c in r.cells):
            continue
        for i, b in enumerate(r.boxes or []):
            if b is None or i >= width or not r.cells[i].strip():
                continue
            lo, hi = out.get(i, (b[0], b[2]))
            out[i] = (min(lo, b[0]), max(hi, b[2]))
    return out


def _figure(cell: str) -> bool:
    p = parse_value(cell.strip()) if cell.strip() else None
    return p is not None and p.value is not None


def _best(b: Box, ranges: dict[int, tuple[float, float]]) -> int | None:
    """The column the box overlaps most (its centre inside one wins)."""
    cx = (b[0] + b[2]) / 2
    inside = [i for i, (lo, hi) in ranges.items() if lo <= cx <= hi]
    if len(inside) == 1:
        return inside[0]
    over = {i: min(hi, b[2]) - max(lo, b[0]) for i, (lo, hi) in ranges.items()}
    i = max(over, key=over.get, default=None)
    return i if i is not None and over[i] > 0 else None
