"""What the content index claims, checked against the report itself.

- an item marked not applicable / not involved while the report prints figures of its metrics, or has
  a section on its subject;
- the index (or its title) naming a company that is not the reporter: a template left from another
  report.
"""
from __future__ import annotations

import re
from collections import Counter

from ..model import Document, Fact, Finding, IndexEntry

_LEGAL = (r"(?:Co\.,?\s*Ltd\.?|Company\s+Limited|Limited|Ltd\.?|Inc\.?|Corporation|Corp\.|plc|PLC|AG|S\.p\.A\.|N\.V\.|SE|LLC|"
          r"Holdings?|Group|AB|ASA|GmbH|Oyj?|A/S|S\.A\.|B\.V\.|K\.K\.|Pty)")
_NAME = re.compile(r"\b((?:[A-Z][\w&'’.-]*\s+){1,6}?" + _LEGAL + r")(?![\w])")
_GENERIC = {"co", "ltd", "limited", "company", "inc", "corporation", "corp", "plc", "ag", "group", "holdings",
            "holding", "the", "of", "and", "china", "hong", "kong", "international", "technology", "technologies",
            "science", "industrial", "industries", "development", "investment", "llc", "se", "nv", "spa", "esg",
            "gri", "hkex", "report", "index", "content", "sustainability", "stock", "exchange", "ab", "asa",
            "gmbh", "oy", "oyj", "sa", "bv", "kk", "pty"}
INDEX_MARGIN = 6      # lines above the first index row where its title and notes stand
INDEX_GAP = 40        # lines between two index rows of one index
MIN_INDEX_ROWS = 5    # fewer rows are references in the text, not an index
OWN_WORD_COUNT = 5    # a name word printed this often is the reporter's (or its group's)


def _tokens(name: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", name.lower()) if w not in _GENERIC and len(w) > 1}


def company_names(doc: Document) -> Counter[str]:
    names: Counter[str] = Counter()
    for ln in doc.lines:
        for m in _NAME.finditer(ln.text):
            if _tokens(m.group(1)):
                names[m.group(1).strip()] += 1
    return names


def _word_counts(doc: Document) -> Counter[str]:
    c: Counter[str] = Counter()
    for ln in doc.lines:
        c.update(w.lower() for w in re.findall(r"[A-Za-z0-9]+", ln.text))
    return c


def index_spans(index: list[IndexEntry]) -> list[tuple[int, int]]:
    """Line spans of the content index: runs of index rows with no more than INDEX_GAP lines between."""
    spots = sorted(e.line for e in index if e.line is not None)
    spans: list[list[int]] = []
    for s in spots:
        if spans and s - spans[-1][-1] <= INDEX_GAP:
            spans[-1].append(s)
        else:
            spans.append([s])
    return [(g[0], g[-1]) for g in spans if len(g) >= MIN_INDEX_ROWS]


def check_index_company(doc: Document | None, index: list[IndexEntry]) -> list[Finding]:
    """A company named in the content index whose distinctive words the report hardly uses elsewhere."""
    if doc is None or doc.kind != "text" or not index:
        return []
    counts: Counter[str] | None = None   # the report's words, counted once a name is seen
    out = []
    for lo, hi in index_spans(index):
        for ln in doc.lines[max(0, lo - 1 - INDEX_MARGIN): hi]:
            for m in _NAME.finditer(ln.text):
                name = m.group(1).strip()
                toks = _tokens(name)
                if toks and counts is None:
                    counts = _word_counts(doc)
                if not toks or any(counts[t] >= OWN_WORD_COUNT for t in toks):
                    continue   # the reporter or a company sharing its name ('Shenzhen KSTAR New Energy')
                msg = (f"The content index (line {ln.line}) names '{name}', a company the report does not "
                       f"otherwise speak of: it is not the reporter (a template left from another report?).")
                out.append(Finding("index_claim", "warning", msg, [ln.line], [], [name], None, None,
                                   confidence=0.75, rule="index_names_another_company"))
    return out


def check_index_not_applicable(doc: Document | None, facts: list[Fact], index: list[IndexEntry]) -> list[Finding]:
    """An item the index marks not applicable while figures of its metrics (or a section on it) exist."""
    todo = [e for e in index if e.status in ("not_applicable", "omitted")]
    if doc is None or not todo:
        return []
    from ..frameworks.catalog import catalog_for     # the framework catalogs: items, metrics, keywords
    from ..frameworks.evidence import Evidence
    ev = Evidence(doc, facts, index)
    out = []
    for e in todo:
        cat = catalog_for(e.framework)
        item = next((i for i in cat.items if i.code.lower() == e.code.strip().lower()), None) if cat else None
        if item is None:
            continue
        shown = [f for f in facts if f.metric in item.metrics and f.value]
        section = ev.keyword_section(item.keywords) if item.keywords and not shown else None
        if not shown and section is None:
            continue
        if shown:
            f = shown[0]
            where = f"line {f.line}" if f.line is not None else f"page {f.page}"
            what = f"the report prints {f.metric} {f.raw} {f.unit} ({where})".replace("  ", " ")
            spots = [x.line for x in shown[:3] if x.line is not None]
            conf = 0.85
        else:
            sec = section[0]
            what = f"the report has a section '{sec.text.strip()}' ({sec.where})"
            spots = [sec.line] if sec.line is not None else []
            conf = 0.7
        msg = (f"The content index marks {e.framework} {e.code} ({item.label}) as '{e.where.strip()}' "
               f"(line {e.line}), but {what}.")
        out.append(Finding("index_claim", "warning", msg, sorted({e.line, *spots} - {None}), [],
                           [e.code, e.where], None, None, confidence=conf, rule="index_not_applicable"))
    return out
