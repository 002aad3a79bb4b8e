"""Highlight panels that print a comparison figure under the big one ("2030: 3,977", "vs 58.2k in 2030",
"(2030: 19%)"): the comparison is a fact of its own with its year, never the panel's caption; the big figure
keeps its caption (above or below) and is dated the year after the comparison's. Panels stacked with their
captions over the figures: a caption under one figure that stands over the next belongs to the next.
Drawn with reportlab in wordings no report uses."""
from __future__ import annotations

import pytest

from pdf_draw import text

pytest.importorskip("reportlab")


def _facts(pdf):
    from esglens.facts import extract_facts
    from esglens.read.pdf import read_pdf

    return {(f.label, f.year): f.raw for f in extract_facts(read_pdf(str(pdf))) if f.source == "table"}


def _prose(c, y):
    for i in range(6):
        text(c, 40, y - 12 * i, "Beacon counts are collected by each station and checked by the trust office.", size=9)


def test_a_comparison_under_the_figure_is_its_own_fact(tmp_path):
    from reportlab.pdfgen import canvas

    pdf = tmp_path / "compare.pdf"
    c = canvas.Canvas(str(pdf))
    text(c, 40, 790, "Lighthouse Trust Yearbook", size=12)
    text(c, 40, 752, "Lamps maintained", size=9)           # caption over, comparison under
    text(c, 40, 722, "4,318", size=30)
    text(c, 40, 706, "2030: 3,977", size=9)
    text(c, 300, 752, "Keeper hours logged", size=9)
    text(c, 300, 722, "61.4k", size=30)
    text(c, 300, 706, "vs 58.2k in 2030", size=9)
    text(c, 40, 640, "27%", size=30)                        # caption under, comparison under the caption
    text(c, 40, 624, "share of solar-powered beacons", size=9)
    text(c, 40, 612, "(2030: 19%)", size=9)
    text(c, 300, 640, "830", size=30)                       # a baseline dates nothing but itself: no column
    text(c, 300, 624, "buoys repainted", size=9)
    text(c, 300, 612, "vs 700 in 2019 baseline", size=9)
    _prose(c, 480)
    c.showPage()
    c.save()
    got = _facts(pdf)
    assert got[("Lamps maintained", 2031)] == "4,318" and got[("Lamps maintained", 2030)] == "3,977"
    assert got[("Keeper hours logged", 2031)] == "61.4k" and got[("Keeper hours logged", 2030)] == "58.2k"
    assert got[("share of solar-powered beacons", 2031)] == "27%"
    assert got[("share of solar-powered beacons", 2030)] == "19%"
    assert "700" not in got.values() and [k for k, v in got.items() if v == "830"][0][0] == "buoys repainted"


def test_stacked_panels_keep_the_caption_over_each_figure(tmp_path):
    from reportlab.pdfgen import canvas

    pdf = tmp_path / "stacked.pdf"
    c = canvas.Canvas(str(pdf))
    text(c, 40, 790, "Ferry Guild Digest 2031", size=12)
    for i, (cap, fig) in enumerate([("Crossings made", "12,840"), ("Cars carried", "3.2m"), ("Tickets sold", "9,075")]):
        y = 750 - 80 * i
        text(c, 40, y, cap, size=9)
        text(c, 40, y - 30, fig, size=30)
    _prose(c, 400)
    c.showPage()
    c.save()
    got = {v: k[0] for k, v in _facts(pdf).items()}
    assert got == {"12,840": "Crossings made", "3.2m": "Cars carried", "9,075": "Tickets sold"}


def test_figure_comparison_then_note_takes_the_wrapped_label_over_it(tmp_path):
    """Heading over the figure (wrapped on two lines), the comparison under it (in brackets, the note's
    sentence running on after it on its line, or alone), then a note: the heading is the caption; a gas
    printed after the unit with a space ("41.3kt CO2e") is the unit."""
    from reportlab.pdfgen import canvas

    pdf = tmp_path / "note.pdf"
    c = canvas.Canvas(str(pdf))
    text(c, 40, 790, "Valley Rail Review", size=12)
    text(c, 40, 752, "Traction energy emissions", size=11)
    text(c, 40, 722, "41.3kt CO2e", size=30)
    text(c, 40, 706, "(2030: 44.0kt CO2e) Electrified sidings cut", size=9)
    text(c, 40, 695, "diesel shunting on every line", size=9)
    text(c, 300, 764, "Platform upgrades (step-free", size=11)
    text(c, 300, 752, "access and lifts)", size=11)
    text(c, 300, 722, "$18m", size=30)
    text(c, 300, 706, "2030: $12m", size=9)
    text(c, 300, 692, "Spending rises again once the new depot opens", size=9)
    _prose(c, 480)
    c.showPage()
    c.save()
    got = _facts(pdf)
    assert got[("Traction energy emissions", 2031)] == "41.3" and got[("Traction energy emissions", 2030)] == "44.0"
    assert got[("Platform upgrades (step-free access and lifts)", 2031)] == "$18m"
    assert got[("Platform upgrades (step-free access and lifts)", 2030)] == "$12m"


def test_a_year_led_heading_over_the_figure_dates_it(tmp_path):
    """"2031 Ferry emissions" over "7.4kt CO2e" over "2030: 8.1kt CO2e (restated)": the heading's year dates the
    figure and leaves the label; the comparison with a bracketed note after it is still the comparison."""
    from reportlab.pdfgen import canvas

    pdf = tmp_path / "lead.pdf"
    c = canvas.Canvas(str(pdf))
    text(c, 40, 790, "Valley Rail Review", size=12)
    text(c, 40, 752, "2031 Ferry emissions", size=11)
    text(c, 40, 722, "7.4kt CO2e", size=30)
    text(c, 40, 706, "2030: 8.1kt CO2e (restated)", size=9)
    _prose(c, 480)
    c.showPage()
    c.save()
    got = _facts(pdf)
    assert got[("Ferry emissions", 2031)] == "7.4" and got[("Ferry emissions", 2030)] == "8.1"
