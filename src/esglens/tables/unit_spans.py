"""A unit printed once for several rows: a merged cell of the unit column, its text centred on the rows
it spans ("契約社員 | | 1,304" / "派遣社員 | 名 | 615" / "合計 | | 1,919"; or on a line of its own between
two rows). Each row of the run with an empty unit cell takes that unit; a line holding only the unit goes."""
from __future__ import annotations

import re
from dataclasses import replace

from ..core.numbers import split_markers
from ..model import TableBlock
from .header import UNIT_HEADER
from .unit_pairs import pair_of, split_pairs
from .units import looks_like_unit
from .values import is_value_cell


def _unit_column(block: TableBlock) -> int | None:
    head = block.rows[0].cells
    return next((i for i, c in enumerate(head) if UNIT_HEADER.match(split_markers(c)[0].strip())), None)


def _has_figure(cells: list[str], j: int) -> bool:
    """A cell after the unit column holds a number."""
    return any(re.search(r"\d", c) for c in cells[j + 1:])


def _centred_run(cells: list[str], k: int, rows=None, j: int = 0, widest: bool = False) -> tuple[int, int] | None:
    """The rows (first, last) of empty unit cells around row k, when row k stands in their middle; in an
    even run, the middle falls between two rows: the unit's box must be centred on the run's rows. A run
    longer on one side is cut to the rows centred on k (rule "merged unit cell, centred"; `widest`: only in
    a column headed "Unit", whose cells are units by the header's word)."""
    a = b = k
    while a > 0 and not cells[a - 1]:
        a -= 1
    while b + 1 < len(cells) and not cells[b + 1]:
        b += 1
    if widest and rows is not None and a < b and _box_of(rows, k, j) is not None:
        # a merged cell's box: the span is the widest run of rows around k it stands centred on (the empty
        # cells may run on past it on either side: rows of no unit above or below)
        spans = sorted(((x, y) for x in range(a, k + 1) for y in range(k, b + 1) if y > x),
                       key=lambda s: s[0] - s[1])
        return next((s for s in spans if _centred_box(rows, s[0], s[1], k, j)), None)
    if a == b:
        return None
    if k - a == b - k:
        return a, b
    return (a, b) if abs((k - a) - (b - k)) == 1 and rows is not None and _centred_box(rows, a, b, k, j) else None


def _mid(row) -> float | None:
    boxes = [x for x in (row.boxes or []) if x]
    return (min(x[1] for x in boxes) + max(x[3] for x in boxes)) / 2 if boxes else None


def _box_of(rows, k: int, j: int):
    unit = rows[k + 1]
    return unit.boxes[j] if unit.boxes and j < len(unit.boxes) else None


def _centred_box(rows, a: int, b: int, k: int, j: int) -> bool:
    """The unit cell of row k (rows counted after the header) stands centred on rows a..b: its middle within
    a quarter of a row's pitch of the middle between the first and the last row (a merged cell, read
    onto the row it overlaps most)."""
    first, last, unit = rows[a + 1], rows[b + 1], rows[k + 1]
    box = unit.boxes[j] if unit.boxes and j < len(unit.boxes) else None
    ya, yb = _mid(first), _mid(last)
    if box is None or ya is None or yb is None or yb <= ya:
        return False
    return abs((box[1] + box[3]) / 2 - (ya + yb) / 2) <= 0.25 * (yb - ya) / (b - a)


def _lone_unit_column(block: TableBlock) -> int | None:
    """Rule "one unit for the whole table": a label-area column whose only text below the header is one
    unit cell ("男性 | | 単体 | 17" / "女性 | 名 | 単体 | 1" / "合計 | | 単体 | 18"), the merged cell of a unit
    column read onto the row it overlaps most; the column the header's "Unit" stands over, or none."""
    body = block.rows[1:]
    width = min(len(r.cells) for r in body)
    # the label area: the columns left of the first figure any row prints
    width = min([width] + [next((i for i, c in enumerate(r.cells) if is_value_cell(c.strip())), width) for r in body])
    for j in range(1, width):
        texts = [(k, c.strip()) for k, r in enumerate(body) if (c := r.cells[j]).strip()]
        if len(texts) != 1 or not (looks_like_unit(texts[0][1]) or pair_of(body[texts[0][0]].cells, j)) \
                or not all(_has_figure(r.cells, j) for r in body):
            continue
        if not any(r.cells[m].strip() for r in body for m in range(j)):
            continue   # nothing left of it: the stub itself
        return j
    return None


def _header_over(block: TableBlock, j: int) -> TableBlock:
    """The header's "Unit" moved over column j when it stands over a column of labels and j's header
    cell is empty (the header row's cells read left-packed)."""
    head = block.rows[0].cells
    i = next((i for i, c in enumerate(head) if UNIT_HEADER.match(split_markers(c)[0].strip())), None)
    if i is None or i == j or j >= len(head) or head[j].strip() \
            or any(i < len(r.cells) and looks_like_unit(r.cells[i].strip()) for r in block.rows[1:]):
        return block   # the column under "Unit" holds units: the heading stands where it belongs
    cells = list(head)
    cells[i], cells[j] = "", head[i]
    return replace(block, rows=[replace(block.rows[0], cells=cells), *block.rows[1:]])


def spread_centred_units(block: TableBlock) -> TableBlock:
    """The block with a merged unit cell's unit written into every row it spans (module doc)."""
    if not block.positioned or len(block.rows) < 3:
        return block    # a header and two rows at least: a unit centred between the two serves both
    if (lone := _lone_unit_column(block)) is not None:
        block = split_pairs(_header_over(block, lone), lone, 0, len(block.rows) - 2)
    if (j := _unit_column(block) if lone is None else lone) is None:
        return block
    rows = list(block.rows)
    cells = [r.cells[j].strip() if j < len(r.cells) else "" for r in rows[1:]]
    drop: set[int] = set()
    for k, unit in enumerate(cells):
        others = [c for i, c in enumerate(rows[k + 1].cells) if i != j and c.strip()]
        if not unit or not looks_like_unit(unit) or any(looks_like_unit(c) for c in others):
            continue   # two units on the row ("（%）" and "名"): which rows take which is not said
        run = _centred_run(cells, k, rows, j, widest=lone is None)
        if run is None or not all(_has_figure(rows[m + 1].cells, j) for m in range(run[0], run[1] + 1) if m != k):
            continue   # rows of dashes around a unit ("POP | | - | -"): nothing says the unit is theirs
        for m in range(run[0], run[1] + 1):
            cells[m] = unit   # a row spanned by one unit cell is in no other's run
            r = rows[m + 1]
            rows[m + 1] = replace(r, cells=[*r.cells[:j], unit, *r.cells[j + 1:]])
        if not others:
            drop.add(k + 1)   # the unit's own line, between the rows it serves
    if all(r is o for r, o in zip(rows, block.rows)):
        return block
    return replace(block, rows=[r for n, r in enumerate(rows) if n not in drop])
