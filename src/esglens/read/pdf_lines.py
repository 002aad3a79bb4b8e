"""Words of a page into visual lines and line fragments (runs of words with no wide gap)."""
from __future__ import annotations

import re
from bisect import insort
from dataclasses import dataclass, field
from operator import attrgetter

from array import array

from .pdf_c_loop import lines_loop, ones
from .pdf_chars import Word, _superscript

# a footnote marker set as a small raised word of its own
_MARKER = re.compile(r"\((\w{1,3})\)|(\w{1,3}|\*{1,3}|[†‡§])")

# A gap wider than this many type sizes separates two fragments (table cells, prose columns).
FRAGMENT_GAP = 0.8
# ... unless a real space stood there and the gap is still narrow (justified prose).
SPACED_GAP = 1.4
# Words whose baselines differ by less than this many type sizes stand on one line ...
BASELINE_TOLERANCE = 0.3
# ... unless one is set this many times larger than the other (a giant glyph in a banner).
GIANT_RATIO = 3.0


@dataclass
class Fragment:
    words: list[Word]
    text: str = ""
    x0: float = 0.0
    x1: float = 0.0
    top: float = 0.0
    bottom: float = 0.0
    base: float = 0.0
    size: float = 0.0
    bold: bool = False
    # pdf_table_tokens' tokens of the fragment, once asked (a cache: not part of what the fragment is)
    tokens: list | None = field(default=None, init=False, repr=False, compare=False)
    # the kind of region the fragment stands in when it is not prose ("table": pdf_regions), else None
    region: str | None = field(default=None, compare=False)

    def __post_init__(self):
        self.refresh()

    def refresh(self) -> None:
        ws = self.words
        if len(ws) == 1:    # most table cells: the word's own measures
            w = ws[0]
            self.text, self.x0, self.x1, self.top, self.bottom = w.text, w.x0, w.x1, w.top, w.bottom
            self.size, self.base, self.bold = w.size, w.base, w.bold and len(w.text) > 0
            return
        self.text = _join(ws)
        w = ws[0]
        x0, x1, top, bottom, size = w.x0, w.x1, w.top, w.bottom, w.size
        for w in ws:    # min() and max() of each measure: the first extreme value wins
            if w.x0 < x0:
                x0 = w.x0
            if w.x1 > x1:
                x1 = w.x1
            if w.top < top:
                top = w.top
            if w.bottom > bottom:
                bottom = w.bottom
            if w.size > size:
                size = w.size
        self.x0, self.x1, self.top, self.bottom, self.size = x0, x1, top, bottom, size
        main = [w for w in ws if w.size >= 0.85 * size] or ws
        self.base = sorted([w.base for w in main])[len(main) // 2]
        chars = bold = 0
        for w in main:
            n = len(w.text)
            chars += n
            if w.bold:
                bold += n
        self.bold = bold * 2 > chars


class _once:
    """functools.cached_property without its lock (Python 3.11 takes an RLock on every first read, which
    the table steps pay for each of the many Lines they regroup): the value is put in the instance's
    __dict__ on first read, and read from there after."""

    def __init__(self, fn):
        self.fn, self.name = fn, fn.__name__

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.fn(obj)
        return value


@dataclass
class Line:
    frags: list[Fragment] = field(default_factory=list)
    # pdf_table_tokens.tokens of the line, once asked (a cache: not part of what the line is)
    tokens: list | None = field(default=None, init=False, repr=False, compare=False)
    # pdf_table_tokens.is_data_line of the line, once asked (a cache of what its tokens tell)
    data: bool | None = field(default=None, init=False, repr=False, compare=False)

    # worked out once per line (a Line is not changed once built)
    @_once
    def base(self) -> float:
        return sorted(f.base for f in self.frags)[len(self.frags) // 2]

    @_once
    def top(self) -> float:
        return min(f.top for f in self.frags)

    @_once
    def bottom(self) -> float:
        return max(f.bottom for f in self.frags)

    @_once
    def size(self) -> float:
        return max(f.size for f in self.frags)

    @_once
    def text(self) -> str:
        return "  ".join(f.text for f in self.frags)


def _join(words: list[Word]) -> str:
    out = ""
    prev: Word | None = None
    for w in words:
        if prev is not None and (w.spaced or w.x0 - prev.x1 > 0.12 * (prev.size if prev.size > w.size else w.size)):
            out += " "
        out += w.text
        prev = w
    return out


def build_lines(words: list[Word]) -> list[Line]:
    """Cluster words into lines by baseline; small words standing apart (a footnote marker or a
    subscript drawn as its own text object) join the line they overlap."""
    if not words:
        return []
    sizes = sorted(w.size for w in words)
    body = sizes[len(sizes) // 2]
    if (loop := lines_loop()) is not None and (lines := _lines_in_c(loop, words, 0.8 * body)) is not None:
        return lines
    def is_small(w: Word) -> bool:
        return w.size < 0.8 * body and (len(w.text) <= 2 or bool(_MARKER.fullmatch(w.text)))
    big: list[Word] = []
    small: list[Word] = []
    for w in words:
        (small if is_small(w) else big).append(w)
    groups, medians = _bands(sorted(big, key=_BY_BASE_X))
    # each group's top and bottom, kept up to date as small words join it
    tops = [min(x.top for x in g) for g in groups]
    bottoms = [max(x.bottom for x in g) for g in groups]
    for w in small:
        best, score = -1, 0.0
        wt, wb = w.top, w.bottom
        for i in range(len(groups)):
            gt, gb = tops[i], bottoms[i]
            ov = (gb if gb < wb else wb) - (gt if gt > wt else wt)     # min(gb, wb) - max(gt, wt)
            if ov > score:
                best, score = i, ov
        if best >= 0 and score > 0.3 * (w.bottom - w.top):
            g, bases = groups[best], medians[best]
            gb = bases[len(bases) // 2]
            if w.base < gb - 0.15 * w.size * 2 and (m := _MARKER.fullmatch(w.text)):
                w.text = _superscript(m.group(1) or m.group(2))   # a raised footnote marker: "(4)", "b", "**"
            g.append(w)
            insort(bases, w.base)
            tops[best], bottoms[best] = min(tops[best], w.top), max(bottoms[best], w.bottom)
        else:
            groups.append([w])
            medians.append([w.base])
            tops.append(w.top)
            bottoms.append(w.bottom)
    # by median baseline (a stable sort, as groups.sort with that key)
    order = sorted(range(len(groups)), key=lambda i: medians[i][len(medians[i]) // 2])
    return [Line(frags=_fragments(sorted(groups[i], key=_BY_X))) for i in order]


def _lines_in_c(loop, words: list[Word], small_size: float) -> list[Line] | None:
    """build_lines with its grouping and Fragment.refresh run in C (read/_pdfium_chars.c, esglens_page_lines:
    the same rules in the same floating-point steps, each measure taken from the word Python would take it
    from; tests/test_pdf_lines_c.py compares the two); None when C declines (a NaN or a measure that is
    no number) and build_lines runs in Python."""
    n = len(words)
    try:    # six measures a word, laid side by side
        geom = array("d", [v for w in words for v in (w.x0, w.x1, w.top, w.bottom, w.base, w.size)])
    except TypeError:
        return None
    texts = [w.text for w in words]
    flags = bytearray([(4 if w.spaced else 0) | (8 if w.bold else 0) for w in words])
    for i, size in enumerate(geom[5::6]):
        if size < small_size:   # is_small, and its footnote-marker shape (flag 2)
            marker = _MARKER.fullmatch(texts[i]) is not None
            if len(texts[i]) <= 2 or marker:
                flags[i] |= 1 | (2 if marker else 0)
    nchars = array("i", map(len, texts))
    order, frag_end, line_end, fidx = (array("i", bytes(4 * m)) for m in (n, n, n, 6 * n))
    out, fflags, counts = array("B", bytes(n)), array("B", bytes(n)), array("i", bytes(8))
    if loop(n, geom.buffer_info()[0], bytes(flags), nchars.buffer_info()[0], BASELINE_TOLERANCE, GIANT_RATIO,
            FRAGMENT_GAP, SPACED_GAP, *(a.buffer_info()[0] for a in (order, frag_end, line_end, out, fidx, fflags,
                                                                        counts))) != 0:
        return None
    return _built(words, order, frag_end, line_end, bytes(out), fidx, bytes(fflags), counts)


def _built(words: list[Word], order, frag_end, line_end, outs: bytes, fidx, fflags: bytes, counts) -> list[Line]:
    """The lines esglens_page_lines laid out, with its changes to the words made."""
    for i in _flagged(outs):
        w = words[i]
        if outs[i] & 1:
            m = _MARKER.fullmatch(w.text)
            w.text = _superscript(m.group(1) or m.group(2))   # a raised footnote marker: "(4)", "b", "**"
        if outs[i] & 2:
            w.spaced = False   # a tiny word kept with the word before it
    nl, nf = counts[0], counts[1]
    at = order.tolist()
    ordered = [words[i] for i in at]
    pieces = [" " + w.text if outs[i] & 4 else w.text for i, w in zip(at, ordered)]
    ends, ix, kinds = frag_end[:nf].tolist(), fidx[:6 * nf].tolist(), fflags[:nf]
    frags, a = [], 0
    for j, b in enumerate(ends):
        if b - a == 1:   # (Fragment.refresh of one word)
            w = ordered[a]
            frags.append(_measured([w], w.text, w.x0, w.x1, w.top, w.bottom, w.base, w.size, w.bold and len(w.text) > 0))
        elif kinds[j] & 2:
            frags.append(Fragment(words=ordered[a:b]))
        else:
            k = 6 * j
            frags.append(_measured(ordered[a:b], "".join(pieces[a:b]), ordered[ix[k]].x0, ordered[ix[k + 1]].x1,
                                   ordered[ix[k + 2]].top, ordered[ix[k + 3]].bottom, ordered[ix[k + 5]].base,
                                   ordered[ix[k + 4]].size, kinds[j] == 1))
        a = b
    cuts = line_end[:nl].tolist()
    return [Line(frags=frags[a:b]) for a, b in zip([0] + cuts, cuts)]


def _flagged(outs: bytes) -> list[int]:
    """The indexes of the words esglens_page_lines changed (flag 1 or 2; few are)."""
    return ones(outs.translate(_CHANGED))


_CHANGED = bytes(1 if b & 3 else 0 for b in range(256))


def _measured(words, text, x0, x1, top, bottom, base, size, bold) -> Fragment:
    """A Fragment whose measures are known (what Fragment(words=words) would work out)."""
    f = _new(Fragment)
    f.__dict__.update(words=words, text=text, x0=x0, x1=x1, top=top, bottom=bottom, base=base, size=size,
                      bold=bold, region=None)   # (tokens: the class default, as __init__ leaves it)
    return f


_new = object.__new__
_BY_BASE_X = attrgetter("base", "x0")
_BY_X = attrgetter("x0")


def _bands(ordered: list[Word]) -> tuple[list[list[Word]], list[list[float]]]:
    """Words in order of baseline into bands: a word joins the last band when its baseline is near
    the band's median baseline. The band's baselines and sizes are kept sorted as words join, so that
    its medians are read, not sorted again for every word. Returns the bands and their sorted baselines."""
    groups: list[list[Word]] = []
    all_bases: list[list[float]] = []
    bases: list[float] = []
    sizes: list[float] = []
    for w in ordered:
        if groups:
            mid = len(bases) // 2
            gb, gs, ws = bases[mid], sizes[mid], w.size
            hi, lo = gs if gs > ws else ws, gs if gs < ws else ws     # max(ws, gs), min(ws, gs)
            # the tolerance follows the smaller type: a giant glyph (a chapter number in a banner)
            # must not pull the lines of a table beside it into one band
            if abs(w.base - gb) <= BASELINE_TOLERANCE * hi and hi <= GIANT_RATIO * lo:
                groups[-1].append(w)
                insort(bases, w.base)
                insort(sizes, w.size)
                continue
        groups.append([w])
        bases, sizes = [w.base], [w.size]
        all_bases.append(bases)
    return groups, all_bases


def _fragments(words: list[Word]) -> list[Fragment]:
    runs: list[list[Word]] = [[words[0]]]
    for w in words[1:]:
        prev = runs[-1][-1]
        gap = w.x0 - prev.x1
        size = prev.size if prev.size > w.size else w.size    # max(w.size, prev.size)
        limit = SPACED_GAP if w.spaced else FRAGMENT_GAP
        # A lone superscript or subscript word stays with the word before it.
        tiny = w.size < 0.85 * prev.size and gap < 0.3 * size
        if gap > limit * size and not tiny:
            runs.append([w])
        else:
            if tiny and gap < 0.3 * size:
                w.spaced = False
            runs[-1].append(w)
    return [Fragment(words=r) for r in runs]


# two fragments stand on one printed line when their baselines are this many of the smaller type size apart
SAME_LINE = 0.5


def printed_lines(lines: list[Line]) -> list[str]:
    """The text of fragments as the page prints it: one string a line (baselines within SAME_LINE), top to
    bottom, left to right; for a region read as a built table (a panel, a matrix) whose rows are not its text."""
    frags = sorted((f for ln in lines for f in ln.frags), key=lambda f: (f.base, f.x0))
    rows: list[list[Fragment]] = []
    for f in frags:
        if rows and abs(f.base - rows[-1][0].base) <= SAME_LINE * min(f.size, rows[-1][0].size):
            rows[-1].append(f)
        else:
            rows.append([f])
    return [" ".join(f.text for f in sorted(r, key=lambda f: f.x0)) for r in rows]
