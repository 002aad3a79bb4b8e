#!/usr/bin/env python3
"""Units as printed on every key: the shared text keys, our text keys (tests/keys/text) and every PDF key.

Usage: python bench/score_units_keys.py [KEY_STEM ...] [--misses] [--json OUT]
A key fact is matched as ../shared/eval/score.py matches it (same line or page, same value, same year for
table facts); its unit is compared strictly as score.py does (spaces removed, lower case) and loosely: also
NFKC, outer brackets ignored ("(number)" = "number"), m3 = m³, a backtick = ₹ and a scale's word order ("Yen in
billions" = "billion yen") -- differences in how a key writes a unit, not in how the report was read. --misses lists every strict miss (key unit, printed
unit, label); --json writes the per-key figures and misses.
"""
from __future__ import annotations

import importlib.util
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "src"))


def strict(u) -> str:
    return re.sub(r"\s+", "", str(u or "")).lower()


def loose(u) -> str:
    u = strict(unicodedata.normalize("NFKC", str(u or "")).replace("`", "₹").replace("m3", "m³").replace("M3", "m³"))
    u = u[1:-1] if re.fullmatch(r"\([^()]+\)", u) else u
    # word order of a scale: "Yen in billions" = "billion yen", "tonnes in thousands" = "thousand tonnes"
    m = re.fullmatch(r"(.+?)in(thousand|million|billion|trillion)s", u)
    return f"{m[2]}{m[1]}" if m else u


def pairs(score, gold: dict, pred: list[dict]) -> list[tuple[dict, dict]]:
    """(key fact, printed fact) for the matched key facts that have a unit."""
    by: dict = {}
    for i, p in enumerate(pred):
        by.setdefault(score.place(p), []).append(i)
    used, out = set(), []
    for g in gold["facts"]:
        hit = next((i for i in by.get(score.place(g), []) if i not in used
                    and score.same_value(pred[i].get("value"), g.get("value"))
                    and (g.get("source") != "table" or pred[i].get("year") == g.get("year"))), None)
        if hit is not None:
            used.add(hit)
            if g.get("unit"):
                out.append((g, pred[hit]))
    return out


def _keys(only: set[str]):
    """(stem, gold, facts as dicts) for every key whose report is present."""
    from esglens.facts import extract_facts
    from esglens.pipeline import analyze
    from esglens.read.pdf import read_pdf
    for key in [*sorted((SHARED / "eval" / "gold").glob("*.json")), *sorted((ROOT / "tests" / "keys" / "text").glob("*.json"))]:
        gold = json.loads(key.read_text(encoding="utf-8"))
        names = [f"{key.stem}.txt", gold.get("seed") or ""]
        found = [d / n for n in names if n for d in (SHARED / "corpus" / "reports", SHARED / "corpus" / "text-unkeyed")
                 if (d / n).is_file()]
        if found and (not only or key.stem in only):
            yield key.stem, gold, [f.to_dict() for f in analyze(str(found[0]), only=("facts",)).facts]
    for key in sorted((ROOT / "tests" / "keys").glob("*.json")):
        gold = json.loads(key.read_text(encoding="utf-8"))
        pdf = SHARED / "corpus" / "pdf" / gold.get("seed", "")
        if not pdf.is_file() or (only and key.stem not in only):
            continue
        doc = read_pdf(str(pdf), pages=sorted({f["page"] for f in gold["facts"]}))
        gold = {**gold, "facts": [f for f in gold["facts"] if f["source"] == "table"]}
        yield key.stem, gold, [f.to_dict() for f in extract_facts(doc) if f.source == "table"]


def main(argv: list[str]) -> int:
    if not (SHARED / "eval" / "gold").is_dir():
        print("../shared not present: nothing to score")
        return 0
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    out_json = argv[argv.index("--json") + 1] if "--json" in argv else None
    only = {a for a in argv if not a.startswith("--") and a != out_json}
    result = {}
    for stem, gold, pred in _keys(only):
        ps = pairs(score, gold, pred)
        n = len(ps)
        ok = sum(strict(p.get("unit")) == strict(g["unit"]) for g, p in ps)
        lo = sum(loose(p.get("unit")) == loose(g["unit"]) for g, p in ps)
        misses = [{"where": g.get("line") or g.get("page"), "key": g["unit"], "printed": p.get("unit"),
                   "label": g.get("label")} for g, p in ps if strict(p.get("unit")) != strict(g["unit"])]
        result[stem] = {"n": n, "strict": ok, "loose": lo, "held_out": gold.get("held_out"), "misses": misses}
        pct = (lambda a: f"{100 * a / n:5.1f}") if n else (lambda a: "  -  ")
        print(f"{stem:42s} strict {pct(ok)}  loose {pct(lo)}  ({n} with a unit; held out: {gold.get('held_out')})")
        if "--misses" in argv:
            for m in misses:
                print(f"    {m['where']}: key {m['key']!r} printed {m['printed']!r}  | {m['label']}")
    if out_json:
        Path(out_json).write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
