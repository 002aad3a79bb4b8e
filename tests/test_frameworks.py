"""Content indexes, declared frameworks and coverage of the three sample reports, with exact values.

Coverage facts come from the hand-checked keys (metric ids of the `extra.` kind dropped), so these
tests do not move when the fact extractor or the metric mapper changes.
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
import yaml

from esglens.frameworks import coverage, coverage_summary, declared_frameworks, extract_index
from esglens.frameworks.catalog import catalogs, family
from esglens.model import Fact
from esglens.read import load

SHARED = Path(__file__).resolve().parents[2] / "shared"
DATA = Path(__file__).resolve().parents[1] / "src" / "esglens" / "data"


@pytest.fixture(scope="module")
def reports():
    if not SHARED.exists():
        pytest.skip("../shared not present")
    out = {}
    for name in ("kstar", "calb", "jlmag"):
        doc = load(str(SHARED / "corpus" / "reports" / f"{name}-2024-esg-report.txt"))
        gold = json.loads((SHARED / "eval" / "gold" / f"{name}-2024-esg-report.json").read_text("utf-8"))
        facts = [Fact(value=g["value"], raw=g["raw"], unit=g["unit"], year=g["year"], label=g["label"],
                      source=g["source"], line=g["line"],
                      metric=None if (g["metric"] or "").startswith("extra.") else g["metric"]) for g in gold["facts"]]
        index = extract_index(doc)
        out[name] = {"doc": doc, "gold": gold, "index": index, "coverage": coverage(doc, facts, index)}
    return out


def _score(gold: list[dict], entries) -> tuple[float, float]:
    """Recall and precision as ../shared/eval/score.py counts them: same line, same framework family."""
    used: set[int] = set()
    for g in gold:
        for i, e in enumerate(entries):
            if i not in used and e.line == g["line"] and family(e.framework) == family(g["framework"]):
                used.add(i)
                break
    return len(used) / len(gold), len(used) / len(entries)


@pytest.mark.parametrize("name,recall,precision", [("kstar", 1.0, 1.0), ("calb", 1.0, 1.0), ("jlmag", 1.0, 120 / 121)])
def test_index_matches_the_keys(reports, name, recall, precision):
    r = reports[name]
    assert _score(r["gold"]["index_entries"], r["index"]) == pytest.approx((recall, precision))


def test_index_codes_and_locations_as_printed(reports):
    for name in ("kstar", "calb", "jlmag"):
        got = {(e.line, e.code): e.where for e in reports[name]["index"]}
        for g in reports[name]["gold"]["index_entries"]:
            assert got[(g["line"], g["code"])].replace("\u201c", '"').replace("\u201d", '"') == \
                g["where"].replace("\u201c", '"').replace("\u201d", '"'), (name, g)


def test_jlmag_last_gri_row_is_read(reports):
    """The file's last line (no newline after it) is GRI 418; the key leaves it out."""
    last = reports["jlmag"]["index"][-1]
    assert (last.line, last.framework, last.code, last.title) == (3177, "GRI", "418", "Customer privacy")


def test_index_kinds_on_the_samples(reports):
    calb = {(e.line, e.code): e for e in reports["calb"]["index"]}
    # HKEX general-disclosure rows stand for their aspect; the aspect line itself is no entry
    assert calb[(2019, "A1")].where == "Environment Management" and (2018, "A1") not in calb
    # two disclosures on one line, side by side
    assert calb[(2106, "2-1")].where == "Company Profile" and calb[(2106, "2-15")].title == "Conflicts of interest"
    jl = {(e.line, e.code): e for e in reports["jlmag"]["index"]}
    assert jl[(3003, "Governance Structure")].where == "Statement of Board"
    assert jl[(3086, "Article 21")].title == "Climate change tackling"
    assert (jl[(3114, "Article 43")].status, jl[(3118, "Article 46")].status) == ("not_applicable", "explained")
    assert jl[(3142, "202")].status == "not_applicable"
    ks = {(e.line, e.code): e for e in reports["kstar"]["index"]}
    assert ks[(2113, "Self-disclosure Issue")].status == "omitted"
    assert ks[(2101, "Ethics of Science and Technology")].status == "not_applicable"
    assert ks[(783, "7")].where == "Create Excellent Products and Pursue Quality Service"
    assert Counter(e.framework for e in reports["kstar"]["index"]) == {"SZSE-17": 22, "SDG": 7}
    assert Counter(e.framework for e in reports["jlmag"]["index"]) == {"HKEX": 51, "SZSE-17": 37, "GRI": 33}


