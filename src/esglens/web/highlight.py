"""Where a fact's raw text stands inside the source lines, as plain-text segments.

The templates print the segments with autoescaping and wrap only the hit in <mark>: report text is
never turned into markup, so escaping always comes first.
"""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass
class ShownLine:
    number: int | None            # file line (text input) or None (PDF)
    page: int | None
    before: str
    hit: str                      # the marked raw text ("" when this line has no mark)
    after: str
    focus: bool = False           # the fact's line (highlighted as a whole)


def _occurrences(text: str, raw: str) -> list[tuple[int, int]]:
    """Spans of raw standing as a whole token (not inside a longer number or word), else anywhere."""
    if not raw:
        return []
    lead = r"(?<![\w.,])" if raw[0].isalnum() else ""
    tail = r"(?![\w]|[.,]\d)" if raw[-1].isalnum() else ""
    spans = [m.span() for m in re.finditer(lead + re.escape(raw) + tail, text)]
    return spans or [m.span() for m in re.finditer(re.escape(raw), text)]


def locate(texts: list[str], raw: str, rank: int = 0, count: int = 1) -> tuple[int, int, int] | None:
    """(text index, start, end) of the fact's raw text: the rank-th of `count` facts printing it.

    When the text shows raw more often than there are facts (a label such as "Scope 1" also holds it),
    the facts are the right-most occurrences: values stand after their labels.
    """
    spans = [(i, s, e) for i, t in enumerate(texts) for s, e in _occurrences(t, raw)]
    if not spans:
        return None
    index = len(spans) - count + rank if len(spans) >= count else min(rank, len(spans) - 1)
    return spans[max(index, 0)]


def shown_lines(rows: list[dict], raw: str | None, rank: int, count: int,
                focus_line: int | None, label: str | None = None) -> list[ShownLine]:
    """The source rows with the fact's raw text marked once.

    Text input: the mark goes in the focus line. PDF input (no line numbers): in a line of the page that
    also prints the fact's row label, else anywhere on the page.
    """
    texts = [r["text"] or "" for r in rows]
    if focus_line is not None:
        candidates = [i for i, r in enumerate(rows) if r["line"] == focus_line]
    else:
        candidates = _lines_with_label(texts, label) or list(range(len(rows)))
    where = None
    if raw and candidates:
        found = locate([texts[i] for i in candidates], raw, rank, count)
        if found:
            where = (candidates[found[0]], found[1], found[2])
    out = []
    for i, (r, t) in enumerate(zip(rows, texts)):
        focus = (focus_line is not None and r["line"] == focus_line) or (where is not None and where[0] == i)
        if where and where[0] == i:
            _, s, e = where
            out.append(ShownLine(r["line"], r["page"], t[:s], t[s:e], t[e:], True))
        else:
            out.append(ShownLine(r["line"], r["page"], t, "", "", focus))
    return out


def _lines_with_label(texts: list[str], label: str | None) -> list[int]:
    """Lines printing the label's last part (labels are joined parents first with " > ")."""
    leaf = (label or "").split(" > ")[-1].strip().casefold()
    if len(leaf) < 3:
        return []
    return [i for i, t in enumerate(texts) if leaf in t.casefold()]
