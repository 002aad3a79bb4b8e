"""A row whose label path names no subject ("Total > Women") is read under the words over its table
(catalog/context.py): its title, the sentence announcing it, the caption line above it, else its section's
heading; and abstains when those words name another figure of the population (training, reviews,
disciplinary action) or a region. Labels, titles and captions written for this test; no answer key holds them."""
from __future__ import annotations

import pytest

from esglens.catalog import Mapper
from esglens.catalog.context import clean, subjectless
from esglens.model import Document, Fact, Paragraph, TableBlock


@pytest.fixture(scope="module")
def mapper():
    return Mapper()


def _doc(caption: str | None = None, lead: str | None = None) -> Document:
    blocks = ([Paragraph(caption)] if caption else []) + [TableBlock("t1", [], title=None, lead=lead)]
    return Document(path="x.pdf", name="x.pdf", sha256="0", kind="pdf", lines=[], blocks=blocks)


def _id(mapper, label, unit="", column="2023", title=None, section=None, caption=None, lead=None):
    f = Fact(value=12.0, raw="12", unit=unit, year=2023, label=label, source="table", column=column,
             table_id="t1", table_title=title, section=section)
    m = mapper.match(f, _doc(caption, lead))
    return m.metric.id if m.metric else None


@pytest.mark.parametrize("label, unit, column, where, metric", [
    # the table's title names the population the parts and totals are of
    ("Total > Female", "", "2022 (Female)", {"title": "Headcount by gender 2022 (2021)"}, "workforce.female"),
    ("Group total > Men", "persons", "2023", {"title": "Workforce by sex"}, "workforce.male"),
    ("合计 > 女性", "人", "2023", {"title": "按性别划分的员工人数"}, "workforce.female"),
    # a title that is only a note in brackets: the caption line printed above the table says it
    ("Total > Total", "number", "2022 (Total) (number)",
     {"title": "(interns are not included in the figures below)", "caption": "STAFF BY GRADE, AGE AND SEX^{(c)}"},
     "workforce.total"),
    # a table with no words of its own: its section's heading
    ("Total > Women", "", "2021 (Women)", {"section": "Employee statistics²"}, "workforce.female"),
    ("合计 > 男性", "人", "2023", {"section": "员工数据"}, "workforce.male"),
    # a total under a level that names only the population and how it is counted
    ("Reporting boundary: HR database > in headcount (HC) > Total", "HC", "2023", {}, "workforce.total"),
    ("Our people > Part-time staff (FTE) > Total", "FTE", "2023", {}, "workforce.part_time"),
])
def test_context_names_the_subject(mapper, label, unit, column, where, metric):
    assert _id(mapper, label, unit, column, **where) == metric


@pytest.mark.parametrize("label, unit, column, where", [
    # the words over the table name another figure of the employees: their training, their reviews
    ("Employees > Female > No. (B)", "", "FY 2023 (No. (B))", {"lead": "Details of skill training given to staff:"}),
    ("Employees > Female > % (B/A)", "%", "FY 2023 (% (B/A))", {"lead": "Appraisals of employees held this year:"}),
    ("Employees > Male", "", "2023", {"title": "Training hours by gender"}),
    ("Employees", "", "2023", {"lead": "Number of staff against whom disciplinary action was taken:"}),
    # a region's employees are not the company's
    ("Employees", "", "Value", {"caption": "Asia Pacific"}),
    # a part of a part: senior managers under 30, full-time women
    ("Senior managers > Under 30 > Total", "number", "2022 (Total) (number)", {"title": "Staff by category, age and sex"}),
    ("Reporting boundary: HR database > Full-time employment (HC) > Female", "HC", "2023", {}),
])
def test_context_naming_another_figure_abstains(mapper, label, unit, column, where):
    assert _id(mapper, label, unit, column, **where) is None


def test_what_names_no_subject():
    assert subjectless("Total > Women") and subjectless("Employees > Male > No. (B)") and subjectless("合计 > 女性")
    assert not subjectless("Training hours > Female") and not subjectless("Water withdrawal > Total")
    # a note, a footnote mark and a list number go; a short abbreviation in brackets stays
    assert clean("20. Turnover rate of staff (show the last 3 years)") == "Turnover rate of staff"
    assert clean("Rate of injuries (LTIR) by region¹") == "Rate of injuries (LTIR) by region"
    assert clean("EMPLOYEES BY AGE^{(a)} (figures exclude interns):") == "EMPLOYEES BY AGE"


