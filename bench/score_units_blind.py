#!/usr/bin/env python3
"""Units as printed on the blind check tests/keys/src/units-blind-h23.json (held out, issue 13).

Usage: python bench/score_units_blind.py [--show]
Each key cell is found among esglens's facts on its PDF page by value (and year when the key gives
one), table facts first; its unit is compared strictly as ../shared/eval/score.py does (spaces removed, lower
case) and after NFKC (so "m³" = "m3", "CO₂" = "CO2"). Printed: found, strict, NFKC; --show lists misses.
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
KEY = ROOT / "tests" / "keys" / "src" / "units-blind-h23.json"
sys.path.insert(0, str(ROOT / "src"))


def _norm(u, nfkc: bool) -> str:
    u = str(u or "")
    if nfkc:
        u = unicodedata.normalize("NFKC", u)
    return re.sub(r"\s+", "", u).lower()


def main(argv: list[str]) -> int:
    from esglens.facts import extract_facts
    from esglens.read.pdf import read_pdf
    key = json.loads(KEY.read_text(encoding="utf-8"))
    by_seed: dict[str, list[dict]] = {}
    for f in key["facts"]:
        by_seed.setdefault(f["seed"], []).append(f)
    found = strict = loose = 0
    misses = []
    for seed, cells in sorted(by_seed.items()):
        pdf = SHARED / "corpus" / "pdf" / seed
        if not pdf.exists():
            print(f"{seed}: not present, skipped")
            continue
        facts = extract_facts(read_pdf(str(pdf), pages=sorted({c["page"] for c in cells})))
        used: set[int] = set()
        # table facts first: a prose sentence on the page may repeat the number with its own wording
        order = sorted(range(len(facts)), key=lambda i: facts[i].source != "table")
        for c in cells:
            hit = next((i for i in order if i not in used and facts[i].page == c["page"]
                        and facts[i].value is not None
                        and abs(facts[i].value - c["value"]) <= 1e-6 * max(1, abs(c["value"]))
                        and (c["year"] is None or facts[i].year == c["year"])), None)
            if hit is None:
                misses.append(("not found", seed, c["page"], c["raw"], c["unit"], None))
                continue
            used.add(hit)
            found += 1
            got = facts[hit].unit
            strict += _norm(got, False) == _norm(c["unit"], False)
            ok = _norm(got, True) == _norm(c["unit"], True)
            loose += ok
            if not ok:
                misses.append((c["unit_printed_in"], seed, c["page"], c["raw"], c["unit"], got, facts[hit].source))
    n = len(key["facts"])
    print(f"units blind check: {n} cells, found {found}; units as printed strict {strict}/{n} "
          f"({100 * strict / n:.1f}%), NFKC {loose}/{n} ({100 * loose / n:.1f}%)")
    if "--show" in argv:
        for m in misses:
            print("  miss", json.dumps(m, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
