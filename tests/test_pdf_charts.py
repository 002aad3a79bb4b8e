"""Charts with printed data labels over an axis of years (h26, issue 20): their values are table facts
with the year they stand over and the chart's caption, or nothing at all. Drawn with reportlab in a
layout of our own: two bar charts side by side on one axis line, labels set beside the bars."""
from __future__ import annotations

import pytest

from esglens.facts import extract_facts
from esglens.read.pdf import read_pdf

canvas_mod = pytest.importorskip("reportlab.pdfgen.canvas", reason="reportlab (test extra) not installed")


def text(c, x, y, s, size=8.0, centre=False):
    c.setFont("Helvetica", size)
    (c.drawCentredString if centre else c.drawString)(x, y, s)


def _charts(pdf, left_offset=0.0):
    c = canvas_mod.Canvas(str(pdf))
    text(c, 60, 760, "Trees planted by volunteers", 11)
    text(c, 60, 747, "(thousands)")
    text(c, 320, 760, "Cycling commuters", 11)
    text(c, 320, 747, "(share of staff, %)")
    left = [("2020", 12.5, 60), ("2021", 18.0, 90), ("2022", 21.4, 110), ("2023", 30.2, 140)]
    right = [("2020", "14", 40), ("2021", "17", 55), ("2022", "23", 70), ("2023", "26", 90)]
    for i, (yr, v, h) in enumerate(left):
        x = 80 + 50 * i
        c.rect(x - 10, 560, 20, h, fill=1)
        text(c, x + 12 + left_offset, 562 + h, f"{v}")       # the label set right of the bar's top
        text(c, x, 545, yr, centre=True)
    for i, (yr, v, h) in enumerate(right):
        x = 340 + 50 * i
        c.rect(x - 10, 560, 20, h, fill=1)
        text(c, x, 566 + h, v, centre=True)
        text(c, x, 545, yr, centre=True)
    text(c, 60, 520, "Figures for all sites; 2020 restated.")
    c.showPage()
    c.save()


def test_chart_data_labels_are_facts_with_year_and_caption(tmp_path):
    pdf = tmp_path / "charts.pdf"
    _charts(pdf)
    facts = [f for f in extract_facts(read_pdf(str(pdf))) if f.source == "table"]
    got = {(f.label, f.year, f.value) for f in facts}
    assert ("Trees planted by volunteers", 2020, 12.5) in got
    assert ("Trees planted by volunteers", 2023, 30.2) in got
    assert ("Cycling commuters", 2021, 17) in got
    assert ("Cycling commuters", 2023, 26) in got
    assert len(facts) == 8


def test_chart_label_between_two_years_abstains(tmp_path):
    """Labels set halfway between two bars: whose year they are cannot be told, so no fact."""
    pdf = tmp_path / "charts_ambiguous.pdf"
    _charts(pdf, left_offset=4.0)
    facts = [f for f in extract_facts(read_pdf(str(pdf))) if f.source == "table"]
    assert {f.label for f in facts} == {"Cycling commuters"}
    assert not any(f.value == 18.0 and f.year for f in extract_facts(read_pdf(str(pdf))) if f.source == "table")


def test_rows_with_labels_over_a_year_line_are_no_chart(tmp_path):
    """Two tables one under the other: the second one's year line is no chart axis for the first
    one's rows (they have labels left of their numbers)."""
    pdf = tmp_path / "stacked.pdf"
    c = canvas_mod.Canvas(str(pdf))
    xs = (300, 350, 400)
    for top, rows in ((760, [("Rail freight share", ["31", "33", "36"]), ("Barge freight share", ["9", "9", "11"]),
                             ("Road freight share", ["60", "58", "53"])]),
                      (690, [("Depots with solar roofs", ["4", "7", "12"]), ("Depots with heat pumps", ["2", "2", "5"])])):
        for x, yr in zip(xs, ("2021", "2022", "2023")):
            text(c, x, top, yr, centre=True)
        for i, (lab, vals) in enumerate(rows):
            text(c, 60, top - 13 * (i + 1), lab)
            for x, v in zip(xs, vals):
                text(c, x, top - 13 * (i + 1), v, centre=True)
    c.showPage()
    c.save()
    got = {(f.label, f.year): f.value for f in extract_facts(read_pdf(str(pdf))) if f.source == "table"}
    assert got[("Road freight share", 2023)] == 53
    assert got[("Depots with solar roofs", 2021)] == 4
    assert len(got) == 15


def _flow(pdf):
    """A flow diagram: boxes side by side, each running figures into its words, over rows of totals."""
    c = canvas_mod.Canvas(str(pdf))
    boxes = ["Steel bought 1.25 million t, scrap 0.40 million t", "Rail 2.10 million t-km, road 0.85 million t-km",
             "Returns 0.12 million units, repaired 0.08 million"]
    for i, s in enumerate(boxes):
        text(c, 130 + 150 * i, 760, s, 6.5)
    for k, (lab, vals) in enumerate([("IMPACT", ["3.52", "0.61", "0.09"]), ("Scope", ["3.40", "0.66", "0.10"])]):
        text(c, 40, 746 - 12 * k, lab)
        for i, v in enumerate(vals):
            text(c, 130 + 150 * i, 746 - 12 * k, f"{v} million t-CO2e")
    c.showPage()
    c.save()


def test_infographic_boxes_are_no_table(tmp_path):
    """Boxes that run several figures into their words are no table's cells: no table facts (dated
    to the report's year, they would be guesses)."""
    pdf = tmp_path / "flow.pdf"
    _flow(pdf)
    assert not [f for f in extract_facts(read_pdf(str(pdf))) if f.source == "table"]
