"""Header rows of a raw table: the years they name (and the columns those stand in), a unit
column, names of yearless value columns, a year spanning sub-columns ("2024" over "Number | %")."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..core.numbers import is_not_disclosed, parse_value, split_markers, year_of
from ..core.units import parse_unit
from ..model import TableBlock
from .fiscal_columns import header_year
from .labels import COUNT_NOUNS, named_unit
from .measure_lists import measure_list_column, register_column, word_columns
from .units import is_count_head, looks_like_unit, sub_unit, trailing_unit, unit_in_parentheses
from .values import is_value_cell, nonempty
from .year_groups import block_year_spans, repeated_groups

HEADER_WORDS = re.compile(
    r"^(indicators?|key performance indicators?|kpis?|units?|unit of measure|items?|categor(y|ies)|metrics?|"
    r"disclosure indicators?|index|type|description|data|year|indicator name|performance|scope|"
    r"category of .*|.* indicators|target value|target|remarks?|notes?|aspect|topic|"
    r"指标|单位|類別|项目|項目|関键绩效指标|关键绩效指标|年份|数据|単位|区分|구분|항목|단위)$", re.I)
UNIT_HEADER = re.compile(r"^(units?|unit of measure(?:ment)?|measurement unit|(?:please )?specify (?:the )?units?|单位|計量単位|単位|计量单位|단위)$", re.I)
YEAR_IN_TEXT = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_UNIT_LABEL = re.compile(r"(?:^|[(（\s])(?:unit|units|单位|단위)\s*[:：]\s*([^)）]{1,30})", re.I)
_SUB_WORDS = re.compile(r"^(?:number|no\.?|count|headcount|persons?|people|%|percentage|proportion|ratio|rate|share|"
                        r"amount|value|total|人数|比例|占比|数量)$", re.I)
# a yearless header's cells are short
_MAX_HEADER_WORDS = 6
# a named header's column names are shorter than this many words
_MAX_NAME_WORDS = 16


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
    col_units: dict[int, str] = field(default_factory=dict)   # named columns: column -> its unit
    groups: int = 0          # yearless column names repeated as groups: periods the header does not state
    # columns after the years that hold a change between them ("Difference", "YoY change", "+/-"):
    # column -> its name; a change is no year's value, its cells are read with no year
    change_cols: dict[int, str] = field(default_factory=dict)
    # columns of remarks inside the year groups ("Logged | Closed | Notes" under each year): words, no year's figure
    remark_cols: set[int] = field(default_factory=set)
    # a list that prints no year (tables.measure_lists): its figures take only the period the table states, else none
    undated: bool = False
    words: set[int] = field(default_factory=set)   # a register's columns of words that describe its rows


def detect_header(cells: list[str], first: bool) -> Header | None:
    ne = nonempty(cells)
    if not ne:
        return None
    years = [(i, y, c) for i, c in ne if (y := header_year(cells, i)) is not None]   # "2021/3" in a row: fiscal_columns
    others = [(i, c) for i, c in ne if header_year(cells, i) is None]
    if not years and (grouped := block_year_spans(cells)) is not None:
        return Header(years=grouped[0], spans=grouped[1], cells=cells,
                      unit_hint=unit_hint(c for i, c in ne if i < grouped[0][0][0]))
    if any(parse_value(c) is not None and not is_not_disclosed(c) for _, c in others[_scale_stub(years, others):]):
        return None
    header_words = [c for _, c in others if HEADER_WORDS.match(split_markers(c)[0])]
    unit_col = next((i for i, c in others if UNIT_HEADER.match(split_markers(c)[0])), None)
    if years:
        return _year_header(years, others, unit_col, header_words, first, cells)
    # A yearless header: short text cells with header words, on the first row.
    if first and (header_words or unit_col is not None) and all(len(c.split()) <= _MAX_HEADER_WORDS
                                                                 for _, c in others):
        ctx = {int(y) for _, c in others for y in YEAR_IN_TEXT.findall(c)}
        after = [c for i, c in others if unit_col is not None and i > unit_col] if unit_col is not None \
            else [c for _, c in others[1:]]
        return Header(years=[], unit_col=unit_col, context_year=ctx.pop() if len(ctx) == 1 else None,
                      value_cols=after, unit_hint=unit_hint(c for _, c in others), cells=cells,
                      groups=repeated_groups(cells))
    return None


def _scale_stub(years, others) -> int:
    """1 when the first cell, left of two or more years, names the scale and unit of every row
    ("1,000 metric tons"): not a value, whatever number it starts with; else 0."""
    return int(len(years) >= 2 and bool(others) and others[0][0] < years[0][0]
               and re.search(r"[^\W\d_]{2}", others[0][1]) is not None)


def _year_header(years, others, unit_col, header_words, first, cells) -> Header | None:
    if not (len(years) >= 2 or first or header_words or not others or len(others) <= 1):
        return None
    after = sum(1 for i, _ in others if i > years[-1][0])
    # the stub cell may name the unit of every row: "Energy consumption (kWh'000)", "(HK$ million)"
    stub = next((_stub_text(c) for i, c in others if i < years[0][0]), "")
    return Header(years=years, unit_col=unit_col, after_years=after, cells=cells,
                  change_cols={i: c for i, c in others if i > years[-1][0] and is_change_name(c)},
                  unit_hint=unit_hint(c for _, c in others) or (unit_in_parentheses(stub) or "")
                  or (_IN_WORD.sub("", stub) if _stub_unit(stub) else "") or _stub_tail_unit(stub)
                  or (stub.strip() if _SHARE_STUB.match(stub) else ""))


# a stub header that says every row is a percentage of one whole: "% of sites certified" (as printed, whole)
_SHARE_STUB = re.compile(r"^\s*[%％]\s*of\s+[^\W\d_]", re.I)


# "In tonnes" over the stub: the header's word "in" is no part of the unit
_IN_WORD = re.compile(r"^in\s+(?=\S)", re.I)


# a column name that says its figures are a change, not a period's amount
_CHANGE_NAME = re.compile(
    r"^(?:(?:%|percent(?:age)?|absolute|net|yoy|y-?o-?y|year[- ]on[- ]year|annual)\s*)?"
    r"(?:change|changes|difference|diff\.?|variance|variation|var\.?|deviation|delta|δ|Δ|\+\s?/\s?[-–]|±|"
    r"increase\s?/\s?\(?decrease\)?|inc\.?\s?/\s?\(?dec\.?\)?|yoy|y-?o-?y|year[- ]on[- ]year|增减|变动|同比|増減|前年比|증감)"
    r"(?:\s*(?:\(?%\)?|in %|\(?%\s?pts?\)?|\(?pp\)?|vs\.?.{0,20}|from .{0,20}|over .{0,20}|on .{0,20}))?$",
    re.I)


def is_change_name(cell: str) -> bool:
    """"Difference", "Change (%)", "YoY", "+/-", "Variance vs FY2020": a column of changes."""
    return _CHANGE_NAME.match(split_markers(cell)[0].strip()) is not None


def _stub_tail_unit(stub: str) -> str:
    """A stub that ends with a measuring unit after other words (a title line read into the
    stub: "Water Scarcity¹ Million m³"): that unit holds for every row without its own."""
    words = stub.split()
    for n in (3, 2, 1):   # the longest tail that is a unit that measures
        u = trailing_unit(" ".join(["x", *words[-n:]])) if len(words) > n else ""
        p = parse_unit(u) if u == " ".join(words[-n:]) else None
        if p is not None and p.dim not in (None, "count"):
            return u
    return ""


def _stub_text(cell: str) -> str:
    """The stub cell without footnote markers; a unit keeps its exponent ("Million m³")."""
    as_unit = split_markers(cell, unit=True)[0]
    return as_unit if _stub_unit(as_unit) or _stub_tail_unit(as_unit) else split_markers(cell)[0]


def _stub_unit(stub: str) -> bool:
    """A stub header that is a unit ("TJ", "Million metric tons of CO2 equivalents") names every
    row's unit; a column name ("Unit", "Site", "Item") does not."""
    if _KIND_OVER_COUNT.fullmatch(stub.strip()):
        return False   # "Safety Incident/Number": what the rows are and that the cells count them
    if is_count_head(stub):
        return False   # "Number of Employees": what the rows count, no unit
    return looks_like_unit(stub) and not HEADER_WORDS.match(stub) and stub.lower().rstrip("s") not in \
        {n.rstrip("s") for n in COUNT_NOUNS | {"unit", "item", "number", "case", "time", "event", "session"}}


