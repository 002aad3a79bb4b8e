#!/usr/bin/env python3
"""Precision of judged narrative samples on the current code (issue 15's must-show, before/after a change).

Usage: nice .venv/bin/python bench/narrative_precision.py [SEED ...] [--all-reports] [--cache DIR]
For each bench/narrative_judged_seedSEED.json (default 6767 6161 4444 7171; PDF rows only unless --all-reports):
a row still printed with the same label, unit and year keeps its judgement; a row printed changed takes the
judgement in bench/narrative_rejudged.json (report, page, raw, label, unit, year -> right, why) or is listed
to be judged; a row no longer printed is counted as a right or a wrong fact dropped.
Precision = right / (printed and judged). Run it on the commit before a change and after it.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import narrative_diff as nd  # noqa: E402
import narrative_sample as ns  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("seeds", nargs="*", default=["6767", "6161", "4444", "7171"])
    ap.add_argument("--all-reports", action="store_true", help="also the rows of text reports")
    ap.add_argument("--cache")
    a = ap.parse_args()
    cache = Path(a.cache) if a.cache else None
    rejudged = {tuple(r[:6]): r[6] for r in json.loads((ROOT / "bench" / "narrative_rejudged.json").read_text("utf-8"))}
    facts: dict[str, list[dict]] = {}
    for seed in a.seeds:
        judged = json.loads((ROOT / "bench" / f"narrative_judged_seed{seed}.json").read_text("utf-8"))
        right = wrong = 0
        gone = {True: 0, False: 0}
        todo = []
        for r in judged["rows"]:
            if not a.all_reports and not r["report"].endswith(".pdf"):
                continue
            if r["report"] not in facts:
                facts[r["report"]] = ns.narrative(ns.corpus_path(r["report"]), cache)
            f = nd._match(r, facts[r["report"]])
            if f is None:
                gone[bool(r["right"])] += 1
                continue
            now = (f.get("label"), f.get("unit"), f.get("year"))
            if now == (r["label"], r["unit"], r["year"]):
                ok = r["right"]
            elif (key := (r["report"], r["page"], r["raw"], *now)) in rejudged:
                ok = rejudged[key]
            else:
                todo.append((r, now))
                continue
            right, wrong = right + bool(ok), wrong + (not ok)
        n = right + wrong
        print(f"seed {seed}: {right}/{n} = {100 * right / max(n, 1):.1f} % right; no longer printed: "
              f"{gone[True]} right, {gone[False]} wrong; changed, to judge: {len(todo)}")
        for r, now in todo:
            print(f"   judge: {json.dumps([r['report'], r['page'], r['raw'], *now], ensure_ascii=False)}"
                  f"  (was {r['label']!r}, {r['unit']!r}, {r['year']}: {'right' if r['right'] else 'wrong'})")


if __name__ == "__main__":
    main()
