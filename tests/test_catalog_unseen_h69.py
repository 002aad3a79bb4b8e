"""Mechanisms found by classifying the leave-one-report-out abstentions (h69, issue 13): a level naming only the
consolidated scope, a total under a title that splits the population, a row that only counts its title's figure,
and paraphrases of GRI wordings. Every label, title and unit here is written for the test; no answer key holds them
(Japanese and Chinese titles included)."""
from __future__ import annotations

import pytest

from esglens.catalog import Mapper
from esglens.model import Fact


@pytest.fixture(scope="module")
def mapper():
    return Mapper()


def _id(mapper, label, unit="", title=None, column="2023"):
    f = Fact(value=12.0, raw="12", unit=unit, year=2023, label=label, source="table", column=column,
             table_id="t1", table_title=title)
    m = mapper.match(f)
    return m.metric.id if m.metric else None


@pytest.mark.parametrize("label, unit, title, metric", [
    # a last level naming only the consolidated scope is the row itself; the title names the population
    ("Women > Consolidated", "persons", "Headcount by sex", "workforce.female"),
    ("女性 > 連結", "名", "男女別従業員数", "workforce.female"),
    ("女性 > 連結", "％", "男女別従業員数", "workforce.female_pct"),
    ("女性 > 合并", "人", "按性别划分的员工人数", "workforce.female"),
    # a total under a title that splits the population by gender is all of it, not one gender
    ("合計 > 連結", "名", "男女別従業員数", "workforce.total"),
    ("合計", "名", "男女別従業員数", "workforce.total"),
    # the parent company alone is a part of the group: abstain
    ("男性 > 単体", "名", "男女別従業員数", None),
    ("Men > Parent company only", "persons", "Headcount by sex", None),
    # the consolidated level keeps its parent's words: Scope 1 stays Scope 1
    ("Total > Consolidated", "t CO2e", "Scope 1 emissions", "ghg.scope1"),
])
def test_a_consolidated_level_is_the_row(mapper, label, unit, title, metric):
    assert _id(mapper, label, unit, title) == metric


@pytest.mark.parametrize("label, unit, title, metric", [
    # a row that only says it counts ("Headcount", 在籍者数 = people on the payroll) counts what its title names
    ("Headcount", "persons", "Employees with a disability", "workforce.disabled"),
    ("在籍者数", "名", "障害者雇用の状況", "workforce.disabled"),
    # a title naming a figure no metric is: still no id
    ("Headcount", "persons", "Employees trained on human rights", None),
    ("Total", "persons", "Training hours of employees", None),
    # a part of the title's population is not the title's figure
    ("Women", "persons", "Employees with a disability", None),
])
def test_a_row_that_only_counts_is_its_titles_figure(mapper, label, unit, title, metric):
    assert _id(mapper, label, unit, title) == metric


def test_a_row_repeating_only_its_parents_population_is_the_parents_figure(mapper):
    # the row names the population its parent's share is of, nothing more; a narrower one is a part
    doc_free = dict(title="People: leadership mix")
    assert _id(mapper, "Share of women in management > Management", "%", **doc_free) == \
        "workforce.female_management_pct"
    assert _id(mapper, "Share of women in management > Senior management", "%", **doc_free) is None


def test_a_form_row_under_another_figure_still_abstains(mapper):
    # a form's lettered row under a column that is not a year: its sub-table is named where the path cannot see
    assert _id(mapper, "Headcount (A)", "persons", "Employees with a disability", column="Total (A)") is None


