"""Read the report's own content-index tables into IndexEntry rows.

An index row names a framework item by code (HKEX "KPI A1.2", GRI "305-1", "Article 26", SASB
"RT-EE-130a.1"), by an HKEX aspect's "General disclosure" row, or, in exchange-guideline indexes,
by topic only. Rows are read wherever they stand after a title that names an index; code rows
outside such a region count only when many of them stand together, as an index does.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..core.prefilter import gate
from ..model import Document, IndexEntry
from .columns import Columns, framework_named, header_columns, relocate
from .code_lists import listed_codes
from .index_codes import GRI_GROUP, GRI_STANDARDS, HKEX_CODE, LETTER, code_at, pillar
from .keep import dedupe, keep
from .locations import pages_in, single_cell_entry, status_of
from .names import exchanges, index_title_names
from .rows import Row, rows_of
from .topics import topic_entries

# a line that titles a content index ("GRI Content Index", "Content Index Table of ...", "Appendix: ... Index Table")
_TITLE = gate(re.compile(
    r"(^|\b(content|contents|disclosure|disclosures|benchmarking|reporting|report|indicators?|gri|hkex|esg|sasb|tcfd|"
    r"szse|sse|issb|ifrs|esrs|sdgs?|standards?|guidelines?|guide|code|appendix|requirements?)\b.*?)\bindex\b|"
    r"cross[- ]reference|comparison table|对照|索引", re.I))
_HKEX_ASPECT = re.compile(r"^(?:aspect\s+)?([AB]\d{1,2})(?![.\d])(?:\s*[:：\-–]\s*|\s+|$)(\D.*)?$", re.I | re.S)
_GENERAL = re.compile(r"^general\s+disclosures?\b\s*[:：]?\s*(.*)$", re.I | re.S)
_PILLAR = re.compile(r"^(governance|strategy|risk management|metrics (?:and|&) targets)(?:\s*[:：].*)?$", re.I | re.S)
_BARE_PARA = re.compile(r"^(\d{1,2}(?:\s*\([a-z]\))?)$")
_MANDATORY = re.compile(r"^(governance structure|reporting principles?|reporting boundary|board statement)\b", re.I)

# a cell of digits and number punctuation only (no letter, dash or §): no code but a bare GRI topic or
# IFRS S2 paragraph number is printed so
_NO_CODE = re.compile(r"[\d\s.,%()]*")
_GAP = 12          # rows after an index title (or its last entry) before the index is over
_RESUME = 40       # rows after an index ended within which a code row continues it


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
    run: int = 0                    # rows of entries read one after another (a flattened index's code block)
    block: int = 0                  # the length of the last such run
    pending: list[tuple[int, int, IndexEntry]] = field(default_factory=list)   # aspect headings not yet claimed
    closed: tuple[int, str | None, int] | None = None   # the last index that ended: region, framework, its last row
    columns: Columns | None = None  # the roles the index's header row gives its columns
    entries: list[tuple[int, int, IndexEntry]] = field(default_factory=list)   # (region, row number, entry)


def extract_index(doc: Document) -> list[IndexEntry]:
    """Every row of the report's content-index tables, in report order."""
    rows = rows_of(doc)
    st = _State(articles_fw=_exchange_of(doc))
    titles: set[int] = set()   # id() of the title rows, for topic_entries (rows outlive the call)
    for n, row in enumerate(rows):
        if _is_title(row):
            _flush_aspects(st)
            titles.add(id(row))
            st.regions += 1
            st.region, st.since, st.aspect, st.topic, st.last, st.pillar = st.regions, 0, None, None, None, None
            st.framework = _title_framework(row.text, st.articles_fw)
            st.columns = None
            continue
        if st.region and row.table is not None and (cols := header_columns(row.cells)):
            st.columns = cols
            continue
        found = _read_row(row, st, n) if st.region else _resumed(row, st, n)
        if not found and st.since == 0 and _continues(row, st):
            continue
        if found:
            st.last, st.loc_col = found[-1], _location_column(row)
        st.since = 0 if found else st.since + 1
        st.run = st.run + 1 if found else 0
        st.block = st.run or st.block
        st.entries.extend((st.region, n, e) for e in found)
        # a flattened index prints its codes, then as many rows of titles: the gap may be that long
        if st.region and st.since > max(_GAP, st.block + 3):
            _flush_aspects(st)
            st.closed = (st.region, st.framework, n - st.since)
            st.region, st.framework, st.aspect = 0, None, None
    _flush_aspects(st)
    entries = keep(sorted(st.entries, key=lambda t: t[1]))
    entries += topic_entries(rows, {e.line or e.page for e in entries}, lambda r: id(r) in titles)
    from .sdg import sdg_entries

    entries += sdg_entries(rows)
    return dedupe(entries)


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
    # "SASB Reference Table", "TCFD対照表": a reference table titled by the framework it answers
    return bool(_TITLE.search(row.text)) or bool(_REF_TABLE.search(row.text) and _title_framework(row.text, ""))