_KIND_OVER_COUNT = re.compile(r"[^/]{2,60}/\s*(?:number|no\.?|count|numbers)", re.I)


def unit_hint(texts) -> str:
    """"Unit: tonnes" or "(单位：吨)" in a header cell or a table title."""
    for t in texts:
        m = _UNIT_LABEL.search(t or "")
        if m:
            return m.group(1).strip()
    return ""


# a title naming its figures a share of a whole: "Products as (a) Percentage of Sales Volume" (a badge of
# capitals set at the line's end may stand before "of": "as Percentage OJG" / "of Sales Volume")
_AS_SHARE = re.compile(r"\bas\s+(?:an?\s+)?(?:percentage|per\s*cent|share)(?:\s+(?-i:[A-Z]{1,4}))?\s+of\b", re.I)


def title_unit(title: str | None) -> str:
    """The unit a table title announces: "Emissions (Mt CO2e)", "Unit: RMB 10,000"; a head count's symbol
    among people's words ("Staff by region (HC)"; "Hydrocarbons (HC)" is no head count); "… as a Percentage
    of …" (%)."""
    if not title:
        return ""
    head = named_unit(title)
    return unit_hint([title]) or (unit_in_parentheses(title) or "") \
        or (head if head.upper().startswith(("HC", "FTE")) else "") or ("%" if _AS_SHARE.search(title) else "")


