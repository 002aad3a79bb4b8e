"""Content indexes, declared frameworks and framework coverage."""
from __future__ import annotations

from ..model import Document, Fact, IndexEntry
from .index import extract_index

__all__ = ["extract_index", "coverage", "coverage_summary", "declared_frameworks"]


def coverage(doc: Document, facts: list[Fact], index: list[IndexEntry]) -> list[dict]:
    return []


def coverage_summary(rows: list[dict]) -> list[dict]:
    return []


def declared_frameworks(doc: Document) -> list[dict]:
    return []
