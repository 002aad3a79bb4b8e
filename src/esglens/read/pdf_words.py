"""Words of one PDF page straight from pdfium's per-character data, in one pass.

The same words as `words_of(page_chars(...))` in pdf_chars (tests/test_pdf_words.py compares the
two on constructed and real pages), without a Char object per character: a word whose characters
all have one type size and one baseline (almost every word of running text) is summed up as it
is read; any other word (a superscript, a subscript, a baseline that moves) is built by
pdf_chars._word from Char objects, as before.
"""
from __future__ import annotations

from operator import lt

from .pdf_c_loop import address, ones, words_loop, zeros
from .pdf_chars import _CODE_KEYS, Char, Word, _staged, _to_reading, _word, as_lists


def page_words(textpage, width: float, height: float) -> tuple[list[Word], int]:
    """The page's words in content order and its dominant text angle in degrees."""
    text, wanted, gen, boxes, orgs, keys, main, c_arrays = _staged(textpage, lists=False)
    if c_arrays is not None and (loop := words_loop()) is not None:
        return _words_in_c(loop, c_arrays, text, boxes, orgs, main, width, height), main
    keys, gen, boxes, orgs = as_lists(keys, gen, boxes, orgs, c_arrays)
    return _words(text, wanted, gen, boxes, orgs, keys, main, width, height), main


def _words_in_c(loop, c_arrays, text, boxes, orgs, main: int, w: float, h: float) -> list[Word]:
    """_words with its loop over the characters run in C (read/_pdfium_chars.c, esglens_page_words, which
    places each glyph for the page's angle as _to_reading does): the C loop gives each word's glyph range
    and, when its glyphs have one size and one baseline, its box; any other word is built by
    pdf_chars._word from Char objects, as in _words."""
    wanted, gen, box, org, kind = c_arrays
    n = len(wanted)
    first, end, count, nbold = (zeros("i", n) for _ in range(4))
    flags, geom = zeros("B", n), zeros("d", 6 * n)
    nw = loop(n, wanted, address(gen), address(kind), main // 90, address(box), address(org), w, h,
              *map(address, (first, end, count, flags, nbold, geom)))
    # only the first nw slots were filled: read no more
    firsts, ends, counts, bolds = (memoryview(a)[:nw].tolist() for a in (first, end, count, nbold))
    flag = bytes(memoryview(flags)[:nw])
    g = memoryview(geom)[:6 * nw].tolist()
    page = text if isinstance(text, str) else "".join(text)
    if len(page) == n:
        texts = [page[a:b] for a, b in zip(firsts, ends)]
    else:   # a character that is none ("") shifts the string: join each word's own
        texts = ["".join(text[a:b]) for a, b in zip(firsts, ends)]
    # every word as if summed up in C, column by column; then the others rebuilt from their glyphs
    bases = g[4::6]
    # round(x, 1) is slow and the words of a line share their baseline: each distinct one rounded once
    rounded = {b: round(b, 1) for b in set(bases)}
    # (bold: more than half its glyphs, count < 2 * bold; spaced: flag bit 1, as a bool)
    words = list(map(Word, texts, g[0::6], g[1::6], g[2::6], g[3::6], map(rounded.__getitem__, bases), g[5::6],
                     map(lt, counts, map(_TWICE, bolds)), map(bool, flag.translate(_SPACED))))
    for i in ones(flag.translate(_NOT_SUMMED)):   # (few)
        a, b = firsts[i], ends[i]
        keys = [_CODE_KEYS[kind[k]] for k in range(a, b)]
        chars = [Char(text[k], *_geometry(boxes, orgs, k, main, w, h), key[0])
                 for k, key in zip(range(a, b), keys) if key is not None and key[1] == main]
        words[i] = _word(chars, bool(flag[i] & 1))
    return words


_TWICE = (2).__mul__
_SPACED = bytes(b & 1 for b in range(256))
_NOT_SUMMED = bytes(0 if b & 2 else 1 for b in range(256))   # a word C did not sum up (flag bit 2 unset)



