"""Target readings: a fiscal year after "for", a pointer sentence that names a target without stating it, and a
yearless restatement of a dated net-zero commitment. Constructed texts; no report uses these wordings."""
from __future__ import annotations

from esglens.profile import build_profile
from esglens.profile.targets import parse
from esglens.read import load


def _targets(tmp_path, body: str) -> list[dict]:
    path = tmp_path / "report.txt"
    path.write_text("Fernhill Bakeries plc\nSustainability Report 2024\n\n" + body, encoding="utf-8")
    return build_profile(load(str(path)), [])["targets"]


def test_a_fiscal_year_after_for_is_the_target_year():
    assert parse("For FY2026, the group has set a target to cut landfill waste to 5,000 tonnes.", 2024)["target_year"] == 2026
    assert parse("For fiscal 2027 we have set a target to source 60% of flour from regenerative farms.", 2024)["target_year"] == 2027


def test_a_plain_year_after_for_is_not_a_deadline():
    # "for 2026" without a fiscal-year prefix names a budget or a plan, not when the target falls due
    assert parse("The capital plan for 2026 includes a target of 40% recycled film.", 2024)["target_year"] is None


def test_a_pointer_sentence_is_not_a_target(tmp_path):
    got = _targets(tmp_path, "Ovens and logistics.\n\n"
                   "We aim to cut the water used per tonne of bread by 50% by 2031 compared with 2022.\n\n"
                   "Further details on our target of halving water use by 40% are given in the water chapter; please see page 40.\n")
    assert [(t["target_year"], t["baseline_year"]) for t in got] == [(2031, 2022)]


def test_a_yearless_restatement_of_a_dated_net_zero_is_the_same_commitment(tmp_path):
    got = _targets(tmp_path, "Climate.\n\n"
                   "Several projects support our goal of net zero emissions across our own operations.\n\n"
                   "We have committed to net zero emissions across our own operations by 2035.\n")
    assert [(t["kind"], t["target_year"], t["description"]) for t in got] == [
        ("net_zero", 2035, "We have committed to net zero emissions across our own operations by 2035.")]


def test_imperative_target_lines_without_a_target_word(tmp_path):
    got = _targets(tmp_path, "Hotels.\n\n"
                   "Cut 20% of energy use per guest night by 2028 compared to 2023.\n\n"
                   "Cut 20% of laundry water per guest night by 2028 compared to 2023.\n\n"
                   "Reduce food waste wherever kitchens can.\n\n"
                   "Reduced towel changes by 30% in 2023.\n")
    assert [(t["kind"], t["direction"], t["target_value"], t["target_year"], t["baseline_year"], t["description"][:24])
            for t in got] == [("percent", "reduce", 20.0, 2028, 2023, "Cut 20% of energy use pe"),
                              ("percent", "reduce", 20.0, 2028, 2023, "Cut 20% of laundry water")]


def test_a_count_of_things_to_build_is_the_targets_amount():
    t = parse("Plans to open 450 rural community health clinics by 2029.", 2024)
    assert (t["kind"], t["target_value"], t["target_unit"], t["target_year"]) == ("absolute", 450.0, "clinics", 2029)
    # a year is not a count ("in 2025 new stores" is no amount of stores)
    assert parse("We plan to open 2025 new stores by 2030.", 2024)["target_value"] is None
    t = parse("We will train 1.5 million smallholder coffee farmers by 2030.", 2024)
    assert (t["target_value"], t["target_unit"]) == (1.5e6, "farmers")
