"""Table reconstruction on small constructed tables, one per quirk real reports show."""
from __future__ import annotations

from esglens.document.build import build
from esglens.facts import extract_facts
from esglens.model import Document, TextLine


def facts_of(text: str):
    lines = [TextLine(t, line=i) for i, t in enumerate(text.split("\n"), 1)]
    doc = build(Document(path="t.txt", name="t.txt", sha256="0", kind="text", lines=lines))
    return [f for f in extract_facts(doc) if f.source == "table"]


def by(facts, line):
    return sorted((f.year, f.value, f.unit, f.label) for f in facts if f.line == line)


def test_descending_years_unit_column_and_row_numbers():
    fs = facts_of("Indicator\t\tUnit\t2024\t2023\t2022\n"
                  "1\tTotal GHG emissions\ttCO ₂ e\t175,552.38\t83,512\t109,146\n"
                  "2\tWater\tTen thousand m³\t1.5\t/\t-")
    assert by(fs, 2) == [(2022, 109146.0, "tCO ₂ e", "Total GHG emissions"),
                         (2023, 83512.0, "tCO ₂ e", "Total GHG emissions"),
                         (2024, 175552.38, "tCO ₂ e", "Total GHG emissions")]
    assert by(fs, 3) == [(2022, None, "Ten thousand m³", "Water"), (2023, None, "Ten thousand m³", "Water"),
                         (2024, 1.5, "Ten thousand m³", "Water")]


def test_fewer_values_than_years_take_the_latest_years():
    asc = facts_of("Indicator\tUnit\t2022\t2023\t2024\nInjuries\tCase\t9\t35")
    assert [(f.year, f.value) for f in asc] == [(2023, 9.0), (2024, 35.0)]
    desc = facts_of("Indicator\tUnit\t2024\t2023\t2022\nWaste\tTonne\t12,471.00\t17,752.38")
    assert [(f.year, f.value) for f in desc] == [(2024, 12471.0), (2023, 17752.38)]


def test_label_hierarchy_from_blank_cells_and_group_rows():
    fs = facts_of("Employment\t2024\nTotal\t4,124\nBy Gender\t\nMale\t2,839\nFemale\t1,285\n"
                  "By Age\t\nUnder 30\t1,210")
    assert [(f.label, f.value) for f in fs] == [
        ("Total", 4124.0), ("By Gender > Male", 2839.0), ("By Gender > Female", 1285.0),
        ("By Age > Under 30", 1210.0)]
    fs = facts_of("Category\tIndicator\tUnits\t2024\nScope 1 ⁶\tEmissions\ttCO2e\t6,756.22\n"
                  "\tEmission intensity\ttCO2e/RMB 10,000\t0.016")
    assert [(f.label, f.unit) for f in fs] == [("Scope 1 > Emissions", "tCO2e"),
                                                ("Scope 1 > Emission intensity", "tCO2e/RMB 10,000")]
    assert fs[0].footnotes == ["6"]


def test_header_offset_and_rows_shifted_under_a_group():
    fs = facts_of("Disclosure Indicators\t\tUnit\t2022\t2023\t2024\t\n"
                  "Resource use ^{xi}\tEnergy ^{xii}\tTotal energy\tMWh\t1\t2\t3\n"
                  "\tWater\tTotal water withdrawal\tm3\t4\t5\t6")
    assert [(f.label, f.year, f.value) for f in fs if f.year == 2024] == [
        ("Resource use > Energy > Total energy", 2024, 3.0), ("Resource use > Water > Total water withdrawal", 2024, 6.0)]


def test_header_repeated_when_a_table_is_split_over_pages():
    fs = facts_of("Indicator\tUnit\t2023\t2024\nA\tt\t1\t2\n\nIndicator\tUnit\t2023\t2024\nB\tt\t3\t4")
    assert [(f.label, f.year, f.value) for f in fs] == [("A", 2023, 1.0), ("A", 2024, 2.0),
                                                        ("B", 2023, 3.0), ("B", 2024, 4.0)]


def test_values_with_units_markers_and_signs():
    fs = facts_of("Item\t2024\nRevenue\t1,757,661 CNY 10,000\nChange\t(1,234.5)\nMax\t≤ 8.874\n"
                  "Trees\t6,000+\nShare\t84.72%\nFootnoted\t20²\nNot applicable row\tNot applicable")
    got = {f.label: (f.value, f.unit, f.qualifier, f.footnotes) for f in fs}
    assert got["Revenue"] == (1757661.0, "CNY 10,000", None, [])
    assert got["Change"] == (-1234.5, "", None, [])
    assert got["Max"] == (8.874, "", "<=", [])
    assert got["Trees"] == (6000.0, "", "+", [])
    assert got["Share"] == (84.72, "%", None, [])
    assert got["Footnoted"] == (20.0, "", None, ["2"])


