"""A unit note printed once above the first table of a page ("(NOK in millions)" set alone over its
right edge) governs a later table on that page that prints no unit, when the later table's unit-less rows
are rows the first table measured in that unit; it abstains when the later table names other rows, states
a unit of its own, or a heading parts the two tables. Drawn with reportlab in wordings no report uses."""
from __future__ import annotations

import pytest

from pdf_draw import table_facts, text

pytest.importorskip("reportlab")

_FIRST = [("Ticket revenue", "812.4", "877.0"), ("Fuel costs", "301.9", "288.5"), ("Load factor", "71.2%", "74.0%")]


def _draw(pdf, second_rows, own_note: str = "", heading: str = "") -> None:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(pdf))
    text(c, 40, 790, "Ferry Line Figures by Season", size=14)
    text(c, 420, 762, "(NOK in millions)", right=True)
    text(c, 300, 748, "2030", right=True)
    text(c, 420, 748, "2031", right=True)
    for i, (lab, a, b) in enumerate(_FIRST):
        text(c, 40, 734 - 14 * i, lab)
        text(c, 300, 734 - 14 * i, a, right=True)
        text(c, 420, 734 - 14 * i, b, right=True)
    text(c, 40, 680, "Winter timetables are published each autumn.", size=6)
    y = 640
    if heading:
        text(c, 40, y + 20, heading, size=12)
    if own_note:
        text(c, 420, y + 14, own_note, right=True)
    text(c, 300, y, "2030", right=True)
    text(c, 420, y, "2031", right=True)
    for group, rows in second_rows:
        y -= 14
        text(c, 40, y, group)
        for lab, a, b in rows:
            y -= 14
            text(c, 60, y, lab)
            text(c, 300, y, a, right=True)
            text(c, 420, y, b, right=True)
    c.showPage()
    c.save()


_ROUTES = [("Northern crossing", [("Ticket revenue", "402.0", "431.7"), ("Fuel costs", "150.3", "139.9"),
                                  ("Load factor", "69.8%", "72.5%")]),
           ("Island shuttle", [("Ticket revenue", "410.4", "445.3"), ("Fuel costs", "151.6", "148.6"),
                               ("Load factor", "72.6%", "75.4%")])]


def _units(tmp_path, rows, **kw) -> dict[str, str]:
    pdf = tmp_path / "ferry.pdf"
    _draw(pdf, rows, **kw)
    got = table_facts(pdf)
    return {label: unit for (label, year), (_, unit) in got.items() if year == 2031}


def test_the_note_over_the_first_table_governs_the_next_table_of_the_same_rows(tmp_path):
    got = _units(tmp_path, _ROUTES)
    assert got["Ticket revenue"] == "NOK in millions" and got["Load factor"] == "%"
    assert got["Northern crossing > Ticket revenue"] == "NOK in millions"
    assert got["Island shuttle > Fuel costs"] == "NOK in millions"
    assert got["Island shuttle > Load factor"] == "%"


def test_a_row_the_first_table_did_not_measure_keeps_the_next_table_unitless(tmp_path):
    rows = [(g, [*rs, ("Passengers carried", "1,204", "1,377")]) for g, rs in _ROUTES]
    got = _units(tmp_path, rows)
    assert got["Ticket revenue"] == "NOK in millions"
    assert got["Northern crossing > Ticket revenue"] == ""
    assert got["Island shuttle > Passengers carried"] == ""


def test_a_table_with_its_own_note_keeps_its_own_unit(tmp_path):
    got = _units(tmp_path, _ROUTES, own_note="(NOK in thousands)")
    assert got["Ticket revenue"] == "NOK in millions"
    assert got["Northern crossing > Ticket revenue"] == "NOK in thousands"


def test_a_heading_between_the_tables_ends_the_note(tmp_path):
    got = _units(tmp_path, _ROUTES, heading="Crossings Operated by Partners")
    assert got["Ticket revenue"] == "NOK in millions"
    assert got["Northern crossing > Ticket revenue"] == ""
