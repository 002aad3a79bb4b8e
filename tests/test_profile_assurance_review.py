"""The report says it underwent an engagement of a stated level by someone ("subjected to a limited review by
the independent auditors"): the profile's assurance reads the level, and a provider only when one is named.
Constructed texts; no sample report uses these wordings."""
from __future__ import annotations

from esglens.profile import build_profile
from esglens.read import load


def _assurance(tmp_path, text: str) -> dict:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return build_profile(load(str(path)), [])["assurance"]


def test_a_limited_review_by_the_auditors_is_limited_assurance_with_no_provider_named(tmp_path):
    a = _assurance(tmp_path, """Lindqvist Shipping AB
Responsibility Review 2023

Basis of preparation
This review follows our own reporting criteria and was subjected to a limited review by the statutory auditors,
who also audit the annual accounts.
""")
    assert (a["status"], a["provider"], a["level"]) == ("assured", None, "limited")


def test_reasonable_assurance_the_review_underwent_by_a_named_firm(tmp_path):
    a = _assurance(tmp_path, """Lindqvist Shipping AB
Responsibility Review 2023

The energy and emissions chapter underwent reasonable assurance by Halvorsen & Berg LLP in March 2024.
""")
    assert (a["status"], a["provider"], a["level"]) == ("assured", "Halvorsen & Berg LLP", "reasonable")


def test_a_review_with_no_one_doing_it_is_no_assurance(tmp_path):
    a = _assurance(tmp_path, """Lindqvist Shipping AB
Responsibility Review 2023

Each site's figures are subject to a limited review of their completeness before they are consolidated.
""")
    assert a == {"status": "none"}
