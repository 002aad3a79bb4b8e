"""Content indexes in column layouts the sample reports do not use: the title column first and the code after
it, a merged (printed once) topic cell over several code rows, the location column first for ESRS and
IFRS S2, an HKEX index whose code follows its description. Built as small text reports."""
from __future__ import annotations

from pathlib import Path

from esglens.frameworks import extract_index
from esglens.read import load


def _entries(tmp_path: Path, text: str):
    p = tmp_path / "report.txt"
    p.write_text(text, encoding="utf-8")
    return extract_index(load(str(p)))


def test_title_first_then_the_article_then_the_location_szse(tmp_path):
    text = ("Meridian Optics Co., Ltd.\n\nIndex of the SZSE Self-Regulatory Guideline No. 17\n\n"
            "Content\tArticle\tLocation\n"
            "Double materiality assessment\tArticle 21\tP8-9\n"
            "Pollutant discharge\tArticle 26\tP30\n"
            "Energy use\tArticle 29\tP33\n")
    got = [(e.framework, e.code, e.title, e.where) for e in _entries(tmp_path, text)]
    assert got == [("SZSE-17", "Article 21", "Double materiality assessment", "P8-9"),
                   ("SZSE-17", "Article 26", "Pollutant discharge", "P30"),
                   ("SZSE-17", "Article 29", "Energy use", "P33")]


def test_sasb_topic_cell_printed_once_over_its_metric_rows(tmp_path):
    text = ("Meridian Optics Co., Ltd.\n\nSASB Index\n\n"
            "Topic\tAccounting metric\tCode\tPage\n"
            "Energy management\tTotal energy consumed\tTC-SC-130a.1\t41\n"
            "\tPercentage grid electricity\tTC-SC-130a.2\t41\n"
            "Water management\tTotal water withdrawn\tTC-SC-140a.1\t44-45\n"
            "\tWater management risks\tTC-SC-140a.2\t46\n")
    got = [(e.framework, e.code, e.pages_cited) for e in _entries(tmp_path, text)]
    assert got == [("SASB", "TC-SC-130a.1", [41]), ("SASB", "TC-SC-130a.2", [41]),
                   ("SASB", "TC-SC-140a.1", [44, 45]), ("SASB", "TC-SC-140a.2", [46])]


def test_esrs_and_ifrs_s2_with_the_page_first(tmp_path):
    text = ("Meridian Optics Co., Ltd.\n\nESRS and IFRS S2 reference index\n\n"
            "| Page | Framework | Reference | Disclosure |\n|---|---|---|---|\n"
            "| 18 | ESRS | E1-1 | Transition plan for climate change mitigation |\n"
            "| 22 | ESRS | E1-6 | Gross Scopes 1, 2, 3 and total GHG emissions |\n"
            "| 23 | IFRS S2 | 29(a) | Greenhouse gas emissions |\n")
    got = [(e.framework, e.code, e.title, e.pages_cited) for e in _entries(tmp_path, text)]
    assert got == [("ESRS", "E1-1", "Transition plan for climate change mitigation", [18]),
                   ("ESRS", "E1-6", "Gross Scopes 1, 2, 3 and total GHG emissions", [22]),
                   ("IFRS-S2", "29(a)", "Greenhouse gas emissions", [23])]


def test_hkex_description_before_its_kpi_code(tmp_path):
    text = ("Meridian Optics Co., Ltd.\n\nHKEX ESG Reporting Code Content Index\n\n"
            "Description\tKPI\tPage\n"
            "Types of emissions and respective emissions data\tA1.1\t23\n"
            "Direct and energy indirect GHG emissions\tA1.2\t24\n"
            "Hazardous waste produced\tA1.3\t25\n")
    got = [(e.framework, e.code, e.where) for e in _entries(tmp_path, text)]
    assert got == [("HKEX", "A1.1", "23"), ("HKEX", "A1.2", "24"), ("HKEX", "A1.3", "25")]


def test_a_merged_aspect_cell_over_its_kpi_rows_with_the_page_first(tmp_path):
    text = ("Meridian Optics Co., Ltd.\n\nHKEX ESG Reporting Code Content Index\n\n"
            "Page\tAspect\tKPI\tDescription\n"
            "23\tA1 Emissions\tA1.1\tTypes of emissions\n"
            "24\t\tA1.2\tGHG emissions\n"
            "31\tA2 Use of Resources\tA2.1\tEnergy consumption\n")
    got = [(e.framework, e.code, e.title, e.where) for e in _entries(tmp_path, text)]
    assert got == [("HKEX", "A1.1", "Types of emissions", "23"), ("HKEX", "A1.2", "GHG emissions", "24"),
                   ("HKEX", "A2.1", "Energy consumption", "31")]


def test_tcfd_pillar_cell_printed_once_with_the_page_first(tmp_path):
    text = ("Meridian Optics Co., Ltd.\n\nTCFD Index\n\n"
            "Page\tPillar\tRecommended disclosure\n"
            "12\tGovernance\ta) Board oversight of climate-related risks and opportunities\n"
            "13\t\tb) Management's role in assessing and managing them\n"
            "20\tStrategy\ta) Climate-related risks and opportunities identified\n")
    got = [(e.framework, e.code, e.where) for e in _entries(tmp_path, text)]
    assert got == [("TCFD", "Governance (a)", "12"), ("TCFD", "Governance (b)", "13"), ("TCFD", "Strategy (a)", "20")]


def test_sdg_goals_with_a_contribution_column_and_the_page_last(tmp_path):
    text = ("Meridian Optics Co., Ltd.\n\nSDG Index\n\n"
            "Goal\tOur contribution\tPage\n"
            "SDG 7 Affordable and clean energy\tRooftop solar at every plant\t18\n"
            "SDG 13 Climate action\tScience-based emission targets\t20-21\n")
    got = [(e.framework, e.code, e.pages_cited) for e in _entries(tmp_path, text)]
    assert got == [("SDG", "7", [18]), ("SDG", "13", [20, 21])]


def test_a_reference_table_titled_by_its_framework_opens_an_index(tmp_path):
    text = ("Meridian Optics Co., Ltd.\n\nSASB Reference Table\n\n"
            "Energy Management\n\nTotal energy consumed and the share from the grid\n\nQuantitative\n\nTC-SC-130a.1\n\n"
            "Business Ethics\n\nDescription of policies to prevent corruption\n\nDiscussion and Analysis\n\nTC-SC-510a.1\n")
    got = [(e.framework, e.code) for e in _entries(tmp_path, text)]
    assert got == [("SASB", "TC-SC-130a.1"), ("SASB", "TC-SC-510a.1")]
    prose = "Meridian Optics Co., Ltd.\n\nSee the reference table in our annual report.\n\nTC-SC-130a.1\n"
    assert _entries(tmp_path, prose) == []
