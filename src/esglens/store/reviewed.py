"""The facts as reviewed, in SQL: every reader of facts (compare, export, the web pages) goes through here.

A fact's review is the newest row of its fact_key in `reviews` ('reset' takes it back). A correction
replaces the fields it gives (value, unit, year, metric, label) and the normalized figure worked out for
them; the extracted fact stays as it is in `facts`, and `corrected_from` says what was replaced.
"""
from __future__ import annotations

# The newest review of each fact (none for a fact whose newest review is a reset).
CURRENT_REVIEWS = """(SELECT * FROM reviews
    QUALIFY row_number() OVER (PARTITION BY fact_key ORDER BY review_id DESC) = 1)"""

_CORRECTED = "rv.action = 'correct'"
_RENORMALIZED = f"{_CORRECTED} AND (rv.value IS NOT NULL OR rv.unit IS NOT NULL OR rv.metric IS NOT NULL)"

_FROM = ("concat_ws('; ', "
         "CASE WHEN rv.value IS NOT NULL AND rv.value IS DISTINCT FROM f.value THEN 'value=' || coalesce(f.raw, '') END, "
         "CASE WHEN rv.unit IS NOT NULL AND rv.unit IS DISTINCT FROM f.unit THEN 'unit=' || coalesce(f.unit, '') END, "
         "CASE WHEN rv.year IS NOT NULL AND rv.year IS DISTINCT FROM f.year THEN 'year=' || coalesce(f.year::VARCHAR, '') END, "
         "CASE WHEN rv.metric IS NOT NULL AND rv.metric IS DISTINCT FROM f.metric "
         "THEN 'metric=' || coalesce(f.metric, '') END, "
         "CASE WHEN rv.label IS NOT NULL AND rv.label IS DISTINCT FROM f.label THEN 'label=' || coalesce(f.label, '') END)")

# The columns a reviewed fact adds to a fact row.
REVIEW_COLUMNS = ("review", "reviewed_by", "reviewed_at", "corrected_from", "review_note")


# The same columns for a library without a single review: the stored facts as they are (no join to plan).
_UNREVIEWED = ("NULL::VARCHAR AS review, NULL::VARCHAR AS reviewed_by, NULL::TIMESTAMP AS reviewed_at, "
               "NULL::VARCHAR AS corrected_from, NULL::VARCHAR AS review_note")


def has_reviews(con) -> bool:
    """Whether the library holds any review (resets included): when not, the facts as reviewed are the facts."""
    return bool(con.execute("SELECT EXISTS (SELECT 1 FROM reviews)").fetchone()[0])


def effective_facts(where: str = "TRUE", *, reviews: bool = True) -> str:
    """A subquery with the columns of `facts` (values as reviewed) and REVIEW_COLUMNS.

    where: a condition on the stored facts (alias f), applied before the reviews are joined.
    reviews=False: the library has no review (`has_reviews`): the same columns without the join, whose plan
    costs more than the rest of a small query.
    """
    if not reviews:
        return f"(SELECT f.*, {_UNREVIEWED} FROM facts f WHERE {where})"
    return f"""(SELECT f.* REPLACE (
        CASE WHEN {_CORRECTED} THEN coalesce(rv.value, f.value) ELSE f.value END AS value,
        CASE WHEN {_CORRECTED} THEN coalesce(rv.unit, f.unit) ELSE f.unit END AS unit,
        CASE WHEN {_CORRECTED} THEN coalesce(rv.year, f.year) ELSE f.year END AS year,
        CASE WHEN {_CORRECTED} THEN coalesce(rv.metric, f.metric) ELSE f.metric END AS metric,
        CASE WHEN {_CORRECTED} THEN coalesce(rv.label, f.label) ELSE f.label END AS label,
        CASE WHEN {_RENORMALIZED} THEN rv.value_normalized ELSE f.value_normalized END AS value_normalized,
        CASE WHEN {_RENORMALIZED} THEN rv.unit_normalized ELSE f.unit_normalized END AS unit_normalized,
        CASE WHEN {_RENORMALIZED} THEN rv.norm_flag ELSE f.norm_flag END AS norm_flag),
      CASE rv.action WHEN 'accept' THEN 'accepted' WHEN 'correct' THEN 'corrected'
                     WHEN 'reject' THEN 'rejected' END AS review,
      rv.reviewer AS reviewed_by, rv.reviewed_at, CASE WHEN {_CORRECTED} THEN nullif({_FROM}, '') END AS corrected_from,
      rv.note AS review_note
    FROM facts f LEFT JOIN {CURRENT_REVIEWS} rv ON rv.fact_key = f.fact_key AND rv.action <> 'reset'
    WHERE {where})"""


def metric_facts(metrics_sql: str, *, reviews: bool = True) -> str:
    """The reviewed facts whose metric may be one of `metrics_sql` (a literal list): the stored facts of
    those metrics, and facts a review moved to them from another metric.

    Two disjoint parts joined by UNION ALL, not one condition with OR: DuckDB prunes the first by the constant
    list (the facts are stored in metric order), and skips the second's scan when no review moved a fact
    to these metrics. With OR every fact was read (10 M facts: 20 ms → 510 ms for one metric).
    reviews=False (the library has none): the stored facts of those metrics, no join."""
    if not reviews:
        return effective_facts(f"f.metric IN ({metrics_sql})", reviews=False)
    moved = (f"f.fact_key IN (SELECT fact_key FROM reviews WHERE metric IN ({metrics_sql})) "
             f"AND (f.metric IS NULL OR f.metric NOT IN ({metrics_sql}))")
    return f"({effective_facts(f'f.metric IN ({metrics_sql})')} UNION ALL {effective_facts(moved)})"
