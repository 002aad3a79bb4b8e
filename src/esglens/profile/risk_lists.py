"""Climate risks printed as a list rather than a table: "Acute risk - extreme weather disasters.",
"Policy risk: carbon pricing", "Reputation risk." — consecutive short lines naming a kind of risk,
near text about climate."""
from __future__ import annotations

import re

from ..model import Document, Paragraph
from .climate import _category, _risk_type
from ..core.opening import opening

_ITEM = opening(re.compile(r"^\s*(?:[-•·*▪●]\s*)?(?P<kind>[A-Z][A-Za-z]+(?:[ -][a-z]+){0,2}) risks?"
                   r"(?:\s*[-–—:：]\s*(?P<what>[^.;]{3,120}))?\s*[.;]?\s*$"))
_CLIMATE = opening(re.compile(r"climat|TCFD|carbon|greenhouse", re.I))
NEAR_LINES = 60     # a list of risks belongs to climate when climate is named this close above it


def listed_risks(doc: Document) -> list[dict]:
    """Runs of two or more list items naming a physical or transition risk, below a mention of climate."""
    out: list[dict] = []
    run: list[dict] = []
    last_climate = None
    for block in doc.blocks:
        text = getattr(block, "text", "") or ""
        m = _ITEM.match(text) if isinstance(block, Paragraph) and len(text.split()) <= 16 else None
        item = _item(m, block) if m else None
        if item and last_climate is not None and block.line is not None and block.line - last_climate <= NEAR_LINES:
            run.append(item)
            continue
        if len(run) >= 2:
            out += run
        run = []
        if _CLIMATE.search(text) and block.line is not None:
            last_climate = block.line
    if len(run) >= 2:
        out += run
    return out


def _item(m: re.Match, block) -> dict | None:
    kind_word = m.group("kind")
    kind = _risk_type(kind_word, False) or _risk_type(m.group("what") or "", False)   # "Long term risk - chronic ..."
    if kind is None:
        return None   # "Key risk - ...", "Main risks:": no kind of climate risk
    what = (m.group("what") or kind_word + " risk").strip()
    return {"type": kind, "category": _category(kind_word) or _category(what), "category_label": kind_word, "description": what,
            "impact": None, "level": None, "horizon": None, "horizons": [], "financial_impact": None,
            "response": None, "scenario": None, "line": block.line, "page": block.page}
