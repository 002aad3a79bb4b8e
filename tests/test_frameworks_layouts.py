"""Content indexes laid out the ways reports print them, built as small text reports."""
from __future__ import annotations

from pathlib import Path

import pytest

from esglens.frameworks import coverage, coverage_summary, declared_frameworks, extract_index
from esglens.frameworks.index import pages_in, status_of
from esglens.model import Document, Fact, Heading, Paragraph, RawRow, TableBlock
from esglens.read import load


def _doc(tmp_path: Path, text: str):
    p = tmp_path / "report.txt"
    p.write_text(text, encoding="utf-8")
    return load(str(p))


def _rows(entries):
    return [(e.line, e.framework, e.code, e.where, e.status) for e in entries]


HKEX = """About the Report

This report is prepared in accordance with the Environmental, Social and Governance Reporting Guide in Appendix C2 of the Main Board Listing Rules.

Climate Action

We cut emissions.

HKEX ESG Reporting Guide Content Index

Aspects\tDescription\tSection/Page
A1: Emissions\t\t
General Disclosure\tPolicies and compliance\tClimate Action
KPI A1.1\tTypes of emissions\tP23
KPI A1.2\tScope 1 and 2\tClimate Action, P24-25
     12
Aspects\tDescription\tSection/Page
KPI A1.3\tHazardous waste\tNot applicable: we produce none
A2 Use of Resources
General Disclosure\tPolicies\tP30
"""


def test_hkex_index_with_aspects_pages_and_a_page_break(tmp_path):
    doc = _doc(tmp_path, HKEX)
    got = _rows(extract_index(doc))
    assert got == [
        (13, "HKEX", "A1", "Climate Action", "reported"),
        (14, "HKEX", "A1.1", "P23", "reported"),
        (15, "HKEX", "A1.2", "Climate Action, P24-25", "reported"),
        (18, "HKEX", "A1.3", "Not applicable: we produce none", "not_applicable"),
        (20, "HKEX", "A2", "P30", "reported"),
    ]
    entries = extract_index(doc)
    assert entries[1].pages_cited == [23] and entries[1].title == "Types of emissions"
    assert entries[2].pages_cited == [24, 25]    # a section name beside "P24-25": the marker says they are pages
    assert pages_in("P24-25") == [24, 25]


def test_hkex_coverage_statuses(tmp_path):
    doc = _doc(tmp_path, HKEX)
    idx = extract_index(doc)
    facts = [Fact(value=12.5, raw="12.5", unit="t", year=2024, label="Scope 1", source="table", line=3,
                  metric="ghg.scope1")]
    rows = {r["code"]: r for r in coverage(doc, facts, idx) if r["framework"] == "HKEX"}
    assert rows["A1.2"]["status"] == "reported_with_evidence" and rows["A1.2"]["evidence"] == "facts: ghg.scope1 ×1"
    assert rows["A1.1"]["status"] == "claimed_no_evidence"        # quantitative, no air-emission facts
    assert rows["A1.3"]["status"] == "omitted"
    assert rows["A1"]["status"] == "reported_with_evidence" and "Climate Action" in rows["A1"]["evidence"]
    assert rows["B1.1"]["status"] == "missing" and rows["B1.1"]["index_line"] is None
    assert rows["A1.2"]["requirement"] == "comply_or_explain" and rows["A1.2"]["kind"] == "quantitative"
    # A2 cites only a page, and no heading speaks of resources: the claim stands unbacked
    assert rows["A2"]["status"] == "claimed_no_evidence" and rows["A2"]["evidence"] == "cited 'P30' not found"
    summary = {s["framework"]: s for s in coverage_summary(list(rows.values()))}["HKEX"]
    assert (summary["items"], summary["reported_with_evidence"], summary["claimed_no_evidence"], summary["omitted"],
            summary["missing"]) == (51, 7, 2, 1, 41)
    assert summary["score"] == 15.7 and summary["index_backed"] == 50.0


GRI_TWO_COLUMNS = """GRI Content Index

GRI Standards\tDisclosure\tSection\tGRI Standards\tDisclosure\tSection
GRI 2: General Disclosures 2021\t2-1 Organizational details\tAbout Us\t\t2-15 Conflicts of interest\tGovernance
2-2 Entities included\tAbout the Report\t\t2-16 Critical concerns\tGovernance
GRI 305: Emissions 2016\t305-1 Direct GHG emissions\t23-24
305-2 Energy indirect GHG emissions\tOmitted: data unavailable
"""


