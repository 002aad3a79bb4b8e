"""A PDF read in part (`read_pdf(path, pages=[…])`) takes the report year from its first pages, not from a
stray year on the page looked at ("built in 2009", "by 2046"). Drawn with reportlab in wordings no report
uses: a port authority's review for 2031 whose fourth page holds a yearless table beside prose naming other
years."""
from __future__ import annotations

import pytest

from esglens.facts import extract_facts
from esglens.read.pdf import read_pdf
from pdf_draw import text

canvas_mod = pytest.importorskip("reportlab.pdfgen.canvas", reason="reportlab (test extra) not installed")


def _review(path, data_page, cover="Harbour Authority Annual Review 2031") -> None:
    c = canvas_mod.Canvas(str(path))
    text(c, 40, 780, cover, 18)
    text(c, 40, 740, "Our year 2031 at a glance; the 2031 review covers every quay.", 10)
    c.showPage()
    for n in range(2, 4):
        text(c, 40, 780, f"Chapter {n}", 14)
        text(c, 40, 760, "Quays, cranes and ferries of the harbour.", 10)
        c.showPage()
    data_page(c)
    c.showPage()
    c.save()


def _yearless(c) -> None:
    text(c, 40, 790, "Shore power by berth", 12)
    text(c, 40, 770, "Berth", 9)
    text(c, 300, 770, "GWh", 9, right=True)
    for k, (lab, v) in enumerate((("North quay", "22.4"), ("South quay", "11.2"), ("Ferry ramps", "8.1"))):
        text(c, 40, 756 - 12 * k, lab, 9)
        text(c, 300, 756 - 12 * k, v, 9, right=True)
    text(c, 420, 770, "The first berth was built in 2009 and the", 9)
    text(c, 420, 758, "last cranes will be electric by 2046.", 9)


def _dated(c) -> None:
    text(c, 40, 790, "Shore power", 12)
    text(c, 200, 770, "2029", 9, right=True)
    text(c, 260, 770, "2030", 9, right=True)
    text(c, 40, 756, "North quay", 9)
    text(c, 200, 756, "20.1", 9, right=True)
    text(c, 260, 756, "22.4", 9, right=True)
    text(c, 40, 744, "Ferry ramps", 9)
    text(c, 200, 744, "7.7", 9, right=True)
    text(c, 260, 744, "8.1", 9, right=True)


def test_a_page_read_alone_takes_the_year_its_front_pages_name(tmp_path):
    pdf = tmp_path / "review.pdf"
    _review(pdf, _yearless)
    doc = read_pdf(str(pdf), pages=[4])
    got = {f.label: (f.value, f.year) for f in extract_facts(doc) if f.source == "table"}
    assert got["North quay"] == (22.4, 2031) and got["Ferry ramps"] == (8.1, 2031)
    assert doc.report_year == 2031
    # the front pages are for the year only: no line of them is the document's
    assert all(t.page == 4 for t in doc.lines)
    # read whole, the document has no front of its own to consult (its own first lines are read)
    assert read_pdf(str(pdf)).front is None


def test_a_page_with_dated_columns_keeps_its_table_years(tmp_path):
    pdf = tmp_path / "dated.pdf"
    _review(pdf, _dated)
    doc = read_pdf(str(pdf), pages=[4])
    got = {(f.label, f.year): f.value for f in extract_facts(doc) if f.source == "table"}
    assert got[("North quay", 2029)] == 20.1 and got[("Ferry ramps", 2030)] == 8.1
    assert doc.report_year == 2030      # the latest column, as a whole read would take it


def test_a_page_naming_the_year_next_to_the_covers_keeps_its_own(tmp_path):
    """A "Review 2032" covering fiscal 2031: a data page saying "fiscal 2031" again and again is labelled so."""
    def page(c):
        _yearless(c)
        for k in range(3):
            text(c, 420, 700 - 12 * k, f"Results of fiscal 2031, part {k + 1}.", 9)
    pdf = tmp_path / "fiscal.pdf"
    _review(pdf, page, cover="Harbour Authority Review 2032 2032 2032")
    doc = read_pdf(str(pdf), pages=[4])
    extract_facts(doc)
    assert doc.report_year == 2031
