"""Coverage: each catalog item of the frameworks a report follows, and whether the report backs it.

status: reported_with_evidence (facts of the item's metrics, or the section the index cites, or, for
items the index does not list, a heading on the item's subject), claimed_no_evidence (the index
claims it, nothing backs it), omitted (the index says omitted, not applicable, or explains why),
missing (neither the index nor the report has it).
"""
from __future__ import annotations

import re

from ..model import Document, Fact, IndexEntry
from .catalog import Catalog, Item, catalog_for, catalogs, family
from .declared import declared_frameworks
from .evidence import Evidence
from .topics import match_topic

STATUSES = ("reported_with_evidence", "claimed_no_evidence", "omitted", "missing")


def coverage(doc: Document, facts: list[Fact], index: list[IndexEntry]) -> list[dict]:
    """One row per catalog item of every framework the report declares or indexes."""
    ev = Evidence(doc, facts, index)
    claims = _claims(index)
    rows: list[dict] = []
    for cat in frameworks_in_scope(doc, index):
        for item in cat.items:
            rows.append(_row(item, claims.get((cat.framework, item.code), []), ev))
    return rows


def frameworks_in_scope(doc: Document, index: list[IndexEntry]) -> list[Catalog]:
    """Catalogs of the frameworks the report declares or indexes; all of them when it names none."""
    fams = {family(d["name"]) for d in declared_frameworks(doc)} | {family(e.framework) for e in index}
    chosen = [c for c in catalogs() if fams & set(c.families)]
    return chosen or list(catalogs())


def _claims(index: list[IndexEntry]) -> dict[tuple[str, str], list[IndexEntry]]:
    out: dict[tuple[str, str], list[IndexEntry]] = {}
    for e in index:
        cat = catalog_for(e.framework)
        if cat is None:
            continue
        for item in items_for_entry(cat, e):
            out.setdefault((cat.framework, item.code), []).append(e)
    return out


def items_for_entry(cat: Catalog, e: IndexEntry) -> list[Item]:
    """The catalog items one index row claims (a GRI topic row claims all its disclosures)."""
    code = e.code.strip()
    low = code.lower()
    exact = [i for i in cat.items if i.code.lower() == low or low in (a.lower() for a in i.aliases)]
    if exact and cat.framework != "SZSE-17":
        return exact
    if cat.framework == "GRI" and re.fullmatch(r"\d{1,3}", code):
        topic = cat.topic_aliases.get(code, code)
        return [i for i in cat.items if i.code.split("-")[0] == topic]
    if cat.framework == "SZSE-17":
        if m := re.fullmatch(r"article\s*(\d+)(?:-(\d+))?", low):
            nums = set(range(int(m.group(1)), int(m.group(2) or m.group(1)) + 1))
            return [i for i in cat.items if nums & set(i.articles)]
        item = match_topic(code)
        return [item] if item else []
    if cat.framework == "IFRS-S2" and (m := re.fullmatch(r"(\d{1,2})(\([a-z]\))?", low)):
        return [i for i in cat.items if _paragraph_in(i.code, int(m.group(1)), m.group(2))]
    if cat.framework == "HKEX" and (m := re.fullmatch(r"(?:kpi\s*)?([ab]\d{1,2}(?:\.\d{1,2})?)", low)):
        return [i for i in cat.items if i.code.lower() == m.group(1)]
    return exact or _span_items(cat, low)


def _span_items(cat: Catalog, low: str) -> list[Item]:
    """A range row claims every item in it: HKEX 'A1.1-A1.4', GRI '302-1 to 302-4'."""
    m = re.fullmatch(r"([ab]\d{1,2})\.(\d{1,2})-\1\.(\d{1,2})|(\d{1,3})-(\d{1,2}) to \4-(\d{1,2})", low)
    if not m:
        return []
    head, lo, hi = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(5), m.group(6))
    sep = "." if m.group(1) else "-"
    out = []
    for i in cat.items:
        parts = i.code.lower().split(sep)
        if len(parts) == 2 and parts[0] == head and parts[1].isdigit() and int(lo) <= int(parts[1]) <= int(hi):
            out.append(i)
    return out


