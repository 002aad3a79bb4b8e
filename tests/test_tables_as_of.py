"""Rule "as-of year" (tables.as_of): a yearless table dated as of the period end takes the report's year (not the
date's calendar year); a ranked list takes a year only when dated as of the period end, else none. Constructed
tables in wordings no report uses."""
from __future__ import annotations

from datetime import date

from esglens.document.build import build
from esglens.facts import extract_facts
from esglens.model import Document, TextLine
from esglens.tables.as_of import as_of_date, is_period_end

_HOLDERS = ("| Rank | Name of holder | Shares held (thousand) | Holding (%) |\n|---|---|---|---|\n"
            "| 1 | Harbour Pension Trust | 12,400 | 8.1 |\n| 2 | Lakeside Mutual Assurance | 9,310 | 6.0 |\n"
            "| 3 | Northgate Custody Nominees | 7,025 | 4.6 |\n")


def _years(text: str) -> dict[str, int | None]:
    lines = [TextLine(t, line=i) for i, t in enumerate(text.split("\n"), 1)]
    doc = build(Document(path="t.md", name="t.md", sha256="0", kind="text", lines=lines))
    return {f.label: f.year for f in extract_facts(doc) if f.source == "table"}


def _report(title: str, table: str = _HOLDERS, period: str = "This report covers the year ended 31 December "
            "2040, its figures are for 2040.") -> dict[str, int | None]:
    return _years(f"# Register of Holders\n\n{period}\n\n{title}\n\n{table}")


def test_a_ranked_list_as_of_the_period_end_takes_the_report_year():
    got = _report("Principal holders (as at 31 December 2040)")
    assert got["Harbour Pension Trust > Holding (%)"] == 2040
    assert got["Northgate Custody Nominees > Shares held (thousand)"] == 2040


def test_a_ranked_list_dated_another_day_or_not_at_all_takes_no_year():
    got = _report("Principal holders (as at 30 June 2042)")
    assert got["Harbour Pension Trust > Holding (%)"] is None
    got = _report("Principal holders")
    assert got["Lakeside Mutual Assurance > Holding (%)"] is None


def test_a_list_numbered_without_a_rank_heading_is_ranked_by_its_ordinals():
    table = _HOLDERS.replace("| Rank |", "| # |")
    got = _report("Principal holders", table)
    assert got["Harbour Pension Trust > Holding (%)"] is None


def test_an_unranked_yearless_table_keeps_the_report_year():
    got = _report("Principal holders", "| Name of holder | Shares held (thousand) | Holding (%) |\n|---|---|---|\n"
                  "| Harbour Pension Trust | 12,400 | 8.1 |\n| Lakeside Mutual Assurance | 9,310 | 6.0 |\n")
    assert got["Harbour Pension Trust > Holding (%)"] == 2040


def test_dates_read_and_period_ends():
    assert as_of_date(["Holders (As of March, 31, 2041)"]) == date(2041, 3, 31)
    assert as_of_date(["Top ten (as at 31st December 2040)"]) == date(2040, 12, 31)
    assert as_of_date(["2041年4月1日現在"]) == date(2041, 4, 1)
    assert as_of_date(["(As of March 31 of each year)"]) is None
    assert as_of_date(["as of 2040-12-31", "as of 2041-06-30"]) is None   # two dates: none
    assert is_period_end(date(2041, 3, 31), 2040) and is_period_end(date(2041, 4, 1), 2040)
    assert is_period_end(date(2040, 12, 31), 2040)
    assert not is_period_end(date(2042, 6, 30), 2040) and not is_period_end(date(2040, 7, 14), 2040)


def test_a_header_dated_at_a_fiscal_year_end_takes_the_report_year_not_the_dates():
    period = "This report covers fiscal 2040 (April 1, 2040 to March 31, 2041). FY2040 figures are shown."
    table = ("| Name of holder | Percentage held (as of March 31, 2041) |\n|---|---|\n"
             "| Harbour Pension Trust | 8.1 |\n| Lakeside Mutual Assurance | 6.0 |\n"
             "| Northgate Custody Nominees | 4.6 |\n")
    got = _report("Largest holders", table, period)
    assert got["Harbour Pension Trust"] == 2040


def test_a_column_named_by_its_measure_after_an_as_of_date_is_read():
    # "(As of …) Holding ratio": the bracket dates the column; "… ratio" names what it measures (tables.header)
    period = "This report covers fiscal 2040 (April 1, 2040 to March 31, 2041). FY2040 figures are shown."
    table = ("| Name of holder | (As of March 31, 2041) Holding ratio |\n|---|---|\n"
             "| Harbour Pension Trust | 8.1 % |\n| Lakeside Mutual Assurance | 6.0 |\n"
             "| Northgate Custody Nominees | 4.6 |\n")
    got = _report("Largest holders", table, period)
    assert got == {"Harbour Pension Trust": 2040, "Lakeside Mutual Assurance": 2040, "Northgate Custody Nominees": 2040}


def test_serial_numbers_over_figures_in_no_order_are_no_ranking():
    table = ("| S. No. | Vessel class | Crew (number) |\n|---|---|---|\n"
             "| 1 | Tugs | 64 |\n| 2 | Barges | 212 |\n| 3 | Pilot boats | 31 |\n")
    got = _report("Crew by vessel class", table)
    assert got == {"Tugs": 2040, "Barges": 2040, "Pilot boats": 2040}


def test_a_serial_number_heading_is_no_ranking_even_over_falling_figures():
    table = ("| S. No. | Vessel class | Share of fuel (%) |\n|---|---|---|\n"
             "| 1 | Tugs | 52 |\n| 2 | Barges | 30 |\n| 3 | Pilot boats | 18 |\n")
    got = _report("Fuel by vessel class", table)
    assert got == {"Tugs": 2040, "Barges": 2040, "Pilot boats": 2040}
