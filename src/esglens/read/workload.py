"""A report's expected work before it is read: what a parallel ingest hands out longest first.

Longest-first scheduling ends a batch on short reports, so no core idles long while the last one finishes.
The guess must rank reports by the CPU they take, not by their size on disk: a PDF's bytes are mostly its
images (a 15-page brochure of 3.3 MB takes less work than a 21-page table-heavy range of 0.4 MB), while the
work of reading and analysing a PDF follows its page count. So a PDF is costed by pages, any other file by
its bytes of text. The two rates are named settings measured on the corpus (CPU of one core, warm worker):
text 0.36–0.99 s for 83–190 KB (~5 ms a KB), PDF page ranges 0.70–1.43 s for 15–21 pages (~50 ms a page).
"""
from __future__ import annotations

import os

# CPU seconds of one warm core (named settings; only the ranking they give matters).
SECONDS_PER_TEXT_KB = 0.005
SECONDS_PER_PDF_PAGE = 0.05
# A PDF whose pages cannot be counted here (damaged, encrypted): costed as text of the same size would be,
# divided by this (a PDF's bytes are mostly images and fonts).
PDF_BYTES_PER_TEXT_BYTE = 8
# Every report's fixed part: opening, the stages' set-up, storing its rows.
SECONDS_PER_REPORT = 0.05


def expected_seconds(path: str) -> float:
    """The guessed CPU seconds of analysing the report at `path` (0 for a file that cannot be looked at:
    the reader reports it at once)."""
    try:
        size = os.path.getsize(path)
    except (OSError, TypeError, ValueError):
        return 0.0
    if str(path).lower().endswith(".pdf"):
        pages = pdf_pages(path)
        if pages is not None:
            return SECONDS_PER_REPORT + pages * SECONDS_PER_PDF_PAGE
        size //= PDF_BYTES_PER_TEXT_BYTE
    return SECONDS_PER_REPORT + size / 1024 * SECONDS_PER_TEXT_KB


def pdf_pages(path: str) -> int | None:
    """The page count of a PDF (pdfium reads the cross-reference table and page tree, no page), or None."""
    try:
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(path)
    except Exception:  # noqa: BLE001 — pypdfium2 missing, or a file pdfium refuses: costed by size
        return None
    try:
        return len(pdf)
    finally:
        pdf.close()
