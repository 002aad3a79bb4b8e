"""Reviewing facts: accept, correct (value, unit, year, metric, label), reject, or take a review back.

Reviews are rows of their own (`reviews`), keyed by the fact's stable key (`rows.fact_keys`: the report's
content hash, the place, the label path, column and printed text), so they outlive a re-ingest of the same
report; the extracted fact is never changed. Each review is one transaction. Readers see the facts as
reviewed through `reviewed.effective_facts`.
"""
from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

from .maintain import FACTS_ORDER
from .query import dicts, one
from .reviewed import CURRENT_REVIEWS, effective_facts
from .rows import fact_keys

ACTIONS = ("accept", "correct", "reject", "reset")
FIELDS = ("value", "unit", "year", "metric", "label")
STATUSES = ("todo", "reviewed", "accepted", "corrected", "rejected", "all")
YEARS = (1900, 2100)


class ReviewError(ValueError):
    """A review that cannot be recorded: one line naming the fact and the reason."""

    def __init__(self, subject: str, reason: str):
        super().__init__(f"{subject}: {reason}")
        self.subject = subject
        self.reason = reason


def fill_fact_keys(con: Any) -> int:
    """Give every stored fact without a key its key (libraries made before keys); how many were filled.

    The keys are worked out in Python (the one `fact_keys` ingest uses) and the facts table is rewritten
    once with them, in one transaction: an UPDATE per report would scan the table once per report.
    """
    import pyarrow as pa

    missing = con.execute("SELECT count(*) FROM facts WHERE fact_key IS NULL").fetchone()[0]
    if not missing:
        return 0
    cur = con.execute("SELECT report_id, fact_id, page, line, label, column_header, raw, source FROM facts "
                      "WHERE report_id IN (SELECT DISTINCT report_id FROM facts WHERE fact_key IS NULL) "
                      "ORDER BY report_id, fact_id")
    rids, ids, keys = [], [], []
    current, places = None, []
    while batch := cur.fetchmany(100_000):
        for r in batch:
            if r[0] != current and places:
                keys += fact_keys(current, places)   # the ~n of a repeated key counts within its report
                places = []
            current = r[0]
            rids.append(r[0])
            ids.append(r[1])
            places.append(r[2:])
    if places:
        keys += fact_keys(current, places)
    con.register("_esglens_keys", pa.table({"report_id": rids, "fact_id": ids, "new_key": keys}))
    con.begin()
    try:
        con.execute("CREATE TABLE facts__keyed AS SELECT f.* REPLACE (coalesce(f.fact_key, k.new_key) AS fact_key) "
                    f"FROM facts f LEFT JOIN _esglens_keys k USING (report_id, fact_id) ORDER BY {FACTS_ORDER}")
        con.execute("DROP TABLE facts")
        con.execute("ALTER TABLE facts__keyed RENAME TO facts")
        n = con.execute("SELECT count(*) FROM facts").fetchone()[0]   # as maintain.sort_facts leaves them
        con.execute("INSERT OR REPLACE INTO store_meta VALUES ('facts_sorted_rows', ?)", [str(n)])
        con.commit()
    except BaseException:
        con.rollback()
        raise
    finally:
        con.unregister("_esglens_keys")
    return len(keys)


def get_fact(con: Any, fact_key: str) -> dict | None:
    """One fact as reviewed (with the review columns), by its key."""
    return one(con, f"SELECT * FROM {effective_facts('f.fact_key = ?')}", [fact_key.strip()])


