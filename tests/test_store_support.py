"""Shared helpers for the store and export tests (no tests here).

The stored results are built from the real sample reports read by esglens, with facts, index entries
and inconsistencies taken from the hand-checked keys: the store is tested independently of how well
the extractor does today.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from esglens.model import Fact, Finding, IndexEntry, ReportResult

SHARED = Path(__file__).resolve().parents[2] / "shared"
REPORTS = SHARED / "corpus" / "reports"
GOLD = SHARED / "eval" / "gold"
NAMES = ("calb-2024-esg-report", "jlmag-2024-esg-report", "kstar-2024-esg-report")


def need_shared() -> None:
    if not REPORTS.is_dir() or not GOLD.is_dir():
        pytest.skip("../shared not present")


def gold_result(name: str, path: Path | None = None) -> ReportResult:
    """A ReportResult for one sample report: its real Document, the key's facts, index and findings."""
    from esglens.read import load

    need_shared()
    doc = load(str(path or REPORTS / f"{name}.txt"))
    key = json.loads((GOLD / f"{name}.json").read_text("utf-8"))
    facts = [Fact(value=f["value"], raw=f["raw"], unit=f["unit"], year=f["year"], label=f["label"],
                  source=f["source"], line=f["line"], metric=f["metric"]) for f in key["facts"]]
    index = [IndexEntry(framework=e["framework"], code=e["code"], where=e["where"], line=e["line"])
             for e in key["index_entries"]]
    findings = [Finding(kind="inconsistency", severity="warning", message=i["what"], lines=i["lines"],
                        values=i["values"]) for i in key["inconsistencies"]]
    coverage = [{"framework": e["framework"], "code": e["code"], "status": "reported", "index_line": e["line"],
                 "kind": "disclosure", "score": 1} for e in key["index_entries"][:5]]
    return ReportResult(document=doc, facts=facts, findings=findings, index_entries=index, coverage=coverage,
                        profile={"company": key["company"], "period": {"value": "2024", "line": 1}},
                        report_year=key["report_year"], seconds=0.5)
