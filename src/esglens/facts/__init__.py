"""Facts: every number the report states, from tables and from sentences."""
from __future__ import annotations

from ..model import Document, Fact


def extract_facts(doc: Document) -> list[Fact]:
    from .extract import extract_all

    return extract_all(doc)