def _row(mapper, label, unit=""):
    f = Fact(value=12.0, raw="12", unit=unit, year=2023, label=label, source="table", column="2023")
    m = mapper.match(f)
    return m.metric.id if m.metric else None


@pytest.mark.parametrize("label, unit, metric", [
    # people who left or joined, in other reports' words (metrics.yaml synonyms leaver / joiner)
    ("Separations", "", "workforce.turnover_count"),
    ("Staff changes > Leavings > Total", "", "workforce.turnover_count"),
    ("离职人员 > 合计", "人", "workforce.turnover_count"),
    ("New entrants", "persons", "workforce.new_hires"),
    ("Staff changes > Enterings > Total", "", "workforce.new_hires"),
    # Japanese words: 休業 is lost time, 度数率 a frequency rate, 平均研修時間 average training hours
    ("労働災害 > 休業度数率", "", "safety.ltifr"),
    ("平均研修時間（年間）", "時間", "training.hours_per_employee"),
    # a note's reference or an assurance mark after the label is not a word of the metric
    ("CH4 注3", "t-CO2e", "ghg.methane"),
    ("休業度数率 > 第三者保証", "", "safety.ltifr"),
])
def test_vocabulary_as_words(mapper, label, unit, metric):
    assert _row(mapper, label, unit) == metric


@pytest.mark.parametrize("label", ["Leavers > Female", "Enterings > Men", "Leavers by age > Under 30"])
def test_parts_of_leavers_and_joiners_abstain(mapper, label):
    assert _row(mapper, label) is None


@pytest.mark.parametrize("label, unit, column, lead, metric", [
    # a form's columns that repeat the row ("Female No. (C)"), read under the sentence announcing the table
    ("STAFF > All staff (D + E) > Female No. (C)", "", "Female No. (C)", "Staff of the company:", "workforce.female"),
    ("STAFF > All staff (D + E) > Female % (C / A)", "%", "Female % (C / A)", "Staff of the company:", "workforce.female_pct"),
    ("STAFF > All staff (D + E) > Total (A)", "", "Total (A)", "Staff of the company:", "workforce.total"),
    # the same form for the differently abled, or for a part (permanent staff), or for workers
    ("STAFF > All staff (D + E) > Female No. (C)", "", "Female No. (C)", "Differently-abled staff:", None),
    ("STAFF > Permanent (D) > Female No. (C)", "", "Female No. (C)", "Staff of the company:", None),
    ("WORKERS > All workers (F + G) > Female No. (C)", "", "Female No. (C)", "Staff of the company:", None),
    ("DIFFERENTLY ABLED WORKERS > All (F + G) > Total (A)", "", "Total (A)", None, None),
])
def test_form_columns_under_their_lead(mapper, label, unit, column, lead, metric):
    assert _id(mapper, label, unit, column, lead=lead) == metric


@pytest.mark.parametrize("label, unit, metric", [
    # Scope 1+2 "per" something is its intensity, whatever the unit says (or when it is not read)
    ("Scope 1 + 2 emissions per tonne of clinker", "t CO2e/t", "ghg.intensity"),
    ("Combined Scope 1 and Scope 2 emissions per employee", "", "ghg.intensity"),
    ("Scope 1 & 2 emissions per million euros of sales", "t CO2e/EUR m", "ghg.intensity"),
    # an amount per year is the amount; one scope per something has no metric of its own
    ("Scope 1 & 2 emissions (tonnes per year)", "t CO2e", "ghg.scope1_2"),
    ("Scope 1 emissions per tonne of product", "t CO2e/t", None),
    ("Scope 2 emissions per square metre", "", None),
])
def test_emissions_per_something(mapper, label, unit, metric):
    assert _row(mapper, label, unit) == metric


