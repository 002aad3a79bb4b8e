"""Unit words that need a unit context (issue 20): a one-letter symbol in brackets after a name of counted
things is a code ("Count (L)" beside "Count (R)": left and right, not litres), and an ordinal ("2nd quarter")
is a position, not the amount 2. Constructed PDFs (reportlab) in wordings no report uses."""
from __future__ import annotations

import pytest

from esglens.core.numbers import parse_value
from esglens.tables.units import trailing_unit, unit_in_parentheses
from pdf_draw import draw_rows, table_facts

pytest.importorskip("reportlab")


def test_a_letter_in_brackets_after_counted_things_is_a_code(tmp_path):
    pdf = tmp_path / "codes.pdf"
    draw_rows(pdf, "Apprentices by dock 2031", ("Count (L)", "Count (R)"),
              [("North dock", ["12", "7"]), ("South dock", ["9", "4"])], (300, 380))
    got = table_facts(pdf)
    assert got[("North dock > Count (L)", 2031)] == (12.0, "") and got[("South dock > Count (R)", 2031)] == (4.0, "")


def test_a_letter_in_brackets_after_a_measured_thing_stays_a_unit(tmp_path):
    pdf = tmp_path / "units.pdf"
    draw_rows(pdf, "Dock resources", ("2030", "2031"),
              [("Trainees (L)", ["12", "7"]), ("Rainwater kept (L)", ["900", "400"])], (300, 380))
    got = table_facts(pdf)
    assert got[("Trainees (L)", 2031)] == (7.0, "")
    assert got[("Rainwater kept (L)", 2031)] == (400.0, "L")


def test_label_units_of_one_letter():
    assert unit_in_parentheses("Ballast pumped (t)") == "t" and unit_in_parentheses("Number of berths (m)") is None
    assert trailing_unit("Headcount (L)") == "" and trailing_unit("Diesel drawn (L)") == "L"
    assert unit_in_parentheses("受講者人数 (L)") is None


def test_an_ordinal_is_no_amount(tmp_path):
    assert parse_value("2nd quarter") is None and parse_value("23rd") is None and parse_value("11th week") is None
    assert parse_value("12 t").value == 12.0 and parse_value("3 months").value == 3.0
    pdf = tmp_path / "ordinals.pdf"
    draw_rows(pdf, "Dock works", ("2031", "Review"),
              [("Quay walls repaired", ["14", "2nd quarter"]), ("Cranes serviced", ["31", "4th quarter"])], (300, 380))
    got = table_facts(pdf)
    assert got[("Quay walls repaired", 2031)] == (14.0, "") and got[("Cranes serviced", 2031)] == (31.0, "")
    assert all(v != 2.0 and v != 4.0 for v, _ in got.values())
