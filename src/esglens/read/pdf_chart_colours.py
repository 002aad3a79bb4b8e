"""Rule "series by colour": a chart (pdf_table_charts) whose legend entries are in different units ("Net sales
(Yen in billions)" beside "Ratio of overseas sales (%)", bars and a line) gives each printed value the unit of
the series it labels. The series is read from the page's drawing (pdf_rulings.shapes): each legend entry's key
is the filled shapes drawn just left of its text, in its colours; a value labels the shape drawn at it — a
line's marker beside it, or a bar whose end it stands on (over a bar, or under one that goes below the axis) —
and the colour of that shape names the entry. The chart's rows become one row per entry, named by the entry
as printed (its unit in brackets, read as every bracketed unit of a row name).

Rule "series named by colour" (h113): a chart of two or more series whose legend entries state no unit ("Net sales",
"Operating income" over one axis) is told apart the same way; each entry's row is "<chart> > <entry>", with the unit
of the chart when its caption has one line that is a bracketed unit and nothing else ("(thousand t)"), else none.

Abstains (the chart stays as pdf_table_charts read it: no unit) when an entry has no key or no colour of its
own, when a value stands at no shape or at shapes of two entries, or when one entry has two values in a year;
and when some entries state a unit and others none.

Rule "unproven series" (h119): a chart read from its axis whose rows all still carry one name (its title, a
subtitle, a formula line or one legend entry the caption climb stopped at) while some year holds two values or
more is several series whose assignment failed: that one name would be given to every series' values. Its
value rows are dropped (abstain; the chart's words stay taken, so no other reader makes facts of them).
"""
from __future__ import annotations

import re

from ..core.units import known_unit
from .pdf_lines import Fragment
from .pdf_rulings import Rulings

# a legend entry's key is drawn within this many of its type sizes left of its text
KEY_REACH = 3.0
# a marker is at most this many of its label's type sizes wide and high, about square, and within this many
# of the label
MARKER_SIZE = 1.5
MARKER_REACH = 0.5
SQUARE = 0.25      # a marker's width and height differ by at most this share (a bar is longer one way)
# a bar's end is within this many type sizes of its label's edge (over or under it), and under its middle
BAR_REACH = 0.8

# a unit in brackets that ends a legend entry: "Net sales (Yen in billions)", "Per unit production (%)"
_LAST_BRACKET = re.compile(r"[(（]\s*(?:in\s+)?([^()（）]{1,40}?)\s*[)）][\s*※\d]*$", re.I)
_LETTER = re.compile(r"[^\W\d_]")


def entry_unit(text: str) -> str:
    m = _LAST_BRACKET.search(text.strip())
    return m.group(1) if m and known_unit(m.group(1)) else ""


def series_by_colour(table, rulings: Rulings | None, lines: list | None = None):
    """The chart `table` with one row per legend entry, when the rule above decides every value; else `table`,
    without its value rows when they are several series under one name (rule "unproven series").
    `lines`: the page's lines, for a legend entry set on a caption line left or right of the values' span."""
    return unproven_series(_by_colour(table, rulings, lines))


def unproven_series(table):
    """Rule "unproven series" (module doc): `table` with its header row only when it is an axis chart whose
    value rows share one name and a year holds two or more values; else `table`."""
    rows = table.rows
    if not getattr(table, "axis", False) or len(rows) < 3 or len({r[0] for r in rows[1:]}) != 1:
        return table
    if any(sum(1 for r in rows[1:] if j < len(r) and r[j].strip()) > 1 for j in range(1, len(rows[0]))):
        table.rows = rows[:1]
        table.boxes = table.boxes[:1] if table.boxes else table.boxes
        table.withheld = True     # its words are still the page's text (read/pdf's assembler)
    return table


def _by_colour(table, rulings: Rulings | None, lines: list | None):
    if rulings is None or not rulings.shapes or not table.boxes or len(table.rows) < 2:
        return table
    name = table.rows[0][0]
    if table.title != name or any(r[0] != name for r in table.rows) or entry_unit(name):
        return table    # not a chart's rows, or one unit for the whole chart already
    legend = _legend(table, name, rulings, _beside(table, lines or []))
    if legend is None:
        return table
    entries, own = legend
    keys = {id(s) for f in entries for s in _key_shapes(f, rulings)}
    shapes = [s for s in rulings.shapes if id(s) not in keys]    # a legend's key labels no value
    grouped = _regroup(table, entries, own, shapes)
    if grouped is not None:
        if not entry_unit(entries[0].text):      # rule "series named by colour": the chart names the entries
            unit = _chart_unit(table, entries)
            for row in grouped[0]:
                row[0] = f"{name} > {row[0]}" + (f" ({unit})" if unit else "")
        table.rows, table.boxes = [table.rows[0], *grouped[0]], [table.boxes[0], *grouped[1]]
    return table


# a caption line that is a unit in brackets and nothing else: "(thousand t)", "(%)"
_UNIT_LINE = re.compile(r"^[(（]\s*([^()（）]{1,30}?)\s*[)）]$")


