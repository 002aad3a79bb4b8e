"""Facts from a built document: one per numeric table cell, plus numbers stated in sentences."""
from __future__ import annotations

import re
from collections import Counter

from ..core.limits import limits, over_limit
from ..core.numbers import split_markers
from ..model import Document, Fact, Heading, Paragraph, TableBlock
from ..tables.date_columns import no_single_year, without_years
from ..tables.fiscal_columns import redate
from ..tables.named_values import line_facts, list_facts, without_named
from ..tables.as_of import dated_year, stated_period
from ..tables.header import YEAR_IN_TEXT, unit_hint
from ..tables.column_names import cell_label, outer_path, shared_year_names, unbracket
from ..tables.interpret import Table, interpret, title_unit
from ..tables.regrid import regrid
from ..tables.notes import notes_columns
from ..tables.note_units import attach_all
from ..tables.page_units import carry_page_notes
from ..tables.units import currency_tick, lead_unit, named_column_unit
from ..tables.values import is_value_cell
from .narrative import narrative_facts
from .gate import cell_pair, cell_sentence
from .identifiers import without_identifiers
from .alone import BARE, GENERIC_UNITS, OPENS_WITH_FIGURE, bare_number, caption_above, row_numbers

_YEAR = re.compile(r"(?<!\d)(20\d{2})(?!\d)")
_LETTER = re.compile(r"[^\W\d_]")
_NILS = {"n/a", "na", "-", "–", "—", "n.a.", "n.a"}


_YEAR_PREFIX = re.compile(r"^(?:FY|CY)?\s?(?:19|20)\d{2}(?:\s?[/-]\s?\d{2,4})?(?:年度|年)?\s*")


def _sub_columns(table: Table) -> dict[str, str]:
    """Year columns that share their year ("2019 (Male) | 2019 (Female) | 2019 (Total)"): the name
    each adds to the year, so that the row's values stay apart ("... > Male")."""
    if table.header is None:
        return {}
    count = Counter(y for _, y, _ in table.header.years)
    out = {}
    for _, y, text in table.header.years:
        if count[y] >= 2 and not outer_path(text):
            name = unbracket(split_markers(_YEAR_PREFIX.sub("", text).strip())[0])
            if name:
                out[text] = name
    return out


def interpret_all(doc: Document) -> dict[str, Table]:
    """Interpret every table; one that starts without a header right after a data table (a page
    break inside a table) carries that table's header on."""
    out: dict[str, Table] = {}
    prev: Table | None = None
    prev_end, started = None, set()    # started: the pages on which a block was read already
    anchor: tuple[TableBlock, Table, TableBlock] | None = None
    for block in doc.blocks:
        if not isinstance(block, TableBlock):
            started.add(block.page)
            continue
        start = block.rows[0].line if block.rows else None
        carry = None
        # a PDF piece continues a table by the position of its cells (_piece_of), not by its width
        if not block.positioned and prev is not None and prev.is_data and _named_columns(prev) \
                and not _own_years(block):
            width = max(len(r.cells) for r in prev.block.rows)
            near = start is None or prev_end is None or start - prev_end <= 8
            if near and abs(max(len(r.cells) for r in block.rows) - width) <= 1:
                carry = prev.header
        table = interpret(block, carry)
        if anchor is not None and block.positioned and not table.is_data:
            # on the next page a piece is the first thing read there, else a table of its own (no years from above)
            piece = _piece_of(block, anchor, (block.rows[0].page if block.rows else None) not in started)
            if piece is not None:
                table, anchor = piece, (anchor[0], anchor[1], block)
        elif block.positioned and table.is_data and table.header is not None and table.header.years:
            anchor = (block, table, block)   # the table whose header pieces below it may stand under
        elif not block.positioned or table.is_data:
            anchor = None
        out[block.id] = table
        started.update(r.page for r in block.rows[:1])
        prev, prev_end = table, (block.rows[-1].line if block.rows else None)
    attach_all(doc.blocks, out)   # "* Energy intensity per rupee of turnover (GJ/₹ crore)" under its table
    carry_page_notes(doc.blocks, out)   # "(Yen in billions)" over the first table, none over the next
    return out


def _named_columns(table: Table) -> bool:
    """A table whose value columns are named by years, or by names ("Target value" under "Compliance in
    2024") over at least one figure (not a content index of "Not applicable" cells): a headerless block of
    the same width just below continues it."""
    header = table.header
    if header is None:
        return False
    return bool(header.years) or bool(header.value_cols) and any(
        v.parsed.value is not None for r in table.rows for v in r.values)


# a piece of a table stands at most this far (points) below the part before it on the same page
MAX_PIECE_GAP = 48.0


