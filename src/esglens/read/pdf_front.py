"""A PDF read only in part (`read_pdf(path, pages=[…])`, a quick look at a few pages) still belongs to a
report: the year that report covers is named on its first pages (cover, "about this report"), not on the
page looked at (a lone page may name only "targets in 2008" or "by 2030"). The raw text of the first pages
is kept on the document for that; no fact is read from it."""
from __future__ import annotations

import pypdfium2 as pdfium

# the cover, contents and "about this report" stand within this many first pages
FRONT_PAGES = 4
# characters kept per page (a cover or contents page is short; a dense page is cut)
FRONT_CHARS = 6000


def front_text(pdf: pdfium.PdfDocument, wanted: list[int]) -> list[str] | None:
    """The text lines of the document's first pages not among the 0-based `wanted` pages read; None when
    they all are (the document's own lines hold them)."""
    first = range(min(FRONT_PAGES, len(pdf)))
    if all(i in wanted for i in first):
        return None
    out: list[str] = []
    for i in first:
        if i in wanted:
            continue
        try:
            textpage = pdf[i].get_textpage()
            text = textpage.get_text_range()[:FRONT_CHARS]
            textpage.close()
        except pdfium.PdfiumError:
            continue
        out += [t.strip() for t in text.splitlines() if t.strip()]
    return out
