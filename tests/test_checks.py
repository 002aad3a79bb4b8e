"""Consistency checks on small constructed tables: one case that must fire, one that must not."""
from __future__ import annotations

from esglens.checks import run_checks
from esglens.model import Document, Fact, RawRow, TableBlock, TextLine


def row(label: str, unit: str, line: int, values: dict[int, str], table: str = "T1", metric: str | None = None,
        source: str = "table") -> list[Fact]:
    out = []
    for year, raw in values.items():
        value = None if raw in ("/", "-") else float(raw.replace(",", "").rstrip("%"))
        out.append(Fact(value=value, raw=raw, unit=unit, year=year, label=label, source=source, line=line,
                        table_id=table, metric=metric))
    return out


def kinds(findings) -> list[str]:
    return [f.kind for f in findings]


def test_total_not_sum_of_parts_when_other_years_add_up():
    facts = (row("Total energy", "MWh", 10, {2022: "30.5", 2023: "40.0", 2024: "55.0"})
             + row("Direct energy", "MWh", 11, {2022: "10.2", 2023: "15.0", 2024: "20.0"})
             + row("Indirect energy", "MWh", 12, {2022: "20.3", 2023: "25.0", 2024: "30.0"}))
    found = run_checks(facts)
    assert kinds(found) == ["sum_mismatch"]
    f = found[0]
    assert f.year == 2024 and f.lines == [10, 11, 12]
    assert f.values == [55.0, 20.0, 30.0, 50.0]
    assert "55.0" in f.message and "50.0" in f.message and "5.0" in f.message


def test_rounding_within_printed_precision_is_no_finding():
    facts = (row("Total", "t", 10, {2023: "24,010", 2024: "21,579"})
             + row("Gas", "t", 11, {2023: "23,299", 2024: "21,196"})
             + row("Diesel", "t", 12, {2023: "469.89", 2024: "224.17"})
             + row("Other", "t", 13, {2023: "240.98", 2024: "158.66"}))
    assert run_checks(facts) == []


def test_unrelated_neighbour_rows_never_confirmed_raise_nothing():
    facts = (row("Water withdrawal", "t", 10, {2023: "500", 2024: "600"})
             + row("Water recycled", "t", 11, {2023: "100", 2024: "120"})
             + row("Water discharged", "t", 12, {2023: "300", 2024: "310"}))
    assert run_checks(facts) == []


def test_whole_counts_allow_no_rounding_gap():
    facts = (row("Number of drills", "Times", 10, {2022: "37", 2023: "80", 2024: "113"})
             + row("Fire drills", "Times", 11, {2022: "13", 2023: "21", 2024: "12"})
             + row("Leak drills", "Times", 12, {2022: "24", 2023: "60", 2024: "101"}))
    found = run_checks(facts)
    assert [(f.kind, f.year) for f in found] == [("sum_mismatch", 2023)]


def test_sibling_breakdown_confirms_the_total():
    facts = (row("Total GHG", "t", 1, {2024: "100.00"})
             + row("GHG by site > Site A", "t", 2, {2024: "60.00"})
             + row("GHG by site > Site B", "t", 3, {2024: "40.00"})
             + row("GHG by source > Fuel", "t", 4, {2024: "30.00"})
             + row("GHG by source > Power", "t", 5, {2024: "69.00"}))
    found = run_checks(facts)
    assert [(f.kind, f.lines) for f in found] == [("sum_mismatch", [1, 4, 5])]


def test_shares_not_adding_to_100():
    facts = (row("By gender > Male", "%", 20, {2022: "76.35", 2023: "74.49", 2024: "73.65"})
             + row("By gender > Female", "%", 21, {2022: "23.65", 2023: "25.51", 2024: "26.29"}))
    found = run_checks(facts)
    assert [(f.kind, f.year) for f in found] == [("share_sum", 2024)]
    assert "99.94" in found[0].message and "0.06" in found[0].message


def test_rates_that_never_add_to_100_are_not_shares():
    facts = (row("Turnover by gender > Male", "%", 20, {2023: "19", 2024: "40.38"})
             + row("Turnover by gender > Female", "%", 21, {2023: "15", 2024: "37.78"}))
    assert run_checks(facts) == []


