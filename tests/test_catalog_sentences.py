"""Numbers in sentences: the clause that governs them decides the metric (sentences from the sample reports)."""
from __future__ import annotations

import json
from pathlib import Path

import yaml

import pytest

from esglens.catalog import WATER_NOTE, annotate, match_fact
from esglens.catalog.sentence import locate, read_clause
from esglens.model import Document, Fact, TextLine

SHARED = Path(__file__).resolve().parents[2] / "shared"


def _fact(evidence, raw, unit="", label="", source="narrative", line=None):
    value = float(raw.rstrip("%").replace(",", ""))
    return Fact(value=value, raw=raw, unit=unit, year=2024, label=label, source=source,
                evidence=evidence, line=line)


def _metric(evidence, raw, unit="", label="", doc=None, **kw):
    m = match_fact(_fact(evidence, raw, unit, label, **kw), doc)
    return m.metric.id if m.metric else None


RD = "Moreover, the R&D investment in this year totaled RMB 321 million, accounting for 4.74% of revenue."
CALB_RD = ("- R&D investment was RMB1,417.61 million, with a YoY increase of 42.91%, accounting for 5.11% "
           "of the operating income")
BOARD = ("At present, there are 7 directors, of which 3 are independent directors, accounting for 43%, "
         "and 2 are female directors, accounting for 28%.")
CALB_BOARD = ("The Company has established the Board of Directors that is composed of 8 directors, including "
              "2 executive directors, 3 non-executive directors and 3 independent non-executive directors.")
GHG = ("As the results say, within the reporting period, the Company’s greenhouse gas emissions (Scope 1 and 2) "
       "reached 1,149,825.79 t carbon dioxide equivalence due to production expansion, with a YoY increase of "
       "19.86%; furthermore, by taking a series of efficient carbon reduction measures, the Company’s greenhouse "
       "gas emission intensity dropped to 18.61kg carbon dioxide equivalent/kWh, with a YoY decrease of 19.47%")


@pytest.mark.parametrize("evidence,raw,unit,expected", [
    (RD, "321", "RMB million", "econ.rd_investment"),
    (RD, "4.74%", "%", "econ.rd_pct_revenue"),            # the main clause names what it is a share of
    (CALB_RD, "5.11%", "%", "econ.rd_pct_revenue"),       # past the YoY clause to the main one
    (CALB_RD, "42.91%", "%", None),                        # a change
    (BOARD, "7", "directors", "gov.directors"),
    (BOARD, "3", "", "gov.independent_directors"),
    (BOARD, "2", "", "gov.female_directors"),
    (CALB_BOARD, "8", "directors", "gov.directors"),
    (GHG, "1,149,825.79", "t carbon dioxide equivalence", "ghg.scope1_2"),   # "Scope 1 and 2" names, not counts
    (GHG, "18.61", "kg", "ghg.intensity"),                  # the unit cut short: '/kWh' follows in the sentence
    ("In 2024 Number of suppliers¹⁶: 2,321", "2,321", "", "supply.suppliers_total"),
    ("- Number of the Company's total patents (including patents under application): 4,542", "4,542", "",
     "econ.patents_total"),
    ("- Training on commercial ethics and compliance: 37,977 person/times", "37,977", "person/times",
     "gov.anticorruption_training"),
    ("In 2024, CALB received 37 customer complaints, all of which were solved.", "37", "customer complaints",
     "product.complaints"),
    ("- 3,150,835 hrs of annual training accumulatively, 21.12 hrs of training per capita", "21.12", "hrs",
     "training.hours_per_employee"),
    ("As of December 31, 2024, the Company had a total of 4,124 employees, which are broken down by gender.",
     "4,124", "employees", "workforce.total"),
    ("The incidence of occupational diseases and the number of work-related fatalities were 0, the number of "
     "work-related injuries was 9.", "0", "", "safety.fatalities"),
])
def test_the_clause_names_the_number(evidence, raw, unit, expected):
    assert _metric(evidence, raw, unit) == expected


@pytest.mark.parametrize("evidence,raw,unit", [
    ("Covering more than 180 countries and regions, we are providing green energy to users in more than 180 "
     "countries and regions around the world.", "180", "countries"),                  # not an amount of energy
    ("In 2024, the total number of directors, management and employees who received anti-corruption training "
     "reached 2,916, accounting for 70.7%.", "70.7%", "%"),                           # share, not the count
    ("This results in an annual average reduction of sulfur dioxide emissions by 0.0372 tonne and nitrogen oxide "
     "emissions by 0.028 tonne.", "0.028", "tonne"),                                   # a change
    ("Customer satisfaction not below 90%", "90%", "%"),                               # a floor, a goal
    ("The Company carries out satisfaction research to customers for every 6 months.", "6", ""),
    ("Furthermore, the Company also conducted two business ethics trainings for the Board.", "2", "trainings"),
])
def test_unclear_sentences_stay_unmapped(evidence, raw, unit):
    f = _fact(evidence, raw, unit)
    if raw == "2":
        f.raw = "two"
    m = match_fact(f)
    assert m.metric is None, m.reason
    assert m.reason.startswith("unmapped")


