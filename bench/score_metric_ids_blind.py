#!/usr/bin/env python3
"""Metric ids on h57's blind keys (tests/keys/metric_ids/, written before esglens was run on them; issue 13).

Usage: nice .venv/bin/python bench/score_metric_ids_blind.py [--misses] [--loo-only] [KEYFILE.json ...]
(KEYFILE: names in tests/keys/metric_ids/ to score only those; default all of h57's keys)

Keys: two body-text keys of the unkeyed converted reports (Alibaba 2022, Sinopec 2021), two batches of an overlay
of metric ids on facts of the existing PDF keys (tests/keys/*.json) and a whole key of unkeyed Eni pages. A key row is found when esglens prints a fact at its
place (text: the same line, else within 2 lines; PDF: the same page) with the same value (as printed or scaled
by a multiplier word: thousand, 10 thousand, million, 100 million, billion) and the same year (a fact without a
year is taken when no fact has it); among several, the one whose label is nearest to the key's (rapidfuzz).

Per report and mode (shipped examples; LOO = the report's own company's examples left out of the mapper):
  ids right / keyed (rows not found count as misses), right / found, wrong id (non-null but different) / found,
  abstained (null) / found; for the null rows (the key says: no catalog metric) how many got an id; and the
  wrong ids over every found row (wrong id on an id row, or any id on a null row).
--misses lists every miss with esglens's label, unit and metric_reason. CPU time only (process_time).
"""
from __future__ import annotations

import copy
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
KEYS = ROOT / "tests" / "keys"
sys.path.insert(0, str(ROOT / "src"))
TEXT_KEYS = [("h57-alibaba-2022-esg-report.json", "alibaba-2022-esg-report.txt"),
             ("h57-sinopec-2021-sustainability-report.json", "sinopec-2021-sustainability-report.txt")]
OVERLAYS = ("h57-pdf-overlay.json", "h57-pdf-overlay-2.json")
PDF_KEYS = ("h57-eni-2021-p17-p41.json", "h57-pdf-new-2.json", "h57-pdf-new-3.json")   # PDF facts with page, blind, on unkeyed pages
SCALES = (1.0, 1e3, 1e4, 1e6, 1e8, 1e9, 1e12)


def same_value(key: float | None, printed: float | None) -> bool:
    if key is None or printed is None:
        return False
    for s in SCALES:
        for a, b in ((key * s, printed), (printed * s, key)):
            if abs(a - b) <= 1e-6 * max(1.0, abs(b)):
                return True
    return False


def key_rows(only: tuple[str, ...] = ()) -> dict[str, list[dict]]:
    """report file -> key rows (dicts with place, value, year, label, metric, where); text and PDF.
    `only`: the key files to read (default: all of h57's)."""
    out: dict[str, list[dict]] = {}
    for name, txt in TEXT_KEYS:
        if only and name not in only:
            continue
        for f in json.loads((KEYS / "metric_ids" / name).read_text(encoding="utf-8"))["facts"]:
            out.setdefault(txt, []).append({**f, "where": f"{txt}:{f['line']}"})
    for name in PDF_KEYS:
        if only and name not in only:
            continue
        key = json.loads((KEYS / "metric_ids" / name).read_text(encoding="utf-8"))
        for f in key["facts"]:   # the report: the key's seed, or the fact's own (a key over several PDFs)
            out.setdefault(f.get("seed") or key["seed"], []).append({**f, "line": None, "where": f"{name} p{f['page']}"})
    seeds: dict[str, str] = {}
    for name in OVERLAYS:
        if only and name not in only:
            continue
        for e in json.loads((KEYS / "metric_ids" / name).read_text(encoding="utf-8"))["entries"]:
            seed = seeds.setdefault(e["key"], json.loads((KEYS / e["key"]).read_text(encoding="utf-8"))["seed"])
            out.setdefault(seed, []).append({**e, "line": None, "where": f"{e['key']} p{e['page']}"})
    return out


def match(rows: list[dict], pred: list[dict]) -> list[tuple[dict, dict | None]]:
    from rapidfuzz import fuzz
    used: set[int] = set()
    out = []
    for g in rows:
        if g.get("line") is not None:
            near = [[i for i, p in enumerate(pred) if p.get("line") == g["line"]],
                    [i for i, p in enumerate(pred) if p.get("line") and 0 < abs(p["line"] - g["line"]) <= 2]]
        else:
            near = [[i for i, p in enumerate(pred) if p.get("page") == g["page"]]]
        hit = None
        for cand in near:
            cand = [i for i in cand if i not in used and same_value(g["value"], pred[i].get("value"))]
            cand = [i for i in cand if pred[i].get("year") == g["year"]] or \
                [i for i in cand if pred[i].get("year") is None]
            if cand:
                hit = max(cand, key=lambda i: (pred[i].get("raw") == g["raw"],
                                               fuzz.token_set_ratio(g["label"], pred[i].get("label") or "")))
                break
        if hit is not None:
            used.add(hit)
        out.append((g, None if hit is None else pred[hit]))
    return out


