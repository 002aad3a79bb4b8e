#!/usr/bin/env python3
"""Score esglens once on h35's held-out keys (written before any run, see tests/keys/src/h35_build.py and
h35_text_build.py).

Usage: nice .venv/bin/python bench/h35_heldout.py [--detail DIR]
Per key: table recall / precision (../shared/eval/score.py: same page or line, value, year), metric ids on
the found cells whose key has a catalog id (same / wrong / null) and ids printed where the key has none,
units as printed (key unit set: same after whitespace; key unit None: esglens printed one), labels (the
key's row label, column parts dropped, found at the end of esglens's label). Chart labels (key facts with
figure: true) are matched on page + value + year in any source. --detail writes every miss and every
wrong printed fact per key for classification. CPU time (process_time) only: wall time means nothing here.
"""
from __future__ import annotations

import copy
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))
PDF_KEYS = ["eni-2021-employees-p19", "tokyogas-2022-energy-p50", "bayer-2021-employees-p74-76", "vedanta-2023-wages-p23",
            "swisscom-2021-people-p37", "unitedspirits-2024-wellbeing-p26"]
TEXT_KEYS = [("text/sinopec-2021-h35-blocks", "sinopec-2021-sustainability-report.txt"),
             ("text/alibaba-2022-h35-rows", "alibaba-2022-esg-report.txt")]
norm = lambda u: re.sub(r"\s+", "", str(u or "")).lower()
FIELDS = ("page", "line", "value", "raw", "year", "unit", "metric", "label")


def match(score, gold: list[dict], pred: list[dict], any_year: bool = False) -> list:
    by_place: dict = {}
    for i, p in enumerate(pred):
        by_place.setdefault(score.place(p), []).append(i)
    used, out = set(), []
    for g in gold:
        cand = [i for i in by_place.get(score.place(g), []) if i not in used
                and score.same_value(pred[i].get("value"), g.get("value"))]
        hit = next((i for i in cand if pred[i].get("year") == g.get("year")), None)
        if hit is None and any_year and cand:
            hit = cand[0]
        if hit is not None:
            used.add(hit)
        out.append((g, None if hit is None else pred[hit], [pred[i] for i in cand]))
    return out


def figures(score, name: str, gold: dict, pred: list[dict], detail: Path | None, any_source: bool = False) -> None:
    table = [f for f in gold["facts"] if f["source"] == "table"]
    charts = [f for f in gold["facts"] if f.get("figure")]
    tpred = pred if any_source else [p for p in pred if p["source"] == "table"]  # text: a row may print as narrative
    s = score.score_facts({"facts": table}, tpred)
    pairs = match(score, table, tpred)
    found = [(g, p) for g, p, _ in pairs if p is not None]
    cat = [(g, p) for g, p in found if g.get("metric")]
    same = sum(p.get("metric") == g["metric"] for g, p in cat)
    null = sum(p.get("metric") is None for g, p in cat)
    claims = [(g, p) for g, p in found if not g.get("metric") and p.get("metric")]
    ku = [(g, p) for g, p in found if g.get("unit")]
    uok = sum(norm(p.get("unit")) == norm(g["unit"]) for g, p in ku)
    nu = [(g, p) for g, p in found if not g.get("unit")]
    uover = sum(bool(p.get("unit")) for g, p in nu)
    rowlab = lambda g: g["label"]
    lok = sum(norm(p.get("label")).endswith(norm(g["label"]).split(">")[-1]) for g, p in found)
    lfull = sum(norm(p.get("label")) == norm(g["label"]) for g, p in found)
    c = s["counts"]
    print(f"{name}: table recall {100 * s['table_recall']:.1f} ({len(found)}/{len(table)})  precision "
          f"{100 * (s['table_precision'] or 0):.1f} ({c['printed_on_gold_table_rows']} printed on its pages)")
    print(f"   metric ids (key has a catalog id: {len(cat)}): same {same}  wrong {len(cat) - same - null}  null {null};"
          f"  ids printed on {len(claims)}/{len(found) - len(cat)} cells the key gives none")
    print(f"   units as printed {uok}/{len(ku)} (key unit set);  unit printed where the key has none {uover}/{len(nu)}")
    print(f"   labels: last key part at the end of esglens's label {lok}/{len(found)};  whole path equal {lfull}/{len(found)}")
    if charts:
        cp = match(score, charts, pred)
        print(f"   chart data labels (any source, page+value+year) {sum(p is not None for _, p, _ in cp)}/{len(charts)}")
    if detail:
        used = {id(p) for _, p, _ in pairs if p is not None}
        places = {score.place(g) for g in table}
        with open(detail / f"{name.replace('/', '_')}.txt", "w", encoding="utf-8") as fh:
            for g, p, cand in pairs:
                if p is None:
                    fh.write("MISSED " + json.dumps({k: g.get(k) for k in FIELDS}, ensure_ascii=False)
                             + (" | same value printed: " + json.dumps([{k: x.get(k) for k in FIELDS} for x in cand][:2], ensure_ascii=False) if cand else "") + "\n")
            for p in tpred:
                if score.place(p) in places and id(p) not in used:
                    fh.write("WRONG " + json.dumps({k: p.get(k) for k in FIELDS}, ensure_ascii=False) + "\n")
            for g, p in found:
                if (g.get("metric") or p.get("metric")) and g.get("metric") != p.get("metric"):
                    fh.write(f"METRIC key {g.get('metric')} esg {p.get('metric')} | {g['label']} | {p.get('label')} | {p.get('unit')}\n")
            for g, p in found:
                if norm(g.get("unit")) != norm(p.get("unit")):
                    fh.write(f"UNIT key {g.get('unit')!r} esg {p.get('unit')!r} | {g['label']} | {p.get('label')}\n")
            for g, p in found:
                if not norm(p.get("label")).endswith(norm(g["label"]).split(">")[-1]):
                    fh.write(f"LABEL key {g['label']!r} esg {p.get('label')!r} {g['raw']} {g['year']}\n")
            if charts:
                for g, p, cand in match(score, charts, pred):
                    if p is None:
                        fh.write("CHART-MISSED " + json.dumps({k: g.get(k) for k in FIELDS}, ensure_ascii=False)
                                 + (" | printed: " + json.dumps([{k: x.get(k) for k in FIELDS + ('source',)} for x in cand][:2], ensure_ascii=False) if cand else "") + "\n")


