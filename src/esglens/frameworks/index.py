"""Read the report's own content-index tables into IndexEntry rows.

An index row names a framework item by code (HKEX "KPI A1.2", GRI "305-1", "Article 26", SASB
"RT-EE-130a.1"), by an HKEX aspect's "General disclosure" row, or, in exchange-guideline indexes,
by topic only. Rows are read wherever they stand after a title that names an index; code rows
outside such a region count only when many of them stand together, as an index does.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from ..model import Document, IndexEntry
from .columns import Columns, framework_named, header_columns
from .names import exchanges, index_title_names
from .rows import Row, rows_of
from .topics import topic_entries

# a line that titles a content index ("GRI Content Index", "Content Index Table of ...", "Appendix: ... Index Table")
_TITLE = re.compile(
    r"(^|\b(content|contents|disclosure|disclosures|benchmarking|reporting|report|indicators?|gri|hkex|esg|sasb|tcfd|"
    r"szse|sse|issb|ifrs|esrs|sdgs?|standards?|guidelines?|guide|code|appendix|requirements?)\b.*?)\bindex\b|"
    r"cross[- ]reference|comparison table|对照|索引", re.I)
_HKEX_CODE = re.compile(r"^(?:KPI\s*)?([AB]\d{1,2}\.\d{1,2})(?![\d.]*\d)\s*[:：.]?\s*(.*)$", re.S)
_HKEX_ASPECT = re.compile(r"^(?:aspect\s+)?([AB]\d{1,2})(?![.\d])(?:\s*[:：\-–]\s*|\s+|$)(\D.*)?$", re.I | re.S)
_GENERAL = re.compile(r"^general\s+disclosures?\b\s*[:：]?\s*(.*)$", re.I | re.S)
_GRI_CODE = re.compile(r"^(?:(?:GRI|disclosure)\s*)?(\d{1,3})\s*-\s*(\d{1,2})(?![\d.])\s*[:：.]?\s*(.*)$", re.I | re.S)
# "2-5 years", "1-3 times": a range of a quantity, not a disclosure code
_NOT_A_CODE = re.compile(r"^(years?|yrs|months?|days?|hours?|times|people|persons?|%|km|kg|t\b|tons?|yuan|rmb|million)",
                         re.I)
_GRI_GROUP = re.compile(r"^GRI\s*(\d{1,3})\s*[:：]\s*(.*)$", re.S)
_GRI_TOPIC = re.compile(r"^(?:GRI\s*)?(\d{3})(?![\d.\-])\s*[:：]?\s*(.*)$", re.S)
_ARTICLE = re.compile(r"^(?:Articles?|Art\.)\s*(\d{1,3})(?:\s*[-–~]\s*(\d{1,3}))?\b\s*[:：.]?\s*(.*)$", re.I | re.S)
_PILLAR = re.compile(r"^(governance|strategy|risk management|metrics (?:and|&) targets)$", re.I)
_LETTER = re.compile(r"^[\(（]?([abc])[\)）.]\s*(\S.*)$", re.S)
_IFRS_PARA = re.compile(r"^(?:IFRS\s*S2\s*)?(?:para(?:graph)?s?\.?\s*|§\s*)(\d{1,2}(?:\s*\([a-z]\))?)\s*[:：.]?\s*(.*)$",
                        re.I | re.S)
_SASB = re.compile(r"^([A-Z]{2}-[A-Z]{2,3}-\d{3}(?:[a-z]\.\d{1,2}|\.[A-Z]))\b\s*(.*)$", re.S)  # EM-MM-110a.1, EM-MM-000.A
_ESRS = re.compile(r"^((?:ESRS\s*2\s*)?(?:GOV|SBM|IRO|BP|MDR-[APMT]|E[1-5]|S[1-4]|G1)-\d{1,2})\b\s*(.*)$", re.S)
_BARE_PARA = re.compile(r"^(\d{1,2}(?:\s*\([a-z]\))?)$")
_TCFD = re.compile(r"^(governance|strategy|risk management|metrics (?:and|&) targets)\s*[\(（]?\s*([abc])\s*[\)）]\s*(.*)$",
                   re.I | re.S)
_MANDATORY = re.compile(r"^(governance structure|reporting principles?|reporting boundary|board statement)\b", re.I)
_GRI_STANDARDS = {2, 3} | set(range(101, 104)) | set(range(201, 208)) | set(range(301, 309)) | set(range(401, 420))

_NOT_APPLICABLE = re.compile(r"not applicable|\bN/?A\b|不适用|does not apply|not relevant", re.I)
_OMITTED = re.compile(r"omit|not (?:been )?disclosed|unavailable|not available|confidential|未披露", re.I)
_NOTHING = re.compile(r"^\s*[/—–\-]?\s*$")
_PAGES = re.compile(r"(?:\bp(?:age|p|g)?s?\.?\s*)?(\d{1,3})(?:\s*[-–~]\s*(\d{1,3}))?")
# a cell of digits and number punctuation only (no letter, dash or §): no code but a bare GRI topic or
# IFRS S2 paragraph number is printed so
_NO_CODE = re.compile(r"[\d\s.,%()]*")
_GAP = 12          # rows after an index title (or its last entry) before the index is over
_CLUSTER = 4       # code rows outside a titled index must stand at least this many together


@dataclass
class _State:
    framework: str | None = None    # named by the index title
    region: int = 0                 # 0: outside any titled index
    since: int = 0
    aspect: str | None = None       # the HKEX aspect whose rows follow ("A1")
    topic: str | None = None        # the last topic printed beside article numbers
    articles_fw: str = "SZSE-17"
    last: IndexEntry | None = None  # the entry of the row just read, and the column its location starts in
    loc_col: int = 0
    pillar: str | None = None       # the TCFD pillar whose (a), (b), (c) rows follow
    regions: int = 0
    columns: Columns | None = None  # the roles the index's header row gives its columns
    entries: list[tuple[int, int, IndexEntry]] = field(default_factory=list)   # (region, row number, entry)


def extract_index(doc: Document) -> list[IndexEntry]:
    """Every row of the report's content-index tables, in report order."""
    rows = rows_of(doc)
    st = _State(articles_fw=_exchange_of(doc))
    titles: set[int] = set()   # id() of the title rows, for topic_entries (rows outlive the call)
    for n, row in enumerate(rows):
        if _is_title(row):
            titles.add(id(row))
            st.regions += 1
            st.region, st.since, st.aspect, st.topic, st.last, st.pillar = st.regions, 0, None, None, None, None
            st.framework = _title_framework(row.text, st.articles_fw)
            st.columns = None
            continue
        if st.region and row.table is not None and (cols := header_columns(row.cells)):
            st.columns = cols
            continue
        found = _read_row(row, st)
        if not found and st.since == 0 and _continues(row, st):
            continue
        if found:
            st.last, st.loc_col = found[-1], _location_column(row)
        st.since = 0 if found else st.since + 1
        st.entries.extend((st.region, n, e) for e in found)
        if st.region and st.since > _GAP:
            st.region, st.framework, st.aspect = 0, None, None
    entries = _keep(st.entries)
    entries += topic_entries(rows, {e.line or e.page for e in entries}, lambda r: id(r) in titles)
    from .sdg import sdg_entries

    entries += sdg_entries(rows)
    return _dedupe(entries)


