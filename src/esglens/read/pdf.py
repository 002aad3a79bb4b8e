"""Read a PDF report into a Document: text lines with page numbers, headings by type size,
paragraphs, and tables rebuilt from word positions (see pdf_tables); the file opened by pdf_open.

pypdfium2 (Apache/BSD) reads the text layer; it is fast enough for a 300-page report in seconds.
"""
from __future__ import annotations

import hashlib
import os
import re
from collections import Counter
from collections.abc import Iterable

import pypdfium2 as pdfium

from ..core.gcpause import paused
from ..errors import InputError
from ..model import Block, Document, Heading, Paragraph, RawRow, TableBlock, TextLine
from .pdf_chart_callouts import find_callouts
from .pdf_chart_stacks import find_stacks
from .pdf_dense import dense_pages, over_figures_cap
from .pdf_front import front_text
from .pdf_furniture import PageLines, find_furniture, printed_numbers
from .pdf_layout import reading_order
from .pdf_lines import Fragment, Line, build_lines, printed_lines
from .pdf_matrix import find_matrices
from .pdf_open import open_pdf, page_labels, page_labels_of, read_bytes, short
from .pdf_panels import find_panels
from .pdf_regions import mark_regions
from .pdf_status import find_status_rows
from .pdf_tables import PageTable, find_tables, is_year
from .pdf_words import page_words
from .pdf_ruled import find_ruled
from .pdf_chart_colours import series_by_colour
from .pdf_rulings import Rulings, page_rulings


_DIGIT = re.compile(r"\d")


class _Page:
    def __init__(self, number: int, lines: list[Line], angle: int, height: float):
        self.number = number
        self.lines = lines
        self.angle = angle
        self.height = height
        self.tables: list[PageTable] = []
        self.furniture: list[Line] = []     # running headers and footers: in doc.lines, not in blocks
        self.figures: int | None = None     # a page over limits.max_figures_per_page (not read): its figures
        self.rulings: Rulings | None = None  # the rules it draws (pdf_rulings): ruled tables read from them


@paused()   # a page's words and fragments: ~25 % of the reader's CPU went to the collector (core.gcpause)
def read_pdf(path: str, pages: Iterable[int] | None = None) -> Document:
    """Read every page, or only the 1-based `pages` given (a quick look at a few pages).
    A page that cannot be read, or whose tables cannot be rebuilt, is reported in the document's
    warnings with its number and the reason; the other pages are read."""
    data = read_bytes(path)
    pdf = open_pdf(path, data)
    problems: list[str] = []
    try:
        count = len(pdf)
        wanted = range(count) if pages is None else sorted({p - 1 for p in pages if 0 < p <= count})
        read = [_read_page(pdf, i, problems) for i in wanted]
        labels = page_labels(pdf)
        front = front_text(pdf, list(wanted)) if pages is not None else None
    finally:
        pdf.close()
    pages = [p for p in read if p is not None]
    if read and not pages:
        raise InputError(path, f"no page can be read ({problems[0]})")
    printed = _split_furniture(pages)
    body = _body_size(pages)
    for p in pages:
        _find_tables(p, body, problems)
    doc = Document(path=path, name=os.path.basename(path), sha256=hashlib.sha256(data).hexdigest(),
                   kind="pdf", lines=[], page_count=count)
    doc.page_labels = page_labels_of(labels, printed, count)
    doc.front = front
    empty = [p.number for p in pages if not p.lines and p.figures is None]
    if pages and len(empty) == len(pages):
        raise InputError(path, "no text layer on any page (a scanned PDF needs OCR first)")
    doc.warnings += problems + [f"page {n} has no text layer" for n in empty] + dense_pages(doc.name, pages)
    if labels and any(lbl != str(i + 1) for i, lbl in enumerate(labels) if lbl):
        doc.warnings.append("printed page labels: " + ", ".join(
            f"{i + 1}={lbl}" for i, lbl in enumerate(labels) if lbl and lbl != str(i + 1))[:2000])
    _Assembler(doc, _heading_levels(pages, body)).pages(pages)
    _release(pages)
    return doc