_REF_TABLE = gate(re.compile(r"\breference tables?\b|\bcontent tables?\b|対照表", re.I))


def _title_framework(text: str, exchange: str) -> str | None:
    named = [fw for fw, rx in index_title_names() if rx.search(text)]
    if "IFRS-S2" in named and "TCFD" in named:
        named.remove("TCFD")
    return named[0] if len(named) == 1 else None


def _resumed(row: Row, st: _State, n: int) -> list[IndexEntry]:
    """Outside an index: a code row soon after an index ended continues it (its next page, after the
    notes, titles and running headers a page break puts between)."""
    if st.closed is None or n - st.closed[2] > _RESUME:
        return _read_row(row, st, n)
    pending = len(st.pending)
    st.region, st.framework = st.closed[0], st.closed[1]
    found = _read_row(row, st, n)
    if found or len(st.pending) > pending:
        st.closed = None
    else:
        st.region, st.framework, st.aspect = 0, None, None
    return found


def _flush_aspects(st: _State) -> None:
    """Aspect headings no general-disclosure row claimed are index rows of their own ("Aspect A1:
    Emissions." above a block of KPI codes, their titles and pages printed in blocks of their own)."""
    st.entries.extend(st.pending)
    st.pending.clear()


def _claim_aspect(st: _State) -> None:
    st.pending = [p for p in st.pending if p[2].code != st.aspect]


def _read_row(row: Row, st: _State, n: int = 0) -> list[IndexEntry]:
    cells = row.cells
    filled = [i for i, c in enumerate(cells) if c]
    if not filled:
        return []
    first = cells[filled[0]]
    if st.framework in ("TCFD", "IFRS-S2") and (m := _PILLAR.match(first)):
        st.pillar = pillar(m.group(1))     # "Strategy: Disclose the ...": its (a), (b), (c) rows follow
    if len(filled) == 1 and st.framework not in ("GRI", "IFRS-S2") and _NO_CODE.fullmatch(first):
        return []       # a lone number: outside a GRI or IFRS S2 index no code is only digits
    if len(filled) == 1 and len(first) > 160:
        return _letter_run(row, st, first)     # prose, or "a) ... b) ..." rows run together on one line
    if (m := _HKEX_ASPECT.match(first)) and not HKEX_CODE.match(first) and _aspect_context(row, st):
        st.aspect = m.group(1).upper()
        rest = [cells[i] for i in filled[1:]]
        if rest and (g := _GENERAL.match(rest[0])):
            rest = ([g.group(1)] if g.group(1) else []) + rest[1:]
        if not rest:        # the aspect's heading row: its general disclosure may follow
            title = (m.group(2) or "").strip().rstrip(".") or None
            st.pending.append((st.region, n, _entry(row, "HKEX", st.aspect, title, [])))
            st.pending[-1][2].status = "reported"
            return []
        if HKEX_CODE.match(rest[0]):
            return _code_segments(row, st)   # "A1: Emissions | A1.1 | ...": the aspect and its first KPI
        return [_entry(row, "HKEX", st.aspect, m.group(2) if len(rest) == 1 else None, rest)]
    if (m := _GENERAL.match(first)) and st.aspect and (got := _general(row, st, m, filled)):
        return got
    if st.framework == "HKEX" and len(filled) >= 2 and _MANDATORY.match(first):
        return [_entry(row, "HKEX", first, None, [cells[i] for i in filled[1:]], mandatory=True)]
    return _code_segments(row, st)


def _general(row: Row, st: _State, m: re.Match, filled: list[int]) -> list[IndexEntry]:
    """The aspect's general-disclosure row: with cells of its own, or a text line ending in its page
    ("General Disclosure Policies on emissions 23"); either claims the aspect heading above it."""
    if len(filled) >= 2:
        e = _entry(row, "HKEX", st.aspect, m.group(1) or None, [row.cells[i] for i in filled[1:]])
    elif not (e := single_cell_entry(row, "HKEX", st.aspect, m.group(1))).where:
        return []
    _claim_aspect(st)
    return [e]


