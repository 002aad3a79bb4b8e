#!/usr/bin/env python3
"""h68's held-out PDF keys (tests/keys/*-h68-*.json, written before esglens ran on their pages): every figure in one run.

Usage: nice .venv/bin/python bench/h68_blind.py [--misses] [--json OUT] [--set h87] [KEY_STEM ...]
(--set NAME scores another helper's blind keys, tests/keys/*-NAME-*.json, the same way.)

Per key (each key's pages read alone, as bench/score_pdf_keys.py does; table facts only):
  table recall / precision   ../shared/eval/score.py (same page, same value, same year; precision over the
                             printed table facts of the key's pages)
  value found, year wrong    key cells whose value esglens prints on the page only with another year (or none)
  label leaf / path / full   of the found cells: the key label's last part / every part but the first (a table
                             title some keys put first) is in esglens's label (NFKC, case and spaces ignored)
  units strict / loose       bench/score_units_keys.py's comparisons over found cells whose key has a unit;
                             'unit invented': found cells whose key has no unit but esglens prints one
  metric ids                 shipped examples and LOO (the key's company's examples left out of the mapper):
                             firm id rows right / abstained / wrong; firm null rows that got an id; arguable rows
                             (key has metric_alt) whose answer is the key's id, an accepted alternative, or neither
Then each key's counts against the first run (bench/h68_first_run.json, main de0483e), so a re-run after merges
shows what moved. --misses prints every key cell not found (with what esglens printed at that value), wrong years, wrong labels,
unit misses and metric misses, for grouping by mechanism. CPU seconds (process_time) only.
"""
from __future__ import annotations

import copy
import importlib.util
import json
import re
import sys
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
KEYS = ROOT / "tests" / "keys"
sys.path.insert(0, str(ROOT / "src"))


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def h68_keys(only: tuple[str, ...] = (), name: str = "h68") -> list[Path]:
    keys = sorted(KEYS.glob(f"*-{name}-*.json"))
    return [k for k in keys if not only or k.stem in only]


def norm(s) -> str:
    s = unicodedata.normalize("NFKC", str(s or "")).lower()
    return re.sub(r"\s+", "", s)


def label_right(key_label: str, esg_label: str | None) -> tuple[bool, bool, bool]:
    """(leaf, path, full): the key's last part / every part but the first / every part is in esglens's label."""
    parts = [norm(p) for p in key_label.split(" > ")]
    got = norm(esg_label)
    return parts[-1] in got, all(p in got for p in parts[1:] or parts), all(p in got for p in parts)


def match(gold: list[dict], pred: list[dict], score) -> list[tuple[dict, dict | None]]:
    """score.py's pairing: same page, same value, same year; one printed fact per key cell."""
    used: set[int] = set()
    out = []
    for g in gold:
        hit = next((i for i, p in enumerate(pred) if i not in used and p.get("page") == g["page"]
                    and score.same_value(p.get("value"), g.get("value")) and p.get("year") == g.get("year")), None)
        if hit is not None:
            used.add(hit)
        out.append((g, None if hit is None else pred[hit]))
    return out


def read(key: dict):
    """(table facts, document) of the key's pages read alone."""
    from esglens.facts import extract_facts
    from esglens.read.pdf import read_pdf
    doc = read_pdf(str(SHARED / "corpus" / "pdf" / key["seed"]), pages=sorted({f["page"] for f in key["facts"]}))
    return [f for f in extract_facts(doc) if f.source == "table"], doc


def mapped(facts, doc, company: str):
    """The facts mapped again; `company`: its examples left out (LOO), '' = the shipped examples."""
    from esglens.catalog import Mapper, annotate, load_examples
    fs = copy.deepcopy(facts)
    for f in fs:
        f.metric = None
    exclude = {e.source for e in load_examples() if company and e.source.startswith(company)}
    return annotate(fs, doc, Mapper(examples=load_examples(exclude)))


def metric_figures(pairs) -> dict:
    r = dict.fromkeys(("id_rows", "id_found", "right", "abstained", "wrong", "null_rows", "null_found",
                       "null_got_id", "arg_rows", "arg_found", "arg_key", "arg_alt", "arg_other"), 0)
    for g, p in pairs:
        if "metric_alt" in g:
            r["arg_rows"] += 1
            if p is not None:
                r["arg_found"] += 1
                m = p.get("metric")
                r["arg_key" if m == g["metric"] else "arg_alt" if m in g["metric_alt"] else "arg_other"] += 1
        elif g["metric"]:
            r["id_rows"] += 1
            if p is not None:
                r["id_found"] += 1
                m = p.get("metric")
                r["right" if m == g["metric"] else "abstained" if m is None else "wrong"] += 1
        else:
            r["null_rows"] += 1
            if p is not None:
                r["null_found"] += 1
                r["null_got_id"] += p.get("metric") is not None
    return r


