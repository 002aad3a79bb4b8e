"""What esglens outputs for each corpus PDF, dumped and hashed: the check that a change meant only to make
the reader faster (issue 17) changes no output.

    python bench/pdf_output_digest.py --out DIR [REPORT.pdf ...] [--read-only]
    diff -r BEFORE_DIR AFTER_DIR            # or compare the digest lines printed

For each PDF (default: every PDF in ../shared/corpus/pdf) it writes DIR/<name>.read.json (read_pdf's
document: lines with pages, blocks with every cell and box, warnings, page labels) and, unless --read-only,
DIR/<name>.facts.json (pipeline.analyze: every fact, finding and index entry as dicts, the profile), and
prints one line per PDF with the sha256 of each dump. Timings and paths are left out (they differ by run).
"""
from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import os
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus" / "pdf"


def _plain(x):
    if dataclasses.is_dataclass(x):
        return {f.name: _plain(getattr(x, f.name)) for f in dataclasses.fields(x)}
    if isinstance(x, dict):
        return {str(k): _plain(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [_plain(v) for v in x]
    if isinstance(x, float):
        return repr(x)          # every bit: 0.1 + 0.2 and 0.3 differ here
    return x


def _dump(obj, path: Path) -> str:
    text = json.dumps(obj, ensure_ascii=False, indent=1, sort_keys=True, default=repr)
    path.write_text(text, encoding="utf-8")
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def read_dump(pdf: str) -> dict:
    from esglens.read.pdf import read_pdf

    doc = read_pdf(pdf)
    d = _plain(doc)
    d.pop("path", None)
    return d


def facts_dump(pdf: str) -> dict:
    from esglens.pipeline import analyze

    r = analyze(pdf)
    return {"facts": _plain(r.facts), "findings": _plain(r.findings), "index": _plain(r.index_entries),
            "coverage": _plain(r.coverage), "profile": _plain(r.profile), "report_year": r.report_year,
            "status": r.status, "issues": _plain(r.issues)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("reports", nargs="*")
    ap.add_argument("--out", required=True, help="folder for the dumps")
    ap.add_argument("--read-only", action="store_true", help="only read_pdf's document, not the facts")
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    reports = args.reports or sorted(str(p) for p in CORPUS.glob("*.pdf"))
    for pdf in reports:
        name = os.path.basename(pdf)
        line = f"{name}: read {_dump(read_dump(pdf), out / (name + '.read.json'))}"
        if not args.read_only:
            line += f" facts {_dump(facts_dump(pdf), out / (name + '.facts.json'))}"
        print(line, flush=True)


if __name__ == "__main__":
    main()
