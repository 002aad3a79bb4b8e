"""Metric catalog: contents, label mapping with reasons, values normalized from the real reports."""
from __future__ import annotations

import json
import math
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from esglens.catalog import annotate, load_catalog, match_fact
from esglens.model import Fact

SHARED = Path(__file__).resolve().parents[2] / "shared"
GOLD = SHARED / "eval" / "gold"
REPORTS = SHARED / "corpus" / "reports"


def _fact(label, unit="", source="table", value=1.0, evidence=None, raw="1"):
    return Fact(value=value, raw=raw, unit=unit, year=2024, label=label, source=source, evidence=evidence)


def _metric(label, unit="", **kw):
    return match_fact(_fact(label, unit, **kw)).metric and match_fact(_fact(label, unit, **kw)).metric.id


def test_catalog_holds_every_schema_id():
    schema = SHARED / "eval" / "SCHEMA.md"
    if not schema.exists():
        pytest.skip("../shared not present")
    text = schema.read_text(encoding="utf-8").split("## Canonical metric ids", 1)[1]
    ids = set(re.findall(r"\b[a-z]+\.[a-z0-9_]+\b", text))
    have = {m.id for m in load_catalog().metrics}
    assert len(ids) >= 70
    assert ids - have == set()


def test_every_metric_is_complete():
    for m in load_catalog().metrics:
        assert m.name and m.definition and m.unit and (m.patterns or m.aliases) and m.frameworks, m.id
        if m.dimension == "intensity":
            assert m.numerator, m.id
    codes = {m.id: m.frameworks for m in load_catalog().metrics}
    assert codes["ghg.scope1"] == {"GRI": "305-1", "HKEX": "A1.2", "IFRS-S2": "29(a)(i)(1)", "SZSE-17": "Art. 20-28"}
    assert codes["workforce.turnover_rate"]["HKEX"] == "B1.2"


@pytest.mark.parametrize("label,unit,expected", [
    ("Total hazardous waste", "t", "waste.hazardous"),
    ("Hazardous waste > Total hazardous waste", "t", "waste.hazardous"),
    ("Hazardous waste per unit product", "t/kWh", "waste.hazardous_intensity"),
    ("Density of hazardous waste generated", "t/kWh", "waste.hazardous_intensity"),
    ("Hazardous waste by treatment method > Landfill", "t", None),
    ("Non-hazardous waste by type > General industrial solid waste", "Tonne", None),
    ("Number of employees by gender > Female", "Person", "workforce.female"),
    ("Number of employees by gender > Female", "%", "workforce.female_pct"),
    ("Percentage of employees divided by different genders > Number of male employees", "%", None),
    ("Number of new employees by gender > Female", "Person", None),
    ("GHG emission intensity per RMB 1,000 of revenue", "tCO ₂ e/ RMB'000", "ghg.intensity"),
    ("Scope 1: Direct greenhouse gas > Emission intensity", "tCO ₂ e/ RMB ten thousand revenue", None),
    ("Total (Scope 1 + Scope 2) > Emission intensity", "tCO ₂ e/ RMB ten thousand revenue", "ghg.intensity"),
    ("Scope 1: Direct greenhouse gas > Emissions", "tCO ₂ e", "ghg.scope1"),
    ("Total (Scope 1 + Scope 2) > Emissions", "tCO ₂ e", "ghg.scope1_2"),
    ("Total Greenhouse Gas Emissions by Source Category > Purchased Electricity", "tCO ₂ e", None),
    ("Greenhouse Gas Emission Reduction Performance > Scope 1 GHG Emission Reductions", "tCO ₂ e", None),
    ("Employee turnover", "Person", "workforce.turnover_count"),
    ("Employee turnover rate", "%", "workforce.turnover_rate"),
    ("Attrition divided by different genders > Male attrition rate", "%", None),
    ("Taxes paid", "RMB10,000", "econ.taxes"),
    ("Customer service > Number of customer complaints > Complaint", "", "product.complaints"),
    ("Rate of injury accidents per million hours worked", "/", "safety.ltifr"),
    ("Contractor work injury rate > Number of work injury accidents", "Accident", None),
    ("Water using intensity per unit product", "MWh/GWh", "water.intensity"),   # kept: the checker flags the unit
    ("Renewable energy (PJ)", "PJ", "energy.renewable"),                           # the row's own unit set apart
    ("Non-renewable or grid energy purchased (PJ)", "PJ", None),
    ("Operational emissions intensity (tCO2e/t Cu-eq)(equity)", "Mt CO2e", "ghg.intensity"),  # beats the table's
])
def test_label_and_unit_decide_the_metric(label, unit, expected):
    assert _metric(label, unit) == expected


