"""Build the document model (headings, paragraphs, raw tables) from the lines of a text report.

Table rows in converted text are tab-separated lines or markdown pipe rows; a run of them is one
table. Heading levels from converters are not trusted: a heading only names the section around it.
"""
from __future__ import annotations

import re

from ..core.numbers import is_not_disclosed
from ..model import Document, Heading, Paragraph, RawRow, TableBlock
from ..read.pdf_furniture import furniture_key
from ..core.text import clean
from .flattened import with_flat_tables
from .html_table import parse_html_table

# Possessive repeats: a line of spaces or dashes that is no separator fails at once, never after trying
# every way of splitting its run between the repeats (that was quadratic in the line's length).
_PIPE_SEP = re.compile(r"^\s*+\|?+\s*+:?+-{2,}+:?+\s*+(?>\|\s*+:?+-{2,}+:?+\s*+)*+\|?+\s*+$")
_TAB_SEP = re.compile(r"^(?=[\s\-|:]*+$).*?---")
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_UNIT_LINE = re.compile(r"[(（\[]\s*(?:units?|单位|단위)\s*[:：][^()（）\[\]]{1,30}[)）\]]", re.I)
_PAGE_NO = re.compile(r"^\s*(?:\d{1,3}|[ivxlc]{1,6}|-\s*\d{1,3}\s*-|page \d{1,3})\s*$", re.I)


def split_cells(raw: str) -> list[str] | None:
    """Cells of a table line, or None when the line is not a table row."""
    if "\t" in raw:
        return [clean(c) for c in raw.split("\t")]
    s = raw.strip()
    if s.startswith("|") and s.count("|") >= 2:
        inner = s[1:-1] if s.endswith("|") else s[1:]
        cells = [clean(c) for c in inner.split("|")]
        return _unrepeat(cells)
    return None


def _unrepeat(cells: list[str]) -> list[str]:
    """Converters repeat a merged cell's text in every column it spans: keep the first copy.

    Only text cells are merged this way; equal numbers side by side (100 | 100 | 100) are real.
    """
    out = list(cells)
    for i in range(1, len(out)):
        if out[i] and out[i] == cells[i - 1] and not re.search(r"\d", out[i]) and not is_not_disclosed(out[i]):
            out[i] = ""
    return out


_FIGURES_ONLY = re.compile(r"[\d\s.,%]+")


def is_heading_like(text: str) -> bool:
    """A short line that names something rather than saying something."""
    t = text.strip()
    if not t or len(t) > 90 or t[-1] in ".;:,!?。；：，" or t.startswith(("•", "-", "·")):
        return False
    if not (t[0].isupper() or t[0].isdigit() or "\u4e00" <= t[0] <= "\u9fff"):
        return False
    words = t.split()
    return 1 <= len(words) <= 14 and not _FIGURES_ONLY.fullmatch(t)


def build(doc: Document) -> Document:
    """Fill doc.blocks from doc.lines."""
    out = _Blocks()
    lines = doc.lines
    html_until = -1
    furniture = _running_lines(lines)
    for idx, tl in enumerate(lines):
        if idx <= html_until:
            continue
        raw = "" if idx in furniture else tl.text
        if "<table" in raw.lower():
            out.flush()
            html_until, html_rows = _html_table(lines, idx)
            if html_rows:
                out.rows.extend(html_rows)
                out.flush()
                out.gap = 0
                continue
        if not raw.strip():
            out.gap += 1
            continue
        if _PIPE_SEP.match(raw) or (_TAB_SEP.match(raw) and "\t" in raw):
            continue
        cells = split_cells(raw)
        if cells is not None and any(cells):
            out.table_row(cells, tl)
            continue
        nxt = lines[idx + 1].text if idx + 1 < len(lines) else ""
        if out.rows and out.gap == 0 and "\t" in nxt and _is_group_line(raw):
            # "By gender" printed without cells between two rows: a merged group row of the table
            out.rows.append(RawRow(cells=[clean(raw)], line=tl.line, page=tl.page))
            continue
        out.text_line(lines, idx, raw)
    out.flush()
    table_lines = {r.line for b in out.blocks if isinstance(b, TableBlock) for r in b.rows}
    doc.blocks = with_flat_tables(out.blocks, table_lines, {tl.line: tl.text for tl in lines})
    return doc


