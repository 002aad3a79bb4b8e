"""Charts in layouts no sample uses (h100, issue 20): short axis years ("'19 … '23 (FY)"), a chart's headline
figure for its last year, line labels set right of their points. Drawn with reportlab."""
from __future__ import annotations

import pytest

from esglens.facts import extract_facts
from esglens.read.pdf import read_pdf

canvas_mod = pytest.importorskip("reportlab.pdfgen.canvas", reason="reportlab (test extra) not installed")


def text(c, x, y, s, size=8.0, centre=False):
    c.setFont("Helvetica", size)
    (c.drawCentredString if centre else c.drawString)(x, y, s)


def _table_facts(pdf):
    return [f for f in extract_facts(read_pdf(str(pdf))) if f.source == "table"]


def _short_axis(pdf, headline_x=None, last_label=False):
    c = canvas_mod.Canvas(str(pdf))
    text(c, 60, 760, "Waste recycled on site", 10)
    if headline_x is not None:
        text(c, headline_x, 735, "612.4", 20)
        text(c, headline_x + 53, 735, "tonnes", 7)
    vals = ["401.0", "455.2", "530.7", "598.3"]
    for i, v in enumerate(vals):
        x = 80 + 30 * i
        c.rect(x - 8, 600, 16, 40 + 15 * i, fill=0)
        text(c, x, 644 + 15 * i, v, 6, centre=True)
    x_last = 80 + 30 * 4
    c.rect(x_last - 8, 600, 16, 110, fill=0)
    if last_label:
        text(c, x_last, 714, "612.4", 6, centre=True)
    for i, yr in enumerate(("’19", "’20", "’21", "’22", "’23")):
        text(c, 80 + 30 * i, 588, yr, 7, centre=True)
    text(c, 80 + 30 * 4 + 12, 588, "(FY)", 6)
    c.showPage()
    c.save()


def test_short_axis_years_and_headline_figure(tmp_path):
    """An axis printing "'19 … '23 (FY)", the last year's figure printed large over the chart with its unit
    words: every value has its year, the headline its unit."""
    pdf = tmp_path / "short_axis.pdf"
    _short_axis(pdf, headline_x=150)
    got = {(f.year, f.value, f.unit) for f in _table_facts(pdf)}
    assert got == {(2019, 401.0, "tonnes"), (2020, 455.2, "tonnes"), (2021, 530.7, "tonnes"),
                   (2022, 598.3, "tonnes"), (2023, 612.4, "tonnes")}


def test_headline_away_from_the_last_year_gives_no_chart(tmp_path):
    """The large figure stands over the first bars, not the last year's place: which year it is cannot be
    told and the last year has no label: no chart facts (abstain)."""
    pdf = tmp_path / "short_axis_far.pdf"
    _short_axis(pdf, headline_x=40)
    assert not [f for f in _table_facts(pdf) if f.year]


def test_short_axis_years_with_every_label(tmp_path):
    pdf = tmp_path / "short_axis_full.pdf"
    _short_axis(pdf, last_label=True)
    got = {(f.year, f.value) for f in _table_facts(pdf)}
    assert got == {(2019, 401.0), (2020, 455.2), (2021, 530.7), (2022, 598.3), (2023, 612.4)}


def _line_labels(pdf, offset, line=("12.25", "9.75", "8.50", "6.25")):
    """Bars with centred labels and a line whose labels start at its points (right of the year's tick)."""
    c = canvas_mod.Canvas(str(pdf))
    text(c, 60, 760, "Landfilled waste / landfill rate", 10)
    bars = ["88.0", "71.5", "64.2", "50.9"]
    for i, (b, p) in enumerate(zip(bars, line)):
        x = 80 + 24 * i
        c.rect(x - 6, 600, 12, 100 - 10 * i, fill=0)
        text(c, x, 704 - 10 * i, b, 7, centre=True)
        text(c, x + offset, 650 - 3 * i, p, 7)
        text(c, x, 588, str(2020 + i), 7, centre=True)
    c.showPage()
    c.save()


def test_line_labels_set_right_of_their_points(tmp_path):
    pdf = tmp_path / "line_labels.pdf"
    _line_labels(pdf, 4.0)     # a label's middle halfway to the next year: its left edge at its own
    # the line alone (the bars unlabelled): each label gets its year
    c = canvas_mod.Canvas(str(pdf))
    text(c, 60, 760, "Landfilled waste / landfill rate", 10)
    for i, p in enumerate(("12.25", "9.75", "8.50", "6.25")):
        x = 80 + 24 * i
        c.rect(x - 6, 600, 12, 100 - 10 * i, fill=0)
        text(c, x + 4.0, 650 - 3 * i, p, 7)
        text(c, x, 588, str(2020 + i), 7, centre=True)
    c.showPage()
    c.save()
    got = {(f.year, f.value) for f in _table_facts(pdf)}
    assert got == {(2020, 12.25), (2021, 9.75), (2022, 8.5), (2023, 6.25)}


