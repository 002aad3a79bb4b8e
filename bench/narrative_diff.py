#!/usr/bin/env python3
"""What the current code does to a judged narrative sample, and the narrative recall on the shared keys.

Usage: nice .venv/bin/python bench/narrative_diff.py bench/narrative_judged_seedN.json [--cache DIR] [-v]
For each judged row: still printed unchanged, changed (label, unit, year or value), or gone; counted apart
for the rows judged right and wrong. A row that changed must be judged again; this only says where to look.
Then the narrative recall of bench/score_samples.sh (a key fact is found by line and value) with the misses.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "bench"))
import narrative_sample as ns  # noqa: E402


def _match(row: dict, facts: list[dict]) -> dict | None:
    same = [f for f in facts if f.get("line") == row["line"] and f.get("page") == row["page"]
            and f.get("value") == row["value"] and (f.get("evidence") or "")[:80] == (row["evidence"] or "")[:80]]
    same.sort(key=lambda f: (f.get("raw") != row["raw"], f.get("label") != row["label"], f.get("unit") != row["unit"]))
    return same[0] if same else None


def diff(judged: dict, cache: Path | None, verbose: bool) -> None:
    by_report: dict[str, list[dict]] = {}
    for r in judged["rows"]:
        by_report.setdefault(r["report"], []).append(r)
    count: Counter = Counter()
    for name, rows in by_report.items():
        facts = ns.narrative(ns.corpus_path(name), cache)
        print(f"{name}: {len(facts)} narrative facts (was {rows[0].get('n_narrative', '?')})")
        for r in rows:
            f = _match(r, facts)
            kind = "right" if r["right"] else "wrong"
            if f is None:
                state = "gone"
            elif (f.get("label"), f.get("unit"), f.get("year")) == (r["label"], r["unit"], r["year"]):
                state = "same"
            else:
                state = "changed"
            count[kind, state] += 1
            if verbose and (state != "same" or (kind == "wrong" and verbose > 1)):
                now = "" if f is None else f" -> {f.get('label')!r} u={f.get('unit')!r} y={f.get('year')}"
                print(f"  {kind:5} {state:7} {r['raw']!r} {r['label']!r} u={r['unit']!r} y={r['year']}{now}"
                      + (f"   [{r['why']}]" if r["why"] else ""))
    for kind in ("wrong", "right"):
        print(kind, {s: count[kind, s] for s in ("gone", "changed", "same")})


def recall(verbose: bool) -> None:
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    from esglens.facts import extract_facts
    from esglens.read import load
    for key in sorted((SHARED / "eval" / "gold").glob("*.json")):
        report = SHARED / "corpus" / "reports" / (key.stem + ".txt")
        gold = json.loads(key.read_text(encoding="utf-8"))
        pred = [f.to_dict() for f in extract_facts(load(str(report)))]
        s = score.score_facts(gold, pred)
        same_year = found = 0
        for g in gold["facts"]:
            if g.get("source") == "table":
                continue
            hits = [p for p in pred if p.get("line") == g.get("line") and score.same_value(p.get("value"), g.get("value"))]
            found += bool(hits)
            same_year += any(p.get("year") == g.get("year") for p in hits)
        print(f"{key.stem}: narrative recall {100 * s['narrative_recall']:.1f} ({s['counts']['gold_narrative']} in key);"
              f" found with the key's year {same_year}/{found}")
        if verbose:
            for g in gold["facts"]:
                if g.get("source") != "table" and not any(
                        p.get("line") == g.get("line") and score.same_value(p.get("value"), g.get("value")) for p in pred):
                    print(f"   missed L{g.get('line')} {g.get('raw')!r} {g.get('label')!r}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("judged")
    ap.add_argument("--cache")
    ap.add_argument("-v", action="count", default=0)
    ap.add_argument("--no-recall", action="store_true")
    a = ap.parse_args()
    diff(json.loads(Path(a.judged).read_text(encoding="utf-8")), Path(a.cache) if a.cache else None, a.v)
    if not a.no_recall:
        recall(a.v)


if __name__ == "__main__":
    main()
