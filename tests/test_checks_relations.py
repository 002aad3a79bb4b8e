"""Relations worked out from the facts, on constructed tables in layouts no sample report uses:
other label wording, totals first or last, parts across two tables, one year only."""
from __future__ import annotations

from esglens.checks import run_checks
from esglens.model import Fact


def row(label: str, unit: str, line: int, values: dict[int, str], table: str = "T1", metric: str | None = None,
        column: str | None = None) -> list[Fact]:
    out = []
    for year, raw in values.items():
        value = None if raw in ("/", "-") else float(raw.replace(",", "").rstrip("%"))
        out.append(Fact(value=value, raw=raw, unit=unit, year=year, label=label, source="table", line=line,
                        table_id=table, metric=metric, column=column or str(year)))
    return out


def found(facts, everything=False):
    return [(f.kind, f.year, f.lines) for f in run_checks(facts, everything=everything)]


# --- totals by definition (the catalog), wherever the rows stand --------------------------------------

def test_scope_1_2_total_in_another_table_than_its_parts():
    facts = (row("Direct (Scope 1)", "tCO2e", 5, {2024: "1,204.6"}, "T1", "ghg.scope1")
             + row("Indirect (Scope 2)", "tCO2e", 6, {2024: "3,310.2"}, "T1", "ghg.scope2")
             + row("Scope 1+2 emissions", "t CO2e", 40, {2024: "4,519.8"}, "T7", "ghg.scope1_2"))
    got = run_checks(facts)
    assert [(f.kind, f.lines) for f in got] == [("sum_mismatch", [5, 6, 40])]
    assert got[0].rule == "sum:definition" and got[0].confidence >= 0.85
    assert "4,519.8" in got[0].message and "4,514.8" in got[0].message and "5.0" in got[0].message


def test_scope_1_2_that_is_market_based_is_no_error():
    facts = (row("Scope 1", "t", 1, {2024: "100"}, metric="ghg.scope1")
             + row("Scope 2 (location-based)", "t", 2, {2024: "300"}, metric="ghg.scope2")
             + row("Scope 2 (market-based)", "t", 3, {2024: "250"}, metric="ghg.scope2_market")
             + row("Scope 1 and 2 (market-based)", "t", 4, {2024: "350"}, metric="ghg.scope1_2"))
    assert found(facts) == []


def test_definition_in_different_units_is_not_compared():
    facts = (row("Hazardous", "kg", 1, {2024: "500"}, metric="waste.hazardous")
             + row("Non-hazardous", "t", 2, {2024: "20"}, metric="waste.non_hazardous")
             + row("All waste", "t", 3, {2024: "20.5"}, metric="waste.total"))
    assert found(facts) == []


# --- totals the labels name -------------------------------------------------------------------------

def test_bare_total_printed_last_one_year_only():
    facts = (row("Road", "tCO2e", 11, {2024: "500"}) + row("Rail", "tCO2e", 12, {2024: "300"})
             + row("Air", "tCO2e", 13, {2024: "25"}) + row("Total", "tCO2e", 14, {2024: "830"}))
    got = run_checks(facts)
    assert [(f.kind, f.lines) for f in got] == [("sum_mismatch", [11, 12, 13, 14])]
    assert "825" in got[0].message and "'Total' is labelled a total" in got[0].message


def test_bare_total_printed_first_under_a_parent():
    facts = (row("Waste by treatment > Subtotal", "t", 20, {2023: "90.0"})
             + row("Waste by treatment > Landfill", "t", 21, {2023: "40.0"})
             + row("Waste by treatment > Incineration", "t", 22, {2023: "45.0"}))
    assert found(facts) == [("sum_mismatch", 2023, [20, 21, 22])]