def test_gri_two_column_layout_and_page_ranges(tmp_path):
    got = _rows(extract_index(_doc(tmp_path, GRI_TWO_COLUMNS)))
    assert got == [
        (4, "GRI", "2-1", "About Us", "reported"),
        (4, "GRI", "2-15", "Governance", "reported"),
        (5, "GRI", "2-2", "About the Report", "reported"),
        (5, "GRI", "2-16", "Governance", "reported"),
        (6, "GRI", "305-1", "23-24", "reported"),     # a page range in the last cell is no GRI code
        (7, "GRI", "305-2", "Omitted: data unavailable", "omitted"),
    ]


GRI_TOPICS = """GRI Standard Content Index

Numbering\tContent\tDisclose Location
101\tReporting basics\tAbout this Report
Environment\t\t
305\tEmissions\tClimate Action
410\tSecurity practice\tNot Applicable
"""


def test_gri_topic_level_rows_claim_the_topic(tmp_path):
    doc = _doc(tmp_path, GRI_TOPICS)
    idx = extract_index(doc)
    assert _rows(idx) == [(4, "GRI", "101", "About this Report", "reported"),
                          (6, "GRI", "305", "Climate Action", "reported"),
                          (7, "GRI", "410", "Not Applicable", "not_applicable")]
    rows = {r["code"]: r for r in coverage(doc, [], idx) if r["framework"] == "GRI"}
    assert rows["305-3"]["status"] == "claimed_no_evidence" and "(claimed as GRI 305)" in rows["305-3"]["evidence"]
    assert rows["410-1"]["status"] == "omitted"
    assert rows["2-1"]["status"] == "missing"


SZSE_ARTICLES = """Content Index of Self-Regulatory Guidelines No. 17 for Companies Listed on Shenzhen Stock Exchange

Dimension\tTopic\tArticle\tDisclose Location
Environment\tSection 1 Climate Response\t\t
\tClimate change tackling\tArticle 21\tAddressing Climate Change
\t\tArticle 22\tAddressing Climate Change
\tEthics of science and technology\tArticle 43\tNot Applicable
"""


def test_szse_articles_carry_their_topic(tmp_path):
    idx = extract_index(_doc(tmp_path, SZSE_ARTICLES))
    assert _rows(idx) == [(5, "SZSE-17", "Article 21", "Addressing Climate Change", "reported"),
                          (6, "SZSE-17", "Article 22", "Addressing Climate Change", "reported"),
                          (7, "SZSE-17", "Article 43", "Not Applicable", "not_applicable")]
    assert [e.title for e in idx] == ["Climate change tackling", "Climate change tackling",
                                      "Ethics of science and technology"]


SZSE_TOPICS = """Appendix: Index Table

Disclosure Requirements\t\tCorresponding chapters of this report
Environment\tAddressing Climate Change\tClimate
\tPollutant Emissions\tEnvironmental Compliance
\tWaste Disposal\tEnvironmental Compliance
\tEnergy Utilization\tResource Management

Disclosure Requirements\t\tCorresponding chapters of this report
Society\tEmployment\tOur People
\tSelf-disclosure Issue\t/
"""


def test_topic_only_index_continued_after_a_repeated_header(tmp_path):
    got = _rows(extract_index(_doc(tmp_path, SZSE_TOPICS)))
    assert got == [
        (4, "SZSE-17", "Addressing Climate Change", "Climate", "reported"),
        (5, "SZSE-17", "Pollutant Emissions", "Environmental Compliance", "reported"),
        (6, "SZSE-17", "Waste Disposal", "Environmental Compliance", "reported"),
        (7, "SZSE-17", "Energy Utilization", "Resource Management", "reported"),
        (10, "SZSE-17", "Employment", "Our People", "reported"),
        (11, "SZSE-17", "Self-disclosure Issue", "/", "omitted"),
    ]


def test_a_table_of_unrelated_topics_is_no_index(tmp_path):
    text = SZSE_TOPICS.replace("Addressing Climate Change", "Brand").replace("Pollutant Emissions", "Sales") \
        .replace("Waste Disposal", "Marketing").replace("Energy Utilization", "Logistics")
    assert extract_index(_doc(tmp_path, text)) == []


