"""False alarms seen on real PDFs, each as its mechanism on a constructed table in another layout:
two totals under one heading, a memo row among the parts, parts above their whole every year, small
whole numbers adding up by rounding slack, a decimal point printed for a thousands separator, a site's
figure taken for the company's sum."""
from __future__ import annotations

from esglens.checks import run_checks
from esglens.model import Fact


def row(label: str, unit: str, values: dict[int, str], page: int = 3, table: str = "T1", metric: str | None = None,
        line: int | None = None) -> list[Fact]:
    out = []
    for year, raw in values.items():
        value = None if raw in ("/", "-") else float(raw.replace(",", ""))
        out.append(Fact(value=value, raw=raw, unit=unit, year=year, label=label, source="table", line=line,
                        page=page if line is None else None, table_id=table, metric=metric, column=str(year)))
    return out


def kinds(facts, everything=False):
    return [(f.kind, f.year) for f in run_checks(facts, everything=everything)]


def test_two_totals_under_one_heading_each_close_their_own_parts():
    # 'Material handled > …' printed twice: what was sold, then what was scrapped, each with its total
    facts = (row("Material handled > Sold to traders", "t", {2023: "1,200.5", 2024: "1,310.0"})
             + row("Material handled > Sold to smelters", "t", {2023: "800.0", 2024: "640.5"})
             + row("Material handled > Total", "t", {2023: "2,000.5", 2024: "1,950.5"})
             + row("Material handled > Scrapped on site", "t", {2023: "12.0", 2024: "9.5"})
             + row("Material handled > Scrapped off site", "t", {2023: "3.0", 2024: "4.0"})
             + row("Material handled > Total", "t", {2023: "15.0", 2024: "13.0"}))
    got = run_checks(facts)
    # only the second set's 2024 total is wrong (9.5 + 4.0 = 13.5), judged against its own two parts
    assert [(f.kind, f.year) for f in got] == [("sum_mismatch", 2024)]
    assert "its 2 parts" in got[0].message and "13.5" in got[0].message


def test_memo_row_in_brackets_is_not_a_part():
    facts = (row("Water drawn > Plant A", "ML", {2023: "410", 2024: "402"})
             + row("Water drawn > Plant B", "ML", {2023: "95", 2024: "101"})
             + row("Water drawn > Total", "ML", {2023: "505", 2024: "503"})
             + row("Water drawn > (parent company alone)", "ML", {2023: "380", 2024: "371"}))
    assert kinds(facts, everything=True) == []


def test_parts_above_their_whole_every_year_are_not_shown():
    # group energy after eliminating supplies between group companies: the sites add to more each year
    facts = (row("Energy used (group, consolidated)", "TJ", {2022: "7,300", 2023: "7,696", 2024: "6,190"})
             + row("Energy used (group, consolidated) > Refinery", "TJ", {2022: "6,130", 2023: "6,470", 2024: "4,960"})
             + row("Energy used (group, consolidated) > Offices", "TJ", {2022: "139", 2023: "127", 2024: "137"})
             + row("Energy used (group, consolidated) > Heat network", "TJ", {2022: "592", 2023: "666", 2024: "662"})
             + row("Energy used (group, consolidated) > Trucks", "TJ", {2022: "712", 2023: "703", 2024: "701"}))
    assert kinds(facts) == []


def test_parts_above_their_whole_in_one_year_only_are_shown():
    facts = (row("Procurement spend", "EUR m", {2023: "17.7", 2024: "16.9"})
             + row("Procurement spend > of which in the EU", "EUR m", {2023: "14.1", 2024: "18.2"}))
    assert kinds(facts) == [("part_exceeds_whole", 2024)]


def test_small_counts_adding_up_within_rounding_slack_prove_no_relation():
    # seven small category counts add to 81; the next row (cases closed, 79) is no total of them
    cats = [("Fraud", "14"), ("Conduct", "23"), ("Safety", "8"), ("Privacy", "6"), ("Trade", "6"),
            ("IT", "5"), ("Other", "19")]
    facts = []
    for name, v in cats:
        facts += row(f"Reports received > {name}", "", {2023: v, 2024: str(int(v) + 1)})
    facts += row("Reports closed", "", {2023: "79", 2024: "74"})
    assert kinds(facts, everything=True) == []


def test_decimal_point_for_a_thousands_separator_is_incomplete_evidence():
    facts = (row("Contractors", "", {2021: "2,307", 2022: "2,828"})
             + row("Contractors > of which: men", "", {2021: "1,889", 2022: "2.218"})
             + row("Contractors > of which: women", "", {2021: "418", 2022: "610"}))
    assert kinds(facts) == []
    assert ("sum_mismatch", 2022) in kinds(facts, everything=True)


def test_a_sites_scope_1_2_is_not_the_sum_of_the_companys_rows_elsewhere():
    facts = (row("Scope 1", "Mt CO2e", {2024: "23.3"}, page=40, table="T9", metric="ghg.scope1")
             + row("Scope 2", "Mt CO2e", {2024: "9.3"}, page=40, table="T9", metric="ghg.scope2")
             + row("Scope 1 and 2 emissions at the Northern smelters after repowering", "Mt", {2024: "8.4"},
                   page=12, table="T2", metric="ghg.scope1_2"))
    assert kinds(facts) == []
    # no sum is formed; that the company's Scope 1 exceeds the site's total is kept only as doubtful
    assert {(f.kind, f.complete) for f in run_checks(facts, everything=True)} == {("part_exceeds_whole", False)}


