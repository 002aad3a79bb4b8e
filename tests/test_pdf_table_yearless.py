"""Yearless tables, drawn with reportlab in wordings no report uses: a title bar with the table's total and
its unit glued on ("41.7GWh"), a sub-header naming the column by its unit ("GWh") over rows of one figure
each, and no year on the table. The total is the table's first row, not part of its header; every row is a
fact in the column's unit; the year is the report's (taken from the document, as for any yearless table),
never one guessed from the table's own header."""
from __future__ import annotations

import pytest

from esglens.facts import extract_facts
from esglens.read.pdf import read_pdf
from esglens.read.pdf_table_totals import figure_with_unit
from pdf_draw import text

canvas_mod = pytest.importorskip("reportlab.pdfgen.canvas", reason="reportlab (test extra) not installed")


def _bar_table(c, top: float, title: str, total: str, sub: str, rows) -> None:
    text(c, 300, top, title, 9.8)
    text(c, 560, top, total, 9.8, right=True)
    text(c, 300, top - 12, sub, 8.7)
    text(c, 560, top - 12, "GWh", 8.7, right=True)
    for k, (lab, v) in enumerate(rows):
        text(c, 300, top - 24 - 11 * k, lab, 8.5)
        if v:
            text(c, 560, top - 24 - 11 * k, v, 8.5, right=True)


def test_a_total_in_the_title_bar_over_a_unit_named_column(tmp_path):
    pdf = tmp_path / "bars.pdf"
    c = canvas_mod.Canvas(str(pdf))
    text(c, 40, 800, "Harbour Authority Annual Review 2031", 14)
    _bar_table(c, 760, "Shore power", "41.7GWh", "Berths", (("North quay berths", "22.4"), ("South quay berths", "11.2"),
                                                            ("Ferry ramps", "8.1")))
    _bar_table(c, 680, "Crane power", "19.9GWh", "Cranes", (("Gantry cranes", "15.5"), ("Mobile cranes", "4.4")))
    c.showPage()
    c.save()
    got = {f.label: (f.value, f.unit, f.year) for f in extract_facts(read_pdf(str(pdf))) if f.source == "table"}
    assert got["Shore power"] == (41.7, "GWh", 2031)
    assert got["North quay berths"] == (22.4, "GWh", 2031) and got["Ferry ramps"] == (8.1, "GWh", 2031)
    assert got["Crane power"] == (19.9, "GWh", 2031) and got["Mobile cranes"] == (4.4, "GWh", 2031)
    assert len(got) == 7


def test_a_figure_with_its_unit_glued_on():
    assert figure_with_unit("545.7Mt CO2e") and figure_with_unit("4.1 GWh") and figure_with_unit("12kt")
    assert not figure_with_unit("2nd quarter") and not figure_with_unit("2031") and not figure_with_unit("Berths")
    assert not figure_with_unit("1 Health checks before and after a posting")    # a numbered note, no figure


def test_items_under_a_numbered_category_are_its_children(tmp_path):
    """A label-only row "Cat 12 Dredging" (a category's number inside its name) over items listed with a dash:
    each item's label is category > item, without the dash."""
    pdf = tmp_path / "items.pdf"
    c = canvas_mod.Canvas(str(pdf))
    text(c, 40, 790, "Harbour Authority Annual Review 2031", 14)
    _bar_table(c, 760, "Dredging power", "12.5GWh", "Works", (("Cat 12 Dredging", ""), ("\u2013 Inner basin", "7.1"),
                                                               ("\u2013 Outer channel", "5.4")))
    c.showPage()
    c.save()
    got = {f.label: f.value for f in extract_facts(read_pdf(str(pdf))) if f.source == "table"}
    assert got["Cat 12 Dredging > Inner basin"] == 7.1 and got["Cat 12 Dredging > Outer channel"] == 5.4
