"""Tables rebuilt from the lines of one PDF page, by geometry only, as a chain of small steps.

1. regions: two tables side by side are cut apart; a body is a run of data lines (a label, or not,
   and numbers standing apart from it) with label-only lines between them (pdf_table_regions);
2. grid: value columns are the x-extents of the numbers, merged where they overlap; label-area
   columns (sub-labels, a unit column) start where later text on a line stands; an indented first
   label is a child row, put one column to the right (pdf_table_cells);
3. header: lines just above the body with text over the value columns make one header row (a
   column header split over three lines is one cell); a caption beside them is the header's first
   cell and the table's title;
4. rows: lines closer than the table's row pitch are one row (a label wrapped over two lines);
5. checks: numbers scattered over a chart are no table, a contents list is navigation, a prose
   column or a navigation bar beside the numbers is not the table's (pdf_table_checks) — the page
   is read again without it.

Tolerances are named in pdf_table_settings.TableSettings.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..core.units import parse_unit
from .pdf_header_cuts import headed_columns
from .pdf_lines import Fragment, Line
from .pdf_table_cells import Grid, indents, text_columns, text_value_columns, value_columns
from .pdf_table_rows import join_rows
from .pdf_chart_pairs import find_chart_pairs
from .pdf_table_charts import find_charts
from .pdf_table_header import header_above, header_row
from .pdf_table_levels import emphasis_inset
from .pdf_table_pairs import paired_lines
from .pdf_table_totals import total_bar
from .pdf_table_stubs import spanning_stubs
from .pdf_table_checks import beside, contents_list, infographic, is_table, prose_column, prose_lines
from .pdf_table_gutters import split_side_by_side
from .pdf_table_regions import grow_body, header_lines
from .pdf_text_columns import join_offset_values, split_text_columns
from .pdf_table_settings import DEFAULT, TableSettings
from .pdf_table_tokens import Token, is_data_line, is_number, is_value, is_year, tokens, value_start

__all__ = ["PageTable", "TableSettings", "Token", "find_tables", "is_data_line", "is_number", "is_value",
           "is_year", "tokens"]

# how often a page is read again without the prose or navigation found beside its tables
_REREADS = 3


@dataclass
class PageTable:
    rows: list[list[str]]
    title: str | None
    header_rows: int
    top: float
    bottom: float
    x0: float
    x1: float
    lines: list[Line] = field(default_factory=list)
    prose: list[Fragment] = field(default_factory=list)   # a prose column beside it: not the table's
    contents: bool = False     # a contents list (titles and page numbers): navigation, not data
    panel: bool = False        # a highlight panel: a figure printed large over its caption
    chart: bool = False        # a chart's data labels, this year's and last year's (pdf_chart_pairs)
    axis: bool = False         # a chart read from its axis of years (pdf_table_charts): rows named by its caption
    withheld: bool = False     # its value rows withheld (pdf_chart_colours "unproven series"): no facts, its text kept
    boxes: list[list[tuple[float, float, float, float] | None]] | None = None   # per row, per cell


def find_tables(lines: list[Line], settings: TableSettings | None = None) -> list[PageTable]:
    st = settings or DEFAULT
    if not has_figures(lines):
        return []
    charts = find_charts(lines)
    done = {id(f) for t in charts for ln in t.lines for f in ln.frags}
    charts += find_chart_pairs([Line(frags=fs) for ln in lines if (fs := [f for f in ln.frags if id(f) not in done])])
    if charts:
        # a chart's printed values over its axis of years: read first, and not again as a table
        done = {id(f) for t in charts for ln in t.lines for f in ln.frags}
        lines = [Line(frags=fs) for ln in lines if (fs := [f for f in ln.frags if id(f) not in done])]
    out = charts + _read(lines, st)
    # text set beside a table reads as one of its columns: take it out and look again
    for _ in range(_REREADS):
        prose = {id(f) for t in out for f in prose_lines(t.prose, lines)}
        if not prose:
            break
        lines = [Line(frags=fs) for ln in lines if (fs := [f for f in ln.frags if id(f) not in prose])]
        out = charts + _read(lines, st)
    return out


def has_figures(lines: list[Line]) -> bool:
    """The cheap test before the steps: a table needs a data line, which needs a value among its
    tokens, and a chart needs an axis of years; a page none of whose tokens is a value or a year (a
    page of prose: numbers inside sentences are not tokens of their own) has neither, whatever
    columns and line joins the steps would find (they regroup the same tokens)."""
    return any(is_value(t.text) or is_year(t.text) for ln in lines for t in tokens(ln))


def _read(lines: list[Line], st: TableSettings) -> list[PageTable]:
    out: list[PageTable] = []
    for column in split_text_columns(lines, st):
        for part in split_side_by_side(join_offset_values(column, st), st):
            out += _find_in(part, st)
    return out


def _find_in(lines: list[Line], st: TableSettings) -> list[PageTable]:
    tables: list[PageTable] = []
    used: set[int] = set()
    i = 0
    while i < len(lines):
        if i in used or not is_data_line(lines[i]):
            i += 1
            continue
        body = grow_body(lines, i, st)
        t = _build(lines, body, used, st)
        if t is not None:
            tables.append(t)
        i = max(body) + 1
    return tables


@dataclass
class _Draft:
    """A table being built: the page's lines and the indexes of its parts."""
    lines: list[Line]
    body: list[int]
    data: list[int]
    head: list[int] = field(default_factory=list)
    grid: Grid | None = None
    rows: list[tuple[list[str], list]] = field(default_factory=list)     # (cells, boxes)
    title: str | None = None
    value_cols: list[list[float]] = field(default_factory=list)   # the columns of numbers only

    def of(self, idx: list[int]) -> list[Line]:
        return [self.lines[k] for k in idx]

    @property
    def header(self) -> list[str] | None:
        return self.rows[0][0] if self.head else None


