"""Labels nobody tuned for (h114, issue 13): the report's own company name inside a label, near-spellings of the
catalog's words, and ordinary KPIs the catalog lacked words for. Every label, title, company and unit here is
written for the test; no answer key or sample report holds them."""
from __future__ import annotations

import pytest

from esglens.catalog import Mapper
from esglens.catalog.own_name import name_forms, own_name_pattern, without_own_name
from esglens.catalog.spelling import SPELL_MIN, respell_word, respelled
from esglens.model import Fact
from esglens.read import load


@pytest.fixture(scope="module")
def mapper():
    return Mapper()


@pytest.fixture(scope="module")
def doc(tmp_path_factory):
    p = tmp_path_factory.mktemp("own") / "brightwater-2031.txt"
    p.write_text("Quorvex Group Holding Limited\nSustainability Report 2031\n\n"
                 "This report is published by Quorvex Group Holding Limited (the Company).\n"
                 "Quorvex Group Holding Limited makes coatings in four countries.\n"
                 "Quorvex employs people in four countries and publishes its figures every year.\n", encoding="utf-8")
    return load(str(p))


def _id(mapper, label, unit="", title=None, doc=None):
    f = Fact(value=12.0, raw="12", unit=unit, year=2031, label=label, source="table", column="2031",
             table_id="t1", table_title=title)
    m = mapper.match(f, doc)
    return m.metric.id if m.metric else None


# ---------------------------------------------------------------- the report's own name

@pytest.mark.parametrize("name, forms", [
    ("Quorvex Group Holding Limited", ["Quorvex Group Holding", "Quorvex"]),
    ("Lindqvist Materials Group Limited", ["Lindqvist Materials Group", "Lindqvist Materials"]),
    ("Zelmar Industries, Ltd.", ["Zelmar Industries", "Zelmar"]),
    ("Trondvik plc and Trondvik Limited", ["Trondvik"]),           # one company listed twice
    ("Haldor Science and Technology Co., Ltd.", ["Haldor Science and Technology"]),
    ("Water Corporation", []),                                        # a catalog word alone is never left out
    ("Kestrel SpA", ["Kestrel"]),
    (None, []),
])
def test_name_forms(name, forms):
    assert name_forms(name) == forms


def test_own_name_found_in_the_document(doc):
    pat = own_name_pattern(doc)
    assert pat is not None
    assert without_own_name("Members of Quorvex Board of Directors", pat) == "Members of Board of Directors"
    assert without_own_name("Staff of the Quorvex Group > Women", pat) == "Staff > Women"
    assert without_own_name("CO2 emissions from Quorvex's plants", pat) == "CO2 emissions from plants"
    assert without_own_name("Quorvex > Scope 1", pat) == "Scope 1"
    # a row that is only the company is the company's own row: kept
    assert without_own_name("Energy use > Quorvex", pat) == "Energy use > Quorvex"
    assert without_own_name("Water withdrawal", pat) == "Water withdrawal"


@pytest.mark.parametrize("label, unit, metric", [
    ("Members of Quorvex Board of Directors", "persons", "gov.directors"),
    ("Quorvex Group total headcount", "persons", "workforce.total"),
    ("Quorvex's total water withdrawal", "m³", "water.withdrawal"),
    # the name gone, a part stays a part: a site named after it is still a site
    ("Scope 1 emissions of Quorvex in Asia", "t CO2e", None),
])
def test_a_label_is_read_without_the_own_name(mapper, doc, label, unit, metric):
    assert _id(mapper, label, unit, doc=doc) == metric


def test_without_the_document_the_name_stays(mapper):
    # no document, no profile: the label is read as printed (and "members of board of directors" is still read)
    assert _id(mapper, "Quorvex Group total headcount", "persons") is None


# ---------------------------------------------------------------- near-spellings

@pytest.mark.parametrize("word, meant", [
    ("indipendent", "independent"),
    ("employement", "employment"),
    ("managament", "management"),
    ("electicity", "electricity"),
    ("hazardus", "hazardous"),
    # words of their own stay, however near a catalog word
    ("mission", "mission"), ("consumer", "consumer"), ("recovered", "recovered"), ("billion", "billion"),
    # short words and known words joined by a hyphen stay
    ("femal", "femal"), ("non-renewals", "non-renewals"), ("wastes", "wastes"),
    # not one catalog word near enough
    ("quorvex", "quorvex"),
])
def test_respell_word(word, meant):
    assert respell_word(word) == meant


def test_respelled_text_keeps_other_words():
    assert respelled("number of indipendent directors (fy 2031)") == "number of independent directors (fy 2031)"
    assert respelled("女性董事") == "女性董事"
    assert 80 < SPELL_MIN < 95