def test_every_mapping_explains_itself():
    m = match_fact(_fact("Number of employees by gender > Female", "%"))
    assert "workforce.female_pct" in m.reason and "unit '%' fits ratio" in m.reason
    none = match_fact(_fact("Hazardous waste by treatment method > Landfill", "t"))
    assert none.metric is None and none.reason.startswith("unmapped")


def test_sentences_map_only_when_clear():
    ev = "Moreover, the R&D investment in this year totaled RMB 321 million, accounting for 4.74% of revenue."
    assert _metric("", "RMB million", source="narrative", evidence=ev, raw="321") == "econ.rd_investment"
    ev = "The Company conducted more than 10 online and offline presentations, attracting 300 participants."
    assert _metric("", "participants", source="narrative", evidence=ev, raw="300") is None


def test_normalized_values_and_flags():
    facts = annotate([_fact("Water consumption", "Ten thousand m³", value=3.5),
                      _fact("Total water withdrawal", "MWh", value=10.0),
                      _fact("Total energy consumption", "'0000 kWh", value=2.0),
                      _fact("Total energy consumption", "barrels", value=2.0),
                      _fact("Total energy consumption", "MWh", value=None)])
    got = [(f.metric, f.value_normalized, f.unit_normalized, f.norm_flag) for f in facts]
    assert got == [
        ("water.consumption", 35000.0, "m³", None),
        ("water.withdrawal", None, None, "unit 'MWh' does not fit water.withdrawal (volume)"),
        ("energy.total", 20.0, "MWh", None),
        ("energy.total", None, None, "unit 'barrels' does not fit energy.total (energy)"),   # oil barrels: a volume
        ("energy.total", None, None, "no value (not disclosed)"),
    ]


# ----------------------------------------------------------------- real reports

def _report(name: str) -> Path:
    path = REPORTS / f"{name}-2024-esg-report.txt"
    if not path.exists():
        pytest.skip("../shared not present")
    return path


@pytest.fixture(scope="module")
def facts():
    from esglens.facts import extract_facts
    from esglens.read import load

    cache = {}

    def get(name):
        if name not in cache:
            doc = load(str(_report(name)))
            cache[name] = annotate(extract_facts(doc), doc)
        return cache[name]
    return get


def _at(facts, line, year):
    return [f for f in facts if f.line == line and f.year == year and f.source == "table"]


@pytest.mark.parametrize("report,line,year,metric,value,unit", [
    ("calb", 1810, 2024, "econ.revenue", 27751530000.0, "CNY"),                   # RMB10,000
    ("calb", 1827, 2024, "ghg.scope1", None, "tCO2e"),
    ("calb", 618, 2024, "energy.intensity", 47.71794, "MWh/MWh"),                  # MWh/GWh
    ("calb", 729, 2024, "waste.hazardous_intensity", 0.05, "t/MWh"),               # t/kWh
    ("jlmag", 2789, 2024, "effluent.volume", 471800.0, "m³"),                       # Ten thousand tonnes
    ("jlmag", 2816, 2024, "econ.rd_investment", 321000000.0, "CNY"),              # RMB 100 million
    ("jlmag", 2783, 2024, "water.intensity", 51.0, "m³/t"),                         # Thousand tonnes/ tonne
    ("kstar", 1492, 2024, "energy.total", 53842.45734, "MWh"),                     # tonnes of standard coal
    ("kstar", 1461, 2024, "ghg.intensity", 8.2, "tCO2e/million CNY"),              # per RMB ten thousand
    ("kstar", 1831, 2024, "workforce.female", 1285.0, "person"),
])
def test_real_reports_normalized(facts, report, line, year, metric, value, unit):
    [f] = _at(facts(report), line, year)
    assert f.metric == metric
    assert f.unit_normalized == unit
    if value is not None:
        assert f.value_normalized == pytest.approx(value, rel=1e-12)
    else:
        assert f.value_normalized == f.value


@pytest.mark.parametrize("report,line,raw,unit,metric,value,unit_n", [
    ("kstar", 1505, "1.8", "billion kilowatt hours", None, 1800000.0, "MWh"),     # scale word + unit in words
    ("kstar", 1505, "26,000", "acres", None, 26000 * 4046.8564224, "m²"),
    ("kstar", 1588, "5,638,300", "RMB", "env.investment", 5638300.0, "CNY"),      # "a total of RMB" / "5,638,300"
    ("jlmag", 202, "2.40", "million kWh", "energy.pv_generation", 2400.0, "MWh"),   # "...Project" generated / "2.40 million kWh"
])
def test_real_report_sentences_normalized(facts, report, line, raw, unit, metric, value, unit_n):
    [f] = [f for f in facts(report) if f.line == line and f.raw == raw and f.source == "narrative"][:1]
    assert (f.unit, f.metric, f.unit_normalized) == (unit, metric, unit_n)
    assert f.value_normalized == (None if value is None else pytest.approx(value, rel=1e-9))