def _build(lines: list[Line], body: list[int], used: set[int], st: TableSettings) -> PageTable | None:
    d = _Draft(lines=lines, body=body, data=[k for k in body if is_data_line(lines[k])])
    vx = min(value_start(lines[k]) for k in d.data)
    _pairs(d, vx, st)
    cols = value_columns(d.of(d.data), vx, st)
    if not cols:
        return None
    d.value_cols = cols
    vx = max(vx, cols[0][0])     # a column of dashes under a unit heading is no value column
    cols = sorted(cols + text_value_columns(d.of(body), vx, cols, st))
    label_x = min(f.x0 for k in body for f in lines[k].frags[:1])
    d.head, groups = header_lines(lines, body[0], vx, label_x, used, st, d.value_cols)
    if not d.head and (k := header_above(lines, body[0], cols)) is not None:
        d.head = [k]    # the years over a stack of rows whose cells run over several lines
        groups = _groups_below(lines, k, body[0], vx, used)
    if not d.head and len(d.data) < 2:
        return None  # one line with a number and no header: a footer, a sentence in columns
    cols = sorted(cols + headed_columns(d.of(d.head), cols, vx, st))   # a group's blank remarks column
    if (bar := total_bar(lines, d.head, vx)) is not None:
        d.head.remove(bar)          # the total in the title bar: the table's first row (pdf_table_totals)
        groups = [bar] + groups
    d.body = groups + body
    _stubs(d, vx, st)
    heads = [f for ln in d.of(d.head) for f in ln.frags if f.x1 < vx - 2 and f.x0 > label_x + st.indent_pt]
    extra = text_columns(d.of(d.body), vx, st, heads)
    d.grid = Grid(vx=vx, label_x=label_x, cols=cols, extra=extra,
                  levels=indents(d.of(d.body), label_x, vx, extra, st))
    _header_row(d)
    firsts: list = []
    d.rows += join_rows(d.of(d.body), d.grid, st, firsts)
    _title_without_units(d)
    _side_label(d, used)
    t = _judge(d, used, st)
    if t is not None:
        _levels_by_emphasis(t, d, firsts, st)
    return t


def _groups_below(lines: list[Line], head: int, first: int, vx: float, used: set[int]) -> list[int]:
    """Label-only lines between a header found higher up and the body ("Water withdrawal by source (in
    kilolitres)" under a header whose second line runs over the columns): group rows of the body."""
    if first - head > _GROUP_REACH or any(is_data_line(lines[k]) for k in range(head + 1, first)):
        return []   # a header far up a stack of rows: the lines between are other rows' cells
    out = []
    for k in range(first - 1, head, -1):
        if k in used or any(f.x1 > vx + 2 for f in lines[k].frags):
            break
        out.append(k)
    return sorted(out)


# a header found higher up is at most this many lines above the body for its group rows to be read:
# the header, a second header line that runs over the columns, a group row
_GROUP_REACH = 3


# a row's label set beside its values, up to this many of its type sizes above or below their line
_SIDE = 0.55


