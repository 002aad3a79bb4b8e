"""Factors printed once, centred across a table's year columns (a merged cell over the years: conversion
factors that hold for every year), drawn with reportlab in wordings no report uses: the header names five
years over the one column the values make; a value is no one year's (year null), not the first year's nor
the report's."""
from __future__ import annotations

import pytest

from pdf_draw import table_facts, text

canvas_mod = pytest.importorskip("reportlab.pdfgen.canvas", reason="reportlab (test extra) not installed")


def test_values_centred_across_the_year_columns_have_no_year(tmp_path):
    pdf = tmp_path / "factors.pdf"
    c = canvas_mod.Canvas(str(pdf))
    text(c, 40, 790, "Fodder conversion factors")
    text(c, 40, 770, "Feed")
    text(c, 170, 770, "Unit")
    xs = (260, 310, 360, 410, 460)
    for x, y in zip(xs, ("FY2031", "FY2032", "FY2033", "FY2034", "FY2035")):
        text(c, x, 770, y, right=True)
    rows = (("Hay", "MJ/kg", "8.9"), ("Silage", "MJ/kg", "10.4"), ("Oats", "MJ/kg", "12.1"), ("Barley", "MJ/kg", "12.8"))
    for k, (lab, unit, v) in enumerate(rows):
        y = 756 - 13 * k
        text(c, 40, y, lab)
        text(c, 170, y, unit)
        text(c, 336, y, v, centre=True)         # once, under the middle of the five years
    c.showPage()
    c.save()
    got = table_facts(pdf)
    assert got[("Hay", None)] == (8.9, "MJ/kg") and got[("Barley", None)] == (12.8, "MJ/kg")
    assert not any(y is not None for _, y in got)
