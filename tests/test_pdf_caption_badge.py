"""A badge set beside a table's caption (a code of which companies the figures cover, "OJG", "GR") is
not the caption: the caption line keeps its unit for the cells. Drawn with reportlab, our own wording."""
from __future__ import annotations

import pytest

from esglens.facts import extract_facts
from esglens.read.pdf import read_pdf

canvas_mod = pytest.importorskip("reportlab.pdfgen.canvas", reason="reportlab (test extra) not installed")


def _text(c, x, y, s, size=8.0, right=False):
    c.setFont("Helvetica", size)
    (c.drawRightString if right else c.drawString)(x, y, s)


@pytest.mark.parametrize("badge", ["GR", "OJG"])
def test_badge_beside_the_caption_is_not_its_title(tmp_path, badge):
    pdf = tmp_path / "badge.pdf"
    c = canvas_mod.Canvas(str(pdf))
    _text(c, 40, 798, "Packaging materials bought (thousand tonnes)", 10)
    _text(c, 446, 799, badge, 8, right=True)   # at the table's right edge, on the caption's line
    for x, yr in zip((380, 440), ("2022", "2023")):
        _text(c, x, 762, yr, right=True)
    for i, (lab, a, b) in enumerate([("Cardboard", "12.4", "11.9"), ("Glass", "30.1", "28.7")]):
        _text(c, 40, 748 - 12 * i, lab)
        _text(c, 380, 748 - 12 * i, a, right=True)
        _text(c, 440, 748 - 12 * i, b, right=True)
    c.showPage()
    c.save()
    facts = {(f.label, f.year): (f.value, f.unit, f.table_title) for f in extract_facts(read_pdf(str(pdf)))
             if f.source == "table"}
    value, unit, title = facts[("Glass", 2023)]
    assert (value, unit) == (28.7, "thousand tonnes")
    assert title == "Packaging materials bought (thousand tonnes)"