@pytest.mark.parametrize("label, unit, metric", [
    ("Number of indipendent directors", "persons", "gov.independent_directors"),
    ("Board > Indipendent", "persons", "gov.independent_directors"),
    ("Electicity consumption", "MWh", "energy.electricity"),
    ("Hazardus waste generated", "t", "waste.hazardous"),
    ("Non-hazardus waste generated", "t", "waste.non_hazardous"),
    ("Greenhose gas emissions - Scope 2 (market-based)", "t CO2e", "ghg.scope2_market"),
    # a misspelt qualifier is read too: women managers are not all managers
    ("Share of femmale managers", "%", "workforce.female_management_pct"),
])
def test_near_spellings_are_read(mapper, label, unit, metric):
    assert _id(mapper, label, unit) == metric


# ---------------------------------------------------------------- units that gate the wrong way; year-end words

@pytest.mark.parametrize("label, unit, metric", [
    # a head count's row printed in % is the share (share_of), in persons the count
    ("Women staff", "%", "workforce.female_pct"),
    ("Women staff", "persons", "workforce.female"),
    ("女性员工", "%", "workforce.female_pct"),
    ("Staff turnover", "%", "workforce.turnover_rate"),
    ("Staff turnover", "persons", "workforce.turnover_count"),
    # the share's own vetoes still hold: women in management are not women employees
    ("Women staff in senior management", "%", None),
])
def test_a_count_printed_in_percent_is_its_share(mapper, label, unit, metric):
    assert _id(mapper, label, unit) == metric


@pytest.mark.parametrize("label, unit, metric", [
    ("Women staff in service", "%", "workforce.female_pct"),
    ("Female employees at year-end", "persons", "workforce.female"),
    ("Staff, at the end of the year", "persons", "workforce.total"),
    # nothing else left: kept as it is (and says nothing)
    ("In service", "persons", None),
])
def test_year_end_words_say_only_when(mapper, label, unit, metric):
    assert _id(mapper, label, unit) == metric


def _cell(mapper, label, column, unit="", title=None):
    f = Fact(value=3.0, raw="3", unit=unit, year=2031, label=label, source="table", column=column,
             table_id="t9", table_title=title)
    m = mapper.match(f)
    return m.metric.id if m.metric else None


@pytest.mark.parametrize("label, column, metric", [
    # a column that only repeats the row's last levels ("Women > Count") says no more than the year
    ("Directors > Women > Count", "Women > Count", "gov.female_directors"),
    ("Board of Directors > Female > Number", "Female > Number", "gov.female_directors"),
    # a part the parent names only by exclusion stays a part
    ("Staff other than directors > Female > Number", "Female > Number", None),
    # a column of its own ("Median pay") is not a repetition of the row
    ("Board of Directors > Female", "Median pay", None),
])
def test_a_column_repeating_the_row(mapper, label, column, metric):
    assert _cell(mapper, label, column) == metric


# ---------------------------------------------------------------- catalog words added as data

@pytest.mark.parametrize("label, unit, title, metric", [
    ("Operational emissions", "kt CO2e", None, "ghg.scope1_2"),
    ("Operational GHG emissions", "t CO2e", None, "ghg.scope1_2"),
    ("Specific energy consumption", "GJ/t", None, "energy.intensity"),
    ("Specific energy consumption", "GJ", None, None),   # 'specific' with an amount's unit: not the intensity
])
def test_catalog_words(mapper, label, unit, title, metric):
    assert _id(mapper, label, unit, title) == metric


@pytest.mark.parametrize("label, unit, metric", [
    # a complaints form's row: the subject in the parent, the row says only that complaints were filed
    ("Workplace discrimination > Filed in the period", "", "gov.discrimination_cases"),
    ("Discrimination > Complaints received during the year", "", "gov.discrimination_cases"),
    ("Discrimination > Pending at the close of the period", "", None),
    # water received (taken in) is withdrawn; from third parties, a part
    ("Amount of water received", "m³", "water.withdrawal"),
    ("Water received from utilities", "m³", None),
    # "specific" alone is no intensity ("Hazardous waste (specific handling)" is the waste)
    ("Hazardous waste (specific handling)", "t", "waste.hazardous"),
])
def test_more_catalog_words(mapper, label, unit, metric):
    assert _id(mapper, label, unit) == metric


# ---------------------------------------------------------------- a heading over a row that names its metric

@pytest.mark.parametrize("label, unit, metric", [
    # the parent is a section's heading (no word the catalog knows, long): the row's own words name the metric
    ("働きやすい職場づくりの推進 > 女性管理職比率 > 連結", "%", "workforce.female_management_pct"),
    ("Building a fair and open culture > Women in management share", "%", "workforce.female_management_pct"),
    # a short unknown parent is what the row is of: a part, not a heading
    ("HDPE crates > Recycling rate", "%", None),
    ("Aluminium cans > Recycling rate", "%", None),
])
def test_a_heading_over_a_row_naming_its_metric(mapper, label, unit, metric):
    assert _id(mapper, label, unit) == metric


def test_heading_only():
    from esglens.catalog.mapper_gates import heading_only
    assert heading_only("働きやすい職場づくりの推進")
    assert heading_only("Building a fair and open culture")
    assert not heading_only("HDPE crates")          # short: names what the row is of
    assert not heading_only("産業廃棄物")             # a word the catalog knows (waste)
    assert not heading_only("Waste handled at our sites in the region")
