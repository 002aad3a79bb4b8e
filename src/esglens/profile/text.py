"""Small text helpers shared by the profile extractors: where a thing stands, sentences, vocabulary."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Iterator

from ..core import vocab as _vocab
from ..core.text import clean
from ..model import Document, Heading, Paragraph, TableBlock


@dataclass(frozen=True, slots=True)
class Unit:
    """One piece of narrative text (a sentence) with where it stands and the section it is under."""
    text: str
    line: int | None
    page: int | None
    section: str


@functools.cache
def vocab() -> dict:
    return _vocab.load("profile.yaml")


@functools.cache
def rx(pattern: str, flags: int = re.I) -> re.Pattern:
    return re.compile(pattern, flags)


def any_match(patterns: list[str], text: str) -> re.Match | None:
    for p in patterns:
        m = rx(p).search(text)
        if m:
            return m
    return None


def loc(obj) -> dict:
    """{"line": n} for text input, {"page": p} for PDF input."""
    if getattr(obj, "line", None) is not None:
        return {"line": obj.line}
    if getattr(obj, "page", None) is not None:
        return {"page": obj.page}
    return {"line": None}


_SENT_END = re.compile(r"(?<=[.!?。；])\s+(?=[\"“(A-Z0-9])")


def split_sentences(text: str) -> list[str]:
    # "Co., Ltd." and "No. 17" must not end a sentence.
    parts = _SENT_END.split(text)
    out: list[str] = []
    for p in parts:
        if out and re.search(r"(?:\bCo\.,? Ltd\.|\bNo\.|\bv\.|\bvs\.|\be\.g\.|\bi\.e\.|\bMr\.|\bMrs\.|\bDr\.|\bSt\.)$", out[-1]):
            out[-1] += " " + p
        else:
            out.append(p)
    return [s.strip() for s in out if s.strip()]


def narrative(doc: Document) -> list[Unit]:
    """Every sentence of every heading and paragraph, in reading order."""
    return list(_narrative(doc))


def _narrative(doc: Document) -> Iterator[Unit]:
    section = ""
    for b in doc.blocks:
        if isinstance(b, Heading):
            section = clean(b.text)
            yield Unit(section, b.line, b.page, section)
        elif isinstance(b, Paragraph):
            for s in split_sentences(clean(b.text)):
                yield Unit(s, b.line, b.page, section)


def tables(doc: Document) -> list[TableBlock]:
    return [b for b in doc.blocks if isinstance(b, TableBlock)]


def cells(row) -> list[str]:
    return [clean(c) for c in row.cells]


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def norm_key(text: str) -> str:
    """A comparison key: lower case letters and digits only."""
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def is_contents_line(text: str) -> bool:
    """A table-of-contents entry: a title with a page number before or after it."""
    return bool(re.match(r"^\s*\d{1,3}\s+\S", text) or re.search(r"\S\s+\d{1,3}\s*$", text))
