"""build_lines with its grouping and fragment measures in C (read/_pdfium_chars.c, esglens_page_lines) gives
exactly what the Python build_lines gives: the same lines, fragments, fragment fields (text, box, baseline,
size, boldness, the very objects they are taken from) and the same changes to the words (a raised footnote
marker's text, a tiny word's dropped space), on constructed pages of random words (ties, small words,
markers, giant glyphs, sizes of zero and below) and on every page of the real PDFs when ../shared is
present. A NaN measure or a measure that is no number is left to Python."""
from __future__ import annotations

import copy
import math
import random
from pathlib import Path

import pytest

from esglens.read import pdf_lines
from esglens.read.pdf_chars import Word

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "pdf"
LOOP = pdf_lines.lines_loop()
needs_c = pytest.mark.skipif(LOOP is None, reason="the C extension (read/_pdfium_chars.c) is not built")


def _shape(lines):
    """Everything a line holds, measures as (type, value, id of the object) so an int is no float and a
    measure is taken from the same word's own value."""
    def m(v):
        return type(v).__name__, repr(v)
    return [[(f.text, m(f.x0), m(f.x1), m(f.top), m(f.bottom), m(f.base), m(f.size), f.bold, type(f.bold).__name__,
              f.tokens, f.region, sorted(vars(f)),
              [(w.text, w.x0, w.x1, w.top, w.bottom, w.base, w.size, w.bold, w.spaced) for w in f.words])
             for f in ln.frags] for ln in lines]


def _both(words):
    a, b = copy.deepcopy(words), copy.deepcopy(words)
    in_c = pdf_lines._lines_in_c(LOOP, a, 0.8 * sorted(w.size for w in a)[len(a) // 2]) if a else []
    real = pdf_lines.lines_loop
    pdf_lines.lines_loop = lambda: None
    try:
        in_py = pdf_lines.build_lines(b)
    finally:
        pdf_lines.lines_loop = real
    return in_c, in_py, a, b


def _random_page(rng: random.Random, n: int) -> list[Word]:
    words = []
    y = 700.0
    for _ in range(n):
        if rng.random() < 0.3:
            y -= rng.choice([0.0, 0.5, 2.0, 12.0, 14.0])
        size = rng.choice([9.0, 9.0, 9.0, 10.0, 6.0, 5.5, 30.0, 0.0, 0.1, -1.0, 9.000001])
        x0 = rng.choice([50.0, 60.0, 100.0, 100.0, 200.0, rng.uniform(40, 500)])
        width = rng.choice([0.0, 3.0, 20.0, 45.0])
        base = round(y + rng.choice([0.0, 0.0, -3.0, 2.0, 0.05]), 1)
        text = rng.choice(["Scope", "1", "(4)", "b", "**", "†", "emissions", "2023", "12.5", "", "a", "xyz1"])
        words.append(Word(text, x0, x0 + width, base - abs(size) * 0.8, base + abs(size) * 0.2, base, size,
                          rng.random() < 0.3, rng.random() < 0.5))
    rng.shuffle(words) if rng.random() < 0.3 else None
    return words


@needs_c
def test_random_pages_give_the_same_lines_and_word_changes():
    rng = random.Random(2026)
    for trial in range(600):
        words = _random_page(rng, rng.choice([1, 2, 3, 8, 40, 150]))
        in_c, in_py, a, b = _both(words)
        assert in_c is not None, trial
        assert _shape(in_c) == _shape(in_py), trial
        assert [(w.text, w.spaced) for w in a] == [(w.text, w.spaced) for w in b], trial


@needs_c
def test_a_raised_marker_and_a_tiny_word_change_as_in_python():
    body = [Word(t, 60.0 + 40 * k, 95.0 + 40 * k, 690.0, 702.0, 700.0, 10.0, False, k > 0) for k, t in enumerate(
        ["Total", "waste", "was", "1,234"])]
    marker = Word("(4)", 216.0, 222.0, 688.0, 693.0, 693.0, 5.0, False, False)   # raised, small, beside
    sub = Word("2", 95.5, 98.0, 697.0, 703.0, 702.0, 6.0, False, True)           # tiny, touching "Total"
    in_c, in_py, a, b = _both(body + [marker, sub])
    assert _shape(in_c) == _shape(in_py)
    assert [w.text for w in a] == [w.text for w in b] and "(4)" not in [w.text for w in a]
    assert [w.spaced for w in a] == [w.spaced for w in b]


@needs_c
def test_integer_measures_stay_the_words_own_values():
    words = [Word("net", 10, 30, 90, 100, 98, 10, True, False), Word("zero", 33, 60, 90, 100, 98, 10, False, True)]
    in_c, in_py, _, _ = _both(words)
    assert _shape(in_c) == _shape(in_py)
    assert type(in_c[0].frags[0].x0) is int


@needs_c
def test_nan_and_non_numbers_are_left_to_python():
    nan = [Word("a", 10.0, 20.0, 90.0, 100.0, math.nan, 10.0, False, False)]
    assert pdf_lines._lines_in_c(LOOP, copy.deepcopy(nan), 8.0) is None
    none = [Word("a", None, 20.0, 90.0, 100.0, 98.0, 10.0, False, False)]
    assert pdf_lines._lines_in_c(LOOP, none, 8.0) is None
    assert len(pdf_lines.build_lines(copy.deepcopy(nan))) == 1


@needs_c
@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared corpus not present")
def test_every_page_of_the_real_pdfs_gives_the_same_lines():
    import pypdfium2 as pdfium

    from esglens.read.pdf_words import page_words

    pages = 0
    for path in sorted(SHARED.glob("*.pdf")):
        pdf = pdfium.PdfDocument(str(path))
        try:
            for i in range(0, len(pdf), 3):     # every third page: a few seconds
                page = pdf[i]
                w, h = page.get_size()
                tp = page.get_textpage()
                words = page_words(tp, w, h)[0]
                tp.close()
                page.close()
                in_c, in_py, _, _ = _both(words)
                assert _shape(in_c) == _shape(in_py), (path.name, i + 1)
                pages += 1
        finally:
            pdf.close()
    assert pages > 100
