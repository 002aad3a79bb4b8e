"""Which text of a page is prose and which is a table or a form the table finder did not take.

The prose reader (facts/narrative) should read sentences, not cells. Text outside the found tables
can still be a table: its cells set so close that one line fragment runs across a column gap
("Reclaim transformer oil | Re-used 29,000 litres of ... | Environmental impact reduced"), or a form
whose answers stand in a narrow column beside their questions. Both show by geometry:

- a channel: an x-range left white on several consecutive lines, with words on both sides of it
  on most of them — the gap between two columns;
- the channel runs *through* a fragment on some line: the fragment reader joined two cells that a
  white column separates above and below. Prose columns are split at their gutter (it is wider than
  the gap between words), so two-column prose gives channels but no fragment across them.

A band of lines whose channels are crossed by fragments on `MIN_CROSSED` lines is a table region:
every fragment of those lines inside the crossed fragments' x-range is marked `region = "table"`.
Cost: one pass over the lines, each line's gaps against the channels still open (few), so linear
in words.
"""
from __future__ import annotations

from bisect import bisect_left
from operator import attrgetter, itemgetter
from collections import Counter
from dataclasses import dataclass, field

from .pdf_lines import Fragment, Line

# a channel is at least this many type sizes wide (wider than the space between words) ...
CHANNEL_WIDTH = 0.5
# ... left white on at least this many consecutive lines, with words on both sides on at least
# `CHANNEL_INTERIOR` of them
CHANNEL_LINES = 3
CHANNEL_INTERIOR = 3
# a band is a table when fragments run across its channels on at least this many lines
MIN_CROSSED = 2
# a cell of this many words or fewer, at most `CELL_WIDTH` type sizes wide, is short; a channel with short cells on both sides on this share
# of its lines parts a form's or a chart's columns
CELL_WORDS = 3
CELL_WIDTH = 9.0
SHORT_SHARE = 0.6
# two words of a band's line further apart than this many type sizes are two cells
CELL_GAP = 3.0
# a cell continues on the line below when that line stands at most this many times the band's leading
# (its least step between lines) below it and its first word, after a space of `WRAP_SPACE` type sizes,
# would not have fitted on the line above, or that line is full to `WRAP_SLACK` type sizes (the text wrapped)
WRAP_LEADING = 1.15
WRAP_SPACE = 0.25
WRAP_SLACK = 2.5
MAX_LEADING = 1.6
# cells whose left edges lie this close (points) start one column
COLUMN_TOLERANCE = 2.0
# lines further apart than this many type sizes do not continue a channel (a new block of text)
LINE_GAP = 2.5


_X0X1 = itemgetter(0, 1)
_X0 = attrgetter("x0")