def _piece_of(block: TableBlock, anchor: tuple[TableBlock, Table, TableBlock], first_on_page: bool = True) -> Table | None:
    """A headerless PDF piece just under a table with year columns (or at the top of the next page),
    put back on that table's columns by position (tables.regrid)."""
    head_block, head, last = anchor
    if not block.rows or not last.rows or _own_years(block):
        return None
    gap_pages = (block.rows[0].page or 0) - (last.rows[-1].page or 0)
    if gap_pages == 0:
        top = min((b[1] for b in block.rows[0].boxes or [] if b), default=None)
        bottom = max((b[3] for b in last.rows[-1].boxes or [] if b), default=None)
        if top is None or bottom is None or not 0 <= top - bottom <= MAX_PIECE_GAP:
            return None
    elif gap_pages != 1:
        return None
    grid = regrid(block, head_block, head.header)
    if grid is None:
        return None
    table = interpret(grid, head.header)
    if not table.is_data or not any(r.values for r in table.rows):
        return None
    return table if gap_pages == 0 or first_on_page else without_years(table)


def _own_years(block: TableBlock) -> bool:
    """A table whose first row names two years or more has a header of its own, even one too
    garbled to read: it does not continue the table before."""
    if not block.rows:
        return False
    return len(YEAR_IN_TEXT.findall(" ".join(block.rows[0].cells))) >= 2


# sentences read for the stated reporting period
PERIOD_SENTENCES = 5000


def report_year(doc: Document, tables: list[Table]) -> int | None:
    """The year the report covers: the year its stated reporting period is labelled with (cover, "about this
    report", a "Reporting period" row: profile/period.py), else the latest year its data tables are given for
    (which may be a forecast or target column), else the year named most often near the start."""
    from ..profile.period import stated_year
    from ..profile.text import narrative_head

    # the period is stated near the front (cover, "about this report") or in a table row; reading every
    # sentence of a huge input for it cost 1.6 s of CPU on 200,000 one-line paragraphs
    if stated := stated_year(doc, narrative_head(doc, PERIOD_SENTENCES)):
        return stated["value"]
    latest = Counter(max(t.years) for t in tables if t.years)
    if latest:
        return latest.most_common(1)[0][0]
    head = " ".join(t.text for t in doc.lines[:80])
    years = Counter(int(y) for y in _YEAR.findall(head))
    return years.most_common(1)[0][0] if years else None


def _fiscal_offset(doc: Document) -> tuple[int, int] | None:
    from ..profile.period import fiscal_offset
    from ..profile.text import narrative_head
    return fiscal_offset(doc, narrative_head(doc, PERIOD_SENTENCES))


def _year(v, row, default_year: int | None) -> int | None:
    """The cell's year; a figure for a period of dates, or a change between years, has none."""
    return v.year or (None if row.dates or v.change else default_year)


def table_facts(table: Table, section: str | None, default_year: int | None, note: str | None = None,
                offset: tuple[int, int] | None = None, caption: str | None = None) -> list[Fact]:
    """One fact per value cell (and per figure of a text cell); `note`: the paragraph just above the table, `offset`:
    the report's fiscal labelling (both for a table dated by a note: tables.as_of); `caption`: the text line right
    above the table on its page (asked only for the period of a list printing no year, tables.as_of.stated_period)."""
    out: list[Fact] = []
    by_col: dict[int, list[Fact]] = {}
    block = table.block
    title_u = title_unit(block.title) or lead_unit(block.lead) or unit_hint([block.lead])   # "… consumed in gigajoules (GJ) …, as follows:"
    subs = _sub_columns(table)
    if no_single_year(table.header, table.years):
        default_year = None   # the same columns twice side by side (periods or entities, unnamed), spans of years
    lone = _lone_row_name(table, section)
    # a yearless table dated "as of" (by its title, header or the note above it), a ranked list
    as_of, as_of_year = dated_year(table, default_year, section, note, offset)
    if not as_of and table.header is not None and table.header.undated:   # a list printing no year: its stated one
        as_of, as_of_year = True, stated_period(table, default_year, caption)
    for row in table.rows:
        label = " > ".join(row.labels) or (lone if row.values else "")
        named_cols = len(row.values) >= 2 and not table.years
        shared = shared_year_names(row.values)
        for k, v in enumerate(row.values):
            unit = currency_tick(v.unit or row.unit or v.parsed.unit or (named_column_unit(v.column) if named_cols else "")
                                 or title_u)   # "tCO2e/` million": the rupee sign its font maps to a backtick
            line = v.line if v.line is not None else row.line
            page = v.page if v.page is not None else row.page
            out.append(Fact(
                value=v.parsed.value, raw=v.raw, unit=unit, year=as_of_year if as_of else _year(v, row, default_year),
                label=cell_label(label, v.column, subs.get(v.column) or shared.get(k), named_cols or v.change),
                source="table", line=line, page=page, section=section,
                table_id=block.id, table_title=block.title, column=v.column,
                footnotes=row.footnotes + v.parsed.footnotes, qualifier=v.parsed.qualifier,
                box=v.box, label_box=row.box,
            ))
        if row.text_cells:
            _text_cell_facts(row, label, block, section, default_year, by_col)
    notes = notes_columns(table.rows)    # a column of numbered notes set beside the table: no cells
    for col_facts in (fs for col, fs in by_col.items() if col not in notes):
        bounded = sum(1 for f in col_facts if f.qualifier in (">=", "<="))
        # A column whose numbers are nearly all bounds ("≥ 92%", "not less than 96%") quotes the
        # requirements of a standard, not the company's own figures.
        if len(col_facts) >= 2 and bounded / len(col_facts) >= 0.6:
            continue
        out += col_facts
    return out


