"""Interpret a raw table: header rows and their years, the unit column, label paths, value cells.

Rules are about table shape only, never about one report. The work is a chain of small steps,
each in its own module:
- header (tables.header): a header row names years (ascending, descending, one year) and/or a
  unit column; it may appear anywhere (a table split over pages repeats it; a title row may
  precede it); a yearless first row of column names over rows of numbers is a header too;
- values (tables.values): which cells are the row's values and which year each belongs to —
  by position where the table kept its printed columns, else by the trailing run of values;
  a leading small integer before a text label is a row number;
- labels (tables.labels): the unit cell before the values, label paths from the labels above
  and group rows ("By gender", "of which:").
What it gives (Table, Row, ValueCell) is defined in tables.table_types.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..core.numbers import is_band, parse_value, split_markers, year_of
from ..model import RawRow, TableBlock
from .column_names import sub_name
from .date_columns import dated_row, date_columns, without_dates
from .formula_wraps import join_split_formulas
from .glued_sections import split_glued_sections
from .lead_units import LeadUnits, carry_lead_units
from .unit_ditto import Ditto
from .unit_pairs import share_beside, share_line
from .unit_spans import spread_centred_units
from .unit_lines import unit_line_under_header
from .units import inside_brackets, looks_like_unit
from .label_columns import bracket_depth, bracket_unit, description_columns, unit_columns, without_answer, \
    without_wrapped_halves
from .header import Header, detect_header, detect_named_header, gap_spans, name_year_groups, named_sub_header, \
    sub_header, title_unit
from .enumerators import ENUM, join_enumerators
from .labels import (LabelStack, is_group_row, label_unit, named_unit, own_labels, share_unit,
                     split_unit_cell, unit_fallback, unit_of_group, without_legend_key)
from .pairs import prior_value
from .table_types import Row, Table, ValueCell
from .values import Run, is_value_cell, nonempty, value_run, years_of_run

__all__ = ["Header", "Row", "Table", "ValueCell", "interpret", "title_unit", "transpose_if_years_in_rows"]

_ROW_NO = re.compile(r"^\d{1,3}\.?$")


def transpose_if_years_in_rows(block: TableBlock) -> tuple[TableBlock, dict | None]:
    """A table whose first column holds the years ("Year | Scope 1 | Scope 2" / "2023 | 10 | 20") is
    turned so that years become columns, as in most reports. Each value keeps its own line."""
    rows = [r for r in block.rows if any(c.strip() for c in r.cells)]
    if len(rows) < 3:
        return block, None
    head, body = rows[0], rows[1:]
    year_rows = [r for r in body if r.cells and year_of(r.cells[0]) is not None]
    if len(year_rows) < 2 or len(year_rows) < len(body) - 1 or year_of(head.cells[0] or "") is not None:
        return block, None
    if any(year_of(c) for c in head.cells[1:]) or not any(
            parse_value(c) is not None for r in year_rows for c in r.cells[1:]):
        return block, None
    width = max(len(r.cells) for r in rows)
    new_rows = [RawRow(cells=[""] + [r.cells[0] for r in year_rows], line=head.line, page=head.page)]
    for j in range(1, width):
        label = head.cells[j] if j < len(head.cells) else ""
        cells = [label] + [r.cells[j] if j < len(r.cells) else "" for r in year_rows]
        new_rows.append(RawRow(cells=cells, line=None, page=None))
    t = TableBlock(id=block.id, rows=new_rows, title=block.title, section=block.section)
    # (row, column) of the turned table -> where that value stands in the report
    places = {(k + 1, i + 1): (r.line, r.page) for i, r in enumerate(year_rows) for k in range(width - 1)}
    return t, places


@dataclass
class _State:
    """What the interpreter knows while it walks down the rows."""
    block: TableBlock
    header: Header | None
    places: dict | None
    labels: LabelStack = field(default_factory=LabelStack)
    rows: list[Row] = field(default_factory=list)
    years_seen: set[int] = field(default_factory=set)
    sub_rows: set[int] = field(default_factory=set)
    header_at: int = -2          # the row the header in force was read from
    units: dict[tuple[str, ...], str] = field(default_factory=dict)   # label path -> unit printed on that row
    band_parent: tuple[int, list[str]] | None = None   # the last value row not labelled by a band: column, path
    described: set[int] = field(default_factory=set)   # label-area columns that describe rows (tables.label_columns)
    unit_cols: set[int] = field(default_factory=set)   # label-area columns of units in brackets (tables.label_columns)
    ditto: Ditto = field(default_factory=Ditto)   # the unit a blank unit cell repeats (tables.unit_ditto)
    lead: LeadUnits = field(default_factory=LeadUnits)   # units printed on the first row (tables.lead_units)

    @property
    def is_data(self) -> bool:
        return self.header is not None


def interpret(block: TableBlock, carry: Header | None = None) -> Table:
    """Interpret one raw table. `carry` is the header of the table just before, for a table that
    continues on the next page without repeating it."""
    block, places = transpose_if_years_in_rows(spread_centred_units(split_glued_sections(join_split_formulas(block))))
    dated = date_columns(block)
    header, block = _opening_header(block, carry)   # dates count as figures in deciding a header
    dates: dict[int, list[str]] = {}
    if dated:
        block, dates = without_dates(block, dated)
    grid = [r.cells for r in block.rows]
    st = _State(block=block, header=header, places=places, described=description_columns(grid), unit_cols=unit_columns(grid))
    if header is not None:
        st.described |= header.words     # a register's columns of words (tables.measure_lists)
    if header is not None:
        st.years_seen.update(y for _, y, _ in header.years)
    for n, raw in enumerate(block.rows):
        if n in st.sub_rows:
            continue
        cells = [c.strip() for c in raw.cells]
        if _take_header(st, n, cells):
            continue
        row = _read_row(st, n, raw, cells)
        if n in dates and row.values:
            dated_row(row, dates[n])
        st.rows.append(row)
    st.lead.reset()   # the last block's units (tables.lead_units)
    return Table(block=block, rows=st.rows, is_data=st.is_data, years=sorted(st.years_seen), header=st.header)


def _opening_header(block: TableBlock, carry: Header | None) -> tuple[Header | None, TableBlock]:
    """The header in force before the first row: a first row of column names, or the header of
    the table this one continues. (A first row naming years is read as a header by the walk.)"""
    if block.rows and detect_header([c.strip() for c in block.rows[0].cells], True) is not None:
        return None, block
    named = detect_named_header(block)
    if named is not None:
        return named, TableBlock(id=block.id, rows=block.rows[1:], title=block.title, section=block.section,
                                 positioned=block.positioned)
    return carry, block


def _take_header(st: _State, n: int, cells: list[str]) -> bool:
    """A header row anywhere in the table: it replaces the one in force and its label stack."""
    h = detect_header(cells, first=(n == 0 or not st.rows and st.header is None))
    if h is None:
        return False
    rows = st.block.rows
    if n > 0 and len({y for _, y, _ in h.years}) < len(h.years):
        name_year_groups(h, [c.strip() for c in rows[n - 1].cells])
    nxt = [c.strip() for c in rows[n + 1].cells] if n + 1 < len(rows) else []
    sub = sub_header(nxt, h)
    named = None if sub else named_sub_header(nxt, h)
    if named:
        sub, h.remark_cols = named      # "Logged | Closed | Notes" under each year over merged cells
    if sub:
        st.sub_rows.add(n + 1)
    h.spans = sub or h.spans or gap_spans(h)
    prev = st.header
    if prev is not None and st.header_at == n - 1 and h.unit_col is None and prev.unit_col is not None \
            and prev.unit_col < len(cells) and not cells[prev.unit_col]:
        h.unit_col = prev.unit_col   # a header over two rows: "Unit" spans both, the years are below
    st.header, st.header_at = h, n
    st.labels.reset()
    st.ditto = Ditto()
    st.lead.reset()
    st.years_seen.update(y for _, y, _ in h.years)
    return True


def _read_row(st: _State, n: int, raw: RawRow, cells: list[str]) -> Row:
    header = st.header
    row = Row(line=raw.line, page=raw.page, labels=[])
    _row_number(row, cells)
    run, start, mode = value_run(cells, header, st.block.positioned) if st.is_data else ([], len(cells), "")
    run, start = _lone_markers(run, start, cells, header)
    label_cells = join_enumerators([(i, c) for i, c in enumerate(cells[:start]) if c.strip()])
    if len(label_cells) > 1 and (named := [(i, c) for i, c in label_cells if i not in st.described]):
        label_cells = named    # a row's description beside its name is no level of its path
    label_cells = without_answer(without_wrapped_halves(label_cells), header.cells if header else [])
    label_cells, unit, run = split_unit_cell(label_cells, run, header, mode == "positioned")
    if not unit and run:
        label_cells, unit = bracket_unit(label_cells, st.unit_cols)
    if not unit and run and _unit_under_group(st, label_cells):
        label_cells, unit = [], label_cells[0][1]   # "Files opened | " over " | (number) | 73": the group's figures
    if run:
        st.ditto.see(st.header, unit)
    if not run:
        st.lead.section()
        _label_only_row(st, row, label_cells, n)
        return row
    own, notes = own_labels(label_cells)
    row.footnotes += notes
    own = _stub_goes_on(st, own)
    row.labels = _under_band_parent(st, own, st.labels.path(own, start))
    in_cell, printed = {p.unit for _, _, p in run if p.value is not None}, unit
    if not unit and len(in_cell) == 1 and "" not in in_cell:
        unit = next(iter(in_cell))   # every number of the row prints its unit ("–", "–7%"): the dash's too
    if not unit:
        parents = row.labels[:len(row.labels) - len(own)]
        unit = unit_fallback(own, run, header, parents) or (header.unit_hint if header else "") \
            or _parent_unit(st, parents) or _named_in_parents(parents) \
            or st.ditto.carried(row.labels, run)
    if unit:
        row.unit, unit_notes = split_markers(unit, unit=True)
        row.unit = inside_brackets(row.unit)   # "(million tonnes CO2eq)", "（％）" in a unit column: the unit is inside
        row.footnotes += unit_notes
    row.box = _box(raw, own[0][0]) if own else None
    if row.unit:
        st.units[tuple(row.labels)] = row.unit
    run = share_line(run, row, st.rows)   # "1,200" over "(60.0)" in "trees (%)": a share, no negative
    _add_values(st, row, n, raw, cells, run, mode)
    carry_lead_units(st.lead, row, run, raw.boxes, header, bool(printed) or bool(row.unit) and row.unit not in in_cell)
    share_beside(row)   # "1,200 | (60.0)" under "Number | %": the same, side by side
    _add_changes(row, raw, cells, run, header)
    return row


def _stub_goes_on(st: _State, own: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A row's first label cell that closes a bracket the label in force at its column left open
    ("... (per one million hours" over "worked) | Workers"): a stub spanning the rows, wrapped onto
    this row's line. The whole stub is the label there, for this row and the rows above that had
    its first line."""
    if len(own) < 2 or (p := own[0][0]) not in st.labels.stack:
        return own
    cut = st.labels.stack[p]
    if bracket_depth(cut) <= 0 or bracket_depth(own[0][1]) >= 0:
        return own
    whole = f"{cut} {own[0][1]}"
    for r in st.rows:
        if cut in r.labels and r.values and not r.unit:
            r.unit = label_unit(whole)   # "(per one million hours" / "worked)": the unit whole at last
        r.labels = [whole if lab == cut else lab for lab in r.labels]
    return [(p, whole)] + own[1:]


