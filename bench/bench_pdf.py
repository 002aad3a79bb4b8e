"""The PDF reader on one core against pypdfium2's raw text and pdfplumber's table extraction.

    python bench/bench_pdf.py [REPORT.pdf ...] [--pages 39-41] [--runs 3] [--no-plumber]

Defaults to the Rio Tinto climate report in ../shared. All read the same pages: esglens reads text,
headings and tables (read_pdf), pypdfium2 only the raw text (load each page's text, get_text_range),
pdfplumber words and tables. Times are CPU seconds of this process, the best of --runs runs, so a
loaded machine (other processes on the cores) moves them little; the ratio is taken in the same run.
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


def _best_cpu(fn, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        t = time.process_time()
        fn()
        best = min(best, time.process_time() - t)
    return best


def bench(path: str, spec: str | None, runs: int = 3, plumber: bool = True) -> None:
    import pypdfium2 as pdfium

    from esglens.read import pdf_chars
    from esglens.read.pdf import read_pdf

    with pdfium.PdfDocument(path) as pdf:
        count = len(pdf)
    pages = _pages(spec, count)

    def raw() -> None:
        pdf = pdfium.PdfDocument(path)
        for p in pages:
            page = pdf[p - 1]
            text = page.get_textpage()
            text.get_text_range()
            text.close()
            page.close()
        pdf.close()

    docs = []
    ours = _best_cpu(lambda: docs.append(read_pdf(path, pages=pages)), runs)
    theirs = _best_cpu(raw, runs)
    n, doc = len(pages), docs[-1]
    try:    # the C loops' loader (read/pdf_c_loop since the split of pdf_chars); older esglens: pdf_chars._loop
        from esglens.read.pdf_c_loop import chars_loop as _loop
    except ImportError:
        _loop = getattr(pdf_chars, "_loop", lambda: None)
    loop = _loop()
    loop = "C loop" if loop is not None else "Python calls (C loop not built or older esglens)"
    print(f"{os.path.basename(path)}: {n} pages, CPU seconds, best of {runs} ({loop})")
    print(f"  esglens     {ours:7.2f} s  {1000 * ours / n:6.1f} ms/page  {len(doc.tables)} tables, {len(doc.lines)} lines")
    print(f"  pypdfium2   {theirs:7.2f} s  {1000 * theirs / n:6.1f} ms/page  raw text")
    print(f"  esglens / pypdfium2 raw text: {ours / theirs:.1f}x")
    if plumber:
        import pdfplumber

        n_tables = []

        def tables() -> None:
            with pdfplumber.open(path) as pdf:
                n_tables.append(sum(len(pdf.pages[p - 1].extract_tables()) for p in pages))
        plumb = _best_cpu(tables, 1)
        print(f"  pdfplumber  {plumb:7.2f} s  {1000 * plumb / n:6.1f} ms/page  {n_tables[-1]} tables (extract_tables)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("reports", nargs="*")
    ap.add_argument("--pages", help="a page range, 1-based: 39-41")
    ap.add_argument("--runs", type=int, default=3, help="runs of each reader; the best CPU time counts")
    ap.add_argument("--no-plumber", action="store_true", help="skip pdfplumber (slow)")
    args = ap.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    reports = args.reports or [str(DEFAULT)]
    for r in reports:
        if not os.path.exists(r):
            raise SystemExit(f"{r}: no such file")
        bench(r, args.pages, args.runs, not args.no_plumber)


if __name__ == "__main__":
    main()