@pytest.mark.parametrize("label, unit, metric", [
    # part-time, full-time, temporary and permanent staff are parts of the employees: a row under them is too
    ("Temporary staff by sex > Women", "persons", None),
    ("Part-time workforce by gender > Male", "", None),
    ("Permanent headcount > Total number of employees", "", None),
    ("Staff by sex > Women", "persons", "workforce.female"),
])
def test_parts_of_the_workforce(mapper, label, unit, metric):
    assert _row(mapper, label, unit) == metric


def test_pattern_under_a_caption_naming_another_figure(mapper):
    # the row's own words make it the employees' total, but the caption says they are the differently abled
    assert _id(mapper, "Total staff (D+E) > Total (A)", column="Total (A)", caption="Differently-abled staff:") is None
    assert _id(mapper, "Total staff (D+E) > Total (A)", column="Total (A)", caption="Staff of the company:") == "workforce.total"


@pytest.mark.parametrize("label, unit, metric", [
    # a profit that may be a loss is not revenue; the net one is net profit
    ("Segment results > Operating income/(loss)", "EUR m", None),
    ("Segment results > Income from operations (loss)", "EUR m", None),
    ("Group net income (loss)", "EUR m", "econ.net_profit"),
    ("Operating revenue", "EUR m", "econ.revenue"),
    # complaints of staff, shareholders or about directors are grievances, not customer complaints
    ("Grievances > Shareholders > Number of complaints", "", None),
    ("Number of complaints from employees", "", None),
    ("Complaints from customers", "", "product.complaints"),
    # days lost outside work are not days lost to work injuries
    ("Absence > Days lost due to non-work related accidents", "days", None),
    ("Absence > Days lost to sickness (excluding work-related illness)", "days", None),
    ("Absence > Days lost due to work accidents", "days", "safety.lost_days"),
])
def test_what_rules_a_metric_out(mapper, label, unit, metric):
    assert _row(mapper, label, unit) == metric


@pytest.mark.parametrize("sentence, raw, unit, label, metric", [
    # "operating income" is revenue only where a report translated from Chinese states it in RMB (营业收入)
    ("In fiscal 2022 the group recorded operating income of 95.2 billion yen.", "95.2", "billion yen",
     "the group recorded operating income of", None),
    ("The company's annual operating income was RMB 5,210.3 million, up 12%.", "5,210.3", "million",
     "annual operating income was", "econ.revenue"),
    ("Total revenue was USD 812 million.", "812", "million", "Total revenue was", "econ.revenue"),
])
def test_operating_income_in_sentences(sentence, raw, unit, label, metric):
    from esglens.catalog import match_fact
    f = Fact(value=float(raw.replace(",", "")), raw=raw, unit=unit, year=2024, label=label, source="narrative",
             evidence=sentence)
    m = match_fact(f)
    assert (m.metric.id if m.metric else None) == metric


def test_offsets_and_how_often(mapper):
    # emissions compensated by credits are not emissions; "once in 2 years" is how often, not an amount
    assert _row(mapper, "Scope 1 + 2 emissions after offsetting", "t CO2e") is None
    assert _row(mapper, "Scope 1 + 2 emissions", "t CO2e") == "ghg.scope1_2"
    from esglens.catalog import match_fact
    f = Fact(value=2.0, raw="2", unit="years", year=2024, label="Ethics refresher trainings once in",
             source="narrative", evidence="Staff attend ethics and anti-bribery refresher trainings once in 2 years.")
    assert match_fact(f).metric is None
    f = Fact(value=80000.0, raw="80,000", unit="tonnes", year=2024, label="We compensated … of our GHG emissions",
             source="narrative", evidence="We compensated 80,000 tonnes of our GHG emissions through certified credits.")
    assert match_fact(f).metric is None


def test_abatement_is_no_amount_of_emissions(mapper):
    # what projects abate (the noun, as the verb "abated" already was) is a reduction, not the emissions themselves
    assert _row(mapper, "Scope 1 and 2 abatement delivered by energy projects", "Mt CO2e") is None
    assert _row(mapper, "Methane abatement (Scope 1)", "t CO2e") is None
    assert _row(mapper, "Scope 1 and 2 emissions", "Mt CO2e") == "ghg.scope1_2"


