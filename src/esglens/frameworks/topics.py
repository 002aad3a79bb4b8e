"""Exchange-guideline indexes that list topics without article numbers (SZSE No. 17 and its siblings)."""
from __future__ import annotations

import re
from collections.abc import Callable

from ..model import IndexEntry
from .catalog import Item, catalogs
from .names import exchanges, index_title_names
from .rows import Row

_HEADER_WORDS = re.compile(r"disclos|requirement|indicator|topic|issue|article|dimension|location|chapter|page|"
                           r"section|content|numbering|standard|item|remark|index|correspond|position|reference", re.I)
_MIN_TOPICS = 4
# "Acme Co., Ltd. | 2024 Sustainability Report | 66": a running footer, not a topic
_RUNNING_TITLE = re.compile(r"\b(?:19|20)\d\d\b[^|]{0,40}\b(?:report|rapport)\b|\breport\s+(?:19|20)\d\d\b", re.I)


_NOT_WORD = re.compile(r"[^a-z0-9&]+")


def _norm(text: str) -> str:
    return _NOT_WORD.sub(" ", text.lower()).strip()


def match_topic(text: str, framework: str = "SZSE-17") -> Item | None:
    """The guideline topic a printed topic name stands for (all words of one alias occur in it)."""
    t = f" {_norm(text)} "
    cat = next((c for c in catalogs() if c.framework == "SZSE-17"), None)
    if cat is None:
        return None
    best: tuple[int, Item] | None = None
    for item in cat.items:
        for alias in item.aliases:
            if all(f" {w}" in t for w in _norm(alias).split()):
                score = len(alias)
                if best is None or score > best[0]:
                    best = (score, item)
    return best[1] if best else None


def _is_header(cells: list[str]) -> bool:
    return all(len(c.split()) <= 6 and _HEADER_WORDS.search(c) for c in cells)


def _title_exchange(text: str) -> str | None:
    for _, guideline, rx in exchanges():
        if rx.search(text):
            return guideline
    if any(rx.search(text) for _, rx in index_title_names()):
        return ""      # another framework's index
    return None


def topic_entries(rows: list[Row], taken: set[int | None], is_title: Callable[[Row], bool],
                  default: str = "SZSE-17") -> list[IndexEntry]:
    """Rows 'dimension | topic | location' after an index title, when most topics are guideline topics."""
    from .locations import pages_in, status_of

    out: list[IndexEntry] = []
    for n, row in enumerate(rows):
        if not is_title(row):
            continue
        fw = _title_exchange(row.text)
        if fw == "":
            continue
        cands: list[tuple[Row, str, str]] = []
        quiet = 0
        for r in rows[n + 1:]:
            if is_title(r) or (r.heading and cands):
                break   # the index ends where another index or a new section begins
            filled = r.filled
            if r.table is None or len(filled) < 2:
                quiet += 1
                if quiet > 6 and cands:
                    break
                if quiet > 12:
                    break
                continue
            quiet = 0
            if _is_header(filled) or (r.line or r.page) in taken or _RUNNING_TITLE.search(" ".join(filled)):
                continue
            cands.append((r, filled[-2], filled[-1]))
        hits = sum(1 for _, topic, _ in cands if match_topic(topic))
        if hits < _MIN_TOPICS or hits < 0.5 * len(cands):
            continue
        for r, topic, where in cands:
            out.append(IndexEntry(framework=fw or default, code=topic, where=where, line=r.line, page=r.page,
                                  title=topic, status=status_of(where), pages_cited=pages_in(where)))
    return out
