#!/usr/bin/env python3
"""Score esglens once on h30's held-out keys (written blind, see tests/keys/src/h30_build.py).

Usage: nice .venv/bin/python bench/h30_heldout.py
Tables: bench/score_pdf_keys.py's figures (page, value, year) and score_loo.py's metric-id figures
(in-sample and leave-one-report-out) on the found key facts. Narrative: tests/keys/src/h30-narrative.json,
a key fact is found when a narrative fact of esglens on the same page has the same value and year
(and, reported apart, the same page and value with another year).
CPU time (process_time) is printed: wall time is meaningless on the shared machine.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))
TABLE_KEYS = ["tokyogas-2022-employees-p55", "bayer-2021-water-waste-p97-99", "eni-2021-water-p32"]


def tables(score) -> None:
    import score_loo
    from esglens.facts import extract_facts
    from esglens.read.pdf import read_pdf
    for name in TABLE_KEYS:
        gold = json.loads((ROOT / "tests" / "keys" / f"{name}.json").read_text(encoding="utf-8"))
        doc = read_pdf(str(SHARED / "corpus" / "pdf" / gold["seed"]), pages=sorted({f["page"] for f in gold["facts"]}))
        facts = [f for f in extract_facts(doc) if f.source == "table"]
        s = score.score_facts(gold, [f.to_dict() for f in facts])
        print(f"{name}: table recall {100 * s['table_recall']:.1f}  precision {100 * (s['table_precision'] or 0):.1f}"
              f"  ({s['counts']['gold_table']} in key, {s['counts']['printed_on_gold_table_rows']} printed)")
        score_loo._report(score, name, gold, facts, doc, show=True)


def narrative(score) -> None:
    from esglens.facts import extract_facts
    from esglens.read.pdf import read_pdf
    key = json.loads((ROOT / "tests" / "keys" / "src" / "h30-narrative.json").read_text(encoding="utf-8"))
    found = total = 0
    for part in key["keys"]:
        pages = sorted({f["page"] for f in part["facts"]})
        doc = read_pdf(str(SHARED / "corpus" / "pdf" / part["seed"]), pages=pages)
        pred = [f.to_dict() for f in extract_facts(doc) if f.source == "narrative"]
        used: set[int] = set()
        for g in part["facts"]:
            total += 1
            same = [i for i, p in enumerate(pred) if i not in used and p.get("page") == g["page"]
                    and score.same_value(p.get("value"), g["value"])]
            hit = next((i for i in same if pred[i].get("year") == g["year"]), None)
            if hit is not None:
                used.add(hit)
                found += 1
                continue
            other = [(pred[i].get("year"), pred[i].get("label")) for i in same]
            print(f"   missed p{g['page']} {g['raw']!r} {g['year']} {g['label'][:60]!r}"
                  + (f"  (printed with year {other[0][0]}: {str(other[0][1])[:50]!r})" if other else ""))
        print(f"{part['seed']}: pages {pages}: {len(pred)} narrative facts printed")
    print(f"narrative recall {100 * found / total:.1f}% ({found}/{total}, page+value+year)")


def main() -> int:
    score = __import__("score_loo")._score_module()
    t = time.process_time()
    tables(score)
    narrative(score)
    print(f"[CPU {time.process_time() - t:.1f} s]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
