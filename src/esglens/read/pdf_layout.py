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
    boxes = [_box(i) for i in items]
    if _has_nan(boxes):
        _cut(boxes, min_gutter, out)     # a NaN sorts by where it stands: each part sorted anew, as always
    else:
        _cut_sorted(boxes, min_gutter, out)
    return out


def _has_nan(boxes: list[Box]) -> bool:
    """A NaN among the boxes' measures: a sum over them is NaN only then, or when infinities of both signs
    meet (then each measure is looked at)."""
    total = sum(b.x0 + b.x1 + b.top + b.bottom for b in boxes)
    if total == total:
        return False
    return any(v != v for b in boxes for v in (b.x0, b.x1, b.top, b.bottom))


def _gaps(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Uncovered intervals between sorted spans: (gap start, gap width)."""
    return _gaps_in(sorted(spans))


def _gaps_in(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """_gaps of spans already in order."""
    out = []
    end = spans[0][1]
    for a, b in spans[1:]:
        if a > end:
            out.append((end, a - end))
        if b > end:    # max(end, b)
            end = b
    return out


def _where(boxes: list[Box], min_gutter: float, vgaps, hgaps) -> tuple[str, float] | None:
    """The cut of a part: ("x", x) down the widest gutter, ("y", y) across the widest gap between
    lines, whichever is wider (the gutter at a tie); None when no gap separates the boxes."""
    v = max(vgaps, key=lambda g: g[1]) if vgaps else None
    h = max(hgaps, key=lambda g: g[1]) if hgaps else None
    if v and v[1] >= min_gutter and (not h or v[1] >= h[1]):
        return "x", v[0] + v[1] / 2
    if h:
        return "y", h[0] + h[1] / 2
    return None


def _cut(boxes: list[Box], min_gutter: float, out: list) -> None:
    if len(boxes) == 1:
        out.append(boxes[0].item)
        return
    cut = _where(boxes, min_gutter, _gaps([(b.x0, b.x1) for b in boxes]), _gaps([(b.top, b.bottom) for b in boxes]))
    if cut is None:
        _overlapping(boxes, out)
        return
    first, second = _split(boxes, cut)
    if not first or not second:      # a NaN measure put every box on one side: no cut, read them in order
        _overlapping(boxes, out)
        return
    _cut(first, min_gutter, out)
    _cut(second, min_gutter, out)


def _split(boxes: list[Box], cut: tuple[str, float]) -> tuple[list[Box], list[Box]]:
    axis, at = cut
    # "not <=" rather than ">": a box with a NaN measure goes to the second part instead of to neither
    if axis == "x":
        return [b for b in boxes if b.x1 <= at], [b for b in boxes if not b.x1 <= at]
    return [b for b in boxes if b.bottom <= at], [b for b in boxes if not b.bottom <= at]


def _overlapping(boxes: list[Box], out: list) -> None:
    """Overlapping boxes that no cut separates: top to bottom, left to right (a NaN measure sorts last)."""
    for b in sorted(boxes, key=lambda b: (_finite(b.top), _finite(b.x0))):
        out.append(b.item)


def _finite(v: float) -> int:
    return round(v) if v == v and abs(v) != float("inf") else 1 << 30


def _cut_sorted(boxes: list[Box], min_gutter: float, out: list) -> None:
    """_cut, the same cuts in the same order, with each part's boxes kept in three orders (as given,
    by x span, by y span): a part's spans are its parent's in order, so no part is sorted again, and
    parts wait on a stack instead of the call stack (a page of a thousand lines is a chain of cuts)."""
    stack = [(boxes, sorted(boxes, key=_X_SPAN), sorted(boxes, key=_Y_SPAN))]
    while stack:
        given, by_x, by_y = stack.pop()
        if len(given) == 1:
            out.append(given[0].item)
            continue
        if max(b.x0 for b in by_x) <= min(b.x1 for b in by_x):
            _stacked(given, by_y, out)
            continue
        cut = _where(given, min_gutter, _gaps_in([(b.x0, b.x1) for b in by_x]),
                     _gaps_in([(b.top, b.bottom) for b in by_y]))
        if cut is None:
            _overlapping(given, out)
            continue
        parts = [_split(part, cut) for part in (given, by_x, by_y)]
        stack.append(tuple(p[1] for p in parts))     # the second part is read after the first
        stack.append(tuple(p[0] for p in parts))


def _stacked(given: list[Box], by_y: list[Box], out: list) -> None:
    """A part whose boxes all share a point across (lines of one column): no part of it has a gutter, so
    the cuts go across only, at every gap, whichever is cut first: its runs of boxes that overlap down
    the page, top to bottom, each read as _cut reads boxes no cut separates."""
    runs: list[list[Box]] = []
    end = None
    for b in by_y:
        if end is None or b.top > end:
            runs.append([b])
            end = b.bottom
        else:
            runs[-1].append(b)
            if b.bottom > end:
                end = b.bottom
    for run in runs:
        if len(run) == 1:
            out.append(run[0].item)
        else:
            members = {id(b) for b in run}
            _overlapping([b for b in given if id(b) in members], out)


def _X_SPAN(b: Box) -> tuple[float, float]:
    return b.x0, b.x1


def _Y_SPAN(b: Box) -> tuple[float, float]:
    return b.top, b.bottom