def test_code_rows_without_a_title_need_to_stand_together(tmp_path):
    lone = "Our plan\n\nKPI A1.2\tSee the climate chapter\n\nMore text follows here.\n"
    assert extract_index(_doc(tmp_path, lone)) == []
    many = "Table 9\n\n" + "".join(f"305-{i}\tEmissions {i}\tPage {20 + i}\n" for i in range(1, 6))
    assert [e.code for e in extract_index(_doc(tmp_path, many))] == [f"305-{i}" for i in range(1, 6)]


def test_location_wrapped_onto_the_next_row(tmp_path):
    text = ("ESG Reporting Guide Content Index\n\nKPI\tDescription\tSection\n"
            "KPI A1.1\tTypes of emissions\tClimate Action,\n\t\tKey Performance Table\n"
            "KPI A1.2\tGHG emissions\tClimate Action\n")
    got = [(e.line, e.code, e.where) for e in extract_index(_doc(tmp_path, text))]
    assert got == [(4, "A1.1", "Climate Action, Key Performance Table"), (6, "A1.2", "Climate Action")]


def test_ranges_and_other_indexes_are_no_content_index(tmp_path):
    text = ("Customer Satisfaction Index\n\nTenure\tEmployees\tShare\n1-3 years\t120\t30%\n"
            "2-5 years\t80\t20%\n3-1 shifts\t4\t1%\n2-4 months\t10\t2%\n2-2 years\t3\t1%\n")
    assert extract_index(_doc(tmp_path, text)) == []


def test_cross_reference_column_shares_the_location(tmp_path):
    text = ("Environmental, Social and Governance Reporting Guide Index\n\nKPI\tDescription\tGRI\tPage\n"
            "KPI A1.2\tGHG emissions\tGRI 305-1\tP23\nKPI A1.3\tHazardous waste\tGRI 306-3\tP25\n")
    got = [(e.line, e.framework, e.code, e.where) for e in extract_index(_doc(tmp_path, text))]
    assert got == [(4, "HKEX", "A1.2", "P23"), (4, "GRI", "305-1", "P23"),
                   (5, "HKEX", "A1.3", "P25"), (5, "GRI", "306-3", "P25")]


def test_aspect_code_beside_general_disclosure(tmp_path):
    text = ("HKEX ESG Index\n\nAspect\tIndicator\tDescription\tSection\n"
            "A1\tGeneral Disclosure\tPolicies on emissions\tGreen Operations\n"
            "\tA1.1\tEmission types\tGreen Operations\n")
    got = [(e.line, e.code, e.title, e.where) for e in extract_index(_doc(tmp_path, text))]
    assert got == [(4, "A1", "Policies on emissions", "Green Operations"), (5, "A1.1", "Emission types", "Green Operations")]


def test_article_ranges_claim_every_article(tmp_path):
    text = ("Shanghai Stock Exchange Guideline No. 14 Index\n\nTopic\tArticles\tLocation\n"
            "Climate\tArticles 21-28\tClimate Action\nWater\tArticle 36\tWater Use\n")
    doc = _doc(tmp_path, text)
    idx = extract_index(doc)
    assert [(e.framework, e.code) for e in idx] == [("SSE-14", "Article 21-28"), ("SSE-14", "Article 36")]
    rows = {r["code"]: r for r in coverage(doc, [], idx) if r["framework"] == "SZSE-17"}
    assert (rows["climate"]["index_line"], rows["water"]["index_line"], rows["waste"]["index_line"]) == (4, 5, None)


