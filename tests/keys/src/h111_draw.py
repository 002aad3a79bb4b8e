# Run from the repository root with ../shared present: prints the order h111 walked to choose its pages.
"""The draw behind tests/keys/src/h111_build.py: every page of the ten PDFs with >= 25 numeric tokens in pypdfium2's
raw text, less every page a key held at main b843abe (tests/keys/*.json, metric_ids, src, text: page numbers only),
shuffled with random.Random(111). h111 walked the order and accepted KPI data pages (tables, charts, panels), at most 2
per PDF (the choices and the two pages replaced after reading them are in h111_build.py's docstring). Keys committed
since (h111's own included) shrink the pool, so a rerun today prints another order: pass --as-drawn to leave out the
-h111- keys, which reproduces it as long as no other key was added."""
import json
import random
import re
import sys
from pathlib import Path

import pypdfium2 as pdfium

ROOT = Path(__file__).resolve().parents[3]
KEYS = ROOT / "tests" / "keys"
NUM = re.compile(r"(?<![\w.])[-+(]?\d[\d,]*(?:\.\d+)?%?")


def keyed_pages(skip: str | None) -> set:
    out = set()

    def walk(o, seed=None):
        if isinstance(o, dict):
            s = o.get("seed") or o.get("report")
            seed = s if isinstance(s, str) and s.endswith((".pdf", ".txt")) else seed
            if seed and isinstance(o.get("page"), int):
                out.add((seed, o["page"]))
            if seed and isinstance(o.get("pages"), list):
                out.update((seed, p) for p in o["pages"] if isinstance(p, int))
            for v in o.values():
                walk(v, seed)
        elif isinstance(o, list):
            for v in o:
                walk(v, seed)
    for p in [*KEYS.glob("*.json"), *(KEYS / "metric_ids").glob("*.json"), *(KEYS / "src").glob("*.json"),
              *(KEYS / "text").glob("*.json")]:
        if not (skip and skip in p.name):
            walk(json.loads(p.read_text(encoding="utf-8")))
    return out


def main(argv):
    keyed = keyed_pages("-h111-" if "--as-drawn" in argv else None)
    pool = []
    for pdf in sorted((ROOT.parent / "shared" / "corpus" / "pdf").glob("*.pdf")):
        doc = pdfium.PdfDocument(str(pdf))
        for i in range(len(doc)):
            if len(NUM.findall(doc[i].get_textpage().get_text_range())) >= 25 and (pdf.name, i + 1) not in keyed:
                pool.append((pdf.name, i + 1))
        doc.close()
    random.Random(111).shuffle(pool)
    for i, (name, page) in enumerate(pool):
        print(i, name, page)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
