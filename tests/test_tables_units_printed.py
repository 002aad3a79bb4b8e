"""Units as the report prints them for a cell (issue 13), in layouts no sample report uses:
an unheaded unit column of prefixed units, a part under its whole, a unit read into the label cell,
a stub unit with its exponent, a header unit that must end on a unit word, a "Number of ..." label."""
from __future__ import annotations

import pytest

from esglens.core.units import convert, parse_unit
from esglens.document.build import build
from esglens.facts import extract_facts
from esglens.model import Document, TextLine
from esglens.tables.labels import counted_noun, glued_unit
from esglens.tables.units import looks_like_unit, trailing_unit


def _facts(text: str):
    lines = [TextLine(t, line=i) for i, t in enumerate(text.split("\n"), 1)]
    doc = build(Document(path="t.txt", name="t.txt", sha256="0", kind="text", lines=lines))
    return {(f.line, f.year): (f.value, f.unit, f.label) for f in extract_facts(doc) if f.source == "table"}


def test_an_unheaded_unit_column_of_prefixed_units():
    """A bracketed cell between label and values: kilo-/mega- units, a substance after the unit,
    standard cubic metres, tonnes of oil equivalent per year."""
    f = _facts("Operations\t\t2022\t2023\n"
               "Sulphur oxides released\t(ktonnes SO2)\t4.1\t3.9\n"
               "Associated gas vented\t(million Nm³)\t12.5\t11.0\n"
               "Fuel saved by efficiency projects\t(Mtep/yr)\t0.31\t0.35")
    assert f[(2, 2023)] == (3.9, "ktonnes SO2", "Sulphur oxides released")
    assert f[(3, 2022)][1] == "million Nm³"
    assert f[(4, 2023)][1] == "Mtep/yr"


@pytest.mark.parametrize("printed,scale,dim", [
    ("ktonnes N2O", 1.0, "mass"), ("million Nm³", 1e6, "volume"), ("billion Sm3", 1e9, "volume"),
    ("kilolitres", 1.0, "volume"), ("ktoe", 1.0, "energy"), ("€ million", 1e6, "currency"),
])
def test_prefixed_and_gas_volume_units_are_read(printed, scale, dim):
    u = parse_unit(printed)
    assert (u.scale, u.dim) == (scale, dim)


def test_oil_equivalents_convert():
    assert convert(1.0, "ktoe", "GJ") == pytest.approx(41868.0)
    assert convert(2.0, "tep", "MWh") == pytest.approx(2 * 41.868 / 3.6)
    assert convert(1.0, "kboe", "GJ") == pytest.approx(6117.8632)
    assert parse_unit("Times/year") is None     # a count per year is no amount to convert


def test_a_part_takes_the_unit_its_whole_printed():
    """"of which" rows under a value row that printed its unit in the unit column; a row with a unit
    of its own keeps it."""
    f = _facts("Site water\t\t2022\t2023\n"
               "Rainwater harvested\t(kilolitres)\t5,400\t6,100\n"
               "\tof which: reused on site\t2,050\t2,700\n"
               "Share of sites with a water plan\t(%)\t40\t55")
    assert f[(3, 2023)] == (2700, "kilolitres", "Rainwater harvested > of which: reused on site")
    assert f[(4, 2022)][1] == "%"


def test_a_unit_read_into_the_label_cell_under_a_unit_heading():
    """The unit column's cell is empty and the label ends with a unit that measures: it is the
    row's unit. A counted noun at a label's end stays in the label."""
    f = _facts("Indicator\tUnit\t2022\t2023\n"
               "Nitrous oxide released (estimated)² Kilograms\t\t340\t310\n"
               "Number of sites\t\t12\t14\n"
               "Diesel burnt in generators\tLitres\t9,100\t8,800")
    assert f[(2, 2023)][:2] == (310, "Kilograms")
    assert f[(2, 2023)][2].startswith("Nitrous oxide released (estimated)") and "Kilograms" not in f[(2, 2023)][2]
    assert f[(3, 2022)][1:] == ("", "Number of sites")
    assert f[(4, 2022)][1] == "Litres"
    assert glued_unit("Energy bought GWh") == "GWh" and glued_unit("Number of vehicles") == ""


