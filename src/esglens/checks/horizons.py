"""Time horizons defined two ways in one report: "medium term (1-5 years)" in one place and
"medium term (1-10 years)" in another. Targets and risks typed by horizon then mean different spans."""
from __future__ import annotations

import math
import re

from ..core.prefilter import gate
from ..model import Finding
from .sentences import Sentence

_TERM = gate(re.compile(r"\b(?P<term>short|medium|mid|long)(?:[- ]?term|[- ]period)s?\s*"
                        r"(?:\(|:|,|refers\s+to|is\s+defined\s+as|means|covers|i\.e\.,?)\s*(?P<def>[^)]{0,80})", re.I))
_N = r"(\d{1,2}(?:\.\d)?)"
_FORMS = [
    (re.compile(rf"^(?:within|less\s+than|under|up\s+to|no\s+more\s+than|shorter\s+than|below)\s+{_N}\s*years?", re.I),
     lambda m: (0.0, float(m.group(1)))),
    (re.compile(rf"^{_N}\s*(?:to|-|–|~|—)\s*{_N}\s*years?", re.I), lambda m: (float(m.group(1)), float(m.group(2)))),
    (re.compile(rf"^(?:over|more\s+than|above|beyond|exceeding|longer\s+than|after|at\s+least)\s+{_N}\s*years?", re.I),
     lambda m: (float(m.group(1)), math.inf)),
    (re.compile(rf"^{_N}\s*years?\s*(?:or|and)\s*(?:more|above|longer|over)", re.I),
     lambda m: (float(m.group(1)), math.inf)),
]


def _span(text: str) -> tuple[float, float] | None:
    text = re.sub(r"^(?:the\s+|a\s+period\s+of\s+|period\s+of\s+)", "", text.strip(), flags=re.I)
    for pat, read in _FORMS:
        m = pat.match(text)
        if m:
            return read(m)
    return None


def _show(span: tuple[float, float]) -> str:
    lo, hi = span
    g = (lambda x: f"{x:g}")
    if hi == math.inf:
        return f"over {g(lo)} years"
    return f"within {g(hi)} years" if lo == 0 else f"{g(lo)}-{g(hi)} years"


def check_horizons(sentences: list[Sentence]) -> list[Finding]:
    defs: dict[str, dict[tuple[float, float], list[Sentence]]] = {}
    for s in sentences:
        for m in _TERM.finditer(s.text):
            span = _span(m.group("def"))
            if span is None:
                continue
            term = "medium" if m.group("term").lower() == "mid" else m.group("term").lower()
            places = defs.setdefault(term, {}).setdefault(span, [])
            if s not in places:
                places.append(s)
    parts, involved = [], []
    for term in ("short", "medium", "long"):
        spans = defs.get(term, {})
        if len(spans) < 2:
            continue
        shown = " and as ".join(f"{_show(sp)} ({_at(ss)})" for sp, ss in sorted(spans.items()))
        parts.append(f"{term} term is defined as {shown}")
        involved += [s for ss in spans.values() for s in ss]
    if not parts:
        return []
    lines = sorted({n for s in involved for n in s.lines})
    pages = sorted({n for s in involved for n in s.pages}) if not lines else []
    msg = "Time horizons are defined differently in different places: " + "; ".join(parts) + "."
    values = [f"{t}: {_show(sp)}" for t in ("short", "medium", "long") if len(defs.get(t, {})) >= 2
              for sp in sorted(defs[t])]
    return [Finding("definition_mismatch", "warning", msg, lines, pages, values, None, None)]


def _at(ss: list[Sentence]) -> str:
    lines = sorted({n for s in ss for n in s.lines})
    if lines:
        return ("line " if len(lines) == 1 else "lines ") + ", ".join(map(str, lines))
    pages = sorted({n for s in ss for n in s.pages})
    return ("page " if len(pages) == 1 else "pages ") + ", ".join(map(str, pages))