def _add_changes(row: Row, raw: RawRow, cells: list[str], run: Run, header: Header | None) -> None:
    """The row's cells under change columns ("Difference" after the years), where the row has the
    header's columns: read with their column's name and no year (a change is no year's amount)."""
    if header is None or not header.change_cols or len(cells) != len(header.cells):
        return
    taken = {i for i, _, _ in run}
    for i, name in header.change_cols.items():
        if i not in taken and cells[i] and (p := is_value_cell(cells[i])) is not None and p.value is not None:
            row.values.append(ValueCell(raw=cells[i], parsed=p, year=None, column=split_markers(name)[0], col=i,
                                        unit=p.unit, box=_box(raw, i), change=True))   # "+5.6%" of GJ is in %


def _named_in_parents(parents: list[str]) -> str:
    """The unit a parent label names in words ("Average workforce FTE > Total"), nearest first."""
    return next((u for p in reversed(parents) if (u := named_unit(p, " ".join(parents)))), "")


def _parent_unit(st: _State, parents: list[str]) -> str:
    """A row with no unit of its own under a value row that printed one ("Total water withdrawals
    (million m³) 1,673" over "of which: sea water 1,533"): a part is measured as its whole."""
    for k in range(len(parents), 0, -1):
        if tuple(parents[:k]) in st.units:
            return st.units[tuple(parents[:k])]
    return ""


