"""Content indexes and framework coverage (stub until the frameworks stage lands)."""
from __future__ import annotations

from ..model import Document, Fact, IndexEntry


def extract_index(doc: Document) -> list[IndexEntry]:
    return []


def coverage(doc: Document, facts: list[Fact], index: list[IndexEntry]) -> list[dict]:
    return []