def _paragraph_in(code: str, para: int, sub: str | None) -> bool:
    """IFRS S2 paragraph 29(a) is item '29(a)'; paragraph 11 falls in item '10-12'; paragraph 29 claims 29(a)-(g)."""
    m = re.fullmatch(r"(\d+)(?:-(\d+))?(\([a-z]\))?", code)
    if not m:
        return False
    lo, hi = int(m.group(1)), int(m.group(2) or m.group(1))
    return lo <= para <= hi and (sub is None or m.group(3) in (None, sub))


def _row(item: Item, entries: list[IndexEntry], ev: Evidence) -> dict:
    status, evidence = _judge(item, entries, ev)
    return {"framework": item.framework, "code": item.code, "label": item.label, "kind": item.kind,
            "requirement": item.requirement, "status": status, "evidence": evidence,
            "index_line": next((e.line for e in entries if e.line is not None), None)
            if entries else None}


def _judge(item: Item, entries: list[IndexEntry], ev: Evidence) -> tuple[str, str]:
    claimed = [e for e in entries if e.status == "reported"]
    if entries and not claimed:
        e = entries[0]
        return "omitted", f"{e.status.replace('_', ' ')}: {_short(e.where)}"
    facts = ev.facts_for(item) if item.metrics else None
    if facts:
        return "reported_with_evidence", f"facts: {facts}"
    if item.metrics and item.kind == "quantitative":
        # a quantitative item is backed by numbers, not by a section
        if claimed:
            via = next((f" (claimed as GRI {e.code})" for e in claimed if "-" not in e.code and item.framework == "GRI"), "")
            return "claimed_no_evidence", f"no facts for {', '.join(item.metrics[:4])}{via}"
        return "missing", ""
    for e in claimed:
        secs = ev.cited_sections(e.where)
        if secs:
            return "reported_with_evidence", "section: " + "; ".join(f"{_short(s.text, 50)} ({s.where})" for s in secs[:2])
    # an index citing pages, or sections we cannot find, is backed by a heading on the item's subject;
    # an item the index does not list needs a heading on the item itself
    hit = ev.keyword_section(item.keywords + item.topic_keywords if claimed else item.keywords)
    if hit:
        s, kw = hit
        note = " (cited location not found)" if claimed and claimed[0].where else "" if claimed else " (not in the index)"
        return "reported_with_evidence", f"heading on '{kw}': {_short(s.text, 50)} ({s.where}){note}"
    if item.framework in ("TCFD", "IFRS-S2") and (sec := ev.pillar_section((item.code, *item.aliases))):
        note = " (not in the index)" if not claimed else ""
        return "reported_with_evidence", f"pillar heading: {_short(sec.text, 50)} ({sec.where}){note}"
    if claimed:
        return "claimed_no_evidence", f"cited '{_short(claimed[0].where)}' not found"
    return "missing", ""


def _short(text: str, n: int = 60) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


def coverage_summary(rows: list[dict]) -> list[dict]:
    """Per framework: items, a count per status, a coverage score and how much of the index is backed.

    score: share of items reported with evidence or omitted with a reason (explain counts as comply);
    index_backed: share of the index's claims that evidence backs.
    """
    out: dict[str, dict] = {}
    for r in rows:
        s = out.setdefault(r["framework"], {"framework": r["framework"], "items": 0, **{k: 0 for k in STATUSES}})
        s["items"] += 1
        s[r["status"]] += 1
    for s in out.values():
        done = s["reported_with_evidence"] + s["omitted"]
        s["score"] = round(100 * done / s["items"], 1) if s["items"] else None
        claims_backed = sum(1 for r in rows if r["framework"] == s["framework"] and r["index_line"] is not None
                            and r["status"] == "reported_with_evidence")
        claims = claims_backed + s["claimed_no_evidence"]
        s["index_backed"] = round(100 * claims_backed / claims, 1) if claims else None
    return list(out.values())