def _row_number(row: Row, cells: list[str]) -> None:
    """A leading small integer before a text label is the row's number, not a value."""
    ne = nonempty(cells)
    # the number may stand one label column in (a PDF grid that reads a bold total row as indented)
    if len(ne) >= 2 and _ROW_NO.match(ne[0][1]) and is_value_cell(ne[1][1]) is None \
            and year_of(ne[0][1]) is None:
        row.row_no = ne[0][1]
        cells[ne[0][0]] = ""


def _lone_markers(run: Run, start: int, cells: list[str], header: Header | None) -> tuple[Run, int]:
    """Not-disclosed markers count only beside real numbers or under a header's value columns
    ("/" in a prose table is no value)."""
    if run and all(p.value is None for _, _, p in run) and not (
            header and (header.years or header.value_cols) and len(run) <= max(len(header.years), 1)
            and nonempty(cells[:start])):
        return [], len(cells)
    return run, start


def _under_band_parent(st: _State, own: list[tuple[int, str]], path: list[str]) -> list[str]:
    """Rows labelled only by a band ("<20", "20–29", ">=60") right under a value row at the same column
    ("Women 19,530" over "<20 4 | 20–29 2,108"), with no parent of their own: that row's breakdown."""
    p = own[0][0] if own else -1
    if len(own) == 1 and is_band(own[0][1]) and len(path) == 1:
        if st.band_parent is not None and st.band_parent[0] == p:
            return st.band_parent[1] + path
        return path
    st.band_parent = (p, path) if own else None
    return path


