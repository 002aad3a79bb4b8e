#!/usr/bin/env python3
"""Re-run the facts of a judged whole-document sample (bench/wholedoc_judged_seed*.json) and count how many
now carry the judged year. Each sampled fact is looked up again among the table facts of its page with the
same value (the label most like the sampled one wins; labels are compared by shared words). A fact judged
to be no fact (year_true null with value wrong, or a footnote) counts right when it is gone or has year null.

Usage: nice .venv/bin/python bench/h42_rerun_sample.py bench/wholedoc_judged_seed4242.json   (~30 s CPU)
The seed-3535 file has no year_true: there the judged-right rows keep their year and the misses listed in
YEAR_3535 below give theirs (from its notes).
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "src"))
# seed 3535's year misses, the year its notes give (None: no fact / no year): (pdf prefix, page, raw) -> year
YEAR_3535 = {("daikin", 3, "5,798Employees"): 2021, ("daikin", 4, "2.49trillion"): 2020, ("daikin", 3, "67"): 2021,
             ("eni", 8, "53"): None, ("eni", 33, "4"): 2019, ("swisscom", 22, "1"): None, ("tokyo", 51, "290"): None,
             ("tokyo", 56, "18"): 2020, ("toshiba", 18, "2.1"): 2021, ("united", 32, "0"): 2024}


def _words(s: str) -> set[str]:
    return set((s or "").lower().replace(">", " ").split())


def main(path: str) -> int:
    from esglens.facts import extract_facts
    from esglens.read.pdf import read_pdf
    d = json.loads(Path(path).read_text(encoding="utf-8"))
    t0 = time.process_time()
    cache: dict[str, list[dict]] = {}
    right = 0
    for r in d["rows"]:
        if r["pdf"] not in cache:
            cache[r["pdf"]] = [f.to_dict() for f in extract_facts(read_pdf(str(SHARED / "corpus" / "pdf" / r["pdf"])))
                               if f.source == "table"]
        if "year_true" in r:
            want = r["year_true"]
        else:
            key = (r["pdf"].split("_")[0].split("-")[0], r["page"], r["raw"])
            want = YEAR_3535.get(key, r["year"]) if not r["year_right"] else r["year"]
        cand = [f for f in cache[r["pdf"]] if f["page"] == r["page"] and f["value"] == r["value"]]
        got = max(cand, key=lambda f: len(_words(f["label"]) & _words(r["label"])), default=None)
        year = None if got is None else got["year"]
        ok = year == want if got is not None else want is None
        if not ok and want is not None and any(f["year"] == want for f in cand):
            ok = True    # the same value printed twice on the page: the judged cell is there with its year
        right += ok
        print(f"{'ok ' if ok else 'BAD'} {r['pdf'][:14]:14} p{r['page']:<3} {r['raw']!r:18} judged {want} now "
              f"{'gone' if got is None else year}  | {(got or {}).get('label', '')[:70]}")
    print(f"year right {right}/{len(d['rows'])}  [CPU {time.process_time() - t0:.1f} s]")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
