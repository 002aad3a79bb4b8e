"""A synthetic esglens library of N million facts, generated in DuckDB SQL (no Python loops over rows).

    python bench/synthetic.py [--facts 10000000] [--out FILE]

The file is cached (keyed by its size and this script's version) under the temp folder, so a second
`make bench` reuses it. Shape: 1,000 companies × 5 report years, each report 2,000 facts (N = 10 M),
60 % of them with one of the catalog's metric ids, values in the metric's normalized unit, years from the
report year back two years (as a data table prints them), ids and line numbers like real ones. The facts
are written in (metric, year, report) order, as `esglens ingest` keeps them (store/maintain.py).
"""
from __future__ import annotations

import argparse
import os
import tempfile
import time

VERSION = 3
COMPANIES = 1000
YEARS = 5


def default_path(n_facts: int) -> str:
    folder = os.path.join(tempfile.gettempdir(), "esglens-bench")
    os.makedirs(folder, exist_ok=True)
    return os.path.join(folder, f"synthetic-{n_facts // 1000}k-v{VERSION}.duckdb")


def build(path: str, n_facts: int) -> float:
    """Write the library to path (replacing a partial one); returns the seconds it took."""
    import yaml
    from importlib import resources

    from esglens.store import db, maintain

    metrics = [m["id"] for m in yaml.safe_load(
        resources.files("esglens").joinpath("data/metrics.yaml").read_text("utf-8"))["metrics"]]
    t0 = time.perf_counter()
    part = path + ".part"
    for p in (part, part + ".wal"):
        if os.path.exists(p):
            os.remove(p)
    con = db.connect(part)
    n_reports = COMPANIES * YEARS
    per_report = max(1, n_facts // n_reports)
    con.execute("CREATE TEMP TABLE m AS SELECT unnest(?) AS metric, generate_subscripts(?, 1) - 1 AS k",
                [metrics, metrics])
    con.execute(f"""
        INSERT INTO reports (report_id, sha256, path, name, kind, company, report_year, encoding, n_lines,
                             n_facts, n_findings, seconds, ingested_at, n_table_facts, n_narrative_facts,
                             n_index_entries, n_coverage, warnings, esglens_version)
        SELECT substr(md5(r::VARCHAR), 1, 16), md5(r::VARCHAR) || md5(r::VARCHAR),
               '/synthetic/company-' || (r // {YEARS}) || '-' || (2019 + r % {YEARS}) || '.txt',
               'company-' || (r // {YEARS}) || '-' || (2019 + r % {YEARS}) || '.txt', 'text',
               'Company ' || (r // {YEARS}) || ' Ltd.', 2019 + r % {YEARS}, 'utf-8', {per_report * 2},
               {per_report}, 0, 0.5, TIMESTAMP '2026-01-01', {per_report * 2 // 3}, {per_report // 3}, 0, 0,
               '[]', 'synthetic'
        FROM range({n_reports}) t(r)""")
    n_metrics = len(metrics)
    con.execute(f"""
        INSERT INTO facts (report_id, fact_id, metric, label, value, raw, unit, year, line, page, source,
                           section, table_id, footnotes, value_normalized, unit_normalized, metric_reason)
        SELECT rep.report_id, i + 1,
               CASE WHEN (i * 7 + r) % 10 < 6 THEN m.metric END,
               'Indicator ' || (i % 400), v, printf('%.2f', v), 'tCO2e',
               rep.report_year - (i % 3), 100 + i, NULL,
               CASE WHEN i % 3 = 0 THEN 'narrative' ELSE 'table' END,
               'Section ' || (i // 200), 'T' || (i // 50), '[]', v, 'tCO2e', 'synthetic'
        FROM (SELECT r, report_id, report_year FROM
                (SELECT row_number() OVER (ORDER BY name) - 1 AS r, report_id, report_year FROM reports)) rep,
             range({per_report}) t(i),
             LATERAL (SELECT round(1000 + ((hash(rep.report_id, i) % 1000000) / 100.0), 2) AS v) val, m
        WHERE m.k = (i // 3 + r) % {n_metrics}
        ORDER BY 3, 8, 1, 2  -- metric, year, report_id, fact_id: maintain.FACTS_ORDER""")
    # As `esglens ingest` leaves a library: facts in metric order (maintain.refresh), the summary fresh.
    con.execute("INSERT OR REPLACE INTO store_meta VALUES ('facts_sorted_rows', ?)",
                [str(con.execute("SELECT count(*) FROM facts").fetchone()[0])])
    maintain.refresh(con)
    con.execute("CHECKPOINT")
    con.close()
    os.replace(part, path)
    return time.perf_counter() - t0


def ensure(n_facts: int, path: str | None = None) -> tuple[str, float | None]:
    """The cached library (built when missing); the seconds spent building it, or None when cached."""
    path = path or default_path(n_facts)
    if os.path.exists(path):
        return path, None
    return path, build(path, n_facts)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--facts", type=int, default=10_000_000)
    ap.add_argument("--out")
    args = ap.parse_args()
    path, took = ensure(args.facts, args.out)
    size = os.path.getsize(path)
    print(f"{path}: {size / 1e6:.0f} MB, {size / 1e6 / (args.facts / 1e6):.0f} MB per million facts"
          + (f", built in {took:.1f} s" if took else " (cached)"))


if __name__ == "__main__":
    main()