def test_a_stub_unit_keeps_its_exponent():
    f = _facts("Thousand m³\t2022\t2023\nRiver water\t14.2\t13.9\nMunicipal supply¹\t3.1\t2.8")
    assert f[(2, 2023)][1] == "Thousand m³" and f[(3, 2022)][1] == "Thousand m³"


def test_a_header_unit_ends_on_a_unit_word():
    """Two header lines read into one cell can leave a word of the next line after the unit:
    no unit is read from such a header rather than a wrong one."""
    assert trailing_unit("Freight (Cat 4) kt CO2e Cat") == ""
    assert trailing_unit("Freight (Cat 4) kt CO2e") == "kt CO2e"
    assert looks_like_unit("(ktonnes SO2)") and not looks_like_unit("Sulphur dioxide SO2")


def test_a_number_of_label_names_its_unit_when_the_table_prints_none():
    f = _facts("Area\tIndicator\t2023\n"
               "Spills\tNumber of oil spill events\t0\n"
               "Spills\tNumber of spills in protected areas\t1")
    assert f[(2, 2023)][1] == "events"
    assert f[(3, 2023)][1] == ""
    assert counted_noun("Total number of audits") == "audits"
    assert counted_noun("Number of employees who left") == "" and counted_noun("Number of staff trained") == ""


def test_a_year_column_that_names_its_unit():
    f = _facts("Grade\t2022 (%)\t2023 (%)\nEngineers who are women\t21.5\t23.0")
    assert f[(2, 2023)][:2] == (23.0, "%")


def test_the_last_in_of_a_group_label_names_the_unit():
    f = _facts("Procurement\t2022\t2023\nSpend in low-income regions in € million\t\t\n"
               "(a) East Africa\t4.2\t5.1\n(b) South Asia\t2.0\t2.6")
    assert f[(3, 2023)][1] == "€ million" and f[(4, 2022)][1] == "€ million"


def test_a_unit_begun_in_the_label_cell_is_made_whole():
    """A unit cell wrapped over two lines whose first line was read into the label: the unit
    column holds only "equivalent"; whole units in the unit column are left alone."""
    f = _facts("Parameter\tUnit\t2022\t2023\n"
               "Scope 3 emissions (all gases Metric tonnes of CO2 incl. CH4 and N2O)\tequivalent\t1,200\t1,150\n"
               "Audits of contractors per supplier\tTimes/year\t2\t3")
    assert f[(2, 2023)] == (1150, "Metric tonnes of CO2 equivalent", "Scope 3 emissions (all gases incl. CH4 and N2O)")
    assert f[(3, 2022)][1:] == ("Times/year", "Audits of contractors per supplier")


def test_a_row_whose_cells_print_their_unit_keeps_it_over_the_stub():
    """"–" and "–7%" on a row of a table whose stub says "Tonnes": the row is in %, the dash too."""
    f = _facts("Tonnes\t2022\t2023\nDiesel burnt\t410\t380\nReduction against 2019\t–\t–7%")
    assert f[(3, 2023)][:2] == (-7.0, "%") and f[(3, 2022)][1] == "%"
    assert f[(2, 2022)][1] == "Tonnes"


def test_named_columns_share_their_unit():
    """Column names that end in one unit; one name has a word of its next line after the unit."""
    lines = ["Product line\tDirect Scope 1 kt CO2e\tFreight (Cat 4) kt CO2e Cat\tUse of products (Cat 11) kt CO2e",
             "Pumps\t1.2\t0.4\t9.9", "Valves\t0.8\t0.2\t4.1"]
    doc = build(Document(path="t.txt", name="t.txt", sha256="0", kind="text",
                         lines=[TextLine(t, line=i) for i, t in enumerate(lines, 1)]))
    units = {(f.line, f.raw): f.unit for f in extract_facts(doc) if f.source == "table"}
    assert units[(2, "0.4")] == "kt CO2e" and units[(3, "4.1")] == "kt CO2e"


def test_a_stub_that_ends_with_a_unit():
    """A title line read into the stub cell before its unit: the unit at its end holds for the rows;
    a stub ending in a counted noun names none."""
    f = _facts("Drought-prone sites² Thousand m³\t2022\t2023\nGroundwater drawn\t8.4\t7.9")
    assert f[(2, 2023)][1] == "Thousand m³"
    g = _facts("Inspections at sites\t2022\t2023\nGroundwater wells\t8\t7")
    assert g[(2, 2023)][1] == ""


