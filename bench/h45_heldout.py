#!/usr/bin/env python3
"""Score esglens once on h45's held-out keys (written before any run, see tests/keys/src/h45_build.py), with the
measures of bench/h35_heldout.py (recall / precision, metric ids same/wrong/null with shipped examples and
leave-one-report-out, units as printed, labels, figure labels).

Usage: nice .venv/bin/python bench/h45_heldout.py [--detail DIR] [KEY ...]   (KEY = stem in tests/keys/)
CPU time (process_time) only: wall time means nothing on the shared machine.
"""
from __future__ import annotations

import copy
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))
from h35_heldout import SHARED, figures, match  # noqa: E402

KEYS = ["riotinto-2023-valuechain-p7", "siemens-2022-brsr-humanrights-p26", "bayer-2021-env-safety-p92-101",
        "eni-2021-remediation-p36", "unitedspirits-2024-env-p44-p59", "tokyogas-2022-ghg-p51",
        "tokyogas-2022-social-p56", "vedanta-2023-wellbeing-p15"]


def main(argv: list[str]) -> int:
    import score_loo
    from esglens.catalog import Mapper, annotate, load_examples
    from esglens.facts import extract_facts
    from esglens.read.pdf import read_pdf
    score = score_loo._score_module()
    detail = Path(argv[argv.index("--detail") + 1]) if "--detail" in argv else None
    names = [a for i, a in enumerate(argv) if not a.startswith("--") and (i == 0 or argv[i - 1] != "--detail")] or KEYS
    if detail:
        detail.mkdir(parents=True, exist_ok=True)
    t0 = time.process_time()
    pooled = {"cells": 0, "found": 0}
    for name in names:
        gold = json.loads((ROOT / "tests" / "keys" / f"{name}.json").read_text(encoding="utf-8"))
        doc = read_pdf(str(SHARED / "corpus" / "pdf" / gold["seed"]), pages=sorted({f["page"] for f in gold["facts"]}))
        facts = extract_facts(doc)
        company = name.split("-")[0]
        for tag, exclude in (("shipped examples", set()),
                             ("LOO", {e.source for e in load_examples() if e.source.split("-")[0] == company})):
            fs = copy.deepcopy(facts)
            for f in fs:
                f.metric = None
            annotate(fs, doc, Mapper(examples=load_examples(exclude)))
            pred = [f.to_dict() for f in fs]
            if tag == "LOO":
                cat = [(g, p) for g, p, _ in match(score, [f for f in gold["facts"] if f.get("metric")], pred)
                       if p is not None and g["source"] == "table"]
                print(f"   LOO (no examples of {company}): ids same {sum(p.get('metric') == g['metric'] for g, p in cat)}"
                      f" wrong {sum(p.get('metric') not in (None, g['metric']) for g, p in cat)}"
                      f" null {sum(p.get('metric') is None for g, p in cat)}")
            else:
                figures(score, name, gold, pred, detail)
                table = [f for f in gold["facts"] if f["source"] == "table"]
                tp = [p for p in pred if p["source"] == "table"]
                pooled["cells"] += len(table)
                pooled["found"] += sum(p is not None for _, p, _ in match(score, table, tp))
    print(f"pooled table cells found {pooled['found']}/{pooled['cells']}"
          f" = {100 * pooled['found'] / max(pooled['cells'], 1):.1f} %")
    print(f"[CPU {time.process_time() - t0:.1f} s]")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