def test_bars_and_line_under_one_name_abstain(tmp_path):
    """h119 rule "unproven series": the bars' and the line's values, two a year, would share the title's name:
    no fact."""
    pdf = tmp_path / "line_labels.pdf"
    _line_labels(pdf, 4.0)
    assert not [f for f in _table_facts(pdf) if f.year]


def test_line_labels_far_from_any_tick_abstain(tmp_path):
    """Short labels starting past the tick (beyond the anchor's reach), their middles halfway to the next
    year: nobody's year, no chart."""
    pdf = tmp_path / "line_labels_far.pdf"
    _line_labels(pdf, 7.5, ("9.5", "8.5", "7.5", "6.5"))
    assert not [f for f in _table_facts(pdf) if f.year]


def _combo(pdf, bars=("812.0", "640.5", "598.1", "455.9"), line=("21.4", "26.0", "30.7", "38.2"), centred_line=False):
    """A combo chart: bars with centred labels, a line whose labels start at its points; a legend of two
    entries in two units."""
    c = canvas_mod.Canvas(str(pdf))
    text(c, 60, 770, "Waste sent to landfill / Diversion rate", 10)
    text(c, 70, 757, "Waste sent to landfill (thousand tonnes)", 6)
    text(c, 70, 749, "Diversion rate (%)", 6)
    for i, (b, p) in enumerate(zip(bars, line)):
        x = 90 + 50 * i
        c.rect(x - 10, 600, 20, 120 - 15 * i, fill=0)
        text(c, x, 724 - 15 * i, b, 7, centre=True)
        if centred_line:
            text(c, x, 650 + 8 * i, p, 7, centre=True)
        else:
            text(c, x + 1, 650 + 8 * i, p, 7)
        text(c, x, 588, f"FY{18 + i}", 7, centre=True)
    c.showPage()
    c.save()


def test_combo_chart_series_told_apart_by_label_placement_and_share_range(tmp_path):
    pdf = tmp_path / "combo.pdf"
    _combo(pdf)
    got = {(f.label, f.year, f.value, f.unit) for f in _table_facts(pdf)}
    name = "Waste sent to landfill / Diversion rate"
    assert got == {(f"{name} > Waste sent to landfill (thousand tonnes)", 2018 + i, float(v), "thousand tonnes")
                   for i, v in enumerate(("812.0", "640.5", "598.1", "455.9"))} | \
                  {(f"{name} > Diversion rate (%)", 2018 + i, float(v), "%")
                   for i, v in enumerate(("21.4", "26.0", "30.7", "38.2"))}


def test_combo_chart_both_series_within_a_share_range_is_not_split(tmp_path):
    """Bars printing values under 100 too: which series is the share cannot be told: no fact (h119's rule
    "unproven series": not one name for both series' values)."""
    pdf = tmp_path / "combo_small.pdf"
    _combo(pdf, bars=("81.0", "64.5", "59.1", "45.9"))
    assert not _table_facts(pdf)


def test_combo_chart_labels_all_centred_is_not_split(tmp_path):
    pdf = tmp_path / "combo_centred.pdf"
    _combo(pdf, centred_line=True)
    assert not _table_facts(pdf)


def _subtitled(pdf, sub):
    c = canvas_mod.Canvas(str(pdf))
    text(c, 60, 770, "Repair café network", 14)
    text(c, 60, 755, sub, 8)
    for i, v in enumerate(("1,120", "1,874", "2,406")):
        x = 90 + 50 * i
        c.rect(x - 10, 600, 20, 60 + 30 * i, fill=0)
        text(c, x, 664 + 30 * i, v, 8, centre=True)
        text(c, x, 588, str(2021 + i), 8, centre=True)
    c.showPage()
    c.save()


def test_chart_subtitle_names_its_values(tmp_path):
    pdf = tmp_path / "subtitle.pdf"
    _subtitled(pdf, "Visitors bringing an item (cumulative)")
    assert {(f.label, f.year, f.value) for f in _table_facts(pdf)} == {
        ("Repair café network > Visitors bringing an item (cumulative)", 2021 + i, v)
        for i, v in enumerate((1120, 1874, 2406))}


def test_chart_bracketed_note_is_no_subtitle(tmp_path):
    pdf = tmp_path / "subtitle_note.pdf"
    _subtitled(pdf, "(all sites, calendar years)")
    assert {f.label for f in _table_facts(pdf)} == {"Repair café network"}