def test_declared_frameworks(reports):
    got = {n: [(d["name"], d["mode"], d["line"]) for d in declared_frameworks(reports[n]["doc"])]
           for n in ("kstar", "jlmag")}
    assert got["kstar"] == [("SZSE-17", "in_accordance", 68), ("SZSE-3", "with_reference", 68),
                            ("GRI", "with_reference", 68), ("SDG", "with_reference", 68),
                            ("IFRS-S2", "with_reference", 68)]
    assert got["jlmag"][:3] == [("HKEX", "in_accordance", 72), ("SZSE-17", "in_accordance", 72),
                                ("SZSE-2", "in_accordance", 72)]
    calb = {d["name"]: d for d in declared_frameworks(reports["calb"]["doc"])}
    assert calb["HKEX"]["mode"] == "in_accordance" and calb["GRI"]["mode"] == "with_reference"


def _summary(reports, name):
    return {s["framework"]: (s["items"], s["reported_with_evidence"], s["claimed_no_evidence"], s["omitted"],
                             s["missing"]) for s in coverage_summary(reports[name]["coverage"])}


def test_coverage_totals(reports):
    assert _summary(reports, "calb") == {"GRI": (117, 101, 0, 0, 16), "HKEX": (51, 51, 0, 0, 0),
                                         "IFRS-S2": (16, 11, 0, 0, 5), "SDG": (17, 0, 0, 0, 17)}   # its climate chapter is laid out by the TCFD pillars
    assert _summary(reports, "jlmag") == {"GRI": (117, 104, 5, 5, 3), "HKEX": (51, 50, 1, 0, 0),
                                          "SDG": (17, 0, 0, 0, 17), "SZSE-17": (21, 19, 0, 2, 0)}
    assert _summary(reports, "kstar")["SZSE-17"] == (21, 18, 0, 3, 0)


def test_coverage_rows(reports):
    rows = {(r["framework"], r["code"]): r for r in reports["jlmag"]["coverage"]}
    assert rows[("HKEX", "A1.2")]["evidence"] == "facts: ghg.scope1 ×4, ghg.scope2 ×4, ghg.total ×4, ghg.intensity ×4"
    assert rows[("HKEX", "A1.2")]["index_line"] == 3011
    # the index claims recalls, the report prints no recall figure
    assert rows[("HKEX", "B6.1")]["status"] == "claimed_no_evidence"
    # a GRI topic row claims its disclosures; Scope 3 has no figure
    assert rows[("GRI", "305-3")]["evidence"] == "no facts for ghg.scope3 (claimed as GRI 305)"
    assert rows[("SZSE-17", "tech_ethics")]["status"] == "omitted"
    ks = {(r["framework"], r["code"]): r for r in reports["kstar"]["coverage"]}
    assert ks[("SZSE-17", "biodiversity")]["evidence"] == "section: Biodiversity Conservation (line 1757)"
    assert ks[("SDG", "7")]["status"] == "reported_with_evidence" and ks[("SDG", "1")]["status"] == "missing"


def test_catalogs_are_well_formed():
    known = {"code", "label", "kind", "requirement", "metrics", "keywords", "aliases", "articles", "recommended_until"}
    for path in sorted((DATA / "frameworks").glob("*.yaml")):
        for item in yaml.safe_load(path.read_text("utf-8"))["items"]:
            assert set(item) <= known and None not in item.values(), (path.name, item)
            assert item["kind"] in ("quantitative", "qualitative"), (path.name, item)
    sizes = {c.framework: len(c.items) for c in catalogs()}
    assert sizes == {"GRI": 117, "HKEX": 51, "IFRS-S2": 16, "SDG": 17, "SZSE-17": 21, "TCFD": 11}


def test_catalog_metrics_exist():
    path = DATA / "metrics.yaml"
    if not path.exists():
        pytest.skip("metric catalog not present")
    ids = {m["id"] for m in yaml.safe_load(path.read_text("utf-8"))["metrics"]}
    unknown = [(c.framework, i.code, m) for c in catalogs() for i in c.items for m in i.metrics if m not in ids]
    assert unknown == []
