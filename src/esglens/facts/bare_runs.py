"""Numbers that stand in a bare run: a table row or a chart's values flattened into one line."""
from __future__ import annotations

import re

# A run of this many numbers with nothing but spaces or dashes between them is a table row or a chart's
# values flattened into a line by a converter: no word says what each number is or which year it is for.
MIN_BARE_RUN = 3
_BARE_GAP = re.compile(r"[\s\-–—]*")


def bare_runs(matches: list[re.Match], sentence: str) -> set[int]:
    """Starts of the numbers that stand in a bare run (see MIN_BARE_RUN)."""
    out: set[int] = set()
    run: list[re.Match] = []
    for m in matches:
        if run and not _BARE_GAP.fullmatch(sentence, run[-1].end(), m.start()):
            if len(run) >= MIN_BARE_RUN:
                out.update(r.start() for r in run)
            run = []
        run.append(m)
    if len(run) >= MIN_BARE_RUN:
        out.update(r.start() for r in run)
    return out
