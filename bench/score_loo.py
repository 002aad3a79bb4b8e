#!/usr/bin/env python3
"""Metric ids in-sample and leave-one-report-out (LOO), on every keyed report.

Usage: python bench/score_loo.py [--pdf-keys] [--pdf-share] [--wrong]
For each key of ../shared/eval/gold (text reports) and, with --pdf-keys, each tests/keys/*.json whose
facts carry metric ids (PDF pages of the key), the facts are read once and mapped twice: with every
shipped example (in-sample) and with that report's own examples left out (LOO: what a report nobody
tuned for gets). Printed: metric-id accuracy (abstentions count as misses), the wrong-metric rate
(a non-null id that is wrong), the abstention rate, units as printed. A PDF key without metric ids
prints units as printed only.
--pdf-share: the share of table facts with a metric id on every PDF of ../shared/corpus/pdf.
--wrong: list the LOO misses. --json=PATH: write the LOO misses of every key there.
--skip=h105,h111: leave out the PDF keys whose file name holds any of these tags (held-out keys a helper must not see).
Each line also counts ids given to key rows whose metric is null and have no accepted alternative ("ids on N/M
keyed-null facts"): a part or a breakdown row given its whole's metric is a wrong claim the accuracy does not show.
LOO leaves out every example of the key's company (all its keys: one report's factbook and its pages).
"""
from __future__ import annotations

import copy
import importlib.util
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "src"))


def _score_module():
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _equivalents() -> dict[str, str]:
    import yaml
    return yaml.safe_load((ROOT / "bench" / "key_equivalents.yaml").read_text(encoding="utf-8"))


def metric_figures(score, gold: dict, pred: list[dict]) -> dict:
    """Accuracy, wrong (non-null) and null rates over found key facts with a catalog id; units."""
    s = score.score_facts(gold, pred)
    by_place: dict = {}
    for i, p in enumerate(pred):
        by_place.setdefault(score.place(p), []).append(i)
    used, n, ok, wrong, null, misses, extra_n, claims = set(), 0, 0, 0, 0, [], 0, 0
    nulls, null_claims = 0, 0
    equiv = _equivalents()
    for g in gold["facts"]:
        hit = next((i for i in by_place.get(score.place(g), []) if i not in used
                    and score.same_value(pred[i].get("value"), g.get("value"))
                    and (g.get("source") != "table" or pred[i].get("year") == g.get("year"))), None)
        if hit is None:
            continue
        used.add(hit)
        gm = str(g.get("metric") or "")
        gm = equiv.get(gm, gm)
        if gm.startswith("extra."):  # the key says: no catalog metric; an id here is a wrong claim
            extra_n += 1
            claims += pred[hit].get("metric") is not None
            if pred[hit].get("metric") is not None:
                misses.append((gm, pred[hit].get("metric"), g.get("label"), pred[hit].get("unit"),
                               pred[hit].get("metric_reason"), pred[hit].get("label"), pred[hit].get("table_title")))
        if not gm and not g.get("metric_alt"):   # the key says: no metric (a part, a breakdown row); an id is wrong
            nulls += 1
            null_claims += pred[hit].get("metric") is not None
        if not gm or gm.startswith("extra."):
            continue
        n += 1
        pm = pred[hit].get("metric")
        ok += pm == gm
        wrong += pm is not None and pm != gm
        null += pm is None
        if pm != gm:
            misses.append((gm, pm, g.get("label"), pred[hit].get("unit"), pred[hit].get("metric_reason"),
                           pred[hit].get("label"), pred[hit].get("table_title")))
    pct = lambda a: 100.0 * a / n if n else float("nan")
    return {"n": n, "acc": pct(ok), "wrong": pct(wrong), "null": pct(null), "extra_n": extra_n,
            "claims": claims, "wrong_all": 100.0 * (wrong + claims) / max(n + extra_n, 1),
            "units": 100 * (s["unit_as_printed"] or 0), "misses": misses, "nulls": nulls, "null_claims": null_claims}


def _rows(facts) -> list[dict]:
    return [{**f.to_dict(), "metric_reason": f.metric_reason} for f in facts]


def _mapped(facts, doc, exclude: set[str]):
    from esglens.catalog import Mapper, annotate, load_examples
    fs = copy.deepcopy(facts)
    for f in fs:
        f.metric = None
    return annotate(fs, doc, Mapper(examples=load_examples(exclude)))


