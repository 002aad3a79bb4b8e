"""Climate risks printed as groups of short lines under a label naming their kind: a graphic or a list
flattened by the converter ("Transitional impact drivers Laws, regulations, policies" / "Commodity prices" /
"Acute physical impact drivers Extreme weather events" / "Chronic physical risks:" / "Rising sea levels").
The label gives the type (physical, transition) and category (acute, chronic, policy ...); each short
noun-phrase line after it, up to the next label or the first sentence, is one risk."""
from __future__ import annotations

import re

from ..model import Document, Paragraph
from .climate import _category, _risk_type
from ..core.opening import opening

_KINDS = r"(?:transition(?:al)?|physical|acute|chronic|policy|legal|regulatory|technology|market|reputation(?:al)?)"
_LABEL = re.compile(rf"^(?P<label>(?:{_KINDS}(?:\s+(?:and|&)\s+|\s+|-))+(?:climate[- ]related\s+)?"
                    r"(?:risks?|(?:impact\s+)?drivers?|risk\s+factors?))\b\s*[:：\-–—]?\s*(?P<rest>.*)$", re.I | re.S)
_SENTENCE = re.compile(r"\b(?:we|our|is|are|was|were|has|have|had|will|would|could|may|can|this|these|which|that|"
                       r"its|their|based|the company)\b|[.;!?]\s+\S|\d{3,}|=", re.I)
_CLIMATE = opening(re.compile(r"climat|TCFD|carbon|greenhouse|global warming", re.I))
MAX_WORDS = 10
MIN_ITEMS = 3


def grouped_risks(doc: Document) -> list[dict]:
    """Risks from runs of labelled groups near a mention of climate; [] when the runs hold fewer than
    MIN_ITEMS risks."""
    blocks = [b for b in doc.blocks if isinstance(b, Paragraph)]
    out: list[dict] = []
    run: list[dict] = []
    label = None
    last_climate = None
    for b in blocks:
        text = " ".join(b.text.split())
        if m := _LABEL.match(text):
            label = m.group("label") if _near(last_climate, b) else None
            text = m.group("rest")
            if not text:
                continue
        if label and _is_item(text):
            run.append(_risk(label, text, b))
            continue
        label = None
        if len(run) >= MIN_ITEMS:
            out += run
        run = []
        if _CLIMATE.search(text):
            last_climate = b
    if len(run) >= MIN_ITEMS:
        out += run
    return out


def _near(climate, b) -> bool:
    """Climate named within 60 lines above (text input) or on this page or the one before (PDF input)."""
    if climate is None:
        return False
    if climate.line is not None and b.line is not None:
        return 0 <= b.line - climate.line <= 60
    return climate.page is not None and b.page is not None and 0 <= b.page - climate.page <= 1


def _is_item(text: str) -> bool:
    text = text.strip().rstrip(".").strip()
    return (0 < len(text.split()) <= MAX_WORDS and text[:1].isupper() and not _SENTENCE.search(text)
            and not re.fullmatch(r"(?:risks?|opportunit\w*)(?:\s+(?:risks?|opportunit\w*))*", text, re.I))


def _risk(label: str, text: str, b) -> dict:
    what = text.strip().rstrip(".").strip()
    return {"type": _risk_type(label, False), "category": _category(label) or _category(what),
            "category_label": label, "description": what, "impact": None, "level": None, "horizon": None,
            "horizons": [], "financial_impact": None, "response": None, "scenario": None,
            "line": b.line, "page": b.page}
