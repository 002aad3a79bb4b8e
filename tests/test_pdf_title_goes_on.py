"""A table title wrapped over two lines whose second line, the one right over the table, goes on from the first
with a small word ("… in the Fleet as a Percentage" / "of Delivery Vehicles (Inner-City Depots)"): the whole
title is the table's, and a title that names its figures a share of a whole ("as a percentage of") gives them
"%". Drawn with reportlab in wordings no report uses."""
from __future__ import annotations

import pytest

from pdf_draw import text

pytest.importorskip("reportlab")

_ROWS = [("Northern depot", "12", "17"), ("Harbour depot", "31", "38"), ("Old town depot", "44", "53")]


def _facts(tmp_path, first: str, second: str):
    from reportlab.pdfgen import canvas

    from esglens.facts import extract_facts
    from esglens.read.pdf import read_pdf

    pdf = tmp_path / "t.pdf"
    c = canvas.Canvas(str(pdf))
    text(c, 40, 800, "Courier Cooperative Data", size=16)
    text(c, 40, 780, "Figures cover every depot the cooperative ran during the year.", size=8)
    text(c, 40, 750, first, size=9.5)
    text(c, 40, 738, second, size=9.5)
    text(c, 300, 720, "2030", right=True)
    text(c, 360, 720, "2031", right=True)
    for i, (lab, a, b) in enumerate(_ROWS):
        text(c, 40, 706 - 13 * i, lab)
        text(c, 300, 706 - 13 * i, a, right=True)
        text(c, 360, 706 - 13 * i, b, right=True)
    c.showPage()
    c.save()
    return [f for f in extract_facts(read_pdf(str(pdf))) if f.source == "table"]


def test_a_title_going_on_over_the_table_is_read_whole_and_its_share_is_the_unit(tmp_path):
    facts = _facts(tmp_path, "Cargo Bikes in the Fleet as a Percentage", "of Delivery Vehicles (Inner-City Depots)")
    assert len(facts) == 6
    assert {f.unit for f in facts} == {"%"}
    assert {f.table_title for f in facts} == {"Cargo Bikes in the Fleet as a Percentage of Delivery Vehicles (Inner-City Depots)"}


def test_a_second_line_that_starts_a_title_of_its_own_stays_the_title(tmp_path):
    facts = _facts(tmp_path, "Cargo bikes were added to every depot in 2031.", "Depot Cargo Bikes (Inner-City)")
    assert {f.table_title for f in facts} == {"Depot Cargo Bikes (Inner-City)"}
    assert {f.unit for f in facts} == {""}


def test_title_unit_reads_a_share_of_a_whole():
    from esglens.tables.header import title_unit

    assert title_unit("Ferries Run on Batteries as a Share of Crossings") == "%"
    assert title_unit("Cargo Bikes as Percentage CCD of Vehicles") == "%"   # a badge set at the first line's end
    assert title_unit("Cargo bikes counted as shares and of vans") == ""
    assert title_unit("Vehicles kept as a reserve of the fleet") == ""
