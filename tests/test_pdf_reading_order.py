"""read/pdf_layout: the XY cut with presorted parts (_cut_sorted, and _stacked for a column of lines) reads
boxes in exactly the order of the plain recursive cut (_cut), on generated pages of columns, tables,
overlaps and ties; and a page of thousands of stacked lines is read in order without deep recursion."""
from __future__ import annotations

import random
from dataclasses import dataclass

from esglens.read import pdf_layout
from esglens.read.pdf_layout import Box, _cut, _cut_sorted, reading_order


@dataclass
class Item:
    x0: float
    x1: float
    top: float
    bottom: float
    size: float = 10.0


def _page(rng: random.Random) -> list[Box]:
    boxes = []
    for col in range(rng.choice([1, 1, 2, 3])):
        left = 40 + col * 180 + rng.choice([0, 0, 3.5])
        y = rng.uniform(20, 80)
        for _ in range(rng.randint(1, 25)):
            width = rng.choice([150, 150, 120, 40, 15])
            x0 = left + rng.choice([0, 0, 0, 12, 60])
            h = rng.choice([8, 8, 10, 14])
            boxes.append(Box(x0, x0 + width, y, y + h, object()))
            y += h + rng.choice([0, 2, 2, 2, 6, 12, -3])   # touching, leading, a paragraph gap, overlapping
    rng.shuffle(boxes)
    return boxes


def test_presorted_cuts_read_as_the_plain_cut():
    rng = random.Random(47)
    for _ in range(400):
        boxes = _page(rng)
        for gutter in (4.0, 8.0, 30.0):
            plain, fast = [], []
            _cut(boxes, gutter, plain)
            _cut_sorted(boxes, gutter, fast)
            assert [id(x) for x in fast] == [id(x) for x in plain]


def test_a_column_of_lines_is_read_top_to_bottom_without_deep_recursion():
    lines = [Item(30, 30 + 400 - (i % 7) * 20, 10 + 8.5 * i, 16 + 8.5 * i) for i in range(5000)]
    shuffled = lines[::-1]
    assert reading_order(shuffled) == lines
    # two lines set over each other (a bold overprint): read by their rounded top, then left to right
    pair = [Item(50, 90, 100.2, 108), Item(30, 80, 100.4, 108)]
    assert reading_order(pair) == pair[::-1]


def test_nan_boxes_take_the_plain_cut(monkeypatch):
    called = []
    monkeypatch.setattr(pdf_layout, "_cut", lambda boxes, g, out: (called.append(1), out.extend(b.item for b in boxes)))
    items = [Item(0, 10, 0, 5), Item(float("nan"), 10, 8, 12)]
    assert reading_order(items) == items and called
