"""Group headings longer than 40 characters over repeated years (reportlab, wordings no report uses): each
cell's label ends with its whole group name, not the name cut after 40 characters; the years stay the
cells' years."""
from __future__ import annotations

import pytest

from pdf_draw import table_facts, text

canvas_mod = pytest.importorskip("reportlab.pdfgen.canvas", reason="reportlab (test extra) not installed")

LONG = "Hives inspected by the regional apiary officer during the spring round"


def test_a_long_group_name_over_its_years_is_whole_in_the_label(tmp_path):
    pdf = tmp_path / "groups.pdf"
    c = canvas_mod.Canvas(str(pdf))
    text(c, 170, 780, "Hives found free of foulbrood", centre=True)
    text(c, 390, 792, "Hives inspected by the regional apiary officer", centre=True)
    text(c, 390, 781, "during the spring round", centre=True)
    xs = (150, 200, 360, 420)
    for x, y in zip(xs, ("2031", "2032", "2031", "2032")):
        text(c, x, 766, y, right=True)
    for k, (lab, vals) in enumerate((("Upland", ("41", "44", "52", "57")), ("Lowland", ("30", "28", "39", "33")))):
        y = 752 - 13 * k
        text(c, 40, y, lab)
        for x, v in zip(xs, vals):
            text(c, x, y, v, right=True)
    c.showPage()
    c.save()
    got = table_facts(pdf)
    assert got[(f"Upland > {LONG}", 2032)][0] == 57.0
    assert got[(f"Lowland > {LONG}", 2031)][0] == 39.0
    assert got[("Lowland > Hives found free of foulbrood", 2032)][0] == 28.0
