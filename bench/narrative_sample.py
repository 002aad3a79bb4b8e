#!/usr/bin/env python3
"""Draw a sample of narrative facts to judge by hand (issue 15's precision must-show).

Usage: nice .venv/bin/python bench/narrative_sample.py SEED [--n 40] [--out FILE] [--cache DIR] [--pdfs A.pdf,B.pdf,C.pdf] [--texts A.txt]
Runs the facts stage on the three shared text reports and three PDFs (by default Bayer 2021, Siemens India BRSR
FY2022, Rio Tinto climate 2023; --pdfs names others in ../shared/corpus/pdf), keeps the facts with source == "narrative" and takes
random.Random(seed).sample(facts, n) per report, in document order. Writes the rows in the layout of
bench/narrative_judged_seed*.json with "right": null and "why": "" for the judge to fill in.
With --cache, the parsed documents are pickled there (the PDFs are slow to read on a busy machine).
"""
from __future__ import annotations

import argparse
import json
import pickle
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "src"))
REPORTS = ["reports/calb-2024-esg-report.txt", "reports/jlmag-2024-esg-report.txt", "reports/kstar-2024-esg-report.txt",
           "pdf/bayer_sustainability_report_2021.pdf", "pdf/siemens_ltd_india_brsr_fy2022.pdf",
           "pdf/riotinto-2023-climate-change-report.pdf"]


def _document(path: Path, cache: Path | None):
    from esglens.read import load
    hit = cache / (path.name + ".pkl") if cache else None
    if hit and hit.exists():
        return pickle.loads(hit.read_bytes())
    doc = load(str(path))
    if hit:
        hit.write_bytes(pickle.dumps(doc))
    return doc


def corpus_path(name: str) -> Path:
    """A report of the shared corpus by file name (text reports or PDFs)."""
    return next(p for p in (SHARED / "corpus" / "reports" / name, SHARED / "corpus" / "pdf" / name) if p.exists())


def narrative(path: Path, cache: Path | None) -> list[dict]:
    from esglens.facts import extract_facts
    doc = _document(path, cache)
    return [f.to_dict() for f in extract_facts(doc) if f.source == "narrative"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("seed", type=int)
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--out")
    ap.add_argument("--cache")
    ap.add_argument("--pdfs", help="comma-separated PDF names in corpus/pdf instead of the default three")
    ap.add_argument("--texts", help="comma-separated text report names in corpus/reports instead of all three")
    a = ap.parse_args()
    cache = Path(a.cache) if a.cache else None
    if cache:
        cache.mkdir(parents=True, exist_ok=True)
    rows = []
    texts = REPORTS[:3] if not a.texts else ["reports/" + n for n in a.texts.split(",")]
    chosen = texts + (REPORTS[3:] if not a.pdfs else ["pdf/" + n for n in a.pdfs.split(",")])
    for rel in chosen:
        path = SHARED / "corpus" / rel
        facts = narrative(path, cache)
        picked = sorted(random.Random(a.seed).sample(range(len(facts)), min(a.n, len(facts))))
        for i in picked:
            f = facts[i]
            rows.append({"report": path.name, "n_narrative": len(facts), "line": f.get("line"), "page": f.get("page"),
                         "value": f.get("value"), "raw": f.get("raw"), "unit": f.get("unit"), "year": f.get("year"),
                         "qualifier": f.get("qualifier"), "label": f.get("label"), "evidence": f.get("evidence"),
                         "right": None, "why": ""})
        print(f"{path.name}: {len(facts)} narrative facts", file=sys.stderr)
    out = {"seed": a.seed, "method": f"random.Random({a.seed}).sample of {a.n} narrative facts per report "
           "(bench/narrative_sample.py), judged strictly: value, unit, year right and a label that says what the number is",
           "summary": {}, "rows": rows}
    text = json.dumps(out, ensure_ascii=False, indent=1)
    Path(a.out).write_text(text, encoding="utf-8") if a.out else print(text)


if __name__ == "__main__":
    main()
