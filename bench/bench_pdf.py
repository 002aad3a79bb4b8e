"""Pages per second of the PDF reader on one core, against pdfplumber's own table extraction.

    python bench/bench_pdf.py [REPORT.pdf ...] [--pages 39-41]

Defaults to the Rio Tinto climate report in ../shared. Both read the same pages; esglens reads
text, headings and tables, pdfplumber only words and tables.
"""
from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEFAULT = SHARED / "corpus" / "pdf" / "riotinto-2023-climate-change-report.pdf"


def _pages(spec: str | None, count: int) -> list[int]:
    if not spec:
        return list(range(1, count + 1))
    a, _, b = spec.partition("-")
    return list(range(int(a), int(b or a) + 1))


def bench(path: str, spec: str | None) -> None:
    import pdfplumber
    import pypdfium2 as pdfium

    from esglens.read.pdf import read_pdf

    with pdfium.PdfDocument(path) as pdf:
        count = len(pdf)
    pages = _pages(spec, count)
    t = time.perf_counter()
    doc = read_pdf(path, pages=pages)
    ours = time.perf_counter() - t
    t = time.perf_counter()
    n_tables = 0
    with pdfplumber.open(path) as pdf:
        for p in pages:
            n_tables += len(pdf.pages[p - 1].extract_tables())
    theirs = time.perf_counter() - t
    n = len(pages)
    print(f"{os.path.basename(path)}: {n} pages")
    print(f"  esglens     {ours:7.2f} s  {n / ours:7.1f} pages/s  {len(doc.tables)} tables, {len(doc.lines)} lines")
    print(f"  pdfplumber  {theirs:7.2f} s  {n / theirs:7.1f} pages/s  {n_tables} tables (extract_tables)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("reports", nargs="*")
    ap.add_argument("--pages", help="a page range, 1-based: 39-41")
    args = ap.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    reports = args.reports or [str(DEFAULT)]
    for r in reports:
        if not os.path.exists(r):
            raise SystemExit(f"{r}: no such file")
        bench(r, args.pages)


if __name__ == "__main__":
    main()
