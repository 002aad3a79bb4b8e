"""Profile items from the report's structure, on constructed texts in wordings the sample reports do not use."""
from __future__ import annotations

from esglens.profile import build_profile
from esglens.read import load


def _profile(tmp_path, text: str) -> dict:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return build_profile(load(str(path)), [])


_MATRIX = """Northwind Holdings Limited
Sustainability Report 2023

Our Material Matters.
We asked investors, staff and suppliers to rate each matter; we grouped the matters into three bands: act now; watch closely; keep informed.
4 9 1
2 7
Impact on the business.
Impact on society.
Highly material.
Water stewardship.
Tailings and mine closure.
Community and.
Indigenous relations.
Material.
Road safety.
Act now.
Keep informed.
Local procurement 12 13.
Northwind Sustainability Report 2023 page 41 / 88.
Our people make the difference every day, and we thank them.
"""


def test_topics_from_a_flattened_matrix(tmp_path):
    topics = _profile(tmp_path, _MATRIX)["material_topics"]
    assert [(t["name"], t["tier"]) for t in topics] == [
        ("Water stewardship", 1), ("Tailings and mine closure", 1), ("Community and Indigenous relations", 1),
        ("Road safety", 2), ("Local procurement", 2)]


_MARKED = """Acme Foods plc
Annual Sustainability Review 2022

Material issues
Each year we review which issues matter most to us and to the people we work with.
▪ Packaging waste (p. 14)
▪ Animal welfare (p. 20)
▪ Farm labour and
fair wages (p. 22)
▪ Food safety (p. 9)
Stakeholders we consulted
▪ Shoppers
▪ Farmers
▪ Regulators
▪ Lenders
▪ Charities
"""


def test_topics_from_a_marked_list_not_the_stakeholder_list(tmp_path):
    topics = _profile(tmp_path, _MARKED)["material_topics"]
    assert [t["name"] for t in topics] == ["Packaging waste", "Animal welfare", "Farm labour and fair wages",
                                           "Food safety"]


_ENTITY = """About this report
In this report, "Kestrel", "we" and "our" refer to "Kestrel Mining Holdings.
Limited."
Kestrel works with Bluegum Energy Corporation on one wind farm.
Kestrel operates four mines. Kestrel employs 2,100 people.

# Independent Limited Assurance Report to the Directors
We have been engaged by Kestrel Mining Holdings Limited to perform a limited assurance engagement under ISAE 3000.
Ernst & Young performed the procedures described below.
Based on the procedures performed, nothing has come to the attention of Ernst & Young.
Ernst & Young
Perth, 3 March 2024
"""


def test_company_from_the_legal_entity_phrase_and_the_assurer(tmp_path):
    p = _profile(tmp_path, _ENTITY)
    assert p["company"]["value"] == "Kestrel Mining Holdings Limited"
    assert p["assurance"]["provider"] == "Ernst & Young"
    assert p["assurance"]["level"] == "limited"


def test_climate_risks_listed_as_lines_under_a_climate_discussion(tmp_path):
    p = _profile(tmp_path, """Harbourline Ports plc
Annual Sustainability Review 2023

How a warming climate affects our terminals
We screened every terminal against two warming pathways and list the risks that matter most below.
Kinds of risk.
Acute risk: storm surge closing berths.
Chronic risk - slow sea-level rise at low quays.
Regulatory risk - a port carbon levy.
Market risk: shippers moving to greener hubs.

Our people
Key risk: losing crane drivers to other ports.
""")
    got = [(r["type"], r["category"], r["description"]) for r in p["climate_risks"]]
    assert got == [("physical", "acute", "storm surge closing berths"),
                   ("physical", "chronic", "slow sea-level rise at low quays"),
                   ("transition", "policy_legal", "a port carbon levy"),
                   ("transition", "market", "shippers moving to greener hubs")]


