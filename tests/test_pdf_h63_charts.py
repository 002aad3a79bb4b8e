"""Charts and highlight panels read by their geometry (issue 20): several donuts under one title, each
under its own heading; panels set close together on one line; a panel's unit line told from its caption.
Constructed PDFs (reportlab), in wordings and layouts no sample report uses."""
from __future__ import annotations

import pytest

pytest.importorskip("reportlab")

from pdf_draw import table_facts, text  # noqa: E402


def _donuts(path, heads: list[str]) -> None:
    """Three small donuts under one title naming both years, side by side; each donut's heading (when
    given) over its two segment labels "this (last)" and their names."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    text(c, 40, 790, "People at our depots", size=14)
    text(c, 40, 740, "Contract types by depot FY2025 (FY2024)", size=8)
    for i, (x, (a, b)) in enumerate(zip((40, 220, 400), [("71.5% (70.0%)", "28.5% (30.0%)"),
                                                         ("64.0% (66.5%)", "36.0% (33.5%)"),
                                                         ("80.2% (79.9%)", "19.8% (20.1%)")])):
        if heads[i]:
            text(c, x, 724, heads[i], size=8)
        text(c, x, 710, a, size=7)
        text(c, x, 702, "Full-time", size=7)
        text(c, x + 90, 710, b, size=7)
        text(c, x + 90, 702, "Part-time", size=7)
        text(c, x + 45, 680, "Total", size=6)          # the same total in each ring: the whole chart's
        text(c, x + 40, 670, "1,240 (1,180)", size=7)
    for i in range(6):
        text(c, 40, 600 - 12 * i, "Depots report their contracts each quarter and the figures are checked centrally.", size=9)
    c.showPage()
    c.save()


def test_each_donut_under_its_own_heading_gets_it_in_its_labels(tmp_path):
    pdf = tmp_path / "donuts.pdf"
    _donuts(pdf, ["North depot", "Harbour depot", "Airport depot"])
    got = table_facts(pdf)
    t = "Contract types by depot"
    assert got[(f"{t} > North depot > Full-time", 2025)][0] == 71.5
    assert got[(f"{t} > Harbour depot > Part-time", 2024)][0] == 33.5
    assert got[(f"{t} > Airport depot > Full-time", 2025)][0] == 80.2
    assert got[(f"{t} > Airport depot > Part-time", 2024)][0] == 20.1
    assert not any(lab == f"{t} > Full-time" for lab, _ in got)
    assert got[(f"{t} > Total", 2025)][0] == 1240 and got[(f"{t} > Total", 2024)][0] == 1180
    assert not any(lab.endswith(("North depot > Total", "Airport depot > Total")) for lab, _ in got)


def test_a_lone_line_over_one_donut_is_no_sub_heading(tmp_path):
    # only the middle donut has a line over it: a note, not a heading that splits the chart (abstain)
    pdf = tmp_path / "one_head.pdf"
    _donuts(pdf, ["", "Harbour depot", ""])
    got = table_facts(pdf)
    labels = {lab for lab, _ in got}
    assert ("Contract types by depot > Full-time", 2025) in got
    assert not any("Harbour depot >" in lab for lab in labels)


def test_panels_set_close_on_one_line_are_read_apart(tmp_path):
    from reportlab.pdfgen import canvas

    pdf = tmp_path / "row.pdf"
    c = canvas.Canvas(str(pdf))
    text(c, 40, 790, "Highlights", size=12)
    from reportlab.pdfbase.pdfmetrics import stringWidth

    # three figures in 30 pt half a type size apart: the line reader makes them one run
    x = 40
    for big, cap in (("4,210", "Volunteers"), ("$12m", "Donations"), ("96%", "Sites certified")):
        text(c, x, 740, big, size=30)
        text(c, x, 726, cap, size=8)
        x += stringWidth(big, "Helvetica", 30) + 15
    for i in range(6):
        text(c, 40, 600 - 12 * i, "Our people gave their time to local causes in the 2025 financial year at every site.", size=9)
    c.showPage()
    c.save()
    from esglens.facts import extract_facts
    from esglens.read.pdf import read_pdf

    got = {f.label: f for f in extract_facts(read_pdf(str(pdf))) if f.source == "table"}
    assert got["Volunteers"].value == 4210
    assert got["Donations"].value == 12
    assert got["Sites certified"].value == 96 and got["Sites certified"].unit == "%"


def test_a_panel_unit_line_is_a_unit_and_a_short_caption_is_not(tmp_path):
    from reportlab.pdfgen import canvas

    pdf = tmp_path / "units.pdf"
    c = canvas.Canvas(str(pdf))
    text(c, 40, 790, "The year in numbers", size=12)
    text(c, 40, 740, "3.4", size=30)
    text(c, 40, 724, "million litres", size=9)
    text(c, 40, 713, "of rainwater harvested", size=9)
    text(c, 300, 740, "52,000", size=36)
    text(c, 300, 716, "Seedlings planted", size=20)      # a caption in large type, then prose under it
    text(c, 300, 700, "with the help of our staff and their families.", size=9)
    text(c, 300, 660, "1,480", size=30)
    text(c, 300, 644, "Trees planted", size=9)            # two short words, no unit: the caption's start
    text(c, 300, 633, "along the river banks", size=9)
    text(c, 40, 640, "15 years of", size=30)            # a headline running on into the next line
    text(c, 40, 616, "reporting on water", size=20)
    for i in range(6):
        text(c, 40, 560 - 12 * i, "Water and tree figures are collected by each region and checked by the head office.", size=9)
    c.showPage()
    c.save()
    from esglens.facts import extract_facts
    from esglens.read.pdf import read_pdf

    got = {f.value: f for f in extract_facts(read_pdf(str(pdf))) if f.source == "table"}
    assert got[3.4].unit == "million litres" and got[3.4].label == "of rainwater harvested"
    assert got[52000].label == "Seedlings planted" and not got[52000].unit
    assert got[1480].label == "Trees planted along the river banks" and not got[1480].unit
    assert 15 not in got


def test_a_panel_figure_with_a_glued_unit_holding_digits(tmp_path):
    from reportlab.pdfgen import canvas

    pdf = tmp_path / "glued.pdf"
    c = canvas.Canvas(str(pdf))
    text(c, 40, 790, "Impact", size=12)
    text(c, 40, 740, "4.8MtCO2e", size=30)
    text(c, 40, 724, "avoided by customers using our heat pumps", size=8)
    for i in range(6):
        text(c, 40, 600 - 12 * i, "Avoided emissions are estimated against the boilers our heat pumps replace each year.", size=9)
    c.showPage()
    c.save()
    from esglens.facts import extract_facts
    from esglens.read.pdf import read_pdf

    got = {f.label: f for f in extract_facts(read_pdf(str(pdf))) if f.source == "table"}
    f = got["avoided by customers using our heat pumps"]
    assert f.value == 4.8 and f.unit.replace(" ", "") == "MtCO2e"
