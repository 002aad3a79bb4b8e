"""Read a PDF report into a Document: text lines with page numbers, headings by type size,
paragraphs, and tables rebuilt from word positions (see pdf_tables).

pypdfium2 (Apache/BSD) reads the text layer; it is fast enough for a 300-page report in seconds.
"""
from __future__ import annotations

import ctypes
import hashlib
import os
import re
from collections import Counter
from collections.abc import Iterable

import pypdfium2 as pdfium
import pypdfium2.raw as R

from ..errors import InputError
from ..model import Block, Document, Heading, Paragraph, RawRow, TableBlock, TextLine
from .pdf_chars import page_chars, words_of
from .pdf_furniture import PageLines, find_furniture, printed_numbers
from .pdf_layout import reading_order
from .pdf_lines import Fragment, Line, build_lines
from .pdf_tables import PageTable, find_tables, is_year

MAX_PDF_BYTES = int(os.environ.get("ESGLENS_MAX_PDF_MB", "500")) * 1024 * 1024


class _Page:
    def __init__(self, number: int, lines: list[Line], angle: int, height: float):
        self.number = number
        self.lines = lines
        self.angle = angle
        self.height = height
        self.tables: list[PageTable] = []
        self.furniture: list[Line] = []     # running headers and footers: in doc.lines, not in blocks


def read_pdf(path: str, pages: Iterable[int] | None = None) -> Document:
    """Read every page, or only the 1-based `pages` given (a quick look at a few pages)."""
    data = _read_bytes(path)
    pdf = _open(path, data)
    try:
        count = len(pdf)
        wanted = range(count) if pages is None else sorted({p - 1 for p in pages if 0 < p <= count})
        pages = [_read_page(pdf, i, path) for i in wanted]
        labels = page_labels(pdf)
    finally:
        pdf.close()
    printed = _split_furniture(pages)
    for p in pages:
        p.tables = find_tables(p.lines)
    doc = Document(path=path, name=os.path.basename(path), sha256=hashlib.sha256(data).hexdigest(),
                   kind="pdf", lines=[], page_count=count)
    doc.page_labels = _labels(labels, printed, count)
    empty = [p.number for p in pages if not p.lines]
    if pages and len(empty) == len(pages):
        raise InputError(path, "no text layer on any page (a scanned PDF needs OCR first)")
    for n in empty:
        doc.warnings.append(f"page {n} has no text layer")
    if labels and any(lbl != str(i + 1) for i, lbl in enumerate(labels) if lbl):
        doc.warnings.append("printed page labels: " + ", ".join(
            f"{i + 1}={lbl}" for i, lbl in enumerate(labels) if lbl and lbl != str(i + 1))[:2000])
    body = _body_size(pages)
    heading_sizes = _heading_levels(pages, body)
    prev_table: TableBlock | None = None
    section: str | None = None
    tcount = 0
    for p in pages:
        first_on_page = True
        prev_frag: Fragment | None = None
        head = [ln for ln in p.furniture if ln.top < p.height / 2]
        doc.lines += [TextLine(text=ln.text, page=p.number) for ln in head]
        for item in _page_items(p):
            if isinstance(item, PageTable) and item.contents:
                # a contents list: its lines are the page's text, but it is neither data nor prose
                doc.lines += [TextLine(text=ln.text, page=p.number) for ln in item.lines]
                prev_frag = None
                continue
            if isinstance(item, PageTable):
                tcount += 1
                # only the first table of a page continues the last table of the page before
                cont = prev_table if first_on_page and prev_table is not None \
                    and prev_table.rows[-1].page == p.number - 1 else None
                first_on_page = False
                block = _table_block(item, p.number, tcount, section, cont)
                doc.blocks.append(block)
                for row in block.rows:
                    if row.page == p.number and any(row.cells):
                        doc.lines.append(TextLine(text=" | ".join(c for c in row.cells if c), page=p.number))
                prev_table = block
                prev_frag = None
                continue
            text = item.text
            doc.lines.append(TextLine(text=text, page=p.number))
            level = heading_sizes.get(round(item.size, 1))
            if level and len(text.split()) <= 16 and re.search(r"[^\W\d_]", text):
                last = doc.blocks[-1] if doc.blocks else None
                if isinstance(last, Heading) and last.page == p.number and last.level == level:
                    last.text = last.text + " " + text  # a heading wrapped over two lines
                else:
                    doc.blocks.append(Heading(text=text, level=level, page=p.number))
                section = doc.blocks[-1].text
                prev_table = None
                prev_frag = None
            else:
                _add_paragraph(doc.blocks, text, p.number, item, prev_frag)
                prev_frag = item
                if len(text) > 60:
                    prev_table = None
        doc.lines += [TextLine(text=ln.text, page=p.number) for ln in p.furniture if ln not in head]
    return doc


