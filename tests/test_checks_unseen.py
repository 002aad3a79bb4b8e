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


def test_a_total_named_after_its_heading_closes_the_breakdown():
    facts = (row("Business travel > Flights", "", 1, {2022: "1,388", 2023: "1,410"})
             + row("Business travel > Rail", "", 2, {2022: "45", 2023: "51"})
             + row("Business travel > Hotel nights", "", 3, {2022: "332", 2023: "347"})
             + row("Business travel > Business travel total", "", 4, {2022: "1,756", 2023: "1,808"}))
    got = run_checks(facts)
    assert [(f.kind, f.year) for f in got] == [("sum_mismatch", 2022)] and "1,765" in got[0].message


def test_a_rate_over_the_rows_its_own_words_name():
    facts = (row("Water withdrawn", "million m³", 1, {2022: "18.9", 2023: "18.4"})
             + row("Water recycled", "million m³", 2, {2022: "4.4", 2023: "4.6"})
             + row("Water recycled as share of withdrawal", "", 3, {2022: "23.3", 2023: "28.0"})
             + row("Certified fibre purchased", "t", 4, {2022: "1,790,500", 2023: "1,803,200"})
             + row("Total fibre purchased", "t", 5, {2022: "2,260,000", 2023: "2,240,000"})
             + row("Share of certified fibre", "%", 6, {2022: "79.2", 2023: "83.5"}))
    assert kinds(facts) == [("rate_mismatch", 2023), ("rate_mismatch", 2023)]


def test_a_rate_named_by_its_words_but_never_matching_is_not_shown():
    facts = (row("Certified fibre purchased", "t", 4, {2023: "1,803,200"})
             + row("Total fibre purchased", "t", 5, {2023: "2,240,000"})
             + row("Share of certified fibre", "%", 6, {2023: "83.5"}))
    assert kinds(facts) == []


def test_group_rates_with_the_percent_in_their_heading_are_no_averages_mistaken_for_totals():
    facts = (row("Sick leave rate (%) > Total", "", 1, {2022: "5.1", 2023: "4.8"})
             + row("Sick leave rate (%) > Women", "", 2, {2022: "5.6", 2023: "5.3"})
             + row("Sick leave rate (%) > Men", "", 3, {2022: "4.8", 2023: "4.5"}))
    assert kinds(facts) == []


def test_siblings_beyond_the_catalogs_parts_overlap_them():
    facts = (row("Energy > Direct energy", "MWh", 1, {2024: "641.0"}, "energy.direct")
             + row("Energy > Indirect energy", "MWh", 2, {2024: "671.7"}, "energy.indirect")
             + row("Energy > Total energy", "MWh", 3, {2024: "1,312.7"}, "energy.total")
             + row("Energy > Renewable energy", "MWh", 4, {2024: "229.7"}, "energy.renewable"))
    assert kinds(facts) == []


def test_company_names_with_nordic_and_german_legal_forms():
    from esglens.checks.index_claims import _NAME
    assert [m.group(1) for m in _NAME.finditer("GRI content index for Sundvik Board AB and Quellwerk GmbH")] \
        == ["Sundvik Board AB", "Quellwerk GmbH"]


def test_a_total_heading_the_next_breakdown_is_not_the_whole_of_the_one_above():
    # union coverage by group, each block headed by its total: employees, then workers
    facts = (row("Total permanent employees", "%", 1, {2022: "0"}) + row("Male", "%", 2, {2022: "0"})
             + row("Female", "%", 3, {2022: "0"}) + row("Total permanent workers", "%", 4, {2022: "100"})
             + row("Male", "%", 5, {2022: "100"}) + row("Female", "%", 6, {2022: "100"}))
    assert kinds(facts) == []


def test_two_counts_of_two_things_under_one_sentence_label_are_no_repeat():
    facts = (row("Outcome > The Company held a total of", "onboarding workshop sessions", 10, {2024: "397"})
             + row("Outcome > The Company held a total of", "safety refresher sessions", 17, {2024: "421"}, table="T2"))
    for f in facts:   # both normalized to plain counts, as the catalog does
        f.value_normalized, f.unit_normalized = f.value, "count"
    assert kinds(facts) == []
