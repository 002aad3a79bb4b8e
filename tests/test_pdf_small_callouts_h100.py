"""Rings labelled in small type (h100, issue 20): each segment's share printed with its sign ("41.5%") in
type a little larger than its name right over it (wrapped over lines at times), the ring's name at its
centre. Read only whole: the shares of a ring add up to 100 %. Constructed PDFs (reportlab), in a layout
and wording no sample report uses."""
from __future__ import annotations

import pytest

pytest.importorskip("reportlab")

from pdf_draw import text  # noqa: E402


def _page(path, shares=("41.5%", "33.0%", "25.5%")) -> None:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    text(c, 40, 800, "Where our freight travels", size=16)
    cx = 300
    text(c, cx - 12, 700, "By", size=9)
    text(c, cx - 20, 690, "Mode", size=9)
    # segments around the ring: names in 7 pt over shares in 9 pt, one name wrapped over two lines
    text(c, cx - 120, 760, "Rail", size=7)
    text(c, cx - 120, 751, shares[0], size=9)
    text(c, cx + 80, 770, "Inland", size=7)
    text(c, cx + 80, 762, "waterways", size=7)
    text(c, cx + 80, 753, shares[1], size=9)
    text(c, cx + 80, 640, "Road", size=7)
    text(c, cx + 80, 631, shares[2], size=9)
    for i in range(6):
        text(c, 40, 540 - 12 * i, "Our carriers report the distance each consignment travelled by each mode, every month.", size=9)
    c.showPage()
    c.save()


def _facts(pdf):
    from esglens.facts import extract_facts
    from esglens.read.pdf import read_pdf

    return {(f.label, f.value, f.unit) for f in extract_facts(read_pdf(str(pdf))) if f.source == "table"}


def test_small_type_ring_is_read_whole(tmp_path):
    pdf = tmp_path / "ring.pdf"
    _page(pdf)
    assert _facts(pdf) == {("By Mode > Rail", 41.5, "%"), ("By Mode > Inland waterways", 33.0, "%"),
                           ("By Mode > Road", 25.5, "%")}


def test_small_type_shares_not_adding_up_are_no_ring(tmp_path):
    pdf = tmp_path / "not_ring.pdf"
    _page(pdf, ("41.5%", "23.0%", "25.5%"))
    assert not any(lab.startswith("By Mode") for lab, _, _ in _facts(pdf))