def _line(name: str, tag: str, r: dict) -> str:
    return (f"  {tag:10s} metric ids {r['acc']:5.1f}%  wrong {r['wrong']:4.1f}%  abstained {r['null']:4.1f}%"
            f"  (of {r['n']})  units as printed {r['units']:5.1f}%  | ids on {r['claims']}/{r['extra_n']} "
            f"non-catalog facts, wrong of all {r['wrong_all']:.1f}% | ids on {r['null_claims']}/{r['nulls']} keyed-null facts")


def company_sources(name: str) -> set[str]:
    """Every example source of the key's company ("tokyogas-2022-employees-p55" -> all "tokyogas-*" sources):
    leaving one key out would keep the same report's other keys (its factbook, its other pages) in."""
    from esglens.catalog import load_examples
    company = name.split("-")[0]
    return {name} | {e.source for e in load_examples() if e.source.split("-")[0] == company}


DUMP: list[dict] = []


def _report(score, name: str, gold: dict, facts, doc, show: bool) -> None:
    print(name)
    for tag, exclude in (("in-sample", set()), ("LOO", company_sources(name))):
        r = metric_figures(score, gold, _rows(_mapped(facts, doc, exclude)))
        print(_line(name, tag, r))
        if tag == "LOO":
            DUMP.append({"key": name, "n": r["n"], "acc": r["acc"], "misses": r["misses"]})
        if show and tag == "LOO":
            for m in r["misses"]:
                print("     miss", json.dumps(m, ensure_ascii=False))


def text_keys(score, show: bool) -> None:
    """The shared keys of ../shared/eval/gold and our own text keys in tests/keys/text (held out)."""
    from esglens.pipeline import analyze
    own = sorted((ROOT / "tests" / "keys" / "text").glob("*.json"))
    for key in [*sorted((SHARED / "eval" / "gold").glob("*.json")), *own]:
        found = [p for p in (SHARED / "corpus" / "reports" / f"{key.stem}.txt",
                             SHARED / "corpus" / "text-unkeyed" / f"{key.stem}.txt") if p.exists()]
        if not found:
            continue
        report = found[0]
        res = analyze(str(report), only=("facts",))
        _report(score, key.stem, json.loads(key.read_text(encoding="utf-8")), res.facts, res.document, show)


def pdf_keys(score, show: bool, skip: tuple[str, ...] = ()) -> None:
    from esglens.facts import extract_facts
    from esglens.read.pdf import read_pdf
    for key in sorted((ROOT / "tests" / "keys").glob("*.json")):
        if any(f"-{tag}-" in key.name for tag in skip):
            continue
        gold = json.loads(key.read_text(encoding="utf-8"))
        pdf = SHARED / "corpus" / "pdf" / gold["seed"]
        if not pdf.exists():
            continue
        doc = read_pdf(str(pdf), pages=sorted({f["page"] for f in gold["facts"]}))
        facts = [f for f in extract_facts(doc) if f.source == "table"]
        gold = {**gold, "facts": [f for f in gold["facts"] if f["source"] == "table"]}
        if any(f.get("metric") for f in gold["facts"]):
            _report(score, key.stem, gold, facts, doc, show)
        else:   # a key without metric ids: units as printed only
            units = score.score_facts(gold, _rows(facts))["unit_as_printed"]
            print(f"{key.stem}\n  (no metric ids)  units as printed {100 * (units or 0):5.1f}%")


def pdf_share() -> None:
    from esglens.catalog import annotate
    from esglens.facts import extract_facts
    from esglens.read.pdf import read_pdf
    for pdf in sorted((SHARED / "corpus" / "pdf").glob("*.pdf")):
        t = time.perf_counter()
        doc = read_pdf(str(pdf))
        facts = annotate([f for f in extract_facts(doc) if f.source == "table"], doc)
        n = len(facts)
        got = sum(1 for f in facts if f.metric)
        print(f"{pdf.name}: {got}/{n} table facts with a metric id ({100 * got / max(n, 1):.1f}%)"
              f"  [{time.perf_counter() - t:.0f} s]")


def main(argv: list[str]) -> int:
    if not (SHARED / "eval" / "gold").is_dir():
        print("../shared not present: nothing to score")
        return 0
    score = _score_module()
    show = "--wrong" in argv
    if "--pdf-share" in argv:
        pdf_share()
        return 0
    text_keys(score, show)
    if "--pdf-keys" in argv:
        skip = next((tuple(a.split("=", 1)[1].split(",")) for a in argv if a.startswith("--skip=")), ())
        pdf_keys(score, show, skip)
    out = next((a.split("=", 1)[1] for a in argv if a.startswith("--json=")), None)
    if out:
        Path(out).write_text(json.dumps(DUMP, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
