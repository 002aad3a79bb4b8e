"""Benchmark: seconds to read and extract each report, on one core (not a test).

    python bench/bench_extract.py ../shared/corpus/reports [--repeat 5]
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

from esglens import catalog
from esglens.facts import extract_facts
from esglens.read import find_reports, load
from esglens.pipeline import analyze


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    try:
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    except (AttributeError, OSError):
        pass
    print(f"{'report':36} {'lines':>6} {'facts':>6} {'read+facts s':>13} {'+metrics s':>11} {'all stages s':>13}")
    for path in find_reports(args.paths):
        ex, meta, full = [], [], []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            doc = load(path)
            facts = extract_facts(doc)
            ex.append(time.perf_counter() - t0)
            catalog.annotate(facts, doc)
            meta.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            analyze(path)
            full.append(time.perf_counter() - t0)
        print(f"{os.path.basename(path):36} {len(doc.lines):6d} {len(facts):6d} "
              f"{statistics.median(ex):13.3f} {statistics.median(meta):11.3f} {statistics.median(full):13.3f}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
