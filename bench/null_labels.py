#!/usr/bin/env python3
"""Table facts of every PDF of ../shared/corpus/pdf and every text report, with their metric ids (issue 13).

Usage: nice .venv/bin/python bench/null_labels.py OUT.jsonl [--texts] [--pdfs]
Writes one row per table fact (report, page or line, label path, table title, unit, metric, reason) and prints the
share of table facts given an id per report and over all. Pages held out for the lead (h105, h111: see
HELD_OUT and /work/notes/h111-pages.txt) are counted in the share but their rows are not written, so
nobody reads esglens's output on them.
"""
from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "src"))

# report file prefix -> pages (PDF) or line ranges (text) held out
HELD_OUT = {"eni_for": {7, 34}, "siemens": {7, 15}, "vedanta": {1, 4}, "toshiba": {29, 82},
            "united_spirits": {21, 54}, "riotinto": {25}, "tokyo_gas": {21, 22, 23, 24}}
HELD_OUT_LINES = {"alibaba": range(1824, 1848)}


def _h111() -> dict[str, set[int]]:
    """Pages h111 holds out: lines 'FILE.pdf PAGE' (comments after '#')."""
    p = Path("/work/notes/h111-pages.txt")
    out: dict[str, set[int]] = {}
    if not p.exists():
        return out
    for line in p.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\s*([^#\s]+\.pdf)\s+(\d+)\s*$", line)
        if m:
            out.setdefault(m.group(1).lower(), set()).add(int(m.group(2)))
    return out


def held_out(report: str, page: int | None, line: int | None) -> bool:
    name = report.lower()
    if page is not None:
        for pre, pages in HELD_OUT.items():
            if name.startswith(pre) and page in pages:
                return True
        if page in _h111().get(name, set()):
            return True
        return False
    return line is not None and any(name.startswith(pre) and line in r for pre, r in HELD_OUT_LINES.items())


def main(argv: list[str]) -> int:
    from esglens.catalog import annotate
    from esglens.facts import extract_facts
    from esglens.pipeline import analyze
    from esglens.read.pdf import read_pdf
    out = Path(argv[0])
    do_pdf = "--texts" not in argv or "--pdfs" in argv
    do_text = "--pdfs" not in argv or "--texts" in argv
    n_all = got_all = 0
    with out.open("w", encoding="utf-8") as fh:
        jobs = []
        if do_pdf:
            jobs += [("pdf", p) for p in sorted((SHARED / "corpus" / "pdf").glob("*.pdf"))]
        if do_text:
            jobs += [("text", p) for d in ("reports", "text-unkeyed") for p in sorted((SHARED / "corpus" / d).glob("*.txt"))]
        for kind, path in jobs:
            t = time.perf_counter()
            if kind == "pdf":
                doc = read_pdf(str(path))
                facts = annotate([f for f in extract_facts(doc) if f.source == "table"], doc)
            else:
                facts = [f for f in analyze(str(path), only=("metrics",)).facts if f.source == "table"]
            got = sum(1 for f in facts if f.metric)
            n_all, got_all = n_all + len(facts), got_all + got
            for f in facts:
                if held_out(path.name, f.page if kind == "pdf" else None, f.line if kind == "text" else None):
                    continue
                fh.write(json.dumps({"report": path.name, "page": f.page, "line": f.line, "label": f.label,
                                     "title": f.table_title, "unit": f.unit, "value": f.value, "year": f.year,
                                     "metric": f.metric, "reason": f.metric_reason}, ensure_ascii=False) + "\n")
            print(f"{path.name}: {got}/{len(facts)} table facts with a metric id ({100 * got / max(len(facts), 1):.1f}%)"
                  f"  [{time.perf_counter() - t:.0f} s]", flush=True)
    print(f"ALL: {got_all}/{n_all} ({100 * got_all / max(n_all, 1):.1f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