def test_tcfd_letters_under_pillars_and_ifrs_paragraphs(tmp_path):
    text = ("TCFD Content Index\n\nPillar\tRecommended disclosure\tSection\n"
            "Governance\ta) Board oversight\tClimate Governance\n\tb) Management role\tClimate Governance\n"
            "Strategy\t(c) Resilience\tScenario Analysis\n\n"
            "IFRS S2 Index\n\nParagraph\tTopic\tSection\nParagraph 29(a)\tGHG emissions\tKPIs\n"
            "Paragraph 22\tResilience\tScenario Analysis\nParagraph 11\tRisks\tClimate Governance\n")
    doc = _doc(tmp_path, text)
    idx = extract_index(doc)
    assert [(e.line, e.framework, e.code) for e in idx] == [
        (4, "TCFD", "Governance (a)"), (5, "TCFD", "Governance (b)"), (6, "TCFD", "Strategy (c)"),
        (11, "IFRS-S2", "29(a)"), (12, "IFRS-S2", "22"), (13, "IFRS-S2", "11")]
    rows = {(r["framework"], r["code"]): r["index_line"] for r in coverage(doc, [], idx)}
    assert (rows[("IFRS-S2", "29(a)")], rows[("IFRS-S2", "22")], rows[("IFRS-S2", "10-12")]) == (11, 12, 13)
    assert rows[("TCFD", "Strategy (c)")] == 6 and rows[("TCFD", "Strategy (a)")] is None


def test_sdg_numbers_after_a_marker(tmp_path):
    text = ("Green Operations\n\nWe act.\n\nSDGs responded to in this chapter\n\n6\n\nCLEAN WATER AND SANITATION\n\n"
            "13\n\nCLIMATE ACTION\n\nEnergy Use\n\nWe used 5 MWh.\n")
    got = extract_index(_doc(tmp_path, text))
    assert [(e.framework, e.code, e.where, e.title) for e in got] == [
        ("SDG", "6", "Green Operations", "CLEAN WATER AND SANITATION"), ("SDG", "13", "Green Operations", "CLIMATE ACTION")]


def test_tcfd_and_sasb_indexes(tmp_path):
    text = ("TCFD Index\n\nPillar\tRecommended disclosure\tPage\nGovernance (a)\tBoard oversight\t12\n"
            "Strategy (c)\tResilience\t14-15\n\nSASB Index\n\nCode\tMetric\tPage\n"
            "RT-EE-130a.1\tEnergy consumed\t30\nRT-EE-250a.1\tRecalls\t31\n")
    got = [(e.framework, e.code, e.pages_cited) for e in extract_index(_doc(tmp_path, text))]
    assert got == [("TCFD", "Governance (a)", [12]), ("TCFD", "Strategy (c)", [14, 15]),
                   ("SASB", "RT-EE-130a.1", [30]), ("SASB", "RT-EE-250a.1", [31])]


def test_pdf_rows_without_cells_and_pages():
    """A PDF reader may give index rows as plain text lines: the page numbers end the line."""
    doc = Document(path="x.pdf", name="x.pdf", sha256="", kind="pdf", lines=[], blocks=[
        Heading("GRI Content Index", page=40),
        Paragraph("305-1 Direct (Scope 1) GHG emissions 23", page=40),
        Paragraph("305-2 Energy indirect (Scope 2) GHG emissions 23-24", page=40),
        TableBlock(id="T1", rows=[RawRow(["305-3", "Other indirect emissions", "25"], page=41),
                                  RawRow(["305-4", "GHG intensity", "26"], page=41)]),
    ])
    got = [(e.page, e.code, e.where, e.pages_cited, e.line) for e in extract_index(doc)]
    assert got == [(40, "305-1", "23", [23], None), (40, "305-2", "23-24", [23, 24], None),
                   (41, "305-3", "25", [25], None), (41, "305-4", "26", [26], None)]


@pytest.mark.parametrize("where,status", [
    ("Not applicable", "not_applicable"), ("N/A", "not_applicable"), ("/", "omitted"), ("", "omitted"),
    ("Omitted due to confidentiality constraints", "omitted"),
    ("We have no such accounts payable balance exceeding the threshold, so this topic does not arise for us.",
     "explained"),
    ("Resource Management", "reported"), ("P12-14", "reported")])
def test_status_of_location(where, status):
    assert status_of(where) == status


def test_declared_frameworks_mode_and_version(tmp_path):
    text = ("Basis of Preparation\n\nThis report is prepared in accordance with the GRI Standards (2021) and the "
            "Self-Regulatory Guidelines No. 14 of the Shanghai Stock Exchange, with reference to the TCFD "
            "recommendations and the United Nations Sustainable Development Goals.\n")
    got = [(d["name"], d["version"], d["mode"], d["line"]) for d in declared_frameworks(_doc(tmp_path, text))]
    assert got == [("GRI", "2021", "in_accordance", 3), ("SSE-14", None, "in_accordance", 3),
                   ("TCFD", None, "with_reference", 3), ("SDG", None, "with_reference", 3)]


