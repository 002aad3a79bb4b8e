"""Status rows of a target box: a row of small dated labels ("Reference year 2019: | Status 2020: |
Status 2021:", "Baseline FY2019: | Progress FY2023:") each with its figure printed right under it ("42
million", or "Scope 1 and 2: 3.76 million metric tons CO2e" per line). Each figure is a fact of its
label's year; the target's own numbers ("Target: Support 100 million farmers") are not read.

Geometry: two or more labels ending in a year and a colon on one baseline; under each, the lines that
start in its column (from its left edge to the next label's) and read "[name:] figure unit", until one
does not. The row's label is the box's key figure: the first item under the nearest heading ending in a
colon ("Key figure:") that starts at the row's left edge, else the box's title (the nearest line above
in larger type overlapping the row, near it). Neither found: the row is not read (abstain).
"""
from __future__ import annotations

import re

from .pdf_lines import Fragment, Line
from .pdf_tables import PageTable

_DATED = re.compile(r"^[^\d:：]{2,30}?\s*((?:FY\s?)?(?:19|20)\d{2})\s*[:：]$", re.I)
_VALUE = re.compile(r"^(?:(?P<name>[^:：]{1,40}?)\s*[:：]\s*)?(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>(?!.*\s\d)[^:：]{0,40})$")
_HEADING = re.compile(r"^[^\d:：]{2,30}[:：]$")
_MARK = re.compile(r"^(?://|[•・■●▪–-])\s*")
_SUPERSCRIPT = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]")
# labels of one row stand on one baseline within this many of their type sizes
BASELINE = 0.3
# a value line follows the one above it within this many type sizes
LINE_GAP = 1.8
# labels further apart than this many times the row's narrowest gap belong to two boxes
SPLIT = 2.0
# the box's title is set this many times the labels' size or larger, within this many of their sizes above
TITLE_SIZE = 1.3
TITLE_REACH = 20.0


def find_status_rows(lines: list[Line], used: set[int]) -> list[PageTable]:
    frags = [f for ln in lines for f in ln.frags if id(f) not in used]
    dated = sorted((f for f in frags if _DATED.match(f.text.strip())), key=lambda f: (f.base, f.x0))
    rows: list[list[Fragment]] = []
    for f in dated:
        if rows and abs(f.base - rows[-1][0].base) <= BASELINE * f.size:
            rows[-1].append(f)
        else:
            rows.append([f])
    out: list[PageTable] = []
    taken: set[int] = set()
    for row in (r for whole in rows for r in _split(whole) if len(r) >= 2):
        label = _label(row, frags)
        if label is None:
            continue
        for i, d in enumerate(row):
            right = row[i + 1].x0 if i + 1 < len(row) else d.x0 + 4 * (d.x1 - d.x0)
            vals = _values(d, right, frags, taken)
            if vals:
                out.append(_table(label, d, vals))
    return out


def _split(row: list[Fragment]) -> list[list[Fragment]]:
    """Two boxes side by side print their rows on one baseline: a gap over twice the row's narrowest
    between labels parts them."""
    gaps = [b.x0 - a.x1 for a, b in zip(row, row[1:])]
    if not gaps:
        return [row]
    narrow = max(min(gaps), row[0].size)
    out = [[row[0]]]
    for g, f in zip(gaps, row[1:]):
        if g > SPLIT * narrow:
            out.append([])
        out[-1].append(f)
    return out


def _values(d: Fragment, right: float, frags: list[Fragment], taken: set[int]) -> list[tuple[str, str, str, list]]:
    """(name, figure, unit, fragments) of each line under the label, in its column."""
    out = []
    last = d
    while True:
        line = sorted((g for g in frags if id(g) not in taken and d.x0 - 1 <= g.x0 < right - 1
                       and 0 < g.base - last.base <= LINE_GAP * last.size), key=lambda g: (g.base, g.x0))
        line = [g for g in line if abs(g.base - line[0].base) <= BASELINE * g.size] if line else []
        m = _VALUE.match(_SUPERSCRIPT.sub("", " ".join(g.text.strip() for g in line))) if line else None
        if m is None:
            return out
        out.append(((m.group("name") or "").strip(), m.group("num"), m.group("unit").strip(), line))
        taken.update(id(g) for g in line)
        last = line[0]


def _label(row: list[Fragment], frags: list[Fragment]) -> str | None:
    first = row[0]
    x1 = max(f.x1 for f in row)
    above = [g for g in frags if g.bottom <= first.top and min(g.x1, x1) - max(g.x0, first.x0) > 0]
    title = [g for g in above if g.size >= TITLE_SIZE * first.size and first.top - g.bottom <= TITLE_REACH * first.size]
    top = max((g.top for g in title), default=-1.0)
    heads = [g for g in above if _HEADING.match(g.text.strip()) and abs(g.x0 - first.x0) <= first.size and g.top > top]
    if heads:
        head = max(heads, key=lambda g: g.top)
        item = sorted((g for g in above if g.top > head.top and g.x0 >= head.x0 - 1 and g.x0 <= x1),
                      key=lambda g: (g.top, g.x0))
        text = ""
        for g in item:
            t = g.text.strip()
            if _MARK.match(t) and text:
                break
            text = f"{text} {_MARK.sub('', t)}".strip()
        return _SUPERSCRIPT.sub("", text) or None
    if title:
        lines = sorted((g for g in title if g.top >= top - 2.5 * g.size), key=lambda g: g.top)
        return _SUPERSCRIPT.sub("", " ".join(g.text.strip() for g in lines)) or None
    return None


def _table(label: str, d: Fragment, vals: list) -> PageTable:
    year = _DATED.match(d.text.strip()).group(1)
    rows = [["Indicator", "Unit", year]] + [[f"{label} > {name}" if name else label, unit, num]
                                            for name, num, unit, _ in vals]
    parts = [d] + [g for *_, line in vals for g in line]
    return PageTable(rows=rows, title=None, header_rows=1, top=min(p.top for p in parts),
                     bottom=max(p.bottom for p in parts), x0=min(p.x0 for p in parts), x1=max(p.x1 for p in parts),
                     lines=[Line(frags=[p]) for p in parts], panel=True)
