"""Checks that read the report's wording: stated changes, targets, shares in sentences, unit letter
swaps, time horizons. Each on a small constructed text: one case that must fire, ones that must not."""
from __future__ import annotations

import pytest

from esglens.checks import run_checks
from esglens.checks.sentences import sentences
from esglens.checks.statements import changes
from esglens.model import Fact
from esglens.read import load


@pytest.fixture
def check(tmp_path):
    def run(text: str, facts: list[Fact] | None = None, year: int = 2024):
        p = tmp_path / "report.txt"
        p.write_text(text, encoding="utf-8")
        doc = load(str(p))
        doc.report_year = year
        return run_checks(list(facts or []), doc)
    return run


def kinds(found) -> list[tuple[str, str]]:
    return [(f.kind, f.severity) for f in found]


RESTATED = ("Highlights\n\nInvestment RMB **5.64** million in environmental protection, with a year-on-year "
            "increase of **3.15%**\n\nEnvironmental compliance\n\nThe Company invested a total of RMB\n"
            "5,638,300 in environmental protection.\nAn increase of **{rate}** from 2023.\n")


def test_one_amount_two_year_on_year_changes(check):
    [f] = check(RESTATED.format(rate="45.24%"))
    assert (f.kind, f.severity, f.year) == ("change_mismatch", "error", 2024)
    assert f.lines == [3, 7, 8, 9]
    assert f.values == [5.64, 3.15, 5638300.0, 45.24, 5466117.3, 3882057.28]
    assert "RMB 5.64 million" in f.message and "RMB 5,638,300" in f.message and "42.09 points" in f.message


def test_changes_equal_within_rounding_are_no_finding(check):
    assert check(RESTATED.format(rate="3.2%")) == []   # 3.15 printed as 3.2


def test_different_amounts_or_topics_are_no_finding(check):
    assert check(RESTATED.format(rate="45.24%").replace("5,638,300", "7,120,000")) == []
    other = RESTATED.format(rate="45.24%").replace("5,638,300 in environmental protection", "5,638,300 in R&D")
    assert check(other) == []


BASE = ("The GHG emissions per unit of {a} in Guangming Park decreased by 41.17% compared with 2021\n\n"
        "Progress\n\nThe greenhouse gas emission per unit of {b} of {park} Park in 2024 has decreased by "
        "48.1% compared to 2021.\n")


def test_two_changes_against_one_base_year(check):
    [f] = check(BASE.format(a="revenue", b="revenue", park="Guangming"))
    assert (f.kind, f.severity, f.lines) == ("change_mismatch", "warning", [1, 5])
    assert f.values == [-41.17, -48.1] and "6.93 points" in f.message


def test_different_denominators_are_only_info(check):
    [f] = check(BASE.format(a="output value", b="revenue", park="Guangming"))
    assert (f.kind, f.severity) == ("change_mismatch", "info")
    assert "per output value and per revenue" in f.message


def test_another_site_or_a_target_is_no_finding(check):
    assert check(BASE.format(a="revenue", b="revenue", park="Huizhou")) == []
    target = BASE.format(a="revenue", b="revenue", park="Guangming").replace(
        "in 2024 has decreased by 48.1% compared to 2021", "will be reduced by 48.1% compared to 2021 by 2025")
    assert check(target) == []


WORDING = ("- The Company's hazardous waste density decreased by **73.68%** YoY, and non-hazardous waste density "
           "decreased by **19.28%** YoY\n\nWaste\n\nThe waste recovery rate has risen to 84.72%, the density of "
           "hazardous wastes generated dropped to {h} compared with that of last year while the density of "
           "non-hazardous wastes generated dropped to 19.28% compared with that of last year.\n")


def test_by_and_to_for_the_same_figures(check):
    [f] = check(WORDING.format(h="73.68%"))
    assert (f.kind, f.severity, f.lines, f.values) == ("change_wording", "warning", [1, 5], [-73.68, -19.28])
    assert "26.32 %" in f.message


def test_by_and_to_with_other_figures_or_subjects(check):
    text = WORDING.format(h="73.68%").replace("dropped to 19.28%", "dropped to 80.72%")
    [f] = check(text)   # the hazardous pair alone
    assert f.values == [-73.68]
    assert check(WORDING.format(h="26.32%").replace("dropped to 19.28%", "dropped to 80.72%")) == []
    other = "Water use dropped to 73.68% compared with that of last year.\n\n" + WORDING.split("\n\n")[0]
    assert check(other) == []


