"""Rule "unproven series" (h119, read/pdf_chart_colours.unproven_series), on a line chart drawn with reportlab in a
design no report uses: three series of square markers, each value printed over its marker, the legend on one
line under the title and a formula line under the legend (where the caption climb stops).

- keys of three colours: each value takes the entry whose colour its marker has (rule "series named by colour");
- keys of one colour (the series cannot be told apart): no fact at all — never one name (the formula line's, the
  title's) for the values of three series;
- one series only (one value per year, labels at different heights): still read under the chart's name.
"""
from __future__ import annotations

import pytest

pytest.importorskip("reportlab")

from pdf_draw import text  # noqa: E402

AMBER, SLATE, MOSS = (0.85, 0.55, 0.1), (0.3, 0.35, 0.45), (0.35, 0.5, 0.2)
ENTRIES = ("Fen", "Moor", "Heath")
YEARS = ("2051", "2052", "2053", "2054")
# per series, per year: (printed value, marker height above the axis)
SERIES = ((("7.25", 150), ("6.80", 140), ("6.15", 128), ("5.90", 122)),
          (("3.40", 90), ("3.65", 96), ("2.95", 80), ("3.10", 84)),
          (("1.05", 30), ("0.85", 24), ("0.95", 27), ("0.70", 20)))


def _facts(pdf):
    from esglens.facts import extract_facts
    from esglens.read.pdf import read_pdf

    return [(f.label, f.year, f.raw, f.value) for f in extract_facts(read_pdf(str(pdf))) if f.source == "table"]


def _draw(pdf, keys=(AMBER, SLATE, MOSS), series=SERIES):
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(pdf))
    text(c, 60, 790, "Peat bog water table drop", size=11)
    x = 60
    for colour, entry in zip(keys, ENTRIES[:len(series)]):
        c.setFillColorRGB(*colour)
        c.rect(x, 776, 6, 6, fill=1, stroke=0)
        c.setFillColorRGB(0, 0, 0)
        text(c, x + 9, 776, entry, size=7)
        x += 55
    text(c, 60, 767, "Mean depth below datum / number of dipwells", size=6)
    base = 560
    for s, (colour, points) in enumerate(zip(keys, series)):
        for i, (value, h) in enumerate(points):
            mx = 90 + 70 * i
            c.setFillColorRGB(*colour)
            c.rect(mx - 2.5, base + h - 2.5, 5, 5, fill=1, stroke=0)
            c.setFillColorRGB(0, 0, 0)
            text(c, mx, base + h + 4, value, size=7, centre=True)
    for i, yr in enumerate(YEARS):
        text(c, 90 + 70 * i, 545, yr, size=8, centre=True)
    c.showPage()
    c.save()


def test_three_series_told_apart_by_marker_colour(tmp_path):
    pdf = tmp_path / "bog.pdf"
    _draw(pdf)
    got = {(year, raw): label for label, year, raw, _ in _facts(pdf)}
    assert len(got) == 12
    for entry, points in zip(ENTRIES, SERIES):
        for yr, (value, _) in zip(YEARS, points):
            assert got[(int(yr), value)] == f"Peat bog water table drop > {entry}"


def test_series_of_one_colour_give_no_fact(tmp_path):
    pdf = tmp_path / "bog.pdf"
    _draw(pdf, keys=(SLATE, SLATE, SLATE))
    printed = {v for points in SERIES for v, _ in points}
    assert not [f for f in _facts(pdf) if f[2] in printed]


def test_one_series_is_read_under_the_chart_name(tmp_path):
    pdf = tmp_path / "bog.pdf"
    _draw(pdf, keys=(SLATE,), series=SERIES[1:2])
    got = {(year, raw): value for _, year, raw, value in _facts(pdf)}
    assert got == {(2051, "3.40"): 3.40, (2052, "3.65"): 3.65, (2053, "2.95"): 2.95, (2054, "3.10"): 3.10}