def _location_column(row: Row) -> int:
    filled = [i for i, c in enumerate(row.cells) if c]
    return filled[-1] if len(filled) > 1 else 0


def _continues(row: Row, st: _State) -> bool:
    """A location that wrapped onto a row of its own, under the location column: add it to the entry above."""
    filled = [i for i, c in enumerate(row.cells) if c]
    if st.last is None or row.table is None or not filled or st.loc_col < 1 or filled[0] < st.loc_col:
        return False
    extra = " ".join(row.cells[i] for i in filled)
    st.last.where = f"{st.last.where} {extra}".strip()
    st.last.status, st.last.pages_cited = status_of(st.last.where), pages_in(st.last.where)
    return True


def _exchange_of(doc: Document) -> str:
    """Which exchange's guideline "Article N" rows refer to when the index title does not say."""
    head = " ".join(t.text for t in doc.lines[:400])
    for _, guideline, rx in exchanges():
        if rx.search(head):
            return guideline
    return "SZSE-17"


def _is_title(row: Row) -> bool:
    filled = row.filled
    if not filled or len(filled) > 2 or len(row.text) > 220:
        return False
    if len(filled) == 2 and not re.fullmatch(r"\d{1,3}|[A-Z]?\d{1,3}", filled[0].strip()):
        return False    # a table of contents line "88 | Content Index ..." is a title too; other pairs are not
    return bool(_TITLE.search(row.text))


