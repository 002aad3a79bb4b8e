"""The names reports use for frameworks, compiled from data/framework_names.yaml."""
from __future__ import annotations

import re
from functools import cache

from ..core import vocab
from ..core.prefilter import gate


@cache
def _data() -> dict:
    return vocab.load("framework_names.yaml")


@cache
def declared_names() -> tuple[tuple[str, re.Pattern], ...]:
    """(framework id, pattern) for naming a framework in a basis-of-preparation sentence (each pattern
    behind its word gate, core.prefilter.gate, like the two below)."""
    return tuple((f["id"], gate(re.compile(f["declared"], re.I))) for f in _data()["frameworks"] if f.get("declared"))


@cache
def exchanges() -> tuple[tuple[str, str, re.Pattern], ...]:
    """(exchange id, its guideline's framework id, pattern)."""
    return tuple((e["id"], e["guideline"], gate(re.compile(e["pattern"], re.I))) for e in _data()["exchanges"])


@cache
def index_title_names() -> tuple[tuple[str, re.Pattern], ...]:
    """(framework id, pattern) for naming a framework in a content index's title."""
    own = [(f["id"], gate(re.compile(f["index_title"], re.I))) for f in _data()["frameworks"] if f.get("index_title")]
    return tuple(own + [(guideline, rx) for _, guideline, rx in exchanges()])