def _label_only_row(st: _State, row: Row, label_cells: list[tuple[int, str]], n: int) -> None:
    st.band_parent = None
    if u := unit_line_under_header(st.header, st.header_at, n, label_cells):
        st.header, row.text_cells = replace(st.header, unit_hint=u), []   # "Million m³" a line under the years
        return
    row.text_cells = label_cells
    cells, unit = unit_of_group(label_cells) if st.is_data else (label_cells, "")
    if st.is_data and (_group_goes_on(st, cells) or _note_goes_on(st, cells)):
        row.text_cells = []
        return
    if st.is_data and is_group_row(cells):
        p, text = cells[0]
        row.labels = st.labels.open_group(p, without_legend_key(split_markers(text)[0]), _group_below(st, n, p))
        row.text_cells = []
        if unit:   # "Process safety events | (number)": its rows are counted in it
            st.units[tuple(row.labels)] = inside_brackets(unit)


def _group_below(st: _State, n: int, p: int) -> bool:
    """The row after row n is a group row at column p too (no values, its one label there)."""
    rows = st.block.rows
    if n + 1 >= len(rows):
        return False
    cells = nonempty([c.strip() for c in rows[n + 1].cells])
    return len(cells) == 1 and cells[0][0] == p and is_group_row(cells)


def _unit_under_group(st: _State, label_cells: list[tuple[int, str]]) -> bool:
    """The only label of a value row right under a group row is a unit in brackets: the unit of the
    group's own figures, printed once in a unit column, not a sub-row's name."""
    return st.labels.after_group and len(label_cells) == 1 and label_cells[0][0] > st.labels.group[0] \
        and bool(re.fullmatch(r"\([^()]+\)", label_cells[0][1].strip())) and looks_like_unit(label_cells[0][1])


