"""The whole pipeline for one report: read → document → tables → facts → normalize → check → index → profile."""
from __future__ import annotations

import time

from . import catalog, checks, frameworks, profile
from .facts import extract_facts
from .model import ReportResult
from .read import load


def analyze(path: str, *, stages: tuple[str, ...] = ("facts", "checks", "index", "profile")) -> ReportResult:
    """Run every stage on one report. Raises errors.InputError for a file that cannot be read."""
    t0 = time.perf_counter()
    doc = load(path)
    result = ReportResult(document=doc)
    result.facts = catalog.annotate(extract_facts(doc), doc)
    result.report_year = doc.report_year
    if "index" in stages or "checks" in stages:
        result.index_entries = frameworks.extract_index(doc)   # the checks read the index's claims
    if "checks" in stages:
        result.findings = checks.run_checks(result.facts, doc, index=result.index_entries)
    if "index" in stages:
        result.coverage = frameworks.coverage(doc, result.facts, result.index_entries)
    if "profile" in stages:
        result.profile = profile.build_profile(doc, result.facts)
        stated = (result.profile.get("report_year") or {})
        if isinstance(stated, dict) and isinstance(stated.get("value"), int):
            result.report_year = stated["value"]  # the stated reporting period wins over table years
    result.seconds = time.perf_counter() - t0
    return result
