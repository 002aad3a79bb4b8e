"""The reporting entity from its legal-entity phrase ("X (hereinafter referred to as "Y")") when the report
prints the short name everywhere, the short name kept off the assurer, and the assurance level the report names
outside the region read around the assured-by sentence. Constructed texts; no report uses these wordings."""
from __future__ import annotations

from esglens.profile import build_profile
from esglens.read import load

_BODY = """Report overview.
This is the ninth sustainability report of Eastern Grain Logistics Holdings Corporation (hereinafter referred to as "EGL Corp.", "the Group" or "we").
Reporting period. The report covers 1 January to 31 December 2023.
EGL Corp. runs 41 silos and 6 river terminals.
EGL Corp. moved 18 million tonnes of grain in 2023.
EGL Corp. cut diesel use per tonne moved by 6% in 2023.
To make its indicators reliable, EGL Corp. engaged Marlow Baines Assurance LLP to conduct an independent assurance of the EGL Corp. 2023 Sustainability Report.
EGL Corp. thanks its crews and farmers.

Appendix.
Assurance opinion (continued).
We performed a limited assurance engagement on 12 indicators selected by EGL Corp.
The procedures in a limited assurance engagement vary in nature and timing from, and are less in extent than for, a reasonable assurance engagement.
Marlow Baines Assurance LLP, 20 March 2024.
"""


def _profile(tmp_path, body: str) -> dict:
    path = tmp_path / "report.txt"
    path.write_text(body, encoding="utf-8")
    return build_profile(load(str(path)), [])


def test_the_legal_name_a_short_name_is_defined_by(tmp_path):
    p = _profile(tmp_path, _BODY)
    assert (p["company"]["value"], p["company"]["short_name"]) == ("Eastern Grain Logistics Holdings Corporation", "EGL Corp.")


def test_the_short_name_is_not_the_assurer_and_the_level_is_the_one_named(tmp_path):
    a = _profile(tmp_path, _BODY)["assurance"]
    assert (a["provider"], a["level"]) == ("Marlow Baines Assurance LLP", "limited")


def test_no_level_when_the_report_names_two(tmp_path):
    # one sentence says limited, another reasonable: the report's level is not one, so none is given
    body = _BODY.replace("The procedures in a limited", "Our reasonable assurance covered water use. The procedures in a limited")
    assert _profile(tmp_path, body)["assurance"]["level"] is None


def test_a_period_whose_start_leaves_its_year_to_the_end(tmp_path):
    p = _profile(tmp_path, _BODY.replace("The report covers 1 January to 31 December 2023.",
                                         "The report covers our barges and silos from 1 July to 30 June 2024."))
    assert (p["period"]["start"], p["period"]["end"]) == ("2023-07-01", "2024-06-30")
    assert _profile(tmp_path, _BODY)["period"]["start"] == "2023-01-01"