def test_breakdown_named_after_its_total_in_other_words():
    facts = (row("Headcount", "people", 30, {2024: "812"})
             + row("Headcount by location > Singapore", "people", 31, {2024: "500"})
             + row("Headcount by location > Malaysia", "people", 32, {2024: "300"})
             + row("Headcount by location > Others", "people", 33, {2024: "10"}))
    assert found(facts) == [("sum_mismatch", 2024, [30, 31, 32, 33])]


def test_flat_gender_words_under_their_total_counts_without_unit():
    facts = (row("Total workforce", "persons", 1, {2024: "1,000"})
             + row("Number of female employees", "", 2, {2024: "420"})
             + row("Number of male employees", "", 3, {2024: "579"}))
    got = run_checks(facts)
    assert [(f.kind, f.lines) for f in got] == [("sum_mismatch", [1, 2, 3])]
    assert "complete gender breakdown" in got[0].message


def test_flat_age_bands_after_a_gender_breakdown_split_the_same_total():
    facts = (row("Total workforce", "persons", 1, {2023: "1,000", 2024: "1,100"})
             + row("Female", "persons", 2, {2023: "400", 2024: "450"})
             + row("Male", "persons", 3, {2023: "600", 2024: "650"})
             + row("Aged 30 and under", "persons", 4, {2023: "300", 2024: "310"})
             + row("Aged 31–50", "persons", 5, {2023: "500", 2024: "600"})
             + row("Aged 51 and over", "persons", 6, {2023: "200", 2024: "200"}))
    assert found(facts) == [("sum_mismatch", 2024, [1, 4, 5, 6])]


def test_subset_rows_below_their_whole_are_no_error_but_above_it_are():
    ok = (row("Water withdrawn", "ML", 1, {2024: "80.0"}) + row("of which: groundwater", "ML", 2, {2024: "12.0"}))
    assert found(ok) == []
    bad = (row("Water withdrawn", "ML", 1, {2024: "80.0"}) + row("of which: groundwater", "ML", 2, {2024: "92.0"}))
    assert found(bad) == [("part_exceeds_whole", 2024, [1, 2])]


def test_dashed_parts_need_another_year_to_be_trusted_below_their_total():
    one_year = (row("Category 9 downstream transport", "t", 1, {2024: "900"})
                + row("- Truck", "t", 2, {2024: "500"}) + row("- Ship", "t", 3, {2024: "300"}))
    assert found(one_year) == []   # parts may be incomplete: shown only with everything=True
    assert [k for k, _, _ in found(one_year, everything=True)] == ["sum_mismatch"]
    two_years = (row("Category 9 downstream transport", "t", 1, {2023: "700", 2024: "900"})
                 + row("- Truck", "t", 2, {2023: "450", 2024: "500"})
                 + row("- Ship", "t", 3, {2023: "250", 2024: "300"}))
    assert found(two_years) == [("sum_mismatch", 2024, [1, 2, 3])]


def test_averages_under_a_total_are_not_parts():
    facts = (row("Average training hours", "hours", 1, {2024: "20.0"})
             + row("Average training hours by gender > Female", "hours", 2, {2024: "22.0"})
             + row("Average training hours by gender > Male", "hours", 3, {2024: "19.0"}))
    assert found(facts) == []


def test_total_row_holding_averages():
    facts = (row("Total training hours", "hours", 1, {2023: "21.0", 2024: "23.5"})
             + row("Women", "hours", 2, {2023: "22.1", 2024: "24.8"})
             + row("Men", "hours", 3, {2023: "20.2", 2024: "22.6"}))
    got = run_checks(facts)
    assert [f.kind for f in got] == ["total_is_average"]
    assert "23.5" in got[0].message and "24.8" in got[0].message


def test_leaked_number_in_a_label_hides_the_finding():
    facts = (row("Total 12,345 tonnes", "t", 1, {2022: "250", 2023: "300", 2024: "400"})
             + row("Coal", "t", 2, {2022: "100", 2023: "100", 2024: "100"})
             + row("Gas", "t", 3, {2022: "150", 2023: "200", 2024: "200"}))
    assert found(facts) == []
    assert [(f.kind, f.complete) for f in run_checks(facts, everything=True)] == [("sum_mismatch", False)]