def name_year_groups(header: Header, above: list[str]) -> None:
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


def sub_header(cells: list[str], header: Header) -> dict[int, tuple[int, str, str]] | None:
    """A row under a year header that splits each year into measures ("Number | % | Number | %"):
    each of its cells takes the year printed at or left of it."""
    if not header.years:
        return None
    ne = nonempty(cells)
    first = header.years[0][0]
    if len(ne) < 2 or len(ne) < len(header.years) or any(i < first for i, _ in ne):
        return None
    if not all(_SUB_WORDS.match(split_markers(c)[0]) or looks_like_unit(c) for _, c in ne):
        return None
    spans = {}
    for j, c in ne:
        i, y, t = max((h for h in header.years if h[0] <= j), key=lambda h: h[0])
        spans[j] = (y, f"{t} {c}", sub_unit(c))
    return spans


def gap_spans(header: Header) -> dict[int, tuple[int, str, str]]:
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


# a sub-column of remarks in each year's group: its cells are words about the figures beside them
_REMARK_NAME = re.compile(r"^(?:remarks?|notes?|comments?|explanations?|reasons?|备注|说明|備考|注記)$", re.I)


def named_sub_header(cells: list[str], header: Header) -> tuple[dict[int, tuple[int, str, str]], set[int]] | None:
    """A row under years printed over merged cells ("| FY 2031 | | | FY 2030 | | |") that names every column of
    each year's group, the same names group after group ("Logged | Closed | Notes"): each column is its year's,
    under its own name; a remarks column among them holds words, no figure of that year (the spans and the
    remarks columns). None when a group's columns are not all named or the groups' names differ."""
    gaps = gap_spans(header)
    if not gaps or {i for i, _ in nonempty(cells)} != set(gaps):
        return None
    starts = [i for i, _, _ in header.years]
    width = starts[1] - starts[0]
    groups = [[" ".join(split_markers(cells[a + k])[0].lower().split()) for k in range(width)] for a in starts]
    if any(g != groups[0] for g in groups) or len(set(groups[0])) != width:
        return None
    spans, remarks = {}, set()
    for j, (y, t, _) in gaps.items():
        c = cells[j].strip()
        if _REMARK_NAME.match(split_markers(c)[0]):
            remarks.add(j)
            continue
        spans[j] = (y, f"{t} {c}", c if looks_like_unit(c) else "")
    return spans, remarks


def detect_named_header(block: TableBlock) -> Header | None:
    """A first row of column names with no years above rows of numbers:
    "Product Group | Upstream Scope 3 | ... | Total". Its year is the one its title names, if any.
    Else a list of one measure's figures (tables.measure_lists: a blank stub cell, a form's long question, a
    register's one measure column among columns of words)."""
    rows = [r for r in block.rows if any(c.strip() for c in r.cells)]
    if len(rows) < 2:
        return None
    if register_column([r.cells for r in rows]) is not None:
        return _measure_list_header(rows)   # a register's serial numbers are no second figure of a row
    return _plain_named_header(rows) or _measure_list_header(rows)


