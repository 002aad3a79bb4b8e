"""A fragment whose box has a NaN measure (a broken font matrix) keeps its page readable: reading_order returns
every item once, in a sensible order, and never raises (it raised IndexError when the NaN box fell out of both
halves of a cut)."""
from __future__ import annotations

import itertools
import math
from types import SimpleNamespace as Item

from esglens.read.pdf_layout import reading_order

NAN = math.nan


def _page():
    # two prose columns of two lines each and a title across both
    return [Item(name="title", x0=50, x1=500, top=20, bottom=34),
            Item(name="left 1", x0=50, x1=250, top=60, bottom=70),
            Item(name="left 2", x0=50, x1=250, top=74, bottom=84),
            Item(name="right 1", x0=300, x1=500, top=60, bottom=70),
            Item(name="right 2", x0=300, x1=500, top=74, bottom=84)]


def test_a_clean_page_reads_column_after_column():
    assert [i.name for i in reading_order(_page())] == ["title", "left 1", "left 2", "right 1", "right 2"]


def test_a_nan_measure_anywhere_loses_no_item():
    for k, field in itertools.product(range(5), ("x0", "x1", "top", "bottom")):
        items = _page()
        setattr(items[k], field, NAN)
        got = [i.name for i in reading_order(items)]
        assert sorted(got) == sorted(i.name for i in _page()), (k, field, got)


def test_a_nan_line_does_not_disorder_the_others():
    items = _page()
    items[2].x1 = NAN                      # "left 2" broken
    got = [i.name for i in reading_order(items)]
    rest = [n for n in got if n != "left 2"]
    assert rest == ["title", "left 1", "right 1", "right 2"]


def test_every_box_nan():
    items = [Item(name=str(k), x0=NAN, x1=NAN, top=NAN, bottom=NAN) for k in range(3)]
    assert sorted(i.name for i in reading_order(items)) == ["0", "1", "2"]