class _Blocks:
    """One pass's state: the blocks so far, the rows of the table being read, the section, recent text."""

    def __init__(self) -> None:
        self.blocks: list = []
        self.section: str | None = None
        self.rows: list[RawRow] = []
        self.last_text: list[tuple[int, str]] = []   # recent non-table lines, for table titles
        self.n_tables = 0
        self.gap = 0                                 # blank lines since the last row or text
        self.width = 0                               # the most cells of a row in `rows`

    def flush(self) -> None:
        """The rows read so far become a table, titled by a heading-like line at most 4 lines above it."""
        if not self.rows:
            return
        self.n_tables += 1
        title = None
        first = self.rows[0].line or 0
        for ln, txt in reversed(self.last_text):
            if first - ln <= 4 and is_heading_like(txt):
                title = txt
                break
        # "(Unit: tCO2e)", "(단위: 톤)" printed alone just above the table: its unit, read as its lead
        lead = next((txt for ln, txt in reversed(self.last_text) if first - ln <= 2 and _UNIT_LINE.fullmatch(txt)), None)
        self.blocks.append(TableBlock(id=f"T{self.n_tables}", rows=self.rows, title=title, section=self.section,
                                      lead=lead))
        self.rows = []

    def table_row(self, cells: list[str], tl) -> None:
        if self.rows and self.gap > 0 and not _continues(self.width, cells):
            self.flush()
        self.gap = 0
        self.width = max(self.width, len(cells)) if self.rows else len(cells)
        self.rows.append(RawRow(cells=cells, line=tl.line, page=tl.page))

    def text_line(self, lines: list, idx: int, raw: str) -> None:
        """A line of text: a heading (markdown, or heading-like between blank lines) or a paragraph."""
        tl = lines[idx]
        self.flush()
        self.gap = 0
        m = _MD_HEADING.match(raw)
        text = clean(m.group(2) if m else raw)
        if not text:
            return
        if _PAGE_NO.match(text):
            # a stray page or chapter number, or a highlighted figure: the facts stage decides
            self.blocks.append(Paragraph(text=text, line=tl.line, page=tl.page))
            return
        prev_blank = idx == 0 or not lines[idx - 1].text.strip()
        next_blank = idx + 1 >= len(lines) or not lines[idx + 1].text.strip()
        if m or (prev_blank and next_blank and is_heading_like(text)):
            level = len(m.group(1)) if m else 2
            self.blocks.append(Heading(text=text, level=level, line=tl.line, page=tl.page))
            self.section = text
        else:
            self.blocks.append(Paragraph(text=text, line=tl.line, page=tl.page))
        self.last_text.append((tl.line or 0, text))
        if len(self.last_text) > 8:
            self.last_text.pop(0)


def _html_table(lines, start: int) -> tuple[int, list[RawRow]]:
    """Parse an HTML table starting on lines[start]; return the last line index used and its rows."""
    end = start
    while end < len(lines) and "</table>" not in lines[end].text.lower() and end - start < 2000:
        end += 1
    end = min(end, len(lines) - 1)
    chunk = lines[start:end + 1]
    text = "\n".join(t.text for t in chunk)
    # the line each <tr> starts on, so that every row keeps its own place
    tr_lines = []
    for t in chunk:
        tr_lines += [t] * len(re.findall(r"<tr[\s>]", t.text, re.I))
    grid = parse_html_table(text)
    rows = []
    for i, cells in enumerate(grid):
        where = tr_lines[i] if i < len(tr_lines) else chunk[0]
        if any(c.strip() for c in cells):
            rows.append(RawRow(cells=cells, line=where.line, page=where.page))
    return end, rows


_PAGE_END = re.compile(r"^\s*(\d{1,3})[\s|]+([^\d.,\s].*\S)\s*$|^\s*(\S.*?[^.,\s])[\s|]+(\d{1,3})\s*$")


def _running_lines(lines) -> set[int]:
    """Running headers and footers a converter left in the text ("Acme Ltd | ESG Report 2024\t41"):
    the same words on three or more lines, with a page number that grows each time."""
    seen: dict[str, list[tuple[int, int]]] = {}
    for idx, tl in enumerate(lines):
        text = tl.text
        if len(text) > 120 or not (m := _PAGE_END.match(text)):
            continue
        words = m.group(2) or m.group(3)
        if len(re.findall(r"[^\W\d_]{2,}", words)) < 2:
            continue
        seen.setdefault(furniture_key(words), []).append((idx, int(m.group(1) or m.group(4))))
    out: set[int] = set()
    for hits in seen.values():
        pages = [n for _, n in hits]
        apart = all(b[0] - a[0] >= 10 for a, b in zip(hits, hits[1:]))   # a page apart, not rows of a table
        if len(hits) >= 3 and apart and all(a < b for a, b in zip(pages, pages[1:])):
            out.update(i for i, _ in hits)
    return out


def _is_group_line(raw: str) -> bool:
    text = clean(raw)
    return bool(text) and len(text.split()) <= 6 and not re.search(r"\d|[.。]$", text) and not _MD_HEADING.match(raw)


def _continues(width: int, cells: list[str]) -> bool:
    """After blank lines, does this row carry on the table above (`width` cells at most; same shape,
    not a new header)?"""
    return abs(len(cells) - width) <= 1 and not _looks_like_header(cells)


def _looks_like_header(cells: list[str]) -> bool:
    years = sum(1 for c in cells if re.fullmatch(r"(FY)?\s*(19|20)\d\d\s*(年)?", c.strip()))
    return years >= 1 or any(c.strip().lower() in ("unit", "units", "indicator", "indicators") for c in cells)
