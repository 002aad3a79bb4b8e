"""Tables a converter flattened into lines of text, put back together as raw tables.

A line that holds a counted run of values with their years (`flat_runs`) is a table's body; its N row
labels stand on lines of their own nearby, as printed in the table's stub column:
- a run of exactly N label lines that each end with a unit in brackets ("Methane recovery (million cubic
  metres)"), the nearest one above the values (the text before the run on the value line may be the last
  label) or right below them (after a stub header such as "Indicators");
- or the N label lines between a stub header ("Indicators") and the value line.
When the counts do not line up, or two places hold N labels, the line gives no table (it stays prose);
one label (N = 1) is taken only from beside the value line or under a stub header. The table is handed on
as a `TableBlock` whose rows read `label | value | value …` under a row of years, like any table.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..core.units import known_unit
from ..model import RawRow, TableBlock
from .flat_runs import Run, find_run, has_years

# how far (lines) from its values a table's labels may stand: a page of a converted report
LABEL_WINDOW = 40
STUB_HEADERS = frozenset({"indicator", "indicators", "item", "items", "metric", "metrics", "kpi", "kpis",
                          "key indicators", "key figures", "key performance indicators", "performance indicators"})
_NOTE = re.compile(r"\s*\bNote\s?\d{1,2}\s*$", re.I)
_TAIL_UNIT = re.compile(r"[(（]\s*([^()（）]{1,60}?)\s*[)）]\s*$")
# a unit that is only a scale: "(10,000)", "('000)", "(million)" ("(2021)" is a year, no unit)
_SCALE = re.compile(r"(?:1(?:0|,000)+|'000|thousands?|millions?|billions?|ten thousand|hundred million|"
                    r"1(?:0|,000)+ (?:million|billion))", re.I)
# what a count counts, in lower case: "(vessels)", "(person-times)" ("(Revised)", "(Trial)" name a version)
_COUNTED = re.compile(r"[a-z][a-z-]*[a-z]s")
_BIG_NUMBER = re.compile(r"(?<![\w.,])(?:\d{3,}|\d+[.,]\d+|\d+%)(?![\w])")


def is_stub_header(text: str) -> bool:
    return text.strip().rstrip(".:：").strip().lower() in STUB_HEADERS


def label_text(text: str) -> str | None:
    """The text as a row label (a trailing "Note 1" and full stop dropped), or None when it reads as prose,
    a heading of the stub, or holds a figure of its own."""
    t = _NOTE.sub("", text.strip()).rstrip(" .").strip()
    if not t or len(t) > 160 or len(t.split()) > 24 or is_stub_header(t):
        return None
    if not (t[0].isupper() or "\u4e00" <= t[0] <= "\u9fff"):
        return None
    if re.search(r"[.;!?]\s+\S|[,:;]$", t) or _BIG_NUMBER.search(re.sub(r"[(（][^()（）]*[)）]", " ", t)):
        return None
    return t


def unit_label(text: str) -> str | None:
    """A row label that ends with its unit in brackets, or None."""
    t = label_text(text)
    if t is None or not (m := _TAIL_UNIT.search(t)):
        return None
    u = m.group(1).strip()
    if _SCALE.fullmatch(u) or re.fullmatch(r"per [\d,]+ \S+", u, re.I) or _COUNTED.fullmatch(u):
        return t
    return t if known_unit(u) else None


@dataclass
class _Labels:
    lines: list[int]        # where each label is printed, top to bottom
    texts: list[str]
    anchored: bool          # under a stub header, or beside the values


class _Page:
    """The text lines of the report that may hold labels or values (not table rows), by line number."""

    def __init__(self, texts: dict[int, str]):
        self.texts = texts
        self.runs: dict[int, Run] = {}
        for n, t in texts.items():
            if has_years(t) and (run := find_run(t.split())) is not None:
                self.runs[n] = run

    def prefix(self, n: int) -> str:
        return " ".join(self.texts[n].split()[:self.runs[n].start])

    def unit_run_up(self, n: int) -> _Labels | None:
        lines, texts = [], []
        i = n
        if (lab := unit_label(self.prefix(n))) is not None:
            lines, texts = [n], [lab]
        else:
            i = n - 1
            while i > n - LABEL_WINDOW and i in self.texts and i not in self.runs and unit_label(self.texts[i]) is None:
                i -= 1
            if i not in self.texts or i in self.runs or unit_label(self.texts[i]) is None:
                return None
            lines, texts = [i], [unit_label(self.texts[i])]
        i = lines[0] - 1
        while i in self.texts and i not in self.runs and (lab := unit_label(self.texts[i])) is not None:
            lines.insert(0, i)
            texts.insert(0, lab)
            i -= 1
        anchored = lines[-1] >= n - 1 or (i in self.texts and is_stub_header(self.texts[i]))
        return _Labels(lines, texts, anchored)

    def header_run_up(self, n: int) -> _Labels | None:
        i = n - 1
        while i > n - LABEL_WINDOW and i in self.texts and i not in self.runs and not is_stub_header(self.texts[i]):
            i -= 1
        if i not in self.texts or not is_stub_header(self.texts[i]):
            return None
        lines = list(range(i + 1, n)) + ([n] if self.prefix(n) else [])
        texts = [label_text(self.texts[k] if k != n else self.prefix(n)) for k in lines]
        if not lines or any(t is None for t in texts):
            return None
        return _Labels(lines, texts, True)

    def unit_run_down(self, n: int) -> _Labels | None:
        i, anchored = n + 1, False
        while i in self.texts and is_stub_header(self.texts[i]):
            i, anchored = i + 1, True
        lines, texts = [], []
        while i in self.texts:
            lab = unit_label(self.prefix(i) if i in self.runs else self.texts[i])
            if lab is None:
                break
            lines.append(i)
            texts.append(lab)
            if i in self.runs:
                break          # the last label stands before the next table's values
            i += 1
        return _Labels(lines, texts, anchored or (bool(lines) and lines[0] == n + 1)) if lines else None

    def labels_for(self, n: int) -> _Labels | None:
        want = self.runs[n].n_labels
        found = {}
        for lab in (self.unit_run_up(n), self.header_run_up(n), self.unit_run_down(n)):
            if lab is not None and len(lab.lines) == want and (want >= 2 or lab.anchored):
                found[tuple(lab.lines)] = lab
        return next(iter(found.values())) if len(found) == 1 else None


def flat_tables(texts: dict[int, str], section_of: dict[int, str | None]) -> dict[int, TableBlock]:
    """Tables read from flattened value lines, by the line of their values."""
    page = _Page(texts)
    out: dict[int, TableBlock] = {}
    used: dict[tuple[int, ...], int] = {}
    for n in sorted(page.runs):
        labels = page.labels_for(n)
        if labels is None:
            continue
        key = tuple(labels.lines)
        if key in used:          # two value lines claim the same labels: neither is sure
            out.pop(used[key], None)
            continue
        used[key] = n
        out[n] = _block(n, page.runs[n], labels, section_of.get(n))
    return out


def _block(n: int, run: Run, labels: _Labels, section: str | None) -> TableBlock:
    years = run.years
    grid = {(y, k): raw for y, k, raw in run.cells}
    rows = [RawRow(cells=["", *(str(y) for y in years)], line=n)]
    for k, text in enumerate(labels.texts):
        rows.append(RawRow(cells=[text, *(grid.get((y, k), "") for y in years)], line=n))
    return TableBlock(id=f"F{n}", rows=rows, title=None, section=section)
