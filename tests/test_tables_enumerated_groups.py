"""A numbered list inside a table: the item's number in a cell of its own is no label level, and a
group row above the items (with the unit the items are measured in) stays their parent. Layouts and
wordings of our own: a tab-separated text table and a PDF drawn with reportlab."""
from __future__ import annotations

import pytest

from esglens.document.build import build
from esglens.facts import extract_facts
from esglens.model import Document, TextLine
from esglens.read.pdf import read_pdf
from esglens.tables.enumerators import join_enumerators


@pytest.mark.parametrize("cells,expected", [
    ([(0, "(ii)"), (1, "Rainwater harvested")], [(0, "(ii) Rainwater harvested")]),
    ([(0, "b)"), (2, "Sludge")], [(0, "b) Sludge")]),
    ([(0, "3."), (1, "Steam")], [(0, "3. Steam")]),
    ([(0, "(ii) Rainwater harvested")], [(0, "(ii) Rainwater harvested")]),
    ([(0, "Scope 2"), (1, "Location-based")], [(0, "Scope 2"), (1, "Location-based")]),
    ([(0, "(2019)"), (1, "Steam")], [(0, "(2019)"), (1, "Steam")]),     # a year is no list number
    ([(0, "Fuel burnt"), (1, "(2)"), (2, "4,518 GJ")], [(0, "Fuel burnt"), (1, "(2)"), (2, "4,518 GJ")]),
])
def test_join_enumerators(cells, expected):
    assert join_enumerators(cells) == expected


def test_a_list_number_in_its_own_column_is_no_level():
    lines = ["Source\t\t2022\t2023", "Water bought (in megalitres)\t\t\t",
             "(i)\tRainwater harvested\t4.0\t5.5", "(ii)\tRiver abstraction\t70.1\t66.3"]
    doc = build(Document(path="t.txt", name="t.txt", sha256="0", kind="text",
                         lines=[TextLine(t, line=i) for i, t in enumerate(lines, 1)]))
    got = {(f.label, f.year): (f.value, f.unit) for f in extract_facts(doc) if f.source == "table"}
    assert got[("Water bought (in megalitres) > (ii) River abstraction", 2023)] == (66.3, "megalitres")


canvas_mod = pytest.importorskip("reportlab.pdfgen.canvas", reason="reportlab (test extra) not installed")


def _text(c, x, y, s, size=8.0, right=False):
    c.setFont("Helvetica", size)
    (c.drawRightString if right else c.drawString)(x, y, s)


def test_group_row_under_a_header_whose_second_line_runs_over_the_columns(tmp_path):
    """"(Current Financial Year) (Previous Financial Year)" under the years spans both columns like a sentence, so the
    header is found higher up; the label-only line between it and the body is still a group row."""
    pdf = tmp_path / "groups.pdf"
    c = canvas_mod.Canvas(str(pdf))
    _text(c, 40, 760, "Indicator")
    _text(c, 420, 760, "FY 2022-23", right=True)
    _text(c, 540, 760, "FY 2021-22", right=True)
    _text(c, 372, 749, "(Current Financial Year) (Previous Financial Year)", 9)
    _text(c, 40, 736, "Energy bought by carrier (in gigajoules)")
    for i, (lab, a, b) in enumerate([("Grid power", "8,120", "7,940"), ("Diesel", "1,310", "1,505"),
                                     ("Steam", "402", "388")]):
        _text(c, 52, 722 - 12 * i, lab)
        _text(c, 420, 722 - 12 * i, a, right=True)
        _text(c, 540, 722 - 12 * i, b, right=True)
    c.showPage()
    c.save()
    got = {(f.label, f.year): (f.value, f.unit) for f in extract_facts(read_pdf(str(pdf))) if f.source == "table"}
    assert got[("Energy bought by carrier (in gigajoules) > Diesel", 2023)] == (1310.0, "gigajoules")


def test_a_list_item_after_sub_rows_of_the_item_before_stays_under_the_group():
    """Items "(i)", "(ii)" at the group's column, the first with label-only sub-rows further right ("- untreated"):
    the second item is still under the group (and in its unit), not a table row of its own."""
    lines = ["Parameter\t\t2022\t2023", "Water sent out by destination (in megalitres)\t\t\t",
             "(i) To rivers\t\t4.0\t5.0", "\t- untreated\t\t", "\t- treated\t\t", "(ii) To the sea\t\t7.0\t8.0"]
    doc = build(Document(path="t.txt", name="t.txt", sha256="0", kind="text",
                         lines=[TextLine(t, line=i) for i, t in enumerate(lines, 1)]))
    got = {(f.label, f.year): (f.value, f.unit) for f in extract_facts(doc) if f.source == "table"}
    assert got[("Water sent out by destination (in megalitres) > (ii) To the sea", 2023)] == (8.0, "megalitres")


def test_a_named_total_after_the_items_ends_the_list_and_an_item_group_stays_under_the_list():
    """"(ii) Sent to partners" heads sub-rows of its own and stays an item of the list under the group; the
    sub-rows' unit is the group's; "Total water sent out" after the last item is no item: the list is over."""
    lines = ["Parameter\t\t2022\t2023", "Water sent out by destination (in megalitres)\t\t\t",
             "(i) To rivers\t\t4.0\t5.0", "\t- untreated\t\t", "(ii) Sent to partners\t\t\t",
             "\t- untreated\t1.0\t2.0", "\t- treated\t3.0\t4.0", "(iii) Others\t\t0\t0", "Total water sent out\t\t8.0\t11.0"]
    doc = build(Document(path="t.txt", name="t.txt", sha256="0", kind="text",
                         lines=[TextLine(t, line=i) for i, t in enumerate(lines, 1)]))
    got = {(f.label, f.year): (f.value, f.unit) for f in extract_facts(doc) if f.source == "table"}
    group = "Water sent out by destination (in megalitres)"
    assert got[(f"{group} > (ii) Sent to partners > - treated", 2023)] == (4.0, "megalitres")
    assert got[(f"{group} > (iii) Others", 2022)] == (0.0, "megalitres")
    assert got[("Total water sent out", 2023)] == (11.0, "")