def test_a_committee_is_not_the_board():
    from esglens.catalog import match_fact
    ev = "The Audit and Risk Committee is composed of 5 directors, 3 of them independent."
    f = Fact(value=5.0, raw="5", unit="directors", year=2024, label="The Audit and Risk Committee is composed of",
             source="narrative", evidence=ev)
    assert match_fact(f).metric is None
    ev = "The Board of Directors is composed of 11 directors."
    f = Fact(value=11.0, raw="11", unit="directors", year=2024, label="The Board of Directors is composed of",
             source="narrative", evidence=ev)
    assert match_fact(f).metric.id == "gov.directors"


@pytest.mark.parametrize("label, lead, metric", [
    # the employees' share under a lead naming a share of them: that share; a part or the workers: abstain
    ("Staff > Total > % (B/A)", "Details of regular performance appraisals of employees:", "training.performance_review_pct"),
    ("Staff > Women > % (B/A)", "Details of regular performance appraisals of employees:", None),
    ("Workers > Total > % (B/A)", "Details of regular performance appraisals of employees:", None),
])
def test_share_of_all_employees_under_its_lead(mapper, label, lead, metric):
    assert _id(mapper, label, "%", "FY 2024 (% (B/A))", lead=lead) == metric


@pytest.mark.parametrize("label, unit, metric", [
    # fuels burnt are primary energy (direct); electricity and steam bought are secondary energy (indirect)
    ("Consumption of primary energy sources", "TJ", "energy.direct"),
    ("Energy > Primary energy used", "GJ", "energy.direct"),
    ("Secondary energy used", "MWh", "energy.indirect"),
    ("一次能源消耗量", "GJ", "energy.direct"),
])
def test_primary_and_secondary_energy(mapper, label, unit, metric):
    assert _row(mapper, label, unit) == metric


@pytest.mark.parametrize("label, unit, metric", [
    # Japanese and Chinese words: 排出 is emitted (waste emitted is waste generated), 能耗 energy consumption,
    # 综合 ("comprehensive") and 件数 ("number of cases") say nothing, 管理職/管理层 management
    ("CO2排出量（国内グループ）", "t-CO2", "ghg.total"),
    ("産業廃棄物排出量", "t", "waste.total"),
    ("综合能耗总量", "吨标准煤", "energy.total"),
    ("女性管理職の割合", "%", "workforce.female_management_pct"),
    ("女性管理层比例", "%", "workforce.female_management_pct"),
    ("業務上の労働災害件数", "件", "safety.injuries"),
])
def test_cjk_words(mapper, label, unit, metric):
    assert _row(mapper, label, unit) == metric


@pytest.mark.parametrize("label, unit, metric", [
    ("Rate of return to work after parental leave", "%", "workforce.parental_return_rate"),
    ("Number of employees at the end of the year", "persons", "workforce.total"),
    ("Corruption incidents", "", "gov.corruption_cases"),
    ("Number of data breaches", "", "product.data_breaches"),
])
def test_common_paraphrases(mapper, label, unit, metric):
    assert _row(mapper, label, unit) == metric


@pytest.mark.parametrize("label, unit, metric", [
    # overseas operations are a part of the group; "domestic and overseas" is all of it
    ("Overseas operations > Scope 1 + 2 emissions", "t CO2e", None),
    ("海外 > Scope1", "t-CO2", None),
    ("境外 > 范围一排放", "吨", None),
    ("Scope 1 and 2 emissions (domestic and overseas)", "t CO2e", "ghg.scope1_2"),
    ("Scope1+2（国内・海外）", "t-CO2", "ghg.scope1_2"),
])
def test_overseas_is_a_part(mapper, label, unit, metric):
    assert _row(mapper, label, unit) == metric


@pytest.mark.parametrize("label, unit, metric", [
    # an average per head may be printed as its amount per person
    ("平均研修時間", "時間/人", "training.hours_per_employee"),
    ("Average hours of training", "h per employee", "training.hours_per_employee"),
    ("Average hours of training", "h", "training.hours_per_employee"),
    # a total is not an amount per person
    ("Total hours of training", "h/person", None),
])
def test_amount_per_person(mapper, label, unit, metric):
    assert _row(mapper, label, unit) == metric
