"""Consistency checks: numbers in one report that contradict each other."""
from __future__ import annotations

from ..model import Document, Fact, Finding


def run_checks(facts: list[Fact], doc: Document | None = None) -> list[Finding]:
    """Every internal inconsistency found among `facts` (and the layout of `doc`, when given)."""
    from .breakdowns import check_shares, check_sums
    from .duplicates import check_duplicates
    from .layout import check_layout
    from .parts import check_parts, check_stated_shares
    from .intensity import check_intensities
    from .rows import build_rows
    from .unitfit import check_units

    rows = build_rows(facts, doc)
    findings: list[Finding] = []
    findings += check_sums(rows)
    findings += check_shares(rows)
    findings += check_duplicates(facts)
    findings += check_layout(doc)
    findings += check_parts(facts)
    findings += check_stated_shares(facts)
    findings += check_intensities(facts)
    findings += check_units(facts)
    return _dedupe(findings)


def _dedupe(findings: list[Finding]) -> list[Finding]:
    seen: set[tuple] = set()
    out = []
    for f in findings:
        # sums of floats print as 99.92999999999999: keep what the arithmetic means
        f.values = [round(v, 6) if isinstance(v, float) else v for v in f.values]
        key = (f.kind, f.year, tuple(f.lines), tuple(f.pages))
        if key not in seen:
            seen.add(key)
            out.append(f)
    return sorted(out, key=lambda f: ((f.lines or f.pages or [0])[0], f.kind))
