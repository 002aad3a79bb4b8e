"""Paired cells in PDF tables, drawn with reportlab in wordings no report uses: a value with a second
value in brackets in one cell ("41 (96)": sailings and the crossings they made) is one cell of its year's
column, not two columns; the bracketed value is no figure of the next year. Two close columns of their
own, the second holding negatives in brackets, stay two columns."""
from __future__ import annotations

import pytest

from pdf_draw import table_facts, text

canvas_mod = pytest.importorskip("reportlab.pdfgen.canvas", reason="reportlab (test extra) not installed")

XS = (330, 372, 414, 456)
YEARS = ("2031", "2032", "2033", "2034")


def test_a_value_with_a_bracketed_second_value_is_one_cell_of_its_year(tmp_path):
    pdf = tmp_path / "pairs.pdf"
    c = canvas_mod.Canvas(str(pdf))
    text(c, 40, 780, "Ferry timetable")
    for x, y in zip(XS, YEARS):
        text(c, x, 766, y, right=True)
    text(c, 40, 750, "Ferry sailings (crossings)")
    for x, v in zip(XS, ("41 (96)", "38 (90)", "44 (101)", "47 (112)")):
        text(c, x, 750, v, right=True)         # the pair right-aligned where the column's values end
    for i, (lab, vals) in enumerate((("Island route", ("12", "11", "15", "16")),
                                     ("Harbour route", ("29", "27", "29", "31")),
                                     ("Night route", ("3", "4", "6", "5")))):
        text(c, 48, 736 - 13 * i, lab)
        for x, v in zip(XS, vals):
            text(c, x, 736 - 13 * i, v, right=True)
    c.showPage()
    c.save()
    got = table_facts(pdf)
    tops = {y: v for (lab, y), (v, _) in got.items() if lab == "Ferry sailings (crossings)"}
    assert tops == {2031: 41.0, 2032: 38.0, 2033: 44.0, 2034: 47.0}
    assert {y: v for (lab, y), (v, _) in got.items() if lab.endswith("Night route")} == \
        {2031: 3.0, 2032: 4.0, 2033: 6.0, 2034: 5.0}
    assert not any(v in (96.0, 90.0, 101.0, 112.0, -96.0, -90.0) for v, _ in got.values())
    assert not any(" > 41" in lab or "(96)" in lab for lab, _ in got)


def test_close_columns_with_negatives_in_brackets_stay_two_columns(tmp_path):
    """Each column has values of its own on every row, the second's negatives in brackets set one word
    gap after the first's: both are right-aligned in their columns, so no pair is read."""
    pdf = tmp_path / "close.pdf"
    c = canvas_mod.Canvas(str(pdf))
    xs = (330, 350)
    for x, y in zip(xs, ("2031", "2032")):
        text(c, x, 766, y, right=True)
    for i, (lab, vals) in enumerate((("Fares collected", ("120", "(15)")), ("Fuel bought", ("88", "(12)")),
                                     ("Berth fees", ("40", "31")))):
        text(c, 40, 750 - 13 * i, lab)
        for x, v in zip(xs, vals):
            text(c, x, 750 - 13 * i, v, right=True)
    c.showPage()
    c.save()
    got = table_facts(pdf)
    assert got[("Fares collected", 2031)][0] == 120.0 and got[("Fares collected", 2032)][0] == -15.0
    assert got[("Fuel bought", 2032)][0] == -12.0 and got[("Berth fees", 2032)][0] == 31.0


def test_a_header_naming_the_bracketed_year_dates_the_bracketed_value(tmp_path):
    """Every cell a pair under "2032 (2031)": the bracketed figure is 2031's, as the header says."""
    pdf = tmp_path / "years.pdf"
    c = canvas_mod.Canvas(str(pdf))
    xs = (330, 400)
    for x, h in zip(xs, ("2032 (2031)", "Target")):
        text(c, x, 766, h, right=True)
    for i, (lab, vals) in enumerate((("Lock passages", ("1,204 (1,180)", "1,300")), ("Bridge openings", ("88 (91)", "90")),
                                     ("Pilot boardings", ("310 (297)", "320")))):
        text(c, 40, 750 - 13 * i, lab)
        for x, v in zip(xs, vals):
            text(c, x, 750 - 13 * i, v, right=True)
    c.showPage()
    c.save()
    got = {(lab, y): v for (lab, y), (v, _) in table_facts(pdf).items()}
    assert got[("Lock passages", 2032)] == 1204.0 and got[("Lock passages", 2031)] == 1180.0
    assert got[("Bridge openings", 2031)] == 91.0 and got[("Pilot boardings", 2032)] == 310.0