def test_units_keep_exponents_but_lose_footnotes():
    fs = facts_of("Indicator\tUnit\t2024\nWater\tm³\t5\nPower\tkWh¹\t7\nArea\tkg/m²\t1")
    assert [(f.unit, f.footnotes) for f in fs] == [("m³", []), ("kWh", ["1"]), ("kg/m²", [])]


def test_unit_from_label_parentheses_and_title():
    fs = facts_of("Emissions (Mt CO2e)\n\nScope\t2023\t2024\nScope 1\t31.6\t32.6\nWater withdrawal (m³)\t5\t6")
    assert {(f.label, f.unit) for f in fs} == {("Scope 1", "Mt CO2e"), ("Water withdrawal (m³)", "m³")}


def test_markdown_pipe_table_with_repeated_merged_cells_and_html():
    fs = facts_of("| Indicator | Indicator | Unit | 2023 | 2024 |\n|---|---|---|---|---|\n"
                  "| GHG | Scope 1<sup>1</sup> | tCO$_{2}$e | 100 | 100 |\n| GHG | Scope 2 | t<br>CO<sub>2</sub>e | 5 | 6 |")
    assert [(f.label, f.unit, f.year, f.value) for f in fs] == [
        ("GHG > Scope 1", "tCO₂e", 2023, 100.0), ("GHG > Scope 1", "tCO₂e", 2024, 100.0),
        ("GHG > Scope 2", "t CO₂e", 2023, 5.0), ("GHG > Scope 2", "t CO₂e", 2024, 6.0)]


def test_years_in_rows_are_turned_into_columns():
    fs = facts_of("Year\tScope 1 (t)\tScope 2 (t)\n2022\t10\t20\n2023\t11\t21")
    assert sorted((f.label, f.year, f.value, f.line, f.unit) for f in fs) == [
        ("Scope 1 (t)", 2022, 10.0, 2, "t"), ("Scope 1 (t)", 2023, 11.0, 3, "t"),
        ("Scope 2 (t)", 2022, 20.0, 2, "t"), ("Scope 2 (t)", 2023, 21.0, 3, "t")]


def test_table_of_contents_and_rankings_give_no_facts():
    assert facts_of("About this Report\t01\nChairman's Statement\t03\nESG Management\t27") == []
    assert facts_of("1\tProduct quality and safety\tSociety\n2\tClimate change\tEnvironment") == []


def test_html_table_with_spans_keeps_each_rows_line():
    fs = facts_of("Our data\n<table>\n<tr><th colspan=\"2\">Indicator</th><th>Unit</th><th>2023</th><th>2024</th></tr>\n"
                  "<tr><td rowspan=\"2\">GHG</td><td>Scope 1<sup>1</sup></td><td>tCO<sub>2</sub>e</td><td>1,000</td><td>900</td></tr>\n"
                  "<tr><td>Scope 2</td><td>tCO<sub>2</sub>e</td><td>5</td><td>6</td></tr>\n</table>")
    assert [(f.line, f.label, f.unit, f.year, f.value) for f in fs] == [
        (4, "GHG > Scope 1", "tCO₂e", 2023, 1000.0), (4, "GHG > Scope 1", "tCO₂e", 2024, 900.0),
        (5, "GHG > Scope 2", "tCO₂e", 2023, 5.0), (5, "GHG > Scope 2", "tCO₂e", 2024, 6.0)]
    assert fs[0].footnotes == ["1"]


def test_single_line_html_table():
    fs = facts_of("<table><tr><td>指标</td><td>单位</td><td>2023年</td><td>2024年</td></tr>"
                  "<tr><td>用水量</td><td>吨</td><td>12.5</td><td>13</td></tr></table>")
    assert [(f.line, f.label, f.unit, f.year, f.value) for f in fs] == [
        (1, "用水量", "吨", 2023, 12.5), (1, "用水量", "吨", 2024, 13.0)]


