"""The report's prose as sentences with their places, for the checks that read wording.

Lines wrapped inside a sentence (a text box broken over lines: "… a total of RMB" / "5,638,300 in …")
are joined back; table rows are read cell by cell, since a long cell is prose too. A sentence
remembers the one printed right before it in the same run of lines, so that "An increase of 45% from
2023." can be read with the amount its neighbour states.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..core.limits import limits, over_limit
from ..core.text import plain, sentences as _split_sentences
from ..model import Document, Fact

_ENDS = frozenset(".!?;:。；！？")   # a line ending in one (before white space) ends its sentence
_CONTINUES = re.compile(r"^[a-z0-9(“\"'‘]")


@dataclass
class Sentence:
    text: str
    lines: list[int] = field(default_factory=list)
    pages: list[int] = field(default_factory=list)
    prev: "Sentence | None" = None    # the sentence printed right before, in the same run of lines

    @property
    def line(self) -> int | None:
        return self.lines[0] if self.lines else None

    @property
    def page(self) -> int | None:
        return self.pages[0] if self.pages else None


clean = plain
split = _split_sentences


class _Run:
    """Lines wrapped inside one sentence, joined when the run ends (linear in the run's length)."""

    def __init__(self, text: str, lines: list[int], pages: list[int], starts_run: bool):
        self.parts, self.lines, self.pages, self.starts_run = [text], list(lines), set(pages), starts_run
        self.chars = len(text)
        self.last = text.rstrip()[-1:]   # the last printed character: does the run end a sentence?

    def add(self, text: str, lines: list[int], pages: list[int]) -> None:
        self.parts.append(text)
        self.lines += lines
        self.pages.update(pages)
        self.chars += len(text) + 1
        self.last = text.rstrip()[-1:]

    def done(self) -> tuple[str, list[int], list[int], bool]:
        return " ".join(self.parts), self.lines, sorted(self.pages), self.starts_run


def _chunks(doc: Document) -> list[tuple[str, list[int], list[int], bool]]:
    """(text, lines, pages, starts_run) per cell or joined run of wrapped lines.

    A run stops at max_sentence_chars (no wrapped sentence is that long); each stop is reported."""
    out: list[tuple[str, list[int], list[int], bool]] = []
    pending: _Run | None = None
    blank = True
    cap = limits().max_sentence_chars
    capped: list[int] = []
    continues = _CONTINUES.match
    for tl in doc.lines:
        raw = tl.text
        if not raw or raw.isspace():
            if pending:
                out.append(pending.done())
                pending = None
            blank = True
            continue
        if "\t" in raw:
            cells = [c for c in map(clean, raw.split("\t")) if c]
        else:
            cell = clean(raw)
            cells = [cell] if cell else []
        where = ([tl.line] if tl.line is not None else [], [tl.page] if tl.page is not None else [])
        if pending and len(cells) == 1 and pending.last not in _ENDS and continues(cells[0]):
            if pending.chars + len(cells[0]) < cap:
                pending.add(cells[0], *where)
                continue
            capped.append(tl.line or tl.page or 0)
        if pending:
            out.append(pending.done())
            pending = None
        if len(cells) == 1:
            pending = _Run(cells[0], where[0], where[1], blank)
        else:
            out.extend((c, where[0], where[1], True) for c in cells)
        blank = False
    if pending:
        out.append(pending.done())
    if capped:
        unit = "line" if doc.kind == "text" else "page"
        doc.warnings.append(over_limit("max_sentence_chars", f"{unit} {capped[0]}" + (
            f" and {len(capped) - 1:,} more" if len(capped) > 1 else ""),
            "wrapped lines joined into one sentence stop at the cap; the next line starts a new sentence"))
    return out


def sentences(doc: Document | None, facts: list[Fact] | None = None) -> list[Sentence]:
    """Every sentence of the document in reading order; without a document, the facts' evidence."""
    if doc is None:
        return _from_evidence(facts or [])
    out: list[Sentence] = []
    last: Sentence | None = None
    for text, lines, pages, starts_run in _chunks(doc):
        if starts_run:
            last = None
        for s in split(text):
            sent = Sentence(s, lines, pages, last)
            out.append(sent)
            last = sent
    return out


def _from_evidence(facts: list[Fact]) -> list[Sentence]:
    seen: set[tuple] = set()
    out = []
    for f in facts:
        if not f.evidence:
            continue
        key = (f.line, f.page, f.evidence)
        if key in seen:
            continue
        seen.add(key)
        out.append(Sentence(clean(f.evidence), [f.line] if f.line is not None else [],
                            [f.page] if f.page is not None else []))
    return out


def report_year(doc: Document | None, facts: list[Fact]) -> int | None:
    """The year the report covers: the document's, else the year most facts carry."""
    if doc is not None and doc.report_year:
        return doc.report_year
    years: dict[int, int] = {}
    for f in facts:
        if f.year:
            years[f.year] = years.get(f.year, 0) + 1
    return max(years, key=lambda y: (years[y], y)) if years else None
