"""A table carries the header of the table before it only when it continues it: not when its own
first row names years (a header too garbled to read is still its own), not from a PDF page further
than the next; and a number under a unit header is a value, never the row's unit."""
from __future__ import annotations

from esglens.document.build import build
from esglens.facts import extract_facts
from esglens.model import Document, TextLine
from esglens.tables.labels import split_unit_cell
from esglens.tables.header import detect_header


def facts(text: str):
    lines = [TextLine(t, line=i) for i, t in enumerate(text.split("\n"), 1)]
    doc = build(Document(path="t.md", name="t.md", sha256="0", kind="text", lines=lines))
    return [f for f in extract_facts(doc) if f.source == "table"]


def test_a_table_with_years_of_its_own_does_not_take_the_header_before():
    md = ("| Indicator | Unit | 2022 | 2023 |\n"
          "|---|---|---|---|\n"
          "| Water withdrawn | m³ | 1,200 | 1,150 |\n"
          "\n"
          "| Waste, tonnes | bins and skips 2022 | by barge 2022 | bins and skips 2023 |\n"
          "|---|---|---|---|\n"
          "| Paper | 340 | 310 | 296 |\n")
    got = facts(md)
    paper = [f for f in got if "Paper" in f.label]
    # no value may stand as a unit, and 340 is not a 2022 value under a 'Unit' column
    assert all(not f.unit or not f.unit.replace(",", "").isdigit() for f in got)
    assert not any(f.value == 310 and f.year == 2022 and f.unit == "340" for f in paper)
    assert ("Water withdrawn", 2023, 1150) in {(f.label, f.year, f.value) for f in got}


def test_a_number_under_the_unit_header_is_no_unit():
    header = detect_header(["Indicator", "Unit", "2022", "2023"], True)
    label_cells = [(0, "Paper"), (1, "340")]
    _, unit, _ = split_unit_cell(label_cells, [(2, "310", None)], header, positioned=True)
    assert unit == ""
    _, unit, _ = split_unit_cell([(0, "Paper"), (1, "t")], [(2, "310", None)], header, positioned=True)
    assert unit == "t"


def test_start_and_target_year_columns_are_dates_not_values():
    md = ("| Programme | Goal | Baseline year | Deadline | Reduction |\n"
          "|---|---|---|---|---|\n"
          "| Own fleet | Diesel burnt per parcel | 2019 | 2028 | -35% |\n"
          "| Own sites | Gas for space heating | 2015 | 2026 | -20% |\n"
          "| Suppliers | Emissions per tonne shipped | 2019 | 2030 | -25% |\n")
    got = facts(md)
    assert not [f for f in got if f.raw in ("2019", "2028", "2015", "2026", "2030")]
    cut = {f.label: (f.value, f.year) for f in got}
    assert cut["Own fleet > Diesel burnt per parcel (2019–2028)"] == (-35, None)
    assert cut["Suppliers > Emissions per tonne shipped (2019–2030)"] == (-25, None)
    assert len(got) == 3


def test_a_year_column_beside_values_of_other_years_stays_a_value_column():
    md = ("| Indicator | 2021 | 2022 | 2023 |\n"
          "|---|---|---|---|\n"
          "| Sites audited | 2015 | 1,980 | 2,044 |\n"
          "| Sites certified | 1,704 | 1,811 | 1,902 |\n")
    got = {(f.label, f.year): f.value for f in facts(md)}
    assert got[("Sites audited", 2021)] == 2015
    assert got[("Sites certified", 2023)] == 1902


def test_a_stub_naming_rows_and_counts_is_no_unit():
    md = ("| Accident type/Number | Category | FY 2024 | FY 2023 |\n"
          "|---|---|---|---|\n"
          "| Recordable injuries | Staff | 4 | 6 |\n"
          "| Recordable injuries | Contractors | 9 | 7 |\n")
    got = facts(md)
    assert got and all(f.unit != "Accident type/Number" for f in got)


def test_one_column_that_names_a_measure_is_a_header():
    """'Category | % of sites audited': one value column under a name that says what it measures."""
    md = ("Supplier audits in the year.\n\n"
          "| Topic | % of suppliers (by spend) that were audited |\n"
          "|---|---|\n"
          "| Health and safety | 64% |\n"
          "| Working hours | 58% |\n"
          "| Freedom of association | 41% |\n")
    got = {(f.label, f.value) for f in facts(md)}
    assert ("Health and safety", 64) in got and ("Freedom of association", 41) in got