def test_duplicate_metric_with_different_value():
    facts = (row("Scope 2", "t", 5, {2022: "450,953.34"}, table="T1", metric="ghg.scope2")
             + row("Scope 2 emissions", "tCO2e", 90, {2022: "450,935.34"}, table="T2", metric="ghg.scope2"))
    found = run_checks(facts)
    assert kinds(found) == ["duplicate_mismatch"]
    assert found[0].lines == [5, 90] and "18.00" in found[0].message


def test_duplicate_in_other_scale_agrees():
    facts = (row("Env investment", "RMB million", 5, {2024: "5.64"}, metric="env.investment", source="narrative")
             + row("Env investment", "RMB", 90, {2024: "5,638,300"}, table="T2", metric="env.investment"))
    assert run_checks(facts) == []


def test_far_apart_values_are_different_scopes_not_duplicates():
    facts = (row("Water consumption", "m3", 5, {2024: "1,200"}, metric="water.consumption", source="narrative")
             + row("Water consumption", "m3", 90, {2024: "5,491,219.83"}, table="T2", metric="water.consumption"))
    assert run_checks(facts) == []


def test_part_exceeds_whole():
    facts = (row("Total waste", "t", 1, {2024: "100.0"}, metric="waste.total")
             + row("Waste recycled", "t", 2, {2024: "120.0"}, metric="waste.recycled"))
    found = run_checks(facts)
    assert kinds(found) == ["part_exceeds_whole"] and found[0].lines == [1, 2]


def test_trained_persons_beyond_everyone_employed():
    facts = (row("Total employees", "Person", 1, {2024: "100"}, metric="workforce.total")
             + row("Resigned employees", "Person", 2, {2024: "20"}, metric="workforce.turnover_count")
             + row("Number of employees who passed training", "Person", 3, {2024: "300"})
             + row("Number of employees trained (person-times)", "Person-times", 4, {2024: "900"}))
    found = run_checks(facts)
    assert kinds(found) == ["part_exceeds_whole"] and found[0].lines == [1, 2, 3]


def test_stated_share_of_count():
    said = "There are 7 directors, of which 2 are female directors, accounting for 28%, and 3 are independent."
    facts = [Fact(7, "7", "directors", 2024, "Board > directors", "narrative", line=5, metric="gov.directors"),
             Fact(2, "2", "female directors", 2024, "Board > female", "narrative", line=5, metric="gov.female_directors"),
             Fact(28, "28%", "%", 2024, "Board > female share", "narrative", line=5),
             Fact(3, "3", "independent", 2024, "Board > independent", "narrative", line=5,
                  metric="gov.independent_directors"),
             Fact(43, "43%", "%", 2024, "Board > independent share", "narrative", line=5)]
    for f in facts:
        f.evidence = said
    found = run_checks(facts)
    assert kinds(found) == ["rate_mismatch"] and found[0].values == [2, 7, 28, 28.57]


def test_intensity_output_outlier():
    def f(metric, raw, unit, line):
        return Fact(float(raw.replace(",", "")), raw, unit, 2022, metric, "table", line=line, table_id="T1",
                    metric=metric)
    facts = [f("energy.total", "1,312,744.43", "MWh", 1), f("energy.intensity", "63,694.54", "MWh/GWh", 2),
             f("ghg.scope1", "134,957.01", "t", 3), f("ghg.scope2", "450,953.34", "t", 4),
             f("ghg.intensity", "28.43", "kg/kWh", 5),
             f("water.consumption", "1,975,561.00", "m3", 6), f("water.intensity", "105,878.78", "m3/GWh", 7)]
    found = run_checks(facts)
    assert kinds(found) == ["intensity_mismatch"]
    assert found[0].metric == "water.intensity" and found[0].values[2] == 18.6587
    facts[-1] = f("water.intensity", "95,854.49", "m3/GWh", 7)
    assert run_checks(facts) == []