def test_report_text_in_index_stays_inert_in_the_table(tmp_path):
    from rich.console import Console

    from esglens.cli.frameworks import _index_table

    text = "GRI Content Index\n\n2-1 Details\t[bold red]Us[/bold red]\n2-2 Entities\tAbout\n2-3 Period\tAbout\n"
    doc = _doc(tmp_path, text)
    console = Console(record=True, width=200)
    console.print(_index_table("r.txt", extract_index(doc), []))
    assert "[bold red]Us[/bold red]" in console.export_text()


def test_aspect_and_its_first_kpi_on_one_row(tmp_path):
    doc = _doc(tmp_path, "## HKEX ESG Reporting Code Content Index\n\nAspect\tKPI\tDescription\tSection/Page\n"
                         "A1: Emissions\tA1.1\tThe types of emissions.\tEmissions, P.18\n"
                         "\tA1.2\tGHG emissions.\tEmissions (P.18-19)\n")
    got = [(e.line, e.code, e.title, e.where, e.pages_cited) for e in extract_index(doc)]
    assert got == [(4, "A1.1", "The types of emissions.", "Emissions, P.18", [18]),
                   (5, "A1.2", "GHG emissions.", "Emissions (P.18-19)", [18, 19])]


def test_sdg_goal_named_in_its_cell_and_sasb_activity_metrics(tmp_path):
    doc = _doc(tmp_path, "## SDG Index\n\nSDG\tSection\nSDG 6 Clean Water and Sanitation\tP.28\n"
                         "Goal 13: Climate Action\tP.12\n\n## SASB Index\n\nTopic\tAccounting metric\tCode\tPage\n"
                         "Activity metrics\tProduction of metal ores\tEM-MM-000.A\tP.5\n")
    got = [(e.line, e.framework, e.code, e.where, e.pages_cited) for e in extract_index(doc)]
    assert got == [(4, "SDG", "6", "P.28", [28]), (5, "SDG", "13", "P.12", [12]),
                   (10, "SASB", "EM-MM-000.A", "P.5", [5])]


def test_topic_index_ends_at_the_next_section_and_skips_running_footers(tmp_path):
    doc = _doc(tmp_path, "## SZSE Guideline Index\n\nGovernance\tDue diligence\tRisk Management\n"
                         "\tStakeholder communication\tStakeholder Engagement\n"
                         "\tAnti-commercial bribery and anti-corruption\tBusiness Ethics\n"
                         "\tAnti-unfair competition\tBusiness Ethics\n"
                         "Hengtai Co., Ltd.\t2024 Sustainability Report\t66\n\n"
                         "## Glossary\n\nAbbreviation\tFull name\nESG\tEnvironmental, social and governance\n")
    assert [e.line for e in extract_index(doc)] == [3, 4, 5, 6]


def test_columns_in_any_order_read_from_the_header(tmp_path):
    """The location column first, or between the code and the title: the header row says which it is."""
    gri = ("GRI Content Index\n\nPage\tGRI Standard\tDisclosure\n12\tGRI 2-1\tOrganizational details\n"
           "14-15\tGRI 305-1\tDirect (Scope 1) GHG emissions\n")
    got = [(e.code, e.title, e.where, e.pages_cited) for e in extract_index(_doc(tmp_path, gri))]
    assert got == [("2-1", "Organizational details", "12", [12]),
                   ("305-1", "Direct (Scope 1) GHG emissions", "14-15", [14, 15])]
    szse = ("Index of the SZSE Self-Regulatory Guideline No. 17\n\nArticle\tLocation\tContent\n"
            "Article 21\tP8-9\tDouble materiality\nArticle 26\tP30\tPollutant discharge\n")
    got = [(e.framework, e.code, e.title, e.where) for e in extract_index(_doc(tmp_path, szse))]
    assert got == [("SZSE-17", "Article 21", "Double materiality", "P8-9"),
                   ("SZSE-17", "Article 26", "Pollutant discharge", "P30")]


