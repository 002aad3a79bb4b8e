"""Tables that a converter flattened into lines of text (document/flat_runs, flat_tables, year_rows).

Constructed texts in wordings no sample report uses; the last tests read the real Sinopec 2021 text when
../shared is present."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from esglens.document.build import build
from esglens.document.flat_runs import find_run
from esglens.document.year_rows import header_years, split_row
from esglens.facts import extract_facts
from esglens.read.text import read_text

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus" / "text-unkeyed"


def table_facts(tmp_path, text: str) -> list[tuple]:
    p = tmp_path / "report.txt"
    p.write_text(text, encoding="utf-8")
    facts = extract_facts(build(read_text(str(p))))
    return sorted((f.line, f.year, f.raw, f.label, f.unit) for f in facts if f.source == "table")


def on_line(tmp_path, text: str, line: int) -> list[tuple]:
    p = tmp_path / "report.txt"
    p.write_text(text, encoding="utf-8")
    return [(f.source, f.raw, f.year) for f in extract_facts(build(read_text(str(p)))) if f.line == line]


# --- the value runs -------------------------------------------------------------------------------------

def test_year_groups_count_out():
    run = find_run("Fleet summary 2020 14 3.5 2021 15 3.9 2022 17 4.2".split())
    assert run.n_labels == 2 and run.years == [2020, 2021, 2022]
    assert run.cells == [(2020, 0, "14"), (2020, 1, "3.5"), (2021, 0, "15"), (2021, 1, "3.9"),
                         (2022, 0, "17"), (2022, 1, "4.2")]


def test_year_groups_that_do_not_count_out_are_no_run():
    assert find_run("Fleet summary 2020 14 3.5 2021 15 2022 17 4.2".split()) is None
    assert find_run("Fleet summary 2020 14 2021 15 2023 17".split()) is None     # years not consecutive
    assert find_run("Fleet summary 2020 - 2021 -".split()) is None               # dashes only


def test_the_page_numbers_of_a_spread_may_follow_but_nothing_else():
    assert find_run("2020 14 3.5 2021 15 3.9 41 40 Harbour Review".split()).cells[-1] == (2021, 1, "3.9")
    assert find_run("2020 14 3.5 2021 15 3.9 41".split()) is None                 # no words after: a value?
    assert find_run("2020 14 3.5 2021 15 3.9 41 47 Harbour Review".split()) is None
    assert find_run("2020 14 3.5 2021 15 3.9 4.1 Harbour Review".split()) is None


def test_a_target_year_before_words_ends_the_run():
    run = find_run("Drill held 2019 98 2020 99 2021 97 2025 Goal 100".split())
    assert run.years == [2019, 2020, 2021] and run.n_labels == 1


def test_a_repeated_year_header_then_one_value_per_header_year():
    run = find_run("2020 2020 2021 2021 2022 2022 8.1 440 7.9 452 7.4 470".split())
    assert run.n_labels == 2 and run.years == [2020, 2021, 2022]
    assert run.cells[2:4] == [(2021, 0, "7.9"), (2021, 1, "452")]
    assert find_run("2020 2020 2021 2021 2022 8.1 440 7.9 452 7.4".split()) is None   # uneven repeats


# --- labels around the values ----------------------------------------------------------------------------

FLEET = """Vessel operations.
Key figures.
Ferries in service (vessels)
Fuel burned per crossing (tonnes)
Passenger complaints upheld (%)
Passenger Charter.
Timetable Review Policy (Revised)
Vessel operations overview 2020 14 3.5 0.8 2021 15 3.9 0.6 2022 17 4.2 0.5 12 13 Harbour Review
"""


def test_labels_with_units_above_the_values_line(tmp_path):
    facts = table_facts(tmp_path, FLEET)
    assert len(facts) == 9
    assert (8, 2021, "3.9", "Fuel burned per crossing (tonnes)", "tonnes") in facts
    assert (8, 2022, "0.5", "Passenger complaints upheld (%)", "%") in facts
    assert {f[1] for f in facts} == {2020, 2021, 2022}


def test_a_label_more_or_less_gives_no_table(tmp_path):
    four = FLEET.replace("Passenger complaints upheld (%)\n", "Passenger complaints upheld (%)\nLate sailings (%)\n")
    assert table_facts(tmp_path, four) == []
    two = FLEET.replace("Passenger complaints upheld (%)\n", "")
    assert table_facts(tmp_path, two) == []


def test_labels_below_the_values_under_a_stub_header(tmp_path):
    text = ("Crew welfare was reviewed by the board.\n2020 310 92 2021 325 94 2022 331 95.\nIndicators.\n"
            "Crew members employed (persons)\nCrew retention rate (%)\nThe review continues next year.\n")
    facts = table_facts(tmp_path, text)
    assert (2, 2020, "310", "Crew members employed (persons)", "persons") in facts
    assert (2, 2022, "95", "Crew retention rate (%)", "%") in facts and len(facts) == 6


def test_labels_without_units_between_a_stub_header_and_the_values(tmp_path):
    text = ("Indicators.\nNew berths opened.\nBerths refurbished.\nDredging campaigns (campaigns) "
            "2021 2 5 1 2022 3 4 2 2023 1 6 2.\nOur harbour keeps growing.\n")
    facts = table_facts(tmp_path, text)
    got = [f[:4] for f in facts]
    assert (4, 2021, "2", "New berths opened") in got and (4, 2022, "4", "Berths refurbished") in got
    assert (4, 2023, "2", "Dredging campaigns (campaigns)") in got and len(facts) == 9


def test_two_places_with_as_many_labels_give_no_table(tmp_path):
    text = ("Tug hours (hours)\nPilot hours (hours)\nHarbour services.\n2021 40 50 2022 41 52\nIndicators.\n"
            "Berth hours (hours)\nCrane hours (hours)\nThe end.\n")
    assert table_facts(tmp_path, text) == []


def test_one_label_far_from_its_values_needs_a_stub_header(tmp_path):
    far = "Harbour safety.\n" + "Marine Safety Charter.\n" * 3 + "Drill held 2019 98 2020 99 2021 97 2025 Goal 100\n"
    assert table_facts(tmp_path, "Drills attended by crews (%)\n" + far) == []
    facts = table_facts(tmp_path, "Indicators.\nDrills attended by crews (%)\n" + far)
    assert [f[:3] for f in facts] == [(7, 2019, "98"), (7, 2020, "99"), (7, 2021, "97")]


def test_a_chart_with_a_repeated_year_header(tmp_path):
    text = ("Ferry emissions (kt CO2e)\nShore power supplied (MWh)\nTargets.\n"
            "Cut shore emissions each year 2020 2020 2021 2021 8.1 440 7.9 452 3 2 Harbour Review\n")
    facts = table_facts(tmp_path, text)
    assert (4, 2021, "452", "Shore power supplied (MWh)", "MWh") in facts and len(facts) == 4


# --- rows joined with spaces under a line of years -------------------------------------------------------

def test_header_and_row_lines():
    assert header_years("Indicator 2021 2022 2023") == ["2021", "2022", "2023"]
    assert header_years("FY2022 FY2023") == ["FY2022", "FY2023"]
    assert header_years("Between 2019 and 2021 2022") is None
    assert header_years("Indicator 2021 2023") is None
    assert split_row("Tugs in service 6 7 8", 3) == ("Tugs in service", ["6", "7", "8"])
    assert split_row("Berth 4 works 12 13 14", 3) == ("Berth 4 works", ["12", "13", "14"])
    assert split_row("Scope 3 12 13 14", 3) is None
    assert split_row("Tugs in service 6 7", 3) is None


ROWS = """Harbour figures
Indicator 2021 2022 2023
(tonnes)
Sediment dredged 41.2 38.9 35.0
Cargo handled
Inbound 1,204 1,310 1,288
Outbound 1,100 1,150
Crane uptime (%) 97.1 98.4 98.9