def _split_furniture(pages: list[_Page]) -> dict[int, str]:
    """Move running headers and footers out of each page's lines; the page numbers they print."""
    listed = [PageLines(p.number, p.lines, p.height) for p in pages]
    furn = find_furniture(listed)
    printed = printed_numbers(listed, furn)
    for p in pages:
        drop = furn.get(p.number, set())
        p.furniture = [ln for i, ln in enumerate(p.lines) if i in drop]
        p.lines = [ln for i, ln in enumerate(p.lines) if i not in drop]
    return printed


def _labels(defined: list[str | None], printed: dict[int, str], count: int) -> list[str | None] | None:
    """Page labels the PDF defines, unless they merely count the pages and the footers print
    other numbers; else the numbers printed in headers and footers."""
    trivial = all(lbl in (None, str(i + 1)) for i, lbl in enumerate(defined))
    if any(defined) and not (trivial and printed and any(printed[n] != str(n) for n in printed)):
        return list(defined)
    if printed:
        return [printed.get(i + 1) for i in range(count)]
    return None


def _read_bytes(path: str) -> bytes:
    try:
        size = os.path.getsize(path)
        if size > MAX_PDF_BYTES:
            raise InputError(path, f"too large ({size // (1024 * 1024)} MB; limit ESGLENS_MAX_PDF_MB)")
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise InputError(path, f"cannot read ({exc.strerror or exc})")
    if not data.strip():
        raise InputError(path, "empty file")
    if not data.lstrip()[:5] == b"%PDF-":
        raise InputError(path, "not a PDF (no %PDF- header)")
    return data


def _open(path: str, data: bytes) -> pdfium.PdfDocument:
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        msg = str(exc).lower()
        if "password" in msg:
            raise InputError(path, "encrypted PDF (a password is needed to open it)")
        if b"%%EOF" not in data.rstrip()[-64:]:
            raise InputError(path, f"truncated PDF (no end-of-file marker; {_short(exc)})")
        raise InputError(path, f"corrupt PDF ({_short(exc)})")
    if len(pdf) == 0:
        pdf.close()
        raise InputError(path, "PDF has no pages (truncated or corrupt)")
    return pdf


def _short(exc: Exception) -> str:
    return re.sub(r"\s+", " ", str(exc)).strip()[:120]


def page_labels(pdf: pdfium.PdfDocument) -> list[str | None]:
    """The printed page labels the PDF defines ("iv", "37"), one per page, None where absent."""
    out: list[str | None] = []
    for i in range(len(pdf)):
        n = R.FPDF_GetPageLabel(pdf.raw, i, None, 0)
        if n <= 2:
            out.append(None)
            continue
        buf = ctypes.create_string_buffer(n)
        R.FPDF_GetPageLabel(pdf.raw, i, buf, n)
        out.append(buf.raw[: n - 2].decode("utf-16-le", "replace"))
    return out


def _read_page(pdf: pdfium.PdfDocument, i: int, path: str) -> _Page:
    try:
        page = pdf[i]
        width, height = page.get_size()
        textpage = page.get_textpage()
        try:
            chars, angle = page_chars(textpage, width, height)
        finally:
            textpage.close()
            page.close()
    except pdfium.PdfiumError as exc:
        raise InputError(path, f"page {i + 1} cannot be read ({_short(exc)})")
    reading_height = width if angle in (90, 270) else height
    return _Page(i + 1, build_lines(words_of(chars)), angle, reading_height)


