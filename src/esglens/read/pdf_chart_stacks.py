"""Rule "stacked shares" (h113): bars cut into segments, each segment's share printed inside it ("22.0%"), the
segment's name given only by its colour in the legend ("■ Building Solutions"); one bar per category, named by
the words right over the bar (a column) or right left of it (a horizontal bar).

Each share is paired with the legend entry whose key has the colour of the filled rectangle it stands in (the
smallest one holding its middle: pdf_rulings.shapes). A share becomes the row "<chart> > <category> > <entry>" in
%, in a one-column table headed by the year the chart's title names ("… (FY2020)"), else "Value". The chart's
title is the nearest line over the bars and the legend that is neither.

Read only whole and unambiguous (abstain, no fact, otherwise): every share of a bar paired, with one entry per
colour (an entry's key colour no other entry has), each bar's shares adding up to 100, each bar named, two bars at
least.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .pdf_chart_colours import split_at_keys
from .pdf_lines import Fragment, Line
from .pdf_rulings import Rulings
from .pdf_tables import PageTable, is_number

# a share printed inside its segment
_SHARE = re.compile(r"^[-−–‒]?\d{1,3}(?:[.,]\d+)?\s?[%％]$")
_LETTER = re.compile(r"[^\W\d_]")
# a legend key: a filled shape at most this many of its entry's type sizes wide and high, ending within KEY_REACH
# of them left of the entry's first letter, on its line
KEY_SIZE = 1.6
KEY_REACH = 2.0
# segments of one bar: their rectangles share a side's span within this many points
SAME_SPAN = 1.5
# a bar's name stands within this many of its type sizes of the bar (over a column, left of a horizontal bar)
NAME_GAP = 2.5
NAME_LINES = 3
NAME_WIDTH = 1.5     # ... and is at most this many times as wide as the column (a title over all the bars is wider)
# the title: the nearest line over the bars and the legend, within this many of its type sizes
TITLE_GAP = 4.0
# the shares of a bar add up to 100 within this much per segment (each printed rounded)
SUM_TOLERANCE = 0.5
_YEAR = re.compile(r"\s*[(（]\s*((?:FY\s?)?(?:19|20)\d{2})\s*[)）]\s*")


@dataclass
class _Share:
    frag: Fragment
    value: str
    rect: tuple
    entry: Fragment | None = None


def find_stacks(lines: list[Line], rulings: Rulings | None, used: set[int]) -> list[PageTable]:
    """The page's stacked share bars as tables; `rulings`: the page's drawing (its filled shapes); `used`: the
    ids of fragments other tables hold (no share of a chart here; a legend or a name may be)."""
    if rulings is None or not rulings.shapes:
        return []
    shapes = rulings.shapes
    frags = [f for ln in lines for f in ln.frags]
    shares = [_Share(f, f.text.strip(), r) for f in frags if id(f) not in used and _SHARE.match(f.text.strip())
              and (r := _holder(f, shapes))]
    if len(shares) < 4:
        return []
    near = _near(shares)
    legend = _legend([p for f in frags if near(f) for p in split_at_keys(f, rulings)], shapes)
    if len(legend) < 2:
        return []
    out = _paired(_bars(shares), _by_colour(legend, shares))
    if len(out) < 2:
        return []
    names = [_bar_name(bar, frags) for bar in out]
    if any(n is None for n in names):
        return []
    title = _title(out, [f for f, _ in legend], names, frags)
    return [] if title is None else [_table(title, out, names)]


def _paired(bars: list[list[_Share]], by_colour: dict[tuple, list[Fragment]]) -> list[list[_Share]]:
    """The bars with each share's entry; [] when a share has none, two shares of a bar one, or a bar is not whole."""
    for bar in bars:
        for s in bar:
            got = by_colour.get(s.rect[4], [])
            s.entry = got[0] if len(got) == 1 else None
        if any(s.entry is None for s in bar) or len({id(s.entry) for s in bar}) != len(bar) or not _whole(bar):
            return []
    return bars