def _caption_line(blocks: list, i: int) -> str | None:
    """The text line right above table block i on its page ("10. Assessments for the year"), else None."""
    above, block = (blocks[i - 1] if i else None), blocks[i]
    if isinstance(above, (Paragraph, Heading)) and block.rows and above.page == block.rows[0].page:
        return above.text
    return None


def _lone_row_name(table: Table, section: str | None) -> str:
    """A table of one row of figures with no stub ("2019 2020 2021" over "1,477 1,292 1,388") holds what its title
    names: the title (whole, when it is the last line of the heading above), its unit in brackets left off."""
    title = table.block.title or ""
    rows = [r for r in table.rows if r.values]
    if not title or len(rows) != 1 or rows[0].labels or not table.years:
        return ""
    whole = section if section and section.endswith(title) and len(section) <= 3 * len(title) + 80 else title
    name = re.sub(r"\s*[(（][^()（）]*[)）]\s*$", "", whole) if title_unit(title) else whole
    return name.strip()


def _text_cell_facts(row, label: str, block, section: str | None, default_year: int | None,
                     by_col: dict[int, list[Fact]]) -> None:
    """Facts stated in a row's text cells (a table read as prose, a form's answers), by column."""
    first_col, first_text = row.text_cells[0]
    own_figures = _figures_beside(row.text_cells)
    for col, text in row.text_cells:
        # A short cell in the first column names the row; it states a number only when it
        # begins with a count ("9 on-site surveys"). Beside figures of the row's own, however long,
        # it is the row's name ("KPI: 30–40% coverage … | 65.8% | n/a"): its figures specify it
        if col == 0 and (own_figures or len(text.split()) <= 8 and not re.match(r"^[\d,.]+\+?\s+[a-z]", text)):
            continue
        if not re.search(r"[^\W\d_]", text):
            continue  # a bare number in a prose table: a page number, a rank
        name = first_text if first_col == 0 and col != 0 and len(first_text.split()) <= 8 else (label or None)
        if named := line_facts(text, name or "", page=row.page, line=row.line, year=default_year, section=section):
            for f in named:     # "女性管理職比率：単体9.5%、連結9.9%" in a cell: named by its row and its own name
                f.table_id, f.table_title = block.id, block.title
            by_col.setdefault(col, []).extend(named)
            continue
        for f in narrative_facts(text, line=row.line, page=row.page, default_year=default_year,
                                 section=section, source="table", context=name):
            f.table_id = block.id
            f.table_title = block.title
            by_col.setdefault(col, []).append(f)


def _figures_beside(cells: list[tuple[int, str]]) -> bool:
    """Every cell but the first column's is a lone figure or a nil ("65,8%", "30–40%", "n/a"), two or more."""
    rest = [t.strip() for c, t in cells if c != 0 and t.strip()]
    return len(rest) >= 2 and all(t.lower() in _NILS or is_value_cell(t) is not None
                                  or re.search(r"\d", t) and not _LETTER.search(t) for t in rest)


