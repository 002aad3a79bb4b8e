"""Charts whose data labels are printed: bars (or points) with their values over an axis of years.
Each becomes a table — the chart's caption as the label of every row, one column per year — so that
its printed values are facts with their year, not sentences dated to the report's year.

A chart is found from its axis: a line holding nothing but three or more consecutive years, evenly
spaced (two charts side by side share the line: the years start again). Its values are the lines
above the axis, within the axis' width, that hold nothing but numbers, up to the first text (the
legend or the caption). Each value goes to the year it stands over (within half the axis' pitch); a
value between two years, or any word among the values, and the chart is not read (abstain).
Which series a value belongs to (the legend's colours) is not read: the label is the caption. When every
smaller caption line (each series' legend, a title's second line) ends in the same unit in brackets
("Net Sales (Yen in billions)" / "Operating Income (Yen in billions)"; "in headcount (HC)"), that unit is
every value's: the chart's title carries it ("Net Sales/Operating Income (Yen in billions)"); legends in
different units, or one that states none, and no unit is given (which value is whose is not read).
"""
from __future__ import annotations

import re

from ..core.units import known_unit
from .pdf_chart_series import ANCHOR, ANCHOR_BEFORE, split_series
from .pdf_lines import Fragment, Line
from .pdf_table_tokens import Token, has_words, is_number, is_year, tokens

# the years of an axis are this evenly spaced (largest / smallest gap)
_EVEN = 1.35
# caption lines stand within this many type sizes of each other, at most this many
_CAPTION_GAP = 1.2
_CAPTION_LINES = 4
# this many lines with a value over every year, half the lines or more: a table, not bars
_FULL_ROWS = 3
# values whose left (or right) edges differ by less than this (pt) stand in one column
_ALIGN = 2.0
# a value's year is this many times nearer than the next year
_CLEAR = 1.15
# a chart's headline figure is set this many times its labels' size or larger; its words after it, a unit
_HEADLINE_SIZE = 1.5
_HEADLINE = re.compile(r"^([+\-−]?\d[\d,]*(?:\.\d+)?)\s*([^\W\d_][^\d]{0,30})?$")
# "(206/3)": a breakdown of the value above it; which parts are whose is not read
_PAIR = re.compile(r"^\(?[\d,.]+\s?/\s?[\d,.]+\)?$")


def find_charts(lines: list[Line]):
    """Charts with printed values over a year axis, as PageTables (pdf_tables.PageTable)."""
    from .pdf_tables import PageTable
    order = sorted(range(len(lines)), key=lambda k: lines[k].base)
    out = []
    taken: set[int] = set()
    for pos, k in enumerate(order):
        for axis in _axes(lines[k]):
            chart = _read(lines, order[:pos], axis, taken)
            if chart is None:
                continue
            rows, boxes, frags, caption = chart
            taken.update(id(f) for f in frags)
            out.append(PageTable(rows=rows, boxes=boxes, title=caption, header_rows=1,
                                 top=min(f.top for f in frags), bottom=max(f.bottom for f in frags),
                                 x0=min(f.x0 for f in frags), x1=max(f.x1 for f in frags),
                                 lines=[Line(frags=[f]) for f in frags], axis=True))
    return out


def _axes(line: Line) -> list[list[Token]]:
    """Runs of three or more consecutive years, evenly spaced, when the line holds only years."""
    toks = _axis_tokens(line)
    if len(toks) < 3:
        return []
    runs: list[list[Token]] = [[]]
    for t in toks:
        if t is not None and runs[-1] and _year(t) == _year(runs[-1][-1]) + 1:
            runs[-1].append(t)
        else:
            runs.append([t] if t is not None else [])
    out = []
    for run in runs:
        mids = [(t.x0 + t.x1) / 2 for t in run]
        gaps = [b - a for a, b in zip(mids, mids[1:])]
        if len(run) >= 3 and min(gaps) > 0 and max(gaps) <= _EVEN * min(gaps):
            out.append(run)
    return out


# rule "short axis years": an axis may print a year by its last two digits ("'18", "’19", "FY19") or a fiscal
# year over two ("18/19": the year it ends, as a table header's "2018/19"); a period word may close the line
# ("(FY)", "FY", "年度"). Two digits are this century's below _CENTURY_PIVOT, else the last century's.
_SHORT_YEAR = re.compile(r"^(?:['’‘](\d{2})|FY\s?['’‘]?(\d{2})|(\d{2})\s?/\s?(\d{2}))$", re.I)
_PERIOD_WORD = re.compile(r"^[(（]?(?:FY|CY|fiscal\s+years?|年度)[)）]?$", re.I)
_CENTURY_PIVOT = 70


