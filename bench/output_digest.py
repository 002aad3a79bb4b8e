"""What analyze() returns, dumped to JSON, to show a speed change leaves the output as it was (not a test).

    python bench/output_digest.py --out before.json            # the 3 sample texts and the 2 unkeyed texts
    ... change the code ...
    python bench/output_digest.py --out after.json --diff before.json   # exit 1 and the first differences

Every slot of the result is kept except the timings and seconds (facts, findings, index entries, coverage,
profile, report year, status, issues, stages run, extras) and the document's blocks, in order, so a
difference anywhere shows. Paths default to ../shared/corpus/reports and ../shared/corpus/text-unkeyed.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys

from esglens.pipeline import analyze
from esglens.read import find_reports

DEFAULT = ["../shared/corpus/reports", "../shared/corpus/text-unkeyed"]


def _plain(value):
    """JSON-able copy of a result value (dataclasses, tuples, sets, floats as repr for exactness)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted((_plain(v) for v in value), key=repr)
    if isinstance(value, float):
        return repr(value)
    if value is None or isinstance(value, (str, int, bool)):
        return value
    return repr(value)


def digest(path: str) -> dict:
    result = analyze(path)
    doc = result.document
    return {
        "blocks": _plain(doc.blocks),
        "doc_report_year": doc.report_year,
        "warnings": list(doc.warnings),
        "facts": _plain(result.facts),
        "findings": _plain(result.findings),
        "index_entries": _plain(result.index_entries),
        "coverage": _plain(result.coverage),
        "profile": _plain(result.profile),
        "report_year": result.report_year,
        "status": result.status,
        "issues": _plain(result.issues),
        "stages_run": list(result.stages_run),
        "extras": _plain(result.extras),
    }


def _diff(old, new, where: str, out: list[str], limit: int = 20) -> None:
    if len(out) >= limit or old == new:
        return
    if isinstance(old, dict) and isinstance(new, dict):
        for k in sorted(set(old) | set(new)):
            if k not in old or k not in new:
                out.append(f"{where}.{k}: only in {'after' if k not in old else 'before'}")
            else:
                _diff(old[k], new[k], f"{where}.{k}", out, limit)
    elif isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        for i, (a, b) in enumerate(zip(old, new)):
            _diff(a, b, f"{where}[{i}]", out, limit)
    else:
        a, b = json.dumps(old, ensure_ascii=False), json.dumps(new, ensure_ascii=False)
        if isinstance(old, list) and isinstance(new, list):
            a, b = f"{len(old)} items", f"{len(new)} items"
        out.append(f"{where}: {a[:200]} -> {b[:200]}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="*", default=DEFAULT)
    ap.add_argument("--out", required=True, help="write the digest here (JSON)")
    ap.add_argument("--diff", help="an earlier digest to compare with; exit 1 when they differ")
    args = ap.parse_args()
    data = {os.path.basename(p): digest(p) for p in find_reports(args.paths)}
    with open(args.out, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1, sort_keys=True)
    for name, d in data.items():
        print(f"{name:40} facts {len(d['facts']):5d}  findings {len(d['findings']):4d}  "
              f"index {len(d['index_entries']):4d}  profile keys {len(d['profile']):3d}")
    if not args.diff:
        return 0
    with open(args.diff, encoding="utf-8") as fh:
        old = json.load(fh)
    new = json.loads(json.dumps(data, ensure_ascii=False))
    out: list[str] = []
    _diff(old, new, "", out)
    if not out:
        print(f"identical to {args.diff}")
        return 0
    print(f"DIFFERENT from {args.diff}:")
    print("\n".join(out))
    return 1


if __name__ == "__main__":
    sys.exit(main())