# --- group rates under a total rate -------------------------------------------------------------------

def test_group_rates_that_add_up_in_another_year_must_add_up():
    facts = (row("Employee turnover rate (%)", "%", 1, {2023: "11.0", 2024: "12.4"})
             + row("Turnover rate - women (%)", "%", 2, {2023: "4.6", 2024: "5.1"})
             + row("Turnover rate - men (%)", "%", 3, {2023: "6.4", 2024: "7.0"}))
    assert found(facts) == [("sum_mismatch", 2024, [1, 2, 3])]


def test_group_rates_around_their_total_are_a_weighted_average():
    facts = (row("Attrition", "%", 1, {2024: "15.0"}) + row("Attrition by gender > Female", "%", 2, {2024: "18.0"})
             + row("Attrition by gender > Male", "%", 3, {2024: "13.0"}))
    assert found(facts) == []


def test_total_rate_outside_its_complete_gender_rates():
    facts = (row("Attrition", "%", 1, {2024: "25.0"}) + row("Attrition by gender > Female", "%", 2, {2024: "18.0"})
             + row("Attrition by gender > Male", "%", 3, {2024: "13.0"}))
    assert [(k, y) for k, y, _ in found(facts)] == [("sum_mismatch", 2024)]


def test_total_rate_outside_rates_of_an_incomplete_breakdown_is_left_alone():
    facts = (row("Female share", "%", 1, {2024: "31.0"})
             + row("Female share by level > Senior", "%", 2, {2024: "11.0"})
             + row("Female share by level > Middle", "%", 3, {2024: "19.0"}))
    assert found(facts) == []


# --- shares -------------------------------------------------------------------------------------------

def test_labelled_share_breakdown_off_100_in_its_only_year():
    facts = (row("Proportion of employees by gender > Women", "%", 1, {2024: "44.1"})
             + row("Proportion of employees by gender > Men", "%", 2, {2024: "55.7"}))
    assert found(facts) == [("share_sum", 2024, [1, 2])]


def test_share_mis_rounded_to_reach_100():
    facts = []
    for i, (name, n, pct) in enumerate([("North", "2,119", "44.0%"), ("South", "1,830", "38.0%"),
                                        ("West", "863", "18.0%"), ("Total", "4,812", "100.0%")]):
        facts += row(f"{name} > Staff", "", 10 + i, {2024: n}, column="Staff")
        facts += row(f"{name} > Share", "%", 10 + i, {2024: pct}, column="Share")
    got = run_checks(facts)
    assert [(f.kind, f.year) for f in got] == [("share_rounding", 2024)]
    assert "863" in got[0].message and "17.9" in got[0].message and "18.0%" in got[0].message


# --- rates --------------------------------------------------------------------------------------------

def test_catalog_rate_with_amounts_in_two_units_and_tables():
    facts = (row("Operating revenue", "RMB 10,000", 3, {2023: "172,000", 2024: "184,500"}, "T1", "econ.revenue")
             + row("R&D investment", "RMB million", 50, {2023: "98.0", 2024: "110.7"}, "T9", "econ.rd_investment")
             + row("R&D investment to revenue", "%", 51, {2023: "5.70", 2024: "6.40"}, "T9", "econ.rd_pct_revenue"))
    got = run_checks(facts)
    assert [(f.kind, f.year, f.lines) for f in got] == [("rate_mismatch", 2024, [3, 50, 51])]
    assert "6.00 %" in got[0].message and "converting" in got[0].message


def test_rate_whose_label_names_its_sides():
    facts = (row("Waste generated", "t", 1, {2024: "1,250.0"}) + row("Waste recycled", "t", 2, {2024: "900.0"})
             + row("Recycling rate", "%", 3, {2024: "76.0"}))
    got = run_checks(facts)
    assert [(f.kind, f.lines) for f in got] == [("rate_mismatch", [1, 2, 3])]
    assert "72.00 %" in got[0].message


