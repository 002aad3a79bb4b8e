"""Relations found in layouts no sample report uses (issue 14, unseen errors): a breakdown whose whole
is printed below it, group rates under an 'Overall' rate, a rate whose unit is only in its label, one
amount printed twice one unit apart, a standard's number in a label."""
from __future__ import annotations

from esglens.checks import run_checks
from esglens.checks.evidence import leaked_label
from esglens.model import Fact


def row(label: str, unit: str, line: int, values: dict[int, str], metric: str | None = None,
        source: str = "table", table: str | None = "T1") -> list[Fact]:
    return [Fact(value=float(raw.replace(",", "")), raw=raw, unit=unit, year=year, label=label, source=source,
                 line=line, table_id=table if source == "table" else None, metric=metric, column=str(year))
            for year, raw in values.items()]


def kinds(facts):
    return [(f.kind, f.year) for f in run_checks(facts)]


def test_age_rates_with_their_whole_printed_below_outside_their_range():
    facts = (row("Under 30", "%", 1, {2023: "25.3", 2024: "25.1"}) + row("30 to 50", "%", 2, {2023: "12.0", 2024: "12.3"})
             + row("Over 50", "%", 3, {2023: "5.0", 2024: "5.2"}) + row("All ages", "%", 4, {2023: "14.0", 2024: "26.0"}))
    assert kinds(facts) == [("sum_mismatch", 2024)]


def test_counts_with_their_whole_printed_below():
    facts = (row("Women", "headcount", 1, {2023: "540", 2024: "561"}) + row("Men", "headcount", 2, {2023: "1,510", 2024: "1,533"})
             + row("All employees", "headcount", 3, {2023: "2,050", 2024: "2,104"}))
    got = run_checks(facts)
    assert [(f.kind, f.year) for f in got] == [("sum_mismatch", 2024)] and "2,094" in got[0].message


def test_overall_rate_outside_its_gender_rates():
    facts = (row("Overall", "%", 1, {2023: "10.9", 2024: "11.8"}) + row("Women", "%", 2, {2023: "9.8", 2024: "9.6"})
             + row("Men", "%", 3, {2023: "11.6", 2024: "10.4"}))
    assert kinds(facts) == [("sum_mismatch", 2024)]


def test_overall_rate_inside_its_gender_rates_is_no_error():
    facts = (row("Overall", "%", 1, {2024: "10.1"}) + row("Women", "%", 2, {2024: "9.6"})
             + row("Men", "%", 3, {2024: "10.4"}))
    assert kinds(facts) == []


def test_rate_whose_percent_is_only_in_its_label():
    facts = (row("Sales (USD m)", "USD m", 1, {2023: "9,880", 2024: "10,300"})
             + row("Research and development spending (USD m)", "USD m", 2, {2023: "375", 2024: "412"})
             + row("Research and development spending as % of sales", "", 3, {2023: "3.8", 2024: "4.3"}))
    got = run_checks(facts)
    assert [(f.kind, f.year) for f in got] == [("rate_mismatch", 2024)] and "4.00 %" in got[0].message


def test_same_amount_printed_one_unit_apart_in_text_and_table():
    facts = (row("Direct emissions (Scope 1)", "tCO2e", 13, {2024: "6,120"}, "ghg.scope1")
             + row("our Scope 1 emissions were", "tCO2e", 8, {2024: "6,121"}, "ghg.scope1", source="narrative"))
    assert kinds(facts) == [("duplicate_mismatch", 2024)]


def test_same_amount_at_two_precisions_is_no_repeat_error():
    facts = (row("Direct emissions (Scope 1)", "tCO2e", 13, {2024: "6,120"}, "ghg.scope1")
             + row("Scope 1", "tCO2e", 40, {2024: "6,120.4"}, "ghg.scope1", table="T2"))
    assert kinds(facts) == []


def test_a_standards_number_is_no_leaked_value():
    assert not leaked_label("Sites certified to ISO 14001 in 2023")
    assert not leaked_label("Plants under OHSAS 18001")
    assert leaked_label("Sites certified 14001")
