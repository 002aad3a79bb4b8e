"""Compare metrics across companies and years: one figure per (metric, company, year), with its source.

Where several facts give the same metric and year (a highlights page and the data table, or the same
year in two editions of a report), the figure from the newest report wins (restated figures replace old
ones), then table facts before narrative ones, then the value most facts agree on, then the first printed.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

REVENUE = "econ.revenue"


def compare(con: Any, metrics: list[str], years: list[int] | None = None,
            companies: list[str] | None = None) -> list[dict]:
    """Rows sorted by metric, company, year: value in normalized units (when the catalog gave one),
    year-on-year change, intensity per million of revenue, and where the figure stands."""
    metrics = list(dict.fromkeys(m.strip() for m in metrics if m and m.strip()))
    if not metrics:
        return []
    facts = _facts(con, [*metrics, REVENUE], companies)
    chosen = _choose(facts)
    revenue = {(c, y): row for (m, c, y), row in chosen.items() if m == REVENUE}
    out = []
    for (metric, company, year), row in chosen.items():
        if metric not in metrics:
            continue
        prev = chosen.get((metric, company, year - 1)) if year is not None else None
        row["yoy_pct"] = _change(prev, row)
        row["prev_value"] = prev["value"] if prev else None
        row.update(_intensity(row, revenue.get((company, year))))
        out.append(row)
    if years:
        wanted = {int(y) for y in years}
        out = [r for r in out if r["year"] in wanted]
    order = {m: i for i, m in enumerate(metrics)}
    out.sort(key=lambda r: (order[r["metric"]], r["company"].casefold(), r["year"] or 0))
    return out


def _facts(con: Any, metrics: list[str], companies: list[str] | None) -> list[dict]:
    cur = con.execute(
        "SELECT f.*, r.company, r.name AS report_name, r.report_year FROM facts f JOIN reports r USING (report_id) "
        "WHERE f.metric IN (SELECT unnest(?)) AND f.value IS NOT NULL ORDER BY f.report_id, f.fact_id", [metrics])
    names = [d[0] for d in cur.description]
    rows = [dict(zip(names, r)) for r in cur.fetchall()]
    if companies:
        wanted = [c.casefold() for c in companies if c.strip()]
        rows = [r for r in rows if any(w in (r["company"] or "").casefold() or w in (r["report_name"] or "").casefold()
                                       or r["report_id"].startswith(w) for w in wanted)]
    return rows


def _choose(facts: list[dict]) -> dict[tuple, dict]:
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for f in facts:
        if f["year"] is not None:
            groups[(f["metric"], f["company"] or f["report_name"], f["year"])].append(f)
    return {key: _best(cands) for key, cands in groups.items()}


def _best(cands: list[dict]) -> dict:
    votes = Counter(_figure(f) for f in cands)
    best = min(cands, key=lambda f: (-(f["report_year"] or 0), f["source"] != "table", -votes[_figure(f)],
                                     f["fact_id"]))
    value, unit = _figure(best)
    others = sorted({v for v, _ in votes if v != value})
    return {
        "metric": best["metric"], "company": best["company"] or best["report_name"], "year": best["year"],
        "value": value, "unit": unit, "value_as_printed": best["value"], "unit_as_printed": best["unit"],
        "raw": best["raw"], "label": best["label"], "source": best["source"],
        "report_id": best["report_id"], "report_name": best["report_name"], "line": best["line"],
        "page": best["page"], "fact_id": best["fact_id"], "n_candidates": len(cands), "other_values": others,
        "normalized": best["value_normalized"] is not None and bool(best["unit_normalized"]),
    }


def _figure(f: dict) -> tuple[float, str]:
    """The value in normalized units when the catalog could normalize it, else as printed."""
    if f["value_normalized"] is not None and f["unit_normalized"]:
        return f["value_normalized"], f["unit_normalized"]
    return f["value"], f["unit"] or ""


def _change(prev: dict | None, row: dict) -> float | None:
    if not prev or prev["unit"] != row["unit"] or not prev["value"]:
        return None
    return round((row["value"] - prev["value"]) / abs(prev["value"]) * 100, 2)


def _intensity(row: dict, revenue: dict | None) -> dict:
    """The figure per million of revenue (same company, same year), when revenue is known."""
    # Revenue as printed ("RMB 10,000", "100 million yuan") has an unknown scale: only a normalized one divides.
    if not revenue or not revenue["value"] or not revenue["normalized"]:
        return {"intensity": None, "intensity_unit": None}
    value = row["value"] / (revenue["value"] / 1e6)
    unit = f"{row['unit'] or 'unit'}/million {revenue['unit'] or 'revenue'}".strip()
    return {"intensity": value, "intensity_unit": unit,
            "revenue_line": revenue["line"], "revenue_page": revenue["page"]}
