"""A figure on a line of its own is named by the short lines above it, unless those lines are a table's
or a chart's (they hold other figures, or lettered column codes such as "Total (D + E)")."""
from __future__ import annotations

from esglens.document.build import build
from esglens.facts import extract_facts
from esglens.model import Document, TextLine


def _narrative(text: str):
    lines = [TextLine(t, line=i) for i, t in enumerate(text.split("\n"), 1)]
    doc = build(Document(path="t.txt", name="t.txt", sha256="0", kind="text", lines=lines))
    return [(f.value, f.label) for f in extract_facts(doc) if f.source == "narrative"]


def test_a_figure_named_by_its_caption_is_read():
    got = _narrative("Our people\n\nThe number of lost-time injuries\n3\n")
    assert len(got) == 1 and got[0][0] == 3.0 and got[0][1].endswith("The number of lost-time injuries")


def test_a_figure_under_a_row_of_figures_or_column_codes_is_no_fact():
    assert _narrative("Regional offices\n\nNorth 4.1% South 2.7% Total\n6.8%\n") == []
    assert _narrative("Contract staff\n\nOn payroll (P) Agency (Q) Total (P + Q)\n1,245\n") == []


def test_a_figure_with_its_currency_set_as_a_heading_is_named_by_the_line_above():
    got = _narrative("Community\n\nSpending on village water schemes\n\n## HK$ **42.5** million\n\nMore text follows here.\n")
    assert len(got) == 1 and got[0][0] == 42.5 and got[0][1].endswith("Spending on village water schemes")


def test_a_figure_under_a_year_pair_a_percent_column_or_a_chart_legend_is_no_fact():
    assert _narrative("Workforce\n\nStaff by contract type 2023 (2022)\n4,310\n") == []
    assert _narrative("Workforce\n\nStaff by region %\n4,310\n") == []
    assert _narrative("Abatement\n\nHydro retrofits² Fleet electrification⁵\n4,310\n") == []
    assert _narrative("Workforce\n\nStaff on permanent contracts\n4,310\n") != []


def test_figures_alone_counting_one_two_three_are_row_numbers():
    text = "Sites\n\nNumber of plants\n1\nKiln line\n2\nMill line\n3\nPacking line\n"
    assert _narrative(text) == []
    assert _narrative("Sites\n\nNumber of plants\n14\n") != []


def test_a_caption_above_the_figure_before_names_that_one_not_the_next():
    got = _narrative("Fleet\n\nShare of electric vans\n\n41%\n\nShare of hybrid vans\n\n23%\n")
    assert [v for v, _ in got] == [41.0, 23.0]
    assert got[0][1].endswith("Share of electric vans") and got[1][1] == "Share of hybrid vans"