def _page_items(p: _Page) -> list:
    in_table = {id(f) for t in p.tables for ln in t.lines for f in ln.frags}
    frags = [f for ln in p.lines for f in ln.frags if id(f) not in in_table]
    return _join_lines(reading_order(frags + p.tables))


def _join_lines(items: list) -> list:
    """Fragments read one after another on the same baseline are one text line."""
    out: list = []
    for it in items:
        prev = out[-1] if out else None
        if isinstance(it, Fragment) and isinstance(prev, Fragment) and abs(it.base - prev.base) < 0.3 * it.size \
                and it.x0 > prev.x1 and it.x0 - prev.x1 < 3 * it.size:
            out[-1] = Fragment(words=prev.words + it.words)
        else:
            out.append(it)
    return out


def _body_size(pages: list[_Page]) -> float:
    sizes: Counter[float] = Counter()
    for p in pages:
        for ln in p.lines:
            for f in ln.frags:
                sizes[round(f.size, 1)] += len(f.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _heading_levels(pages: list[_Page], body: float) -> dict[float, int]:
    """Type sizes clearly above the body text are heading levels, the largest level 1."""
    big: Counter[float] = Counter()
    for p in pages:
        for ln in p.lines:
            for f in ln.frags:
                if f.size >= 1.2 * body and len(f.text.split()) <= 16:
                    big[round(f.size, 1)] += 1
    levels = sorted(big, reverse=True)
    return {s: i + 1 for i, s in enumerate(levels)}


_LIST_ITEM = re.compile(r"^(\(?(\d{1,2}|[a-z]|[ivx]{1,4})[.)]|[•▪●■◦*–-])\s")


def _add_paragraph(blocks: list[Block], text: str, page: int, frag: Fragment,
                   prev: Fragment | None) -> None:
    """A line continues the paragraph of the line read just before it when it stands right below
    it in the same type (a sentence broken over lines stays one); a list item, a sentence that
    ended with the line before and starts with a capital, or a gap in the column starts anew."""
    last = blocks[-1] if blocks else None
    if isinstance(last, Paragraph) and last.page == page and _continues(last.text, text, frag, prev):
        if last.text.endswith("-") and len(last.text) > 1 and last.text[-2].isalpha() and text[:1].islower():
            last.text = last.text[:-1] + text   # a word hyphenated at the line end
        else:
            last.text = last.text + " " + text
        return
    blocks.append(Paragraph(text=text, page=page))


def _continues(before: str, text: str, frag: Fragment, prev: Fragment | None) -> bool:
    if _LIST_ITEM.match(text) or re.fullmatch(r"[\d.,%\s]+", text) or re.fullmatch(r"[\d.,%\s]+", before):
        return False   # a number standing alone on its line is a chart label or a page number, not prose
    ended = re.search(r"[.:;!?。]$", before) is not None
    if prev is None:
        return not ended and text[:1].islower()
    below = 0 < frag.base - prev.base <= 1.6 * max(frag.size, prev.size)
    same_type = abs(frag.size - prev.size) <= 0.15 * prev.size
    # the same column: the line starts where the one above did, or under its hanging indent
    aligned = prev.x0 - 2 <= frag.x0 <= prev.x0 + 2.5 * prev.size
    if not (below and same_type and aligned):
        return False
    return not ended or text[:1].islower()


def _table_block(t: PageTable, page: int, n: int, section: str | None, prev: TableBlock | None) -> TableBlock:
    rows = [RawRow(cells=r, page=page) for r in t.rows]
    title = t.title
    has_years = t.header_rows and sum(1 for c in t.rows[0] if is_year(c)) >= 1
    if not has_years and prev is not None and prev.rows and len(prev.rows[0].cells) == len(t.rows[0]):
        # continued from the previous page or block: repeat its header so the years carry over
        rows.insert(0, RawRow(cells=list(prev.rows[0].cells), page=page))
        title = title or prev.title
    return TableBlock(id=f"p{page}-t{n}", rows=rows, title=title, section=section, positioned=True)
