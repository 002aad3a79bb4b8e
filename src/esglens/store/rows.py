"""One ReportResult to the rows of every store table (plain dicts, column names as in schema.sql)."""
from __future__ import annotations

import hashlib
import json
import os
from datetime import datetime, timezone
from typing import Any

from .. import __version__
from ..model import ReportResult
from .boxes import HeaderFinder, boxes_json

COVERAGE_COLUMNS = ("framework", "code", "label", "kind", "requirement", "status", "evidence", "index_line")


def report_id_of(sha256: str) -> str:
    return sha256[:16]


def to_json(value: Any) -> str:
    # default=str: the stages may hand us dates or other odd objects; the store must not choke on them.
    return json.dumps(value, ensure_ascii=False, default=str)


def company_of(result: ReportResult) -> str:
    """The company named by the profile stage, else the file name without extension."""
    company = result.profile.get("company") if isinstance(result.profile, dict) else None
    if isinstance(company, dict):  # a profile item may carry its source: {"value": ..., "line": ...}
        company = company.get("value") or company.get("name")
    if isinstance(company, str) and company.strip():
        return company.strip()
    return os.path.splitext(result.document.name)[0]


def report_row(result: ReportResult, seconds: float) -> dict:
    doc = result.document
    n_table = sum(1 for f in result.facts if f.source == "table")
    return {
        "report_id": report_id_of(doc.sha256),
        "sha256": doc.sha256,
        "path": os.path.abspath(doc.path),
        "name": doc.name,
        "kind": doc.kind,
        "company": company_of(result),
        "report_year": result.report_year,
        "encoding": doc.encoding,
        "page_count": doc.page_count,
        "n_lines": len(doc.lines),
        "n_facts": len(result.facts),
        "n_findings": len(result.findings),
        "seconds": round(seconds, 3),
        "ingested_at": datetime.now(timezone.utc).replace(tzinfo=None),
        "n_table_facts": n_table,
        "n_narrative_facts": len(result.facts) - n_table,
        "n_index_entries": len(result.index_entries),
        "n_coverage": len(result.coverage),
        "warnings": to_json(list(doc.warnings)),
        "esglens_version": __version__,
    }


def line_rows(result: ReportResult, rid: str) -> list[dict]:
    return [{"report_id": rid, "seq": i, "line": t.line, "page": t.page, "text": t.text}
            for i, t in enumerate(result.document.lines, 1)]


def fact_rows(result: ReportResult, rid: str) -> list[dict]:
    finder = HeaderFinder(result.document) if result.document.kind == "pdf" else None
    keys = fact_keys(rid, [(f.page, f.line, f.label, f.column, f.raw, f.source) for f in result.facts])
    rows = []
    for i, f in enumerate(result.facts, 1):
        rows.append({
            "report_id": rid, "fact_id": i, "metric": f.metric, "label": f.label,
            "value": _float(f.value), "raw": f.raw, "unit": f.unit, "year": f.year, "line": f.line,
            "page": f.page, "source": f.source, "section": f.section, "table_id": f.table_id,
            "table_title": f.table_title, "column_header": f.column, "footnotes": to_json(list(f.footnotes)),
            "qualifier": f.qualifier, "evidence": f.evidence,
            "value_normalized": _float(f.value_normalized), "unit_normalized": f.unit_normalized,
            "norm_flag": f.norm_flag, "metric_reason": f.metric_reason,
            "fact_key": keys[i - 1], "boxes": boxes_json(f, finder),
        })
    return rows


