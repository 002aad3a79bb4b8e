"""Targets: a bare value in a target table's column takes its row's label (or is no target when the row
names nothing); a state's pledge in a relative clause is not the company's target. Constructed texts."""
from __future__ import annotations

from esglens.profile import build_profile
from esglens.read import load


def _targets(tmp_path, text: str) -> list[dict]:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return build_profile(load(str(path)), [])["targets"]


HEAD = "Quillon Textiles Corporation\nImpact Review 2024\n\n"


def test_a_bare_value_in_a_target_column_takes_its_rows_label(tmp_path):
    got = _targets(tmp_path, HEAD + ("Plan for 2025-2027\n\nArea\tActivity\t2026 target\n"
                                      "Dyeing\tWater withdrawn per metre of cloth\t4% reduction\n"
                                      "\t\t12%\n"))
    assert [(t["description"], t["target_value"]) for t in got] == [
        ("Water withdrawn per metre of cloth: 4% reduction", 4.0)]


def test_a_states_pledge_in_a_relative_clause_is_not_a_target(tmp_path):
    got = _targets(tmp_path, HEAD + ("Most of our dye comes from India, which has pledged to reach net zero by 2070. "
                                      "We will reach net zero in our own mills by 2040.\n"))
    assert [(t["kind"], t["target_year"]) for t in got] == [("net_zero", 2040)]


def test_an_amount_target_in_its_own_unit_and_a_wants_to_target(tmp_path):
    got = _targets(tmp_path, HEAD + (
        "Goal: by 2027 the mills will have trained 12,000 people in safe chemical handling.\n\n"
        "Quillon wants to cut the water it draws per metre of cloth by 15% by 2028 compared with 2022.\n\n"
        "As said above, 12,000 people will be trained by 2027 across our mills.\n"))
    assert [(t["kind"], t["target_value"], t["target_unit"], t["target_year"], t["baseline_year"]) for t in got] == [
        ("absolute", 12000.0, "people", 2027, None), ("percent", 15.0, "%", 2028, 2022)]


def test_baselines_named_as_a_reference_or_base_year(tmp_path):
    got = _targets(tmp_path, HEAD + (
        "We will cut Scope 1 and 2 emissions by 35% by 2030 relative to the reference year 2021.\n\n"
        "We aim to halve landfilled waste (-50%) by 2029 compared to our 2020 base year.\n\n"
        "By 2031, we aim to reduce freshwater use by at least 10% (reference year 2022).\n"))
    assert [(t["target_value"], t["target_year"], t["baseline_year"]) for t in got] == [
        (35.0, 2030, 2021), (50.0, 2029, 2020), (10.0, 2031, 2022)]


def test_a_net_positive_commitment_is_a_target(tmp_path):
    from esglens.profile import target_summary
    got = _targets(tmp_path, HEAD + ("Ambition 4: becoming nature positive across our cotton sourcing by 2032.\n\n"
                                      "Our mills have been water positive since 2019, when we first measured it.\n"))
    assert [(t["kind"], t["target_year"]) for t in got] == [("net_positive", 2032)]
    assert target_summary(got[0]) == "net positive by 2032"
    twice = _targets(tmp_path, HEAD + ("We are committed to become water positive at every mill by 2030.\n\n"
                                        "Aim 3: achieving net water positivity by 2030.\n"))
    assert [(t["kind"], t["target_year"]) for t in twice] == [("net_positive", 2030)]


def test_a_percentage_that_names_the_change_itself(tmp_path):
    got = _targets(tmp_path, HEAD + "Our plan is a 12% cut in water use per metre of cloth by 2027.\n")
    assert [(t["kind"], t["direction"], t["target_value"]) for t in got] == [("percent", "reduce", 12.0)]
