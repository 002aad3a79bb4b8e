"""Reading order of a page: a recursive XY cut over text fragments and whole tables.

The widest whitespace gap is cut first: a gutter between prose columns is wider than the leading
between lines, so columns are read one after the other, and a title across both stays on top.
"""
from __future__ import annotations

from dataclasses import dataclass

from .pdf_lines import Fragment


@dataclass
class Box:
    x0: float
    x1: float
    top: float
    bottom: float
    item: object       # a Fragment, or a table


def _box(item) -> Box:
    return Box(item.x0, item.x1, item.top, item.bottom, item)


def reading_order(items: list) -> list:
    """Fragments and tables (anything with x0, x1, top, bottom) in reading order."""
    if not items:
        return []
    sizes = sorted(i.size for i in items if isinstance(i, Fragment)) or [10.0]
    min_gutter = 0.8 * sizes[len(sizes) // 2]
    out: list = []
    _cut([_box(i) for i in items], min_gutter, out)
    return out


def _gaps(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Uncovered intervals between sorted spans: (gap start, gap width)."""
    spans = sorted(spans)
    out = []
    end = spans[0][1]
    for a, b in spans[1:]:
        if a > end:
            out.append((end, a - end))
        if b > end:    # max(end, b)
            end = b
    return out


def _cut(boxes: list[Box], min_gutter: float, out: list) -> None:
    if len(boxes) == 1:
        out.append(boxes[0].item)
        return
    vgaps = _gaps([(b.x0, b.x1) for b in boxes])
    hgaps = _gaps([(b.top, b.bottom) for b in boxes])
    v = max(vgaps, key=lambda g: g[1]) if vgaps else None
    h = max(hgaps, key=lambda g: g[1]) if hgaps else None
    if v and v[1] >= min_gutter and (not h or v[1] >= h[1]):
        x = v[0] + v[1] / 2
        _cut([b for b in boxes if b.x1 <= x], min_gutter, out)
        _cut([b for b in boxes if b.x1 > x], min_gutter, out)
        return
    if h:
        y = h[0] + h[1] / 2
        _cut([b for b in boxes if b.bottom <= y], min_gutter, out)
        _cut([b for b in boxes if b.bottom > y], min_gutter, out)
        return
    # overlapping boxes that no cut separates: top to bottom, left to right
    for b in sorted(boxes, key=lambda b: (round(b.top), b.x0)):
        out.append(b.item)