def _title_framework(text: str, exchange: str) -> str | None:
    named = [fw for fw, rx in index_title_names() if rx.search(text)]
    if "IFRS-S2" in named and "TCFD" in named:
        named.remove("TCFD")
    return named[0] if len(named) == 1 else None


def _read_row(row: Row, st: _State) -> list[IndexEntry]:
    cells = row.cells
    filled = [i for i, c in enumerate(cells) if c]
    if not filled:
        return []
    first = cells[filled[0]]
    if len(filled) == 1 and (len(first) > 160 or st.framework not in ("GRI", "IFRS-S2") and _NO_CODE.fullmatch(first)):
        return []       # prose, or a lone number: outside a GRI or IFRS S2 index no code is only digits
    if (m := _HKEX_ASPECT.match(first)) and not _HKEX_CODE.match(first) and _aspect_context(row, st):
        st.aspect = m.group(1).upper()
        rest = [cells[i] for i in filled[1:]]
        if rest and (g := _GENERAL.match(rest[0])):
            rest = ([g.group(1)] if g.group(1) else []) + rest[1:]
        if not rest:
            return []       # the aspect's heading row: its general disclosure follows
        if _HKEX_CODE.match(rest[0]):
            return _code_segments(row, st)   # "A1: Emissions | A1.1 | ...": the aspect and its first KPI
        return [_entry(row, "HKEX", st.aspect, m.group(2) if len(rest) == 1 else None, rest)]
    if (m := _GENERAL.match(first)) and st.aspect and len(filled) >= 2:
        rest = [cells[i] for i in filled[1:]]
        return [_entry(row, "HKEX", st.aspect, m.group(1) or None, rest)]
    if st.framework == "HKEX" and len(filled) >= 2 and _MANDATORY.match(first):
        return [_entry(row, "HKEX", first, None, [cells[i] for i in filled[1:]], mandatory=True)]
    return _code_segments(row, st)


def _aspect_context(row: Row, st: _State) -> bool:
    """An 'A1: Emissions' row is an HKEX aspect inside an HKEX (or untitled) index, or where it says so."""
    if st.framework == "HKEX" or st.aspect:
        return True
    text = row.text.lower()
    return st.framework is None and (st.region > 0 or "aspect" in text or "general disclosure" in text)


def _code_at(cell: str, st: _State, last: bool) -> tuple[str, str, str] | None:
    """(framework, code, text after the code) when a cell starts with an index code."""
    if m := _HKEX_CODE.match(cell):
        return "HKEX", m.group(1).upper(), m.group(2)
    if m := _GRI_CODE.match(cell):
        std, sub, rest = int(m.group(1)), int(m.group(2)), m.group(3)
        if _gri_disclosure(std, sub) and not _NOT_A_CODE.match(rest) and (
                rest or not last or cell.upper().startswith("GRI")):
            return "GRI", f"{std}-{sub}", rest
    if m := _ARTICLE.match(cell):
        fw = st.framework if st.framework in ("SZSE-17", "SSE-14", "BSE-11") else st.articles_fw
        span = f"{int(m.group(1))}-{int(m.group(2))}" if m.group(2) else str(int(m.group(1)))
        return fw, f"Article {span}", m.group(3)
    if m := _SASB.match(cell):
        return "SASB", m.group(1), m.group(2)
    if st.framework == "ESRS" and (m := _ESRS.match(cell)):
        return "ESRS", m.group(1), m.group(2)
    if st.framework in ("TCFD", "IFRS-S2"):
        if m := _TCFD.match(cell):
            return st.framework, f"{_pillar(m.group(1))} ({m.group(2).lower()})", m.group(3)
        if st.pillar and (m := _LETTER.match(cell)):
            return st.framework, f"{st.pillar} ({m.group(1).lower()})", m.group(2)
        if st.framework == "IFRS-S2" and (m := _IFRS_PARA.match(cell)):
            return "IFRS-S2", re.sub(r"\s+", "", m.group(1)), m.group(2)
    if (st.framework == "GRI" and not last and not _GRI_GROUP.match(cell) and (m := _GRI_TOPIC.match(cell))
            and int(m.group(1)) in _GRI_STANDARDS):
        return "GRI", m.group(1), m.group(2)
    return None