def _side_label(d: _Draft, used: set[int]) -> None:
    """A row of values only whose label stands beside it half a line off (cells centred on their rows,
    the label over two lines around the values' line): those label lines are the row's label."""
    if len(d.body) != 1 or not d.rows or any(d.rows[-1][0][:d.grid.nlab]):
        return
    ln = d.lines[d.body[0]]
    near = [k for k, other in enumerate(d.lines) if other is not None and k not in used and k not in d.head
            and k != d.body[0] and other.frags and all(f.x1 < d.grid.vx - 2 for f in other.frags)
            and abs(other.base - ln.base) <= _SIDE * ln.size]
    if not near:
        return
    frags = sorted((f for k in near for f in d.lines[k].frags), key=lambda f: (round(f.x0 / 20), f.base))
    d.rows[-1][0][0] = " ".join(f.text for f in frags)
    d.body = sorted(d.body + near)


def _levels_by_emphasis(t: PageTable, d: _Draft, firsts: list, st: TableSettings) -> None:
    """Plain rows under bold group rows at the same x stand one level in (pdf_table_levels)."""
    k = 1 if d.head else 0
    body = emphasis_inset(list(zip(t.rows[k:], t.boxes[k:])), firsts, d.grid.label_x, d.grid.nlab, st)
    if body is None:
        return
    n = len(body[0][0]) - len(t.rows[k]) if body else 0     # label columns added
    head = [(r[:1] + [""] * n + r[1:], b[:1] + [None] * n + b[1:]) for r, b in zip(t.rows[:k], t.boxes[:k])]
    t.rows, t.boxes = [r for r, _ in head + body], [b for _, b in head + body]


def _pairs(d: _Draft, vx: float, st: TableSettings) -> None:
    """A value and a bracketed second value printed in one cell ("29 (32)") are one cell (pdf_table_pairs)."""
    _set_body(d, paired_lines(d.of(d.body), vx, st))


def _stubs(d: _Draft, vx: float, st: TableSettings) -> None:
    """Row-spanning stub cells set on the first row they cover (pdf_table_stubs)."""
    if _set_body(d, spanning_stubs(d.of(d.body), vx, st)):
        d.body = [k for k in d.body if d.lines[k] is not None]


def _set_body(d: _Draft, lines: list | None) -> bool:
    """The body's lines replaced by a step's (None: the step changed nothing); whether they were."""
    if lines is None:
        return False
    d.lines = list(d.lines)
    for k, ln in zip(d.body, lines):
        d.lines[k] = ln
    return True


def _header_row(d: _Draft) -> None:
    """All header lines make one header row; its label cells are the table's title."""
    if not d.head:
        return
    hdr = header_row(d.of(d.head), d.grid)
    d.title = " ".join(hdr[0][:d.grid.nlab]).strip() or None
    d.rows.append(hdr)


def _title_without_units(d: _Draft) -> None:
    """The heading of a label-area column that holds units (half its cells or more: "単位" over 名,
    ％) is no part of the table's title (with nothing else, the caption above the table is its title)."""
    if not d.head:
        return
    hdr, body = d.rows[0][0], [r for r, _ in d.rows[1:]]
    keep = [hdr[j] for j in range(d.grid.nlab) if j == 0 or not _unit_column(body, j)]
    d.title = " ".join(keep).strip() or None


def _unit_column(rows: list[list[str]], j: int) -> bool:
    cells = [r[j] for r in rows if j < len(r) and r[j].strip()]
    return bool(cells) and 2 * sum(1 for c in cells if parse_unit(c.strip("()（）")) is not None) >= len(cells)


def _judge(d: _Draft, used: set[int], st: TableSettings) -> PageTable | None:
    """Keep the table if its numbers stand in columns (or it is a contents list, or something
    beside it must be taken away first)."""
    all_idx = d.head + d.body
    g = d.grid
    prose = prose_column(d.of(all_idx), g.label_x, g.vx) + beside(d.of(all_idx), d.value_cols, st)
    contents = contents_list(d.of(d.data), g.cols, d.header)
    if not prose and not contents and (not is_table(d.of(d.data), g.cols, d.header, g.nlab, st)
                                       or infographic([r for r, _ in d.rows])):
        return None
    used.update(all_idx)
    frs = [f for k in all_idx for f in d.lines[k].frags]
    return PageTable(rows=[r for r, _ in d.rows], boxes=[b for _, b in d.rows], title=d.title, header_rows=1 if d.head else 0,
                     top=min(f.top for f in frs), bottom=max(f.bottom for f in frs),
                     x0=min(f.x0 for f in frs), x1=max(f.x1 for f in frs), lines=d.of(all_idx),
                     prose=prose, contents=contents)
