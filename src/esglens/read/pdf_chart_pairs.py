"""Chart data labels that print this year's figure and last year's in brackets ("44.5% (45.4%)",
"(32.2) 32.0"), under a chart title that says which is which ("Employees by Region 2021 (2020)").

The title's bracketed year is the bracketed figure's year, the other year the other figure's: each
label becomes a row of one table per title — the label's caption as the row's name, one column per
year — so that both figures are facts with their year. Without such a title the pair is not read
here (which figure is which year is not printed): abstain.

A label belongs to a title above it that starts left of its middle: of those, the ones that start
rightmost (the column of titles it stands in), the nearest above. Its caption is the nearest text that overlaps it, below it (a
donut's segment name under its figure, a bar's category on the axis) or right above it ("Total" over a
total). A figure whose prior year stands on the next line alone ("99,637" over "(99,538)") pairs the
same way. A unit line right under the title ("1,000 metric tons") is the chart's unit; the axis' ticks
inside the chart are taken with it, so that they join no table beside it.
"""
from __future__ import annotations

import re

from ..core.numbers import is_band
from ..core.units import known_unit
from .pdf_chart_heads import sub_headings
from .pdf_lines import Fragment, Line
from .pdf_table_tokens import is_number

_YR = r"(?:(?:FY\s?)?(?:19|20)\d{2}|FY\s?'?\d{2})"
# "Employees by Region 2021 (2020)", "Sales FY2022 (FY2021)", "Sales FY22 (FY21)": the years end the title
_TITLE_END = re.compile(rf"\s({_YR})\s*[(（]({_YR})[)）]$", re.I)
_FIG = r"[<>≤≥~]?\s?[\d][\d,.]*\s?%?"
_PAIR_AFTER = re.compile(rf"^({_FIG})\s*\(({_FIG})\)$")      # "44.5% (45.4%)": this year (last year)
_PAIR_BEFORE = re.compile(rf"^\(({_FIG})\)\s*({_FIG})$")     # "(32.2) 32.0": (last year) this year
_PRIOR_ALONE = re.compile(rf"^\(({_FIG})\)$")
# titles starting within this many of the label's type sizes of each other stand in one column
_BAND = 3.0
# a caption stands within this many of the label's sizes below (or above) it
_BELOW = 12.0
# a lone sign over an axis: the chart's unit, not a cell
_SIGNS = {"%", "％", "in %"}
_ABOVE = 2.5


def find_chart_pairs(lines: list[Line]):
    """One PageTable per chart title with paired labels under it; [] when the page has none."""
    frags = [f for ln in lines for f in ln.frags]
    titles = [(f, m) for f in frags if (m := _title(f.text.strip()))]
    if not titles:
        return []
    used: set[int] = set()
    groups: dict[int, list] = {}
    priors = [g for g in frags if _PRIOR_ALONE.match(g.text.strip())]    # a prior year's figure alone: "(99,538)"
    for f in frags:
        pair = _pair(f, priors, used)
        if pair is None:
            continue
        owner = _owner(f, [t for t, _ in titles])
        if owner is None:
            continue
        groups.setdefault(id(owner), []).append((f, *pair))
        used.update(id(p) for p in pair[2])
    out = []
    heads = [t for t, _ in titles]
    for title, m in titles:
        got = groups.get(id(title))
        if got:
            out.append(_chart(title, m, got, frags, used, lambda g: _owner(g, heads)))
    return out


def _title(text: str) -> tuple[str, str, str] | None:
    """(name, this year, last year) of a chart title "<name> 2021 (2020)", the name holding a word."""
    if not text.endswith((")", "）")) or (m := _TITLE_END.search(text)) is None:
        return None
    name = text[:m.start()].strip()
    return (name, m.group(1), m.group(2)) if re.search(r"[^\W\d_]", name) else None


def _chart(title: Fragment, m: tuple[str, str, str], got: list, frags: list[Fragment], used: set[int], owner):
    from .pdf_tables import PageTable
    name, this, last = m
    unit = _unit_line(title, frags, used)
    rows = [[f"{name} ({unit.text.strip()})" if unit is not None else name, this, last]]
    boxes, parts = [[None, None, None]], [title] + ([unit] if unit is not None else [])
    caps = []
    for f, cur, prior, pieces in got:
        caps.append(_caption(pieces, frags, used, title))
        if caps[-1] is not None:
            used.add(id(caps[-1]))
            parts.append(caps[-1])
    subs = sub_headings(title, [pieces[0] for _, _, _, pieces in got], [c for c in caps if c], frags, used, owner)
    _shared(subs, got, caps)
    for (f, cur, prior, pieces), cap in zip(got, caps):
        path = [name] + ([subs[id(pieces[0])]] if id(pieces[0]) in subs else []) + ([cap.text.strip()] if cap else [])
        rows.append([" > ".join(path), cur, prior])
        boxes.append([_box([cap]) if cap is not None else None, _box(pieces[:1]), _box(pieces[-1:])])
        parts += pieces
    x0, x1, bottom = min(p.x0 for p in parts), max(p.x1 for p in parts), max(p.bottom for p in parts)
    # the axis' ticks and a lone unit sign inside the chart are the chart's, not a table's column
    inside = [g for g in frags if id(g) not in used and g not in parts and x0 - 2 <= g.x0 and g.x1 <= x1 + 2
              and title.bottom <= g.top and g.bottom <= bottom and (is_number(g.text) or g.text.strip() in _SIGNS)]
    ticks = _axis(inside)
    used.update(id(g) for g in ticks)
    parts += ticks
    return PageTable(rows=rows, boxes=boxes, title=title.text.strip(), header_rows=1,
                     top=min(p.top for p in parts), bottom=bottom, x0=x0, x1=x1,
                     lines=[Line(frags=[p]) for p in parts], chart=True)


