#!/usr/bin/env python3
"""Score esglens on the flattened-block text keys of the unkeyed converted texts: h35's (in-sample for the
flattened-block reader, which was tuned on them) and h43's (held out: written before the reader existed).

Usage: nice .venv/bin/python bench/text_block_keys.py [--detail]
Per key: table recall and precision (../shared/eval/score.py: same line, value and year; any source, as a
flattened row may also print as narrative), and the facts printed on the key's lines that the key does not
hold. --detail lists every miss and every wrong fact. CPU time (process_time) only.
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
KEYS = [("text/sinopec-2021-h35-blocks", "sinopec-2021-sustainability-report.txt", "in-sample"),
        ("text/alibaba-2022-h35-rows", "alibaba-2022-esg-report.txt", "in-sample"),
        ("text/sinopec-2021-h43-blocks", "sinopec-2021-sustainability-report.txt", "held out"),
        ("text/alibaba-2022-h43-panel", "alibaba-2022-esg-report.txt", "held out"),
        ("text/sinopec-2021-sustainability-report", "sinopec-2021-sustainability-report.txt", "h21's key: Key Performance"),
        ("text/alibaba-2022-esg-report", "alibaba-2022-esg-report.txt", "h13's key: appendix")]


def main(argv: list[str]) -> int:
    import h35_heldout
    import score_loo
    from esglens.pipeline import analyze
    if not (SHARED / "corpus" / "text-unkeyed").is_dir():
        print("../shared/corpus/text-unkeyed is absent: nothing to score")
        return 0
    score = score_loo._score_module()
    t0, facts = time.process_time(), {}
    for name, txt, kind in KEYS:
        gold = json.loads((ROOT / "tests" / "keys" / f"{name}.json").read_text(encoding="utf-8"))
        if txt not in facts:
            facts[txt] = [f.to_dict() for f in analyze(str(SHARED / "corpus" / "text-unkeyed" / txt), only=("facts",)).facts]
        pred, table = facts[txt], [f for f in gold["facts"] if f["source"] == "table"]
        pairs = h35_heldout.match(score, table, pred)
        used = {id(p) for _, p, _ in pairs if p is not None}
        lines = {g["line"] for g in table}
        wrong = [p for p in pred if p.get("line") in lines and id(p) not in used and p.get("value") is not None]
        found = len(used)
        printed = found + len(wrong)
        prec = f"{100 * found / printed:.1f}" if printed else "n/a"
        print(f"{name} ({kind}): recall {100 * found / len(table):.1f} ({found}/{len(table)})  "
              f"precision {prec} ({found}/{printed} facts printed on its lines)")
        if "--detail" in argv:
            for g, p, cand in pairs:
                if p is None:
                    print(f"   MISSED line {g['line']} {g['raw']} {g['year']} {g['label']}"
                          + (f"  (same value printed with year {[c.get('year') for c in cand]})" if cand else ""))
            for p in wrong:
                print(f"   WRONG line {p['line']} {p['raw']} {p.get('year')} {p.get('label')} [{p['source']}]")
    print(f"[CPU {time.process_time() - t0:.1f} s]")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
