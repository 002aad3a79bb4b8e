"""A content index generated from what the data covers: framework codes, our own short labels, where."""
from __future__ import annotations

from dataclasses import dataclass

from .annex import Annex, framework_items


@dataclass
class IndexRow:
    framework: str
    code: str
    label: str          # our own short label (data/frameworks/*.yaml), never the standard's text
    where: str


def content_index(annex: Annex) -> list[IndexRow]:
    """Each framework item with a metric in the annex points at its rows; quantitative items without data
    are listed as not covered by the activity data."""
    by_metric: dict[str, list[str]] = {}
    for r in annex.rows:
        by_metric.setdefault(r.metric, []).append(r.label)
    out = []
    for item in framework_items(annex.framework):
        metrics = item.get("metrics") or []
        if not metrics or item.get("kind") != "quantitative" or not _in_scope(annex.framework, item):
            continue
        rows = [label for m in metrics for label in by_metric.get(m, [])]
        code = str(item["code"])
        if annex.framework == "SZSE-17" and item.get("articles"):
            a = item["articles"]
            code = f"Article {a[0]}" if len(a) == 1 else f"Articles {a[0]}-{a[-1]}"
        where = f"KPI annex: {'; '.join(dict.fromkeys(rows))}" if rows else "omitted: not covered by the activity data"
        out.append(IndexRow(annex.framework, code, str(item.get("label", "")), where))
    return out


def _in_scope(framework: str, item: dict) -> bool:
    """The environmental items an activity inventory can answer."""
    code = str(item["code"])
    if framework == "HKEX":
        return code.startswith(("A1", "A2"))
    if framework == "GRI":
        return code.startswith(("302", "303", "305", "306"))
    return code in ("climate", "waste", "energy", "water")