def test_the_number_is_found_where_its_label_stands():
    ev = ("Till the end of the reporting period, the training coverage reached 100%, the safety publicity was "
          "12 times, and the assessment passing rate was 100%.")
    f = _fact(ev, "100%", "%", label="the assessment passing rate was")
    assert locate(ev, f) == ev.rindex("100%")
    assert read_clause(f).near == "and the assessment passing rate was #"
    f.label = "the training coverage reached"
    assert locate(ev, f) == ev.index("100%")
    f = _fact(CALB_BOARD, "3", "independent non-executive directors", label="independent non-executive directors")
    # the words since the number before: "3 non-executive directors and 3 independent ..."
    assert read_clause(f).near == "non-executive directors and # independent non-executive directors"


def test_continuation_leans_on_its_main_clause():
    c = read_clause(_fact(CALB_RD, "5.11%", "%"), lambda t: "yoy" in t)
    assert (c.before, c.main) == ("accounting for", "r&d investment was rmb n million")
    assert read_clause(_fact(RD, "321", "RMB million")).main is None


def _doc(lines: list[str]) -> Document:
    return Document(path="x.txt", name="x.txt", sha256="0", kind="text",
                    lines=[TextLine(t, line=i) for i, t in enumerate(lines, 1)])


@pytest.mark.parametrize("caption,line,unit,expected", [
    ("GHG emission intensity per RMB 1,000 of revenue⁸", "0.026 tCO₂e/RMB'000 of revenue", "tCO₂e/RMB",
     "ghg.intensity"),
    ("Volume of hazardous waste treated per unit of product", "0.032 tonnes/ tonne output", "tonnes/ tonne",
     "waste.hazardous_intensity"),
    ("Energy consumption density per unit of product", "0.014 MWh/ kg output", "MWh/ kg", "energy.intensity"),
    ("The Company invested a total of RMB", "5,638,300 in environmental protection.", "", "env.investment"),
    ("In 2024, the annual rate of injury per million working hours", "1.5", "", "safety.ltifr"),
    ("953 tonnes", "0.032 tonnes/ tonne output", "tonnes/ tonne", None),    # data above is no caption
])
def test_a_number_alone_is_named_by_the_caption_above(caption, line, unit, expected):
    doc = _doc([caption, "", line])
    raw = line.split()[0]
    assert _metric(line, raw, unit, doc=doc, line=3) == expected


def test_a_row_with_its_own_value_is_no_caption_for_the_next_line():
    from esglens.catalog.sentence import caption_above
    assert caption_above(_doc(["Number of employees with disabilities / 214.", "Share 0.35 % 0.35."]), 2) is None
    assert caption_above(_doc(["Employees with disabilities", "214"]), 2) == "employees with disabilities"


def test_prose_in_a_table_cell_is_read_as_a_sentence():
    f = _fact(BOARD, "7", "directors", label="The Board of Directors > there are", source="table")
    f.table_title = "Corporate Governance"
    m = match_fact(f)
    assert m.metric.id == "gov.directors" and m.reason.startswith("sentence 'there are # directors'")


def test_water_in_tonnes_states_its_assumption():
    f = Fact(value=1486491.0, raw="1,486,491", unit="tonnes", year=2024, label="Water consumption", source="table")
    [f] = annotate([f])
    assert (f.metric, f.value_normalized, f.unit_normalized) == ("water.consumption", 1486491.0, "m³")
    assert f.metric_reason.endswith(WATER_NOTE)
    annotate([f])                                     # annotating again adds the note once
    assert f.metric_reason.count(WATER_NOTE) == 1
    g = annotate([Fact(value=2.0, raw="2", unit="m³", year=2024, label="Water consumption", source="table")])[0]
    assert WATER_NOTE not in g.metric_reason


# ----------------------------------------------------------------- the keys' extra facts

@pytest.fixture(scope="module")
def facts():
    from esglens.facts import extract_facts
    from esglens.read import load

    def get(name):
        path = SHARED / "corpus" / "reports" / f"{name}-2024-esg-report.txt"
        if not path.exists():
            pytest.skip("../shared not present")
        doc = load(str(path))
        return annotate(extract_facts(doc), doc)
    return get


@pytest.mark.parametrize("report,most", [("calb", 2), ("jlmag", 3), ("kstar", 0)])
def test_facts_outside_the_standard_ids_rarely_get_one(facts, report, most):
    """A key fact with an extra.* id (a subsidiary's figure, a target, a training of another kind) that we
    give a standard id is a wrong claim to a user. Counts measured; the ceiling is what we reached."""
    got = facts(report)
    gold = json.loads((SHARED / "eval" / "gold" / f"{report}-2024-esg-report.json").read_text(encoding="utf-8"))
    # extra ids naming a metric the catalog gained later (issue 13) are right under that id
    same = yaml.safe_load((Path(__file__).parent.parent / "bench" / "key_equivalents.yaml").read_text(encoding="utf-8"))
    wrong = [(g["line"], g["metric"], f.metric) for g, f in _pairs(gold["facts"], got)
             if g["metric"].startswith("extra.") and f.metric and same.get(g["metric"]) != f.metric]
    assert len(wrong) <= most, wrong


def _pairs(gold: list[dict], got: list[Fact]):
    """Key facts and the printed facts that find them, paired as score.py pairs them."""
    by_line: dict[int, list[int]] = {}
    for i, f in enumerate(got):
        by_line.setdefault(f.line, []).append(i)
    used: set[int] = set()
    for g in gold:
        for i in by_line.get(g["line"], []):
            f = got[i]
            if i in used or (f.value is None) != (g["value"] is None):
                continue
            if f.value is not None and abs(f.value - g["value"]) > 1e-6 * max(1.0, abs(g["value"])):
                continue
            if g["source"] == "table" and f.year != g["year"]:
                continue
            used.add(i)
            yield g, f
            break