def test_rows_adding_up_in_one_year_and_far_off_in_the_other_are_not_shown():
    facts = (row("Fuel and power bought", "MWh", {2023: "57,100", 2024: "58,400"}, line=None)
             + row("Grid electricity", "MWh", {2023: "36,950", 2024: "37,840"})
             + row("Solar electricity", "MWh", {2023: "18,300", 2024: "20,560"}))
    assert kinds(facts) == []


def test_two_errors_of_one_year_on_one_pdf_page_are_both_shown():
    facts = (row("Hazardous waste", "t", {2023: "298.1", 2024: "312.4"}, metric="waste.hazardous")
             + row("Non-hazardous waste", "t", {2023: "4,220.7", 2024: "4,105.2"}, metric="waste.non_hazardous")
             + row("Total waste", "t", {2023: "4,581.8", 2024: "4,417.6"}, metric="waste.total")
             + row("Male employees", "persons", {2023: "2,870", 2024: "2,911"}, metric="workforce.male")
             + row("Female employees", "persons", {2023: "1,180", 2024: "1,204"}, metric="workforce.female")
             + row("Total employees", "persons", {2023: "4,060", 2024: "4,115"}, metric="workforce.total"))
    assert kinds(facts) == [("sum_mismatch", 2023), ("sum_mismatch", 2023)]


def test_a_segment_row_in_the_next_table_is_no_company_total():
    facts = (row("Scope 1 emissions", "Mt CO2e", {2023: "23.3"}, table="T30", metric="ghg.scope1")
             + row("Scope 2 emissions", "Mt CO2e", {2023: "7.8"}, table="T30", metric="ghg.scope2")
             + row("2023 Total Emissions > Copper", "Mt CO2e", {2023: "24.1"}, table="T31", metric="ghg.scope1_2"))
    assert [f.kind for f in run_checks(facts, everything=True) if f.kind == "sum_mismatch"] == []


def test_a_total_rate_under_a_rate_title_is_no_average_posing_as_a_total():
    facts = []
    for name, a, b in [("Europe", "0.40", "0.43"), ("Americas", "0.47", "0.69"), ("Asia", "0.15", "0.17"),
                       ("Total", "0.32", "0.37")]:
        facts += row(name, "", {2020: a, 2021: b})
    for f in facts:
        f.table_title = "Lost-time injury rate by region"
    assert kinds(facts) == []
    assert "total_is_average" not in [f.kind for f in run_checks(facts, everything=True)]


def test_a_rate_over_its_groups_rates_is_no_sum():
    # a rate for the whole workforce over the rates of its groups: a weighted mean, never their sum, whether
    # the label says so ("index", "frequency", 率) or only the unit's denominator does
    def table(label: str, unit: str):
        return (row(f"{label} > Own employees", unit, {2023: "0.52", 2024: "0.48"})
                + row(f"{label} > Agency workers", unit, {2023: "0.91", 2024: "0.87"})
                + row(f"{label} > Total", unit, {2023: "1.43", 2024: "1.20"}))
    assert kinds(table("Severity index", "days")) == []
    assert kinds(table("Recordable cases", "cases/ 200,000 hours")) == []
    assert kinds(table("Recordable cases", "(cases/ hours) x 1,000,000")) == []
    assert kinds(table("工伤事故发生率", "")) == []
    # the same rows as an amount (per year is still an amount) are a sum, and the wrong year is shown
    assert kinds(table("Recordable cases", "cases")) == [("sum_mismatch", 2024)]
    assert kinds(table("Waste shipped", "t/year")) == [("sum_mismatch", 2024)]


def test_a_part_under_another_section_of_the_table_is_no_part_of_that_sections_total():
    """Rule "the total of another section" (checks/parts._other_section): the salvage recovered (which may
    include scrap of earlier years) is larger than the scrap produced this year, each in its own section."""
    produced = "Scrap produced at the yards (in tonnes)"
    recovered = "For each kind of scrap, scrap recovered by salvage (in tonnes)"
    facts = (row(f"{produced} > Hull plate (P)", "tonnes", {2031: "1,200"})
             + row(f"{produced} > Total (P + Q)", "tonnes", {2031: "1,500"}, metric="waste.total")
             + row(f"{recovered} > (i) Recycled", "tonnes", {2031: "2,400"}, metric="waste.recycled"))
    assert ("part_exceeds_whole", 2031) not in kinds(facts)
    # the same part under the total's own section is compared
    within = (row(f"{produced} > Total (P + Q)", "tonnes", {2031: "1,500"}, metric="waste.total")
              + row(f"{produced} > (i) Recycled", "tonnes", {2031: "2,400"}, metric="waste.recycled"))
    assert ("part_exceeds_whole", 2031) in kinds(within)
