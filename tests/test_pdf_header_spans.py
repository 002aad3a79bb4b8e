"""Multi-level column headings in PDF tables, drawn with reportlab in wordings no report uses: group
headings centred over the two columns they head (one of them wrapped over two lines), each column named
again below, a title over all the groups, and a band row under the header. Each cell's label is band > row >
group > column; the title over the groups is no part of any one column."""
from __future__ import annotations

import pytest

from pdf_draw import table_facts, text

canvas_mod = pytest.importorskip("reportlab.pdfgen.canvas", reason="reportlab (test extra) not installed")

XS = (170, 220, 262, 316, 358)


def test_group_headings_over_pairs_of_columns_head_both(tmp_path):
    pdf = tmp_path / "spans.pdf"
    c = canvas_mod.Canvas(str(pdf))
    text(c, 40, 796, "Vessel")
    text(c, 290, 808, "Share of vessels fitted with", centre=True)
    text(c, 224, 796, "Radar beacons", centre=True)     # centred over its two columns' headings
    text(c, 320, 796, "Life", centre=True)
    text(c, 320, 787, "rafts", centre=True)
    text(c, 170, 776, "Fleet (A)", right=True)
    for x, h in zip(XS[1:], ("Count (K)", "% (K/A)", "Count (L)", "% (L/A)")):
        text(c, x, 776, h, right=True)
    y = 760
    text(c, 40, y, "I.")
    text(c, 52, y, "Coastal vessels")
    for k, (lab, vals) in enumerate((("Tugs", ("12", "9", "75%", "12", "100%")),
                                     ("Barges", ("20", "4", "20%", "18", "90%")))):
        y = 746 - 13 * k
        text(c, 40, y, lab)
        for x, v in zip(XS, vals):
            text(c, x, y, v, right=True)
    c.showPage()
    c.save()
    got = {lab: v for (lab, _), (v, _) in table_facts(pdf).items()}
    assert got["I. Coastal vessels > Tugs > Radar beacons > Count (K)"] == 9.0
    assert got["I. Coastal vessels > Barges > Radar beacons > % (K/A)"] == 20.0
    assert got["I. Coastal vessels > Barges > Life rafts > Count (L)"] == 18.0
    assert got["I. Coastal vessels > Tugs > Life rafts > % (L/A)"] == 100.0
    assert got["I. Coastal vessels > Tugs > Fleet (A)"] == 12.0
    assert not any("Share of" in lab for lab in got)


def test_two_headings_wrapped_onto_one_run_are_no_group_heading(tmp_path):
    """Each column named on the top line ("Boats inspected" | "% of boats"), their second lines printed as
    one run across both columns ("this season from small harbours"): no column takes the other's name."""
    pdf = tmp_path / "wrapped.pdf"
    c = canvas_mod.Canvas(str(pdf))
    text(c, 40, 796, "Harbour")
    text(c, 250, 796, "Boats inspected", right=True)
    text(c, 360, 796, "% of boats", right=True)
    text(c, 190, 785, "this season from small harbours")
    for k, (lab, vals) in enumerate((("Eastport", ("31", "40%")), ("Westport", ("18", "25%")))):
        y = 770 - 13 * k
        text(c, 40, y, lab)
        for x, v in zip((250, 360), vals):
            text(c, x, y, v, right=True)
    c.showPage()
    c.save()
    got = {lab: v for (lab, _), (v, _) in table_facts(pdf).items()}
    first = [lab for lab, v in got.items() if v == 31.0]
    share = [lab for lab, v in got.items() if v == 40.0]
    assert first and share and "% of boats" not in first[0] and "Boats inspected" not in share[0]
