#!/usr/bin/env python3
"""h91's held-out PDF keys (tests/keys/*-h91-*.json: 20 pages of 10 PDFs, written before esglens ran on their pages):
every figure in one run, with h68's measures (bench/h68_blind.py: table recall / precision, value printed with a
wrong year or not at all, label leaf / path, units strict / loose / invented, metric ids shipped and LOO: firm ids
right / abstained / wrong, firm nulls given an id, arguable rows).

Usage: nice .venv/bin/python bench/h91_blind.py [--misses] [--json OUT] [--first-run] [KEY_STEM ...]

--misses   every miss, grouped by the key's layout family (LAYOUT below) and then by kind (not found, year, label,
           unit, metric), so the misses read as mechanisms (which layouts fail), not as single cells
--first-run  write the per-key counts to bench/h91_first_run.json (done once, on main eab79c8, the session's start)
Each run prints each key's counts against bench/h91_first_run.json. CPU seconds (process_time) only.
"""
from __future__ import annotations

import importlib.util
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIRST = ROOT / "bench" / "h91_first_run.json"

# the layout family of each key (what a miss there says about esglens), as written when the pages were chosen
LAYOUT = {
    "toshiba-2021-h91-stock-p79": "multi-year table, fiscal-year-end columns (2021/3), footnote marks, bracketed "
                                  "negatives, dashes; chart High/Low panels",
    "toshiba-2021-h91-shareholders-p78": "multi-year % table with the unit in the first row only; ranked list table; "
                                         "a small table inside a note",
    "tokyogas-2022-h91-materiality-targets-p6": "Japanese targets-vs-results table, figures inside 'name：value' text "
                                                "cells",
    "tokyogas-2022-h91-material-balance-p48": "Japanese material-balance panels (small tables in boxes)",
    "tokyogas-2022-h91-diversity-p29": "Japanese targets table, several figures per cell line with 'as of' dates; "
                                       "targets panel",
    "siemens-2022-h91-remuneration-complaints-p27": "BRSR side-by-side groups (Male|Female x Number|Median; "
                                                    "FY 2022|FY 2021 x 3 sub-columns)",
    "siemens-2022-h91-csr-beneficiaries-p43": "serial-numbered list table, batch years inside row names",
    "vedanta-2023-h91-hr-training-p22": "BRSR FY groups with lettered sub-columns and section rows (text layer out "
                                        "of page order)",
    "unitedspirits-2024-h91-openness-p22": "BRSR group cells merged over rows, lettered metric column, dash nils",
    "bayer-2021-h91-parental-leave-p82": "table beside prose, wrapped hyphenated row names, %|Number pairs; donut "
                                         "with (prior year)",
    "eni-2021-h91-economic-value-p9": "ratio table with section rows; multi-year table, unit on the first row only, "
                                      "SDG codes column",
    "eni-2021-h91-rd-p10": "multi-year table above prose, unit column on some rows, SDG codes column",
    "daikin-2022-h91-business-sphere-p3": "bar charts with data labels, donuts, highlight panels (figure over caption)",
    "riotinto-2023-h91-progress-panels-p35": "stacked panels: figure, caption below, '(2022: $Xm)'",
    "swisscom-2021-h91-educational-chart-p30": "bar chart with data labels in a prose column",
    # second batch, chosen after the first run on the first 15
    "unitedspirits-2024-h91-complaints-p38": "BRSR FY groups over wrapped sub-columns with a Remarks text column "
                                             "(Siemens p27's layout on another report)",
    "siemens-2022-h91-wellbeing-p16": "BRSR 3-level header (covered by > benefit > No./%), blank cells, NA once per "
                                      "benefit",
    # third batch, chosen after the first run
    "toshiba-2021-h91-financial-charts-p30": "six combo charts (bars + line), units in the legends, FYn axis",
    "tokyogas-2022-h91-materiality-targets-p7": "Japanese targets-vs-results tables (p6's layout on another page)",
    "vedanta-2023-h91-disciplinary-p12": "a small FY table of zeros under tables of text",
}
LATER = ("unitedspirits-2024-h91-complaints-p38", "siemens-2022-h91-wellbeing-p16",      # batch 2
         "toshiba-2021-h91-financial-charts-p30", "tokyogas-2022-h91-materiality-targets-p7",
         "vedanta-2023-h91-disciplinary-p12")                                          # batch 3


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


H68 = _load("h68_blind", ROOT / "bench" / "h68_blind.py")


def h91_keys(only: tuple[str, ...] = ()) -> list[Path]:
    return H68.h68_keys(only, "h91")


def compact(r: dict) -> dict:
    """The counts of one result (no miss lists): what the first-run record keeps."""
    return {"pages": r["pages"], "table": r["table"], "metrics": r["metrics"]}


def print_by_layout(results: list[dict], layout: dict[str, str] | None = None) -> None:
    """Misses grouped by the key's layout family (`layout`, default this set's LAYOUT), then by kind, with counts."""
    layout = LAYOUT if layout is None else layout
    print("\nMISSES BY LAYOUT FAMILY")
    for r in results:
        rows = {kind: v for kind, v in r["misses"].items() if v}
        if not rows:
            continue
        t = r["table"]
        print(f"\n## {r['key']}: {layout.get(r['key'], '?')}")
        print(f"   cells {t['cells']}: found {t['found']}, year wrong {t['year_wrong']}, not printed {t['not_printed']}"
              f"; label path wrong {t['found'] - t['path']}; units {t['unit_n'] - t['loose']} loose misses, "
              f"{t['unit_invented']} invented")
        for kind, v in rows.items():
            print(f"   {kind} ({len(v)}):")
            for row in v:
                print(f"     {row}")


def run_set(argv: list[str], name: str, keys, layout: dict[str, str], first: Path, first_note: str,
            extra=None) -> int:
    """The command line of a held-out key set's scorer (h91, h105, h111 ...): `keys(only)` gives the set's PDF keys,
    `extra(only, score, units)` any other results it scores and prints (h105's text key); --misses prints them by
    `layout` family, --json OUT writes them, --first-run records `first` with `first_note`."""
    if not (SHARED / "corpus" / "pdf").is_dir():
        print("../shared is absent: nothing to score")
        return 0
    t0 = time.process_time()
    score = _load("score", SHARED / "eval" / "score.py")
    units = _load("score_units_keys", ROOT / "bench" / "score_units_keys.py")
    out = argv[argv.index("--json") + 1] if "--json" in argv else None
    only = tuple(a for a in argv if not a.startswith("--") and a != out)
    results = []
    for path in keys(only):
        results.append(H68.score_key(path, score, units))
        H68.print_key(results[-1], False)
    more = extra(only, score, units) if extra else []
    if results:
        H68.totals(results)
    H68.versus_first_run(results + more, name)
    if "--misses" in argv:
        print_by_layout(results + more, layout)
    if out:
        Path(out).write_text(json.dumps(results + more, indent=1, ensure_ascii=False), encoding="utf-8")
    if "--first-run" in argv:
        import subprocess
        commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                                text=True).stdout.strip()
        first.write_text(json.dumps({"commit": commit, "note": first_note,
                                     "first_run": {r["key"]: compact(r) for r in results + more}},
                                    indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"[CPU {time.process_time() - t0:.1f} s]")
    return 0


def main(argv: list[str]) -> int:
    return run_set(argv, "h91", h91_keys, LAYOUT, FIRST,
                   "first run of bench/h91_blind.py, src/ = main eab79c8 (the session's start); keys committed before "
                   "it; batches 2 and 3 (LATER) were chosen after the first run on the first 15")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