@pytest.mark.parametrize("label, unit, metric", [
    # lost work time = lost time
    ("Rate of lost working time injuries", "", "safety.ltifr"),
    ("Lost work time accident frequency rate", "", "safety.ltifr"),
    # incidents of discrimination, whatever else the label says of them; not the people they affected
    ("Incidents of discrimination recorded at our sites", "cases", "gov.discrimination_cases"),
    ("Discrimination cases brought to the ethics line", "", "gov.discrimination_cases"),
    ("Persons affected by discrimination incidents", "persons", None),
    ("Share of discrimination cases resolved", "%", None),
    # the share of suppliers assessed, evaluated, screened or audited; an audit on site is a narrower share
    ("Proportion of existing suppliers evaluated on labour practices", "%", "supply.assessed_pct"),
    ("Share of new suppliers that were screened", "%", "supply.assessed_pct"),
    ("Share of suppliers audited onsite", "%", None),
    # all three scopes together are the total
    ("Total GHG emissions (scope 1, 2 & 3)", "t CO2e", "ghg.total"),
    ("Scope 1, 2 and 3 emissions in total", "t CO2e", "ghg.total"),
])
def test_paraphrases_of_gri_wordings(mapper, label, unit, metric):
    assert _id(mapper, label, unit) == metric


@pytest.mark.parametrize("label, unit, title, column, metric", [
    # a year column printed the CJK way, or with its month, is a year column: the row is read by its levels
    ("女性 > 連結", "名", "男女別従業員数", "2021年度", "workforce.female"),
    ("合計", "人", "按性别划分的员工人数", "2021年", "workforce.total"),
    ("在籍者数", "名", "障害者雇用の状況", "2021年6月", "workforce.disabled"),
    ("Headcount", "persons", "Employees with a disability", "as of March 31, 2022", "workforce.disabled"),
    ("Women > Consolidated", "persons", "Headcount by sex", "FY2021", "workforce.female"),
    # a column naming what is counted is no year column
    ("Headcount", "persons", "Employees with a disability", "2021年 女性", None),
])
def test_year_columns_printed_with_cjk_words_or_months(mapper, label, unit, title, column, metric):
    assert _id(mapper, label, unit, title, column=column) == metric


@pytest.mark.parametrize("label, unit, metric", [
    # a label ending in the physical unit it is printed in, a form's row letter before it
    ("Total fuel used (C) in Gigajoules", "Gigajoules", "energy.fuel"),
    ("Electricity consumed (A) in gigajoules", "gigajoules", "energy.electricity"),
    # ... not a unit saying what is counted: hours of training stay hours of training
    ("Training in hours", "hours", "training.hours_total"),
    # positions or roles in management are management
    ("Share of women in managerial positions", "%", "workforce.female_management_pct"),
    ("Female share of management roles", "%", "workforce.female_management_pct"),
    # the ratio of the CEO's pay to the median salary, said with a slash
    ("Ratio of CEO compensation / median salary", "", "workforce.ceo_pay_ratio"),
    # parental leave said as maternity and paternity leave; contract (fixed-term) staff in Japanese
    ("Paternity and maternity leave > Total", "", "workforce.parental_leave"),   # (word order)
    ("契約社員数", "名", "workforce.temporary"),
])
def test_more_vocabulary(mapper, label, unit, metric):
    assert _id(mapper, label, unit) == metric


def test_joules_spelled_out_are_energy():
    from esglens.core.units import parse_unit
    assert parse_unit("Terajoules").dim == "energy" and parse_unit("gigajoule").expr == "gigajoule"


@pytest.mark.parametrize("sentence, label, metric", [
    # "women make up #% of our …" is the female share; of a board, of management or of new hires it is not
    ("Women make up 41.2% of our global workforce of 12,000 people.", "Women make up … of our global workforce of",
     "workforce.female_pct"),
    ("Women made up 38% of the company's employees at year end.",
     "Women made up … of the company's employees at year end", "workforce.female_pct"),
    ("Women make up 30% of our Board of Directors.", "Women make up … of our Board of Directors", None),
    ("Women represent 22% of the management team.", "Women represent … of the management team", None),
    ("Females account for 45% of all new hires.", "Females account for … of all new hires", None),
])
def test_the_female_share_said_in_a_sentence(sentence, label, metric):
    from esglens.catalog import match_fact
    raw = sentence.split("%")[0].split()[-1]
    f = Fact(value=float(raw), raw=raw, unit="%", year=2024, label=label, source="narrative", evidence=sentence)
    m = match_fact(f)
    assert (m.metric.id if m.metric else None) == metric