def _gri_disclosure(std: int, sub: int) -> bool:
    """A disclosure the GRI catalog lists, or one of the newer topic standards (GRI 101-103)."""
    return f"{std}-{sub}" in _gri_codes() or (101 <= std <= 103 and 1 <= sub <= 12)


@cache
def _gri_codes() -> frozenset[str]:
    from .catalog import catalogs

    return frozenset(i.code for c in catalogs() if c.framework == "GRI" for i in c.items)


def _pillar(name: str) -> str:
    return name.title().replace("&", "and").replace("And", "and")


def _code_segments(row: Row, st: _State) -> list[IndexEntry]:
    cells = row.cells
    filled = [i for i, c in enumerate(cells) if c]
    for i in filled:
        if st.framework in ("TCFD", "IFRS-S2") and (m := _PILLAR.match(cells[i])):
            st.pillar = _pillar(m.group(1))
    hits = _hits(cells, filled, st)
    if not hits:
        return _gri_group_row(row, st)
    out = []
    for h, (i, (fw, code, rest)) in enumerate(hits):
        end = hits[h + 1][0] if h + 1 < len(hits) else len(cells)
        seg = [c for c in cells[i + 1:end] if c]
        title = rest.strip() or None
        if title is None and len(seg) == 1:
            before = [c for c in cells[:i] if c]
            if before and not re.match(r"(section|chapter|part)\s+\d", before[-1], re.I):
                st.topic = before[-1]
            title = st.topic if fw.startswith(("SZSE", "SSE", "BSE")) else None
        if len(filled) == 1:
            out.append(_single_cell_entry(row, fw, code, rest))
        else:
            out.append(_entry(row, fw, code, title, seg))
    if len(out) == 1 and st.columns is not None:
        _relocate(out[0], row, hits[0][0], st.columns)
    # "A1.2 | GHG emissions | GRI 305-1 | P23": a cross-reference column; the location is the row's
    if len({e.framework for e in out}) > 1 and out[-1].where:
        for e in out[:-1]:
            if e.title is None and e.where:
                e.title, e.where = e.where, ""      # the lone cell before the next code was its title
            if not e.where:
                e.where, e.status, e.pages_cited = out[-1].where, out[-1].status, list(out[-1].pages_cited)
    return out


def _hits(cells: list[str], filled: list[int], st: _State) -> list[tuple[int, tuple[str, str, str]]]:
    """The cells of a row that start with a code; a framework column names the framework of the
    row's code ("| ESRS | E1-6 | ... |"), and the location column holds none."""
    cols, saved = st.columns, st.framework
    skip = {cols.location, cols.framework} if cols else set()
    if cols and cols.framework is not None and cols.framework < len(cells):
        st.framework = framework_named(cells[cols.framework]) or st.framework
    try:
        out = []
        for k, i in enumerate(filled):
            code = None if i in skip else _code_at(cells[i], st, last=(k == len(filled) - 1) and len(filled) > 1)
            if code is None and cols and cols.framework is not None and st.framework == "IFRS-S2" and i not in skip \
                    and (m := _BARE_PARA.match(cells[i])):
                code = ("IFRS-S2", re.sub(r"\s+", "", m.group(1)), "")   # "| IFRS S2 | 29(a) |"
            if code:
                out.append((i, code))
        return out
    finally:
        st.framework = saved


def _relocate(e: IndexEntry, row: Row, code_col: int, cols: Columns) -> None:
    """The location is the cell of the header's location column, wherever it stands; the other
    cells (not the code's, not the framework's) are the title."""
    if cols.location is None or cols.location == code_col or cols.location >= len(row.cells):
        return
    where = row.cells[cols.location].strip()
    if not where:
        return
    skip = (code_col, cols.location, cols.framework)
    after = [c for j, c in enumerate(row.cells) if c and j > code_col and j not in skip]
    before = [c for j, c in enumerate(row.cells) if c and j < code_col and j not in skip]
    keep = e.title and e.title != where and (e.title in after or e.title not in row.cells)
    title = e.title if keep else " ".join(after or before)
    e.where, e.title, e.status, e.pages_cited = where, title or None, status_of(where), pages_in(where)


