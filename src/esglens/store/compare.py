"""Compare metrics across companies and years: one figure per (metric, company, year), with its source.

Facts count as reviewed (`reviewed.py`): a correction's value, unit, year and metric, rejected facts left
out; each row says `review` and `corrected_from`.

Where several facts give the same metric and year (a highlights page and the data table, or the same
year in two editions of a report), the figure from the newest report wins (restated figures replace old
ones), then table facts before narrative ones, then the value most facts agree on, then the first printed.

All of it runs in DuckDB over the facts of the asked metrics (pruned by the facts' metric order): two
group-bys on integer keys (a company is a number for the query) pick the figure — per distinct figure its
vote count and its own best fact, then per (metric, company, year) the best of those — and only the chosen
rows reach Python, so a library of millions of facts answers as fast as the metrics asked for are small.
"""
from __future__ import annotations

from typing import Any

from .reviewed import metric_facts

REVENUE = "econ.revenue"

# The candidates: facts of the asked metrics (plus revenue), with the figure in normalized units when the
# catalog could normalize it. {reports} narrows the reports (companies filter) before the join.
_SQL = """
WITH rep AS (
    SELECT report_id, report_year, name AS report_name, coalesce(nullif(company, ''), name) AS company,
           CASE WHEN coalesce(nullif(company, ''), name) IS NOT NULL
                THEN dense_rank() OVER (ORDER BY coalesce(nullif(company, ''), name)) END AS ck
    FROM ({reports})
), cand AS (
    SELECT f.report_id, f.fact_id, f.metric, f.label, f.value, f.raw, f.unit, f.year, f.line, f.page, f.source,
           f.review, f.corrected_from, f.fact_key, r.report_year, r.report_name, r.company, r.ck,
           (f.value_normalized IS NOT NULL AND coalesce(f.unit_normalized, '') <> '') AS normalized,
           CASE WHEN normalized THEN f.value_normalized ELSE f.value END AS fig_value,
           CASE WHEN normalized THEN f.unit_normalized ELSE coalesce(f.unit, '') END AS fig_unit
    FROM {facts} f JOIN rep r USING (report_id)
    WHERE f.metric IN ({metrics}) AND f.value IS NOT NULL AND f.year IS NOT NULL
          AND f.review IS DISTINCT FROM 'rejected' {cand_years}
), votes AS (
    SELECT metric, ck, year, any_value(fig_value) AS fig_value, count(*) AS votes,
           min({{'newest': -coalesce(report_year, 0), 'narrative': source <> 'table', 'fact_id': fact_id,
                'report_id': report_id}}) AS k
    FROM cand GROUP BY metric, ck, year, fig_value, fig_unit
), best AS (
    SELECT metric, ck, year, sum(votes)::BIGINT AS n_candidates, list(fig_value) AS all_values,
           arg_min(k, {{'newest': k.newest, 'narrative': k.narrative, 'votes': -votes, 'fact_id': k.fact_id,
                       'report_id': k.report_id}}) AS k
    FROM votes GROUP BY ALL
), chosen AS MATERIALIZED (
    SELECT c.*, b.n_candidates, b.all_values
    FROM best b JOIN cand c ON c.report_id = b.k.report_id AND c.fact_id = b.k.fact_id
), withprev AS (
    SELECT c.*, p.fig_value AS prev_value, p.fig_unit AS prev_unit,
           rev.fig_value AS rev_value, rev.fig_unit AS rev_unit, rev.normalized AS rev_normalized,
           rev.line AS rev_line, rev.page AS rev_page
    FROM chosen c
    LEFT JOIN chosen p ON p.metric = c.metric AND p.ck = c.ck AND p.year = c.year - 1
    LEFT JOIN chosen rev ON rev.metric = $revenue AND rev.ck = c.ck AND rev.year = c.year
    WHERE c.metric IN ({asked}) {years}
)
SELECT metric, company, year, fig_value AS value, fig_unit AS unit, value AS value_as_printed,
       unit AS unit_as_printed, raw, label, source, report_id, report_name, line, page,
       fact_id, fact_key, review, corrected_from, n_candidates,
       list_sort(list_distinct(list_filter(all_values, lambda v: v <> fig_value))) AS other_values, normalized,
       CASE WHEN prev_value IS NOT NULL AND prev_unit = fig_unit AND prev_value <> 0
            THEN round((fig_value - prev_value) / abs(prev_value) * 100, 2) END AS yoy_pct,
       prev_value,
       CASE WHEN rev_normalized AND rev_value <> 0 THEN fig_value / (rev_value / 1e6) END AS intensity,
       CASE WHEN rev_normalized AND rev_value <> 0
            THEN coalesce(nullif(fig_unit, ''), 'unit') || '/million ' || coalesce(nullif(rev_unit, ''), 'revenue')
       END AS intensity_unit,
       CASE WHEN rev_normalized AND rev_value <> 0 THEN rev_line END AS revenue_line,
       CASE WHEN rev_normalized AND rev_value <> 0 THEN rev_page END AS revenue_page
FROM withprev
ORDER BY list_position($asked, metric), lower(company), company, year
{limit}
"""

_ALL_REPORTS = "SELECT report_id, company, name, report_year FROM reports"
# A company filter matches a part of the company or file name, or a report id prefix (case-insensitive).
_SOME_REPORTS = (_ALL_REPORTS + " WHERE EXISTS (SELECT 1 FROM (SELECT unnest($companies) AS w) "
                 "WHERE contains(lower(coalesce(company, '')), w) OR contains(lower(coalesce(name, '')), w) "
                 "OR starts_with(report_id, w))")


def compare(con: Any, metrics: list[str], years: list[int] | None = None,
            companies: list[str] | None = None, limit: int | None = None) -> list[dict]:
    """Rows sorted by metric, company, year: value in normalized units (when the catalog gave one),
    year-on-year change, intensity per million of revenue, and where the figure stands."""
    asked = list(dict.fromkeys(m.strip() for m in metrics if m and m.strip()))
    if not asked:
        return []
    params: dict[str, Any] = {"asked": asked, "revenue": REVENUE}
    wanted = [c.strip().casefold() for c in companies or [] if c and c.strip()]
    if wanted:
        params["companies"] = wanted
    if years:
        params["years"] = sorted({int(y) for y in years})
    # Metric ids go in as literals (escaped): DuckDB prunes the facts scan by a constant IN list.
    sql = _SQL.format(reports=_SOME_REPORTS if wanted else _ALL_REPORTS,
                      facts=metric_facts(_literals([*asked, REVENUE])),
                      metrics=_literals([*asked, REVENUE]), asked=_literals(asked),
                      years="AND c.year IN (SELECT unnest($years))" if years else "",
                      # the years asked for and the ones before them (for the change on the year before)
                      cand_years=(f"AND f.year IN ({', '.join(str(y + d) for y in params['years'] for d in (-1, 0))})"
                                  if years else ""),
                      limit=f"LIMIT {int(limit)}" if limit else "")
    cur = con.execute(sql, params)
    names = [d[0] for d in cur.description]
    rows = [dict(zip(names, r)) for r in cur.fetchall()]
    for row in rows:
        if row["intensity"] is None:
            del row["revenue_line"], row["revenue_page"]
    return rows


def _literals(values: list[str]) -> str:
    return ", ".join("'" + v.replace("'", "''") + "'" for v in values)