def record(con: Any, fact_key: str, action: str, by: str, *, note: str | None = None,
           at: datetime | None = None, **fields: Any) -> dict:
    """Record one review in its own transaction; the fact as reviewed afterwards.

    fields (correct only): value, unit, year, metric, label — the ones given replace the extracted ones.
    """
    action = (action or "").strip().lower()
    by = (by or "").strip()
    if action not in ACTIONS:
        raise ReviewError(fact_key, f"unknown action '{action}' (choose from {', '.join(ACTIONS)})")
    if not by:
        raise ReviewError(fact_key, "say who reviews (--by NAME)")
    fact = one(con, "SELECT * FROM facts WHERE fact_key = ?", [(fact_key or "").strip()])
    if fact is None:
        raise ReviewError(fact_key, "no stored fact has this key")
    given = _corrections(fact_key, action, fields)
    normalized = _normalized(fact, given) if given else (None, None, None)
    row = {"fact_key": fact["fact_key"], "report_id": fact["report_id"], "action": action,
           **{k: given.get(k) for k in FIELDS}, "value_normalized": normalized[0],
           "unit_normalized": normalized[1], "norm_flag": normalized[2], "extracted": json.dumps({k: fact[k] for k in FIELDS}, default=str),
           "note": (note or "").strip() or None, "reviewer": by[:200],
           "reviewed_at": (at or datetime.now(timezone.utc)).replace(tzinfo=None)}
    con.begin()
    try:
        rid = con.execute("SELECT coalesce(max(review_id), 0) + 1 FROM reviews").fetchone()[0]
        cols = ["review_id", *row]
        con.execute(f"INSERT INTO reviews ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                    [rid, *row.values()])
        con.execute("INSERT OR REPLACE INTO store_meta VALUES ('summary', 'stale')")
        con.commit()
    except BaseException:
        con.rollback()
        raise
    return get_fact(con, fact["fact_key"]) or {}


def _corrections(subject: str, action: str, fields: dict[str, Any]) -> dict[str, Any]:
    """The corrected fields, checked: only a correction gives any, and it gives at least one."""
    unknown = sorted(set(fields) - set(FIELDS))
    if unknown:
        raise ReviewError(subject, f"unknown field(s): {', '.join(unknown)}")
    given = {k: v for k, v in fields.items() if v is not None and v != ""}
    if action != "correct":
        if given:
            raise ReviewError(subject, f"only 'correct' changes fields ({', '.join(given)} given to '{action}')")
        return {}
    if not given:
        raise ReviewError(subject, "a correction gives at least one of: " + ", ".join(FIELDS))
    return {k: _checked(subject, k, v) for k, v in given.items()}


def _checked(subject: str, name: str, value: Any) -> Any:
    if name == "value":
        from ..core.numbers import parse_value

        if isinstance(value, (int, float)):
            return float(value)
        parsed = parse_value(str(value))
        if parsed is None or parsed.value is None:
            raise ReviewError(subject, f"value '{value}' is not a number")
        return float(parsed.value)
    if name == "year":
        try:
            year = int(str(value).strip())
        except ValueError:
            raise ReviewError(subject, f"year '{value}' is not a year") from None
        if not YEARS[0] <= year <= YEARS[1]:
            raise ReviewError(subject, f"year {year} is outside {YEARS[0]}-{YEARS[1]}")
        return year
    text = str(value).strip()
    if name == "metric":
        from ..catalog import get_metric

        if get_metric(text) is None:
            raise ReviewError(subject, f"unknown metric '{text}' (see `esglens metrics`)")
    return text


def _normalized(fact: dict, given: dict[str, Any]) -> tuple[float | None, str | None, str | None]:
    """The corrected figure in its metric's canonical unit (the catalog's own normalization)."""
    from ..catalog import normalize_fact
    from ..model import Fact

    f = Fact(value=given.get("value", fact["value"]), raw=fact["raw"] or "", unit=given.get("unit", fact["unit"]) or "",
             year=given.get("year", fact["year"]), label=given.get("label", fact["label"]) or "",
             source=fact["source"] or "table", metric=given.get("metric", fact["metric"]))
    normalize_fact(f)
    return f.value_normalized, f.unit_normalized, f.norm_flag


def list_facts(con: Any, report_id: str, status: str = "todo", *, metric: str | None = None,
               limit: int | None = None, offset: int = 0) -> list[dict]:
    """A report's facts as reviewed, in report order: todo (not reviewed), reviewed, accepted, corrected,
    rejected or all."""
    if status not in STATUSES:
        raise ReviewError(status, f"unknown status (choose from {', '.join(STATUSES)})")
    where = {"todo": "review IS NULL", "reviewed": "review IS NOT NULL", "all": "TRUE"}.get(
        status, f"review = '{status}'")
    params: list[Any] = [report_id]
    if metric:
        where += " AND metric = ?"
        params.append(metric)
    page = f" LIMIT {int(limit)} OFFSET {int(offset)}" if limit else ""
    return dicts(con, f"SELECT * FROM {effective_facts('f.report_id = ?')} WHERE {where} "
                      f"ORDER BY fact_id{page}", params)


def progress(con: Any, report_ids: list[str] | None = None) -> dict[str, dict[str, int]]:
    """Per report: facts, reviewed, accepted, corrected, rejected."""
    where = "TRUE" if report_ids is None else "f.report_id IN (SELECT unnest(?))"
    rows = con.execute(
        f"SELECT report_id, count(*), count(review), count(*) FILTER (WHERE review = 'accepted'), "
        f"count(*) FILTER (WHERE review = 'corrected'), count(*) FILTER (WHERE review = 'rejected') "
        f"FROM {effective_facts(where)} GROUP BY 1", [] if report_ids is None else [report_ids]).fetchall()
    return {r[0]: dict(zip(("facts", "reviewed", "accepted", "corrected", "rejected"), r[1:])) for r in rows}


def history(con: Any, fact_key: str) -> list[dict]:
    """Every review of a fact, oldest first."""
    return dicts(con, "SELECT * FROM reviews WHERE fact_key = ? ORDER BY review_id", [fact_key.strip()])


def orphans(con: Any, report_id: str | None = None) -> list[dict]:
    """Reviews whose fact is no longer stored: the report was read again and no fact has the key any more
    (a new label path, column or printed text). Kept, never joined to another fact; shown for a new look."""
    where = "" if report_id is None else "AND rv.report_id = ?"
    return dicts(con, f"SELECT rv.* FROM {CURRENT_REVIEWS} rv WHERE rv.action <> 'reset' {where} AND NOT EXISTS "
                      f"(SELECT 1 FROM facts f WHERE f.fact_key = rv.fact_key) ORDER BY rv.review_id",
                 [] if report_id is None else [report_id])


def neighbours(con: Any, fact: dict) -> tuple[int | None, int | None]:
    """The fact ids before and after this one in its table (for keyboard navigation)."""
    if not fact.get("table_id"):
        return None, None
    row = con.execute(
        "SELECT max(fact_id) FILTER (WHERE fact_id < $id), min(fact_id) FILTER (WHERE fact_id > $id) "
        "FROM facts WHERE report_id = $rid AND table_id = $t",
        {"id": fact["fact_id"], "rid": fact["report_id"], "t": fact["table_id"]}).fetchone()
    return row[0], row[1]


def examples(con: Any) -> list[tuple[str, str, str | None, str]]:
    """The library's reviewed metrics as labelled examples for the metrics stage
    (`PipelineSettings.examples`): (label path as extracted, metric id, unit or None, source
    'review:<report>:<who>'), from accepted and corrected facts with a metric. The label is the one
    extracted (the next report's fact carries the same), the metric and unit as reviewed; for a label
    reviewed more than once the newest review comes last (the mapper takes the last)."""
    if not con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'reviews' "
                       "AND table_schema = 'main'").fetchone()[0]:
        return []   # a library from before reviews, opened read-only
    rows = con.execute(
        f"SELECT s.label, e.metric, nullif(e.unit, ''), r.name, rv.reviewer FROM {effective_facts()} e "
        f"JOIN facts s USING (report_id, fact_id) JOIN reports r USING (report_id) "
        f"JOIN {CURRENT_REVIEWS} rv ON rv.fact_key = e.fact_key "
        f"WHERE e.review IN ('accepted', 'corrected') AND e.metric IS NOT NULL AND coalesce(s.label, '') <> '' "
        f"ORDER BY rv.review_id").fetchall()
    out: dict[str, tuple[str, str, str | None, str]] = {}
    for label, metric, unit, report, who in rows:
        out.pop(label, None)
        out[label] = (label, metric, unit, f"review:{report}:{who}")
    return list(out.values())