@pytest.mark.parametrize("printed,scale,dim", [
    ("millions of hours", 1e6, "time"), ("thousands of tonnes", 1e3, "mass"), ("EUR millions", 1e6, "currency"),
])
def test_plural_scale_words(printed, scale, dim):
    u = parse_unit(printed)
    assert (u.scale, u.dim) == (scale, dim)


def test_a_rate_formula_in_the_unit_column_is_the_unit_and_its_rows_take_it():
    """"(lost-time injuries / hours worked) x 200,000" stands where a unit does: it is the row's unit as
    printed, and the parts under the row are measured the same way."""
    f = _facts("Safety\t\t2022\t2023\n"
               "Lost-time injury rate\t(lost-time injuries / hours worked) x 200,000\t0.41\t0.38\n"
               "\tOwn staff\t\t0.22\t0.19\n"
               "Hours worked\t(millions of hours)\t12.5\t13.1")
    assert f[(2, 2023)][1:] == ("(lost-time injuries / hours worked) x 200,000", "Lost-time injury rate")
    assert f[(3, 2022)][1] == "(lost-time injuries / hours worked) x 200,000"
    assert f[(4, 2023)][1:] == ("millions of hours", "Hours worked")


def test_a_row_of_a_label_and_a_unit_only_heads_its_parts():
    """"Spills | (number)" with no values of its own: the rows under it are its parts, in its unit."""
    f = _facts("Spills and releases\t\t2022\t2023\n"
               "Training hours\t(hours)\t1,200\t1,350\n"
               "Spills\t(number)\t\t\n"
               "\tOil\t\t4\t2\n"
               "\tChemicals\t\t1\t0")
    assert f[(4, 2023)] == (2.0, "number", "Spills > Oil")
    assert f[(5, 2022)] == (1.0, "number", "Spills > Chemicals")


def test_a_label_that_starts_with_its_unit_of_time_or_ends_in_fte():
    """No unit printed anywhere but in the label: "Hours worked by contractors" is in hours, "Sick-leave
    headcount in FTE" in FTE; "Days of the week open" is no amount of days."""
    f = _facts("Workforce\t2022\t2023\n"
               "Hours worked by contractors\t81,200\t79,950\n"
               "Sick-leave headcount in FTE\t41.5\t39.0\n"
               "Days of the week open\t6\t6")
    assert f[(2, 2023)][1] == "Hours"
    assert f[(3, 2022)][1] == "FTE"
    assert f[(4, 2022)][1] == ""


def test_a_counting_stub_head_is_no_unit():
    """A stub header that says what the rows count ("Number of …", "No. of …", "…人数") is no unit
    (tests/keys/README rule 4); a unit it brackets still is; a plain unit stub still is."""
    f = _facts("Number of Volunteers\t2021\t2022\nNorth depot\t31\t44\nSouth depot\t12\t9\nNumber of Volunteers\t43\t53")
    assert f[(2, 2022)] == (44.0, "", "North depot") and f[(3, 2021)] == (12.0, "", "South depot")
    assert f[(4, 2022)] == (53.0, "", "Number of Volunteers")   # the row's counted noun is no unit under it
    g = _facts("No. of apprentices (persons)\t2021\t2022\nWorkshop\t7\t8")
    assert g[(2, 2022)][:2] == (8.0, "persons")
    h = _facts("志愿者人数\t2021\t2022\n北区\t31\t44")
    assert h[(2, 2022)][:2] == (44.0, "")
    k = _facts("Megawatt hours\t2021\t2022\nNorth depot\t31\t44")
    assert k[(2, 2022)][:2] == (44.0, "Megawatt hours")


def test_a_yes_no_answer_read_into_the_stub_is_no_label_word():
    """A header over the stub that announces yes/no answers, and the answers glued to the row names
    ("Suppliers Yes"): the answer is dropped from the label; with no such header the label is kept."""
    f = _facts("Partner type  Audited (Yes/No)\t2022\t2023\nSuppliers Yes\t12\t14\nDistributors No\t3\t5\n"
               "Retail Partners\t7\t8")
    assert f[(2, 2023)] == (14.0, "", "Suppliers") and f[(3, 2022)] == (3.0, "", "Distributors")
    assert f[(4, 2022)] == (7.0, "", "Retail Partners")
    g = _facts("Partner type\t2022\t2023\nSuppliers Yes\t12\t14")
    assert g[(2, 2022)][2] == "Suppliers Yes"
