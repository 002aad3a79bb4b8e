"""Shared helpers for the web tests (no tests here): a small constructed store, and a real sample report.

The constructed store does not depend on how well the extractor does today: every row is written here,
including a report whose text and company hold `<script>` and a fact on that line.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
REPORTS = SHARED / "corpus" / "reports"

ACME = "a1c3e00000000001"
EVIL = "e1e1000000000002"
BETA = "b3e7a00000000003"
GAMMA = "9a3a000000000004"
SCRIPT = "<script>alert(1)</script>"

ACME_LINES = [
    "Acme Battery Co. 2024 Sustainability Report",
    "",
    "About this report",
    "This report covers Acme Battery Co. and its subsidiaries for the year 2024.",
    "",
    "Environmental performance",
    "Table 3: Key environmental indicators",
    "Indicator\tUnit\t2022\t2023\t2024",
    "Scope 1 emissions\ttCO2e\t1,200\t1,100\t1,100",
    "Scope 2 emissions (location-based)\ttCO2e\t3,400\t3,150\t2,980",
    "Total water withdrawal\tm3\t5,000\t4,800\t4,500",
    "Hazardous waste\tt\t12.5\t11.0\t10.25",
    "",
    "Community",
    "In 2024 we donated RMB 2.5 million to local schools, up from RMB 1.8 million.",
    "Employees volunteered 3,200 hours.",
    "",
    "Governance",
    "The board has 9 directors, 3 of them independent.",
    "",
    "GRI content index",
    "GRI 305-1\tDirect (Scope 1) GHG emissions\tp. 12",
    "GRI 305-2\tEnergy indirect (Scope 2) GHG emissions\tp. 12",
    "GRI 303-3\tWater withdrawal\tp. 14",
]

# (metric, label, value, raw, unit, year, line, source, section, value_normalized, unit_normalized)
ACME_FACTS = [
    ("ghg.scope1", "Scope 1 emissions", 1200, "1,200", "tCO2e", 2022, 9, "table", "Environmental performance", 1200, "tCO2e"),
    ("ghg.scope1", "Scope 1 emissions", 1100, "1,100", "tCO2e", 2023, 9, "table", "Environmental performance", 1100, "tCO2e"),
    ("ghg.scope1", "Scope 1 emissions", 1100, "1,100", "tCO2e", 2024, 9, "table", "Environmental performance", 1100, "tCO2e"),
    ("ghg.scope2", "Scope 2 emissions (location-based)", 3400, "3,400", "tCO2e", 2022, 10, "table", "Environmental performance", 3400, "tCO2e"),
    ("ghg.scope2", "Scope 2 emissions (location-based)", 3150, "3,150", "tCO2e", 2023, 10, "table", "Environmental performance", 3150, "tCO2e"),
    ("ghg.scope2", "Scope 2 emissions (location-based)", 2980, "2,980", "tCO2e", 2024, 10, "table", "Environmental performance", 2980, "tCO2e"),
    ("water.withdrawal", "Total water withdrawal", 5000, "5,000", "m3", 2022, 11, "table", "Environmental performance", 5000, "m³"),
    ("water.withdrawal", "Total water withdrawal", 4800, "4,800", "m3", 2023, 11, "table", "Environmental performance", 4800, "m³"),
    ("water.withdrawal", "Total water withdrawal", 4500, "4,500", "m3", 2024, 11, "table", "Environmental performance", 4500, "m³"),
    ("waste.hazardous", "Hazardous waste", 12.5, "12.5", "t", 2022, 12, "table", "Environmental performance", 12.5, "t"),
    ("waste.hazardous", "Hazardous waste", 11.0, "11.0", "t", 2023, 12, "table", "Environmental performance", 11.0, "t"),
    ("waste.hazardous", "Hazardous waste", 10.25, "10.25", "t", 2024, 12, "table", "Environmental performance", 10.25, "t"),
    ("community.donations", "Donations to local schools", 2.5, "RMB 2.5 million", "RMB million", 2024, 15, "narrative", "Community", 2500000, "CNY"),
    ("community.donations", "Donations to local schools", 1.8, "RMB 1.8 million", "RMB million", 2023, 15, "narrative", "Community", 1800000, "CNY"),
    ("community.volunteer_hours", "Volunteer hours", 3200, "3,200", "hours", 2024, 16, "narrative", "Community", 3200, "h"),
    ("gov.directors", "Directors", 9, "9", "", 2024, 19, "narrative", "Governance", None, None),
    ("gov.independent_directors", "Independent directors", 3, "3", "", 2024, 19, "narrative", "Governance", None, None),
]

COVERAGE = [  # (framework, code, label, status)
    ("GRI", "305-1", "Scope 1 emissions", "reported_with_evidence"),
    ("GRI", "305-2", "Scope 2 emissions", "reported_with_evidence"),
    ("GRI", "303-3", "Water withdrawal", "claimed_no_evidence"),
    ("GRI", "306-3", "Waste generated", "omitted"),
    ("GRI", "2-9", "Governance structure", "missing"),
    ("GRI", "2-10", "Board nomination", "missing"),
    ("HKEX", "A1.1", "Emissions types", "reported_with_evidence"),
    ("HKEX", "A2.4", "Water sourcing", "claimed_no_evidence"),
]

EVIL_LINES = [
    "Evil Corp report",
    "",
    f"Revenue {SCRIPT} was 42 million yuan in 2024.",
    "<img src=x onerror=alert(2)> Employees: 310",
]

BETA_LINES = [
    "Beta Cells Ltd ESG report 2024",
    "Indicator\tUnit\t2023\t2024",
    "Scope 1 emissions\tt CO2e\t900\t950",
]

GAMMA_PAGES = {
    1: ["Gamma Mining climate report 2023", "Contents"],
    2: ["Emissions", "Scope 1 emissions (Mt CO2e) 1.5 1", "Scope 1 fell to 1 Mt CO2e in 2023."],
}


def _report(rid: str, name: str, company: str, year: int, kind: str, n_lines: int, facts: list, findings: int,
            page_count: int | None = None) -> dict:
    n_table = sum(1 for f in facts if f[7] == "table")
    return {"report_id": rid, "sha256": rid * 4, "path": f"/tmp/{name}", "name": name, "kind": kind,
            "company": company, "report_year": year, "encoding": "utf-8" if kind == "text" else None,
            "page_count": page_count, "n_lines": n_lines, "n_facts": len(facts), "n_findings": findings,
            "seconds": 0.01, "n_table_facts": n_table, "n_narrative_facts": len(facts) - n_table,
            "n_index_entries": 3 if rid == ACME else 0, "n_coverage": len(COVERAGE) if rid == ACME else 0}


def _insert(con, table: str, row: dict) -> None:
    cols = ", ".join(f'"{c}"' for c in row)
    con.execute(f"INSERT INTO {table} ({cols}) VALUES ({', '.join('?' * len(row))})", list(row.values()))


def _fact_row(rid: str, i: int, f: tuple, page: int | None = None) -> dict:
    metric, label, value, raw, unit, year, line, source, section, vn, un = f
    return {"report_id": rid, "fact_id": i, "metric": metric, "label": label, "value": value, "raw": raw,
            "unit": unit, "year": year, "line": None if page else line, "page": page, "source": source,
            "section": section, "table_id": "t1" if source == "table" else None,
            "table_title": "Table 3: Key environmental indicators" if source == "table" else None,
            "column_header": str(year) if source == "table" else None, "footnotes": "[]",
            "value_normalized": vn, "unit_normalized": un}


def build_store(path: Path) -> Path:
    """The constructed store: Acme (text, full), Evil (script in text), Beta (peer), Gamma (PDF)."""
    from esglens.store.db import connect

    evil_facts = [("econ.revenue", f"Revenue {SCRIPT}", 42, "42", "million yuan", 2024, 3, "narrative",
                   f"Intro {SCRIPT}", None, None),
                  ("workforce.total", "<img src=x onerror=alert(2)> Employees", 310, "310", "", 2024, 4,
                   "narrative", None, None, None)]
    beta_facts = [("ghg.scope1", "Scope 1 emissions", 900, "900", "t CO2e", 2023, 3, "table", "Environment", 900, "tCO2e"),
                  ("ghg.scope1", "Scope 1 emissions", 950, "950", "t CO2e", 2024, 3, "table", "Environment", 950, "tCO2e")]
    gamma_facts = [("ghg.scope1", "Scope 1 emissions", 1.0, "1", "Mt CO2e", 2023, None, "table", "Emissions", 1e6, "tCO2e"),
                   ("ghg.scope1", "Scope 1 emissions", 1.5, "1.5", "Mt CO2e", 2022, None, "table", "Emissions", 1.5e6, "tCO2e")]
    con = connect(str(path))
    try:
        for rep, lines, facts in (
                (_report(ACME, "acme-2024-esg.txt", "Acme Battery Co.", 2024, "text", len(ACME_LINES), ACME_FACTS, 1), ACME_LINES, ACME_FACTS),
                (_report(EVIL, "evil-2024.txt", f"Evil {SCRIPT} Corp", 2024, "text", len(EVIL_LINES), evil_facts, 1), EVIL_LINES, evil_facts),
                (_report(BETA, "beta-2024.txt", "Beta Cells Ltd", 2024, "text", len(BETA_LINES), beta_facts, 0), BETA_LINES, beta_facts)):
            _insert(con, "reports", rep)
            for i, text in enumerate(lines, 1):
                _insert(con, "lines", {"report_id": rep["report_id"], "seq": i, "line": i, "page": None, "text": text})
            for i, f in enumerate(facts, 1):
                _insert(con, "facts", _fact_row(rep["report_id"], i, f))
        n_gamma = sum(len(v) for v in GAMMA_PAGES.values())
        _insert(con, "reports", _report(GAMMA, "gamma-2023-climate.pdf", "Gamma Mining", 2023, "pdf", n_gamma,
                                        gamma_facts, 0, page_count=2))
        seq = 0
        for page, texts in GAMMA_PAGES.items():
            for text in texts:
                seq += 1
                _insert(con, "lines", {"report_id": GAMMA, "seq": seq, "line": None, "page": page, "text": text})
        for i, f in enumerate(gamma_facts, 1):
            _insert(con, "facts", _fact_row(GAMMA, i, f, page=2))
        _insert(con, "findings", {"report_id": ACME, "finding_id": 1, "kind": "yoy_jump", "severity": "warning",
                                  "message": "Hazardous waste fell 7% while Scope 1 stayed flat.",
                                  "lines": "[9, 12]", "pages": "[]", "values": "[1100, 10.25]",
                                  "metric": "waste.hazardous", "year": 2024})
        _insert(con, "findings", {"report_id": EVIL, "finding_id": 1, "kind": "odd", "severity": "error",
                                  "message": f"Message with {SCRIPT}", "lines": "[3]", "pages": "[]",
                                  "values": "[42]", "metric": None, "year": 2024})
        for fw, code, label, status in COVERAGE:
            _insert(con, "coverage", {"report_id": ACME, "framework": fw, "code": code, "label": label,
                                      "kind": "metric", "requirement": "required", "status": status,
                                      "evidence": json.dumps([9]) if status == "reported_with_evidence" else None,
                                      "index_line": 22})
        for i, (code, line) in enumerate((("305-1", 22), ("305-2", 23), ("303-3", 24)), 1):
            _insert(con, "index_entries", {"report_id": ACME, "entry_id": i, "framework": "GRI", "code": code,
                                           "title": None, "where_text": "p. 12", "line": line, "page": None,
                                           "status": "reported", "pages_cited": "[12]"})
    finally:
        con.close()
    return path


def need_sample(name: str) -> Path:
    path = REPORTS / f"{name}.txt"
    if not path.exists():
        pytest.skip("../shared not present")
    return path


def ingest_sample(db_path: Path, name: str) -> str:
    """Analyse one real sample report and store it; its report id."""
    from esglens.pipeline import analyze
    from esglens.store.db import connect, ingest_results

    result = analyze(str(need_sample(name)))
    con = connect(str(db_path))
    try:
        status = ingest_results(con, [result])[0]
    finally:
        con.close()
    assert status.status in ("stored", "unchanged"), status
    return status.report_id


SMALL_REPORT = (
    "Delta Storage Co. 2024 ESG Report\n\n"
    "Environmental data\n"
    "Indicator\tUnit\t2023\t2024\n"
    "Total water withdrawal\tm3\t12,000\t11,500\n"
    "Scope 1 GHG emissions\ttCO2e\t2,300\t2,150\n"
)
