"""Markdown and HTML tables as converters write them: merged cells repeated in every slot they span,
a table split over a page break, spans as colspan/rowspan. Wordings of our own."""
from __future__ import annotations

from esglens.document.build import build
from esglens.facts import extract_facts
from esglens.model import Document, TextLine


def facts_of(text: str):
    lines = [TextLine(t, line=i) for i, t in enumerate(text.split("\n"), 1)]
    doc = build(Document(path="t.md", name="t.md", sha256="0", kind="text", lines=lines))
    return {(f.label, f.year, f.column, f.unit): (f.value, f.unit, f.line)
            for f in extract_facts(doc) if f.source == "table"}


def test_merged_cells_repeated_by_the_converter():
    md = ("## Workforce\n\n"
          "| Indicator | Indicator | 2024 | 2024 | 2023 | 2023 |\n"
          "|---|---|---|---|---|---|\n"
          "| | | Number | % | Number | % |\n"
          "| Staff by contract | Permanent | 1,480 | 92% | 1,390 | 91% |\n"
          "| Staff by contract | Temporary | 129 | 8% | 137 | 9% |\n")
    f = facts_of(md)
    vals = {(lab, year, unit): v for (lab, year, _, _), (v, unit, _) in f.items()}
    # a sub-column named "Number" names what it holds, no unit (tests/keys/README rule 4)
    assert vals[("Staff by contract > Permanent", 2024, "")] == 1480
    assert vals[("Staff by contract > Permanent", 2024, "%")] == 92
    assert vals[("Staff by contract > Temporary", 2023, "")] == 137
    assert vals[("Staff by contract > Temporary", 2023, "%")] == 9
    assert len(f) == 8


def test_table_split_over_a_page_break_keeps_its_header():
    md = ("| Waste (t) | 2022 | 2023 |\n"
          "|---|---|---|\n"
          "| Hazardous waste | 41.5 | 38.2 |\n"
          "| Non-hazardous waste | 1,210 | 1,186 |\n"
          "\n"
          "Annual report 2023 — 57\n"
          "\n"
          "| Waste sent to landfill | 302 | 277 |\n"
          "| Waste recycled | 869 | 901 |\n")
    f = {(lab, year): (v, unit, line) for (lab, year, _, _), (v, unit, line) in facts_of(md).items()}
    assert f[("Waste sent to landfill", 2022)] == (302.0, "t", 8)
    assert f[("Waste recycled", 2023)] == (901.0, "t", 9)
    assert f[("Hazardous waste", 2023)][0] == 38.2


def test_html_table_with_row_and_column_spans():
    md = ("<table><tr><th rowspan=2>Energy</th><th rowspan=2>Unit</th><th colspan=2>Group</th></tr>"
          "<tr><th>2023</th><th>2024</th></tr>"
          "<tr><td rowspan=2>Electricity</td><td>MWh</td><td>5,400</td><td>5,120</td></tr>"
          "<tr><td>GJ</td><td>19,440</td><td>18,432</td></tr>"
          "<tr><td>Natural gas</td><td>GJ</td><td>7,300</td><td>6,950</td></tr></table>")
    f = {(lab, year, unit): v for (lab, year, _, _), (v, unit, _) in facts_of(md).items()}
    assert f[("Electricity", 2023, "MWh")] == 5400
    assert f[("Electricity", 2024, "GJ")] == 18432
    assert f[("Natural gas", 2024, "GJ")] == 6950
    assert len(f) == 6


def test_split_table_with_named_value_columns_keeps_its_header_without_years():
    """A table whose value columns are named, not years ("Target", "Status in 2023"), continued after
    a page footer without its header: the rows after the break are still the table's rows."""
    md = ("| Category | Indicator | Target | Status in 2023 |\n"
          "|---|---|---|---|\n"
          "| Effluent | pH range kept | 100% | Met |\n"
          "| Effluent | Oil and grease checks passed | 98% | Met |\n"
          "\n"
          "Sustainability Review | 12\n"
          "\n"
          "| Stack air | Dust readings within limit | 97% | Met |\n"
          "| Stack air | Opacity readings within limit | 95% | Met |\n")
    f = {(lab, v, line) for (lab, _, _, _), (v, _, line) in facts_of(md).items()}
    assert ("Effluent > Oil and grease checks passed", 98.0, 4) in f
    assert ("Stack air > Dust readings within limit", 97.0, 8) in f
    assert ("Stack air > Opacity readings within limit", 95.0, 9) in f


