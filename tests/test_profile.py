"""Report profile: exact values checked by hand against the three sample reports."""
from __future__ import annotations

from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from esglens.model import Fact
from esglens.profile import build_profile, flatten_profile
from esglens.cli.profile import register
from esglens.profile.materiality import split_topics
from esglens.read import load

SHARED = Path(__file__).resolve().parents[2] / "shared"
REPORTS = SHARED / "corpus" / "reports"


@pytest.fixture(scope="module")
def docs():
    if not REPORTS.is_dir():
        pytest.skip("../shared not present")
    return {n: load(str(REPORTS / f"{n}-2024-esg-report.txt")) for n in ("kstar", "calb", "jlmag")}


@pytest.fixture(scope="module")
def profiles(docs):
    return {n: build_profile(d, []) for n, d in docs.items()}


def test_basics(profiles):
    k, c, j = profiles["kstar"], profiles["calb"], profiles["jlmag"]
    assert k["company"] == {"value": "Shenzhen KSTAR Science and Technology Co., Ltd.", "line": 64}
    assert c["company"] == {"value": "CALB Group Co., Ltd.", "line": 74}
    assert j["company"] == {"value": "JL MAG Rare-Earth Co., Ltd.", "line": 48}
    assert c["report_title"]["value"] == "2024 Environmental, Social and Governance (ESG) Report"
    assert j["report_title"]["value"] == "2024 Environmental, Social and Governance Report"
    assert k["period"] == {"start": "2024-01-01", "end": "2024-12-31", "fiscal_year": 2024, "line": 89}
    assert c["period"] == {"start": "2024-01-01", "end": "2024-12-31", "fiscal_year": 2024, "line": 70}
    assert j["period"] == {"start": "2024-01-01", "end": "2024-12-31", "fiscal_year": 2024, "line": 52}
    assert [p["report_year"]["value"] for p in (k, c, j)] == [2024, 2024, 2024]
    assert k["currency"] == {"value": "CNY", "basis": "stated", "line": 93}
    assert c["currency"] == {"value": "CNY", "basis": "stated", "line": 78}
    assert j["currency"]["value"] == "CNY"


def test_basics_of_a_pdf_report():
    rio = SHARED / "corpus" / "pdf" / "riotinto-2023-climate-change-report.pdf"
    if not rio.exists():
        pytest.skip("../shared Rio Tinto PDF not present")
    p = build_profile(load(str(rio)), [])
    # dual-listed; a partner named once on an early page ("Yindjibarndi Energy Corporation") is not the reporter
    assert p["company"] == {"value": "Rio Tinto plc and Rio Tinto Limited", "page": 42}
    assert p["report_title"] == {"value": "Climate Change Report 2023", "page": 1}  # the year on its own cover line
    assert p["period"] == {"start": None, "end": "2023-12-31", "fiscal_year": 2023, "page": 42}       # "for the year ended 31 December 2023"
    assert p["report_year"]["value"] == 2023
    assert p["currency"] is None       # a bare "$" 51 times and "A$" once: which dollar is not said


def test_listing(profiles):
    assert profiles["kstar"]["listing"] == [{"exchange": "SZSE", "code": "002518", "line": 210}]
    assert profiles["jlmag"]["listing"] == [{"exchange": "SZSE", "code": "300748.SZ", "line": 130},
                                            {"exchange": "HKEX", "code": "06680.HK", "line": 130}]
    # CALB prints no stock code; it reports under the HKEX Main Board listing rules (line 57).
    assert [(x["exchange"], x["code"], x["line"]) for x in profiles["calb"]["listing"]] == [("HKEX", None, 57)]
    assert "No stock code is printed." in profiles["calb"]["not_disclosed"]


def test_frameworks(profiles):
    k = {f["name"]: (f["relation"], f["line"]) for f in profiles["kstar"]["frameworks"]}
    assert k["SZSE Self-Regulatory Guideline No. 17"] == ("in accordance with", 68)
    assert k["GRI Standards"] == ("with reference to", 68)
    assert k["IFRS S2"] == ("with reference to", 68)
    assert k["TCFD"] == ("with reference to", 1404)
    c = {f["name"]: f["relation"] for f in profiles["calb"]["frameworks"]}
    assert c["HKEX ESG Reporting Code"] == "in accordance with"
    assert c["ISSB Standards"] == "with reference to"
    j = {f["name"]: f["relation"] for f in profiles["jlmag"]["frameworks"]}
    assert j["HKEX ESG Reporting Code"] == j["SZSE Self-Regulatory Guideline No. 17"] == "in accordance with"
    assert j["GRI Standards"] == "with reference to"


