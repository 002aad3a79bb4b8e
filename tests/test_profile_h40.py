"""Profile items from a report's structure in wordings no sample report uses (h40): a form's answer printed
below its label, a title that is the running header, and a target column that names only its year."""
from __future__ import annotations

from esglens.profile import build_profile, target_summary
from esglens.read import load


def _profile(tmp_path, text: str) -> dict:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return build_profile(load(str(path)), [])


FORM = """Quillon Instruments Limited

Section A: General disclosures

8. Period covered by this disclosure

www.quillon.example

1^{st} July 2031 – 30^{th} June 2032

9. Name of the exchange

North Exchange
"""


def test_a_form_answer_two_lines_below_its_label_with_superscript_ordinals(tmp_path):
    p = _profile(tmp_path, FORM)
    assert (p["period"]["start"], p["period"]["end"]) == ("2031-07-01", "2032-06-30")
    assert p["report_year"]["value"] == 2032


def test_a_range_far_below_the_label_is_not_its_answer(tmp_path):
    """Only the few printed lines after a label can be its answer."""
    far = FORM.replace("www.quillon.example\n", "www.quillon.example\n\nTel 555 0101\n\nFax 555 0102\n\nquillon@example\n")
    assert _profile(tmp_path, far)["period"] is None


RUNNING = """Fennick for 2033
Progress data

Contents

Our people 4

FENNICK FOR 2033

Our people

Fennick Holdings plc employed 4,100 people at year end.

FENNICK FOR 2033

Water

Water drawn fell at every site.

FENNICK FOR 2033
"""


def test_a_cover_line_repeated_as_running_header_gives_title_and_year(tmp_path):
    p = _profile(tmp_path, RUNNING)
    assert p["report_title"]["value"] == "Fennick for 2033"
    assert p["report_year"]["value"] == 2033


def test_a_cover_year_printed_once_is_no_title(tmp_path):
    once = RUNNING.replace("FENNICK FOR 2033\n", "")
    p = _profile(tmp_path, once)
    assert p["report_title"] is None and p["report_year"] is None


TARGET_TABLE = """Harrow Freight Report 2032

Indicators and ambitions

Indicator\t2030\t2031\t2032\tGoal
Electric share of the fleet (%)\t12\t15\t18\tFleet net zero 2045
Wind capacity on depots (MW)\t40\t55\t61\t900 MW 2038
Depot water use (m3)\t800\t760\t700\tReviewed 2031
"""


def test_a_target_column_cell_with_only_its_year(tmp_path):
    p = _profile(tmp_path, TARGET_TABLE)
    got = sorted((t["target_year"], t["description"]) for t in p["targets"])
    assert got == [(2038, "900 MW 2038"), (2045, "Fleet net zero 2045")]
    assert "net zero by 2045" in [target_summary(t) for t in p["targets"]]


INDEXES = """Corven Shipping Ltd Annual Review 2031

About this review

Corven Shipping Ltd publishes this review each spring. Figures cover the whole fleet.

Cross-reference table: TCFD recommendations

Governance\tBoard oversight\tp. 12

Sustainability Accounting Standards Board (SASB) Marine Transportation - Mapping table

EM-MT-110a.1\tGross global Scope 1 emissions\tp. 30

Our ship crews were asked about the SASB survey index and the GRI newsletter in a long staff survey last year.
"""


def test_a_framework_index_title_declares_the_framework(tmp_path):
    fws = {f["name"]: f["relation"] for f in _profile(tmp_path, INDEXES)["frameworks"]}
    assert fws.get("TCFD") == "index" and fws.get("SASB Standards") == "index"
    assert "GRI Standards" not in fws   # named only in a long sentence that follows nothing


def test_an_index_title_does_not_displace_a_stated_relation(tmp_path):
    text = INDEXES + "\nThis report has been prepared in accordance with the GRI Standards.\n\nGRI content index\n"
    fws = {f["name"]: f["relation"] for f in _profile(tmp_path, text)["frameworks"]}
    assert fws["GRI Standards"] == "in accordance with"


def test_a_bare_year_belongs_to_its_own_item_in_the_cell(tmp_path):
    text = TARGET_TABLE + ("\nArea\tGoal\nWaste\tWe keep every landfill permit 100% compliant. "
                           "Reach 40% reuse of pallets 2036\n")
    by_desc = {t["description"]: t["target_year"] for t in _profile(tmp_path, text)["targets"]}
    assert by_desc["We keep every landfill permit 100% compliant."] is None
    assert by_desc.get("Reach 40% reuse of pallets 2036") == 2036


MATERIAL_AND_INDEX = """Corven Shipping Ltd Annual Review 2031

Our material topics

Fleet safety
Emissions from vessels
Crew welfare
Port community relations

Fleet safety comes first in every decision we take at sea and ashore, and in every port call we make.
""" + "\nFleet notes continue here on every page of the review.\n" * 80 + """
SASB MARINE TRANSPORTATION - REFERENCE TABLE

Material issues for the industry
Greenhouse gas emissions
Air quality
Ecological impacts
Employee health and safety
Business ethics
Accident and safety management

GRI 3-2 List of material topics
Anti-corruption
Tax
Energy
Water and effluents
Biodiversity
Emissions
"""


def test_a_list_under_a_framework_index_is_not_the_material_topics(tmp_path):
    names = [t["name"] for t in _profile(tmp_path, MATERIAL_AND_INDEX)["material_topics"]]
    assert names == ["Fleet safety", "Emissions from vessels", "Crew welfare", "Port community relations"]


def test_only_an_index_list_gives_no_topics(tmp_path):
    index_only = MATERIAL_AND_INDEX[MATERIAL_AND_INDEX.index("SASB MARINE"):]
    assert _profile(tmp_path, "Corven Shipping Ltd\n\n" + index_only)["material_topics"] == []


RESTATED = """Tollan Foods plc Report 2030

Our plan aims at net zero emissions by 2045 across the group.

Every division will contribute to reaching net zero by 2045 through its own roadmap.

Tollan Foods intends to be net zero by 2045, as set out in our transition plan.

Our farms aim to reach net zero by 2040.
"""


def test_a_restated_net_zero_commitment_is_one_target(tmp_path):
    got = sorted(target_summary(t) for t in _profile(tmp_path, RESTATED)["targets"])
    assert got == ["net zero by 2040", "net zero by 2045"]


def test_a_net_zero_sub_target_with_its_own_object_stays_apart(tmp_path):
    text = RESTATED + "\nOur fleet aims to reach net zero haulage by 2045 on every route.\n"
    descs = [t["description"] for t in _profile(tmp_path, text)["targets"] if t.get("target_year") == 2045]
    assert len(descs) == 2 and any("haulage" in d for d in descs)


def test_a_percent_dated_in_a_past_year_beside_a_target_word_is_a_result(tmp_path):
    text = ("Tollan Foods plc Report 2030\n\nWomen held more of the board seats, in line with the target of "
            "raising their share (31% in 2029).\n\nOur goal is to reach 45% women in senior roles.\n")
    got = [t["description"] for t in _profile(tmp_path, text)["targets"]]
    assert got == ["Our goal is to reach 45% women in senior roles."]