def test_table_continued_after_a_page_number_keeps_its_header():
    fs = facts_of("Indicator\tUnit\t2023\t2024\nA\tt\t1\t2\n\n57\n\nB\tt\t3\t4")
    assert [(f.line, f.label, f.year, f.value) for f in fs] == [
        (2, "A", 2023, 1.0), (2, "A", 2024, 2.0), (6, "B", 2023, 3.0), (6, "B", 2024, 4.0)]


def test_latex_symbols_and_units_are_cleaned():
    from esglens.core.text import clean

    assert clean(r"cobalt $\geq$ 98.5\%, tCO$_{2}$eq, $\leqslant$ 5, m$^{3}$") == "cobalt ≥ 98.5%, tCO₂eq, ≤ 5, m³"


def test_change_column_after_the_years_is_not_a_year():
    """A change column is no year's value: its figure comes with no year, named by its column, in its
    own unit (h34: it used to be dropped; a "n/a" change says nothing and is still dropped)."""
    fs = facts_of("Indicator\tUnit\t2022\t2023\t2024\tYoY change\nWater\tt\t10\t11\t12\t9.1%\n"
                  "Waste\tt\t1\t2\t3\tn/a")
    assert [(f.label, f.year, f.value, f.unit) for f in fs] == [
        ("Water", 2022, 10.0, "t"), ("Water", 2023, 11.0, "t"), ("Water", 2024, 12.0, "t"),
        ("Water > YoY change", None, 9.1, "%"),
        ("Waste", 2022, 1.0, "t"), ("Waste", 2023, 2.0, "t"), ("Waste", 2024, 3.0, "t")]


def test_difference_column_with_signs_and_no_change_column():
    """"+200" under "Difference" is read with its sign dropped and no year; a "Target" column after
    the years is no change and stays out."""
    fs = facts_of("Indicator\tUnit\t2022\t2023\tDifference\tTarget\nHeat sold\tGWh\t1,000\t1,200\t+200\t1,500\n"
                  "Steam losses\tGWh\t50\t45\t-5\t40")
    got = [(f.label, f.year, f.value, f.unit) for f in fs]
    assert ("Heat sold > Difference", None, 200.0, "GWh") in got
    assert ("Steam losses > Difference", None, -5.0, "GWh") in got
    assert not any(f.value in (1500.0, 40.0) for f in fs)
    assert len(got) == 6


def test_repeated_years_under_group_names():
    fs = facts_of("Indicator\tUnit\tGroup\t\tCompany\t\n\t\t2023\t2024\t2023\t2024\n"
                  "Water\tt\t10\t11\t3\t4")
    assert [(f.label, f.year, f.value) for f in fs] == [
        ("Water > Group", 2023, 10.0), ("Water > Group", 2024, 11.0),
        ("Water > Company", 2023, 3.0), ("Water > Company", 2024, 4.0)]


def test_units_from_named_column_headers():
    fs = facts_of("Product Group\tScope 1&2 emissions Mt CO2e\tWater use (m³)\nIron ore\t3.2\t10\nCopper\t1.0\t4")
    assert [(f.label, f.unit, f.value) for f in fs] == [
        ("Iron ore > Scope 1&2 emissions Mt CO2e", "Mt CO2e", 3.2), ("Iron ore > Water use (m³)", "m³", 10.0),
        ("Copper > Scope 1&2 emissions Mt CO2e", "Mt CO2e", 1.0), ("Copper > Water use (m³)", "m³", 4.0)]


def test_years_split_into_number_and_percent_columns():
    # "2024" and "2023" each span two columns, named by a sub-header row
    # (a sub-column named "Number" names what it holds, no unit: tests/keys/README rule 4; "%" is one)
    fs = facts_of("Workforce\n\n\t2024\t\t2023\t\n\tNumber\t%\tNumber\t%\nMale\t1,862\t54.4\t1,843\t54.4")
    assert by(fs, 5) == [(2023, 54.4, "%", "Male"), (2023, 1843.0, "", "Male"),
                         (2024, 54.4, "%", "Male"), (2024, 1862.0, "", "Male")]
    # the same years printed twice over their columns
    fs = facts_of("Workforce\t2024\t2024\t2023\t2023\n\tNumber\t%\tNumber\t%\nMale\t1,862\t54.4\t1,843\t54.4")
    assert by(fs, 3) == [(2023, 54.4, "%", "Male"), (2023, 1843.0, "", "Male"),
                         (2024, 54.4, "%", "Male"), (2024, 1862.0, "", "Male")]
    # no sub-header: the merged year cells still say which year each column is
    fs = facts_of("\t2024\t\t2023\t\nTotal workforce\t3,420\t100.0\t3,388\t100.0")
    assert [(f.year, f.value) for f in fs] == [(2024, 3420.0), (2024, 100.0), (2023, 3388.0), (2023, 100.0)]


