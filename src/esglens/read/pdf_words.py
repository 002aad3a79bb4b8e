"""Words of one PDF page straight from pdfium's per-character data, in one pass.

The same words as `words_of(page_chars(...))` in pdf_chars (tests/test_pdf_words.py compares the
two on constructed and real pages), without a Char object per character: a word whose characters
all have one type size and one baseline (almost every word of running text) is summed up as it
is read; any other word (a superscript, a subscript, a baseline that moves) is built by
pdf_chars._word from Char objects, as before.
"""
from __future__ import annotations

from .pdf_chars import SPACE, Char, Word, _stage_arrays, _to_reading, _word


def page_words(textpage, width: float, height: float) -> tuple[list[Word], int]:
    """The page's words in content order and its dominant text angle in degrees."""
    text, wanted, gen, boxes, orgs, keys, main = _stage_arrays(textpage)
    return _Builder().run(text, wanted, gen, boxes, orgs, keys, main, width, height), main


class _Builder:
    """words_of's rules, with the current word kept as running figures (see the module doc)."""

    def __init__(self):
        self.words: list[Word] = []
        self.cur: list[tuple] = []          # the current word's characters: (ch, x0, x1, top, bottom, base, size, bold)
        self.spaced = False

    def flush(self) -> None:
        cur = self.cur
        if not cur:
            return
        first = cur[0]
        size, base = first[6], first[5]
        if len(cur) == 1 or all(c[6] == size and c[5] == base for c in cur):
            # one size and one baseline: no superscript, the body is every character
            x0, x1, top, bottom = first[1], first[2], first[3], first[4]
            bold = 0
            for c in cur:
                if c[1] < x0:
                    x0 = c[1]
                if c[2] > x1:
                    x1 = c[2]
                if c[3] < top:
                    top = c[3]
                if c[4] > bottom:
                    bottom = c[4]
                bold += c[7]
            word = Word("".join([c[0] for c in cur]), x0, x1, top, bottom, round(base, 1), size,
                        bold * 2 > len(cur), self.spaced)
        else:
            word = _word([Char(*c) for c in cur], self.spaced)
        self.words.append(word)
        self.cur = []

    def run(self, text, wanted, gen, boxes, orgs, keys, main: int, w: float, h: float) -> list[Word]:
        pending_space = False
        generated = False
        p_x1 = p_top = p_bottom = p_base = p_size = 0.0
        for k, ch in enumerate(text):
            kind = wanted[k]
            if kind == 1 and gen[k] != 1:          # a real space
                if self.cur:
                    self.flush()
                    pending_space = True
                continue
            if kind != 2 or keys[k][1] != main:    # a generated break, an empty code, another angle
                generated = True
                continue
            j = 4 * k
            if main == 0:
                left, t, b = boxes[j], h - boxes[j + 1], h - boxes[j + 3]
                c = (ch, left, boxes[j + 2], t, b, h - orgs[2 * k + 1], max(b - t, 0.1), keys[k][0])
            else:
                r = _to_reading(ch, boxes[j], boxes[j + 2], boxes[j + 1], boxes[j + 3], orgs[2 * k],
                                orgs[2 * k + 1], keys[k][0], main, w, h)
                c = (ch, r.x0, r.x1, r.top, r.bottom, r.base, r.size, r.bold)
            size_c = c[6]
            if self.cur:
                size = p_size if p_size > size_c else size_c
                same_line = abs(c[5] - p_base) < 0.45 * size or \
                    (p_bottom if p_bottom < c[4] else c[4]) - (p_top if p_top > c[3] else c[3]) \
                    > 0.5 * (p_size if p_size < size_c else size_c)
                gap = c[1] - p_x1
                entering = size_c < 0.85 * p_size
                leaving = p_size < 0.85 * size_c
                limit = 0.3 * size if entering else 0.12 * size if (generated or leaving) else 0.25 * size
                if not same_line or gap > limit or gap < -0.5 * size:
                    self.flush()
                    pending_space = False
            generated = False
            if not self.cur:
                self.spaced = pending_space
                pending_space = False
            self.cur.append(c)
            p_x1, p_top, p_bottom, p_base, p_size = c[2], c[3], c[4], c[5], size_c
        self.flush()
        return self.words