def test_assurance(profiles):
    a = profiles["calb"]["assurance"]
    assert (a["status"], a["provider"], a["standard"], a["type"], a["level"], a["line"]) == \
        ("assured", "TUV Rheinland (Shanghai) Co., Ltd.", "AA1000AS v3", "Type 1", "moderate", 2297)
    for n in ("kstar", "jlmag"):
        assert profiles[n]["assurance"] == {"status": "none"}
        assert profiles[n]["not_disclosed"][0] == "No independent assurance of the report is stated (only GHG verification)."
    g = profiles["kstar"]["ghg_verification"]
    assert [(x["standard"], x["scope"], x["line"]) for x in g] == [("ISO 14064", "Scope 1 and Scope 2; Guangming Park", 1463)]
    assert ("ISO 14064", "Ganzhou and Baotou factories", 728) in [(x["standard"], x["scope"], x["line"]) for x in profiles["jlmag"]["ghg_verification"]]


def test_scope3_gap(profiles):
    assert "No Scope 3 emissions are reported." in profiles["kstar"]["not_disclosed"]
    assert "No Scope 3 emissions are reported." in profiles["jlmag"]["not_disclosed"]
    assert "No Scope 3 emissions are reported." not in profiles["calb"]["not_disclosed"]


def test_governance(profiles):
    rel = {n: {g["body"]: g["reports_to"] for g in profiles[n]["governance"]} for n in profiles}
    assert rel["calb"]["Audit Committee"] == "Board of Directors"
    assert rel["calb"]["ESG Work Team"] == "ESG Executive Committee"
    assert rel["kstar"]["ESG Working Group"] == "ESG Committee"
    assert rel["jlmag"]["ESG Committee"] == "Board of Directors"
    assert rel["jlmag"]["ESG Workforce"] == "ESG Committee"
    assert rel["jlmag"]["Carbon Neutrality Task Force"] == "ESG Committee"
    roles = {g["body"]: (g["role"], g["line"]) for g in profiles["calb"]["governance"]}
    assert roles["Board of Directors"] == ("highest responsibility", 254)
    assert roles["ESG Executive Committee"] == ("decision-making", 256)


def test_material_topics(profiles):
    k = profiles["kstar"]["material_topics"]
    assert len(k) == 22
    assert (k[0]["name"], k[0]["rank"], k[0]["category"], k[0]["dimension"], k[0]["line"]) == \
        ("Product quality and safety", 1, "Society", "financial", 743)
    assert (k[21]["name"], k[21]["rank"], k[21]["line"]) == ("Charity", 22, 766)
    c = profiles["calb"]["material_topics"]
    # "The Company has identified 2 major issues and 20 important issues" (line 372), plus 2 general ones.
    assert [sum(1 for t in c if t["tier_label"] == x) for x in ("Major", "Important", "General")] == [2, 20, 2]
    names = [t["name"] for t in c if t["tier_label"] == "Important"]
    assert names[:5] == ["Respond to climate change", "Supply chain sustainability", "Digital intelligence",
                         "Employee rights and interests protection", "Energy management"]
    assert "Occupational health and safety (OHS)" in names and "ESG management" in names
    j = profiles["jlmag"]["material_topics"]
    assert len(j) == 20  # "A total of 20 material topics were identified" (line 684)
    assert [t["name"] for t in j if t["tier"] == 1] == [
        "Safety and quality of products and services", "Employees", "Climate change tackling", "Innovation-driven",
        "Energy usage", "Environmental compliance management", "Pollutant discharge", "Circular economy"]
    assert sum(1 for t in j if t["tier"] == 2) == 6 and sum(1 for t in j if t["tier"] == 3) == 6
    assert {m["method"] for m in profiles["kstar"]["materiality_method"]} >= {"double materiality"}
    assert profiles["calb"]["materiality_method"][0] == {"method": "double materiality", "line": 295}


def test_split_topics():
    assert split_topics("Energy management ESG management Occupational health and safety (OHS) Career development") == \
        ["Energy management", "ESG management", "Occupational health and safety (OHS)", "Career development"]
    assert split_topics("Product R&D and innovation") == ["Product R&D and innovation"]
    assert split_topics("• Product quality • Quality service") == ["Product quality", "Quality service"]


def _target(p, **kw):
    return [t for t in p["targets"] if all(t.get(k) == v for k, v in kw.items())]


