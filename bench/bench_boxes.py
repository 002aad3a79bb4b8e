"""How well the boxes drawn on a PDF page match the words the PDF prints (not a test; issue 19).

    python bench/bench_boxes.py [PDF ...]     (default: every PDF in ../shared/corpus/pdf)

Per report: table facts with a value box; of those, the share whose box (as the source view draws it, less
its padding) lies within 2 pt of a word pdfplumber reads with the same text (or, for a value printed as
several words, covers them); the shares with a label box and with a column-header box.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import pdfplumber

from esglens.pipeline import analyze
from esglens.store import rows

PDFS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "pdf"
TOL = 2.0


def _matches(box, raw: str, words: list[tuple[str, tuple]]) -> bool:
    inside = [(t, b) for t, b in words if b[0] >= box[0] - TOL and b[2] <= box[2] + TOL
              and b[1] >= box[1] - TOL and b[3] <= box[3] + TOL]
    text = "".join(t for t, _ in sorted(inside, key=lambda w: w[1][0]))
    return bool(inside) and text.replace(" ", "") == raw.replace(" ", "")


def measure(path: Path) -> dict:
    t0 = time.perf_counter()
    result = analyze(str(path))
    facts = [f for f in result.facts if f.source == "table" and f.page]
    boxed = rows.fact_rows(result, "x")
    by_page: dict[int, list] = {}
    with pdfplumber.open(str(path)) as doc:
        for f, r in zip(result.facts, boxed):
            if f.source != "table" or not f.page or not r["boxes"]:
                continue
            if f.page not in by_page:
                by_page[f.page] = [(w["text"], (w["x0"], w["top"], w["x1"], w["bottom"]))
                                   for w in doc.pages[f.page - 1].extract_words()]
    n_value = n_match = n_label = n_header = 0
    for f, r in zip(result.facts, boxed):
        if f.source != "table" or not f.page or not r["boxes"]:
            continue
        b = json.loads(r["boxes"])
        if "value" in b:
            n_value += 1
            n_match += _matches(b["value"], f.raw, by_page[f.page])
        n_label += "label" in b
        n_header += "header" in b
    return {"report": path.name, "table facts": len(facts), "value boxes": n_value,
            "match a word": f"{n_match / n_value:.1%}" if n_value else "-",
            "label boxes": n_label, "header boxes": n_header, "seconds": round(time.perf_counter() - t0, 1)}


def main() -> None:
    paths = [Path(p) for p in sys.argv[1:]] or sorted(PDFS.glob("*.pdf"))
    for p in paths:
        print(json.dumps(measure(p)), flush=True)


if __name__ == "__main__":
    main()
