"""A table set across the gutter of two prose columns, with notes that open with a figure and a page
number under it (reportlab, wordings no report uses): the notes ("1 64%", "2 30% reed, 70% birch") have
values left of the gutter, but no row of a second table does; the table is still read whole, and the notes
(their numbers are the marks printed in the rows) give no facts."""
from __future__ import annotations

import pytest

from pdf_draw import table_facts, text

canvas_mod = pytest.importorskip("reportlab.pdfgen.canvas", reason="reportlab (test extra) not installed")


def test_notes_with_figures_under_a_table_across_the_gutter(tmp_path):
    pdf = tmp_path / "gutter.pdf"
    c = canvas_mod.Canvas(str(pdf))
    words = "Thatch for the village roofs is cut by hand from the reed beds along the shore".split()
    for k in range(14):
        line = " ".join(words[(k + i) % len(words)] for i in range(7))
        text(c, 60, 790 - 13 * k, line, 10.5)
        text(c, 320, 790 - 13 * k, line, 10.5)
    text(c, 60, 600, "In bundles", 7)
    text(c, 230, 600, "Source", 7)
    xs = (380, 430, 480, 530)
    for x, h in zip(xs, ("2029", "2030", "2031", "2031 in %")):
        text(c, x, 600, h, 7, right=True)
    rows = [("Reed thatch from the lakeside", "Own beds \u00b9", ("410", "388", "402", "61.0%")),
            ("Straw thatch", "Bought \u00b2", ("255", "240", "257", "39.0%")),
            ("Total thatch cut", "", ("665", "628", "659", "100.0%"))]
    for k, (lab, src, vals) in enumerate(rows):
        y = 586 - 12 * k
        text(c, 60, y, lab, 8)
        if src:
            text(c, 230, y, src, 8)
        for x, v in zip(xs, vals):
            text(c, x, y, v, 8, right=True)
    text(c, 60, 540, "1 64%", 7)
    text(c, 320, 540, "2 30% reed, 70% birch", 7)
    text(c, 40, 40, "12", 10)
    c.showPage()
    c.save()
    got = table_facts(pdf)
    assert got[("Reed thatch from the lakeside > Own beds", 2030)][0] == 388.0
    assert got[("Straw thatch > Bought", 2029)][0] == 255.0
    assert got[("Total thatch cut", 2031)][0] == 659.0
    assert not any(v in (64.0, 30.0, 70.0) for v, _ in got.values())