def metric_misses(pairs) -> list[str]:
    out = []
    for g, p in pairs:
        if p is None or p.get("metric") == g["metric"] or p.get("metric") in g.get("metric_alt", ()):
            continue
        out.append(f"p{g['page']} {g['raw']} {g['year']} key {g['metric']} alt {g.get('metric_alt')} esg "
                   f"{p.get('metric')} | {g['label']} | esg {p.get('label')!r} | {p.get('metric_reason')}")
    return out


def table_figures(gold, pred, pairs, units) -> tuple[dict, dict]:
    """Counts and the miss lists of one key."""
    c = {"cells": len(gold), "numeric": sum(g["value"] is not None for g in gold), "found": 0, "year_wrong": 0,
         "not_printed": 0, "leaf": 0, "path": 0, "full": 0, "unit_n": 0, "strict": 0, "loose": 0, "unit_invented": 0}
    miss = {"not found": [], "year": [], "label": [], "unit": []}
    for g, p in pairs:
        if p is None:
            same = [q for q in pred if q.get("page") == g["page"] and q.get("value") is not None and
                    g["value"] is not None and abs(q["value"] - g["value"]) <= 1e-6 * max(1, abs(g["value"]))]
            if same:
                c["year_wrong"] += 1
                miss["year"].append(f"p{g['page']} {g['raw']} key {g['year']} esg {[q.get('year') for q in same]} | "
                                    f"{g['label']} | esg {same[0].get('label')!r}")
            else:
                c["not_printed"] += 1
                miss["not found"].append(f"p{g['page']} {g['raw']} {g['year']} | {g['label']}")
            continue
        c["found"] += 1
        leaf, path, full = label_right(g["label"], p.get("label"))
        c["leaf"] += leaf
        c["path"] += path
        c["full"] += full
        if not path:
            miss["label"].append(f"p{g['page']} {g['raw']} {g['year']} | key {g['label']!r} | esg {p.get('label')!r}")
        if g.get("unit"):
            c["unit_n"] += 1
            c["strict"] += units.strict(p.get("unit")) == units.strict(g["unit"])
            ok = units.loose(p.get("unit")) == units.loose(g["unit"])
            c["loose"] += ok
            if not ok:
                miss["unit"].append(f"p{g['page']} {g['raw']} key {g['unit']!r} esg {p.get('unit')!r} | {g['label']}")
        elif p.get("unit"):
            c["unit_invented"] += 1
            miss["unit"].append(f"p{g['page']} {g['raw']} key None esg {p.get('unit')!r} | {g['label']}")
    return c, miss


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f}% ({a}/{b})" if b else "  n/a"


def score_key(path: Path, score, units) -> dict:
    key = json.loads(path.read_text(encoding="utf-8"))
    facts, doc = read(key)
    pred = [f.to_dict() for f in facts]
    s = score.score_facts({"facts": key["facts"]}, pred)
    pairs = match(key["facts"], pred, score)
    counts, miss = table_figures(key["facts"], pred, pairs, units)
    counts["recall"], counts["precision"] = s["table_recall"], s["table_precision"]
    counts["printed_on_pages"] = s["counts"]["printed_on_gold_table_rows"]
    metrics = {}
    for mode, company in (("shipped", ""), ("LOO", path.stem.split("-")[0])):
        mp = [{**f.to_dict(), "metric_reason": f.metric_reason} for f in mapped(facts, doc, company)]
        mpairs = match(key["facts"], mp, score)
        metrics[mode] = metric_figures(mpairs)
        if mode == "LOO":
            miss["metric (LOO)"] = metric_misses(mpairs)
    return {"key": path.stem, "pages": sorted({f["page"] for f in key["facts"]}), "table": counts,
            "metrics": metrics, "misses": miss}