def fact_keys(rid: str, places: list[tuple]) -> list[str]:
    """A key per fact that the same report gives again on every ingest: the report's content hash, the
    place (page or line), and a hash of the row label path, column header, printed text and source; the
    n-th fact with the same key so far gets '~n'. The metric, year and value read from the text are not
    in it (a better catalog or a correction must not orphan a review).

    places: (page, line, label, column, raw, source) per fact, in fact order.
    """
    seen: dict[str, int] = {}
    out = []
    for page, line, label, column, raw, source in places:
        where = f"p{page}" if page is not None else f"l{line or 0}"
        text = "\x1f".join(str(x or "") for x in (label, column, raw, source))
        base = f"{rid}:{where}:{hashlib.sha1(text.encode('utf-8')).hexdigest()[:10]}"
        seen[base] = seen.get(base, 0) + 1
        out.append(base if seen[base] == 1 else f"{base}~{seen[base]}")
    return out


def finding_rows(result: ReportResult, rid: str) -> list[dict]:
    return [{"report_id": rid, "finding_id": i, "kind": g.kind, "severity": g.severity, "message": g.message,
             "lines": to_json(list(g.lines)), "pages": to_json(list(g.pages)), "values": to_json(list(g.values)),
             "metric": g.metric, "year": g.year}
            for i, g in enumerate(result.findings, 1)]


def index_rows(result: ReportResult, rid: str) -> list[dict]:
    return [{"report_id": rid, "entry_id": i, "framework": e.framework, "code": e.code, "title": e.title,
             "where_text": e.where, "line": e.line, "page": e.page, "status": e.status,
             "pages_cited": to_json(list(e.pages_cited))}
            for i, e in enumerate(result.index_entries, 1)]


def coverage_rows(result: ReportResult, rid: str) -> list[dict]:
    rows = []
    for item in result.coverage:
        item = dict(item)
        if "index_line" not in item and "line" in item:
            item["index_line"] = item.pop("line")
        row = {"report_id": rid}
        for col in COVERAGE_COLUMNS:
            row[col] = _scalar(item.pop(col, None))
        row["index_line"] = _int(row["index_line"])
        row["extra"] = to_json(item) if item else None
        rows.append(row)
    return rows


def profile_rows(result: ReportResult, rid: str) -> tuple[list[dict], list[dict]]:
    """The profile as JSON, and its items flattened to (section, key, value, line, page) rows."""
    profile = result.profile if isinstance(result.profile, dict) else {}
    if not profile:
        return [], []
    items = [{"report_id": rid, "section": _str(r.get("section")), "key": _str(r.get("key")),
              "value": _scalar(r.get("value")), "line": _int(r.get("line")), "page": _int(r.get("page"))}
             for r in _flatten(profile)]
    return [{"report_id": rid, "profile": to_json(profile)}], items


def _flatten(profile: dict) -> list[dict]:
    try:
        from ..profile import flatten_profile  # the profile stage's own flattening, when it has one
    except ImportError:
        return _generic_flatten(profile)
    return [dict(r) for r in flatten_profile(profile)]


def _generic_flatten(profile: dict) -> list[dict]:
    """Fallback: top-level scalars under section "report"; one level of nested dicts as their own section."""
    out = []
    for key, value in profile.items():
        if isinstance(value, dict) and not _is_sourced_value(value):
            for sub, v in value.items():
                out.append(_item(str(key), str(sub), v))
        else:
            out.append(_item("report", str(key), value))
    return out


def _is_sourced_value(value: dict) -> bool:
    return "value" in value and ("line" in value or "page" in value)


def _item(section: str, key: str, value: Any) -> dict:
    if isinstance(value, dict) and _is_sourced_value(value):
        return {"section": section, "key": key, "value": value.get("value"),
                "line": value.get("line"), "page": value.get("page")}
    return {"section": section, "key": key, "value": value, "line": None, "page": None}


def _scalar(value: Any) -> str | None:
    """Text for a VARCHAR column: strings as they are, anything else as JSON."""
    if value is None or isinstance(value, str):
        return value
    return to_json(value)


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def _int(value: Any) -> int | None:
    try:
        return None if value is None or value == "" else int(value)
    except (TypeError, ValueError):
        return None


def _float(value: Any) -> float | None:
    try:
        return None if value is None else float(value)
    except (TypeError, ValueError):
        return None
