"""The rulings a PDF page draws: thin path objects, horizontal or vertical (a table's cell borders).

Read once per page while the page is open, from pdfium's page objects (type and bounds only: no path
segments are walked). A page with no path objects costs one count; a page with more objects than
`MAX_OBJECTS` (a drawing, a map, glyphs drawn as outlines) is not searched: a ruled table is a few
hundred rules at most. Coordinates are the reader's (points, y growing down the page).

A rule is a path whose box is thinner than `THIN` points one way and at least `MIN_LENGTH` the other;
a stroked rectangle drawn round a whole cell, or a filled cell background, is not read (a table drawn
only that way is left to the whitespace reader).

The page's filled shapes of a chart's size (bars, markers, legend keys: both sides at least `THIN`, at most
`MAX_SHAPE`) are kept with their fill colour (`shapes`), for pdf_chart_colours to tell a chart's series apart.
"""
from __future__ import annotations

import ctypes
from dataclasses import dataclass, field

import pypdfium2.raw as pdfium_c

from .pdf_c_loop import address, ones, paths_loop, zeros

THIN = 2.0           # pt: a rule is at most this thick ...
MIN_LENGTH = 4.0     # pt: ... and at least this long
MAX_OBJECTS = 6000   # a page with more page objects is a drawing: its rules are not searched
MAX_SHAPE = 300.0    # pt: a filled shape larger than this both ways is a background, no bar or marker


@dataclass
class Rulings:
    horizontal: list[tuple[float, float, float]] = field(default_factory=list)   # (x0, x1, y)
    vertical: list[tuple[float, float, float]] = field(default_factory=list)     # (top, bottom, x)
    # filled shapes: (x0, top, x1, bottom, (r, g, b)); white ones are not kept (a marker's halo, a background)
    shapes: list[tuple[float, float, float, float, tuple[int, int, int]]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.horizontal and self.vertical)


def page_rulings(page, height: float) -> Rulings:
    """The horizontal and vertical rules drawn on an open pdfium page (`page.raw`), in reading space."""
    raw = page.raw
    n = pdfium_c.FPDFPage_CountObjects(raw)
    out = Rulings()
    if n == 0 or n > MAX_OBJECTS:
        return out
    if (loop := paths_loop()) is not None:
        return _objects_in_c(loop, raw, n, height, out)
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    path = pdfium_c.FPDF_PAGEOBJ_PATH
    get_type, get_bounds, get_object = pdfium_c.FPDFPageObj_GetType, pdfium_c.FPDFPageObj_GetBounds, \
        pdfium_c.FPDFPage_GetObject
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
    for i in range(n):
        obj = get_object(raw, i)
        if get_type(obj) != path or not get_bounds(obj, left, bottom, right, top):
            continue
        w, h = right.value - left.value, top.value - bottom.value
        if h <= THIN and w >= MIN_LENGTH:
            out.horizontal.append((left.value, right.value, height - (bottom.value + top.value) / 2))
        elif w <= THIN and h >= MIN_LENGTH:
            out.vertical.append((height - top.value, height - bottom.value, (left.value + right.value) / 2))
        elif w > THIN and h > THIN and min(w, h) <= MAX_SHAPE and pdfium_c.FPDFPath_GetDrawMode(obj, fill_mode, stroke) \
                and fill_mode.value and pdfium_c.FPDFPageObj_GetFillColor(obj, r, g, b, a) \
                and a.value and (r.value, g.value, b.value) != (255, 255, 255):
            out.shapes.append((left.value, height - top.value, right.value, height - bottom.value,
                               (r.value, g.value, b.value)))
    return out


_ADDRESSES: list = []


def _objects_in_c(loop, raw, n: int, height: float, out: Rulings) -> Rulings:
    """page_rulings' loop over the page objects with its pdfium calls made in C (read/_pdfium_chars.c,
    esglens_page_paths: ~1 µs a call from Python, a few calls an object); the same rules on what it read,
    in the same order (tests/test_pdf_rulings_c.py compares the two)."""
    if not _ADDRESSES:
        _ADDRESSES.extend(ctypes.cast(f, ctypes.c_void_p) for f in (
            pdfium_c.FPDFPage_GetObject, pdfium_c.FPDFPageObj_GetType, pdfium_c.FPDFPageObj_GetBounds,
            pdfium_c.FPDFPath_GetDrawMode, pdfium_c.FPDFPageObj_GetFillColor))
    ok, box, fill, rgb = zeros("B", n), zeros("f", 4 * n), zeros("B", n), zeros("I", 3 * n)
    loop(ctypes.cast(raw, ctypes.c_void_p), n, pdfium_c.FPDF_PAGEOBJ_PATH, *_ADDRESSES, *map(address, (ok, box, fill, rgb)))
    for i in ones(bytes(ok)):
        left, bottom, right, top = box[4 * i:4 * i + 4]
        w, h = right - left, top - bottom
        if h <= THIN and w >= MIN_LENGTH:
            out.horizontal.append((left, right, height - (bottom + top) / 2))
        elif w <= THIN and h >= MIN_LENGTH:
            out.vertical.append((height - top, height - bottom, (left + right) / 2))
        elif w > THIN and h > THIN and min(w, h) <= MAX_SHAPE and fill[i] == 3 \
                and (colour := tuple(rgb[3 * i:3 * i + 3])) != (255, 255, 255):
            out.shapes.append((left, height - top, right, height - bottom, colour))
    return out