def test_an_intensity_finding_names_the_denominator_as_printed():
    """The implied output is named in the denominator's unit as the report prints it ("Tonne"), not as
    lower-cased for reading its scale."""
    def f(metric, raw, unit, line):
        return Fact(float(raw.replace(",", "")), raw, unit, 2031, metric, "table", line=line, table_id="T9",
                    metric=metric)
    facts = [f("energy.total", "52,000.00", "MWh", 1), f("energy.intensity", "2.6000", "MWh/Tonne", 2),
             f("ghg.scope1", "8,000.00", "t", 3), f("ghg.scope2", "12,000.00", "t", 4),
             f("ghg.intensity", "1.0000", "t/Tonne", 5),
             f("water.consumption", "90,000.00", "m3", 6), f("water.intensity", "3.6000", "m3/Tonne of output", 7)]
    found = run_checks(facts)
    assert kinds(found) == ["intensity_mismatch"] and found[0].metric == "water.intensity"
    assert "25,000.00 Tonne" in found[0].message and "20,000.00 Tonne;" in found[0].message, found[0].message
    assert "tonne" not in found[0].message.replace("Tonne", "")


def test_unit_that_cannot_fit():
    facts = (row("Water intensity per unit product", "MWh/GWh", 1, {2023: "98,432.54", 2024: "88,899.55"})
             + row("Rate of fatal injuries", "Person", 2, {2024: "0"})
             + row("Energy intensity", "MWh/GWh", 3, {2024: "47,717.94"})
             + row("Injury rate per million hours worked", "/", 4, {2024: "0.69"}))
    found = run_checks(facts)
    assert [(f.kind, f.lines) for f in found] == [("unit_mismatch", [1]), ("unit_mismatch", [2])]


def test_rows_short_of_a_year_column():
    header = RawRow(["Indicator", "Unit", "2022", "2023", "2024"], line=1)
    rows = [header, RawRow(["Employees", "Person", "1", "2", "3"], line=2),
            RawRow(["Injuries", "Accident", "9", "35"], line=3),
            RawRow(["Lost days", "Day", "218.00", "785.86"], line=4)]
    doc = Document("x.txt", "x.txt", "0", "text", [TextLine("", line=i) for i in range(1, 5)],
                   blocks=[TableBlock("T1", rows)])
    found = run_checks([], doc)
    assert [(f.kind, f.lines) for f in found] == [("year_label", [1, 3, 4])]
    doc.blocks[0].rows[2] = RawRow(["Injuries", "Accident", "9", "35", "40"], line=3)
    assert run_checks([], doc) == []


def test_rate_that_is_the_ratio_of_its_neighbours_in_other_years():
    facts = (row("Total waste", "t", 1, {2022: "48,534.39", 2023: "42,294.86", 2024: "44,269.97"})
             + row("Waste recycled", "t", 2, {2022: "34,617.20", 2023: "31,168.28", 2024: "37,504.77"})
             + row("Recovery rate", "%", 3, {2022: "71.33", 2023: "73.69", 2024: "80.72"}))
    found = run_checks(facts)
    assert [(f.kind, f.year, f.lines) for f in found] == [("rate_mismatch", 2024, [1, 2, 3])]
    assert found[0].values == [80.72, 37504.77, 44269.97, 84.7183]


def test_rates_of_100_or_coarse_counts_prove_nothing():
    facts = (row("Suppliers audited", "Number", 1, {2022: "6", 2023: "3", 2024: "4"})
             + row("Suppliers signed", "Number", 2, {2022: "46", 2023: "6", 2024: "8"})
             + row("Share audited", "%", 3, {2022: "23", 2023: "50", 2024: "50"}))
    assert run_checks(facts) == []


def test_yoy_change_that_does_not_match():
    facts = (row("Training hours", "Hour", 1, {2022: "778,730.74", 2023: "876,282.26", 2024: "1,162,677.83",
                                                2021: "649,222.10"})
             + row("YoY increase of training hours", "%", 2, {2022: "19.95", 2023: "12.53", 2024: "30.00"}))
    found = run_checks(facts)
    assert [(f.kind, f.year) for f in found] == [("rate_mismatch", 2024)]
    assert "32.68" in found[0].message


def test_overall_average_outside_its_group_averages():
    facts = (row("Training > Average hours for employees", "Hrs", 1, {2023: "9.28", 2024: "21.12"})
             + row("Training > Average hours for male employees", "Hrs", 2, {2023: "10.09", 2024: "21.29"})
             + row("Training > Hours by employee type > Average hours for senior staff", "Hrs", 3,
                   {2023: "20", 2024: "12.25"})
             + row("Training > Hours by employee type > Average hours for frontline staff", "Hrs", 4,
                   {2023: "9.25", 2024: "20.72"}))
    found = run_checks(facts)
    assert [(f.kind, f.year, f.lines) for f in found] == [("rate_mismatch", 2024, [1, 3, 4])]