def main(argv: list[str]) -> int:
    import score_loo
    from esglens.catalog import Mapper, annotate, load_examples
    from esglens.facts import extract_facts
    from esglens.pipeline import analyze
    from esglens.read.pdf import read_pdf
    score = score_loo._score_module()
    detail = Path(argv[argv.index("--detail") + 1]) if "--detail" in argv else None
    if detail:
        detail.mkdir(parents=True, exist_ok=True)
    t0 = time.process_time()
    for name in PDF_KEYS:
        gold = json.loads((ROOT / "tests" / "keys" / f"{name}.json").read_text(encoding="utf-8"))
        doc = read_pdf(str(SHARED / "corpus" / "pdf" / gold["seed"]), pages=sorted({f["page"] for f in gold["facts"]}))
        facts = extract_facts(doc)
        for tag, exclude in (("shipped examples", set()), ("LOO", {e.source for e in load_examples()
                                                                 if e.source.split("-")[0] == name.split("-")[0]})):
            fs = copy.deepcopy(facts)
            for f in fs:
                f.metric = None
            annotate(fs, doc, Mapper(examples=load_examples(exclude)))
            if tag == "LOO":
                pred = [f.to_dict() for f in fs]
                cat = [(g, p) for g, p, _ in match(score, [f for f in gold["facts"] if f.get("metric")], pred)
                       if p is not None and g["source"] == "table"]
                print(f"   LOO (no examples of {name.split('-')[0]}): ids same {sum(p.get('metric') == g['metric'] for g, p in cat)}"
                      f" wrong {sum(p.get('metric') not in (None, g['metric']) for g, p in cat)} null {sum(p.get('metric') is None for g, p in cat)}")
            else:
                figures(score, name, gold, [f.to_dict() for f in fs], detail)
    for name, txt in TEXT_KEYS:
        gold = json.loads((ROOT / "tests" / "keys" / f"{name}.json").read_text(encoding="utf-8"))
        res = analyze(str(SHARED / "corpus" / "text-unkeyed" / txt), only=("facts",))
        figures(score, name, gold, [f.to_dict() for f in res.facts], detail, any_source=True)
    print(f"[CPU {time.process_time() - t0:.1f} s]")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
