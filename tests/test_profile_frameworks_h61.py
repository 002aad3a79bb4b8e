"""Frameworks a report implies without a 'prepared in accordance with' sentence: contributing to the SDGs,
answering the CDP questionnaire, a KPI table's SDG-target column; and a framework named only as a figure's
calculation method is not declared. Also: a heading after a bulleted topic list is no part of its last item.
Constructed texts in wordings no sample report uses."""
from __future__ import annotations

from esglens.profile import build_profile
from esglens.read import load


def _profile(tmp_path, text: str) -> dict:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return build_profile(load(str(path)), [])


def _frameworks(tmp_path, text: str) -> dict:
    return {f["name"]: f["relation"] for f in _profile(tmp_path, text)["frameworks"]}


HEAD = "Tessaline Minerals S.A.\nImpact Review 2024\n\n"


def test_contributing_to_the_sdgs_and_answering_cdp(tmp_path):
    fws = _frameworks(tmp_path, HEAD + (
        "Tessaline seeks to contribute, through its mines and its suppliers, to the attainment of the Sustainable "
        "Development Goals.\n\nOur water figures match those in our 2024 CDP Water Security questionnaire.\n"))
    assert fws.get("UN SDGs") == "refers to" and fws.get("CDP") == "refers to"


def test_a_framework_named_only_as_a_figures_method_is_not_declared(tmp_path):
    fws = _frameworks(tmp_path, HEAD + (
        "Recycled tonnes are determined in line with the disposal categories of GRI 306.\n\n"
        "Scope 2 is calculated in accordance with the market-based method of the GHG Protocol.\n"))
    assert "GRI Standards" not in fws and "GHG Protocol" in fws


def test_a_report_prepared_with_reference_to_gri_still_declares_it(tmp_path):
    fws = _frameworks(tmp_path, HEAD + "This report has been prepared with reference to the GRI Standards.\n")
    assert fws.get("GRI Standards") == "with reference to"


def test_an_sdg_target_column_in_a_kpi_table_maps_the_report_to_the_sdgs(tmp_path):
    fws = _frameworks(tmp_path, HEAD + (
        "Safety performance\n\nIndicator\t2023\t2024\tSDGs target\nLost-time injuries\t14\t9\t8.8\n"
        "Contractor fatalities\t1\t0\t8.8\n"))
    assert fws.get("UN SDGs") == "index"


def test_a_heading_after_a_bulleted_topic_list_is_no_part_of_its_last_item(tmp_path):
    topics = _profile(tmp_path, HEAD + (
        "Our material issues\n\n• Tailings safety\n• Water stewardship\n• Indigenous partnerships\n\n"
        "# How we chose them\n\nWe interviewed 40 stakeholders.\n"))["material_topics"]
    assert [t["name"] for t in topics] == ["Tailings safety", "Water stewardship", "Indigenous partnerships"]


def test_frameworks_in_japanese_and_chinese_wording(tmp_path):
    ja = _frameworks(tmp_path, "Hoshizora Denki K.K.\nESG Data Book 2023\n\n"
                     "当社はTCFD提言に賛同しています。\n\nGRIスタンダード対照表 88\n\nSASBスタンダードを参考にしました。\n")
    assert ja == {"TCFD": "refers to", "SASB Standards": "with reference to", "GRI Standards": "index"}
    zh = _frameworks(tmp_path, "Qinghe Pharma Co., Ltd.\n2023 ESG Report\n\n本报告依据GRI标准编制。\n\n联合国全球契约对照表\n")
    assert zh == {"GRI Standards": "refers to", "UN Global Compact": "index"}


def test_an_integrated_report_conforming_to_the_ir_framework(tmp_path):
    fws = _frameworks(tmp_path, HEAD + ("This integrated review conforms to the International <IR> Framework of the "
                                        "International Integrated Reporting Council.\n"))
    assert fws == {"IIRC <IR> Framework": "refers to"}
