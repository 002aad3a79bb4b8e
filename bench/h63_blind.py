#!/usr/bin/env python3
"""Score table facts on PDF keys reading the WHOLE document (so that a yearless page takes the report's year,
as in a real run; bench/score_pdf_keys.py reads only the key's pages, where a lone page may name no year or
only a target year). Also prints how many keyed cells are printed with a label holding the key label's last part (and, for a
path of three or more parts, the part before it: a donut's sub-chart heading).

Usage: PYTHONPATH=src python bench/h63_blind.py KEY.json [...] [--labels]
"""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def main(argv: list[str]) -> int:
    keys = [Path(a) for a in argv if not a.startswith("--")]
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    from esglens.facts import extract_facts
    from esglens.read.pdf import read_pdf
    docs: dict[str, list] = {}
    for key in keys:
        gold = json.loads(key.read_text(encoding="utf-8"))
        # a chart's data labels keyed as figures are scored as the table facts the chart readers make
        gold["facts"] = [{**f, "source": "table"} if f.get("figure") else f for f in gold["facts"]]
        if gold["seed"] not in docs:
            docs[gold["seed"]] = [f.to_dict() for f in extract_facts(read_pdf(str(SHARED / "corpus" / "pdf" / gold["seed"])))
                                  if f.source == "table"]
        pages = {f["page"] for f in gold["facts"]}
        pred = [p for p in docs[gold["seed"]] if p["page"] in pages]
        s = score.score_facts(gold, pred)
        c = s["counts"]
        named = 0
        for g in gold["facts"]:
            last = g["label"].split(" > ")
            hits = [p for p in pred if p["value"] == g["value"] and p["year"] == g["year"]]
            need = last[-2:] if len(last) >= 3 else last[-1:]   # the segment and its sub-chart (not the title)
            if any(all(part.lower() in (h["label"] or "").lower() for part in need) for h in hits):
                named += 1
        print(f"{key.name}: table recall {100 * s['table_recall']:.1f}  precision {100 * (s['table_precision'] or 0):.1f}"
              f"  units {100 * (s['unit_as_printed'] or 0):.1f}  labels naming the cell {named}/{len(gold['facts'])}"
              f"  ({c['gold_table']} in key, {c['printed_on_gold_table_rows']} printed on its pages)")
        if "--labels" in argv:
            for p in pred:
                print("    ", p["page"], p["year"], repr(p["raw"]), repr(p["unit"]), "|", p["label"])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