TARGET = ('We set a target of "Taking 2021 as the base year, by 2025, the greenhouse gas emission intensity per '
          'unit of revenue in the Guangming Park will be reduced by 50%." and monitor it.\n\n'
          "The greenhouse gas emission per unit of revenue of Guangming Park in 2024 has decreased by {p} compared "
          "to 2021. By purchasing GEC, it has {verb} the target of reducing greenhouse gas emissions intensity per "
          "unit of revenue by 50%.\n")


def test_target_declared_achieved_below_it(check):
    [f] = check(TARGET.format(p="48.1%", verb="achieved"))
    assert (f.kind, f.severity, f.lines, f.values) == ("target_claim", "warning", [1, 3], [-50.0, -48.1])
    assert "short by 1.90 points" in f.message


def test_target_met_or_not_claimed(check):
    assert check(TARGET.format(p="50.2%", verb="achieved")) == []
    assert check(TARGET.format(p="49.6%", verb="achieved")) == []   # 50 % printed whole: 49.6 rounds to it
    assert check(TARGET.format(p="48.1%", verb="not yet achieved")) == []
    water = TARGET.format(p="48.1%", verb="achieved").replace("greenhouse gas emission per", "water use per")
    assert check(water) == []


def test_share_in_a_sentence_follows_printed_precision(check):
    said = "At present, there are 7 directors, of which 3 are independent directors, accounting for {i}, and 2 " \
           "are female directors, accounting for {w}.\n"
    [f] = check(said.format(i="43%", w="28%"))
    assert (f.kind, f.lines, f.values) == ("rate_mismatch", [1], [2, 7, 28.0, 28.57])
    assert "reads 29 %" in f.message
    assert check(said.format(i="43%", w="29%")) == []
    assert check(said.format(i="42.86%", w="28.57%")) == []
    [g] = check(said.format(i="42.9%", w="28.7%"))   # one decimal printed: 28.57 reads 28.6
    assert g.values == [2, 7, 28.7, 28.57] and "reads 28.6 %" in g.message


def test_unit_letters_swapped():
    def fact(raw, unit):
        return Fact(float(raw.replace(",", "")), raw, unit, 2024, "PV capacity", "narrative", line=8)
    [f] = run_checks([fact("45", "MW"), fact("52", "MW"), fact("130", "WM"), fact("44,524", "MWh")])
    assert (f.kind, f.severity, f.lines, f.values) == ("unit_typo", "warning", [8], ["130WM", "MW"])
    assert run_checks([fact("45", "kVA"), fact("130", "kAV")]) == []      # one use of an unknown unit: no proof
    [f] = run_checks([fact("45", "MW"), fact("130", "WM")])              # one use of a known unit is enough
    assert f.values == ["130WM", "MW"]
    assert run_checks([fact("45", "kWh"), fact("52", "kWh"), fact("130", "kwh")]) == []   # case only


HORIZONS = ("Influence period is divided into short period (within 1 year), medium period (1 to 5 years) and long "
            "period (over 5 years).\n\nRisks are divided into short term (within 1 year), medium term ({m} years) "
            "and long term (over {l} years).\n")


def test_time_horizons_defined_two_ways(check):
    [f] = check(HORIZONS.format(m="1-10", l="10"))
    assert (f.kind, f.severity, f.lines) == ("definition_mismatch", "warning", [1, 3])
    assert f.values == ["medium: 1-5 years", "medium: 1-10 years", "long: over 5 years", "long: over 10 years"]
    assert check(HORIZONS.format(m="1-5", l="5")) == []


def test_change_statements_read():
    from esglens.model import Document, TextLine
    text = ["Total energy 6,613.74 tons of standard coal, with a year-on-year reduction of 9%",
            "Efficiency of up to 21% and output up 4% over 2022."]
    doc = Document("x", "x", "", "text", [TextLine(t, line=i + 1) for i, t in enumerate(text)])
    got = [(c.raw, c.direction, c.mode, c.base, c.amount and c.amount.shown) for c in changes(sentences(doc), 2024)]
    assert got == [("9", -1, "by", "yoy", "6,613.74 tons of standard coal"), ("4", 1, "by", "2022", None)]


def test_lists_read_respectively_and_shares_of_something_else_are_left_alone(check):
    text = ("Scope 1 and Scope 2 emissions decreased by 5% and 8% respectively compared with 2023.\n\n"
            "Scope 2 emissions decreased by 8% compared with 2023.\n\n"
            "We have 1,200 employees, of which 300 are women, accounting for 40% of management.\n")
    assert check(text) == []


def test_target_hedged_or_planned_is_no_claim(check):
    for verb in ("basically achieved", "nearly achieved"):
        assert check(TARGET.format(p="48.1%", verb=verb)) == [], verb
    assert check(TARGET.format(p="48.1%", verb="achieved").replace("it has", "it will have")) == []
