"""Rule "hole total" (read/pdf_chart_callouts, h113): a donut whose hole holds a figure with its words ("FY 33
exports" over "4.8", "million CHF" under it) among share call-outs round the ring: the hole's words name the
chart and date it: each segment's share is "<words> > <segment>" in that year (the total itself is left to the
panel reader). Shares that do not add up to 100: no chart (abstain). Drawn with reportlab (wedges,
leader lines) in a layout and wording no report uses."""
from __future__ import annotations

import pytest

pytest.importorskip("reportlab")

from pdf_draw import text  # noqa: E402

RINGS = [(0.2, 0.4, 0.7), (0.5, 0.7, 0.9), (0.8, 0.5, 0.2), (0.6, 0.6, 0.6)]


def _draw(pdf, shares=("46", "31", "15", "8")):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(pdf))
    text(c, 40, 800, "Where the ferries earn", size=16)
    for i in range(5):
        text(c, 40, 500 - 12 * i, "The ferry line reports its earnings by route in the annual accounts each spring.", size=9)
    cx, cy, r = 300, 650, 70
    start = 90.0
    for colour, share in zip(RINGS, shares):
        extent = -3.6 * float(share)
        c.setFillColorRGB(*colour)
        c.wedge(cx - r, cy - r, cx + r, cy + r, start, extent, stroke=0, fill=1)
        start += extent
    c.setFillColorRGB(1, 1, 1)
    c.circle(cx, cy, 40, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    # the hole: words, figure, unit
    text(c, cx, cy + 14, "FY 33 exports", size=9, centre=True)
    text(c, cx, cy - 8, "4.8", size=22, centre=True)
    text(c, cx, cy - 20, "million CHF", size=8, centre=True)
    # call-outs on leader lines outside the ring: label over the share, the % sign small after it
    for (x, y), label, share in zip([(390, 720), (390, 580), (160, 580), (160, 720)],
                                    ["North route", "Island hops", "Car decks", "Freight"], shares):
        c.line(x - 10 if x > cx else x + 60, y + 8, cx + (r if x > cx else -r) * 0.8, y + 8 - (y - cy) * 0.3)
        text(c, x, y + 20, label, size=8)
        text(c, x, y, share, size=18)
        text(c, x + stringWidth(share, "Helvetica", 18) + 1, y, "%", size=7)
    c.showPage()
    c.save()


def _facts(pdf):
    from esglens.facts import extract_facts
    from esglens.read.pdf import read_pdf

    return {f.label: (f.value, f.unit, f.year) for f in extract_facts(read_pdf(str(pdf))) if f.source == "table"}


def test_the_hole_names_dates_and_totals_the_ring(tmp_path):
    pdf = tmp_path / "ring.pdf"
    _draw(pdf)
    got = _facts(pdf)
    assert got["exports > North route"] == (46.0, "%", 2033)
    assert got["exports > Island hops"] == (31.0, "%", 2033)
    assert got["exports > Car decks"] == (15.0, "%", 2033)
    assert got["exports > Freight"] == (8.0, "%", 2033)


def test_shares_not_adding_up_make_no_ring(tmp_path):
    pdf = tmp_path / "ring.pdf"
    _draw(pdf, shares=("46", "31", "15", "18"))
    got = _facts(pdf)
    assert not any(label.startswith("exports >") for label in got)