The harbour kept its berths open all year.
"""


def test_rows_under_a_year_line(tmp_path):
    facts = table_facts(tmp_path, ROWS)
    assert (4, 2021, "41.2", "Sediment dredged", "tonnes") in facts
    assert (6, 2023, "1,288", "Cargo handled > Inbound", "tonnes") in facts
    assert (8, 2022, "98.4", "Cargo handled > Crane uptime (%)", "%") in facts   # the group runs on
    assert not [f for f in facts if f[0] == 7]         # two values under three years: no facts
    assert len(facts) == 9


# --- the real report -------------------------------------------------------------------------------------

@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/corpus/text-unkeyed is absent")
def test_sinopec_flattened_blocks():
    doc = build(read_text(str(SHARED / "sinopec-2021-sustainability-report.txt")))
    facts = {(f.line, f.year, f.raw) for f in extract_facts(doc) if f.source == "table"}
    assert {(685, 2018, "171.52"), (685, 2021, "1,519.8"), (1073, 2021, "461.0"), (577, 2020, "38,695"),
            (306, 2021, "444.09"), (1070, 2019, "64.6"), (1199, 2021, "100")} <= facts
    key = json.loads((ROOT / "tests" / "keys" / "text" / "sinopec-2021-h35-blocks.json").read_text(encoding="utf-8"))
    keyed = {(f["line"], f["year"], f["raw"]) for f in key["facts"]}
    on_lines = {f for f in facts if f[0] in {k[0] for k in keyed}}
    assert on_lines <= keyed          # no shifted value on the keyed lines
    assert not [f for f in facts if f[0] == 958]    # the chart whose values do not count out


SPACED = """Harbour dues
Dues collected                                        2022          2023
Our pilots board ships day and night.     Pilotage dues (k€)     1,204         1,310
and keep the channel safe at all hours    Towage dues (k€)         840           905
Ships that call here:
    Berth 7   12   19     Mooring dues (k€)                          77            81