def _gri_group_row(row: Row, st: _State) -> list[IndexEntry]:
    """'GRI 305: Emissions 2016 | pages' with no disclosure codes: the topic standard as a whole."""
    filled = row.filled
    m = _GRI_GROUP.match(filled[0])
    if not m or len(filled) < 2 or int(m.group(1)) not in _GRI_STANDARDS:
        return []
    return [_entry(row, "GRI", m.group(1), m.group(2), filled[1:])]


def _entry(row: Row, fw: str, code: str, title: str | None, rest: list[str], mandatory: bool = False) -> IndexEntry:
    """title and location from the cells after the code: a lone cell is the location."""
    rest = [c for c in rest if c]
    if title is None and len(rest) >= 2:
        title, rest = rest[0], rest[1:]
    where = " ".join(rest).strip()
    return IndexEntry(framework=fw, code=code.strip(), where=where, line=row.line, page=row.page,
                      title=(title or "").strip() or None, status=status_of(where), pages_cited=pages_in(where))


def _single_cell_entry(row: Row, fw: str, code: str, rest: str) -> IndexEntry:
    """A row without cells (PDF text lines): the page numbers at the end are the location."""
    m = re.search(r"((?:\bp(?:age|p)?s?\.?\s*)?\d{1,3}(?:\s*[-–,~]\s*\d{1,3})*)\s*$", rest)
    where = m.group(1).strip() if m else ""
    title = rest[: m.start()].strip() if m else rest.strip()
    return IndexEntry(framework=fw, code=code, where=where, line=row.line, page=row.page, title=title or None,
                      status=status_of(where) if where else "reported", pages_cited=pages_in(where))


def status_of(where: str) -> str:
    """reported | not_applicable | omitted | explained, from the location cell as printed."""
    if _NOT_APPLICABLE.search(where):
        return "not_applicable"
    if _NOTHING.match(where) or _OMITTED.search(where):
        return "omitted"
    if len(where.split()) >= 14 and re.search(r"[.;。]|\b(so|because|therefore)\b", where):
        return "explained"
    return "reported"


def pages_in(where: str) -> list[int]:
    """Page numbers a location cites ("P12", "pp. 12-14", "23, 25"), only when it reads as page numbers."""
    if not where:
        return []
    marked = re.findall(r"(?<![A-Za-z])(?:p|pp|pg|pages?)\.?\s*(\d{1,3})(?:\s*[-–~]\s*(\d{1,3}))?", where, re.I)
    if marked:   # "Emissions, P.18": the page marker says which numbers are pages, whatever the words
        return sorted({p for a, b in marked for p in range(int(a), int(b or a) + 1) if int(b or a) - int(a) <= 60})
    if re.search(r"[A-Za-z]{4,}", re.sub(r"\bpages?\b", "", where, flags=re.I)):
        return []
    pages: list[int] = []
    for m in _PAGES.finditer(where):
        a = int(m.group(1))
        b = int(m.group(2)) if m.group(2) else a
        if a <= b <= a + 60:
            pages.extend(range(a, b + 1))
    return pages


def _keep(found: list[tuple[int, int, IndexEntry]]) -> list[IndexEntry]:
    """Entries of titled indexes; others only in runs of _CLUSTER or more, as an index stands."""
    out: list[IndexEntry] = []
    run: list[tuple[int, IndexEntry]] = []

    def flush():
        if len(run) >= _CLUSTER:
            out.extend(e for _, e in run)
        run.clear()

    by_region: dict[int, list[IndexEntry]] = {}
    for region, n, e in found:
        if region:
            by_region.setdefault(region, []).append(e)
            continue
        if run and n - run[-1][0] > 3:
            flush()
        run.append((n, e))
    flush()
    for entries in by_region.values():
        # HKEX mandatory rows are named, not coded: keep them only beside coded rows
        if any(e.code[:1] in "AB" and e.code[1:2].isdigit() for e in entries) or not all(
                e.framework == "HKEX" for e in entries):
            out.extend(entries)
    out.sort(key=lambda e: (e.page or 0, e.line or 0))
    return out


def _dedupe(entries: list[IndexEntry]) -> list[IndexEntry]:
    seen = set()
    out = []
    for e in sorted(entries, key=lambda e: (e.page or 0, e.line or 0)):
        key = (e.line, e.page, e.framework, e.code)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out