def test_unit_in_the_stub_header_and_thousands_units():
    fs = facts_of("Energy consumption (kWh'000)\t2024\t2023\nTown gas\t6,815.3\t7,102.8\n"
                  "Petrol (vehicles)\t96.4\t104.1")
    assert {f.unit for f in fs} == {"kWh'000"}     # "(vehicles)" says what, the header how much
    fs = facts_of("(HK$ million)\t2024\t2023\nRevenue\t9,845.2\t10,212.7")
    assert [f.unit for f in fs] == ["HK$ million", "HK$ million"]
    fs = facts_of("Indicator\tUnit\t2024\t2023\nTown gas\tkWh'000\t6,815.3\t7,102.8\n"
                  "Petrol\tkWh in '000s\t96.4\t104.1\nElectricity (Hong Kong)\tMWh\t1\t2")
    assert [(f.label, f.unit) for f in fs][::2] == [("Town gas", "kWh'000"), ("Petrol", "kWh in '000s"),
                                                   ("Electricity (Hong Kong)", "MWh")]


def test_footnote_markers_after_labels_and_group_lines_without_cells():
    fs = facts_of("Employee turnover rate (%)(1)\t2024\t2023\nBy gender\nMale(1)\t17.9\t20.6\n"
                  "Female (2)\t19.4\t22.1\nUnder 30*\t34.2\t38.5\nTotal**\t18.6\t21.3")
    assert [(f.label, f.footnotes, f.unit) for f in fs if f.year == 2024] == [
        ("By gender > Male", ["1"], "%"), ("By gender > Female", ["2"], "%"),
        ("By gender > Under 30", ["*"], "%"), ("By gender > Total", ["**"], "%")]


def test_content_index_rows_are_not_facts():
    fs = facts_of("Aspect / KPI\tDescription\tSection / Remarks\n"
                  "A2.5\tTotal packaging material used for finished products.\tNot applicable\n"
                  "B2.1\tNumber and rate of work-related fatalities in each of the past three years.\tB2 Health\n"
                  "B2.2\tLost days due to work injury.\t23")
    assert fs == []


def test_running_footer_with_page_numbers_is_not_a_row():
    pages = []
    for p in range(40, 44):
        pages += ["Indicator\t2024\t2023", f"Taxes paid\t{p}.5\t356.4", "",
                  f"Acme Holdings Limited | ESG Report 2024\t{p}", ""] + ["Some prose."] * 6
    fs = facts_of("\n".join(pages))
    assert sorted({f.label for f in fs}) == ["Taxes paid"]


def test_a_row_back_at_a_group_column_ends_the_group():
    fs = facts_of("Indicator\t\tUnit\t2023\t2024\nEnergy consumption by type\t\t\t\t\n\tDiesel\ttons\t1\t2\n"
                  "Renewable energy\tPhotovoltaic power generation\t10,000 kWh\t3\t4\n"
                  "\tGreen electricity purchased\t10,000 kWh\t5\t6\nEnergy intensity\t\ttce/RMB 10,000\t7\t8")
    assert [f.label for f in fs if f.year == 2024] == [
        "Energy consumption by type > Diesel", "Renewable energy > Photovoltaic power generation",
        "Renewable energy > Green electricity purchased", "Energy intensity"]


def test_currency_units_and_reference_letters():
    """A rupee sign printed by its font as a backtick ("(` in million)") keeps its sign as ₹; a
    currency scale in words ("(Yen in billions)") is a unit; a form's reference letter in brackets
    ("Scrap metal (G)") is no unit (was: grams)."""
    fs = facts_of("Particulars (` in million)\tFY 2024\tFY 2023\nRevenue from operations\t52,140\t48,907")
    assert {f.unit for f in fs} == {"₹ in million"}
    fs = facts_of("(Yen in billions)\tFY2022\tFY2023\nCapital expenditure\t410.2\t455.0")
    assert {f.unit for f in fs} == {"Yen in billions"}
    fs = facts_of("Waste (in tonnes)\tFY 2024\tFY 2023\nScrap metal (G)\t61\t58\nPackaging (H)\t12\t9")
    assert {f.unit for f in fs} == {"tonnes"}, [(f.label, f.unit) for f in fs]
