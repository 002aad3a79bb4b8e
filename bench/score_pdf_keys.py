#!/usr/bin/env python3
"""Score esglens's table facts on the PDF keys in tests/keys/ (pages of the key only).

Usage: PYTHONPATH=src python bench/score_pdf_keys.py [KEY.json ...] [--missed] [--labels]
Uses ../shared/eval/score.py's matching: same page, same value, same year.
--labels adds two label figures per key over the cells found (as bench/h45_fulldoc.py): labels that name the
cell (every word of the key's path but its title is in esglens's label) and labels that tell the cell apart
(no other key cell printed with the same label, year and unit); --labels-missed lists the cells not named.
"""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def main(argv: list[str]) -> int:
    show = "--missed" in argv
    keys = [Path(a) for a in argv if not a.startswith("--")] or sorted((ROOT / "tests" / "keys").glob("*.json"))
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    from esglens.facts import extract_facts
    from esglens.read.pdf import read_pdf
    for key in keys:
        gold = json.loads(key.read_text(encoding="utf-8"))
        pdf = SHARED / "corpus" / "pdf" / gold["seed"]
        if not pdf.exists():
            print(f"{key.name}: {pdf} not present")
            continue
        pages = sorted({f["page"] for f in gold["facts"]})
        doc = read_pdf(str(pdf), pages=pages)
        # table facts only: the keys list every numeric table cell, not the sentences around them
        pred = [f.to_dict() for f in extract_facts(doc) if f.source == "table"]
        gold = {**gold, "facts": [f for f in gold["facts"] if f["source"] == "table"]}
        if not gold["facts"]:
            print(f"{key.name}: no table cells in the key (chart or narrative key: bench/h45_fulldoc.py scores it)")
            continue
        s = score.score_facts(gold, pred)
        c = s["counts"]
        named = _label_figures(score, gold, pred, "--labels-missed" in argv) if "--labels" in argv else ""
        print(f"{key.name}: table recall {100 * s['table_recall']:.1f}  precision "
              f"{100 * (s['table_precision'] or 0):.1f}  units {100 * (s['unit_as_printed'] or 0):.1f}  "
              f"({c['gold_table']} in key, "
              f"{c['printed_on_gold_table_rows']} printed on its pages){named}")
        if show:
            g_used = set()
            for m in s["missed_examples"]:
                print("   missed", m)
            good = {(g["page"], g["value"], g.get("year")) for g in gold["facts"]}
            print(f"   missed {len(gold['facts']) - round(s['table_recall'] * len(gold['facts']))} (first 15 shown)")
            bad = [p for p in pred if p.get("page") in pages and (p["page"], p["value"], p["year"]) not in good]
            print(f"   wrong {len(bad)}")
            for p in bad[:int(__import__("os").environ.get("SHOW", "40"))]:
                print("   wrong ", {k: p.get(k) for k in ("page", "value", "year", "raw", "label", "unit")})
    return 0


def _label_figures(score, gold: dict, pred: list[dict], show: bool) -> str:
    import collections
    import re
    sys.path.insert(0, str(ROOT / "bench"))
    from h35_heldout import match
    pairs = [(g, p) for g, p, _ in match(score, gold["facts"], pred) if p is not None]
    by = collections.defaultdict(set)
    for g, p in pairs:
        by[(p["page"], p["label"], p["year"], p.get("unit"))].add(g["label"])
    apart = sum(len(by[(p["page"], p["label"], p["year"], p.get("unit"))]) <= 1 for g, p in pairs)

    def words(t):
        return set(re.findall(r"[^\W_]+", str(t or "").lower()))

    def parts(lab):
        return lab.split(" > ")[1:] if lab.count(" > ") >= 2 else lab.split(" > ")[-1:]
    bad = [(g, p) for g, p in pairs if not set().union(*(words(x) for x in parts(g["label"]))) <= words(p.get("label"))]
    if show:
        for g, p in bad:
            print(f"   not named p{g['page']} {g['raw']} key {g['label']!r} -> {p.get('label')!r}")
    return f"  labels named {len(pairs) - len(bad)}/{len(pairs)} apart {apart}/{len(pairs)}"


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