def extract_all(doc: Document) -> list[Fact]:
    tables = interpret_all(doc)
    offset = _fiscal_offset(doc)
    redate(tables, offset)    # "2021/3" columns of a report that calls that year FY2020
    year = report_year(doc, list(tables.values()))
    doc.report_year = year
    facts: list[Fact] = []
    section = None
    recent: list = []   # the text blocks read so far, for the label of a figure standing alone
    last_bare = None    # line of the last figure standing alone: the lines above it are its name
    long: list[int] = []   # sentences over max_sentence_words, read in pieces
    numbered = row_numbers(doc.blocks)
    for i, block in enumerate(doc.blocks):
        if isinstance(block, Heading):
            caption = caption_above(block, recent, last_bare) if OPENS_WITH_FIGURE.match(block.text) else ""
            recent.append(block)
            section = block.text
            own = narrative_facts(block.text, line=block.line, page=block.page, default_year=year,
                                  section=section, heading=True, notes=long)
            if own and OPENS_WITH_FIGURE.match(block.text) and (all(f.label == section for f in own) or (
                    caption and all(f.label == f.unit and f.unit.lower() in GENERIC_UNITS for f in own))):
                # a figure set as a heading ("175,552 tCO₂e", "80 measures") is named by the line above it, or by
                # nothing when all it has is itself
                named = {f.raw: f for f in narrative_facts(f"{caption} {block.text}", line=block.line,
                                                           page=block.page, default_year=year, section=section)} \
                    if caption else {}
                own = [named[f.raw] for f in own if f.raw in named]
            facts += own
        elif isinstance(block, Paragraph):
            if block.region and not cell_sentence(block.text):
                facts += _cell_facts(doc, block, year, section)
                continue     # a table's or a form's cell (marked by the PDF reader) that is no sentence
            if BARE.match(block.text):
                facts += [] if id(block) in numbered else bare_number(block, recent, year, section, last_bare)
                last_bare = block.line
                continue
            if OPENS_WITH_FIGURE.match(block.text) and (caption := caption_above(block, recent, last_bare)):
                # an infographic: "The Company invested a total of RMB" / "5,638,300 in environmental
                # protection." The figure's name and currency stand on the lines above.
                joined = f"{caption} {block.text}"
                facts += [f for f in narrative_facts(joined, line=block.line, page=block.page,
                                                     default_year=year, section=section)
                          if f.raw in block.text]
            else:
                own = narrative_facts(block.text, line=block.line, page=block.page, default_year=year,
                                      section=section, notes=long)
                named = list_facts(doc, block, year, section)    # "・教員研修：7回開催、289名参加" lines
                facts += named + without_named(own, named)
            recent.append(block)
        elif isinstance(block, TableBlock):
            if not _is_content_index(tables[block.id]):
                facts += table_facts(tables[block.id], block.section or section, year, _note_above(doc.blocks, i), offset,
                                     caption=_caption_line(doc.blocks, i))
    if long:
        doc.warnings.append(over_limit("max_sentence_words", f"{len(long):,} sentence(s)",
                                       f"up to {max(long):,} characters; read in pieces of {2 * limits().context_chars} characters"))
    return _dedupe(without_identifiers(facts))   # codes, serial and contact numbers: no figures


def _note_above(blocks: list, i: int) -> str | None:
    """The paragraph just above block i: a note that may date the table (tables.as_of.note_date)."""
    before = blocks[i - 1] if i else None
    return before.text if isinstance(before, Paragraph) else None


_INDEX_CODE = re.compile(r"^(?:KPI\s*)?[AB]\d{1,2}(?:\.\d{1,2})?\b|^(?:GRI\s*)?\d{1,3}-\d{1,2}\b|^Articles?\s*\d|"
                         r"^[A-Z]{2}-[A-Z]{2,3}-\d{3}(?:[a-z]\.\d|\.[A-Z])", re.I)


def _is_content_index(table) -> bool:
    """A framework's content index ("A2.5 | Packaging material used | Not applicable"): its numbers
    are page references and its text the standard's item, not the company's figures."""
    if table.years or (table.header and table.header.unit_col is not None):
        return False
    firsts = [next((c for c in r.cells if c.strip()), "") for r in table.block.rows]
    firsts = [c.strip() for c in firsts if c.strip()]
    coded = sum(1 for c in firsts if _INDEX_CODE.match(c))
    return coded >= 2 and coded >= 0.5 * len(firsts)




def _cell_facts(doc: Document, cell: Paragraph, year: int | None, section: str | None) -> list[Fact]:
    """A cell naming its own figure, else its printed lines that are "name：value" lines."""
    return _pair_facts(cell, year, section) or list_facts(doc, cell, year, section)


def _pair_facts(cell: Paragraph, year: int | None, section: str | None) -> list[Fact]:
    """A cell that names its own figure ("Percentage recycled: 78%", "Number of sites: 25"): that cell's table
    fact, named by the words before the colon (the cell says what its figure is, as a row's stub does)."""
    if not cell_pair(cell.text):
        return []
    name, _, rest = re.split(r"([:：])", cell.text, maxsplit=1)
    name = name.strip("・•● ")
    facts = [f for f in narrative_facts(cell.text, line=cell.line, page=cell.page, default_year=year,
                                        section=section, source="table", context=name) if f.raw in rest]
    for f in facts:
        f.label = name
    return facts


def _dedupe(facts: list[Fact]) -> list[Fact]:
    seen = set()
    out = []
    for f in facts:
        # two columns of one row may print the same number (Male 0.30 %, Total 0.30 %): both are facts
        key = (f.line, f.page, f.table_id, f.raw, f.year, f.label, f.unit, f.value, f.source, f.column)
        if key in seen:
            continue
        seen.add(key)
        out.append(f)
    return out