def _shared(subs: dict[int, str], got: list, caps: list) -> None:
    """A figure printed the same under every sub-chart heading ("Total 11,819" in each donut of one
    title) is the whole chart's: it keeps no heading (one fact, not one per sub-chart)."""
    heads = set(subs.values())
    seen: dict[tuple, set[str]] = {}
    for (f, cur, prior, pieces), cap in zip(got, caps):
        if id(pieces[0]) in subs and cap is not None:
            seen.setdefault((cap.text.strip(), cur, prior), set()).add(subs[id(pieces[0])])
    for (f, cur, prior, pieces), cap in zip(got, caps):
        if cap is not None and len(heads) > 1 and seen.get((cap.text.strip(), cur, prior)) == heads:
            subs.pop(id(pieces[0]), None)


def _axis(frags: list[Fragment]) -> list[Fragment]:
    """The lone unit signs and the numbers that form an axis: three or more set flush in one column,
    their values rising or falling steadily up the column (a table's cells inside the chart's box stay)."""
    out = [g for g in frags if g.text.strip() in _SIGNS]
    nums = sorted((g for g in frags if g not in out), key=lambda g: g.top)
    for g in nums:
        col = [h for h in nums if abs(h.x1 - g.x1) <= 2]
        vals = [float(re.sub(r"[^\d.]", "", h.text) or "nan") for h in col]
        steps = {round(b - a, 6) for a, b in zip(vals, vals[1:])}
        if len(col) >= 3 and len(steps) == 1 and 0 not in steps and g not in out:
            out += [h for h in col if h not in out]
    return out


def _unit_line(title: Fragment, frags: list[Fragment], used: set[int]) -> Fragment | None:
    """The line right under the title when it is a unit and nothing else ("1,000 metric tons", "in %")."""
    under = [g for g in frags if id(g) not in used and 0 < g.top - title.bottom <= title.size and _overlap(title, g)]
    if len(under) != 1 or not known_unit(under[0].text.strip()):
        return None
    used.add(id(under[0]))
    return under[0]


def _pair(f: Fragment, priors: list[Fragment], used: set[int]):
    """(this year, last year, fragments) of a paired label, else None; `priors`: the page's fragments that
    are a bracketed figure alone, in page order."""
    if id(f) in used:
        return None
    t = f.text.strip()
    if m := _PAIR_AFTER.match(t):
        return m.group(1), m.group(2), [f]
    if m := _PAIR_BEFORE.match(t):
        return m.group(2), m.group(1), [f]
    if not is_number(t) or t.startswith("("):
        return None
    under = [g for g in priors if id(g) not in used and g is not f and 0 < g.top - f.bottom <= 1.5 * f.size
             and _overlap(f, g)]
    if len(under) != 1:
        return None
    return t, _PRIOR_ALONE.match(under[0].text.strip()).group(1), [f, under[0]]


def _owner(f: Fragment, titles: list[Fragment]) -> Fragment | None:
    mid = (f.x0 + f.x1) / 2
    above = [t for t in titles if t.bottom <= f.top and t.x0 - f.size <= mid]
    if not above:
        return None
    column = max(t.x0 for t in above)      # the titles' column the label stands in, then the nearest there
    return max((t for t in above if t.x0 >= column - _BAND * f.size), key=lambda t: t.top)


def _caption(pieces: list[Fragment], frags: list[Fragment], used: set[int], title: Fragment) -> Fragment | None:
    """The nearest text that overlaps the label: below it (a segment's name, a bar's category on the
    axis) or right above it (the name over a total)."""
    top, bottom = pieces[0], pieces[-1]
    texts = [g for g in frags if id(g) not in used and g is not title and g not in pieces
             and (re.search(r"[^\W\d_]", g.text) or is_band(g.text.strip())) and not _title(g.text.strip()) and _overlap(bottom, g)]
    below = [(g.top - bottom.bottom, g) for g in texts
             if 0 <= g.top - bottom.top <= _BELOW * bottom.size and g.top >= bottom.bottom - 1]
    above = [(top.top - g.bottom, g) for g in texts
             if 0 < top.top - g.bottom + 1 and top.top - g.top <= _ABOVE * top.size and g.top > title.bottom]
    near = sorted(below + above, key=lambda d: d[0])
    return near[0][1] if near else None


def _overlap(a: Fragment, b: Fragment) -> bool:
    return min(a.x1, b.x1) - max(a.x0, b.x0) > 0


def _box(frags: list[Fragment]) -> tuple[float, float, float, float] | None:
    if not frags:
        return None
    return (min(f.x0 for f in frags), min(f.top for f in frags), max(f.x1 for f in frags), max(f.bottom for f in frags))