def test_digit_slip_without_a_metric():
    text = Fact(3812842.25, "3,812,842.25", "t carbon dioxide equivalence", 2024, "Scope 3", "narrative", line=5)
    table = row("Scope 3", "Carbon dioxide equivalence (t)", 9, {2024: "3,812,842.27"}, table="T2")
    swapped = row("Scope 2", "t", 12, {2024: "450,953.34"}, table="T3") + \
        row("Scope 2 emissions", "t", 20, {2024: "450,935.34"}, table="T4")
    found = run_checks([text] + table + swapped)
    assert [(f.kind, f.lines, f.values) for f in found] == [
        ("duplicate_mismatch", [5, 9], [3812842.25, 3812842.27]),
        ("duplicate_mismatch", [12, 20], [450953.34, 450935.34])]
    assert "0.02" in found[0].message and "18.00" in found[1].message


def test_short_or_far_numbers_are_no_slip():
    facts = (row("Employees", "Person", 1, {2024: "149,211"}, table="T1")     # six digits: chance
             + row("Trainees", "Person", 2, {2024: "149,214"}, table="T2")
             + row("Revenue", "RMB", 3, {2024: "1,234,567.89"}, table="T3")
             + row("Cost", "RMB", 4, {2024: "1,234,567.8"}, table="T4"))     # printed to other places
    assert run_checks(facts) == []


def test_fuels_printed_as_the_amount_burnt_are_no_unit_error():
    facts = (row("Natural gas", "ten thousand m³", 1, {2024: "12.5"}, metric="energy.natural_gas")
             + row("Diesel", "tons", 2, {2024: "310"}, metric="energy.diesel")
             + row("Water withdrawal", "MWh", 3, {2024: "5"}, metric="water.withdrawal"))
    assert [(f.kind, f.lines) for f in run_checks(facts)] == [("unit_mismatch", [3])]


def test_a_bracketed_share_naming_a_group_is_the_groups_share_within_the_part():
    # "(35.0% engineers)" is the engineers among the 120 hired abroad, not 120 of 300; "(40.0%)" alone is 120 / 300
    def found(said):
        facts = [Fact(300, "300", "people", 2024, "Hiring > recruits", "narrative", line=5),
                 Fact(120, "120", "", 2024, "Hiring > abroad", "narrative", line=5)]
        for f in facts:
            f.evidence = said
        return kinds(run_checks(facts))
    assert found("We recruited 300 people, of which 120 were hired abroad (35.0% engineers).") == []
    assert found("We recruited 300 people, of which 120 were hired abroad (35.0%).") == ["rate_mismatch"]
    assert found("We recruited 300 people, of which 120 were hired abroad (35.0% of the total).") == ["rate_mismatch"]


def test_yoy_change_to_zero_is_judged_not_a_crash():
    # a year whose amount fell to 0 once divided by zero in the rounding slack and lost the whole check
    facts = (row("Spills recorded", "Case", 1, {2020: "1,250", 2021: "1,400", 2022: "1,575", 2023: "0"})
             + row("Change on prior year", "%", 2, {2021: "12.0", 2022: "12.5", 2023: "-90.0"}))
    found = run_checks(facts)
    assert [(f.kind, f.year) for f in found] == [("rate_mismatch", 2023)]
    assert "a change of -100.00 %" in found[0].message


def test_coverage_rate_is_not_read_over_a_row_that_counts_participants_too():
    # 'Employees who participated in ...' names the numerator's word: a part, not the base of the coverage
    def rows(base_label: str) -> list[Fact]:
        return (row("Participants in ethics workshops", "Person", 1, {2022: "1,650", 2023: "1,790"})
                + row(base_label, "Person", 2, {2022: "1,730", 2023: "1,806"})
                + row("Ethics workshop coverage", "%", 3, {2022: "100", 2023: "100"}))
    assert run_checks(rows("Employees who participated in compliance workshops")) == []
    found = run_checks(rows("Employees on the payroll"))   # a real base still makes the pair
    assert [(f.kind, f.year, f.values[:3]) for f in found] == [("rate_mismatch", 2022, [100.0, 1650.0, 1730.0]),
                                                               ("rate_mismatch", 2023, [100.0, 1790.0, 1806.0])]
