"""Donut and pie call-outs: a segment's figure printed large, its unit sign small right after it ("25 %"),
under a small label naming the segment, often with a count joined by an arrow ("Internal Director→2");
the chart's own name printed inside the ring, between the call-outs around it.

Each call-out becomes a row of a one-column table per chart: label "<chart name> > <segment>", the share
with its unit, and the count (no unit) when the label carries one. The chart name is the nearest short
block of text that stands between the page's call-outs (above the lowest, below the highest): a ring's
centre. When two such blocks are about as near, or none is, the call-out is not read (abstain): a
segment without its chart is no fact. A chart is read only whole: all its call-outs are shares that
add up to 100 % (a highlight panel with a line over its figure looks like a call-out, but is none).
Rule "hole total" (h113): a figure that is no share, with its words over it, set inside the span of the share
call-outs ("FY 21 sales | 2.1 | trillion yen" in the ring's hole) is the chart's total: its words name the chart
(a year among them dates every figure: "FY 21" is FY2021), the unit line under it is the total's unit; the total
itself is left to the panel reader (no group metric for what may be a segment's figure).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .pdf_lines import Fragment, Line
from .pdf_panels import _unit_line
from .pdf_tables import PageTable, is_number

# a call-out's figure is set this many times the body size or larger (and 1.5 times its label's)
BIG = 1.5
# ... its label set this many times smaller; a share printed with its sign ("6.8%") may be set in small type,
# its label at least SMALL_LABEL times smaller (rule "small call-outs": a ring labelled in small type around
# it; read only whole, as every chart here)
BIG_LABEL = 1.5
SMALL_LABEL = 1.15
_SHARE = re.compile(r"^\d{1,3}(?:[.,]\d+)?[%％]$")
# a label sits right over its figure: its bottom within this many of its type sizes above the figure's top
LABEL_GAP = 1.0
# the unit sign follows the figure within this many of the figure's type sizes
UNIT_GAP = 0.5
# the chart's name: text blocks of at most this many words, lines joined within this many type sizes
NAME_WORDS = 8
NAME_LINE_GAP = 0.8
# ... in type sizes within this share of each other ("Breakdown of R&D expense | (FY2020)")
NAME_SIZE = 0.2
# the nearest name must be nearer than the next by this factor, else the call-out is not read
NAME_MARGIN = 1.25

# the shares of one chart add up to 100 within this much per segment (each printed rounded)
SUM_TOLERANCE = 0.5

_BARE = re.compile(r"^\d{1,3}(?:[.,]\d+)?[%％]?$")
# a year in the chart's name ("Breakdown of R&D expense (FY2020)"): the figures' year
_NAME_YEAR = re.compile(r"\s*[(（]?\b((?:FY\s?)?(?:19|20)\d{2}|FY\s?\d{2})\b[)）]?\s*")
# "Internal Director→2", "Female ⇒ 3 persons", "Outside: 7": the segment's name and its count
_LABEL = re.compile(r"^(?P<name>.*?[^\W\d_].*?)(?:\s*[→⇒➡▶►]\s*(?P<count>\d{1,6})(?:\s*(?P<unit>persons|people|名|人))?)?$")


@dataclass
class _Callout:
    figure: Fragment
    unit: Fragment | None
    label: Fragment
    name: str
    count: str | None
    count_unit: str
    wrapped: list[Fragment]     # the label's lines over its last one (a label wrapped over lines)

    @property
    def parts(self) -> list[Fragment]:
        return [p for p in (self.figure, self.unit, self.label, *self.wrapped) if p is not None]

    @property
    def centre(self) -> tuple[float, float]:
        ps = self.parts
        return ((min(p.x0 for p in ps) + max(p.x1 for p in ps)) / 2, (min(p.top for p in ps) + max(p.bottom for p in ps)) / 2)


def find_callouts(lines: list[Line], body: float, used: set[int]) -> list[PageTable]:
    """One table per chart name with its call-outs; [] when the page has fewer than two call-outs."""
    frags = [f for ln in lines for f in ln.frags if id(f) not in used]
    calls: list[_Callout] = []
    taken: set[int] = set()
    for f in frags:
        if _BARE.match(f.text.strip()) and (f.size >= BIG * body or _SHARE.match(f.text.strip())) \
                and (c := _callout(f, frags, taken, BIG_LABEL if f.size >= BIG * body else SMALL_LABEL)):
            calls.append(c)
            taken.update(id(p) for p in c.parts)
    if len(calls) < 2:
        return []
    holes = _holes(calls, frags, taken)
    calls = [c for c in calls if id(c) not in holes]
    names = _names([f for f in frags if id(f) not in taken], calls) \
        + [(c.name, *c.centre) for c, _ in holes.values()]
    charts: dict[str, list[_Callout]] = {}
    for c in calls:
        if (name := _nearest(c, names)) is not None:
            charts.setdefault(name, []).append(c)
    return [t for name, got in charts.items() if _whole(got) for t in _tables(name, got)]


# rule "hole total": a figure with its words set inside a ring of share call-outs ("FY 21 sales | 2.1 | trillion
# yen") is the ring's total; its words name the chart (and may date it), the line right under it is its unit
HOLE_SHARES = 2      # share call-outs round it, at least
UNIT_GAP_UNDER = 0.8  # its unit line starts within this many of its own type sizes under the figure


def _holes(calls: list[_Callout], frags: list[Fragment], taken: set[int]) -> dict[int, tuple[_Callout, Fragment | None]]:
    """Call-outs that are no share and stand inside the span of the share call-outs' centres (left and right,
    above and below), with the unit line under each; by id of the call-out."""
    shares = [c for c in calls if _is_share(c)]
    if len(shares) < HOLE_SHARES:
        return {}
    xs, ys = [c.centre[0] for c in shares], [c.centre[1] for c in shares]
    out = {}
    for c in calls:
        x, y = c.centre
        if _is_share(c) or not (min(xs) < x < max(xs) and min(ys) < y < max(ys)):
            continue
        f = c.figure
        under = [g for g in frags if id(g) not in taken and -0.5 * g.size <= g.top - f.bottom <= UNIT_GAP_UNDER * g.size
                 and min(g.x1, f.x1) - max(g.x0, f.x0) > 0 and _unit_line(g.text)]
        unit = min(under, key=lambda g: g.top) if under else None
        if unit is not None:
            taken.add(id(unit))
            c.wrapped.append(unit)
        out[id(c)] = (c, unit)
    return out


def _is_share(c: _Callout) -> bool:
    return c.figure.text.strip().endswith(("%", "％")) or (c.unit is not None and c.unit.text.strip() in ("%", "％"))


def _whole(calls: list[_Callout]) -> bool:
    """The chart's segments are all shares and add up to 100 % (each rounded by at most half a unit of
    its last digit): a ring read whole. A panel with a line over its figure is no segment (abstain)."""
    shares = []
    for c in calls:
        t = c.figure.text.strip()
        if not (t.endswith(("%", "％")) or (c.unit is not None and c.unit.text.strip() in ("%", "％"))):
            return False
        shares.append(float(t.rstrip("%％").replace(",", ".")))
    return abs(sum(shares) - 100) <= SUM_TOLERANCE * len(shares)


def _callout(f: Fragment, frags: list[Fragment], taken: set[int], ratio: float) -> _Callout | None:
    above = [g for g in frags if id(g) not in taken and g is not f and g.size < f.size / ratio
             and g.base < f.base - f.size / 2 and f.top - g.bottom <= LABEL_GAP * g.size   # right over it (the
             and min(f.x1, g.x1) - max(f.x0, g.x0) > 0]                                    # boxes may overlap)
    if not above or len({round(g.base) for g in above}) != len(above):
        return None
    label = max(above, key=lambda g: g.base)      # the line right over the figure (wrapped lines: below)
    if (m := _LABEL.match(label.text.strip())) is None:
        return None
    name = m.group("name").strip()
    top, wrapped = label, []
    for _ in range(2):    # a label wrapped over lines ("Retail & | Printing Solutions")
        more = [g for g in frags if id(g) not in taken and g is not f and abs(g.size - top.size) < 0.1 * top.size
                and 0 < top.base - g.base <= 1.5 * top.size and min(top.x1, g.x1) - max(top.x0, g.x0) > 0]
        if len(more) != 1 or is_number(more[0].text):
            break
        top = more[0]
        wrapped.append(top)
        name = f"{top.text.strip()} {name}"
    unit = None
    if not f.text.strip().endswith(("%", "％")):
        after = [g for g in frags if id(g) not in taken and g is not f and 0 <= g.x0 - f.x1 <= UNIT_GAP * f.size
                 and f.top <= g.top and g.bottom <= f.bottom + 1 and _unit_line(g.text)]
        unit = min(after, key=lambda g: g.x0) if after else None
    return _Callout(f, unit, label, name, m.group("count"), m.group("unit") or "", wrapped)


def _names(frags: list[Fragment], calls: list[_Callout]) -> list[tuple[str, float, float]]:
    """Short blocks of text (lines of one type size, one under the other) standing between the call-outs."""
    top = min(p.top for c in calls for p in c.parts)
    bottom = max(p.bottom for c in calls for p in c.parts)
    blocks: list[list[Fragment]] = []
    for f in sorted(frags, key=lambda g: g.top):
        for b in blocks:
            last = b[-1]
            if -last.size / 2 <= f.top - last.bottom <= NAME_LINE_GAP * last.size and f.base > last.base and abs(f.size - last.size) < NAME_SIZE * last.size \
                    and min(f.x1, last.x1) - max(f.x0, last.x0) > 0:
                b.append(f)
                break
        else:
            blocks.append([f])
    out = []
    for b in blocks:
        text = " ".join(g.text.strip() for g in b)
        cy = (b[0].top + b[-1].bottom) / 2
        if len(text.split()) <= NAME_WORDS and re.search(r"[^\W\d_]", text) and top < cy < bottom:
            out.append((text, (min(g.x0 for g in b) + max(g.x1 for g in b)) / 2, cy))
    return out


def _nearest(c: _Callout, names: list[tuple[str, float, float]]) -> str | None:
    if not names:
        return None
    x, y = c.centre
    ranked = sorted((math.hypot(nx - x, ny - y), text) for text, nx, ny in names)
    if len(ranked) > 1 and ranked[1][0] < NAME_MARGIN * ranked[0][0]:
        return None
    return ranked[0][1]


def _tables(name: str, calls: list[_Callout]) -> list[PageTable]:
    """The shares, and the counts in a table of their own (a unit column's unit is carried down to
    the blank cells under it: a count is no share)."""
    head = "Value"
    if m := _NAME_YEAR.search(name):     # "(FY2020)" in the name: the year of its figures
        head, name = _fiscal(m.group(1)), (name[:m.start()] + " " + name[m.end():]).strip()
    shares = [[f"{name} > {c.name}", "%", c.figure.text.strip().rstrip("%％")] for c in calls]
    out = [_table(head, shares, [[_box(c.label), _box(c.unit) if c.unit else None, _box(c.figure)] for c in calls],
                  [p for c in calls for p in c.parts])]
    # the hole's total itself is left to the panel reader: its words ("sales") name the page's business (a
    # segment, a subsidiary) as often as the group's, and read as the group's metric they would be wrong
    counted = [c for c in calls if c.count]
    if counted:
        out.append(_table(head, [[f"{name} > {c.name}", c.count_unit, c.count] for c in counted],
                          [[_box(c.label), None, _box(c.label)] for c in counted], []))
    return out


def _fiscal(year: str) -> str:
    """A year in a chart's name as a column header: "FY 21" and "FY21" are "FY2021", "FY 2020" is "FY2020"."""
    if m := re.fullmatch(r"FY\s?(\d{2}|\d{4})", year.strip()):
        return f"FY{2000 + int(m.group(1)) if len(m.group(1)) == 2 else m.group(1)}"
    return year


def _table(head: str, rows: list[list[str]], boxes: list[list], parts: list[Fragment]) -> PageTable:
    top, bottom = min(b[2][1] for b in boxes), max(b[2][3] for b in boxes)
    x0, x1 = min(b[0][0] for b in boxes), max(b[0][2] for b in boxes)
    return PageTable(rows=[["Indicator", "Unit", head], *rows], title=None, header_rows=1, boxes=[[None] * 3, *boxes],
                     top=top, bottom=bottom, x0=x0, x1=x1, lines=[Line(frags=[p]) for p in parts], panel=True)


def _box(f: Fragment) -> tuple[float, float, float, float]:
    return (f.x0, f.top, f.x1, f.bottom)
