"""Evidence that a framework item is covered: facts of its metrics, or a section the report has."""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from ..model import Document, Fact, Heading, IndexEntry, Paragraph
from .catalog import Item


@lru_cache(maxsize=1 << 14)   # headings are compared with many items' words and locations
def norm_words(text: str) -> str:
    """Lower-case words only: footnote markers, quotes and punctuation dropped ('Table²²' -> 'table')."""
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("No", "Lm"))
    text = unicodedata.normalize("NFKC", text).lower()
    return " ".join(re.findall(r"[a-z0-9&]+|[\u4e00-\u9fff]+", text))


@dataclass(frozen=True)
class Section:
    text: str
    norm: str
    line: int | None
    page: int | None

    @property
    def where(self) -> str:
        return f"line {self.line}" if self.line is not None else f"page {self.page}"


_PAGE_AT_END = re.compile(r"\s\d{1,3}$")


class Evidence:
    """Look-ups over one report: facts by metric, section headings outside the index itself."""

    def __init__(self, doc: Document, facts: list[Fact], index: list[IndexEntry]):
        self.by_metric: Counter[str] = Counter(f.metric for f in facts if f.metric and f.value is not None)
        spans = _spans([e.line if e.line is not None else e.page for e in index], 40 if doc.kind == "text" else 1)
        starts = [lo for lo, _ in spans]
        heads = [b for b in doc.blocks if isinstance(b, Heading)]
        end = max((b.line or b.page or 0) for b in heads) if heads else 0
        best: dict[str, tuple[bool, Section]] = {}
        for b in heads:
            spot = b.line if b.line is not None else b.page
            if spot is not None and _inside(spans, starts, spot):
                continue        # the index's own aspect and group lines
            if _PAGE_AT_END.search(b.text.strip()):
                continue        # a table-of-contents line with its page number
            n = norm_words(b.text)
            if len(n) < 4:
                continue
            # a title printed in the contents and again over its chapter stands for the chapter
            front = (spot or 0) <= 0.04 * end
            if n not in best or (best[n][0] and not front):
                best[n] = (front, Section(b.text, n, b.line, b.page))
        self.sections: list[Section] = sorted((s for _, s in best.values()), key=lambda s: (s.page or 0, s.line or 0))
        self._several, self._one = _keys(self.sections)
        # a line that is only a few words ("Governance.") is a heading whose markup the converter lost
        self.label_lines = [Section(b.text, norm_words(b.text), b.line, b.page) for b in doc.blocks
                            if isinstance(b, Paragraph) and len(b.text.split()) <= 4]

    def facts_for(self, item: Item) -> str | None:
        found = [f"{m} ×{self.by_metric[m]}" for m in item.metrics if self.by_metric.get(m)]
        return ", ".join(found) if found else None

    def cited_sections(self, where: str) -> list[Section]:
        """Headings whose full text the location cites (locations run section names together)."""
        w = f" {norm_words(where)} "
        hits = [(s, key) for s, key in self._several if key in w]
        # "Climate Change" inside a cited "Addressing Climate Change" is the longer name's
        out = [s for s, key in hits if not any(o is not s and key in other for o, other in hits)]
        if out:
            return out
        # one-word chapters ("Environment Society Governance") count only when they make up the whole location
        single = [s for s, key in self._one if key in w]
        if single and set(w.split()) <= {s.norm for s in single}:
            return single
        return []

    def keyword_section(self, keywords: tuple[str, ...]) -> tuple[Section, str] | None:
        """The first heading that names one of the words ('employ*' is a stem; plurals match)."""
        for kw in keywords:
            stem = kw.endswith("*")
            k = re.escape(norm_words(kw.rstrip("*")))
            rx = re.compile(rf"\b{k}" + (r"\w*" if stem else r"(?:s|es)?\b"))
            for s in self.sections:
                if rx.search(s.norm):
                    return s, kw.rstrip("*")
        return None

    def pillar_section(self, codes: tuple[str, ...]) -> Section | None:
        """A report laid out by the TCFD pillars (headings for at least three of Governance, Strategy,
        Risk Management, Metrics and Targets) covers each pillar's items in its section."""
        if not hasattr(self, "_pillars"):
            hits = {}
            for p in PILLARS:
                rx = re.compile(rf"^(?:climate(?: related)? )?{p}$")
                hits[p] = [s for s in [*self.sections, *self.label_lines] if rx.match(s.norm)]
            self._pillars = _nearest(hits) if sum(1 for h in hits.values() if h) >= 3 else {}
        for code in codes:
            low = norm_words(code)
            pillar = next((p for p in PILLARS if low.startswith(p + " ") or low == p), None)
            if pillar in self._pillars:
                return self._pillars[pillar]
        return None


PILLARS = ("governance", "strategy", "risk management", "metrics and targets")


def _nearest(hits: dict[str, list[Section]]) -> dict[str, Section]:
    """Each pillar's heading nearest the pillar named least often ("Governance" is also a chapter of its
    own; the climate section's four pillar headings stand together)."""
    spot = lambda s: s.line if s.line is not None else (s.page or 0)      # noqa: E731
    rare = min((h for h in hits.values() if h), key=len)
    anchor = spot(rare[0])
    return {p: min(h, key=lambda s: abs(spot(s) - anchor)) for p, h in hits.items() if h}


def _inside(spans: list[tuple[int, int]], starts: list[int], spot: int) -> bool:
    """Is `spot` inside one of `spans` (sorted, apart; `starts` their first spots)? A binary search."""
    i = bisect_right(starts, spot) - 1
    return i >= 0 and spot <= spans[i][1]


def _keys(sections: list[Section]) -> tuple[list[tuple[Section, str]], list[tuple[Section, str]]]:
    """Each heading as cited_sections looks for it (" name "), made once: names of several words, of one."""
    keyed = [(s, f" {s.norm} ") for s in sections]
    return [k for k in keyed if " " in k[0].norm], [k for k in keyed if " " not in k[0].norm]


def _spans(spots: list[int | None], gap: int) -> list[tuple[int, int]]:
    """Runs of index rows (lines or pages) that stand together."""
    out: list[list[int]] = []
    for p in sorted(x for x in spots if x is not None):
        if out and p - out[-1][1] <= gap:
            out[-1][1] = p
        else:
            out.append([p, p])
    return [(a, b) for a, b in out]