def _chart_unit(table, entries: list) -> str:
    """The one bracketed unit line among the chart's caption lines (not a legend entry), else "" (two: a chart
    with two axes, whose values are whose is read by the entries only)."""
    units = {m.group(1) for ln in table.lines for f in ln.frags if f not in entries
             and (m := _UNIT_LINE.match(f.text.strip())) and known_unit(m.group(1))}
    return units.pop() if len(units) == 1 else ""


# a legend entry beside the values' span: within this share of the chart's width left or right of it
BESIDE = 0.25


def _beside(table, lines: list) -> list:
    """Fragments on the chart's caption lines (by baseline) just outside the span of its values."""
    own = {id(f) for ln in table.lines for f in ln.frags}
    bases = {round(f.base, 1) for ln in table.lines for f in ln.frags if _LETTER.search(f.text)}
    reach = BESIDE * (table.x1 - table.x0)
    return [f for ln in lines for f in ln.frags if id(f) not in own and round(f.base, 1) in bases
            and table.x0 - reach <= f.x0 and f.x1 <= table.x1 + reach]


def _legend(table, name: str, rulings: Rulings, beside: list = ()):
    """The legend's entries (caption lines with a key drawn left of them: a title, a note or the axis has none),
    each with a unit, two units at least, and each entry's own key colours; else None."""
    frags = [part for f in [f for ln in table.lines for f in ln.frags] + list(beside) for part in split_at_keys(f, rulings)]
    keyed = [(f, c) for f in frags if _LETTER.search(f.text) and f.text.strip() != name.strip()
             and (c := _key_colours(f, rulings))]
    entries, colours = [f for f, _ in keyed], [c for _, c in keyed]
    units = [entry_unit(f.text) for f in entries]
    if len(entries) < 2 or (any(units) and (not all(units) or len({re.sub(r"\s+", "", u).lower() for u in units}) < 2)):
        return None
    own = [c - set().union(*(o for k, o in enumerate(colours) if k != i)) for i, c in enumerate(colours)]
    return (entries, own) if all(own) else None


def _regroup(table, entries: list, own: list[set], shapes: list):
    """(rows, boxes): one row per entry, each value under its year in the row of the one entry whose colour
    the shape it labels has; None when a value has no such entry or one entry has two values in a year."""
    width = len(table.rows[0])
    rows = [[f.text.strip()] + [""] * (width - 1) for f in entries]
    boxes = [[None] * width for _ in entries]
    for r, row in enumerate(table.rows[1:], start=1):
        for j in range(1, width):
            if not row[j]:
                continue
            box = table.boxes[r][j] if r < len(table.boxes) and j < len(table.boxes[r]) else None
            whose = {i for i, c in enumerate(own) for s in _shapes_at(box, shapes) if s[4] in c} if box else set()
            if len(whose) != 1 or rows[(i := whose.pop())][j]:
                return None
            rows[i][j], boxes[i][j] = row[j], box
    return None if any(not any(r[1:]) for r in rows) else (rows, boxes)


def split_at_keys(f, rulings: Rulings) -> list:
    """Legend entries set on one line read as one fragment ("■ Consolidated ■ Non-consolidated"): split where a
    key is drawn between two words (a shape inside the gap, on the line); else the fragment."""
    if len(f.words) < 2:
        return [f]
    groups = [[f.words[0]]]
    for a, b in zip(f.words, f.words[1:]):
        if any(a.x1 - 1 <= s[0] and s[2] <= b.x0 + 1 and s[1] < b.bottom and s[3] > b.top for s in rulings.shapes):
            groups.append([])
        groups[-1].append(b)
    return [f] if len(groups) == 1 else [Fragment(words=g) for g in groups]


def _key_shapes(f, rulings: Rulings) -> list:
    """The shapes drawn just left of a legend entry, on its line."""
    reach = KEY_REACH * f.size
    return [s for s in rulings.shapes if f.x0 - reach <= s[2] <= f.x0 + 1 and s[1] < f.bottom and s[3] > f.top]


def _key_colours(f, rulings: Rulings) -> set:
    return {s[4] for s in _key_shapes(f, rulings)}


def _shapes_at(box, shapes: list) -> list:
    """The shapes a value's label stands at: a bar whose end it stands on or hangs under; else a marker beside
    it (a bar's label may come near the line's marker drawn on the bar, a line's label never stands on a bar's
    end: the bar's end decides)."""
    x0, top, x1, bottom = box
    size = bottom - top
    mid = (x0 + x1) / 2
    bars, markers = [], []
    for s in shapes:
        sx0, stop, sx1, sbottom, _ = s
        w, h = sx1 - sx0, sbottom - stop
        if max(w, h) <= MARKER_SIZE * size and abs(w - h) <= SQUARE * max(w, h):
            dx = max(sx0 - x1, x0 - sx1, 0.0)
            dy = max(stop - bottom, top - sbottom, 0.0)
            if max(dx, dy) <= MARKER_REACH * size:
                markers.append(s)
        elif sx0 <= mid <= sx1 and (-0.3 * size <= stop - bottom <= BAR_REACH * size
                                  or -0.3 * size <= top - sbottom <= BAR_REACH * size):
            bars.append(s)
    return bars or markers