def _release(pages: list[_Page]) -> None:
    """Drop the token caches of the pages' fragments once the document is built. A fragment's tokens refer
    back to it (Token.frag): left so, every fragment, word and token of the report is a cycle that only the
    collector's pass frees (~7 % of the reader's CPU, most of it in the pass when read_pdf returns); without
    the caches they are freed when the pages go. Nothing reads the caches after the assembly."""
    for p in pages:
        for ln in (*p.lines, *p.furniture, *(ln for t in p.tables for ln in t.lines)):
            ln.tokens = None
            for f in ln.frags:
                f.tokens = None


def _find_tables(p: _Page, body: float, problems: list[str]) -> None:
    """The page's tables and highlight panels; a failure is the page's problem, not the report's."""
    try:
        p.tables = find_ruled(p.lines, p.rulings)
        # stacked share bars before the whitespace tables: their shares in rows read as a table's (pdf_chart_stacks)
        p.tables += find_stacks(p.lines, p.rulings, _used(p.tables))
        used = _used(p.tables)
        rest = [Line(frags=fs) for ln in p.lines if (fs := [f for f in ln.frags if id(f) not in used])] if used \
            else p.lines
        p.tables += [series_by_colour(t, p.rulings, rest) for t in find_tables(rest)]   # a chart's series by colour
        p.tables += find_matrices(p.lines, _used(p.tables))
        p.tables += find_status_rows(p.lines, _used(p.tables))
        p.tables += find_callouts(p.lines, body, _used(p.tables))
        p.tables += find_panels(p.lines, body, _used(p.tables))
        mark_regions(p.lines, _used(p.tables))
    except Exception as exc:  # noqa: BLE001 - one odd page must not stop the report
        p.tables = []
        problems.append(f"page {p.number}: tables not rebuilt ({type(exc).__name__}: {short(exc)}); "
                        "its text is read as prose")


def _used(tables: list) -> set[int]:
    """The ids of the fragments the page's tables so far hold."""
    return {id(f) for t in tables for ln in t.lines for f in ln.frags}


class _Assembler:
    """Pages into the document's lines and blocks in reading order: headings, paragraphs, tables
    (a table continues the one at the end of the page before; the line above it is its caption)."""

    def __init__(self, doc: Document, heading_sizes: dict[float, int]):
        self.doc = doc
        self.heading_sizes = heading_sizes
        self.prev_table: TableBlock | None = None
        self.section: str | None = None
        self.tcount = 0

    def pages(self, pages: list[_Page]) -> None:
        for p in pages:
            if p.figures is not None:    # over the figures cap: not read
                self.prev_table = None
                continue
            self.first_on_page = True
            self.prev_frag: Fragment | None = None
            self.caption: Fragment | None = None     # the text line read last: a table's caption?
            head = [ln for ln in p.furniture if ln.top < p.height / 2]
            self.doc.lines += [TextLine(text=ln.text, page=p.number) for ln in head]
            for item in _page_items(p):
                if isinstance(item, PageTable):
                    self.table(item, p.number)
                else:
                    self.text(item, p.number)
            self.doc.lines += [TextLine(text=ln.text, page=p.number) for ln in p.furniture if ln not in head]

    def table(self, item: PageTable, page: int) -> None:
        doc = self.doc
        self.prev_frag = None
        if item.contents:
            # a contents list: its lines are the page's text, but it is neither data nor prose
            doc.lines += [TextLine(text=ln.text, page=page) for ln in item.lines]
            return
        self.tcount += 1
        # only the first table of a page continues the last table of the page before
        cont = self.prev_table if self.first_on_page and self.prev_table is not None and not item.panel \
            and self.prev_table.rows[-1].page == page - 1 else None
        self.first_on_page = False
        last = doc.blocks[-1] if doc.blocks and self.caption is not None else None
        if item.title is None and not item.panel and _is_caption(self.caption, item):
            item.title = self.caption.text
            if self.caption.text[:1].islower() and isinstance(last, (Heading, Paragraph)) and last.page == page \
                    and last.text.endswith(self.caption.text) and len(last.text) <= 2 * CAPTION_WORDS * 8:
                item.title = last.text    # "of Sales Volume (…)" goes on from "… as Percentage": the whole title
        self.caption = None
        block = _table_block(item, page, self.tcount, self.section, cont)
        if isinstance(last, Paragraph) and last.page == page and last.text.rstrip().endswith((":", "：")):
            block.lead = re.split(r"(?<=[.;])\s+(?=[A-Z])", last.text.strip())[-1]   # its last sentence
        if item.panel or item.chart:
            block.id = f"p{page}-{'panel' if item.panel else 'chart'}{self.tcount}"
        doc.blocks.append(block)
        if (item.panel or item.withheld) and item.lines:
            # a panel's rows are built (a caption, a unit, "Indicator"), a withheld chart's values are in no row;
            # the page's text is what it prints
            doc.lines += [TextLine(text=t, page=page) for t in printed_lines(item.lines)]
        else:
            for row in block.rows:
                if row.page == page and any(row.cells):
                    doc.lines.append(TextLine(text=" | ".join(c for c in row.cells if c), page=page))
        self.prev_table = None if item.panel else block

    def text(self, item: Fragment, page: int) -> None:
        doc = self.doc
        text = item.text
        if not (_BADGE.fullmatch(text.strip()) and self.caption is not None):
            self.caption = item   # a badge ("OJG") set beside a table's caption is not the caption
        doc.lines.append(TextLine(text=text, page=page))
        level = self.heading_sizes.get(round(item.size, 1))
        if level and len(text.split()) <= 16 and _LETTER.search(text):
            last = doc.blocks[-1] if doc.blocks else None
            if isinstance(last, Heading) and last.page == page and last.level == level:
                last.text = last.text + " " + text  # a heading wrapped over two lines
            else:
                doc.blocks.append(Heading(text=text, level=level, page=page))
            self.section = doc.blocks[-1].text
            self.prev_table = None
            self.prev_frag = None
        else:
            _add_paragraph(doc.blocks, text, page, item, self.prev_frag)
            self.prev_frag = item
            # a line of text between two tables ends the first (a table region's cell does not: a header
            # repeated over a continued table is read as cells, and a cell's wrapped lines are one text)
            if len(text) > 60 and item.region is None:
                self.prev_table = None


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


