#!/usr/bin/env python3
"""h105's held-out keys (tests/keys/*-h105-*.json: 12 pages/page pairs of 7 PDFs, and the text key
tests/keys/text/alibaba-2022-h105-*.json), written before esglens ran on their pages or lines: every figure in one run,
with h68's measures (bench/h68_blind.py: table recall / precision, value printed with a wrong year or not at all, label
leaf / path, units strict / loose / invented, metric ids shipped and LOO: firm ids right / abstained / wrong, firm
nulls given an id, arguable rows). The text key is matched as ../shared/eval/score.py matches a text key (same line and
value; a table fact also the same year), its narrative facts counted apart.

Usage: nice .venv/bin/python bench/h105_blind.py [--misses] [--json OUT] [--first-run] [KEY_STEM ...]

--misses     every miss, grouped by the key's layout family (LAYOUT below) and then by kind (not found, year, label,
             unit, metric), so the misses read as mechanisms (which layouts fail), not as single cells
--first-run  write the per-key counts to bench/h105_first_run.json (done once, on main 14f9626, the session's start,
             after every key was committed)
Each run prints each key's counts against bench/h105_first_run.json. CPU seconds (process_time) only.
"""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIRST = ROOT / "bench" / "h105_first_run.json"
TEXT_KEYS = ROOT / "tests" / "keys" / "text"

# the layout family of each key (what a miss there says about esglens), as written when the pages were chosen
LAYOUT = {
    "eni-2021-h105-biodiversity-spills-p34": "multi-year tables under prose: unit column, section rows, 'of which' "
                                             "rows, SDG code column, a row without a unit",
    "eni-2021-h105-board-p7": "governance multi-year table: footnote marks in the year header ('2017(b)') and in "
                              "cells ('7(e)'), unit column on some rows only",
    "siemens-2022-h105-reclaimed-p15": "BRSR FY groups over three sub-columns (Reused|Recycled|Safely disposed), unit "
                                       "in the question; a '15% (HDPE, LDPE)' cell and 'not available'",
    "siemens-2022-h105-turnover-complaints-p7": "BRSR two-row table with the unit in the row name; complaints FY "
                                                "groups with empty rows, a link column and empty Remarks",
    "vedanta-2023-h105-section-a-p1": "BRSR Section A lists: % of turnover beside NIC code columns; one amount in "
                                      "Indian digit grouping among codes, dates, phone numbers",
    "vedanta-2023-h105-subsidiaries-csr-p4": "long BRSR list table (serial numbers, company names, a % column) + "
                                             "inline 'name - value crore' lines",
    "toshiba-2021-h105-patent-donuts-p29": "four donuts: % labels outside with leader lines, a total in the hole, a "
                                           "multi-year span as the period",
    "toshiba-2021-h105-corporate-data-p82": "name | value list among dates, codes and an address ('Approx.', '1 "
                                            "billion')",
    "unitedspirits-2024-h105-sourcing-wages-p54": "BRSR two-year % tables (current | previous FY), a restated mark "
                                                  "on one cell",
    "unitedspirits-2024-h105-ethics-p21": "BRSR: one cell merged over three rows, Number|Remarks groups, a unit word "
                                          "inside the cell ('77 Days')",
    "riotinto-2023-h105-diesel-p25": "small table beside prose (no unit) + highlight panels (figure over caption)",
    "tokyogas-2022-h105-targets-p21-p24": "Japanese targets-vs-results tables, figures inside 'name：value' text cells",
    "alibaba-2022-h105-rural-l1824-1847": "text: prose figures + a two-figure panel whose captions precede its values",
}


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


H68 = _load("h68_blind", ROOT / "bench" / "h68_blind.py")
# the first-run record and the misses by layout family are h91_blind's, with this set's LAYOUT
H91 = _load("h91_blind", ROOT / "bench" / "h91_blind.py")


def h105_keys(only: tuple[str, ...] = ()) -> list[Path]:
    return H68.h68_keys(only, "h105")


def h105_text_keys(only: tuple[str, ...] = ()) -> list[Path]:
    return [k for k in sorted(TEXT_KEYS.glob("*-h105-*.json")) if not only or k.stem in only]


def _as_pages(rows: list[dict]) -> list[dict]:
    """A text fact's line in the `page` field, so h68's PDF functions (which pair and report by page) serve."""
    return [{**r, "page": r.get("line")} for r in rows]


def text_match(gold: list[dict], pred: list[dict], score) -> list[tuple[dict, dict | None]]:
    """score.py's pairing for a text key: same line and value; a table fact also the same year."""
    used: set[int] = set()
    out = []
    for g in gold:
        hit = next((i for i, p in enumerate(pred) if i not in used and p.get("line") == g["line"]
                    and score.same_value(p.get("value"), g.get("value"))
                    and (g.get("source") != "table" or p.get("year") == g.get("year"))), None)
        if hit is not None:
            used.add(hit)
        out.append((g, None if hit is None else pred[hit]))
    return out


def _paged(pairs: list[tuple[dict, dict | None]]) -> list[tuple[dict, dict | None]]:
    return [(_as_pages([g])[0], None if p is None else _as_pages([p])[0]) for g, p in pairs]


def score_text_key(path: Path, score, units) -> dict:
    """One text key: table and narrative facts found (score.py), labels, units and ids as score_key counts them."""
    from esglens.pipeline import analyze
    key = json.loads(path.read_text(encoding="utf-8"))
    res = analyze(str(SHARED / "corpus" / "text-unkeyed" / key["seed"]), only=("facts",))
    pred = [f.to_dict() for f in res.facts]
    s = score.score_facts({"facts": key["facts"]}, pred)
    pairs = _paged(text_match(key["facts"], pred, score))
    counts, miss = H68.table_figures(_as_pages(key["facts"]), _as_pages(pred), pairs, units)
    counts["recall"], counts["precision"] = s["table_recall"], s["table_precision"]
    counts["narrative_recall"] = s["narrative_recall"]
    counts["printed_on_pages"] = s["counts"]["printed_on_gold_table_rows"]
    metrics = {}
    for mode, company in (("shipped", ""), ("LOO", path.stem.split("-")[0])):
        mp = [{**f.to_dict(), "metric_reason": f.metric_reason} for f in H68.mapped(res.facts, res.document, company)]
        mpairs = _paged(text_match(key["facts"], mp, score))
        metrics[mode] = H68.metric_figures(mpairs)
        if mode == "LOO":
            miss["metric (LOO)"] = H68.metric_misses(mpairs)
    return {"key": path.stem, "pages": sorted({f["line"] for f in key["facts"]}), "table": counts,
            "metrics": metrics, "misses": miss}


def _texts(only: tuple[str, ...], score, units) -> list[dict]:
    texts = []
    for path in h105_text_keys(only):
        texts.append(score_text_key(path, score, units))
        H68.print_key(texts[-1], False)
        print(f"  (text key: pages = lines; narrative recall {100 * (texts[-1]['table']['narrative_recall'] or 0):.1f})")
    return texts


def main(argv: list[str]) -> int:
    return H91.run_set(argv, "h105", h105_keys, LAYOUT, FIRST,
                       "first run of bench/h105_blind.py, src/ = main 14f9626 (the session's start); every key "
                       "committed before it (195759e)", _texts)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
