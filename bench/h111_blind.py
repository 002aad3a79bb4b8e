#!/usr/bin/env python3
"""h111's held-out keys (tests/keys/*-h111-*.json: 14 pages of 8 PDFs, drawn by tests/keys/src/h111_draw.py's seed-111
walk over pages no key held), written before esglens ran on their pages: every figure in one run, with h68's measures
(bench/h68_blind.py: table recall / precision, value printed with a wrong year or not at all, label leaf / path, units
strict / loose / invented, metric ids shipped and LOO: firm ids right / abstained / wrong, firm nulls given an id,
arguable rows), by h91's first-run record and misses by layout family (bench/h91_blind.py), as bench/h105_blind.py.

Usage: nice .venv/bin/python bench/h111_blind.py [--misses] [--json OUT] [--first-run] [KEY_STEM ...]

--misses     every miss, grouped by the key's layout family (LAYOUT below) and then by kind (not found, year, label,
             unit, metric), so the misses read as mechanisms (which layouts fail), not as single cells
--first-run  write the per-key counts to bench/h111_first_run.json (done once, src/ = main b843abe, after every key was
             committed)
Each run prints each key's counts against bench/h111_first_run.json. CPU seconds (process_time) only.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIRST = ROOT / "bench" / "h111_first_run.json"

# the layout family of each key (what a miss there says about esglens), as written when the pages were chosen
LAYOUT = {
    "bayer-2021-h111-net-zero-roadmap-p84": "roadmap graphic: period boxes of '// text figure' lines (a reference "
                                            "year's emissions with a wrapped unit, target years' % reductions)",
    "bayer-2021-h111-donation-donuts-p108": "two donuts beside prose: a total in the hole, '% (€ amount) name' labels "
                                            "outside",
    "eni-2021-h111-biofeedstock-p15": "one-year table: two text columns (country | wrapped biomass type) make the row "
                                      "name, unit in the column headers '(TONNES)', repeated countries, a TOTAL row",
    "eni-2021-h111-grievances-p42": "three-year table, '(%)' in the unit column of the first row only, dashes",
    "toshiba-2021-h111-device-investments-p23": "plan table with a span column ('FY21 to FY23 total') + four small "
                                                "bar/line charts: bracketed ratios under bar values, a row of figures "
                                                "under the axis, '△' negatives, a CAGR arrow",
    "toshiba-2021-h111-segment-chart-p40": "segment page (h68 p36's layout): donut with one % in the hole, two-series "
                                           "bar chart with legend units",
    "unitedspirits-2024-h111-human-rights-training-p36": "BRSR FY groups over Total | covered | % sub-columns, band "
                                                         "rows (Employees / Workers), under prose",
    "unitedspirits-2024-h111-districts-procurement-p55": "BRSR one-row tables: an amount in Indian digit grouping "
                                                         "(no year printed), a two-FY % row under a long row name",
    "daikin-2022-h111-ceo-panel-p4": "panel under a CEO message: FY columns incl. a target column, big figures with "
                                     "small unit words ('2.49trillion yen', 'Over 30 % reduction')",
    "daikin-2022-h111-ghg-targets-p7": "target chart callouts ('Reduce by 30%+' at a year on the axis) + a panel's "
                                       "'name: value' line",
    "siemens-2022-h111-aspirational-districts-p42": "BRSR list table: serial numbers, two text columns (state, "
                                                    "district), one amount column with the unit in its header",
    "vedanta-2023-h111-rr-sourcing-p32": "BRSR R&R row with a multi-line 'item: ₹x crore : status' cell + a two-FY % "
                                         "table; block codes in the table above",
    "riotinto-2023-h111-decarbonisation-plan-p13": "waterfall chart: bar totals, a bracket '-50%', target lines "
                                                   "labelled at the side, % labels inside stacked bars",
    "riotinto-2023-h111-carbon-credits-p27": "highlight panel (figure over caption) + an area chart whose only figure "
                                             "is in a reference line's name",
}


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


H68 = _load("h68_blind", ROOT / "bench" / "h68_blind.py")
# the first-run record and the misses by layout family are h91_blind's, with this set's LAYOUT
H91 = _load("h91_blind", ROOT / "bench" / "h91_blind.py")


def h111_keys(only: tuple[str, ...] = ()) -> list[Path]:
    return H68.h68_keys(only, "h111")


def main(argv: list[str]) -> int:
    return H91.run_set(argv, "h111", h111_keys, LAYOUT, FIRST,
                       "first run of bench/h111_blind.py, src/ = main b843abe (unchanged on branch h111); every key "
                       "committed before it (58a7788)")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