def _read_page(pdf: pdfium.PdfDocument, i: int, problems: list[str]) -> _Page | None:
    try:
        page = pdf[i]
        width, height = page.get_size()
        box, turned = page.get_bbox(), page.get_rotation()
        textpage = page.get_textpage()
        try:
            if (figures := over_figures_cap(textpage)) is not None:
                dense = _Page(i + 1, [], 0, height)
                dense.figures = figures
                return dense
            words, angle = page_words(textpage, width, height)
            # a page with no figure has no table to rule: its rules are not read
            rulings = page_rulings(page, height) if angle == 0 and turned == 0 and \
                _DIGIT.search("".join(w.text for w in words)) else None
        finally:
            textpage.close()
            page.close()
    except pdfium.PdfiumError as exc:
        problems.append(f"page {i + 1} cannot be read ({short(exc)})")
        return None
    reading_height = width if angle in (90, 270) else height
    if angle == 0 and turned == 0:
        words = _on_page(words, box, height)
    out = _Page(i + 1, build_lines(words), angle, reading_height)
    out.rulings = rulings
    return out


def _on_page(words: list, box: tuple[float, float, float, float], height: float) -> list:
    """The words drawn inside the page's visible box (left, bottom, right, top in PDF space; words
    are in reading space, y = height - y). A page printed as one half of a two-page spread often
    holds the whole spread's text, the other half outside its box (not shown): it is read on its
    own page only, never twice. A word partly inside stays."""
    left, bottom, right, top = box
    return [w for w in words if w.x1 > left and w.x0 < right and w.bottom > height - top and w.top < height - bottom]


def _page_items(p: _Page) -> list:
    in_table = {id(f) for t in p.tables for ln in t.lines for f in ln.frags}
    frags = [f for ln in p.lines for f in ln.frags if id(f) not in in_table]
    return _join_lines(reading_order(frags + p.tables))


def _join_lines(items: list) -> list:
    """Fragments read one after another on the same baseline are one text line (not the cells of a
    table region: pdf_regions cut them apart)."""
    out: list = []
    for it in items:
        prev = out[-1] if out else None
        if isinstance(it, Fragment) and isinstance(prev, Fragment) and abs(it.base - prev.base) < 0.3 * it.size \
                and it.x0 > prev.x1 and it.x0 - prev.x1 < 3 * it.size and not (it.region or prev.region):
            out[-1] = Fragment(words=prev.words + it.words)
        else:
            out.append(it)
    return out


