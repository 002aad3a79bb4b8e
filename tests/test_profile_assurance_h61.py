"""Assurance read from a statement whose title is a long line opening with the cue, from a sentence that
says a level of assurance was undertaken by a firm, and from a form's provider/type fields (BRSR-like forms
print them as two questions). Constructed texts; no sample report uses these wordings."""
from __future__ import annotations

from esglens.profile import build_profile
from esglens.read import load


def _assurance(tmp_path, text: str) -> dict:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return build_profile(load(str(path)), [])["assurance"]


def test_a_long_statement_title_opening_with_the_cue_starts_the_statement(tmp_path):
    a = _assurance(tmp_path, """Marrow Foods Plc
Responsibility Report 2024

# Independent Practitioner's Reasonable Assurance Report on Selected Environmental and Social Information in Marrow Foods Plc's Responsibility Report for the year ended 30 June 2024

To the Board of Marrow Foods Plc. We were engaged to provide reasonable assurance on the selected information.
Our work followed ISAE 3000 (Revised). Signed for Oakhurst & Pryce Chartered Accountants LLP, 12 August 2024.
""")
    assert (a["status"], a["provider"], a["level"], a["standard"]) == (
        "assured", "Oakhurst & Pryce Chartered Accountants LLP", "reasonable", "ISAE 3000")


def test_a_level_of_assurance_undertaken_by_a_firm(tmp_path):
    a = _assurance(tmp_path, """Marrow Foods Plc
Responsibility Report 2024

Energy data
Limited assurance has been undertaken by Oakhurst & Pryce LLP on the energy figures in this table.
""")
    assert (a["status"], a["provider"], a["level"]) == ("assured", "Oakhurst & Pryce LLP", "limited")


def test_a_forms_provider_and_type_fields(tmp_path):
    a = _assurance(tmp_path, """Marrow Foods Plc
Responsibility Report 2024

Section A: general disclosures
Name of assurance provider: Oakhurst & Pryce LLP.
Type of assurance obtained: reasonable assurance on the core indicators.
Products and services.
""")
    assert (a["status"], a["provider"], a["level"]) == ("assured", "Oakhurst & Pryce LLP", "reasonable")


def test_an_assurance_provider_policy_sentence_is_no_assurance(tmp_path):
    a = _assurance(tmp_path, """Marrow Foods Plc
Responsibility Report 2024

We intend to appoint an assurance provider for next year's report.
""")
    assert a["status"] == "none"


def test_a_networks_legal_footer_does_not_name_the_assurer(tmp_path):
    """Nor is the level word after "Independent" a company's "Limited"."""
    a = _assurance(tmp_path, """Marrow Foods Plc
Responsibility Report 2024

# Independent Limited Assurance Report

To the Directors of Marrow Foods Plc. Based on our procedures under ISAE 3000, nothing has come to our attention.
Signed for Brannock LLP, Chartered Accountants, 12 August 2024.
Brannock is a member firm of the Brannock network of independent firms affiliated with Brannock Global Limited, a private English company limited by guarantee.
Brannock is a member firm of the Brannock network of independent firms affiliated with Brannock Global Limited, a private English company limited by guarantee.
""")
    assert (a["status"], a["provider"], a["level"]) == ("assured", "Brannock LLP", "limited")


def test_the_reporter_is_not_the_networks_footer_nor_a_limited_assurance_heading(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("""Marrow Foods Plc
Responsibility Report 2024

# Independent Limited Assurance Report

Signed for Brannock LLP. Brannock is a member firm of the Brannock network affiliated with Brannock Global Limited.
Brannock is a member firm of the Brannock network affiliated with Brannock Global Limited.
""", encoding="utf-8")
    assert build_profile(load(str(path)), [])["company"]["value"] == "Marrow Foods Plc"


def test_third_party_assurance_stated_in_japanese_and_in_chinese(tmp_path):
    ja = _assurance(tmp_path, "Hoshizora Denki K.K.\nESG Data Book 2023\n\n"
                    "環境データの一部は、SGSジャパンによる第三者保証を受けています。限定的保証業務として実施されました。\n")
    assert (ja["status"], ja["provider"], ja["level"]) == ("assured", "SGS", "limited")
    zh = _assurance(tmp_path, "Qinghe Pharma Co., Ltd.\n2023 ESG Report\n\n本公司委托Bureau Veritas对本报告进行独立鉴证，并提供有限保证。\n")
    assert (zh["status"], zh["provider"], zh["level"]) == ("assured", "Bureau Veritas", "limited")