def test_assurance_named_in_a_sentence_when_no_statement_is_printed(tmp_path):
    p = _profile(tmp_path, """Harbourline Ports plc
Annual Sustainability Review 2023

About this review
To make our figures reliable, the Group engaged Bureau Veritas UK Limited to provide limited assurance over
twelve indicators of this review.
""")
    a = p["assurance"]
    assert (a["status"], a["provider"], a["level"]) == ("assured", "Bureau Veritas UK Limited", "limited")
    p = _profile(tmp_path, "Harbourline Ports plc\n\nOur carbon data was checked in a third-party verification.\n")
    assert p["assurance"] == {"status": "none"}


_FORM = """Quarry Lane Minerals Limited
Business Responsibility and Sustainability Report

Overview of material issues
Our materiality work this year is summarised below.
Item no. Material issue identified
Indicate whether risk
Rationale for identifying the risk/opportunity
In case of risk, approach to adapt or mitigate
Details of the financial implications

Assurance
Yes, an independent assurance has been carried out by Fenwick Audit Partners LLP on the energy indicators.
"""


def test_a_forms_column_headers_are_no_topics_and_the_form_is_the_framework(tmp_path):
    p = _profile(tmp_path, _FORM)
    assert p["material_topics"] == []          # instructions to the preparer, not topics: abstain
    assert p["frameworks"][0]["name"] == "SEBI BRSR" and p["frameworks"][0]["relation"] == "report form"
    assert p["assurance"]["status"] == "assured"
    assert p["assurance"]["provider"] == "Fenwick Audit Partners LLP" and p["assurance"]["level"] is None


def test_one_caption_repeated_is_no_topic_list(tmp_path):
    text = ("Gale Ports plc\n\nMateriality review\n\nEqual to\nMore than\nCategory\nEqual to\nMore than\nCategory\n"
            "We pay above the floor.\n")
    assert _profile(tmp_path, text)["material_topics"] == []


def test_targets_with_fiscal_year_deadlines(tmp_path):
    text = ("Nakamura Rail Corporation\nIntegrated Report 2031\n\nResults for the fiscal year ended March 31, 2031.\n\n"
            "Our Goals\n\nWe aim to lower CO2 from our depots by 45% by the end of FY2035 against the FY2028 level.\n"
            "The bus unit plans to lift sales from 90 billion yen in FY2031 to 99 billion yen by fiscal 2034, a 3.2% CAGR.\n"
            "We will pursue carbon neutrality under the new plan, which starts in FY2032.\n")
    ts = {t["target_value"]: (t["target_year"], t["baseline_year"]) for t in _profile(tmp_path, text)["targets"]}
    assert ts[45.0] == (2035, 2028)
    assert ts[3.2] == (2034, None)            # the deadline, not the year the growth starts from
    assert 0.0 not in ts or ts[0.0][0] is None   # the year a plan starts is no target year


def test_climate_risks_in_groups_under_a_label_naming_their_kind(tmp_path):
    text = ("Saltmarsh Ferries plc\n\nClimate scenario work\n\nWe looked at how a warmer climate may touch the fleet.\n\n"
            "Physical climate-related risks:\nRising sea levels\nLonger droughts on the river\n"
            "Transition drivers - Carbon levies on marine fuel\nShifts in shipper demand\n\n"
            "We will report on each of them next year, as the work is still going on.\n\n"
            "Market risks: Freight rates\nFuel costs\n")
    risks = [(r["type"], r["description"]) for r in _profile(tmp_path, text)["climate_risks"]]
    assert risks == [("physical", "Rising sea levels"), ("physical", "Longer droughts on the river"),
                     ("transition", "Carbon levies on marine fuel"), ("transition", "Shifts in shipper demand")]


def test_a_marked_topic_naming_stakeholders_wrapped_over_a_joining_word(tmp_path):
    text = ("Fenland Seeds SE\n\nMateriality matrix\n\n// Soil Health\n// Water Use\n// Stakeholder\nand\nCommunity Dialogue\n"
            "// Fair Pay\nWe review the matrix every two years.\n")
    names = [t["name"] for t in _profile(tmp_path, text)["material_topics"]]
    assert names == ["Soil Health", "Water Use", "Stakeholder and Community Dialogue", "Fair Pay"]


