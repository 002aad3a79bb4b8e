"""Interpret a raw table: header rows and their years, the unit column, label hierarchy, value cells.

Rules are about table shape only, never about one report:
- a header row names years (ascending, descending, one year) and/or a unit column; it may appear
  anywhere (a table split over pages repeats it; a title row may precede it);
- values are the trailing run of value cells of a row; a row with fewer values than year columns
  holds the most recent years; a leading small integer before a text label is a row number;
- the cell just before the values is the unit when it reads as a unit;
- blank leading cells inherit the labels above them; a label-only row is a group for the rows
  that follow at its level ("By gender", "of which:").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..core.numbers import Parsed, is_not_disclosed, parse_value, split_markers, year_of
from ..model import RawRow, TableBlock
from .units import looks_like_unit, unit_in_parentheses

HEADER_WORDS = re.compile(
    r"^(indicators?|key performance indicators?|kpis?|units?|unit of measure|items?|categor(y|ies)|metrics?|"
    r"disclosure indicators?|index|type|description|data|year|indicator name|performance|scope|"
    r"category of .*|.* indicators|target value|target|remarks?|notes?|aspect|topic|"
    r"指标|单位|类别|项目|关键绩效指标|年份|数据)$", re.I)
UNIT_HEADER = re.compile(r"^(units?|unit of measure|measurement unit|单位|计量单位)$", re.I)
_YEAR_IN_TEXT = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_ROW_NO = re.compile(r"^\d{1,3}\.?$")


@dataclass
class Header:
    years: list[tuple[int, int, str]]      # (column index, year, header text)
    unit_col: int | None = None
    context_year: int | None = None        # "Compliance in 2024": the year of a yearless table
    after_years: int = 0                   # non-year columns after the last year column
    value_cols: list[str] = field(default_factory=list)   # names of yearless value columns
    cells: list[str] = field(default_factory=list)        # the header row as printed
    unit_hint: str = ""                    # "Unit: tonnes" in a header cell
    # a year header cell spanning several value columns ("2024" over "Number | %"):
    # column -> (year, column name, unit the sub-header names)
    spans: dict[int, tuple[int, str, str]] = field(default_factory=dict)


@dataclass
class ValueCell:
    raw: str
    parsed: Parsed
    year: int | None
    column: str | None
    col: int
    line: int | None = None                 # set when the value stands on another line than its row
    page: int | None = None
    unit: str = ""                          # the unit its column's sub-header names ("%")


@dataclass
class Row:
    line: int | None
    page: int | None
    labels: list[str]                       # label path, parents first, markers removed
    unit: str = ""
    values: list[ValueCell] = field(default_factory=list)
    footnotes: list[str] = field(default_factory=list)
    text_cells: list[tuple[int, str]] = field(default_factory=list)  # (column, prose), for facts in sentences
    row_no: str | None = None


@dataclass
class Table:
    block: TableBlock
    rows: list[Row]
    is_data: bool
    years: list[int]
    header: Header | None = None             # the header in force at the end of the table


def _nonempty(cells: list[str]) -> list[tuple[int, str]]:
    return [(i, c.strip()) for i, c in enumerate(cells) if c.strip()]


def detect_header(cells: list[str], first: bool) -> Header | None:
    ne = _nonempty(cells)
    if not ne:
        return None
    years = [(i, y, c) for i, c in ne if (y := year_of(c)) is not None]
    others = [(i, c) for i, c in ne if year_of(c) is None]
    if any(parse_value(c) is not None and not is_not_disclosed(c) for _, c in others):
        return None
    header_words = [c for _, c in others if HEADER_WORDS.match(split_markers(c)[0])]
    unit_col = next((i for i, c in others if UNIT_HEADER.match(split_markers(c)[0])), None)
    if years:
        if len(years) >= 2 or first or header_words or not others or len(others) <= 1:
            after = sum(1 for i, _ in others if i > years[-1][0])
            # the stub cell may name the unit of every row: "Energy consumption (kWh'000)", "(HK$ million)"
            stub = next((split_markers(c)[0] for i, c in others if i < years[0][0]), "")
            return Header(years=years, unit_col=unit_col, after_years=after, cells=cells,
                          unit_hint=_unit_hint(c for _, c in others) or (unit_in_parentheses(stub) or ""))
        return None
    # A yearless header: short text cells with header words, on the first row.
    if first and (header_words or unit_col is not None) and all(len(c.split()) <= 6 for _, c in others):
        ctx = {int(y) for _, c in others for y in _YEAR_IN_TEXT.findall(c)}
        after = [c for i, c in others if unit_col is not None and i > unit_col] if unit_col is not None \
            else [c for _, c in others[1:]]
        return Header(years=[], unit_col=unit_col, context_year=ctx.pop() if len(ctx) == 1 else None,
                      value_cols=after, unit_hint=_unit_hint(c for _, c in others), cells=cells)
    return None


_UNIT_LABEL = re.compile(r"(?:^|[(（\s])(?:unit|units|单位)\s*[:：]\s*([^)）]{1,30})", re.I)


def _unit_hint(texts) -> str:
    """"Unit: tonnes" or "(单位：吨)" in a header cell or a table title."""
    for t in texts:
        m = _UNIT_LABEL.search(t or "")
        if m:
            return m.group(1).strip()
    return ""


def title_unit(title: str | None) -> str:
    """The unit a table title announces: "Emissions (Mt CO2e)", "Unit: RMB 10,000"."""
    if not title:
        return ""
    return _unit_hint([title]) or (unit_in_parentheses(title) or "")


_SCALE_UNIT = re.compile(
    r"^(?:(?:RMB|CNY|HKD|USD|US\$|HK\$|¥)\s?(?:10,000|10000|1,000|'000|100 million)|"
    r"(?:10,000|10000|1,000|'000)\s?(?:RMB|CNY|HKD|USD|yuan|shares|kwh|tons?|tonnes|m³|m3|persons?))$", re.I)


def _is_value(cell: str) -> Parsed | None:
    if _SCALE_UNIT.match(cell.strip()):
        return None  # "RMB10,000", "10,000 shares": a unit with a scale, not a value
    p = parse_value(cell)
    if p is None:
        return None
    if p.qualifier == "range" and p.unit and p.unit not in ("%", "％"):
        return None  # "30-50 years old" is a label
    return p


def _trailing_values(cells: list[str], header: Header | None) -> tuple[list[tuple[int, str, Parsed]], int]:
    """Value cells at the end of the row (index, raw, parsed) and the index where they start."""
    end = len(cells)
    while end > 0 and not cells[end - 1].strip():
        end -= 1
    # Skip trailing remark columns the header announces after the years.
    if header and header.after_years:
        k = end
        skipped = 0
        while k > 0 and skipped < header.after_years and cells[k - 1].strip() and _is_value(cells[k - 1]) is None:
            k -= 1
            skipped += 1
            while k > 0 and not cells[k - 1].strip():
                k -= 1
        end = k
    run: list[tuple[int, str, Parsed]] = []
    i = end - 1
    years = len(header.years) if header and header.years else None
    # columns after the years ("YoY change") may hold numbers too: read them, then set them aside
    cap = years + header.after_years if years else None
    while i >= 0:
        c = cells[i].strip()
        if not c:
            # a blank between values is a missing value only inside the run
            if run and i > 0 and _is_value(cells[i - 1]) is not None and (cap is None or len(run) < cap):
                i -= 1
                continue
            break
        p = _is_value(c)
        if p is None:
            break
        if cap is not None and len(run) >= cap:
            break
        run.append((i, c, p))
        i -= 1
    run.reverse()
    if years and len(run) > years:
        run = run[:years] if len(run) == cap else run[-years:]
    if not run and header and not header.years:
        # A yearless table may put remarks after the value: "Rate | 100% | Compliance".
        ne = _nonempty(cells[:end])
        run = [(i, c, p) for i, c in ne[1:] if (p := _is_value(c)) is not None]
    start = run[0][0] if run else end
    return run, start


def _name_year_groups(header: Header, above: list[str]) -> None:
    """Years that repeat ("Group 2023 2024 | Company 2023 2024") take the name printed above them,
    the nearest one at or left of their column."""
    names = {i: c for i, c in enumerate(above) if c and year_of(c) is None}
    if not names:
        return
    out = []
    for i, y, t in header.years:
        left = [k for k in names if k <= i]
        name = names[max(left)] if left else None
        out.append((i, y, f"{name} > {t}" if name else t))
    header.years = out


def _aligned_values(cells: list[str], header: Header | None) -> list[tuple[int, str, Parsed]] | None:
    """Values read by position, when the row has exactly the header's columns and its cells under
    the year columns are values or blanks, with at least one blank (exact layouts such as PDF)."""
    if not header or not header.years or len(cells) != len(header.cells):
        return None
    under = [(i, cells[i].strip()) for i, _, _ in header.years]
    if not any(not c for _, c in under) or all(not c for _, c in under):
        return None
    out = []
    for i, c in under:
        if not c:
            continue
        p = _is_value(c)
        if p is None:
            return None
        out.append((i, c, p))
    return out


_SUB_WORDS = re.compile(r"^(?:number|no\.?|count|headcount|persons?|people|%|percentage|proportion|ratio|rate|share|"
                        r"amount|value|total|人数|比例|占比|数量)$", re.I)


def _sub_header(cells: list[str], header: Header) -> dict[int, tuple[int, str, str]] | None:
    """A row under a year header that splits each year into measures ("Number | % | Number | %"):
    each of its cells takes the year printed at or left of it."""
    if not header.years:
        return None
    ne = _nonempty(cells)
    first = header.years[0][0]
    if len(ne) < 2 or len(ne) < len(header.years) or any(i < first for i, _ in ne):
        return None
    if not all(_SUB_WORDS.match(split_markers(c)[0]) or looks_like_unit(c) for _, c in ne):
        return None
    spans = {}
    for j, c in ne:
        i, y, t = max((h for h in header.years if h[0] <= j), key=lambda h: h[0])
        spans[j] = (y, f"{t} {c}", c if looks_like_unit(c) else "")
    return spans


def _gap_spans(header: Header) -> dict[int, tuple[int, str, str]]:
    """Years printed over merged cells ("| 2024 | | 2023 | |"): each blank header cell after a year
    column belongs to that year."""
    cols = [i for i, _, _ in header.years]
    if len(cols) < 2 or not header.cells:
        return {}
    gaps = [b - a for a, b in zip(cols, cols[1:])]
    if len(set(gaps)) != 1 or gaps[0] < 2 or any(header.cells[k].strip() for a in cols for k in range(a + 1, a + gaps[0])
                                                 if k < len(header.cells)):
        return {}
    return {a + k: (y, t, "") for a, y, t in header.years for k in range(gaps[0])}


def _span_values(cells: list[str], header: Header | None) -> list[tuple[int, str, Parsed]] | None:
    """Values read by position under a year header whose cells span several columns."""
    if not header or not header.spans:
        return None
    out = []
    for i, c in enumerate(cells):
        if not c:
            continue
        if i not in header.spans:
            if i > min(header.spans):
                return None
            continue
        p = _is_value(c)
        if p is None:
            return None
        out.append((i, c, p))
    return out or None


def detect_named_header(block: TableBlock) -> Header | None:
    """A first row of column names with no years above rows of numbers:
    "Product Group | Upstream Scope 3 | ... | Total". Its year is the one its title names, if any."""
    rows = [r for r in block.rows if any(c.strip() for c in r.cells)]
    if len(rows) < 2:
        return None
    cells = [c.strip() for c in rows[0].cells]
    ne = _nonempty(cells)
    if len(ne) < 3 or any(_is_value(c) is not None for _, c in ne) or any(len(c.split()) > 16 for _, c in ne):
        return None
    numeric = sum(1 for r in rows[1:] if sum(1 for c in r.cells if _is_value(c.strip()) is not None) >= 2)
    if numeric < max(1, (len(rows) - 1) // 2):
        return None
    ctx = {int(y) for _, c in ne for y in _YEAR_IN_TEXT.findall(c)}
    return Header(years=[], context_year=ctx.pop() if len(ctx) == 1 else None,
                  value_cols=[c for _, c in ne[1:]], cells=cells,
                  unit_hint=_unit_hint(c for _, c in ne) or title_unit(ne[0][1]))


def _years_for(n: int, header: Header | None) -> list[tuple[int | None, str | None]]:
    """Years for n values: all header years in order, or the n most recent ones in header order."""
    if not header or not header.years:
        cols = header.value_cols[-n:] if header and len(header.value_cols) >= n else [None] * n
        return [(header.context_year if header else None, c) for c in cols]
    ys = header.years
    if n >= len(ys):
        return [(y, t) for _, y, t in ys][:n] + [(None, None)] * (n - len(ys))
    recent = sorted((y for _, y, _ in ys), reverse=True)[:n]
    return [(y, t) for _, y, t in ys if y in recent]


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


def interpret(block: TableBlock, carry: Header | None = None) -> Table:
    """Interpret one raw table. `carry` is the header of the table just before, for a table that
    continues on the next page without repeating it."""
    block, places = transpose_if_years_in_rows(block)
    header: Header | None = None
    first_is_header = bool(block.rows) and detect_header([c.strip() for c in block.rows[0].cells], True) is not None
    if not first_is_header:
        named = detect_named_header(block)
        if named is not None:
            header, block = named, TableBlock(id=block.id, rows=block.rows[1:], title=block.title,
                                              section=block.section)
        elif carry is not None:
            header = carry
    stack: dict[int, str] = {}
    group: tuple[int, str] | None = None
    group_indented = False   # the group's rows so far stood right of it
    rows: list[Row] = []
    years_seen: set[int] = set()
    is_data = header is not None
    if header is not None:
        years_seen.update(y for _, y, _ in header.years)
    sub_rows: set[int] = set()
    for n, raw in enumerate(block.rows):
        if n in sub_rows:
            continue
        cells = [c.strip() for c in raw.cells]
        h = detect_header(cells, first=(n == 0 or not rows and header is None))
        if h is not None:
            if n > 0 and len({y for _, y, _ in h.years}) < len(h.years):
                _name_year_groups(h, [c.strip() for c in block.rows[n - 1].cells])
            nxt = [c.strip() for c in block.rows[n + 1].cells] if n + 1 < len(block.rows) else []
            sub = _sub_header(nxt, h)
            if sub:
                sub_rows.add(n + 1)
            h.spans = sub or _gap_spans(h)
            header, stack, group, is_data = h, {}, None, True
            years_seen.update(y for _, y, _ in h.years)
            continue
        row = Row(line=raw.line, page=raw.page, labels=[])
        ne = _nonempty(cells)
        # A leading small integer before a text label is the row's number, not a value.
        if len(ne) >= 2 and _ROW_NO.match(ne[0][1]) and ne[0][0] == 0 and _is_value(ne[1][1]) is None \
                and year_of(ne[0][1]) is None:
            row.row_no = ne[0][1]
            cells[0] = ""
        spanned = _span_values(cells, header) if is_data else None
        aligned = spanned if spanned is not None else (_aligned_values(cells, header) if is_data else None)
        if aligned is not None:
            run, start = aligned, (aligned[0][0] if aligned else len(cells))
        else:
            run, start = _trailing_values(cells, header) if is_data else ([], len(cells))
        # Not-disclosed markers count only beside real numbers or under a header's value columns
        # ("/" in a prose table is no value).
        if run and all(p.value is None for _, _, p in run) and not (
                header and (header.years or header.value_cols) and len(run) <= max(len(header.years), 1)
                and _nonempty(cells[:start])):
            run, start = [], len(cells)
        label_cells = [(i, c) for i, c in enumerate(cells[:start]) if c.strip()]
        unit = ""
        if run and label_cells:
            ui, uc = label_cells[-1]
            if (looks_like_unit(uc) or (header and header.unit_col is not None and uc == "/"
                                        and len(label_cells) > 1)) and len(label_cells) > 1:
                unit = "" if uc == "/" else uc
                label_cells = label_cells[:-1]
            elif len(label_cells) == 1 and looks_like_unit(uc) and header and header.unit_col is not None:
                # a row that has only a unit: its label is inherited (rare; keep it as unit)
                unit, label_cells = uc, []
        if (run and not unit and run[0][2].value is None and header and header.unit_col is not None
                and header.years and len(run) == len(header.years) and label_cells
                and not looks_like_unit(label_cells[-1][1])):
            # "/" standing in the unit column: the row has one value fewer than the header's years
            unit = run[0][1]
            run = run[1:]
        label_cells = [(i, c) for i, c in label_cells if c != "/"]
        if not run:
            row.text_cells = label_cells
            if is_data and len(label_cells) == 1 and not re.search(r"\d", label_cells[0][1]):
                # a group row: "By Gender", "of which:", a section name inside the table
                p, text = label_cells[0]
                text, notes = split_markers(text)
                for k in [k for k in stack if k >= p]:
                    del stack[k]
                stack[p] = text.rstrip(":：")
                group, group_indented = (p, stack[p]), False
                row.labels = [stack[k] for k in sorted(stack)]
                row.text_cells = []
            rows.append(row)
            continue
        own: list[tuple[int, str]] = []
        for i, c in label_cells:
            text, notes = split_markers(c)
            row.footnotes += notes
            own.append((i, text))
        p = own[0][0] if own else start
        prefix = [stack[k] for k in sorted(stack) if k < p]
        if group and group[0] == p and group_indented:
            # the group's rows stood indented under it; a row back at its column starts anew
            for k in [k for k in stack if k >= p]:
                del stack[k]
            group, prefix = None, [stack[k] for k in sorted(stack) if k < p]
        if group and group[0] == p and (not prefix or prefix[-1] != group[1]):
            prefix = prefix + [group[1]]
        elif group and group[0] > p:
            group = None
        group_indented = bool(group) and (group_indented or p > group[0])
        for k in [k for k in stack if k >= p]:
            if not (group and k == group[0] and k == p):
                del stack[k]
        for i, t in own:
            if not (group and i == group[0]):
                stack[i] = t
        row.labels = prefix + [t for _, t in own]
        if not unit:
            unit = _unit_fallback(own, run, header, cells) or (header.unit_hint if header else "")
        row.unit = split_markers(unit, unit=True)[0] if unit else ""
        row.footnotes += split_markers(unit, unit=True)[1] if unit else []
        years_for = _years_for(len(run), header)
        if spanned is not None and header is not None:
            years_for = [header.spans[i][:2] for i, _, _ in run]
        elif aligned is not None and header is not None:
            by_col = {i: (y, t) for i, y, t in header.years}
            years_for = [by_col[i] for i, _, _ in run]
        for (i, c, parsed), (year, col) in zip(run, years_for):
            if header and not header.years and len(header.cells) == len(cells) and header.cells[i]:
                col = header.cells[i]  # same shape as the header: name the column by position
            vc = ValueCell(raw=c, parsed=parsed, year=year, column=col, col=i,
                           unit=header.spans[i][2] if spanned is not None and header is not None else "")
            if places:
                vc.line, vc.page = places.get((n, i), (raw.line, raw.page))
            row.values.append(vc)
        rows.append(row)
    return Table(block=block, rows=rows, is_data=is_data, years=sorted(years_seen), header=header)


def _unit_fallback(own, run, header, cells) -> str:
    """No unit cell: a unit inside the value ("84%"), in the label's parentheses, or the header."""
    in_cell = {p.unit for _, _, p in run if p.unit}
    if len(in_cell) == 1:
        return ""  # the cell's own unit is used per value
    if own:
        u = unit_in_parentheses(own[-1][1])
        if u and not (header and header.unit_hint and u.lower() in _COUNT_NOUNS):
            return u   # "Petrol (vehicles)" under "Energy (kWh'000)": the bracket says what, not how much
    return ""


_COUNT_NOUNS = {"vehicle", "vehicles", "site", "sites", "project", "projects", "household", "households",
                "unit", "units", "set", "sets", "item", "items", "class", "classes", "case", "cases"}