def test_a_markdown_index_of_several_frameworks_with_a_framework_column(tmp_path):
    text = ("Sustainability Disclosure Index\n\n| Framework | Reference | Disclosure | Where |\n|---|---|---|---|\n"
            "| GRI | 2-7 | Employees | p. 40 |\n| ESRS | E1-6 | Gross Scopes 1, 2, 3 GHG emissions | p. 22 |\n"
            "| SASB | EM-MM-110a.1 | Gross global Scope 1 emissions | p. 22 |\n| IFRS S2 | 29(a) | GHG emissions | p. 23 |\n")
    got = [(e.framework, e.code, e.title, e.pages_cited) for e in extract_index(_doc(tmp_path, text))]
    assert got == [("GRI", "2-7", "Employees", [40]), ("ESRS", "E1-6", "Gross Scopes 1, 2, 3 GHG emissions", [22]),
                   ("SASB", "EM-MM-110a.1", "Gross global Scope 1 emissions", [22]),
                   ("IFRS-S2", "29(a)", "GHG emissions", [23])]


def test_a_report_laid_out_by_the_tcfd_pillars_covers_each_pillar_in_its_section(tmp_path):
    text = ("Harbourline Ports plc\nAnnual Review 2023\n\nWe follow the TCFD recommendations.\n\nGovernance\n\n"
            "The Board oversees climate matters through its Risk Committee.\n\nStrategy\n\nWe screened every terminal.\n\n"
            "Risk Management\n\nRisks are scored each quarter.\n\nOur People\n\nWe hired 40 crane drivers.\n")
    doc = _doc(tmp_path, text)
    rows = {r["code"]: (r["status"], r["evidence"]) for r in coverage(doc, [], extract_index(doc)) if r["framework"] == "TCFD"}
    assert rows["Governance (a)"] == ("reported_with_evidence", "pillar heading: Governance (line 6) (not in the index)")
    assert rows["Risk Management (c)"][0] == "reported_with_evidence"
    # one "Governance" chapter alone is no TCFD layout
    doc = _doc(tmp_path, "Harbourline Ports plc\n\nGovernance\n\nThe Board meets monthly.\n\nOur People\n\nWe hired.\n")
    rows = {r["code"]: r["status"] for r in coverage(doc, [], extract_index(doc)) if r["framework"] == "TCFD"}
    assert rows.get("Governance (a)", "missing") == "missing"


# A flattened index: the aspect headings stand as a block, then their general disclosures, then the KPI codes
# one to a line, then the KPI titles, then one run of page numbers no row can be told its own.
FLAT = """Index to the ESG Guide

Aspect B1 - Employment
Aspect B2 - Health and Safety
General Disclosure on employment policies and the laws that bind us.
General Disclosure on keeping the workplace safe.
KPI B1.1
KPI B1.2
KPI B2.1
Headcount split by gender and contract.
Leavers by age band.
Deaths at work over three years.
28, 30 31 44 45
Notes on scope.
"""


def test_flattened_index_aspect_headings_are_rows(tmp_path):
    got = [(e.line, e.code, e.title, e.where) for e in extract_index(_doc(tmp_path, FLAT))]
    assert got == [(3, "B1", "Employment", ""), (4, "B2", "Health and Safety", ""),
                   (7, "B1.1", None, ""), (8, "B1.2", None, ""), (9, "B2.1", None, "")]


def test_flattened_index_continues_after_a_long_title_block_and_a_page_break(tmp_path):
    titles = "\n".join(f"Title line {k} of the block of titles." for k in range(12))
    text = ("Index to the ESG Guide\n\n" + "\n".join(f"KPI B{k}.1" for k in range(1, 7)) + "\n" + titles +
            "\nNote 1: not material.\nOur Report 2031 page 88\nCommunity.\n\nAspect B8: Giving back.\n"
            "General Disclosure on how we choose causes.\nKPI B8.1\nKPI B8.2\nCauses we fund.\n")
    got = [(e.code, e.title) for e in extract_index(_doc(tmp_path, text))]
    assert got[-3:] == [("B8", "Giving back"), ("B8.1", None), ("B8.2", None)]
    assert len(got) == 9