def _body_size(pages: list[_Page]) -> float:
    # characters by type size as drawn, then by size to 0.1 pt: a page has few sizes, so each is rounded
    # once, not once per fragment (the sizes keep the order they are first seen in: most_common's tie)
    raw: dict[float, int] = {}
    get = raw.get
    for p in pages:
        for ln in p.lines:
            for f in ln.frags:
                raw[f.size] = get(f.size, 0) + len(f.text)
    sizes: Counter[float] = Counter()
    for size, n in raw.items():
        sizes[round(size, 1)] += n
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


_ENDED = re.compile(r"[.:;!?。]$")
_FIGURES_ONLY = re.compile(r"[\d.,%\s]+")
_LETTER = re.compile(r"[^\W\d_]")
_LIST_ITEM = re.compile(r"^(\(?(\d{1,2}|[a-z]|[ivx]{1,4})[.)]|[•▪●■◦*–-])\s")


def _add_paragraph(blocks: list[Block], text: str, page: int, frag: Fragment,
                   prev: Fragment | None) -> None:
    """A line continues the paragraph of the line read just before it when it stands right below
    it in the same type (a sentence broken over lines stays one); a list item, a sentence that
    ended with the line before and starts with a capital, or a gap in the column starts anew."""
    last = blocks[-1] if blocks else None
    # a table region's cell is whole already (pdf_regions joined its wrapped lines): never continued
    if isinstance(last, Paragraph) and last.page == page and last.region is None and frag.region is None \
            and _continues(last.text, text, frag, prev):
        if last.text.endswith("-") and len(last.text) > 1 and last.text[-2].isalpha() and text[:1].islower():
            last.text = last.text[:-1] + text   # a word hyphenated at the line end
        else:
            last.text = last.text + " " + text
        return
    blocks.append(Paragraph(text=text, page=page, region=frag.region,
                            column=round(frag.x0, 1) if frag.region else None))


def _continues(before: str, text: str, frag: Fragment, prev: Fragment | None) -> bool:
    if _LIST_ITEM.match(text) or _FIGURES_ONLY.fullmatch(text) or _FIGURES_ONLY.fullmatch(before):
        return False   # a number standing alone on its line is a chart label or a page number, not prose
    # its last two characters: "$" matches at the end or before a final newline (a search over the whole
    # paragraph would read it again for every line that joins it)
    ended = _ENDED.search(before[-2:]) is not None
    if prev is None:
        return not ended and text[:1].islower()
    below = 0 < frag.base - prev.base <= 1.6 * max(frag.size, prev.size)
    same_type = abs(frag.size - prev.size) <= 0.15 * prev.size
    # the same column: the line starts where the one above did, or under its hanging indent
    aligned = prev.x0 - 2 <= frag.x0 <= prev.x0 + 2.5 * prev.size
    if not (below and same_type and aligned):
        return False
    return not ended or text[:1].islower()


# a badge: a code of one to four capitals set beside a title (which companies the data cover: "OJG")
_BADGE = re.compile(r"[A-Z]{1,4}")
# a caption stands at most this many of its type sizes above the table, in at most this many words
CAPTION_GAP = 3.0
CAPTION_WORDS = 20


def _is_caption(frag: Fragment | None, t: PageTable) -> bool:
    """The line just above a table, short and overlapping it: its title ("Table 3 Emissions
    (thousand tonnes CO2-e)"), even when set as a heading."""
    if frag is None or len(frag.text.split()) > CAPTION_WORDS or frag.text.rstrip().endswith((".", ";")):
        return False
    return 0 <= t.top - frag.bottom <= CAPTION_GAP * frag.size and frag.x0 < t.x1 and frag.x1 > t.x0


def _table_block(t: PageTable, page: int, n: int, section: str | None, prev: TableBlock | None) -> TableBlock:
    rows = [RawRow(cells=r, page=page, boxes=t.boxes[i] if t.boxes else None) for i, r in enumerate(t.rows)]
    title = t.title
    has_years = t.header_rows and sum(1 for c in t.rows[0] if is_year(c)) >= 1
    if not has_years and prev is not None and prev.rows and len(prev.rows[0].cells) == len(t.rows[0]):
        # continued from the previous page or block: repeat its header so the years carry over
        rows.insert(0, RawRow(cells=list(prev.rows[0].cells), page=page))
        title = title or prev.title
    return TableBlock(id=f"p{page}-t{n}", rows=rows, title=title, section=section, positioned=True)