def _measure_list_header(rows: list) -> Header | None:
    grid = [r.cells for r in rows]
    col = measure_list_column(grid)
    col = register_column(grid) if col is None else col
    if col is None:
        return None
    cells = [c.strip() for c in rows[0].cells]
    # "% of shares held …": a bare figure under it is a share
    pct = re.match(r"^[%％]", cells[col])
    return Header(years=[], value_cols=[cells[col]], cells=cells, undated=True, words=word_columns(cells, col),
                  unit_hint=unit_hint([cells[col]]) or (pct[0] if pct else ""))


def _plain_named_header(rows: list) -> Header | None:
    cells = [c.strip() for c in rows[0].cells]
    ne = nonempty(cells)
    if any(is_value_cell(c) is not None for _, c in ne) or any(len(c.split()) > _MAX_NAME_WORDS for _, c in ne):
        return None
    unit_named = len(ne) == 2 and _unit_only(ne[1][1])
    if not _named_body(rows, ne, unit_named):
        return None
    ctx = {int(y) for _, c in ne for y in YEAR_IN_TEXT.findall(c)}
    return Header(years=[], context_year=ctx.pop() if len(ctx) == 1 else None,
                  value_cols=[c for _, c in ne[1:]], cells=cells, groups=repeated_groups(cells),
                  unit_hint=unit_hint(c for _, c in ne) or title_unit(ne[0][1]) or (_RAISED.sub(r"\1", ne[1][1])
                                                                                  if unit_named else ""),
                  col_units=_shared_unit(ne[1:]))


def _named_body(rows: list, ne: list[tuple[int, str]], unit_named: bool) -> bool:
    """The rows under a yearless first row of names hold its figures: one figure a row under a single
    column that names a measure ("Category | % of partners assessed") or the unit its figures are in
    ("Scope 3 | Mt CO2e"); two figures or more on half the rows under three names or more."""
    if len(ne) == 2 and ne[0][0] == 0 and (_measure_name(ne[1][1]) or unit_named):
        ones = [r for r in rows[1:] if r.cells and r.cells[0].strip()
                and [is_value_cell(c.strip()) is not None for c in r.cells[1:] if c.strip()] == [True]]
        return len(ones) >= max(2, (len(rows) - 1) * 3 // 4)
    if len(ne) < 3:
        return False
    numeric = sum(1 for r in rows[1:] if sum(1 for c in r.cells if is_value_cell(c.strip()) is not None) >= 2)
    return numeric >= max(1, (len(rows) - 1) // 2)


# a word set raised in the unit ("^{Mt} CO2e"): part of the unit, no footnote mark
_RAISED = re.compile(r"\^\{([^}]*)\}")


def _unit_only(cell: str) -> bool:
    """A column name that is a unit of measure and nothing else ("Mt CO2e", "GWh"; a raised "^{Mt} CO2e")."""
    unit = parse_unit(cell)
    return unit is not None and unit.dim not in (None, "count") and not re.search(r"\d{3}", cell)


# a column name that says what its figures measure: a share, a count, an amount
_MEASURE_NAME = re.compile(r"^(?:%|no\.|(?:percentage|share|proportion|number|amount|total)\b)", re.I)
# a name ending in what it measures ("Shareholding ratio", "Holding (percentage)"), an as-of date in brackets
# before or after it ("(As of March 31, 2041) Holding ratio") dating the column, not naming it
_MEASURE_TAIL = re.compile(r"\b(?:ratio|percentage|share|proportion)(?:\s*\((?:%|％|percentage)\))?$", re.I)
_AS_OF_BRACKET = re.compile(r"[(（]\s*as\s+(?:of|at)\b[^()（）]*[)）]", re.I)


def _measure_name(cell: str) -> bool:
    name = _AS_OF_BRACKET.sub(" ", cell).strip()
    return bool(_MEASURE_NAME.match(name) or _MEASURE_TAIL.search(name))


def _shared_unit(named: list[tuple[int, str]]) -> dict[int, str]:
    """Named columns that mostly end in one unit ("... Mt CO2e"): a column whose name holds that
    unit with a word of the next header line read after it ("... Mt CO2e Cat") is in it too."""
    ends = {i: trailing_unit(c) for i, c in named}
    common = Counter(u for u in ends.values() if u).most_common(1)
    if not common or common[0][1] < 2:
        return {}
    unit = common[0][0]
    if (parsed := parse_unit(unit)) is None or parsed.dim in (None, "count"):
        return {}   # "... during the year", "... the year end": no unit that measures
    return {i: unit for i, c in named if not ends[i] and re.search(rf"(?<!\S){re.escape(unit)}(?!\S)", c)}
