#!/usr/bin/env python3
"""Key-free precision probe on the 10 PDFs: a seeded sample of the facts esglens emits, judged by hand.

    nice .venv/bin/python bench/pdf_precision_probe.py draw SEED [N [ALL.jsonl]]  # N facts (default 120), JSONL
    nice .venv/bin/python bench/pdf_precision_probe.py score JUDGED.jsonl  # precision, failures by mechanism
    nice .venv/bin/python bench/pdf_precision_probe.py still JUDGED.jsonl [ALL.jsonl]  # judged facts still emitted
    nice .venv/bin/python bench/pdf_precision_probe.py dump > ALL.jsonl    # every fact (held-out pages left out)

draw: every fact (table and narrative) of the 10 PDFs in ../shared/corpus/pdf, less the held-out pages
(HELD_OUT below: the h105 keys' pages, and those listed in /work/notes/h111-pages.txt when it exists); the same
number per PDF (N // 10, the rest from random.Random(SEED + 1) over what is left), random.Random(SEED). Each
line carries the fact and, to judge it by, the table row it stands in (cells as read) or its sentence.
A judged file is the drawn file with two fields added to each line by a person:
  "verdict": right | not_fact | wrong_value | wrong_year | wrong_unit | wrong_label
  "why": the mechanism of a failure, a short tag ("nic_code", "serial_number", "page_ref", ...), "" when right.
precision = right / judged; the failures are grouped by verdict and by "why".
still: reads the PDFs again and says, per judged fact, whether esglens still emits it (same page, raw, year
and label): what a change removed, and whether it removed right facts (the cost) or failures (the gain).
Reads every PDF whole (~1-2 min CPU).

Judged by h118: bench/pdf_precision_judged_seed11811.jsonl (before h118's rules; drawn as `draw 11811 130` before
h111's page list existed: the 3 facts it drew on those pages were taken out, 127 judged) and
bench/pdf_precision_judged_seed11812.jsonl (after them).
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "src"))

# pages no helper may look at (BRIEF: the h105 keys, the session's held-out measure)
HELD_OUT = {
    "eni_for_2021_sustainability_performance.pdf": {7, 34},
    "siemens_ltd_india_brsr_fy2022.pdf": {7, 15},
    "vedanta_ltd_brsr_fy2022-23.pdf": {1, 4},
    "toshiba_integrated_report_2021.pdf": {29, 82},
    "united_spirits_brsr_fy2023-24.pdf": {21, 54},
    "riotinto-2023-climate-change-report.pdf": {25},
    "tokyo_gas_sustainability_factbook_2022.pdf": {21, 22, 23, 24},
}
H111_PAGES = Path("/work/notes/h111-pages.txt")
FIELDS = ("page", "source", "raw", "value", "unit", "year", "label", "column", "table_id")
VERDICTS = ("right", "not_fact", "wrong_value", "wrong_year", "wrong_unit", "wrong_label")


def held_out() -> dict[str, set[int]]:
    out = {k: set(v) for k, v in HELD_OUT.items()}
    if H111_PAGES.exists():   # "<pdf file name> <page>" a line; "#" opens a comment
        for line in H111_PAGES.read_text(encoding="utf-8").splitlines():
            m = re.fullmatch(r"\s*(\S+\.pdf)\s+(\d+)\s*", line.split("#")[0])
            if m:
                out.setdefault(m.group(1), set()).add(int(m.group(2)))
    return out


def _context(doc, f) -> str:
    """The table row the fact stands in (its cells, ' | '), or its sentence."""
    from esglens.model import TableBlock
    if f.source != "table":
        return (f.evidence or "")[:400]
    for b in doc.blocks:
        if isinstance(b, TableBlock) and b.id == f.table_id:
            rows = [r for r in b.rows if r.page == f.page and f.raw in r.cells]
            if f.box is not None:
                rows = [r for r in rows if any(x and abs(x[1] - f.box[1]) < 2 for x in (r.boxes or []))] or rows
            if rows:
                return " | ".join(rows[0].cells)[:400]
    return ""


def all_facts() -> list[dict]:
    from esglens.facts import extract_facts
    from esglens.read.pdf import read_pdf
    skip = held_out()
    out = []
    for pdf in sorted((SHARED / "corpus" / "pdf").glob("*.pdf")):
        doc = read_pdf(str(pdf))
        for f in extract_facts(doc):
            if f.page in skip.get(pdf.name, ()):
                continue
            out.append({"pdf": pdf.name, **{k: getattr(f, k) for k in FIELDS}, "context": _context(doc, f)})
    return out


def _key(d: dict) -> tuple:
    return (d["pdf"], d["page"], d["raw"], d["year"], d["label"])


def draw(seed: int, n: int, dump: str | None = None) -> list[dict]:
    """`dump`: a file written by `dump` (read instead of the PDFs; its held-out pages are left out again)."""
    skip = held_out()
    facts = [f for f in (json.loads(x) for x in Path(dump).read_text(encoding="utf-8").splitlines() if x.strip())
             if f["page"] not in skip.get(f["pdf"], ())] if dump else all_facts()
    by_pdf = defaultdict(list)
    for f in facts:
        by_pdf[f["pdf"]].append(f)
    rng = random.Random(seed)
    picked = []
    for pdf in sorted(by_pdf):
        picked += rng.sample(by_pdf[pdf], min(n // len(by_pdf), len(by_pdf[pdf])))
    rest = [f for f in facts if f not in picked]
    picked += random.Random(seed + 1).sample(rest, max(0, n - len(picked)))
    return picked


def score(rows: list[dict]) -> str:
    judged = [r for r in rows if r.get("verdict") in VERDICTS]
    right = sum(r["verdict"] == "right" for r in judged)
    lines = [f"judged {len(judged)} of {len(rows)}: right {right}, precision {100 * right / max(1, len(judged)):.1f} %"]
    for src in ("table", "narrative"):
        part = [r for r in judged if r["source"] == src]
        ok = sum(r["verdict"] == "right" for r in part)
        lines.append(f"  {src}: {ok}/{len(part)} right ({100 * ok / max(1, len(part)):.1f} %)")
    lines.append("by verdict: " + ", ".join(f"{k} {v}" for k, v in Counter(r["verdict"] for r in judged).most_common()))
    lines.append("failures by mechanism:")
    for why, k in Counter(r.get("why") or "?" for r in judged if r["verdict"] != "right").most_common():
        lines.append(f"  {k:3d}  {why}")
    return "\n".join(lines)


def still(rows: list[dict], dump: str | None = None) -> str:
    """`dump`: a file written by `dump`, read instead of the PDFs."""
    now = {_key(json.loads(x)) for x in Path(dump).read_text(encoding="utf-8").splitlines() if x.strip()} if dump \
        else {_key(f) for f in all_facts()}
    gone = [r for r in rows if _key(r) not in now]
    lines = [f"{len(rows) - len(gone)} of {len(rows)} judged facts still emitted; {len(gone)} gone:"]
    lines += [f"  {r.get('verdict', '?'):11s} {r.get('why', '')!s:18s} {r['pdf'][:12]} p{r['page']} {r['raw']!r} "
              f"{r['label'][:60]!r}" for r in gone]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("draw", "score", "still", "dump"):
        print(__doc__)
        return 2
    if argv[0] in ("draw", "dump"):
        picked = draw(int(argv[1]), int(argv[2]) if len(argv) > 2 else 120, argv[3] if len(argv) > 3 else None) \
            if argv[0] == "draw" else all_facts()
        for f in picked:
            print(json.dumps(f, ensure_ascii=False))
        return 0
    rows = [json.loads(x) for x in Path(argv[1]).read_text(encoding="utf-8").splitlines() if x.strip()]
    print(score(rows) if argv[0] == "score" else still(rows, argv[2] if len(argv) > 2 else None))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