@pytest.mark.parametrize("sentence,raw,unit,value_n", [
    # power is normalized to MW and is no intensity (kW is no kWh per hour); KSTAR's own "700MW ... project"
    # and "50kW/197kWh ... products" were these cases until ratings that name a thing stopped being facts
    ("The solar farm reached an installed capacity of 700 MW in 2024.", "700", "MW", 700.0),
    ("Each storage cabinet delivers a rated output of 50 kW to the grid.", "50", "kW", 0.05),
])
def test_power_is_normalized_to_megawatts(sentence, raw, unit, value_n):
    from esglens.facts.narrative import narrative_facts
    [f] = [f for f in narrative_facts(sentence, line=1, page=None, default_year=2024, section=None) if f.raw == raw]
    annotate([f])
    assert (f.unit, f.metric, f.unit_normalized) == (unit, None, "MW")
    assert f.value_normalized == pytest.approx(value_n, rel=1e-9)


def test_scores_are_points_not_lengths(facts):
    # pint's own "point" is a typographic length: a customer satisfaction score must stay a score
    [f] = [f for f in facts("calb") if f.line == 1978 and f.year == 2024]
    assert (f.metric, f.value_normalized, f.unit_normalized) == ("product.customer_satisfaction", 93.4, "point")


def _accuracy(facts, gold):
    by = {}
    for i, f in enumerate(facts):
        by.setdefault(f.line, []).append(i)
    used, ok, n = set(), 0, 0
    for g in gold["facts"]:
        for i in by.get(g["line"], []):
            f = facts[i]
            if i in used or (f.value is None) != (g["value"] is None):
                continue
            if f.value is not None and not math.isclose(f.value, g["value"], rel_tol=1e-6, abs_tol=1e-9):
                continue
            if g["source"] == "table" and f.year != g["year"]:
                continue
            used.add(i)
            if not g["metric"].startswith("extra."):
                n += 1
                ok += f.metric == g["metric"]
            break
    return ok / n


@pytest.mark.parametrize("report,floor", [("calb", 1.0), ("jlmag", 0.962), ("kstar", 1.0)])
def test_metric_accuracy_on_the_keys(facts, report, floor):
    """Measured with the real extractor; floors sit just under what the catalog reached."""
    gold = json.loads((GOLD / f"{report}-2024-esg-report.json").read_text(encoding="utf-8"))
    assert _accuracy(facts(report), gold) >= floor


# ----------------------------------------------------------------- CLI

@pytest.fixture()
def app():
    import typer

    from esglens.cli.catalog import register
    a = typer.Typer()
    register(a)
    return a


def test_cli_metrics_lists_the_catalog(app):
    out = CliRunner().invoke(app, ["metrics", "--format", "jsonl", "--prefix", "ghg."])
    assert out.exit_code == 0
    rows = [json.loads(x) for x in out.stdout.splitlines()]
    assert [r["id"] for r in rows][:3] == ["ghg.intensity", "ghg.scope1_2", "ghg.scope2_market"]
    assert {r["id"] for r in rows} >= {"ghg.scope1", "ghg.scope2", "ghg.scope3", "ghg.total"}


def test_cli_explain_a_label(app):
    out = CliRunner().invoke(app, ["explain", "--label", "Water consumption", "--unit", "Ten thousand m³",
                                   "--value", "3.5", "--format", "json"])
    assert out.exit_code == 0
    [row] = json.loads(out.stdout)
    assert (row["metric"], row["value_normalized"], row["unit_normalized"]) == ("water.consumption", 35000.0, "m³")


def test_cli_explain_bad_file_is_one_line(app, tmp_path):
    out = CliRunner().invoke(app, ["explain", str(tmp_path / "missing.txt")])
    assert out.exit_code == 1
    assert "missing.txt" in out.output and "Traceback" not in out.output
    assert len(out.output.strip().splitlines()) == 1


def test_two_subjects_of_one_zero_keep_their_own_metrics(facts):
    # KSTAR: "The incidence of occupational diseases and the number of work-related fatalities were 0"
    got = {(f.label, f.metric) for f in facts("kstar") if f.line == 1913 and f.value == 0}
    assert got == {("the number of work-related fatalities were", "safety.fatalities"),
                   ("The incidence of occupational diseases", None)}


def test_each_clause_of_a_sentence_names_its_own_number():
    from esglens.catalog import annotate
    from esglens.facts.narrative import narrative_facts

    fs = narrative_facts("In 2024 total water withdrawal was 458.77 ten thousand m³ and the recycled water "
                         "volume reached 1,455.20 ten thousand m³.", line=1, page=None, default_year=2024)
    annotate(fs, None)
    assert [(f.value, f.metric, f.value_normalized) for f in fs] == [
        (458.77, "water.withdrawal", 4587700.0), (1455.2, "water.recycled", 14552000.0)]