def test_rate_with_rival_sides_none_matching_is_left_alone():
    facts = (row("Waste generated", "t", 1, {2024: "1,250.0"}) + row("Waste generated at sites", "t", 2, {2024: "1,000.0"})
             + row("Waste recycled", "t", 3, {2024: "900.0"}) + row("Recycling rate", "%", 4, {2024: "60.0"}))
    assert found(facts) == []


# --- a row naming another year ------------------------------------------------------------------------

def test_row_as_of_one_year_with_values_in_others():
    facts = row("Permanent staff as at 31 March 2023", "persons", 7, {2021: "900", 2022: "950", 2023: "990"})
    got = run_checks(facts)
    assert [(f.kind, f.year, f.lines) for f in got] == [("year_label", 2023, [7])]


def test_years_that_are_references_are_no_row_year():
    facts = (row("Reduction against 2019", "%", 1, {2023: "10", 2024: "12"})
             + row("Scope 2 as reported in 2022 Fact Book", "t", 2, {2018: "9.3"})
             + row("Emissions in 2024 (t)", "t", 3, {2024: "9.3"}))
    assert found(facts) == []


def test_small_numbers_adding_up_in_one_year_prove_no_breakdown():
    facts = (row("Partnerships", "", 1, {2023: "7", 2024: "3"}) + row("Education", "", 2, {2023: "6", 2024: "2"})
             + row("Other", "", 3, {2023: "3", 2024: "1"}))
    assert found(facts, everything=True) == []


def test_total_naming_its_parts_by_letter():
    facts = (row("Permanent (D)", "", 1, {2024: "6,799"}) + row("Other than permanent (E)", "", 2, {2024: "1,598"})
             + row("Total (D + E)", "", 3, {2024: "8,407"}) + row("Permanent (F)", "", 4, {2024: "1,275"})
             + row("Other than permanent (G)", "", 5, {2024: "0"}) + row("Total (F + G)", "", 6, {2024: "1,275"}))
    got = run_checks(facts)
    assert [(f.kind, f.lines) for f in got] == [("sum_mismatch", [1, 2, 3])]
    assert "8,397" in got[0].message


def test_values_misread_from_cells_run_together_are_incomplete_evidence():
    facts = (row("Contract workers", "", 1, {2022: "2,900", 2023: "2,828"})
             + row("Contract workers by gender > Men", "", 2, {2022: "2,300", 2023: "2,000"})
             + row("Contract workers by gender > Women", "", 3, {2022: "600", 2023: "612.218"}))
    assert found(facts) == []
    assert [f.complete for f in run_checks(facts, everything=True)] == [False]


def test_parts_under_another_column_header_are_incomplete_evidence():
    facts = (row("Oil spills", "", 1, {2023: "36"}, column="2023") + row("Oil spills by area > Upstream", "", 2, {2023: "30"}, column="2022 2023")
             + row("Oil spills by area > Downstream", "", 3, {2023: "9"}, column="2022 2023"))
    assert found(facts) == []


def test_a_parent_label_printed_twice_heads_two_breakdowns():
    facts = (row("Employees > Other than permanent", "", 1, {2023: "262"})
             + row("Employees > Other than permanent > Male", "", 2, {2023: "175"})
             + row("Employees > Other than permanent > Female", "", 3, {2023: "85"})
             + row("Employees > Other than permanent", "", 4, {2023: "36,167"})
             + row("Employees > Other than permanent > Male", "", 5, {2023: "35,467"})
             + row("Employees > Other than permanent > Female", "", 6, {2023: "700"}))
    got = run_checks(facts)
    assert [(f.kind, f.lines) for f in got] == [("sum_mismatch", [1, 2, 3])]
    assert "260" in got[0].message
