"""Highlight panels whose label is printed above the figure ("Berths served" / "1,240") read that label as
their caption, when nothing stands under the figure; a sentence or a number above it is no caption, and a
panel with its caption under it keeps that one. Drawn with reportlab in wordings no report uses."""
from __future__ import annotations

import pytest

from pdf_draw import text

pytest.importorskip("reportlab")


def test_a_label_over_the_figure_is_its_caption(tmp_path):
    from reportlab.pdfgen import canvas

    from esglens.facts import extract_facts
    from esglens.read.pdf import read_pdf

    pdf = tmp_path / "over.pdf"
    c = canvas.Canvas(str(pdf))
    text(c, 40, 790, "Harbour Authority Annual Review 2031", size=12)
    text(c, 40, 752, "Berths served", size=9)
    text(c, 40, 722, "1,240", size=30)
    text(c, 300, 752, "Cranes electrified", size=9)
    text(c, 300, 722, "37", size=30)
    text(c, 40, 652, "We moved more cargo than ever before.", size=9)     # a sentence over a figure: no caption
    text(c, 40, 622, "4,100", size=30)
    text(c, 300, 640, "9,950", size=30)                                    # caption under: kept
    text(c, 300, 624, "Ferry passengers carried", size=9)
    for i in range(6):
        text(c, 40, 480 - 12 * i, "Harbour figures are collected by each quay and checked by the port office.", size=9)
    c.showPage()
    c.save()
    got = {f.value: f for f in extract_facts(read_pdf(str(pdf))) if f.source == "table"}
    assert got[1240].label == "Berths served" and got[37].label == "Cranes electrified"
    assert got[1240].year == 2031
    assert got[9950].label == "Ferry passengers carried"
    assert 4100 not in got