def _axis_tokens(line: Line) -> list[Token | None]:
    """The line's tokens when it holds only years (four-digit or short), a period word maybe closing a run of
    them; else []. Figures without words may share the line (another chart's labels on the axis' baseline): they
    part the runs (None). Rule "shared baseline": words of another column on the axis' line (a note, a chart
    beside it) part the runs too when they stand `_APART` pitches or more from every year; nearer, they are a
    table's header (a stub head before its years): no axis."""
    toks = tokens(line)
    if toks and all(is_year(t.text) for t in toks):
        return toks
    words = [Token(w.text, w.x0, w.x1, f) for f in line.frags for w in f.words]
    years = [t for t in words if is_year(t.text) or _short_year(t.text)]
    if len(years) < 3:
        return []      # (the common case, asked of every line: no run of years, no axis)
    mids = sorted((t.x0 + t.x1) / 2 for t in years)
    gaps = sorted(b - a for a, b in zip(mids, mids[1:]))
    reach = _APART * gaps[len(gaps) // 2]
    out: list[Token | None] = []
    for t in words:
        if is_year(t.text) or _short_year(t.text):
            out.append(t)
        elif _PERIOD_WORD.match(_plain(t.text)) and out and out[-1] is not None:
            out.append(None)
        elif not has_words(t.text) and any(ch.isdigit() for ch in t.text):
            out.append(None)
        elif all(min(abs(y.x0 - t.x1), abs(t.x0 - y.x1)) >= reach for y in years):
            out.append(None)
        else:
            return []
    return out


# words of another column on an axis' line stand this many of the axis' pitches from its years or further
_APART = 1.5


def _short_year(text: str) -> int | None:
    m = _SHORT_YEAR.match(text.strip())
    if m is None:
        return None
    if m.group(3):      # "18/19": consecutive, the year it ends
        a, b = int(m.group(3)), int(m.group(4))
        if b != (a + 1) % 100:
            return None
        two = b
    else:
        two = int(m.group(1) or m.group(2))
    return (2000 if two < _CENTURY_PIVOT else 1900) + two


def _year(t: Token) -> int:
    if (y := _short_year(t.text)) is not None:
        return y
    digits = "".join(ch for ch in t.text if ch.isdigit())
    return int(digits[:4])


def _head(t: Token) -> str:
    """The axis year as a column header: a short one written out ("’18" → "2018"; "18/19" → "2018/19")."""
    y = _short_year(t.text)
    if y is None:
        return t.text
    return f"{y - 1}/{str(y)[2:]}" if "/" in t.text else str(y)


def _read(lines: list[Line], above: list[int], axis: list[Token], taken: set[int]):
    mids = [(t.x0 + t.x1) / 2 for t in axis]
    pitch = (mids[-1] - mids[0]) / (len(mids) - 1)
    lo, hi = mids[0] - pitch / 2, mids[-1] + pitch / 2
    found: list[Token] = []
    caption: list[Fragment] = []
    headline: Token | None = None
    full = rows = 0
    for k in reversed(above):
        inside = [t for t in tokens(lines[k]) if lo <= (t.x0 + t.x1) / 2 <= hi and id(t.frag) not in taken
                  and not _PAIR.match(t.text)]
        if not inside:
            continue
        if not caption:
            headline, skip = _headline_step(inside, found, headline)
            if skip:
                continue
        if caption or not all(is_number(t.text) for t in inside):
            frs = [f for f in lines[k].frags if lo <= (f.x0 + f.x1) / 2 <= hi]
            if any(is_number(t.text) for t in inside) or not _caption_next(caption, frs):
                break
            caption = frs + caption
            if len({round(f.base) for f in caption}) >= _CAPTION_LINES:   # lines, not a legend line's entries
                break
            continue
        if any(not is_number(f.text) and lo - 2 * pitch <= f.x1 <= lo for f in lines[k].frags):
            return None     # a row label left of the numbers: a table's rows, not a chart's labels
        found += inside
        full += len({min(range(len(mids)), key=lambda i: abs(mids[i] - (t.x0 + t.x1) / 2)) for t in inside}) == len(mids)
        rows += 1
    if full >= _FULL_ROWS and 2 * full >= rows:
        return None         # line after line with a value under every year: a table read upwards
    return _finish(axis, _columns(found, mids, pitch), caption, headline, mids, pitch)


def _headline_step(inside: list[Token], found: list[Token], headline: Token | None) -> tuple[Token | None, bool]:
    """(the headline so far, whether the line is it): a figure printed large over the labels is the chart's
    headline while text (the caption) follows above it; more labels above it, and it was a label set large."""
    if headline is None:
        return (inside[0], True) if _headline(inside, found) else (None, False)
    if all(is_number(t.text) for t in inside):
        found.append(headline)
        return None, False
    return headline, False


def _finish(axis: list[Token], values, caption: list[Fragment], headline: Token | None, mids: list[float],
            pitch: float):
    """The chart's table, the headline the last year's value when it stands over that year's place alone."""
    if values is None:
        return None
    if headline is not None and (last := _headline_year(headline, values, mids, pitch)) is not None:
        number, words = _HEADLINE.match(_plain(headline.text)).groups()
        values.append((Token(number, headline.x0, headline.x0 + (headline.x1 - headline.x0) * len(number)
                             / max(len(headline.text), 1), headline.frag), last))
        return _table(axis, values, caption, words if known_unit(words) else "", [headline.frag])
    if headline is not None:
        caption = caption + [headline.frag]     # a figure no year can be tied to: the caption's, no fact
    return _table(axis, values, caption)


def _headline(inside: list[Token], found: list[Token]) -> bool:
    """Rule "chart headline": one figure (maybe with its unit words) set `_HEADLINE_SIZE` times the labels
    below it or larger, right above them."""
    if len(inside) != 1 or not found or not _HEADLINE.match(_plain(inside[0].text)):
        return False
    sizes = sorted(t.frag.size for t in found)
    return inside[0].frag.size >= _HEADLINE_SIZE * sizes[len(sizes) // 2]


def _headline_year(headline: Token, values: list[tuple[Token, int]], mids: list[float], pitch: float) -> int | None:
    """The axis' last year, when it alone has no label and the headline stands over its place; else None."""
    last = len(mids) - 1
    if {j for _, j in values} != set(range(last)):
        return None
    if not (headline.x0 <= mids[last] + pitch / 2 and headline.x1 >= mids[last] - pitch / 2):
        return None
    return last


def _plain(text: str) -> str:
    return re.sub(r"\^\{([^}]*)\}", r"\1", text).strip()


def _columns(found: list[Token], mids: list[float], pitch: float) -> list[tuple[Token, int]] | None:
    """Each value's year: values aligned on one edge (labels set beside their bars) go together, to
    the year nearest their middle; a value (or group) about as near to two years is nobody's."""
    out = []
    for t in found:
        group = [u for u in found if abs(u.x0 - t.x0) <= _ALIGN] or [t]
        alt = [u for u in found if abs(u.x1 - t.x1) <= _ALIGN]
        group = max(group, alt, key=len)
        mid = sorted((u.x0 + u.x1) / 2 for u in group)[len(group) // 2]
        near = sorted(range(len(mids)), key=lambda i: abs(mids[i] - mid))
        d1 = abs(mids[near[0]] - mid)
        d2 = abs(mids[near[1]] - mid) if len(near) > 1 else 1e9
        if d1 > pitch / 2 or d2 < _CLEAR * d1:
            at = _anchored(t, mids)
            if at is None:
                return None
            out.append((t, at))
            continue
        out.append((t, near[0]))
    return out


def _anchored(t: Token, mids: list[float]) -> int | None:
    """Rule "label set right of its point": a line's data label starts at its marker, over the year's tick
    (its left edge within `ANCHOR` of its type sizes right of the tick, pdf_chart_series), its middle halfway to the next year.
    The one year whose tick its left edge starts at, else None (abstain)."""
    size = t.frag.size
    at = [i for i, m in enumerate(mids) if -ANCHOR_BEFORE * size <= t.x0 - m <= ANCHOR * size]
    return at[0] if len(at) == 1 else None


def _caption_next(caption: list[Fragment], frs: list[Fragment]) -> bool:
    """The next caption line up: close above the one read before it."""
    if not frs:
        return False
    if not caption:
        return True
    return caption[0].top - max(f.bottom for f in frs) <= _CAPTION_GAP * caption[0].size


def _table(axis: list[Token], values: list[tuple[Token, int]], caption: list[Fragment], head_unit: str = "",
           extra: list[Fragment] = ()):
    """One row per printed line of values (two values of one year on a line: two rows)."""
    if not caption or len({j for _, j in values}) < len(axis):
        return None    # no name, or a year without a value: not a chart with printed values
    # the title is set largest (legend lines and a note of the chart above are smaller); a figure is no title
    words = [f for f in caption if not _HEADLINE.match(_plain(f.text))]
    if not words:
        return None
    title = max(words, key=lambda f: (round(f.size, 1), -f.top))
    name = title.text.strip()
    head = [name] + [_head(t) for t in axis]
    rows: list[list[str]] = [head]
    boxes: list[list] = [[None] + [(t.x0, t.frag.top, t.x1, t.frag.bottom) for t in axis]]
    by_line: dict[tuple[int, int], tuple[list[str], list]] = {}
    for t, j in values:
        n = 0
        base = round(t.frag.base, 1)
        while (base, n) in by_line and by_line[(base, n)][0][j + 1]:
            n += 1
        row = by_line.setdefault((base, n), ([_subtitled(name, title, words)] + [""] * len(axis),
                                             [None] * (len(axis) + 1)))
        row[0][j + 1] = t.text
        row[1][j + 1] = (t.x0, t.frag.top, t.x1, t.frag.bottom)
    for key in sorted(by_line):
        rows.append(by_line[key][0])
        boxes.append(by_line[key][1])
    legend = [f for f in words if f is not title]
    if (series := _series(axis, values, [f for f in legend if f.top > title.top])) is not None:
        rows = [head] + [[f"{name} > {label} ({unit})"] + [cells.get(j, "") for j in range(len(axis))]
                         for label, unit, cells, _ in series]
        boxes = boxes[:1] + [[None] + [bx.get(j) for j in range(len(axis))] for _, _, _, bx in series]
    frags = list({id(f): f for f in [t.frag for t in axis] + [t.frag for t, _ in values] + caption
                  + list(extra)}.values())
    unit = "" if _stated_unit(name) or series else head_unit or _legend_unit(legend)
    return rows, boxes, frags, f"{name} ({unit})" if unit else name


def _subtitled(name: str, title: Fragment, words: list[Fragment]) -> str:
    """Rule "subtitle": one line of smaller words right under the title, naming what is counted ("Number of
    participants (cumulative)"), names the values under the title: "<title> > <subtitle>". A bracketed note
    ("(thousands)", "(Workforce, Consolidated)") or a line ending in a unit is no subtitle."""
    under = [f for f in words if f.top > title.top]
    if len(under) != 1:
        return name
    sub = under[0].text.strip()
    if sub.startswith(("(", "（")) or _stated_unit(sub) or under[0].size >= title.size or not has_words(sub):
        return name
    return f"{name} > {sub}"


def _series(axis: list[Token], values: list[tuple[Token, int]], legend: list[Fragment]):
    """A combo chart's two series (pdf_chart_series), each (name, unit, cells by year, boxes by year); else None."""
    named = []
    for f in legend:
        m = _LAST_BRACKET.search(f.text.strip())
        if m is None or not known_unit(m.group(1)):
            return None
        named.append((f.text.strip()[:m.start()].strip(), m.group(1)))
    split = split_series(values, [(t.x0 + t.x1) / 2 for t in axis], named)
    if split is None:
        return None
    return [(label, unit, {j: t.text for t, j in vals}, {j: (t.x0, t.frag.top, t.x1, t.frag.bottom) for t, j in vals})
            for label, unit, vals in split]


# a unit in brackets that ends a caption line: "Toshiba Hotline (Cases)", "in headcount (HC)"
_LAST_BRACKET = re.compile(r"[(（]\s*(?:in\s+)?([^()（）]{1,40}?)\s*[)）][\s*※\d]*$", re.I)


def _stated_unit(text: str) -> str:
    m = _LAST_BRACKET.search(text.strip())
    return m.group(1) if m and known_unit(m.group(1)) else ""


def _legend_unit(lines: list[Fragment]) -> str:
    """The one unit every caption line but the title ends with (module doc); else ""."""
    texts = [f.text.strip() for f in lines if re.search(r"[^\W\d_]", f.text)]
    units = [_stated_unit(t) for t in texts]
    if not units or not all(units) or len({re.sub(r"\s+", "", u).lower() for u in units}) != 1:
        return ""
    return units[0]


def legend_unit(legend: list[Fragment]) -> str | None:
    """Rule "legend units" (h87's name for `_legend_unit`): the one unit every legend entry ends with, else None."""
    return _legend_unit(legend) or None
