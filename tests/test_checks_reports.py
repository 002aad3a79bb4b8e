"""Consistency checks on the sample reports' known errors.

Facts come from the hand-checked keys (metric ids of the `extra.` kind dropped, as real output will
not have them) placed in the tables the document builder finds; the check must find each error
with the printed numbers, and nothing else.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from esglens.checks import run_checks
from esglens.model import Fact
from esglens.read import load

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(scope="module")
def reports():
    if not SHARED.exists():
        pytest.skip("../shared not present")
    out = {}
    for name in ("kstar", "calb", "jlmag"):
        doc = load(str(SHARED / "corpus" / "reports" / f"{name}-2024-esg-report.txt"))
        gold = json.loads((SHARED / "eval" / "gold" / f"{name}-2024-esg-report.json").read_text("utf-8"))
        table_of = {r.line: t.id for t in doc.tables for r in t.rows}
        facts = []
        for g in gold["facts"]:
            metric = g["metric"] if g["metric"] and not g["metric"].startswith("extra.") else None
            facts.append(Fact(value=g["value"], raw=g["raw"], unit=g["unit"], year=g["year"], label=g["label"],
                              source=g["source"], line=g["line"], metric=metric,
                              table_id=table_of.get(g["line"]) if g["source"] == "table" else None))
        out[name] = run_checks(facts, doc)
    return out


def by_lines(findings, *lines):
    return [f for f in findings if set(lines) <= set(f.lines)]


def test_calb_scope2_transposed_digits(reports):
    [f] = by_lines(reports["calb"], 567, 1828)
    assert f.kind == "duplicate_mismatch" and f.year == 2022
    assert sorted(f.values) == [450935.34, 450953.34] and "18.00" in f.message


def test_calb_scope3_text_vs_tables(reports):
    [f] = by_lines(reports["calb"], 563, 568, 1829)
    assert f.kind == "duplicate_mismatch" and sorted(f.values) == [3812842.25, 3812842.27]


def test_calb_2023_energy_total(reports):
    found = by_lines(reports["calb"], 1844, 1845, 1846) + by_lines(reports["calb"], 615, 616, 617)
    assert [(f.kind, f.year) for f in found] == [("sum_mismatch", 2023)] * 2
    assert found[0].values == [2765280.07, 1384332.7, 1289917.42, 2674250.12]


def test_calb_gender_and_age_shares(reports):
    [g] = by_lines(reports["calb"], 1868, 1869)
    [a] = by_lines(reports["calb"], 1870, 1871, 1872)
    assert (g.kind, g.year, g.values[-1]) == ("share_sum", 2024, 99.94)
    assert (a.kind, a.year, a.values[-1]) == ("share_sum", 2024, 99.93)


def test_calb_water_intensity(reports):
    [f] = [f for f in reports["calb"] if f.kind == "intensity_mismatch"]
    assert f.year == 2022 and 633 in f.lines and f.values[:2] == [105878.78, 1975561.0]
    [u] = by_lines(reports["calb"], 1851)
    assert u.kind == "unit_mismatch" and u.values == ["MWh/GWh"]


def test_calb_training_beyond_headcount(reports):
    [f] = by_lines(reports["calb"], 1927)
    assert f.kind == "part_exceeds_whole" and f.values == [33796, 10534, 6941, 17475]


def test_jlmag_sums(reports):
    got = {(f.lines[0], f.year) for f in reports["jlmag"] if f.kind == "sum_mismatch"}
    assert got == {(2754, 2024), (2777, 2022), (2866, 2022), (2924, 2023), (2943, 2023)}


def test_jlmag_local_suppliers(reports):
    [f] = by_lines(reports["jlmag"], 1724, 2835)
    assert f.kind == "duplicate_mismatch" and sorted(f.values) == [57.3, 57.8]


def test_kstar_female_director_share(reports):
    [f] = by_lines(reports["kstar"], 547)
    assert f.kind == "rate_mismatch" and f.values == [2, 7, 28, 28.57]


def test_no_other_findings(reports):
    """Every finding printed on the three reports was read and judged real; the list is exact."""
    counts = {name: len(found) for name, found in reports.items()}
    assert counts == {"kstar": 4, "calb": 17, "jlmag": 7}


def test_calb_average_training_hours_above_every_group(reports):
    [f] = by_lines(reports["calb"], 1898, 1901, 1902, 1903)
    assert f.kind == "rate_mismatch" and f.year == 2024 and f.values == [21.12, 12.25, 12.12, 20.72]


def test_kstar_investment_with_two_year_on_year_changes(reports):
    [f] = by_lines(reports["kstar"], 142, 1589)
    assert (f.kind, f.severity) == ("change_mismatch", "error")
    assert f.values == [5.64, 3.15, 5638300.0, 45.24, 5466117.3, 3882057.28]


def test_kstar_two_reductions_against_2021_per_different_denominators(reports):
    [f] = by_lines(reports["kstar"], 145, 1451)
    assert (f.kind, f.severity, f.values) == ("change_mismatch", "info", [-41.17, -48.1])


def test_kstar_target_declared_achieved_at_48_1_percent(reports):
    [f] = by_lines(reports["kstar"], 1447, 1451)
    assert (f.kind, f.values) == ("target_claim", [-50.0, -48.1])


def test_calb_unit_typo_and_wording(reports):
    [u] = by_lines(reports["calb"], 608)
    assert (u.kind, u.values) == ("unit_typo", ["130WM", "MW"])
    [w] = by_lines(reports["calb"], 133, 719)
    assert (w.kind, w.values) == ("change_wording", [-73.68, -19.28])


def test_calb_time_horizons(reports):
    [f] = [f for f in reports["calb"] if f.kind == "definition_mismatch"]
    assert f.lines == [394, 451, 510]
    assert f.values == ["medium: 1-5 years", "medium: 1-10 years", "long: over 5 years", "long: over 10 years"]