def _letter_run(row: Row, st: _State, text: str) -> list[IndexEntry]:
    """Under a TCFD pillar, one long line holding several lettered rows ("a) Disclose ... b) Disclose ...")."""
    if st.framework not in ("TCFD", "IFRS-S2") or not st.pillar or not LETTER.match(text):
        return []
    parts = re.split(r"\s+(?=[\(（]?[b-c][\)）]\s)", text)
    return [single_cell_entry(row, st.framework, f"{st.pillar} ({m.group(1).lower()})", m.group(2))
            for p in parts if (m := LETTER.match(p))]


def _aspect_context(row: Row, st: _State) -> bool:
    """An 'A1: Emissions' row is an HKEX aspect inside an HKEX (or untitled) index, or where it says so."""
    if st.framework == "HKEX" or st.aspect:
        return True
    text = row.text.lower()
    return st.framework is None and (st.region > 0 or "aspect" in text or "general disclosure" in text)


def _code_segments(row: Row, st: _State) -> list[IndexEntry]:
    cells = row.cells
    filled = [i for i, c in enumerate(cells) if c]
    for i in filled:
        if st.framework in ("TCFD", "IFRS-S2") and (m := _PILLAR.match(cells[i])):
            st.pillar = pillar(m.group(1))
    hits = _hits(cells, filled, st)
    if not hits:
        return _gri_group_row(row, st)
    out, code_cols = [], []
    for h, (i, (fw, code, rest)) in enumerate(hits):
        end = hits[h + 1][0] if h + 1 < len(hits) else len(cells)
        seg = [c for c in cells[i + 1:end] if c]
        title = rest.strip() or None
        if title is None and len(seg) == 1:
            before = [c for c in cells[:i] if c]
            if before and not re.match(r"(section|chapter|part)\s+\d", before[-1], re.I):
                st.topic = before[-1]
            title = st.topic if fw.startswith(("SZSE", "SSE", "BSE")) else None
        out += _segment_entries(row, st, (fw, code, rest), title, seg, len(filled) == 1)
        code_cols += [i] * (len(out) - len(code_cols))
    _relocate_all(out, row, code_cols, st.columns)
    # "A1.2 | GHG emissions | GRI 305-1 | P23": a cross-reference column; the location is the row's
    if len({e.framework for e in out}) > 1 and out[-1].where:
        for e in out[:-1]:
            if e.title is None and e.where:
                e.title, e.where = e.where, ""      # the lone cell before the next code was its title
            if not e.where:
                e.where, e.status, e.pages_cited = out[-1].where, out[-1].status, list(out[-1].pages_cited)
    return out


def _segment_entries(row: Row, st: _State, hit: tuple[str, str, str], title: str | None, seg: list[str],
                     lone: bool) -> list[IndexEntry]:
    """The entry of one code and the cells after it; a code followed by more codes only ("A1.2; A2.1;
    B1.1;") is one entry a code, sharing the cells after them."""
    fw, code, rest = hit
    if (listed := listed_codes(rest, lambda c: code_at(c, st, last=False))) is not None:
        return [_entry(row, f, c, None, seg) for f, c in [(fw, code), *listed]]
    return [single_cell_entry(row, fw, code, rest) if lone else _entry(row, fw, code, title, seg)]


def _relocate_all(out: list[IndexEntry], row: Row, code_cols: list[int], cols: Columns | None) -> None:
    """With a header, the location column's cell is the location of one code; of every code of a row when
    the location stands before them all ("Kiln emissions | 12 | A1.1; A1.2 | 305-1"; two side-by-side
    tables, each with its own location after its code, keep theirs)."""
    if cols is None or not out:
        return
    if len(out) == 1 or (cols.location is not None and cols.location < min(code_cols)):
        for e in out:
            relocate(e, row, set(code_cols), cols)


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
            # (the last cell may be the location unless the header puts the location elsewhere)
            last = k == len(filled) - 1 and len(filled) > 1 and (cols is None or cols.location in (None, i))
            code = None if i in skip else code_at(cells[i], st, last=last)
            if code is None and cols and cols.framework is not None and st.framework == "IFRS-S2" and i not in skip \
                    and (m := _BARE_PARA.match(cells[i])):
                code = ("IFRS-S2", re.sub(r"\s+", "", m.group(1)), "")   # "| IFRS S2 | 29(a) |"
            if code:
                out.append((i, code))
        return out
    finally:
        st.framework = saved


def _gri_group_row(row: Row, st: _State) -> list[IndexEntry]:
    """'GRI 305: Emissions 2016 | pages' with no disclosure codes: the topic standard as a whole."""
    filled = row.filled
    m = GRI_GROUP.match(filled[0])
    if not m or len(filled) < 2 or int(m.group(1)) not in GRI_STANDARDS:
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
