#!/usr/bin/env python3
"""h45's held-out keys scored on a WHOLE-document `esglens extract --format jsonl` run (the way a user runs it),
not on the key's pages read alone (bench/h45_heldout.py): the report year and the document context then come
from the whole PDF. Same measures as bench/h35_heldout.py's figures(), plus whether the printed label tells
the cell apart from the other cells of the key.

Usage: .venv/bin/esglens extract PDF --format jsonl > OUT.jsonl   (per PDF), then
       .venv/bin/python bench/h45_fulldoc.py DIR [--detail DIR2]  where DIR holds full_<pdf stem>.jsonl
       --keys a.json,b.json (paths or names under tests/keys/) scores other keys than h45's (h51: the h51 keys);
       --any-source also counts facts esglens prints as narrative (a table read as prose, e.g. Daikin p8).
"""
from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from h35_heldout import figures, match  # noqa: E402
from h45_heldout import KEYS  # noqa: E402


def main(argv: list[str]) -> int:
    import score_loo
    score = score_loo._score_module()
    runs = Path(argv[0])
    detail = Path(argv[argv.index("--detail") + 1]) if "--detail" in argv else None
    if detail:
        detail.mkdir(parents=True, exist_ok=True)
    cells = found = 0
    keys = argv[argv.index("--keys") + 1].split(",") if "--keys" in argv else KEYS
    for name in keys:
        kp = Path(name) if name.endswith(".json") else ROOT / "tests" / "keys" / f"{name}.json"
        name = kp.stem
        gold = json.loads(kp.read_text(encoding="utf-8"))
        pages = {f["page"] for f in gold["facts"]}
        path = runs / f"full_{Path(gold['seed']).stem}.jsonl"
        pred = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
        pred = [p for p in pred if p.get("page") in pages]
        anysrc = "--any-source" in argv
        if not any(f["source"] == "table" for f in gold["facts"]):   # a key of chart labels only (h51 Toshiba p65)
            charts = [f for f in gold["facts"] if f.get("figure")]
            cp = [(g, p) for g, p, _ in match(score, charts, pred) if p is not None]
            print(f"{name}: chart data labels (any source, page+value+year) {len(cp)}/{len(charts)}")
            for g, p in cp:
                print(f"   {g['label']} {g['raw']} -> {p.get('label')!r} unit {p.get('unit')!r} metric {p.get('metric')}")
            continue
        figures(score, name, gold, pred, detail, any_source=anysrc)
        table = [f for f in gold["facts"] if f["source"] == "table"]
        pairs = [(g, p) for g, p, _ in match(score, table, [p for p in pred if anysrc or p["source"] == "table"]) if p is not None]
        cells += len(table)
        found += len(pairs)
        # a label that does not tell cells apart: two key cells with different key labels printed with the
        # same (page, label, year, unit) -- a reader cannot say which is which
        by = collections.defaultdict(set)
        for g, p in pairs:
            by[(p["page"], p["label"], p["year"], p.get("unit"))].add(g["label"])
        same = sum(len(by[(p["page"], p["label"], p["year"], p.get("unit"))]) > 1 for g, p in pairs)
        print(f"   labels that tell the cell apart (no other key cell printed with the same label, year, unit): "
              f"{len(pairs) - same}/{len(pairs)}")
        # a label that names the cell: every word of the key label (its first part, the table title, dropped when
        # the path has three or more parts; only the last part of a two-part path) occurs in esglens's label. This
        # also catches a found value whose label belongs to another cell (a page repeats 100% or 0 many times, so
        # page + value + year can match a different cell).
        words = lambda t: set(re.findall(r"[^\W_]+", str(t or "").lower()))
        parts = lambda lab: lab.split(" > ")[1:] if lab.count(" > ") >= 2 else lab.split(" > ")[-1:]
        named = sum(set().union(*(words(x) for x in parts(g["label"]))) <= words(p.get("label")) for g, p in pairs)
        print(f"   labels that name the cell (every word of the key path but its title): {named}/{len(pairs)}")
    print(f"pooled table cells found {found}/{cells} = {100 * found / max(cells, 1):.1f} %")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