"""


def test_spaced_columns_take_the_label_beside_the_values(tmp_path):
    facts = table_facts(tmp_path, SPACED)
    assert (3, 2023, "1,310", "Pilotage dues (k€)", "k€") in facts
    assert (4, 2022, "840", "Towage dues (k€)", "k€") in facts
    assert (6, 2023, "81", "Mooring dues (k€)", "k€") in facts   # another column's figures left of a gap
    assert all("Ships" not in f[3] for f in facts)  # a line of prose is no group label
    assert len(facts) == 6
    joined = SPACED.replace("    Berth 7   12   19     Mooring", "Berth 7 12 19 Mooring")
    assert not [f for f in table_facts(tmp_path, joined) if f[0] == 6]   # no gap: whose figures? none


def test_in_the_period_is_no_unit(tmp_path):
    facts = table_facts(tmp_path, "Indicator\t2022\t2023\nPermits issued in the period\t3\t4\nDredging in tonnes\t5\t6\n")
    assert (2, 2023, "4", "Permits issued in the period", "") in facts
    assert (3, 2023, "6", "Dredging in tonnes", "tonnes") in facts


BARE = """Shore operations.
Ferry emissions (kt CO2e)
Shore power supplied (MWh)
2021 2022 2023
8.1 7.9 7.4
440 452 470
Our crews did well.
"""


def test_bare_value_lines_under_a_year_line_take_the_labels_above(tmp_path):
    facts = table_facts(tmp_path, BARE)
    assert (5, 2023, "7.4", "Ferry emissions (kt CO2e)", "kt CO2e") in facts
    assert (6, 2021, "440", "Shore power supplied (MWh)", "MWh") in facts and len(facts) == 6


def test_bare_value_lines_that_do_not_count_out_give_no_table(tmp_path):
    assert table_facts(tmp_path, BARE.replace("440 452 470", "440 452")) == []
    assert table_facts(tmp_path, BARE.replace("Ferry emissions (kt CO2e)\n", "")) == []       # 1 label, 2 rows
    between = "Indicators 2021 2022\nBerths dredged\nCranes serviced\n4 5\n9 8\nThe end.\n"
    assert [f[:4] for f in table_facts(tmp_path, between)] == [
        (4, 2021, "4", "Berths dredged"), (4, 2022, "5", "Berths dredged"),
        (5, 2021, "9", "Cranes serviced"), (5, 2022, "8", "Cranes serviced")]


def test_a_bare_year_line_over_a_label_is_no_header(tmp_path):
    text = ("Harbour targets Target 2024 Target 2025 Target 2026\nCut berth idling\nagainst the level of\n"
            "2023 2024 2025\nShorter berth idling\n4% 6% 8%\nat the outer quay\n")
    assert table_facts(tmp_path, text) == []


UNIT_ROWS = """Harbour data.
Indicator Unit Year ended June 30, 2023.
Fuel oil burned 2 tonnes 1,480.
Shore power intensity MWh/million HKD 2.7.
Dredged silt thousands m³ 310.
Share of electric tugs.
Harbour A % 40.5.
Harbour B % 22.0 Harbour C % 31.5.
Harbour D % 12.5.
Number of berths / 12.
Number of cranes 3.
Light towers thousands 1.2 188 / 189
The harbour master signs these figures every year.
"""


def test_a_one_period_table_with_a_unit_column(tmp_path):
    facts = table_facts(tmp_path, UNIT_ROWS)
    assert (3, 2023, "1,480", "Fuel oil burned", "tonnes") in facts          # footnote 2 dropped
    assert (4, 2023, "2.7", "Shore power intensity", "MWh/million HKD") in facts
    assert (5, 2023, "310", "Dredged silt", "thousands m³") in facts
    assert (7, 2023, "40.5", "Share of electric tugs > Harbour A", "%") in facts
    assert (10, 2023, "12") in [f[:3] for f in facts]
    lines = {f[0] for f in facts}
    assert 8 not in lines and 11 not in lines and 12 not in lines    # two rows on a line; a footnote; page numbers
    assert lines == {3, 4, 5, 7, 9, 10}


def test_a_long_unit_in_the_label_brackets(tmp_path):
    text = "Indicator\t2022\t2023\nHarbour emissions (thousand tonnes of carbon dioxide equivalent)\t5.1\t4.8\n"
    assert (2, 2023, "4.8", "Harbour emissions (thousand tonnes of carbon dioxide equivalent)",
            "thousand tonnes of carbon dioxide equivalent") in table_facts(tmp_path, text)


def test_fiscal_year_header_and_a_unit_line(tmp_path):
    text = "Harbour energy\nKey figures FY2022 FY2023\nUnit: MWh\nShore power 310 355\nCrane power 1,020 990\n\nEnd.\n"
    facts = table_facts(tmp_path, text)
    assert (4, 2023, "355", "Shore power", "MWh") in facts and (5, 2022, "1,020", "Crane power", "MWh") in facts
    assert len(facts) == 4
