"""What an export holds: one table per kind, each row carrying its report and company so that
rows from different reports can be stacked and compared. Column meanings: docs/schema.md.

Facts are exported as reviewed: a correction's value, unit, year, metric and label, with `review`
(accepted, corrected, rejected), who and when, and `corrected_from` (the extracted fields it replaced)."""
from __future__ import annotations

from typing import Any

from ..store.reviewed import effective_facts

KINDS = ("reports", "facts", "findings", "coverage", "profiles", "index_entries", "reviews")

_REPORT_COLS = "r.report_id, r.name AS report_name, r.company, r.report_year"

SQL = {
    "reports": """SELECT report_id, name AS report_name, company, report_year, kind, path, sha256, encoding,
        page_count, n_lines, n_facts, n_table_facts, n_narrative_facts, n_findings, n_index_entries, n_coverage,
        seconds, ingested_at, esglens_version FROM reports r WHERE {where}
        ORDER BY lower(company), report_year, report_id""",
    "facts": f"""SELECT {_REPORT_COLS}, f.fact_id, f.metric, f.label, f.value, f.unit, f.year,
        f.value_normalized, f.unit_normalized, f.norm_flag, f.raw, f.qualifier, f.source, f.line, f.page,
        f.section, f.table_id, f.table_title, f.column_header, f.footnotes, f.evidence, f.metric_reason,
        f.fact_key, f.review, f.reviewed_by, f.reviewed_at, f.corrected_from, f.review_note
        FROM {effective_facts()} f JOIN reports r USING (report_id) WHERE {{where}}
        ORDER BY lower(r.company), r.report_id, f.fact_id""",
    "findings": f"""SELECT {_REPORT_COLS}, g.finding_id, g.severity, g.kind, g.message, g.metric, g.year,
        g.lines, g.pages, g."values" FROM findings g JOIN reports r USING (report_id) WHERE {{where}}
        ORDER BY lower(r.company), r.report_id, g.finding_id""",
    "coverage": f"""SELECT {_REPORT_COLS}, c.framework, c.code, c.label, c.kind, c.requirement, c.status,
        c.evidence, c.index_line, c.extra FROM coverage c JOIN reports r USING (report_id) WHERE {{where}}
        ORDER BY lower(r.company), r.report_id, c.framework, c.code""",
    "profiles": f"""SELECT {_REPORT_COLS}, p.section, p.key, p.value, p.line, p.page
        FROM profile_items p JOIN reports r USING (report_id) WHERE {{where}}
        ORDER BY lower(r.company), r.report_id, p.section, p.key""",
    "index_entries": f"""SELECT {_REPORT_COLS}, e.entry_id, e.framework, e.code, e.title, e.where_text,
        e.status, e.pages_cited, e.line, e.page FROM index_entries e JOIN reports r USING (report_id)
        WHERE {{where}} ORDER BY lower(r.company), r.report_id, e.entry_id""",
    # every review ever recorded, oldest first (the facts table carries each fact's newest one)
    "reviews": f"""SELECT {_REPORT_COLS}, v.review_id, v.fact_key, v.action, v.value, v.unit, v.year, v.metric,
        v.label, v.value_normalized, v.unit_normalized, v.note, v.reviewer, v.reviewed_at, v.extracted
        FROM reviews v JOIN reports r USING (report_id) WHERE {{where}}
        ORDER BY lower(r.company), r.report_id, v.review_id""",
}


def sql_for(kind: str, report_ids: list[str] | None) -> tuple[str, list]:
    if report_ids is None:
        return SQL[kind].format(where="TRUE"), []
    return SQL[kind].format(where="r.report_id IN (SELECT unnest(?))"), [report_ids]


def fetch(con: Any, kind: str, report_ids: list[str] | None = None) -> tuple[list[str], list[tuple]]:
    """Column names and rows of one kind."""
    sql, params = sql_for(kind, report_ids)
    cur = con.execute(sql, params)
    return [d[0] for d in cur.description], cur.fetchall()
