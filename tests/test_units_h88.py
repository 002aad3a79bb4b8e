"""Units as printed (issue 13, h88): units the reader or the vocabulary lost, each in a wording or layout no
report uses -- a chart whose every legend line names one unit (read/pdf_table_charts), a head count's
symbol in a table's title, "Nos." (numbers, the plural abbreviation) as a count's unit."""
from __future__ import annotations

import pytest

from esglens.core.units import known_unit, parse_unit
from esglens.facts import extract_facts
from esglens.model import RawRow, TableBlock
from esglens.read.pdf import read_pdf
from esglens.tables.header import title_unit
from esglens.tables.interpret import interpret
from esglens.tables.units import looks_like_unit


def _chart(pdf, legends, title2=None, second=False):
    """Two bars a year; only the first's value printed (`second`: both: two series under one name, which h119's
    rule "unproven series" withholds)."""
    canvas = pytest.importorskip("reportlab.pdfgen.canvas", reason="reportlab (test extra) not installed")
    c = canvas.Canvas(str(pdf))

    def text(x, y, s, size=7.8, centre=False):
        c.setFont("Helvetica", size)
        (c.drawCentredString if centre else c.drawString)(x, y, s)
    text(90, 758 if title2 else 745, "Rainwater kept at the depots", 11.5)
    if title2:
        text(90, 746, title2, 9)
    for i, leg in enumerate(legends):
        text(90 + 110 * i, 732, leg)
    bars = [("2031", "41.5", "12.0", 60), ("2032", "44.1", "13.2", 80), ("2033", "47.9", "15.8", 100)]
    for i, (yr, a, b, h) in enumerate(bars):
        x = 120 + 70 * i
        c.rect(x - 14, 560, 12, h, fill=1)
        c.rect(x + 2, 560, 12, h / 3, fill=1)
        text(x - 8, 565 + h, a, 8, centre=True)
        if second:
            text(x + 8, 565 + h / 3, b, 8, centre=True)
        text(x, 545, yr, 8, centre=True)
    c.showPage()
    c.save()


def _units(pdf):
    return {(f.year, f.value): f.unit for f in extract_facts(read_pdf(str(pdf))) if f.source == "table"}


def test_a_unit_every_legend_line_of_a_chart_names_is_every_values_unit(tmp_path):
    pdf = tmp_path / "legends.pdf"
    _chart(pdf, ["North depot (Million litres)", "South depot (Million litres)"])
    got = _units(pdf)
    assert got[(2031, 41.5)] == "Million litres" and got[(2033, 47.9)] == "Million litres"
    assert len(got) == 3 and set(got.values()) == {"Million litres"}
    _chart(pdf, ["North depot (Million litres)", "South depot (Million litres)"], second=True)
    assert not _units(pdf)     # two values a year under one name: withheld (h119)


def test_legends_in_different_units_or_one_without_a_unit_give_no_unit(tmp_path):
    mixed, bare = tmp_path / "mixed.pdf", tmp_path / "bare.pdf"
    _chart(mixed, ["Rain kept (Million litres)", "Share reused (%)"])
    _chart(bare, ["North depot (Million litres)", "South depot"])
    for pdf in (mixed, bare):
        got = _units(pdf)
        assert len(got) == 3 and set(got.values()) == {""}


def test_a_charts_second_title_line_naming_a_head_count_is_its_unit(tmp_path):
    pdf = tmp_path / "title2.pdf"
    _chart(pdf, [], title2="staff in full-time equivalents (FTE)")
    assert set(_units(pdf).values()) == {"FTE"}
    assert title_unit("Depot staff by shift (HC)") == "HC"
    assert title_unit("Hydrocarbons in exhaust (HC)") == ""   # no people: hydrocarbons, no head count


def test_nos_the_plural_abbreviation_of_number_is_a_count():
    assert known_unit("Nos.") and looks_like_unit("Nos.") and parse_unit("Nos").dim == "count"
    t = interpret(TableBlock(id="t", positioned=True, rows=[RawRow(cells=r, page=1) for r in [
        ["Type", "Site", "FY 2031", "FY 2030"],
        ["Spills reported to the regulator (Nos.)", "Onshore", "4", "6"],
        ["", "Offshore", "1", "0"]]]))
    assert [(r.labels[-1], r.unit) for r in t.rows if r.values] == [("Onshore", "Nos."), ("Offshore", "Nos.")]