def figures(pairs: list[tuple[dict, dict | None]]) -> dict:
    ids = [(g, p) for g, p in pairs if g["metric"]]
    nulls = [(g, p) for g, p in pairs if not g["metric"]]
    found = [(g, p) for g, p in ids if p is not None]
    return {"keyed": len(ids), "found": len(found),
            "right": sum(p.get("metric") == g["metric"] for g, p in found),
            "wrong": sum(p.get("metric") not in (None, g["metric"]) for g, p in found),
            "null": sum(p.get("metric") is None for g, p in found),
            "nulls_keyed": len(nulls), "nulls_found": sum(p is not None for _, p in nulls),
            "nulls_with_id": sum(p is not None and p.get("metric") is not None for _, p in nulls)}


def line(tag: str, r: dict) -> str:
    pct = lambda a, b: f"{100 * a / b:5.1f}%" if b else "  n/a "
    return (f"  {tag:8s} ids right {r['right']}/{r['keyed']} keyed {pct(r['right'], r['keyed'])} | of found "
            f"{r['right']}/{r['found']} {pct(r['right'], r['found'])}  wrong {r['wrong']} {pct(r['wrong'], r['found'])}"
            f"  abstained {r['null']} {pct(r['null'], r['found'])}  not found {r['keyed'] - r['found']} | null rows: "
            f"{r['nulls_with_id']}/{r['nulls_found']} found got an id ({r['nulls_keyed']} keyed) | wrong ids of all found "
            f"{r['wrong'] + r['nulls_with_id']}/{r['found'] + r['nulls_found']} "
            f"{pct(r['wrong'] + r['nulls_with_id'], r['found'] + r['nulls_found'])}")


def _facts(report: str, rows: list[dict]):
    """(facts, document) for one report: a text of the corpus, or the key's pages of a PDF."""
    if report.endswith(".txt"):
        from esglens.pipeline import analyze
        res = analyze(str(SHARED / "corpus" / "text-unkeyed" / report), only=("facts",))
        return res.facts, res.document
    from esglens.facts import extract_facts
    from esglens.read.pdf import read_pdf
    doc = read_pdf(str(SHARED / "corpus" / "pdf" / report), pages=sorted({r["page"] for r in rows}))
    return extract_facts(doc), doc


def _mapped(facts, doc, company: str):
    """The facts mapped again with the examples of `company` left out (None: the shipped examples)."""
    from esglens.catalog import Mapper, annotate, load_examples
    fs = copy.deepcopy(facts)
    for f in fs:
        f.metric = None
    exclude = {e.source for e in load_examples() if company and e.source.startswith(company)}
    return annotate(fs, doc, Mapper(examples=load_examples(exclude)))


def score_report(report: str, rows: list[dict], modes=("shipped", "LOO"), read=None) -> dict[str, tuple[dict, list]]:
    """Figures and (key row, esglens fact) pairs per mode; `read`: the (facts, document) of `_facts`, when read."""
    facts, doc = read or _facts(report, rows)
    out = {}
    for mode in modes:
        fs = _mapped(facts, doc, report.split("-")[0].split("_")[0] if mode == "LOO" else "")
        pairs = match(rows, [{**f.to_dict(), "metric_reason": f.metric_reason} for f in fs])
        out[mode] = (figures(pairs), pairs)
    return out


def show_misses(pairs) -> None:
    for g, p in pairs:
        if p is None:
            print(f"     NOT FOUND  {g['where']} {g['raw']} {g['year']} key {g['metric']} | {g['label']}")
        elif p.get("metric") != g["metric"]:
            kind = "GOT-ID" if not g["metric"] else ("WRONG" if p.get("metric") else "ABSTAIN")
            print(f"     {kind:10s} {g['where']} {g['raw']} {g['year']} key {g['metric']} esg {p.get('metric')} | "
                  f"{g['label']} | esg label {p.get('label')!r} unit {p.get('unit')!r} | {p.get('metric_reason')}")


def main(argv: list[str]) -> int:
    if not (SHARED / "corpus").is_dir():
        print("../shared is absent: nothing to score")
        return 0
    t0 = time.process_time()
    modes = ("LOO",) if "--loo-only" in argv else ("shipped", "LOO")
    total = {m: {} for m in modes}
    only = tuple(a for a in argv if a.endswith(".json"))
    for report, rows in key_rows(only).items():
        res = score_report(report, rows, modes)
        print(report)
        for mode in modes:
            r, pairs = res[mode]
            print(line(mode, r))
            for k, v in r.items():
                total[mode][k] = total[mode].get(k, 0) + v
            if "--misses" in argv and mode == modes[-1]:
                show_misses(pairs)
    print("all keys")
    for mode in modes:
        print(line(mode, total[mode]))
    print(f"[CPU {time.process_time() - t0:.1f} s]")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
