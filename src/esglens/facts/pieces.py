"""A text's sentences, and the pieces a sentence too long for prose is read in (bounded work per number)."""
from __future__ import annotations

import re

from ..core.limits import limits
from ..core.text import sentence_spans

CONTENTS = re.compile(r"(?:(?:\.\s?){5,}|…{2,})\s*\d{1,3}\b")   # a contents line: "7 Climate ........ 52"
_TOKEN = re.compile(r"\w+")


def sentences(text: str, notes: list[int] | None = None) -> list[tuple[int, str, int, int]]:
    """The sentences of a text: (start, text, keep_from, keep_to), the numbers to read being those
    starting in [keep_from, keep_to); one over `max_sentence_words` words is read in pieces (`_pieces`)."""
    out = []
    for a, b in sentence_spans(text):
        out += [(a + p, piece, lo, hi) for p, piece, lo, hi in _pieces(text[a:b], notes)]
    return out


def _pieces(sentence: str, notes: list[int] | None) -> list[tuple[int, str, int, int]]:
    """A sentence of more words than `max_sentence_words` is no prose (a flattened table, a run of
    numbers): its numbers are read `context_chars` at a time, each piece with `context_chars` of the
    sentence on either side, so the work per number is bounded and no number or unit is cut. The
    sentence is noted."""
    lim = limits()
    if len(sentence) < lim.max_sentence_words or sum(1 for _ in _TOKEN.finditer(sentence)) <= lim.max_sentence_words:
        return [(0, sentence, 0, len(sentence))]
    if notes is not None:
        notes.append(len(sentence))
    ctx = lim.context_chars
    out = []
    for core in range(0, len(sentence), ctx):
        a = max(0, core - ctx)
        out.append((a, sentence[a: core + 2 * ctx], core - a, core + ctx - a))
    return out

