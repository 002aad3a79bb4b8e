#!/usr/bin/env python3
"""Draw the whole-document sample judged in bench/wholedoc_judged_seed3535.json: 3 table facts per PDF of
../shared/corpus/pdf, on pages no key in tests/keys covers. random.Random(3535): 3 distinct pages with table
facts, one fact per page; a PDF with fewer eligible pages gets the rest from random.Random(3536) over them.

Usage: nice .venv/bin/python bench/h35_wholedoc_sample.py [SEED [PER_PDF]]   (reads every PDF whole: ~28 s CPU)
SEED defaults to 3535 and PER_PDF to 3 (the seed-3535 sample); the fallback seed is SEED + 1.
h41 drew seed 4141 (40 facts), h42 seed 4242 with 4 per PDF.
"""
from __future__ import annotations

import json
import random
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "src"))
FIELDS = ("page", "raw", "value", "year", "unit", "label")


def main(argv: list[str]) -> int:
    from esglens.facts import extract_facts
    from esglens.read.pdf import read_pdf
    covered: dict[str, set] = defaultdict(set)
    for k in (ROOT / "tests" / "keys").glob("*.json"):
        d = json.loads(k.read_text(encoding="utf-8"))
        covered[d["seed"]] |= {f["page"] for f in d["facts"] if f.get("page")}
    seed = int(argv[0]) if argv else 3535
    per_pdf = int(argv[1]) if len(argv) > 1 else 3
    rng = random.Random(seed)
    for pdf in sorted((SHARED / "corpus" / "pdf").glob("*.pdf")):
        facts = [f.to_dict() for f in extract_facts(read_pdf(str(pdf))) if f.source == "table"]
        facts = [f for f in facts if f["page"] not in covered[pdf.name]]
        pages = sorted({f["page"] for f in facts})
        picked = []
        for p in sorted(rng.sample(pages, min(per_pdf, len(pages)))):
            picked.append(rng.choice([f for f in facts if f["page"] == p]))
        fill = random.Random(seed + 1)
        while len(picked) < per_pdf and len(picked) < len(facts):
            rest = [f for f in facts if f not in picked]
            picked.append(fill.choice(rest))
        for f in picked:
            print(json.dumps({"pdf": pdf.name, **{k: f.get(k) for k in FIELDS}}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