def _table(title: Fragment, bars: list[list[_Share]], names: list[Fragment]) -> PageTable:
    """One row per share, "<title> > <bar> > <entry>" in %, headed by the title's year, else "Value"."""
    head, text = "Value", title.text.strip()
    if m := _YEAR.search(title.text):
        head, text = m.group(1).replace(" ", ""), (title.text[:m.start()] + " " + title.text[m.end():]).strip()
    rows, boxes, parts = [], [], [title]
    for bar, name in zip(bars, names):
        parts.append(name)
        for s in bar:
            rows.append([f"{text} > {name.text.strip()} > {s.entry.text.strip()}", "%",
                         re.sub(r"^[−–‒]", "-", s.value.rstrip("%％ "))])
            boxes.append([_box(s.entry), None, _box(s.frag)])
            parts += [s.frag, s.entry]
    parts = list({id(p): p for p in parts}.values())
    return PageTable(rows=[["Indicator", "Unit", head], *rows], title=None, header_rows=1, boxes=[[None] * 3, *boxes],
                     top=min(p.top for p in parts), bottom=max(p.bottom for p in parts), x0=min(p.x0 for p in parts),
                     x1=max(p.x1 for p in parts), lines=[Line(frags=[p]) for p in parts], panel=True)


# the legend stands within this share of the bars' span (width and height) round them
LEGEND_REACH = 0.6


def _near(shares: list[_Share]):
    """Is a fragment near the bars (the legend's place): within LEGEND_REACH of their span round them."""
    x0, top = min(s.rect[0] for s in shares), min(s.rect[1] for s in shares)
    x1, bottom = max(s.rect[2] for s in shares), max(s.rect[3] for s in shares)
    dx, dy = LEGEND_REACH * (x1 - x0), LEGEND_REACH * (bottom - top)
    return lambda f: f.x1 >= x0 - dx and f.x0 <= x1 + dx and f.bottom >= top - dy and f.top <= bottom + dy


def _holder(f: Fragment, shapes: list):
    """The smallest filled rectangle holding the fragment's middle, larger than the fragment; else None."""
    x, y = (f.x0 + f.x1) / 2, (f.top + f.bottom) / 2
    inside = [s for s in shapes if s[0] <= x <= s[2] and s[1] <= y <= s[3] and s[2] - s[0] >= f.x1 - f.x0]
    return min(inside, key=lambda s: (s[2] - s[0]) * (s[3] - s[1])) if inside else None


# of two entries keyed in one colour (a legend's and a bullet list's), the nearer to the bars is the legend's when
# the other is this many times as far or further; else the colour names no entry
NEARER = 2.0


def _by_colour(legend: list[tuple[Fragment, set]], shares: list[_Share]) -> dict[tuple, list[Fragment]]:
    x0, top = min(s.rect[0] for s in shares), min(s.rect[1] for s in shares)
    x1, bottom = max(s.rect[2] for s in shares), max(s.rect[3] for s in shares)

    def far(f: Fragment) -> float:
        return max(x0 - f.x1, f.x0 - x1, 0.0) + max(top - f.bottom, f.top - bottom, 0.0)
    out: dict[tuple, list[Fragment]] = {}
    for f, colours in legend:
        for c in colours:
            out.setdefault(c, []).append(f)
    for c, got in out.items():
        got.sort(key=far)
        if len(got) > 1 and far(got[1]) >= NEARER * max(far(got[0]), 1.0):
            out[c] = got[:1]
    return out


def _legend(frags: list[Fragment], shapes: list) -> list[tuple[Fragment, set]]:
    """Legend entries: words with a small filled key drawn just left of them, on their line; with their key colours."""
    out = []
    for f in frags:
        if not _LETTER.search(f.text) or is_number(f.text):
            continue
        size = f.bottom - f.top
        keys = {s[4] for s in shapes if s[2] - s[0] <= KEY_SIZE * size and s[3] - s[1] <= KEY_SIZE * size
                and f.x0 - KEY_REACH * size <= s[2] <= f.x0 + 1 and s[1] < f.bottom and s[3] > f.top}
        if keys:
            out.append((_continued(f, frags, shapes), keys))
    return out


def _continued(f: Fragment, frags: list[Fragment], shapes: list) -> Fragment:
    """An entry read as two fragments on its baseline ("Energy Systems &" | "Solutions"): joined when the next
    starts within half its type size of its end, with no key between."""
    size = f.bottom - f.top
    nxt = [g for g in frags if g is not f and abs(g.base - f.base) <= 0.5 and 0 <= g.x0 - f.x1 <= 0.5 * size
           and not any(f.x1 - 1 <= s[0] and s[2] <= g.x0 + 1 and s[1] < g.bottom and s[3] > g.top for s in shapes)]
    return Fragment(words=f.words + nxt[0].words) if len(nxt) == 1 else f