def test_korean_year_suffix_in_a_header():
    """Years printed with the Korean suffix ("2023년", "2024년도") name the columns as "2024年" does."""
    md = ("| Item | Unit | 2023년 | 2024년도 |\n"
          "|---|---|---|---|\n"
          "| Water withdrawn | m³ | 12,480 | 11,905 |\n"
          "| Water reused | m³ | 3,310 | 3,702 |\n")
    f = {(lab, year): (v, unit) for (lab, year, _, _), (v, unit, _) in facts_of(md).items()}
    assert f[("Water withdrawn", 2023)] == (12480.0, "m³")
    assert f[("Water reused", 2024)] == (3702.0, "m³")
    assert len(f) == 4


def test_year_words_around_a_header_year():
    """"Year 2022", "Fiscal year 2023" and "2024 FY" head year columns; "Years 2024" or "2024 FYI" do not."""
    md = ("| Indicator | Unit | Year 2021 | Actual 2022 | Fiscal year 2023 | 2024 FY |\n"
          "|---|---|---|---|---|---|\n"
          "| Paper purchased | t | 95 | 88 | 74 | 61 |\n")
    f = {year: v for (_, year, _, _), (v, _, _) in facts_of(md).items()}
    assert f == {2021: 95.0, 2022: 88.0, 2023: 74.0, 2024: 61.0}
    from esglens.core.numbers import year_of
    assert year_of("Years 2024") is None and year_of("2024 FYI") is None and year_of("2025E") is None


def test_columns_dated_at_a_years_end_name_that_year():
    """Balances "as of" a year, or dated on its last day, are that year's; a mid-year date is no year."""
    md = ("| Item | Unit | As of 2022 | 2023.12.31 | 31 December 2024 |\n"
          "|---|---|---|---|---|\n"
          "| Trees planted on site | trees | 410 | 455 | 530 |\n")
    f = {year: v for (_, year, _, _), (v, _, _) in facts_of(md).items()}
    assert f == {2022: 410.0, 2023: 455.0, 2024: 530.0}
    from esglens.core.numbers import year_of
    assert year_of("2024.06.30") is None and year_of("As of June 2024") is None
    assert year_of("2024년 12월 31일") == 2024


def test_named_columns_of_different_years_take_no_report_year():
    """Value columns each naming another year in words no header reader takes for a year column
    ("Measured over 2022", "Results in 2023"): the report's year is none of theirs, so the cells carry no year."""
    md = ("Fleet Report 2024\n\n"
          "| Item | Unit | Measured over 2022 | Measured over 2023 |\n"
          "|---|---|---|---|\n"
          "| Paper purchased | t | 88 | 74 |\n")
    f = {(v, year) for (_, year, _, _), (v, _, _) in facts_of(md).items()}
    assert f == {(88.0, None), (74.0, None)}


def test_a_bracketed_unit_line_just_above_a_table_is_its_unit():
    """"(Unit: …)" printed alone above a table, as Korean and Chinese reports do ("(단위: 톤)"), gives every cell its unit."""
    for line, unit in (("(Unit: MWh)", "MWh"), ("(단위: 톤)", "톤")):
        md = (line + "\n\n| Site | 2022 | 2023 |\n|---|---|---|\n| Quay crane depot | 3,400 | 3,150 |\n")
        f = {(lab, year): (v, u) for (lab, year, _, _), (v, u, _) in facts_of(md).items()}
        assert f == {("Quay crane depot", 2022): (3400.0, unit), ("Quay crane depot", 2023): (3150.0, unit)}

