"""Report profile: who reports, on what basis, governed how, material topics, targets, climate risks,
assurance, and what the report does not say. Every item carries the line (or page) it stands on."""
from __future__ import annotations

import json
import re
from functools import partial

from ..document.worded import worded
from ..model import Document, Fact
from . import assurance as _assurance
from . import basics, climate, governance, materiality, risk_lists, targets as _targets
from . import period as _period
from . import risk_groups
from .text import narrative, rx


def build_profile(doc: Document, facts: list[Fact]) -> dict:
    doc = worded(doc)     # a dump of bare figures: its worded lines only
    units = narrative(doc)
    company = basics.company(units)
    title = basics.report_title(doc)
    period = _period.period(doc, units)
    year = basics.report_year(period, title) or basics.cover_year(doc)
    report_year = year["value"] if year else None
    listing = basics.listing(units) or basics.listing_from_rules(units)
    profile = {
        "company": company,
        "report_title": title,
        "period": period,
        "report_year": year,
        "currency": basics.currency(units),
        "listing": listing,
        "frameworks": basics.frameworks(units, doc),
        "assurance": _assurance.assurance(doc, units, company["value"] if company else None,
                                          company.get("short_name") if company else None),
        "ghg_verification": _assurance.ghg_verification(units),
        "governance": governance.governance(doc, units),
        "material_topics": materiality.topics(doc),
        "materiality_method": materiality.methods(units),
        "targets": _targets.targets(doc, units, facts, report_year),
        "climate_risks": climate.risks(doc) or risk_lists.listed_risks(doc) or risk_groups.grouped_risks(doc),
        "scenarios": climate.scenarios(doc, units),
    }
    profile["not_disclosed"] = not_disclosed(profile, doc, facts)
    return profile


def not_disclosed(p: dict, doc: Document, facts: list[Fact] | None) -> list[str]:
    """Plain statements of what the report does not say."""
    out = []
    if p["assurance"].get("status") == "none":
        out.append("No independent assurance of the report is stated"
                   + (" (only GHG verification)" if p["ghg_verification"] else "") + ".")
    if not any(f.metric == "ghg.scope3" for f in facts or []) and not any(rx(r"scope\s*3").search(t.text) for t in doc.lines):
        out.append("No Scope 3 emissions are reported.")
    checks = [("targets", "No targets are stated."), ("material_topics", "No material topics are listed."),
              ("climate_risks", "No climate risks are described in a table."),
              ("scenarios", "No named climate scenarios are used."), ("governance", "No ESG governance bodies are described."),
              ("frameworks", "No reporting framework is named."), ("period", "No reporting period is stated."),
              ("company", "No legal name of the company is found.")]
    out += [msg for key, msg in checks if not p.get(key)]
    if p["listing"] and not any(x.get("code") for x in p["listing"]):
        out.append("No stock code is printed.")
    if p["targets"] and not any(t.get("baseline_year") for t in p["targets"]):
        out.append("No target states a baseline year.")
    return out


_SUMMARY_KEYS = {"governance": "body", "material_topics": "name", "materiality_method": "method",
                 "frameworks": "name", "scenarios": "name", "listing": "exchange", "ghg_verification": "standard"}


def flatten_profile(profile: dict) -> list[dict]:
    """Rows (section, key, value, line, page) for storage and comparison across reports."""
    rows: list[dict] = []
    add = partial(_add, rows)
    _report_rows(profile, add)
    for section, key in _SUMMARY_KEYS.items():
        for item in profile.get(section) or []:
            add(section, str(item.get(key)), _summary(section, item), item)
    for t in profile.get("targets") or []:
        add("targets", t.get("metric") or t["description"][:80], target_summary(t), t)
    for r in profile.get("climate_risks") or []:
        add("climate_risks", f"{r['type']}:{r.get('category') or ''}", r["description"][:200], r)
    for s in profile.get("not_disclosed") or []:
        add("not_disclosed", s, True, None)
    return rows


def _add(rows: list[dict], section: str, key: str, value, item: dict | None) -> None:
    if value is None or value == "":
        if not item or section == "report":
            return   # nothing said: no row
        value = ""   # a listed item with nothing more to say still counts (a topic with no tier)
    item = item or {}
    if not isinstance(value, (str, int, float, bool)):
        value = json.dumps(value, ensure_ascii=False, default=str)
    rows.append({"section": section, "key": key, "value": value,
                 "line": item.get("line"), "page": item.get("page")})


def _report_rows(profile: dict, add) -> None:
    """The report's own rows: company, title, year, currency, period and assurance."""
    for key in ("company", "report_title", "report_year", "currency"):
        item = profile.get(key)
        if isinstance(item, dict):
            add("report", key, item.get("value"), item)
        elif item:
            add("report", key, item, None)  # a bare value, as hand-built profiles give
    if isinstance(p := profile.get("period"), dict):
        if "value" in p and "start" not in p:
            add("report", "period", p["value"], p)
        add("report", "period_start", p.get("start"), p)
        add("report", "period_end", p.get("end"), p)
    a = profile.get("assurance") or {}
    if a.get("status") == "assured":
        for k in ("provider", "standard", "type", "level", "scope", "levels"):
            if a.get(k):
                add("assurance", k, a[k], a)
    elif a:
        add("assurance", "status", a.get("status"), None)


def _summary(section: str, item: dict):
    if section == "governance":
        return f"reports to {item['reports_to']}" if item.get("reports_to") else item.get("role")
    if section == "material_topics":
        return item.get("tier_label") or item.get("tier") or (f"rank {item['rank']}" if item.get("rank") else None)
    if section == "frameworks":
        return item.get("relation")
    if section == "listing":
        return item.get("code")
    if section == "ghg_verification":
        return item.get("scope")
    return item.get("family")


def target_summary(t: dict) -> str:
    """"-50 % ghg.intensity by 2025 vs 2021 (Guangming Park)" style text."""
    kind = t.get("kind")
    if kind == "net_zero":
        head = "net zero"
    elif kind == "percent":
        sign = "-" if t.get("direction") == "reduce" else "+"
        rng = t.get("target_range")
        val = f"{_num(rng[0])}–{_num(rng[1])}" if rng else _num(t.get("target_value"))
        head = f"{sign}{val} %" + (" a year" if t.get("annual") else "")
    elif kind == "net_positive":
        head = "net positive"
    elif kind == "absolute":
        head = f"{_num(t.get('target_value'))} {t.get('target_unit') or ''}".strip()
    else:
        head = "milestone"
    parts = [head]
    if t.get("target_year"):
        parts.append(f"by {t['target_year']}")
    if t.get("baseline_year"):
        parts.append(f"vs {t['baseline_year']}")
    if t.get("scope"):
        parts.append(f"({t['scope']})")
    return " ".join(parts)


def _num(v) -> str:
    if v is None:
        return "?"
    return str(int(v)) if float(v).is_integer() else re.sub(r"0+$", "", f"{v:.4f}")