def _bars(shares: list[_Share]) -> list[list[_Share]]:
    """Shares grouped by bar: segments of a column share their left and right edges, of a horizontal bar their
    top and bottom; a column's segments stand one over the other."""
    groups: list[list[_Share]] = []
    for s in shares:
        for g in groups:
            r = g[0].rect
            if abs(r[0] - s.rect[0]) <= SAME_SPAN and abs(r[2] - s.rect[2]) <= SAME_SPAN \
                    or abs(r[1] - s.rect[1]) <= SAME_SPAN and abs(r[3] - s.rect[3]) <= SAME_SPAN:
                g.append(s)
                break
        else:
            groups.append([s])
    return [g for g in groups if len(g) >= 2]


def _column(bar: list[_Share]) -> bool:
    return abs(bar[0].rect[0] - bar[1].rect[0]) <= SAME_SPAN and abs(bar[0].rect[2] - bar[1].rect[2]) <= SAME_SPAN


def _whole(bar: list[_Share]) -> bool:
    values = [float(re.sub(r"^[−–‒]", "-", s.value.rstrip("%％ ")).replace(",", ".")) for s in bar]
    return abs(sum(values) - 100) <= SUM_TOLERANCE * len(values)


def _bar_name(bar: list[_Share], frags: list[Fragment]) -> Fragment | None:
    """The words right over a column (within its width), or right left of a horizontal bar (on its line)."""
    x0, top = min(s.rect[0] for s in bar), min(s.rect[1] for s in bar)
    x1, bottom = max(s.rect[2] for s in bar), max(s.rect[3] for s in bar)
    if _column(bar):
        near = [f for f in frags if _LETTER.search(f.text) and 0 <= top - f.bottom <= NAME_GAP * (f.bottom - f.top)
                and x0 - 2 <= (f.x0 + f.x1) / 2 <= x1 + 2 and f.x1 - f.x0 <= NAME_WIDTH * (x1 - x0)]
        if not near:
            return None
        name = [max(near, key=lambda f: f.bottom)]
        for _ in range(NAME_LINES - 1):     # a name over lines ("Operating | income")
            up = [f for f in frags if f not in name and -0.5 * (f.bottom - f.top) <= name[0].top - f.bottom
                  <= 0.6 * (f.bottom - f.top) and f.base < name[0].base - 0.5 * (f.bottom - f.top)
                  and x0 - 2 <= (f.x0 + f.x1) / 2 <= x1 + 2 and f.x1 - f.x0 <= NAME_WIDTH * (x1 - x0)
                  and _LETTER.search(f.text) and not is_number(f.text)]
            if len(up) != 1:
                break
            name.insert(0, up[0])
        return name[0] if len(name) == 1 else Fragment(words=[w for f in name for w in f.words])
    mid = (top + bottom) / 2
    near = [f for f in frags if _LETTER.search(f.text) and 0 <= x0 - f.x1 <= NAME_GAP * (f.bottom - f.top)
            and f.top <= mid <= f.bottom]
    return max(near, key=lambda f: f.x1) if len(near) == 1 else None


def _title(bars: list[list[_Share]], entries: list[Fragment], names: list[Fragment], frags: list[Fragment]) -> Fragment | None:
    """The nearest line over the bars, their names and the legend (when the legend stands over the bars), in their
    span, that is none of those and no figure."""
    own = {id(f) for f in entries + names}
    x0 = min(s.rect[0] for b in bars for s in b)
    x1 = max(s.rect[2] for b in bars for s in b)
    top = min([s.rect[1] for b in bars for s in b] + [f.top for f in names]
              + [f.top for f in entries if f.top < min(s.rect[1] for b in bars for s in b)])
    over = [f for f in frags if id(f) not in own and _LETTER.search(f.text) and not is_number(f.text)
            and 0 <= top - f.bottom <= TITLE_GAP * (f.bottom - f.top) and f.x0 <= x1 and f.x1 >= x0]
    return max(over, key=lambda f: f.bottom) if over else None


def _box(f: Fragment) -> tuple[float, float, float, float]:
    return (f.x0, f.top, f.x1, f.bottom)