def test_a_general_disclosure_line_with_its_page_claims_the_aspect_heading():
    doc = Document(path="x.pdf", name="x.pdf", sha256="", kind="pdf", lines=[], blocks=[
        Heading("HKEX ESG Reporting Guide Index", page=60),
        Paragraph("Aspect A2 Use of Resources", page=60),
        Paragraph("General Disclosure Policies on using resources well 41", page=60),
        Paragraph("KPI A2.1 Energy by type 42", page=60),
    ])
    got = [(e.code, e.where, e.pages_cited) for e in extract_index(doc)]
    assert got == [("A2", "41", [41]), ("A2.1", "42", [42])]


def test_code_ranges_and_words_before_codes(tmp_path):
    text = ("Reporting Guide Index\n\nReference\tSubject\tPage\n"
            "KPIs A1.1–A1.4\tAir and climate data\tp. 20\n"
            "HKEX KPI A2.1\tEnergy\tp. 21\n"
            "Indicator B1.1\tPeople\tp. 22\n"
            "GRI 302-1 to 302-4\tEnergy use\t33\n"
            "Disclosure 303-3 – 303-5\tWater\t34\n")
    doc = _doc(tmp_path, text)
    idx = extract_index(doc)
    assert [(e.framework, e.code, e.where) for e in idx] == [
        ("HKEX", "A1.1-A1.4", "p. 20"), ("HKEX", "A2.1", "p. 21"), ("HKEX", "B1.1", "p. 22"),
        ("GRI", "302-1 to 302-4", "33"), ("GRI", "303-3 to 303-5", "34")]
    rows = {(r["framework"], r["code"]): r for r in coverage(doc, [], idx)}
    assert [rows[("HKEX", f"A1.{k}")]["index_line"] for k in range(1, 7)] == [4, 4, 4, 4, None, None]
    assert [rows[("GRI", f"302-{k}")]["index_line"] for k in range(1, 6)] == [7, 7, 7, 7, None]
    assert rows[("GRI", "303-4")]["index_line"] == 8


def test_pillar_lines_without_heading_markup_and_the_nearest_governance(tmp_path):
    """A converter that printed the climate section's pillar headings as short lines ("Governance."): they
    still lay it out by the pillars; the corporate "Governance" chapter far above is not the climate one."""
    filler = "".join(f"Our crews loaded {k} ships on time this week and kept the quay safe for all.\n" for k in range(30))
    text = ("Tidewater Freight Group\n\nGovernance.\nThe board has nine members and meets monthly.\n" + filler +
            "Climate change\nWe follow the TCFD recommendations for this section.\nGovernance.\n"
            "The risk committee reviews climate matters twice a year.\nStrategy.\nWe tested the fleet against hotter summers.\n"
            "Risk management.\nClimate risks sit in the group register.\n")
    doc = _doc(tmp_path, text)
    rows = {r["code"]: (r["status"], r["evidence"]) for r in coverage(doc, [], extract_index(doc)) if r["framework"] == "TCFD"}
    assert rows["Governance (b)"] == ("reported_with_evidence", "pillar heading: Governance. (line 37) (not in the index)")
    assert rows["Strategy (c)"][0] == "reported_with_evidence"


def test_tcfd_index_pillar_rows_with_their_descriptions(tmp_path):
    text = ("TCFD Index\n\nStrategy: how climate touches what we do, over the short, medium and long run, in plain words "
            "for readers who want to know the whole of it before the detail that follows below in this index.\n"
            "a) The climate risks and chances we see.\nb) What they do to our plans.\n"
            "Risk Management: how we find and handle them.\na) How we find them.\n")
    got = [(e.line, e.code) for e in extract_index(_doc(tmp_path, text))]
    assert got == [(4, "Strategy (a)"), (5, "Strategy (b)"), (7, "Risk Management (a)")]


def test_tcfd_lettered_rows_run_together_on_one_long_line(tmp_path):
    long_a = "a) The measures we use to follow climate matters across every site, fleet and office, " * 2
    text = ("TCFD Index\n\nMetrics and Targets: what we count.\n" + long_a.strip() +
            " b) Our scope 1, 2 and 3 emissions and the risks that come with them.\nc) Our targets.\n")
    got = [(e.line, e.code) for e in extract_index(_doc(tmp_path, text))]
    assert got == [(4, "Metrics and Targets (a)"), (4, "Metrics and Targets (b)"), (5, "Metrics and Targets (c)")]
