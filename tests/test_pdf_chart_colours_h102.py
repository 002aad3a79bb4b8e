"""Rule "series by colour" (read/pdf_chart_colours.py): a chart of bars and a line whose legend entries are in
different units gives each printed value the unit of the series whose shape it labels — a bar whose end it
stands on, else a line's marker beside it — the series named by the
colour of its legend key. Keys of one colour, or a value at shapes of two series: no unit (abstain). Drawn with
reportlab in wordings no report uses."""
from __future__ import annotations

import pytest

pytest.importorskip("reportlab")

from pdf_draw import text  # noqa: E402

SLATE, AMBER = (0.3, 0.35, 0.45), (0.95, 0.6, 0.1)


def _facts(pdf):
    from esglens.facts import extract_facts
    from esglens.read.pdf import read_pdf

    return {(f.year, f.raw): (f.label, f.unit) for f in extract_facts(read_pdf(str(pdf))) if f.source == "table"}


def _chart(c, x0, title, legend, bars, line, key_colours=(SLATE, AMBER)):
    """Bars from an axis at y 560 (negative ones below it), the bar's label over its end (under it when
    negative); a line of markers with its labels right of the markers; the legend's keys left of its entries."""
    text(c, x0, 770, title, size=11)
    for i, (entry, colour) in enumerate(zip(legend, key_colours)):
        c.setFillColorRGB(*colour)
        c.rect(x0, 752 - 11 * i, 6, 6, fill=1, stroke=0) if i == 0 else c.circle(x0 + 3, 755 - 11 * i, 3, fill=1, stroke=0)
        c.setFillColorRGB(0, 0, 0)
        text(c, x0 + 10, 752 - 11 * i, entry, size=7)
    for i, ((yr, bar, height), (mark, level)) in enumerate(zip(bars, line)):
        x = x0 + 25 + 55 * i
        c.setFillColorRGB(*SLATE)
        if height >= 0:
            c.rect(x - 8, 560, 16, height, fill=1, stroke=0)
        else:
            c.rect(x - 8, 560 + height, 16, -height, fill=1, stroke=0)
        c.setFillColorRGB(*AMBER)
        c.circle(x + 12, level, 3, fill=1, stroke=0)
        c.setFillColorRGB(0, 0, 0)
        text(c, x, 560 + height + 2 if height >= 0 else 560 + height - 9, bar, centre=True)
        text(c, x + 17, level - 3, mark)
        text(c, x, 535, yr, centre=True)


def _draw(pdf, key_colours=(SLATE, AMBER)):
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(pdf))
    _chart(c, 40, "Cable car passengers / Seats filled", ["Passengers (persons)", "Seats filled (%)"],
           [("2031", "612.5", 120), ("2032", "548.0", 110), ("2033", "655.1", 130)],
           [("71.2", 640), ("64.9", 640), ("73.0", 700)], key_colours)
    text(c, 40, 480, "Passengers are counted at the valley station's turnstiles.")
    c.showPage()
    c.save()


def test_each_value_takes_the_unit_of_the_series_whose_shape_it_labels(tmp_path):
    pdf = tmp_path / "series.pdf"
    _draw(pdf)
    got = _facts(pdf)
    assert got[(2031, "612.5")] == ("Passengers (persons)", "persons")
    assert got[(2032, "548.0")] == ("Passengers (persons)", "persons")
    assert got[(2033, "655.1")] == ("Passengers (persons)", "persons")
    assert got[(2031, "71.2")] == ("Seats filled (%)", "%")
    assert got[(2032, "64.9")] == ("Seats filled (%)", "%")
    assert got[(2033, "73.0")] == ("Seats filled (%)", "%")


def test_legend_keys_of_one_colour_give_no_unit(tmp_path):
    pdf = tmp_path / "series.pdf"
    _draw(pdf, key_colours=(SLATE, SLATE))
    got = _facts(pdf)
    # h119 rule "unproven series": two values a year under one name: no fact (before: six, no unit)
    assert not [k for k in got if k[1] in {"612.5", "548.0", "655.1", "71.2", "64.9", "73.0"}]
