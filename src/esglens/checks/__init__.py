"""Consistency checks: numbers in one report that contradict each other.

Each check is a registered `Check` (see `checks/builtin.py` for esglens's own); they all read one
`CheckContext`, whose rows, sentences and report year are worked out once and shared.
"""
from __future__ import annotations

import time
from collections.abc import Iterable
from functools import cached_property

from ..model import Document, Fact, Finding


class CheckContext:
    """What every check reads: the facts and document, and values derived from them once, read-only."""

    def __init__(self, facts: list[Fact], doc: Document | None = None, report_year: int | None = None,
                 index: list | None = None):
        self.facts = facts
        self.doc = doc
        self._year = report_year
        self._index = index

    @cached_property
    def index(self) -> list:
        """The report's content index, whose claims some checks test (read here when no stage gave it)."""
        if self._index is not None:
            return self._index
        if self.doc is None:
            return []
        from ..frameworks import extract_index

        return extract_index(self.doc)

    @cached_property
    def relations(self):
        from .breakdowns import relations

        return relations(self.rows)

    @cached_property
    def rows(self):
        from .rows import build_rows

        return build_rows(self.facts, self.doc)

    @cached_property
    def sentences(self):
        from .sentences import sentences

        return sentences(self.doc, self.facts)

    @cached_property
    def year(self) -> int | None:
        from .sentences import report_year

        return self._year or report_year(self.doc, self.facts)

    @cached_property
    def stated_changes(self) -> list:
        from .statements import changes

        return changes(self.sentences, self.year)


def run_checks(facts: list[Fact], doc: Document | None = None, *, report_year: int | None = None,
               skip: Iterable[str] = (), deadline: float | None = None, index: list | None = None,
               everything: bool = False) -> list[Finding]:
    """The internal inconsistencies found among `facts` (and the layout of `doc`, when given).

    By default only findings with complete evidence and enough confidence (`evidence.shown`): a false
    alarm costs more trust than a miss; `everything=True` keeps the doubtful ones too. With a
    `deadline` (a time.perf_counter() value), the checks not started by then are not run, and the
    document's warnings say which.
    """
    from ..core import registry
    from .evidence import shown

    ctx = CheckContext(facts, doc, report_year, index)
    skipped = set(skip)
    findings: list[Finding] = []
    todo = [c for c in registry.checks() if c.kind not in skipped]
    for i, check in enumerate(todo):
        if deadline is not None and time.perf_counter() > deadline:
            if doc is not None:
                doc.warnings.append("time budget ran out: consistency checks not run: "
                                    + ", ".join(c.kind for c in todo[i:]))
            break
        try:
            findings += check.run(ctx)
        except Exception as exc:  # one faulty check must not cost the report its other findings
            if doc is not None:
                doc.warnings.append(f"consistency check '{check.kind}' failed: {type(exc).__name__}: {exc}")
    findings = _dedupe(findings)
    return findings if everything else [f for f in findings if shown(f)]


def _dedupe(findings: list[Finding]) -> list[Finding]:
    seen: set[tuple] = set()
    out = []
    for f in findings:
        # sums of floats print as 99.92999999999999: keep what the arithmetic means
        f.values = [round(v, 6) if isinstance(v, float) else v for v in f.values]
        # the same error found from the facts and from the sentence carries the same numbers
        # on a PDF page (no lines) two findings of one year are told apart by their numbers
        spot = (f.kind, f.year, tuple(f.lines), tuple(f.pages)) if f.lines else \
            (f.kind, f.year, tuple(f.pages), tuple(map(str, f.values[:1])))
        keys = {spot, (f.kind, tuple(f.lines), tuple(f.pages), tuple(map(str, f.values)))}
        if not keys & seen:
            seen.update(keys)
            out.append(f)
    return sorted(out, key=lambda f: ((f.lines or f.pages or [0])[0], f.kind))
