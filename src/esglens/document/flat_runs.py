"""Values a converter flattened into one line together with their years, read as columns of a table.

Two shapes, each checked by counting:
- year groups: `2019 v1 … vN 2020 v1 … vN 2021 v1 … vN` — consecutive years, each followed by the same
  number N ≥ 1 of values (one per row label);
- a year header: `2018 2018 2018 2019 2019 2019 … v v v v v v …` — consecutive years, each repeated the
  same N times, then exactly one value per header year (a chart's grouped bars: year by year, N series).

A run starts after a word (or at the start of the line) and ends at a word or the end of the line. After
the last group, the page numbers of a spread ("… 444.09 15 14 Fulfilling Social …": one number, or two
that differ by one, before words) may follow; anything else that does not count out is no run (None).
A year that stands alone before a word at the end ("2021 100 2022 Target 100") is a target's label, not a
group. Pure bookkeeping: no labels here (`flat_tables` finds them).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_YEAR = re.compile(r"(?:19|20)\d\d")
_NUMBER = re.compile(r"-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?")
_DASH = re.compile(r"[-–—]")
_PAGE = re.compile(r"\d{1,3}")


@dataclass
class Run:
    """The values of one flattened line: `cells[i]` is (year, label index, raw value)."""
    start: int            # index of the run's first token
    n_labels: int
    years: list[int]
    cells: list[tuple[int, int, str]]


def kinds(tokens: list[str]) -> list[str]:
    """'Y' year, 'V' value or dash, 'W' anything else, for each token (a trailing '.' or ',' dropped)."""
    out = []
    for t in tokens:
        t = t.rstrip(".,;")
        if _YEAR.fullmatch(t):
            out.append("Y")
        elif _NUMBER.fullmatch(t) or _DASH.fullmatch(t):
            out.append("V")
        else:
            out.append("W")
    return out


# two years standing as words: a line without them holds no run (checked before the line is split)
_YEAR_WORD = re.compile(r"(?<!\S)(?:19|20)\d\d(?![^\s.,;])")


def has_years(text: str) -> bool:
    if text.count("19") + text.count("20") < 2:   # two years print two of these (C speed; most lines have none)
        return False
    first = _YEAR_WORD.search(text)
    return first is not None and _YEAR_WORD.search(text, first.end()) is not None


def find_run(tokens: list[str]) -> Run | None:
    """The one run of the line, or None (no run, or more than one)."""
    kind = kinds(tokens)
    found = []
    for s, k in enumerate(kind):
        if k == "Y" and (s == 0 or kind[s - 1] == "W"):
            run = _groups(tokens, kind, s) or _header(tokens, kind, s)
            if run is not None:
                found.append(run)
    return found[0] if len(found) == 1 else None


def _consecutive(years: list[int]) -> bool:
    if len(years) < 2:
        return False
    step = years[1] - years[0]
    return step in (1, -1) and all(b - a == step for a, b in zip(years, years[1:]))


def _values_from(kind: list[str], i: int) -> int:
    """Index after the values that start at i."""
    while i < len(kind) and kind[i] == "V":
        i += 1
    return i


def _tail_ok(tokens: list[str], kind: list[str], extra: list[int], end: int, word: bool = False) -> bool:
    """What follows the counted values: nothing, a word (`word`: a year read as one), or a spread's page
    numbers before a word."""
    word = word or (end < len(kind) and kind[end] == "W")
    if end < len(kind) and not word:
        return False
    if not extra:
        return True
    if not word or len(extra) > 2:
        return False
    raws = [tokens[i].rstrip(".,;") for i in extra]
    if not all(_PAGE.fullmatch(r) for r in raws):
        return False
    return len(raws) == 1 or abs(int(raws[0]) - int(raws[1])) == 1


def _groups(tokens: list[str], kind: list[str], s: int) -> Run | None:
    groups: list[tuple[int, list[int]]] = []
    i = s
    while i < len(kind) and kind[i] == "Y":
        j = _values_from(kind, i + 1)
        groups.append((int(tokens[i].rstrip(".,;")), list(range(i + 1, j))))
        i = j
    popped = bool(groups) and not groups[-1][1] and i < len(kind) and kind[i] == "W" and len(groups) > 2
    if popped:
        groups.pop()          # "2022 Target": a year that names what follows
        i -= 1
    years = [y for y, _ in groups]
    n = len(groups[0][1]) if groups else 0
    if n == 0 or not _consecutive(years) or any(len(v) != n for _, v in groups[:-1]):
        return None
    last = groups[-1][1]
    if len(last) < n or not _tail_ok(tokens, kind, last[n:], i, popped):
        return None
    cells = [(y, k, tokens[idx].rstrip(".,;")) for y, idx_list in groups for k, idx in enumerate(idx_list[:n])]
    return _checked(Run(s, n, years, cells))


def _header(tokens: list[str], kind: list[str], s: int) -> Run | None:
    i = s
    while i < len(kind) and kind[i] == "Y":
        i += 1
    head = [int(tokens[k].rstrip(".,;")) for k in range(s, i)]
    distinct = [y for k, y in enumerate(head) if k == 0 or head[k - 1] != y]
    reps = len(head) // len(distinct)
    if not _consecutive(distinct) or reps * len(distinct) != len(head) or \
            any(head[k] != distinct[k // reps] for k in range(len(head))):
        return None
    j = _values_from(kind, i)
    values = list(range(i, j))
    if len(values) < len(head) or not _tail_ok(tokens, kind, values[len(head):], j):
        return None
    cells = [(head[k], k % reps, tokens[idx].rstrip(".,;")) for k, idx in enumerate(values[:len(head)])]
    return _checked(Run(s, reps, distinct, cells))


def _checked(run: Run) -> Run | None:
    """A run of dashes only says nothing."""
    return run if any(not _DASH.fullmatch(raw) for _, _, raw in run.cells) else None