@dataclass
class _Channel:
    lo: float
    hi: float
    first: int                 # index of the first line
    last: int
    interior: int = 0
    crossed: list[Fragment] = field(default_factory=list)
    crossed_lines: set[int] = field(default_factory=set)
    starts: list[float] = field(default_factory=list)   # x0 of the first word right of the channel
    ends: list[float] = field(default_factory=list)     # x1 of the last word left of it
    short: list[Fragment] = field(default_factory=list)  # cells of `CELL_WORDS` words or fewer on both sides

    def see(self, i: int, left: tuple, right: tuple) -> None:
        """A line with words on both sides of the channel: `left` and `right` are the nearest words'
        (x0, x1, fragment)."""
        self.interior += 1
        a, b = left[2], right[2]
        if a is b:
            if _worded(a, self.lo, self.hi):
                self.crossed.append(a)
                self.crossed_lines.add(i)
        elif _short(a) and _short(b):
            self.short += [a, b]

    def cells(self) -> bool:
        """Short cells on both sides of the channel on most of its lines: a form's or a chart's
        columns, not prose columns (whose lines are full)."""
        return len(self.short) // 2 >= max(CHANNEL_INTERIOR, SHORT_SHARE * self.interior)

    def aligned(self) -> bool:
        """A column's edge: the words right of the channel start at one x, or those left of it end
        at one x, on three lines and half as many as hold words on both sides (a river of wide spaces
        in justified text has neither)."""
        need = max(3, self.interior // 2)
        return any(max(Counter(round(x) for x in xs).values(), default=0) >= need for xs in (self.starts, self.ends))


def mark_regions(lines: list[Line], taken: set[int]) -> int:
    """Cut the lines of each table band (fragments not in `taken`, the ids of fragments already in
    a found table) into cells at its channels, join a cell wrapped over lines into one fragment
    (`_wrapped`), and mark them `region = "cell"`: a cell's own text, to be read as prose only when it
    is a sentence. Returns how many cells were marked."""
    kept = [(ln, [f for f in ln.frags if id(f) not in taken]) for ln in lines]
    kept = [(ln, r) for ln, r in kept if r]
    rows = [r for _, r in kept]
    marked = 0
    for first, last, shown, cuts in _bands(rows):
        x0 = min(f.x0 for f in shown)
        x1 = max(f.x1 for f in shown)
        band: list[tuple[Line, list[Fragment]]] = []
        index = _cut_index(cuts)
        for ln, r in kept[first:last + 1]:
            inside = [f for f in r if f.x1 > x0 and f.x0 < x1 and f.region is None]
            if not inside:
                continue
            cells = _cells(sorted((w for f in inside for w in f.words), key=_X0), index)
            ids = {id(f) for f in inside}
            at = min(n for n, f in enumerate(ln.frags) if id(f) in ids)
            rest = [f for f in ln.frags if id(f) not in ids]
            ln.frags[:] = rest[:at] + cells + rest[at:]
            for f in inside:    # replaced: its token cache (which refers back to it) would keep it for the collector
                f.tokens = None
            band.append((ln, cells))
        marked += _wrapped(band, sorted(cuts))
    return marked


def _wrapped(band: list[tuple[Line, list[Fragment]]], cuts: list[tuple[float, float]]) -> int:
    """Join each cell to the cell right below it that starts at the same x when the text wrapped there
    (the line above is full, or the first word below would not have fitted after it: `_no_room`) and
    the line below stands at that column's leading (a row's gap is wider). A cell's sentence so reads
    whole, and a short cell ("Email" over "Telephone", which would have fitted) ends its row.
    Returns the cells left."""
    starts = sorted(lo for lo, _ in cuts)
    col = _columns(band)
    widest: dict[int, float] = {}
    for _, cells in band:
        for f in cells:
            widest[col[id(f)]] = max(widest.get(col[id(f)], f.x1), f.x1)

    def edge(f: Fragment) -> float:
        # the column's right edge at this cell: where the next white channel starts, else its widest line
        i = bisect_left(starts, f.x1 - 0.5)
        return starts[i] if i < len(starts) else widest[col[id(f)]]
    leading = _leading(band, col)
    open_: dict[int, tuple[Fragment, list[str], Fragment]] = {}   # column -> (cell, its lines' texts, last line)
    joined: dict[int, tuple[Fragment, list[str]]] = {}
    count = 0
    for ln, cells in band:
        for f in cells:
            k = col[id(f)]
            above = open_.get(k)
            if above and 0 < f.base - above[2].base <= WRAP_LEADING * leading.get(k, 0.0) \
                    and _no_room(above[2], f, edge(above[2])):
                head, texts = above[0], above[1]
                texts.append(f.text)
                head.words += f.words
                head.bottom, head.x1 = max(head.bottom, f.bottom), max(head.x1, f.x1)
                joined[id(head)] = (head, texts)
                ln.frags[:] = [g for g in ln.frags if g is not f]
            else:
                head, texts = f, [f.text]
                count += 1
            open_[k] = (head, texts, f)
    for head, texts in joined.values():
        head.text = _lines_text(texts)
    return count


def _columns(band: list[tuple[Line, list[Fragment]]]) -> dict[int, int]:
    """The column each cell stands in (by id): cells whose left edges follow each other within
    `COLUMN_TOLERANCE` points start one column."""
    xs = sorted({f.x0 for _, cells in band for f in cells})
    group: dict[float, int] = {}
    k = 0
    for i, x in enumerate(xs):
        if i and x - xs[i - 1] > COLUMN_TOLERANCE:
            k += 1
        group[x] = k
    return {id(f): group[f.x0] for _, cells in band for f in cells}


def _no_room(line: Fragment, below: Fragment, edge: float) -> bool:
    """The text wrapped after `line`: it reaches within `WRAP_SLACK` type sizes of the column's `edge`,
    or the first word of `below` would not fit after it (a space, then the word)."""
    w = below.words[0]
    return line.x1 >= edge - WRAP_SLACK * line.size or line.x1 + WRAP_SPACE * line.size + (w.x1 - w.x0) > edge + 0.5


def _leading(band: list[tuple[Line, list[Fragment]]], col: dict[int, int]) -> dict[int, float]:
    """The step between the lines of one cell, by column (cells starting at one x): the most common step
    between two cells one above the other there (of two as common, the smaller: a row's gap is wider),
    when it occurs twice or more; else the band's. A step over `MAX_LEADING` type sizes is a gap between
    rows, never a leading."""
    last: dict[int, float] = {}
    steps: dict[int, Counter[int]] = {}
    every: Counter[int] = Counter()
    for ln, cells in band:
        for f in cells:
            k = col[id(f)]
            if k in last and 0.5 < f.base - last[k] <= MAX_LEADING * f.size:
                step = round(f.base - last[k])
                steps.setdefault(k, Counter())[step] += 1
                every[step] += 1
            last[k] = f.base
    def usual(c: Counter[int], default: float) -> float:
        # the most common step, the smaller of two as common (a row's gap is the wider); once is no leading
        best = max(c.items(), key=lambda sn: (sn[1], -sn[0]), default=None)
        return best[0] if best and best[1] >= 2 else default
    common = usual(every, 0.0)
    return {k: usual(steps.get(k, Counter()), common) for k in last}


def _lines_text(texts: list[str]) -> str:
    """A cell's lines as one text: a word hyphenated at a line end is joined."""
    out = [texts[0]]
    for t in texts[1:]:
        last = out[-1]
        if last.endswith("-") and last[-2:-1].isalpha() and t[:1].islower():
            out[-1] = last[:-1]
            out.append(t)
        else:
            out += [" ", t]
    return "".join(out)


def _cut_index(cuts: list[tuple[float, float]]) -> tuple:
    """The cuts' starts in order and, from each on, the least end (a cut lies within a..b when the first cut
    starting at a or after ends by b), and the cuts (asked one by one where a measure is NaN)."""
    if any(v != v for c in cuts for v in c):
        return None, None, cuts
    order = sorted(cuts)
    least = [hi for _, hi in order]
    for i in range(len(least) - 2, -1, -1):
        if least[i + 1] < least[i]:
            least[i] = least[i + 1]
    return [lo for lo, _ in order], least, cuts


def _cut_within(a: float, b: float, index: tuple) -> bool:
    """Does a cut (a white range of the band) lie within a..b?"""
    los, least, cuts = index
    if los is None or a != a:
        return any(a <= lo and b >= hi for lo, hi in cuts)
    i = bisect_left(los, a)
    return i < len(los) and least[i] <= b


def _cells(words: list, index: tuple) -> list[Fragment]:
    """A band's words of one line in cells: cut at each white range of the band they span (`_cut_index`),
    and at a gap of `CELL_GAP` type sizes (two cells with no channel found between them)."""
    runs: list[list] = [[words[0]]]
    for w in words[1:]:
        prev = runs[-1][-1]
        if w.x0 - prev.x1 > CELL_GAP * max(w.size, prev.size) or _cut_within(prev.x1, w.x0, index):
            runs.append([w])
        else:
            runs[-1].append(w)
    out = [Fragment(words=r) for r in runs]
    for f in out:
        f.region = "cell"
    return out


def _bands(rows: list[list[Fragment]]) -> list[tuple[int, int, list[Fragment], list[tuple[float, float]]]]:
    """The bands of lines whose channels fragments run across (see `_merge`)."""
    open_: list[_Channel] = []
    done: list[_Channel] = []
    prev_bottom = None
    for i, frags in enumerate(rows):
        if len(frags) == 1:    # (most lines: the fragment's own measures)
            size, top, bottom = frags[0].size, frags[0].top, frags[0].bottom
        else:
            size = max(f.size for f in frags)
            top = min(f.top for f in frags)
            bottom = max(f.bottom for f in frags)
        if prev_bottom is not None and top - prev_bottom > LINE_GAP * size:
            done += open_
            open_ = []
        prev_bottom = bottom
        spans = sorted(((w.x0, w.x1, f) for f in frags for w in f.words), key=_X0X1)
        x0s = [s[0] for s in spans]
        reach = _reach(spans)
        kept: list[_Channel] = []
        for ch in open_:
            (kept if _continue(ch, spans, (x0s, reach), i, size) else done).append(ch)
        open_ = kept + _new_channels(spans, i, size, kept)
    done += open_
    return _merge([c for c in done if c.last - c.first + 1 >= CHANNEL_LINES and c.interior >= CHANNEL_INTERIOR
                   and c.aligned()])


def _reach(spans: list[tuple]) -> list[tuple]:
    """For each word of the sorted spans, the word reaching furthest right so far (the first such on a tie)."""
    out = []
    add = out.append
    far = spans[0] if spans else None
    for s in spans:
        if s[1] > far[1]:
            far = s
        add(far)
    return out


def _gaps(spans: list[tuple[float, float, Fragment]], size: float):
    """The white gaps between the words of one line: (lo, hi, fragment on the left, on the right)."""
    end, left = spans[0][1], spans[0][2]
    for a, b, f in spans[1:]:
        if a - end >= CHANNEL_WIDTH * size:
            yield end, a, left, f
        if b > end:
            end, left = b, f


def _continue(ch: _Channel, spans: list, index: tuple[list[float], list[tuple]], i: int, size: float) -> bool:
    """Narrow the channel to what this line leaves white; count the line's words on both sides.
    `index`: the words' starts and their running right-most end, so only the words near the
    channel are looked at."""
    x0s, reach = index
    lo, hi = ch.lo, ch.hi
    j = bisect_left(x0s, hi)           # words from j on start right of the channel
    k = j
    while k > 0 and reach[k - 1][1] > lo:  # words before k may reach into the channel
        k -= 1
    for a, b, _ in spans[k:j]:
        if b <= lo or a >= hi:
            continue
        # a word inside the channel: keep the wider white part beside it
        if a - lo >= hi - b:
            hi = a
        else:
            lo = b
        if hi - lo < CHANNEL_WIDTH * size:
            return False
    ch.lo, ch.hi, ch.last = lo, hi, i
    j = bisect_left(x0s, hi)
    k = bisect_left(x0s, lo)           # the words before k start left of the channel and end before lo
    while k > 0 and reach[k - 1][1] > lo:
        k -= 1
    left = reach[k - 1] if k else None
    right = spans[j] if j < len(spans) else None
    if left:
        ch.ends.append(left[1])
    if right:
        ch.starts.append(right[0])
    if left and right:
        ch.see(i, left, right)
    return True


def _short(f: Fragment) -> bool:
    """A short cell: a few words in a narrow box (a line of unspaced script is one long word)."""
    return len(f.words) <= CELL_WORDS and f.x1 - f.x0 <= CELL_WIDTH * f.size


def _worded(f: Fragment, lo: float, hi: float) -> bool:
    """The fragment holds a word on each side of the white range: a list marker before a hanging
    indent ("//", "–", "(v)", "1.") is no cell."""
    def word(ws) -> bool:
        return any(sum(ch.isalpha() for ch in w.text) >= 2 or any(ch.isdigit() for ch in w.text[1:]) for w in ws)
    return word([w for w in f.words if w.x1 <= lo]) and word([w for w in f.words if w.x0 >= hi])


def _new_channels(spans: list, i: int, size: float, open_: list[_Channel]) -> list[_Channel]:
    out = []
    for lo, hi, a, b in _gaps(spans, size):
        if any(c.lo < hi and c.hi > lo for c in open_):
            continue
        ch = _Channel(lo, hi, i, i)
        ch.see(i, (a.x0, lo, a), (hi, b.x1, b))
        out.append(ch)
    return out


def _merge(channels: list[_Channel]) -> list[tuple[int, int, list[Fragment], list[tuple[float, float]]]]:
    """Channels whose line ranges overlap make one band; a band is a table when its channels are run
    across on `MIN_CROSSED` lines or more, or one of them parts short cells (`_Channel.cells`). Each
    band: first and last line, the fragments that show it (run across, short cells), its channels."""
    out: list[list] = []
    for ch in sorted(channels, key=lambda c: c.first):
        shown = ch.crossed + (ch.short if ch.cells() else [])
        if out and ch.first <= out[-1][1]:
            band = out[-1]
            band[1] = max(band[1], ch.last)
            band[2] += shown
            band[3] |= ch.crossed_lines
            band[4] += [(ch.lo, ch.hi)]
            band[5] = band[5] or ch.cells()
        else:
            out.append([ch.first, ch.last, shown, set(ch.crossed_lines), [(ch.lo, ch.hi)], ch.cells()])
    return [(a, b, c, cuts) for a, b, c, n, cuts, cells in out if len(n) >= MIN_CROSSED or cells]