# a line that opens a group of its own though it starts in lower case: "of which:", "thereof"
_OWN_GROUP = re.compile(r"(?:of which|thereof|including|incl\b|excluding|o/w)", re.I)


def _group_goes_on(st: _State, cells: list[tuple[int, str]]) -> bool:
    """A label-only line in lower case at the column of the group in force, right after that group's own
    row (its figures): the group's label wrapped onto a second line ("Files opened during the year
    categorized" / "(number) 73" / "according to the process ..."). The group's label takes it."""
    g, last = st.labels.group, st.rows[-1] if st.rows else None
    if g is None or len(cells) != 1 or cells[0][0] != g[0] or last is None or not last.labels \
            or last.labels[-1] != g[1] or g[1].endswith((":", "：")):
        return False
    text = cells[0][1].strip()
    if not re.match(r"[a-z]", text) or _OWN_GROUP.match(text) or text.endswith((":", "：")):
        return False
    whole = f"{g[1]} {text}"
    st.labels.stack[g[0]], st.labels.group = whole, (g[0], whole)
    for r in st.rows:
        r.labels = [whole if lab == g[1] else lab for lab in r.labels]
    st.units = {tuple(whole if lab == g[1] else lab for lab in k): u for k, u in st.units.items()}
    return True


# a label-only line that is a bracketed note, not a list's number: "(Used oil, spent resins) (G)"
_NOTE_LINE = re.compile(r"\(\s*[^\W\d_][^()]*\s[^()]*\)")


def _note_goes_on(st: _State, cells: list[tuple[int, str]]) -> bool:
    """A label-only line that opens with a bracketed note of several words, right under a value row: that row's
    label wrapped onto a second line ("Other hazardous waste" / "(Used oil, spent
    resins) (G)"). The row's label takes it; the line opens no group (rows after it, and a list's total, stay
    under the group above)."""
    last = st.rows[-1] if st.rows else None
    if len(cells) != 1 or last is None or not last.labels or not last.values or ENUM.match(cells[0][1] + " "):
        return False
    p, text = cells[0][0], cells[0][1].strip()
    if not _NOTE_LINE.match(text):
        return False
    whole = f"{last.labels[-1]} {text}"
    if st.labels.stack.get(p) == last.labels[-1]:
        st.labels.stack[p] = whole
    for r in st.rows:
        if r.labels == last.labels and r is not last:
            r.labels = [*r.labels[:-1], whole]
    last.labels = [*last.labels[:-1], whole]
    return True


def _add_values(st: _State, row: Row, n: int, raw: RawRow, cells: list[str], run: Run, mode: str) -> None:
    header = st.header
    for (i, c, parsed), (year, col) in zip(run, years_of_run(run, mode, header)):
        if header and not header.years and len(header.cells) == len(cells) and header.cells[i]:
            col = header.cells[i]  # same shape as the header: name the column by position
        vc = ValueCell(raw=c, parsed=parsed, year=year, column=col, col=i,
                       unit=(header.spans[i][2] if mode == "spanned" and header is not None else "")
                       or _column_unit(col, header) or (header.col_units.get(i, "") if header else ""),
                       box=_box(raw, i))
        if st.places:
            vc.line, vc.page = st.places.get((n, i), (raw.line, raw.page))
        row.values.append(vc)
        if header and (prior := prior_value(vc, header.cells[i] if i < len(header.cells) else None)):
            row.values.append(prior)     # "29 (32)" under "2021 (2020)": 32 is 2020's (tables.pairs)


def _column_unit(col: str | None, header: Header | None) -> str:
    """A unit the value's year column names in brackets ("2021 Women (%)", "2022 Total (number)"):
    that column's cells are measured in it."""
    if not col or header is None or not header.years:
        return ""
    name = split_markers(col.split(" > ")[-1], unit=True)[0]
    return label_unit(name) or share_unit(name) or share_unit(sub_name(col))   # "FY 2023 (% (Y / X))"


def _box(raw: RawRow, i: int):
    return raw.boxes[i] if raw.boxes and i < len(raw.boxes) else None