def test_a_unit_cell_in_full_width_brackets_is_the_unit_inside():
    """"（％）" in a unit column is "％" as "(%)" is "%": the brackets enclose the unit, they are no part of it."""
    t = interpret(TableBlock(id="t", positioned=True, rows=[RawRow(cells=r, page=1) for r in [
        ["", "単位", "2031年度", "2032年度"],
        ["養蜂場の数", "（箇所）", "12", "14"],
        ["巣箱の稼働率", "（％）", "81.5", "84.0"],
        ["Hive uptime", "(％)", "80.1", "82.2"]]]))
    assert [r.unit for r in t.rows if r.values] == ["箇所", "％", "％"]


def test_a_unit_on_its_own_line_under_the_years_is_every_rows_unit_not_a_group():
    """The stub header's unit set a line below the years ("Million litres" under "2031 2032"): every row's unit,
    and no row is labelled by it; a count's noun there ("Volunteers") still heads a group."""
    def table(first):
        return interpret(TableBlock(id="t", positioned=True, rows=[RawRow(cells=r, page=1) for r in [
            ["", "2031", "2032"], [first, "", ""], ["Rainwater kept", "4.5", "5.1"], ["Rainwater reused", "1.2", "1.9"]]]))
    got = [(" > ".join(r.labels), r.unit) for r in table("Million litres").rows if r.values]
    assert got == [("Rainwater kept", "Million litres"), ("Rainwater reused", "Million litres")]
    got = [(" > ".join(r.labels), r.unit) for r in table("Volunteers").rows if r.values]
    assert got == [("Volunteers > Rainwater kept", ""), ("Volunteers > Rainwater reused", "")]


def test_a_gas_formulas_small_digit_ending_a_unit_is_no_footnote():
    """"t-CO²": the 2 of CO2 set small (read as a raised mark) stays the unit's; "tonnes²" is a footnote 2."""
    from esglens.core.numbers import split_markers
    assert split_markers("kilotonnes-CO²", unit=True) == ("kilotonnes-CO2", [])
    assert split_markers("kg CH⁴", unit=True) == ("kg CH4", [])
    assert split_markers("tonnes²", unit=True) == ("tonnes", ["2"])
    assert split_markers("Million m³", unit=True) == ("Million m³", [])
    assert looks_like_unit("kt-CO2") and looks_like_unit("千t-CO2") and not looks_like_unit("Non-hazardous")
    assert title_unit("排出量の推移 (千t-CO2)") == "千t-CO2"   # a chart title carrying its legends' unit


def test_a_matrix_cells_unit_keeps_the_digits_inside_its_words():
    """A targets matrix cell "2.4 million tonnes-CO2 (41%)": the unit is "million tonnes-CO2", not "... -CO"."""
    from esglens.read.pdf_matrix import numbers
    assert numbers("2.4 million tonnes-CO2 (41%)") == [("2.4", "million tonnes-CO2"), ("41", "%")]
    assert numbers("75 thousand m3 by 2031") == [("75", "thousand m3")]


def test_a_change_word_after_the_per_cent_sign_is_no_part_of_the_unit():
    """"2% reduction" in a target cell is 2 in "%": the word says the figure is a change; "% of hives" stays."""
    from esglens.core.numbers import parse_value
    assert parse_value("2% reduction").unit == "%" and parse_value("0.5% Improvements").unit == "%"
    assert parse_value("12% of hives").unit == "% of hives"


def test_a_label_that_opens_with_a_measuring_unit_is_in_it():
    """"Kilolitres of rainwater harvested" prints its unit first; "Litres of syrup per hive" is a rate,
    "Cases of bee sting" a count's noun, "Share of …" a share: none of those is given a unit this way."""
    def unit(label):
        t = interpret(TableBlock(id="t", positioned=True, rows=[RawRow(cells=r, page=1) for r in [
            ["", "2031", "2032"], [label, "1,250", "1,410"]]]))
        return next(r.unit for r in t.rows if r.values)
    assert unit("Kilolitres of rainwater harvested") == "Kilolitres"
    assert unit("Million tonnes of honey stored") == "Million tonnes"
    assert unit("Litres of syrup per hive") == "" and unit("Share of hives certified") == ""
    assert unit("Cases of bee sting") == "" and unit("Score of visitor satisfaction") == ""