def print_key(r: dict, show: bool) -> None:
    t = r["table"]
    print(f"{r['key']} (pages {r['pages']}, {t['cells']} cells, {t['numeric']} numeric)")
    print(f"  table recall {100 * (t['recall'] or 0):5.1f}  precision {100 * (t['precision'] or 0):5.1f}  "
          f"({t['printed_on_pages']} table facts printed on the pages) | value printed, year wrong {t['year_wrong']}"
          f"  value not printed {t['not_printed']}")
    print(f"  labels of found: leaf {pct(t['leaf'], t['found'])}  path {pct(t['path'], t['found'])} | units strict "
          f"{pct(t['strict'], t['unit_n'])}  loose {pct(t['loose'], t['unit_n'])}  unit invented {t['unit_invented']}")
    for mode, m in r["metrics"].items():
        print(f"  ids {mode:7s} firm ids right {m['right']}/{m['id_rows']} (found {m['id_found']}: abstained "
              f"{m['abstained']}, wrong {m['wrong']}) | firm nulls given an id {m['null_got_id']}/{m['null_found']}"
              f" | arguable {m['arg_found']}/{m['arg_rows']} found: key id {m['arg_key']}, alt {m['arg_alt']}, "
              f"other {m['arg_other']}")
    if show:
        for kind, rows in r["misses"].items():
            for row in rows:
                print(f"     {kind:12s} {row}")


def totals(results: list[dict]) -> None:
    t: dict[str, float] = {}
    for r in results:
        for k, v in r["table"].items():
            if isinstance(v, int):
                t[k] = t.get(k, 0) + v
    m = {mode: {} for mode in ("shipped", "LOO")}
    for r in results:
        for mode, d in r["metrics"].items():
            for k, v in d.items():
                m[mode][k] = m[mode].get(k, 0) + v
    print(f"ALL {len(results)} keys: {t['cells']} cells ({t['numeric']} numeric); found (value+year) "
          f"{pct(t['found'], t['cells'])}; value printed, year wrong {t['year_wrong']}; not printed {t['not_printed']}")
    print(f"  labels of found: leaf {pct(t['leaf'], t['found'])}  path {pct(t['path'], t['found'])} | units strict "
          f"{pct(t['strict'], t['unit_n'])}  loose {pct(t['loose'], t['unit_n'])}  unit invented {t['unit_invented']}")
    for mode, d in m.items():
        print(f"  ids {mode:7s} firm ids right {pct(d['right'], d['id_rows'])} (found {d['id_found']}: abstained "
              f"{d['abstained']}, wrong {d['wrong']}) | firm nulls given an id {d['null_got_id']}/{d['null_found']} | "
              f"arguable found {d['arg_found']}/{d['arg_rows']}: key id {d['arg_key']}, alt {d['arg_alt']}, other "
              f"{d['arg_other']}")


def versus_first_run(results: list[dict], name: str = "h68") -> None:
    """Each key's found cells, path-right labels, strict units and firm ids now vs bench/<name>_first_run.json."""
    path = ROOT / "bench" / f"{name}_first_run.json"
    if not path.exists():
        return
    first = json.loads(path.read_text(encoding="utf-8"))["first_run"]
    print(f"versus the first run ({path.name}: found / label path / units strict / firm ids LOO):")
    for r in results:
        f = first.get(r["key"])
        if not f:
            continue
        was = (f["table"]["found"], f["table"]["path"], f["table"]["strict"], f["metrics"]["LOO"]["right"])
        now = (r["table"]["found"], r["table"]["path"], r["table"]["strict"], r["metrics"]["LOO"]["right"])
        mark = "" if was == now else "   <- changed"
        print(f"  {r['key']:40s} {' / '.join(map(str, was))}  ->  {' / '.join(map(str, now))}{mark}")


def main(argv: list[str]) -> int:
    if not (SHARED / "corpus" / "pdf").is_dir():
        print("../shared is absent: nothing to score")
        return 0
    t0 = time.process_time()
    score = _load("score", SHARED / "eval" / "score.py")
    units = _load("score_units_keys", ROOT / "bench" / "score_units_keys.py")
    out = argv[argv.index("--json") + 1] if "--json" in argv else None
    name = argv[argv.index("--set") + 1] if "--set" in argv else "h68"
    only = tuple(a for a in argv if not a.startswith("--") and a not in (out, name))
    results = []
    for path in h68_keys(only, name):
        results.append(score_key(path, score, units))
        print_key(results[-1], "--misses" in argv)
    totals(results)
    versus_first_run(results, name)
    if out:
        Path(out).write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"[CPU {time.process_time() - t0:.1f} s]")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