def test_targets(profiles):
    k = _target(profiles["kstar"], metric="ghg.intensity")
    assert len(k) == 1
    t = k[0]
    assert (t["baseline_year"], t["target_year"], t["target_value"], t["kind"], t["direction"], t["scope"], t["line"]) == \
        (2021, 2025, 50.0, "percent", "reduce", "Guangming Park", 1447)
    # The report states two different reductions against 2021 (41.17 % at line 145, 48.1 % at line 1451).
    assert [(s["change_pct"], s["line"]) for s in t["progress_stated"]] == [(-41.17, 145), (-48.1, 1451)]
    c = profiles["calb"]
    nz = _target(c, kind="net_zero")
    assert [(x["metric"], x["target_year"], x["scope"], x["lines"]) for x in nz] == [
        ("ghg.scope1_2", 2030, "core operation", [442, 559]), ("ghg.total", 2040, "value chain", [442, 559])]
    e = _target(c, metric="energy.intensity")[0]
    assert (e["baseline_year"], e["target_year"], e["target_value"], e["horizon"], e["line"]) == (2024, 2030, 46.0, "Medium term", 447)
    assert _target(c, metric="waste.hazardous_intensity")[0]["target_value"] == 50.0
    assert _target(c, metric="waste.non_hazardous_intensity")[0]["target_value"] == 30.0
    assert _target(c, metric="safety.fatalities")[0]["target_value"] == 0.0
    j = profiles["jlmag"]
    w = _target(j, metric="water.intensity")[0]
    assert (w["baseline_year"], w["target_year"], w["target_value"], w["line"]) == (2022, 2028, 3.0, 890)
    g = _target(j, metric="ghg.intensity")[0]
    assert (g["target_range"], g["annual"], g["line"]) == ([5.0, 10.0], True, 887)
    assert [(x["target_year"], x["scope"]) for x in _target(j, kind="net_zero")] == [(2030, "selected products")]
    # The national 2060 goal quoted by KSTAR is not a company target.
    assert not _target(profiles["kstar"], kind="net_zero")


def test_target_progress_from_facts(docs):
    facts = [Fact(value=v, raw=str(v), unit="MWh/unit", year=y, label="Energy intensity", source="table",
                  line=ln, metric="energy.intensity") for v, y, ln in ((20.0, 2024, 1900), (25.0, 2023, 1900))]
    p = build_profile(docs["calb"], facts)
    e = _target(p, metric="energy.intensity")[0]
    assert e["baseline_value"] == 20.0
    assert e["progress"]["latest_year"] == 2024 and e["progress"]["change_pct"] == 0.0
    assert e["progress"]["status"] == "not yet met"
    none = _target(build_profile(docs["calb"], []), metric="energy.intensity")[0]
    assert none["progress"] == {"status": "no facts for this metric"}


def test_climate(profiles):
    k = profiles["kstar"]["climate_risks"]
    assert [(r["type"], r["category"], r["horizon"], r["line"]) for r in k] == [
        ("physical", "acute", "Short term", 1423), ("physical", "chronic", "Long term", 1424),
        ("transition", "policy_legal", "Medium and long term", 1425), ("transition", "technology", "Medium and long term", 1426),
        ("transition", "market", "Medium and long term", 1427), ("transition", "reputation", "Long term", 1428),
        ("opportunity", "energy_source", "Long term", 1433), ("opportunity", "products_services", "Long term", 1434)]
    assert k[0]["financial_impact"] == "Neglectable"
    c = profiles["calb"]["climate_risks"]
    assert sum(r["type"] == "physical" for r in c) == 3 and sum(r["type"] == "transition" for r in c) == 8
    assert sum(r["type"] == "opportunity" for r in c) == 5
    assert c[0]["lines"] == [515, 545] and c[0]["response"].startswith("Establish a risk emergency group")
    assert c[0]["scenario"] == "Brown scenarios" and c[0]["level"] == "High"
    j = profiles["jlmag"]["climate_risks"]
    rain = next(r for r in j if r["description"] == "Changes in Rainfall Patterns")
    assert (rain["type"], rain["category"], rain["lines"], rain["horizons"]) == ("physical", "chronic", [799, 828], ["medium", "long"])
    assert "RMB 19 million" in rain["financial_impact"]
    assert [s["name"] for s in profiles["jlmag"]["scenarios"]] == ["SSP1-2.6", "SSP5-8.5", "IEA NZE", "IEA STEPS"]
    assert [s["name"] for s in profiles["calb"]["scenarios"]][:4] == ["Green Pine Scenario", "Brown Scenario", "RCP2.6", "RCP8.5"]
    assert profiles["kstar"]["scenarios"] == [] and "No named climate scenarios are used." in profiles["kstar"]["not_disclosed"]


def test_flatten_rows_carry_lines(profiles):
    rows = flatten_profile(profiles["jlmag"])
    assert {"section": "report", "key": "company", "value": "JL MAG Rare-Earth Co., Ltd.", "line": 48, "page": None} in rows
    topics = [r for r in rows if r["section"] == "material_topics"]
    assert len(topics) == 20 and all(r["line"] for r in topics)
    assert all(isinstance(r["value"], (str, int, float, bool, type(None))) for r in rows)


def test_cli(tmp_path):
    app = typer.Typer()
    register(app)
    app.command()(lambda: None)  # a second command keeps "profile" a sub-command
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    res = CliRunner().invoke(app, ["profile", str(bad)])
    assert res.exit_code == 1 and "empty.txt" in res.output and "Traceback" not in res.output
    res = CliRunner().invoke(app, ["profile", str(bad), "--format", "xml"])
    assert res.exit_code == 2
