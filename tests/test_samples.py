"""Exact facts from the three sample reports, one per quirk, and the scores against the answer keys."""
from __future__ import annotations

import importlib.util
import json

import pytest

from conftest import GOLD, SHARED


def at(facts, line, year=None, source="table"):
    return [f for f in facts if f.line == line and (year is None or f.year == year) and f.source == source]


def one(facts, line, year=None, source="table"):
    got = at(facts, line, year, source)
    assert len(got) == 1, got
    return got[0]


def test_calb_key_table_two_values_under_three_years(analyzed):
    facts = analyzed("calb")
    # OHS block: two value columns under a 2022-2024 header hold the latest two years
    assert [(f.year, f.value) for f in at(facts, 1935)] == [(2023, 9.0), (2024, 35.0)]
    # "/" in the unit column, then two values
    f = one(facts, 1936, 2024)
    assert (f.value, f.unit) == (0.69, "/")
    # unit with a scale in the unit column is not a value
    assert [f.value for f in at(facts, 1937)] == [10084.04, 10494.23]
    assert one(facts, 1937, 2024).unit == "RMB10,000"


def test_calb_footnote_markers_and_hierarchy(analyzed):
    f = one(analyzed("calb"), 1828, 2022)
    assert f.value == 450935.34
    assert f.unit == "Carbon dioxide equivalent (t)"
    assert f.label == "Greenhouse gas emissions > Scope 2 greenhouse gas emissions"
    assert f.footnotes == ["iv"]
    n = one(analyzed("calb"), 1829, 2022)
    assert n.value is None and n.raw == "/"


def test_calb_narrative_glued_currency(analyzed):
    got = {(f.value, f.unit) for f in at(analyzed("calb"), 144, source="narrative")}
    assert {(1417.61, "RMB million"), (42.91, "%"), (5.11, "%")} <= got


def test_jlmag_descending_years_row_numbers_and_sub_rows(analyzed):
    facts = analyzed("jlmag")
    assert [(f.year, f.value) for f in at(facts, 2754)] == [(2024, 175552.38), (2023, 83512.0), (2022, 109146.0)]
    f = one(facts, 2759, 2024)
    assert f.label == "Total Greenhouse Gas Emissions by Business Unit/ Facility > JL Baotou Factory"
    assert f.unit == "tCO ₂ e"
    assert [(f.year, f.value) for f in at(facts, 2805)] == [(2024, 12471.0), (2023, 17752.38)]
    assert one(facts, 2793, 2022).value is None  # printed "-"


def test_kstar_single_year_and_group_rows(analyzed):
    facts = analyzed("kstar")
    f = one(facts, 1830)
    assert (f.label, f.value, f.year) == ("By Gender > Male", 2839.0, 2024)
    f = one(facts, 1457)
    assert f.label == "Scope 1: Direct greenhouse gas > Emission intensity"
    assert f.unit == "tCO ₂ e/ RMB ten thousand revenue" and f.value == 0.016


def test_kstar_prose_table_keeps_measured_values_not_requirements(analyzed):
    facts = analyzed("kstar")
    assert sorted(f.value for f in at(facts, 1567)) == [97.1, 99.32]
    assert sorted(f.value for f in at(facts, 1571)) == [98.52, 98.53, 98.56]
    assert sorted(f.value for f in at(facts, 547)) == [2.0, 3.0, 7.0, 28.0, 43.0]


def test_kstar_figures_standing_alone(analyzed):
    facts = analyzed("kstar")
    assert [f.value for f in facts if f.line in (25, 34, 783)] == []  # chapter and SDG numbers


def _score(name, facts):
    path = SHARED / "eval" / "score.py"
    spec = importlib.util.spec_from_file_location("score", path)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    gold = json.load(open(GOLD / f"{name}-2024-esg-report.json", encoding="utf-8"))
    pred = [f.to_dict() for f in facts]
    return score.score_facts(gold, pred)


@pytest.mark.parametrize("name", ["kstar", "calb", "jlmag"])
def test_scores_against_answer_keys(analyzed, name):
    s = _score(name, analyzed(name))
    assert s["table_recall"] >= 0.99
    assert s["table_precision"] >= 0.995
    assert s["narrative_recall"] >= 0.70


@pytest.mark.parametrize("variant", ["pipe", "gb18030", "utf-16"])
def test_same_facts_from_other_converters_and_encodings(tmp_path, variant):
    """The CALB report as a markdown pipe-table file, or saved as GB18030 / UTF-16, gives the same facts."""
    from esglens.facts import extract_facts
    from esglens.read import load

    from conftest import sample

    src = sample("calb").read_text(encoding="utf-8").split("\n")
    if variant == "pipe":
        data = "\n".join("| " + " | ".join(c.strip() for c in l.split("\t")) + " |" if "\t" in l else l
                         for l in src).encode("utf-8")
    else:
        data = "\n".join(src).encode(variant)
    p = tmp_path / "calb.txt"
    p.write_bytes(data)
    s = _score("calb", extract_facts(load(str(p))))
    assert s["table_recall"] == 1.0 and s["table_precision"] == 1.0
