"""The cheap checks the PDF reader's low layers use in place of slower ones (issue 17): each must give
what the slow form gives, including on NaN and infinite measures."""
import math

from esglens.read.pdf_layout import Box, _has_nan, reading_order
from esglens.read.pdf_lines import Fragment
from esglens.read.pdf_chars import Word
from esglens.read.pdf_regions import _reach


def _box(x0, x1, top, bottom):
    return Box(x0, x1, top, bottom, None)


def test_has_nan_finds_a_nan_among_finite_measures():
    assert _has_nan([_box(0, 10, 0, 5), _box(20, 30, 0, 5)]) is False
    assert _has_nan([_box(0, 10, 0, 5), _box(20, math.nan, 0, 5)]) is True


def test_has_nan_is_not_fooled_by_infinities_of_both_signs():
    # +inf and -inf sum to NaN: the measures themselves are looked at, and none is NaN
    assert _has_nan([_box(-math.inf, 10, 0, 5), _box(20, math.inf, 0, 5)]) is False
    assert _has_nan([_box(0, math.inf, 0, 5)]) is False


def test_reach_keeps_the_first_word_reaching_furthest():
    a, b, c, d = (0.0, 10.0, "a"), (2.0, 10.0, "b"), (3.0, 4.0, "c"), (5.0, 12.0, "d")
    assert _reach([a, b, c, d]) == [a, a, a, d]     # b ties a's reach: a stays
    assert _reach([]) == []


def test_reach_with_a_nan_reach_keeps_the_one_before():
    a, b = (0.0, 10.0, "a"), (1.0, math.nan, "b")
    assert _reach([a, b]) == [a, a]


def _frag(text, x0, top):
    w = Word(text, x0, x0 + 6 * len(text), top, top + 10, top + 8, 10.0, False)
    return Fragment(words=[w])


def test_reading_order_of_finite_boxes_reads_down_a_column_first():
    # no NaN: the sorted cuts; the gutter at x 34-300 is cut first, so the left column is read whole
    frags = [_frag("left", 10, 10), _frag("right", 300, 10), _frag("below", 10, 40)]
    assert [f.text for f in reading_order(frags)] == ["left", "below", "right"]