def test_assurance_standard_named_with_its_abbreviation_in_brackets(tmp_path):
    text = ("Moorgate Brewing plc\n\nIndependent Assurance Report\n\nWe were engaged by Moorgate Brewing plc. "
            "We performed a limited assurance engagement under the International Standard on Assurance Engagements "
            "(ISAE) 3000 (Revised). Signed, Halden & Rowe LLP, Leeds.\n")
    a = _profile(tmp_path, text)["assurance"]
    assert (a["standard"], a["level"], a["provider"]) == ("ISAE 3000", "limited", "Halden & Rowe LLP")


def test_company_name_after_a_capitals_disclaimer_and_not_the_auditor(tmp_path):
    text = ("Sustainability Data Book 2031\n\nTHE USE BY Harrow Cables Co., Ltd. OF ANY INDEX DATA IS AT ITS OWN RISK.\n\n"
            "Harrow Cables Co., Ltd. makes subsea cable.\n\nIndependent assurance\n\n"
            "Greaves Mistry Chartered Accountants LLP assured the data. Greaves Mistry Chartered Accountants LLP, Pune. "
            "Greaves Mistry Chartered Accountants LLP, partner.\n")
    p = _profile(tmp_path, text)
    assert p["company"]["value"] == "Harrow Cables Co., Ltd."
    assert p["assurance"]["provider"] == "Greaves Mistry Chartered Accountants LLP"


def test_company_with_a_comma_before_its_legal_form_and_an_italian_form(tmp_path):
    text = ("Data Book 2031\n\nOsaka Valve Works, Ltd. and its subsidiaries make valves. "
            "Osaka Valve Works, Ltd. reports yearly.\n")
    assert _profile(tmp_path, text)["company"]["value"] == "Osaka Valve Works, Ltd."
    text = "Performance 2031\n\nThis data is published by Vela Energia SpA. Vela Energia SpA owns the grid.\n"
    assert _profile(tmp_path, text)["company"]["value"] == "Vela Energia SpA"


def test_a_risk_or_opportunity_columns_words_are_no_topics(tmp_path):
    text = ("Coastline Paper Limited\n\nMaterial issues\n\nMaterial issue identified\nForest stewardship\nRisk\n"
            "Mill water use\nOpportunity / Risk\nWorker safety\nPositive / Negative\n\nWe review the list every year.\n")
    names = [t["name"] for t in _profile(tmp_path, text)["material_topics"]]
    assert names == ["Forest stewardship", "Mill water use", "Worker safety"]


def test_assurance_statement_headed_as_an_independent_practitioners_report(tmp_path):
    text = ("Lindqvist Timber AB plc\n\n## Independent Practitioner's Report on Sustainability Information\n\n"
            "We performed our work under ISAE 3000 (Revised) and obtained limited assurance.\n\n"
            "## Basis for our work\n\nWe interviewed staff at four mills. Signed, Orre Revision AB plc.\n")
    a = _profile(tmp_path, text)["assurance"]
    assert (a["status"], a["standard"], a["level"]) == ("assured", "ISAE 3000", "limited")
    assert a["statement_line"] == 3


def test_a_states_goal_quoted_is_no_target_of_the_company(tmp_path):
    text = ("Brightwater Foods plc\nAnnual Review 2031\n\nOur goals\n\n"
            "Canada has pledged to reach net zero by 2050 and will tighten rules on fuels.\n"
            "For example, the European Union's packaging law, the goal of which is to cut waste by 15% by 2040, applies to us.\n"
            "We aim to cut our own emissions by 40% by 2036 against 2030.\n")
    ts = [(t["target_year"], t["target_value"]) for t in _profile(tmp_path, text)["targets"]]
    assert ts == [(2036, 40.0)]
