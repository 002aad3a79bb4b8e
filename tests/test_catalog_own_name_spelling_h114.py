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
