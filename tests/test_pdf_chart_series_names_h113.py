"""Charts of issue 20 (h113), drawn with reportlab in wordings no report uses:

- rule "shared baseline" (read/pdf_table_charts._axis_tokens): an axis of years closed by a period word ("(FY)")
  whose line also holds words of another column far from it (a note beside the chart) is still an axis; a word
  right before the years (a table's stub head) is not;
- rule "series named by colour" (read/pdf_chart_colours): a two-series bar chart whose legend entries state no
  unit gives each value the entry whose key colour its bar has ("<chart> > <entry> (<unit>)", the unit from the
  caption's one bracketed unit line), the legend set on one line, its first entry left of the values' span; keys
  of one colour: no fact (h119's rule "unproven series": not the title's name for both series' values).
"""
from __future__ import annotations

import pytest

pytest.importorskip("reportlab")

from pdf_draw import text  # noqa: E402

TEAL, PLUM = (0.1, 0.55, 0.55), (0.55, 0.25, 0.5)


def _facts(pdf):
    from esglens.facts import extract_facts
    from esglens.read.pdf import read_pdf

    return {(f.year, f.raw): (f.label, f.unit) for f in extract_facts(read_pdf(str(pdf))) if f.source == "table"}


def _draw(pdf, keys=(TEAL, PLUM), note=True, stub=False):
    """A bar chart of two series (a teal and a plum bar per year, each labelled over its end), its axis line
    closed by "(FY)"; beside it on the axis' baseline, far right, a note of another column."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(pdf))
    text(c, 40, 772, "Orchard harvest by fruit", size=11)
    text(c, 70, 762, "(tonnes)", size=6)
    # the legend on one line: the first key starts left of the first bar
    c.setFillColorRGB(*keys[0])
    c.rect(40, 752, 6, 6, fill=1, stroke=0)
    c.setFillColorRGB(0, 0, 0)
    text(c, 49, 752, "Quinces    Medlars", size=7)     # one line of text, the second key in its gap
    from reportlab.pdfbase.pdfmetrics import stringWidth
    c.setFillColorRGB(*keys[1])
    c.rect(49 + stringWidth("Quinces ", "Helvetica", 7), 752, 4, 6, fill=1, stroke=0)
    c.setFillColorRGB(0, 0, 0)
    years = ["2041", "2042", "2043"]
    big = ["412.5", "437.0", "455.8"]
    small = ["61.2", "58.4", "66.9"]
    for i, (yr, a, b) in enumerate(zip(years, big, small)):
        x = 95 + 60 * i
        c.setFillColorRGB(*TEAL)
        c.rect(x - 14, 560, 12, 150 + 10 * i, fill=1, stroke=0)
        c.setFillColorRGB(*PLUM)
        c.rect(x + 2, 560, 12, 40 + 5 * i, fill=1, stroke=0)
        c.setFillColorRGB(0, 0, 0)
        text(c, x - 8, 560 + 150 + 10 * i + 3, a, size=7, centre=True)
        text(c, x + 8, 560 + 40 + 5 * i + 3, b, size=7, centre=True)
        text(c, x, 546, yr, size=8, centre=True)
    text(c, 95 + 60 * 2 + 25, 546, "(FY)", size=6)
    if stub:
        text(c, 56, 546, "Fruit", size=8)
    if note:
        text(c, 400, 546, "Harvests are weighed at the press.", size=7)
    c.showPage()
    c.save()


def test_two_series_told_apart_by_key_colour_on_a_shared_axis_line(tmp_path):
    pdf = tmp_path / "orchard.pdf"
    _draw(pdf)
    got = _facts(pdf)
    assert got[(2041, "412.5")] == ("Orchard harvest by fruit > Quinces (tonnes)", "tonnes")
    assert got[(2043, "455.8")] == ("Orchard harvest by fruit > Quinces (tonnes)", "tonnes")
    assert got[(2041, "61.2")] == ("Orchard harvest by fruit > Medlars (tonnes)", "tonnes")
    assert got[(2042, "58.4")] == ("Orchard harvest by fruit > Medlars (tonnes)", "tonnes")
    assert got[(2043, "66.9")] == ("Orchard harvest by fruit > Medlars (tonnes)", "tonnes")
    assert len(got) == 6


def test_keys_of_one_colour_name_no_series(tmp_path):
    pdf = tmp_path / "orchard.pdf"
    _draw(pdf, keys=(TEAL, TEAL))
    got = _facts(pdf)
    assert not [k for k in got if k[1] in {"412.5", "437.0", "455.8", "61.2", "58.4", "66.9"}]


def test_a_word_right_before_the_years_is_a_stub_head_no_axis(tmp_path):
    pdf = tmp_path / "orchard.pdf"
    _draw(pdf, stub=True)
    got = _facts(pdf)
    assert not any(label.startswith("Orchard harvest by fruit") and year == 2041 for (year, _), (label, _) in got.items())
