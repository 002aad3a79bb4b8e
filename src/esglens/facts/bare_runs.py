"""Numbers that stand in a bare run: a table row or a chart's values flattened into one line."""
from __future__ import annotations

import re

# A run of this many numbers with nothing but spaces or dashes between them is a table row or a chart's
# values flattened into a line by a converter: no word says what each number is or which year it is for.
MIN_BARE_RUN = 3
_BARE_GAP = re.compile(r"[\s\-–—]*")
# Two figures of the same kind side by side with only spaces (or a bracket) between them ("9.8% 14.5%",
# "41.9% (40.7%)", "1,204 1,310") are two cells of a row: prose puts a word, a unit or a dash between two
# quantities. (A dash between two numbers is a range, so it does not make a pair.)
_PAIR_GAP = re.compile(r"\s*\(?\s*|\s*\)\s+")
_YEAR = re.compile(r"(?:19|20)\d\d")
_NAMED_IN_BRACKET = re.compile(r"\s+[A-Za-z][^()]{0,60}\)")
_CODE = re.compile(r"\b(?:scope|category|phase|tier|level)\s*$", re.I)


def _pair(a: re.Match, b: re.Match, sentence: str) -> bool:
    if not _PAIR_GAP.fullmatch(sentence, a.end(), b.start()) or a.end() == b.start():
        return False
    if any(not m.group("pct") and _YEAR.fullmatch(m.group("num")) for m in (a, b)):
        return False   # "in 2023 15 sites": a year beside a number
    if _CODE.search(sentence, 0, a.start()):
        return False   # "emissions (Scope 1) 6,437 t": a code's number beside a figure
    if "(" in sentence[a.end():b.start()] and _NAMED_IN_BRACKET.match(sentence, b.end()):
        return False   # "rose to 58% (53% in 2020)", "84% (6% improvement)": the bracket says what its figure is
    return bool(a.group("pct")) == bool(b.group("pct")) and not a.group("cur") and not b.group("cur")


def bare_runs(matches: list[re.Match], sentence: str) -> set[int]:
    """Starts of the numbers that stand in a bare run (see MIN_BARE_RUN) or a bare pair (`_pair`)."""
    out: set[int] = set()
    run: list[re.Match] = []
    for m in matches:
        if run and _pair(run[-1], m, sentence):
            out.update((run[-1].start(), m.start()))
        if run and not _BARE_GAP.fullmatch(sentence, run[-1].end(), m.start()):
            if len(run) >= MIN_BARE_RUN:
                out.update(r.start() for r in run)
            run = []
        run.append(m)
    if len(run) >= MIN_BARE_RUN:
        out.update(r.start() for r in run)
    return out