@pytest.mark.parametrize("sentence, raw, unit, label, metric", [
    # a stock of patents held, owned or had; not patents granted in the year, pending ones or applications
    ("The group owns over 4,200 registered patents worldwide.", "4,200", "registered patents", "The group owns over",
     "econ.patents_total"),
    ("By year end we held 950 valid patents.", "950", "valid patents", "By year end we held", "econ.patents_total"),
    # (patents granted in the year are the year's grants, h101: not the stock held)
    ("We were granted 120 patents in 2023.", "120", "patents", "We were granted", "econ.patents_granted"),
    ("We have 300 pending patents.", "300", "pending patents", "We have", None),
    ("We filed 85 patent applications and have 40 patents.", "85", "patent applications", "We filed", None),
])
def test_patents_held_said_in_a_sentence(sentence, raw, unit, label, metric):
    from esglens.catalog import match_fact
    f = Fact(value=float(raw.replace(",", "")), raw=raw, unit=unit, year=2024, label=label, source="narrative",
             evidence=sentence)
    m = match_fact(f)
    assert (m.metric.id if m.metric else None) == metric


@pytest.mark.parametrize("label, unit, title, metric", [
    # a part row printed in % under a total of the employees is the part's share of them
    ("Total > Women", "%", "Workforce by job family, age band and sex", "workforce.female_pct"),
    ("Total > Women", "persons", "Workforce by job family, age band and sex", "workforce.female"),
    # ... not of a figure that is no head count, nor a part no share metric names
    ("Total > Women", "%", "Hours of training by sex", None),
    ("Total > Contractors", "%", "Fatal accidents", None),
    ("Total > Under 30", "%", "Workforce by age band", None),
])
def test_a_part_in_percent_under_a_head_count_is_its_share(mapper, label, unit, title, metric):
    assert _id(mapper, label, unit, title) == metric


@pytest.mark.parametrize("column, unit, metric", [
    # a column that repeats the row's part and unit ("2022 (Women) (%)") is a year column for this rule
    ("2022 (Women) (%)", "%", "workforce.female_pct"),
    ("2022 (Women)", "", "workforce.female"),
    ("2022 (Men) (%)", "%", None),   # a column naming another part than the row: no id
])
def test_a_column_repeating_the_part(mapper, column, unit, metric):
    assert _id(mapper, "Total > Women", unit, "Workforce by job family, age band and sex", column=column) == metric


@pytest.mark.parametrize("label, unit, metric", [
    # a last level that only says the row is counted is the row itself
    ("Board of Directors > Women > Number", "", "gov.female_directors"),
    ("Employees > Male > Count", "persons", "workforce.male"),
    # a form's lettered column-row ("No. (B)") is not: its sub-table is named where the path does not say
    ("Board > Female > No. (B)", "", None),
])
def test_a_counting_level_is_the_row(mapper, label, unit, metric):
    assert _id(mapper, label, unit) == metric


@pytest.mark.parametrize("label, unit, metric", [
    # Japanese scope words (スコープ) in a bracket say which scope: not the total
    ("CO2排出量（スコープ2）", "t-CO2", "ghg.scope2"),
    ("温室効果ガス排出量（スコープ1＋2）", "t-CO2", "ghg.scope1_2"),
    ("温室効果ガス排出量（スコープ3）", "t-CO2", "ghg.scope3"),
    ("温室効果ガス排出量", "t-CO2", "ghg.total"),
    # 再エネ = renewable energy; 工伤事故 counted in 数 = work injuries
    ("再エネ使用量", "MWh", "energy.renewable"),
    ("工伤事故数", "起", "safety.injuries"),
])
def test_japanese_and_chinese_words(mapper, label, unit, metric):
    assert _id(mapper, label, unit) == metric