def _words(text, wanted, gen, boxes, orgs, keys, main: int, w: float, h: float) -> list[Word]:
    """words_of's rules over the arrays; a word is the index range of its glyphs [start, last]."""
    words: list[Word] = []
    cols = _placed(boxes, orgs, keys, main, w, h)
    x0s, x1s, tops, bottoms, bases, sizes, _ = cols
    start = last = -1      # the current word's first and last glyph (-1: none yet)
    count = 0              # its glyphs (fewer than last - start + 1 when a break pdfium generated lies inside)
    pending_space = generated = spaced = False
    p_x0 = p_x1 = p_top = p_bottom = p_base = p_size = 0.0
    for k, key in enumerate(keys):
        if key is None or key[1] != main:
            if wanted[k] == 1 and gen[k] != 1:     # a real space
                if start >= 0:
                    words.append(_word_at(start, last + 1, count, spaced, cols, text, keys, main))
                    start = -1
                    pending_space = True
            else:                                   # a generated break, an empty code, another angle
                generated = True
            continue
        top, bottom, base, size_c = tops[k], bottoms[k], bases[k], sizes[k]
        if start >= 0:
            size = p_size if p_size > size_c else size_c
            gap = x0s[k] - p_x1
            if not (abs(base - p_base) < 0.45 * size or (p_bottom if p_bottom < bottom else bottom)
                    - (p_top if p_top > top else top) > 0.5 * (p_size if p_size < size_c else size_c)) \
                    or gap > (0.3 * size if size_c < 0.85 * p_size else 0.12 * size
                              if (generated or p_size < 0.85 * size_c) else 0.25 * size) \
                    or (gap < -0.5 * size and (x0s[k], x1s[k]) != (p_x0, p_x1)):
                words.append(_word_at(start, last + 1, count, spaced, cols, text, keys, main))
                start = -1
                pending_space = False
        generated = False
        if start < 0:
            start, count, spaced, pending_space = k, 0, pending_space, False
        count += 1
        last = k
        # a ligature's letters ("ffi") share one glyph's box: the second and third go on with the word
        p_x0, p_x1, p_top, p_bottom, p_base, p_size = x0s[k], x1s[k], top, bottom, base, size_c
    if start >= 0:
        words.append(_word_at(start, last + 1, count, spaced, cols, text, keys, main))
    return words


def _word_at(a: int, b: int, count: int, spaced: bool, cols, text, keys, main: int) -> Word:
    """The word of glyphs a..b-1: summed up over list slices when they are contiguous and have one
    size and one baseline (no superscript: the body is every glyph), else built by pdf_chars._word."""
    x0s, x1s, tops, bottoms, bases, sizes, bolds = cols
    size, base = sizes[a], bases[a]
    if count == b - a and size == size and base == base and sizes[a:b].count(size) == count \
            and bases[a:b].count(base) == count:
        return Word("".join(text[a:b]), min(x0s[a:b]), max(x1s[a:b]), min(tops[a:b]), max(bottoms[a:b]),
                    round(base, 1), size, sum(bolds[a:b]) * 2 > count, spaced)
    chars = [Char(text[k], x0s[k], x1s[k], tops[k], bottoms[k], bases[k], sizes[k], keys[k][0])
             for k in range(a, b) if keys[k] is not None and keys[k][1] == main]
    return _word(chars, spaced)


def _placed(boxes, orgs, keys, main: int, w: float, h: float) -> tuple[list, ...]:
    """x0, x1, top, bottom, baseline, size and boldness of every character in reading space, as
    pdf_chars places them (meaningless where the character is not a glyph at the main angle)."""
    if main == 0:
        tops = [h - t for t in boxes[1::4]]
        bottoms = [h - b for b in boxes[3::4]]
        sizes = [0.1 if d < 0.1 else d for d in [b - t for t, b in zip(tops, bottoms)]]   # max(d, 0.1)
        cols = [boxes[0::4], boxes[2::4], tops, bottoms, [h - y for y in orgs[1::2]], sizes]
    else:
        rows = [_geometry(boxes, orgs, k, main, w, h) if key is not None and key[1] == main else (0.0,) * 6
                for k, key in enumerate(keys)]
        cols = [list(c) for c in zip(*rows)] if rows else [[] for _ in range(6)]
    return (*cols, [key is not None and key[0] for key in keys])


def _geometry(boxes, orgs, k: int, main: int, w: float, h: float) -> tuple:
    """x0, x1, top, bottom, baseline and size of glyph k in reading space, as pdf_chars places it."""
    j = 4 * k
    if main == 0:
        t, b = h - boxes[j + 1], h - boxes[j + 3]
        return boxes[j], boxes[j + 2], t, b, h - orgs[2 * k + 1], max(b - t, 0.1)
    c = _to_reading("", boxes[j], boxes[j + 2], boxes[j + 1], boxes[j + 3], orgs[2 * k], orgs[2 * k + 1],
                    False, main, w, h)
    return c.x0, c.x1, c.top, c.bottom, c.base, c.size
