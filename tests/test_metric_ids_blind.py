"""h57's blind metric-id keys (tests/keys/metric_ids/, issue 13) and their scorer (bench/score_metric_ids_blind.py).

Structural checks only, no score goal: the keys load, every metric id they name is in the catalog, every overlay
cell is a fact of its PDF key, and every keyed figure is printed on its line (text) or page (PDF). The scorer runs
once on all keys (shipped examples) and its counts must add up; the figures are printed as measured, not asserted.
Needs ../shared for everything that reads a report (skipped with the reason when it is absent)."""
from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
KEYS = ROOT / "tests" / "keys"
SHARED = ROOT.parent / "shared"
NEEDS_SHARED = pytest.mark.skipif(not (SHARED / "corpus" / "pdf").is_dir() or
                                  not (SHARED / "corpus" / "text-unkeyed").is_dir(),
                                  reason="../shared/corpus (the reports the keys are about) is absent")


def _scorer():
    spec = importlib.util.spec_from_file_location("score_metric_ids_blind", ROOT / "bench" / "score_metric_ids_blind.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _keys() -> dict[str, dict]:
    return {p.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted((KEYS / "metric_ids").glob("h57-*.json"))}


def test_keys_load_and_name_catalog_metrics_only():
    from esglens.catalog.metrics import load_catalog
    ids = {m.id for m in load_catalog().metrics}
    keys = _keys()
    assert set(keys) == {"h57-alibaba-2022-esg-report.json", "h57-sinopec-2021-sustainability-report.json",
                         "h57-pdf-overlay.json", "h57-pdf-overlay-2.json", "h57-eni-2021-p17-p41.json",
                         "h57-pdf-new-2.json", "h57-pdf-new-3.json"}
    rows = [r for k in keys.values() for r in k.get("facts", k.get("entries", []))]
    assert len(rows) > 1400
    named = {r["metric"] for r in rows if r["metric"] is not None}
    assert named <= ids, named - ids
    for r in rows:
        assert isinstance(r["year"], int) and isinstance(r["value"], float) and r["raw"], r


def test_overlay_cells_are_null_facts_of_existing_pdf_keys():
    keys = _keys()
    overlay = keys["h57-pdf-overlay.json"]["entries"] + keys["h57-pdf-overlay-2.json"]["entries"]
    cache: dict[str, list[dict]] = {}
    for e in overlay:
        facts = cache.setdefault(e["key"], json.loads((KEYS / e["key"]).read_text(encoding="utf-8"))["facts"])
        same = [f for f in facts if (f["page"], f["label"], f["year"], f["raw"]) ==
                (e["page"], e["label"], e["year"], e["raw"])]
        assert same, e
        assert all(f["metric"] is None for f in same), e   # the overlay adds ids where the key has none
    assert len({e["key"] for e in overlay if e["metric"]}) >= 5
    assert sum(1 for e in overlay if e["metric"]) >= 150


@pytest.fixture(scope="module")
def scored():
    """Every report of the keys read once, scored once with the shipped examples: {report: (rows, doc, figures, pairs)}."""
    sc = _scorer()
    out = {}
    for report, rows in sc.key_rows().items():
        facts, doc = sc._facts(report, rows)
        figures, pairs = sc.score_report(report, rows, ("shipped",), read=(facts, doc))["shipped"]
        out[report] = (rows, doc, figures, pairs)
    return out


def _squeeze(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _figure(raw: str) -> str:
    """The printed number of a raw cell without its footnote mark ('122※18' -> '122', '8,84,66,358.39*' -> ...)."""
    return re.match(r"[(（]?[-−–+]?[\d.,]+%?", _squeeze(raw)).group(0)


@NEEDS_SHARED
def test_every_keyed_figure_is_printed_where_the_key_says(scored):
    for report, (rows, doc, _, _) in scored.items():
        for r in rows:
            text = doc.text_at(line=r["line"]) if r.get("line") else doc.text_at(page=r["page"])
            assert _figure(r["raw"]) in _squeeze(text), (report, r["where"], r["raw"], r["label"])


@NEEDS_SHARED
def test_scorer_counts_add_up_figures_measured(scored):
    total: dict[str, int] = {}
    for report, (rows, _, f, pairs) in scored.items():
        assert len(pairs) == len(rows)
        assert f["keyed"] + f["nulls_keyed"] == len(rows)
        assert f["right"] + f["wrong"] + f["null"] == f["found"] <= f["keyed"]
        assert f["nulls_with_id"] <= f["nulls_found"] <= f["nulls_keyed"]
        found = [p for _, p in pairs if p is not None]
        assert len({id(p) for p in found}) == len(found)     # one esglens fact answers one key row
        for k, v in f.items():
            total[k] = total.get(k, 0) + v
    # measured (first runs on main f3b46aa; batch 1: 107/190 ids right, 0 wrong on id rows, 17/549 found null rows
    # with an id; overlay batch 2: 0/17 ids right, 12 found all abstained, 3/149 null rows with an id; Eni pages:
    # 50/85 ids right, 0 wrong, 32 abstained, 15/412 null rows with an id; new rows 2: 1/12 ids right, 0 wrong,
    # 7 abstained, 4 not found, 0/14 null rows with an id; new rows 3: 3/11 ids right, 0 wrong, 8 abstained,
    # 0/11 null rows with an id):
    # printed for the record, not a goal
    print(f"\nmeasured: ids right {total['right']}/{total['keyed']}, wrong {total['wrong']}, abstained "
          f"{total['null']}, not found {total['keyed'] - total['found']}; null rows with an id "
          f"{total['nulls_with_id']}/{total['nulls_found']}")
    assert total["found"] and total["nulls_found"]   # the matching pairs rows at all (a broken matcher finds none)
