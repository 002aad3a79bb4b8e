"""CPU of a report the process has not seen (not a test): what a user's new report costs once warm.

    python bench/bench_unseen.py [--rounds 3] [REPORT ...]

bench_scale's warm figure analyses the same text again, so every per-text cache (core.memo.kept, the catalog's
memos) already holds its labels; a new report meets them cold. Here each report is analysed once in a fresh
process that first analysed the other reports (imports, catalogs, patterns warm; this text unseen): CPU
seconds per stage (process_time), the best of --rounds processes. Defaults to the three sample reports.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "reports"


def _one(target: str, others: list[str]) -> dict[str, float]:
    import esglens.pipeline as pipeline
    from esglens.core.settings import PIPELINE

    for p in others:
        pipeline.analyze(p)
    # the pipeline's stage clock read from process_time, no time budget (a budget arms a timer)
    pipeline.time = type("CpuClock", (), {"perf_counter": staticmethod(time.process_time)})
    c = time.process_time()
    r = pipeline.analyze(target, settings=PIPELINE.replace(time_budget=None))
    return {"read": r.timings.get("read", 0.0), **r.timings, "total": time.process_time() - c}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("reports", nargs="*")
    ap.add_argument("--rounds", type=int, default=3, help="fresh processes per report; the best CPU counts")
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(_one(args.child[0], args.child[1:])))
        return
    reports = args.reports or [str(p) for p in sorted(SAMPLES.glob("*.txt"))]
    for target in reports:
        others = [r for r in reports if r != target]
        best: dict[str, float] = {}
        for _ in range(args.rounds):
            out = subprocess.run([sys.executable, __file__, "--child", target, *others], check=True,
                                 capture_output=True, text=True).stdout
            t = json.loads(out.strip().splitlines()[-1])
            best = t if not best else {s: min(v, best.get(s, v)) for s, v in t.items()}
        print(f"{Path(target).name}, unseen, CPU ms (best of {args.rounds}): "
              + ", ".join(f"{s} {v * 1000:.0f}" for s, v in best.items()))


if __name__ == "__main__":
    main()
