"""Consistency checks: numbers in one report that contradict each other."""
from __future__ import annotations

from collections.abc import Callable

from ..model import Document, Fact, Finding


def run_checks(facts: list[Fact], doc: Document | None = None, *, index: list | None = None,
               everything: bool = False) -> list[Finding]:
    """The internal inconsistencies found among `facts` (and the layout of `doc`, when given).

    By default only findings with complete evidence and enough confidence (evidence.shown);
    `everything=True` also returns the doubtful ones."""
    from .evidence import shown
    from .breakdowns import check_shares, check_sums, relations
    from .ratios import check_stated_rates
    from .rounding import check_share_rounding
    from .rowyears import check_row_years
    from .changes import check_base_changes, check_by_vs_to, check_restated_changes
    from .horizons import check_horizons
    from .sentences import report_year, sentences
    from .statements import changes
    from .targets import check_targets
    from .textshares import check_text_shares
    from .unittypos import check_unit_typos
    from .duplicates import check_digit_slips, check_duplicates, check_unit_slips
    from .intensity import check_intensities
    from .layout import check_layout
    from .means import check_means
    from .parts import check_parts, check_stated_shares
    from .rates import check_rates
    from .rows import build_rows
    from .unitfit import check_units

    from .index_claims import check_index_company, check_index_not_applicable

    if index is None and doc is not None:
        from ..frameworks import extract_index   # the content index the claims are read from
        index = extract_index(doc)
    rows = build_rows(facts, doc)
    year = report_year(doc, facts)
    prose = sentences(doc, facts)
    stated: list = []

    def stated_changes() -> list:
        if not stated:
            stated.extend(changes(prose, year))
        return stated

    checks: list[tuple[str, Callable[[], list[Finding]]]] = [
        ("sums", lambda: check_sums(rows)),
        ("shares", lambda: check_shares(rows)),
        ("rates", lambda: check_rates(rows)),
        ("stated rates", lambda: check_stated_rates(rows)),
        ("row years", lambda: check_row_years(rows)),
        ("share rounding", lambda: check_share_rounding(rows, relations(rows))),
        ("means", lambda: check_means(rows)),
        ("duplicates", lambda: check_duplicates(facts)),
        ("digit slips", lambda: check_digit_slips(facts)),
        ("unit slips", lambda: check_unit_slips(facts)),
        ("layout", lambda: check_layout(doc)),
        ("parts", lambda: check_parts(facts)),
        ("stated shares", lambda: check_stated_shares(facts)),
        ("intensities", lambda: check_intensities(facts)),
        ("units", lambda: check_units(facts)),
        ("unit typos", lambda: check_unit_typos(facts)),
        ("text shares", lambda: check_text_shares(prose, year)),
        ("restated changes", lambda: check_restated_changes(stated_changes())),
        ("base-year changes", lambda: check_base_changes(stated_changes())),
        ("by or to", lambda: check_by_vs_to(stated_changes())),
        ("targets", lambda: check_targets(prose, year)),
        ("time horizons", lambda: check_horizons(prose)),
        ("index: not applicable", lambda: check_index_not_applicable(doc, facts, index or [])),
        ("index: another company", lambda: check_index_company(doc, index or [])),
    ]
    findings: list[Finding] = []
    for name, check in checks:
        try:
            findings += check()
        except Exception as exc:  # one faulty check must not cost the report its other findings
            if doc is not None:
                doc.warnings.append(f"consistency check '{name}' failed: {type(exc).__name__}: {exc}")
    findings = _dedupe(findings)
    return findings if everything else [f for f in findings if shown(f)]


def _dedupe(findings: list[Finding]) -> list[Finding]:
    seen: set[tuple] = set()
    out = []
    for f in findings:
        # sums of floats print as 99.92999999999999: keep what the arithmetic means
        f.values = [round(v, 6) if isinstance(v, float) else v for v in f.values]
        # the same error found from the facts and from the sentence carries the same numbers
        keys = {(f.kind, f.year, tuple(f.lines), tuple(f.pages)),
                (f.kind, tuple(f.lines), tuple(f.pages), tuple(map(str, f.values)))}
        if not keys & seen:
            seen.update(keys)
            out.append(f)
    return sorted(out, key=lambda f: ((f.lines or f.pages or [0])[0], f.kind))
