"""One header row from the header lines of a PDF table, when the lines say more than their glued text:
- stacked year groups: a line of years over a line of sub-column names that repeats once per year
  ("2019 | 2020" over "Male | Female | Total | Male | Female | Total"): each sub-column takes the
  year whose group it stands in, "2019 (Male)", wherever the year is set over its group (left,
  centred or right); nothing is guessed when the columns do not split into equal groups each
  holding its year;
- a year with a qualifier word ("FY2021 Forecast", "2023 target", "FY2020 Actual") is the year's
  column, the word kept in brackets: "FY2021 (Forecast)";
- a unit note over the value columns with no column of its own ("(Yen in billions)") is the stub's
  cell (the unit of every row), not part of the column header it happens to stand over.
"""
from __future__ import annotations

import re

from .pdf_header_blocks import period_lines
from .pdf_header_cuts import cut_line
from .pdf_header_spans import as_path, spread_headings
from .pdf_header_groups import group_name, names_over_years, titles_over_years, with_units, years_with_brackets
from .pdf_lines import Fragment, Line
from .pdf_table_cells import Box, Grid
from .pdf_table_rows import merge_cells
from .pdf_matrix_roles import is_plan_word
from .pdf_table_tokens import is_year, tokens

_QUALIFIED = re.compile(r"^((?:FY|CY)?\s?(?:19|20)\d{2}(?:\s?[/-]\s?\d{2,4})?)\s+((?:[^\W\d_]+|%)(?:\s(?:[^\W\d_]+|%)){0,2})$",
                        re.I)
_REMARKS = re.compile(r"^(?:remarks?|notes?|comments?|details?|explanations?|reasons?|備考|注記|说明|备注)$", re.I)
_UNIT_NOTE = re.compile(r"^[(（][^()（）]{2,40}[)）]$")


# a gap between two words of one fragment this many times its usual word gap (and half a type size)
# separates column headers that the PDF wrote as one run of text with spaces between cells
_WIDE_GAP = 3.0


def spaced_runs(frag) -> list[list]:
    """The fragment's words in runs split at gaps much wider than its usual word gap: evenly spaced
    words (prose, justified or not) stay one run; "employees  workers in respective  (B / A)", three
    column headers the PDF wrote with spaces between them, are three."""
    ws = frag.words
    gaps = sorted(b.x0 - a.x1 for a, b in zip(ws, ws[1:]))
    if len(gaps) < 2:
        return [ws]
    usual = max(gaps[len(gaps) // 2], 0.1 * frag.size)
    runs = [[ws[0]]]
    for a, b in zip(ws, ws[1:]):
        if b.x0 - a.x1 > max(_WIDE_GAP * usual, 0.5 * frag.size):
            runs.append([])
        runs[-1].append(b)
    return runs


def header_row(lines: list[Line], grid: Grid) -> tuple[list[str], list[Box | None]]:
    """The header lines placed in the grid and merged into one row."""
    periods = period_lines(lines, grid.vx)     # "(Current Financial Year)" under its year: says nothing more
    lines, title = titles_over_years([ln for k, ln in enumerate(lines) if k not in periods], grid)
    lines, over_groups, heads = spread_headings([cut_line(_split_runs(ln), grid.cols, grid.vx) for ln in lines], grid)
    title = f"{title} {over_groups}".strip()
    placed = [grid.place(ln, header=True) for ln in lines]
    note = ""
    kept = []
    for cells, boxes in placed:
        vals = [c for c in cells[grid.nlab:] if c]
        if len(vals) == 1 and _UNIT_NOTE.match(vals[0]) and not any(cells[:grid.nlab]):
            note = vals[0]      # "(Yen in billions)" set over the last column: the rows' unit
            continue
        kept.append((cells, boxes))
    row: tuple[list[str], list[Box | None]] = ([""] * grid.width, [None] * grid.width)
    # the stub's headings on a line of their own between the years and the names under them ("制度 内容 項目
    # 単位" under "2019年度 2020年度", over "男性 女性 …") do not part the years from their sub-columns
    over = [p for p in kept if any(p[0][grid.nlab:])]
    lean = years_with_brackets(over, grid)    # "(Current Financial Year)" under the years: out of the groups' way
    groups = _year_groups(lean, grid) if lean is not over else None
    if groups is not None:
        leaned = {id(p) for p in lean}
        kept = [p for p in kept if id(p) in leaned or not any(p[0][grid.nlab:])]
    groups = groups or _year_groups(over, grid) or _name_groups(over, grid)
    for cells, boxes in kept:
        merge_cells(row, (cells, boxes))
    for c, head in heads.items():
        row[0][grid.nlab + c] = as_path(row[0][grid.nlab + c], head)     # "Health insurance > No. (B)"
    if groups is not None:
        for c, text in groups.items():
            row[0][grid.nlab + c] = _under_head(text, heads.get(c))
    for c, text in (names_over_years(lines, grid) or {}).items():
        row[0][grid.nlab + c] = text
    with_units(row[0], kept, grid)
    if title:
        row[0][0] = f"{row[0][0]} {title}".strip()     # "Particulars % Reclaimed Packaging Material"
    if note and not row[0][0]:
        row[0][0] = note
    elif note:
        row[0][0] = f"{row[0][0]} {note}"
    row[0][grid.nlab:] = [_qualified(c) for c in row[0][grid.nlab:]]
    return row


def _under_head(column: str, head: str | None) -> str:
    """A year's column named by a sub-column under a group heading, "FY 2024 (Equal to minimum wage No. (B))",
    read as group > own name in the year's bracket: "FY 2024 (Equal to minimum wage > No. (B))"."""
    m = re.match(r"^(.*?\S) \((.*)\)$", column)
    if not head or m is None or not m.group(2).startswith(head + " "):
        return column
    return f"{m.group(1)} ({as_path(m.group(2), head)})"


def _split_runs(ln: Line) -> Line:
    """The line with each fragment cut at its wide gaps: one column header per fragment."""
    frags = [f if len(runs) == 1 else Fragment(words=run) for f in ln.frags for runs in [spaced_runs(f)] for run in runs]
    return ln if len(frags) == len(ln.frags) else Line(frags=frags)


# the qualifier printed before the year ("Target 2030", "Target (FY2030)", "目標（2030年度）") or glued after a
# Japanese/Chinese year ("2030年度目標"); the words are data (data/table_roles.yaml's target words)
_YEAR_TOKEN = r"(?:FY|CY)?\s?(?:19|20)\d{2}(?:\s?[/-]\s?\d{2,4})?(?:年度|年)?"
_QUALIFIER_FIRST = re.compile(rf"^([^\W\d_]+(?:\s(?!(?:FY|CY)\d)[^\W\d_]+)?)\s?[(（]?\s?({_YEAR_TOKEN})\s?[)）]?$", re.I)
_CJK_AFTER = re.compile(rf"^({_YEAR_TOKEN})\s?([^\W\d_]{{1,6}})$")


def _qualified(cell: str) -> str:
    """"FY2021 Forecast" -> "FY2021 (Forecast)": the year stays readable as the column's year. A target or
    plan word printed before the year ("Target 2030", "目標（2030年度）", "2030年度目標") is read the same
    way ("2030 (Target)"), so that the column is the target year's, marked as a target, not a year null
    with the year in the label."""
    t = cell.strip()
    if m := _QUALIFIED.match(t):
        return f"{m.group(1)} ({m.group(2)})"
    m = _QUALIFIER_FIRST.match(t) or _CJK_AFTER.match(t)
    if m is None:
        return cell
    word, year = (m.group(1), m.group(2)) if m.re is _QUALIFIER_FIRST else (m.group(2), m.group(1))
    return f"{year.strip()} ({word})" if is_plan_word(word) else cell


def _year_groups(placed: list[tuple[list[str], list]], grid: Grid) -> dict[int, str] | None:
    """A line of years over the next line of names, one name per value column, the columns split
    into as many equal groups as there are years, each year set over its own group. A line of other
    group names counts the same way when every group repeats the same sub-column names."""
    n = len(grid.cols)
    # a line of stub headings only ("Item | Unit") between the years and the names below them
    placed = [p for p in placed if any(p[0][grid.nlab:])]
    for i in range(len(placed) - 1):
        ycells, yboxes = placed[i]
        years = [(c - grid.nlab, t, b) for c, (t, b) in enumerate(zip(ycells, yboxes))
                 if c >= grid.nlab and t]
        years, remarks = _remark_headings(years)
        if len(years) < 2 or n % len(years) or n == len(years):
            continue
        k = n // len(years)
        dated = all(is_year(t) for _, t, _ in years)
        # every column named by the header lines below the years (a name may start on a lower line)
        names = _names_below(placed, i, grid, remarks)
        if not all(names) or any(is_year(t) for t in names):
            continue
        if not dated and not _named_groups(placed, i, grid, [t for _, t, _ in years], names, k):
            continue
        if not all(_over_group(b, grid.cols[j * k:(j + 1) * k]) for j, (_, _, b) in enumerate(years)):
            continue
        # a name wrapped over the lines below is the whole name: "No. of employees / workers in ..."
        names = _names_below(placed, i, grid, remarks)
        if not dated:
            return {c: f"{years[c // k][1]} {names[c]}" for c in range(n)}    # "Male Median pay (₹ in million)"
        # the name in brackets after the year, as year_of reads it: one level of brackets of its own, 40 characters;
        # a column of remarks in each year's group holds words, not that year's figures
        return {c: names[c] if _REMARKS.match(names[c]) else f"{years[c // k][1]} ({group_name(names[c])})" for c in range(n)}
    return None


def _name_groups(placed: list[tuple[list[str], list]], grid: Grid) -> dict[int, str] | None:
    """Names set over groups of unequal width ("Total (A) | Male | Female" over "No. (B) | % (B/A) |
    No. (C) | % (C/A)"): each value column goes to the name nearest its centre. Taken only in a header
    with no years, when a name spans two or more columns, and every such name stands centred over its
    group (between the centres of its first and last column, over none of them: a name set over one
    column is a wrapped heading) with each of its columns named on the line right below, and no line of
    headings above the names."""
    n = len(grid.cols)
    if any(is_year(t) for cells, _ in placed for t in cells[grid.nlab:] if t):
        return None     # years in the header: its columns are read by their years, not renamed here
    for i in range(len(placed) - 1):
        top = [(t, b) for c, (t, b) in enumerate(zip(*placed[i])) if c >= grid.nlab and t and b]
        if not 2 <= len(top) < n or any(re.search(r"\d", t.split("(")[0]) for t, _ in top):
            continue
        if any(any(p[0][grid.nlab:]) for p in placed[:i]):
            return None     # group names head the columns: a line of headings above them is a wrapped heading
        owner = _owners(top, grid, [b for b in placed[i + 1][1][grid.nlab:]])
        if owner is None or not all(placed[i + 1][0][grid.nlab + c] for c in range(n) if owner.count(owner[c]) > 1):
            continue
        below = [" ".join(p[0][grid.nlab + c] for p in placed[i + 1:] if p[0][grid.nlab + c]) for c in range(n)]
        return {c: f"{top[owner[c]][0]} {below[c]}".strip() for c in range(n)}
    return None


def _owners(top: list[tuple[str, Box]], grid: Grid, under: list[Box | None]) -> list[int] | None:
    """The name each value column stands under (the nearest centre), when every name has a column and
    one has two or more, each of those set between its columns' centres and not over one heading of
    the line below (a heading wrapped onto that line stands right under its start)."""
    centre = [(a + b) / 2 for a, b in grid.cols]
    mids = [(b[0] + b[2]) / 2 for _, b in top]
    owner = [min(range(len(top)), key=lambda g: abs(mids[g] - x)) for x in centre]
    spans = [[c for c in range(len(centre)) if owner[c] == g] for g in range(len(top))]
    if not all(spans) or all(len(cs) < 2 for cs in spans):
        return None
    for g, cs in enumerate(spans):
        box = top[g][1]
        if len(cs) >= 2 and not (centre[cs[0]] < mids[g] < centre[cs[-1]] and not any(
                u is not None and min(box[2], u[2]) - max(box[0], u[0]) > (box[2] - box[0]) / 2 for u in under)):
            return None
    return owner


# a group name that names a period in words: the tables layer reads it ("Current Financial Year")
_PERIOD_WORDS = re.compile(r"\b(?:years?|fy|period|quarter|month|current|previous|prior|last)\b", re.I)


def _names_below(placed: list[tuple[list[str], list]], i: int, grid: Grid, own: dict[int, str] | None = None) -> list[str]:
    """Each value column's name from all the header lines below line i (or its `own` heading on line i)."""
    own = own or {}
    return [own.get(c) or _without_remarks_word([p[0][grid.nlab + c] for p in placed[i + 1:] if p[0][grid.nlab + c]])
            for c in range(len(grid.cols))]


# a remarks column's capitalised heading at the end of a line of another column's name ("closed Remarks")
_REMARKS_LAST = re.compile(r"(?<=\S)\s+(?:Remarks?|Notes?|Comments?|REMARKS?|NOTES?|COMMENTS?)$")


def _without_remarks_word(parts: list[str]) -> str:
    """A column name over several lines, one of which ends in the heading of a remarks column that no figure
    fills ("Cases | closed Notes | in year"): that heading stands beside the name, it is no word of it."""
    if len(parts) > 1:
        parts = [_REMARKS_LAST.sub("", t) for t in parts]
    return " ".join(parts)


def _remark_headings(years: list[tuple[int, str, Box | None]]) -> tuple[list, dict[int, str]]:
    """"FY 2024 | Remarks | FY 2023 | Remarks": a remarks column's heading set as tall as the header, on the
    years' line, is its group's last column, not a group of its own (the other cells, and those headings)."""
    if not any(is_year(t) for _, t, _ in years):
        return years, {}
    remarks = {c: t for c, t, _ in years if _REMARKS.match(t)}
    return [y for y in years if y[0] not in remarks], remarks


def _named_groups(placed, i: int, grid: Grid, tops: list[str], names: list[str], k: int) -> bool:
    """Names over groups in place of years: the top line of headings (none above it), no period in
    words, and every group repeating the same sub-column names."""
    return not any(any(p[0][grid.nlab:]) for p in placed[:i]) and not any(_PERIOD_WORDS.search(t) for t in tops) \
        and _repeats(names, k)


def _repeats(names: list[str], k: int) -> bool:
    """The sub-column names repeat group after group ("Return rate | Retention | Return rate | Retention"):
    the line above names the groups ("Permanent employees | Permanent workers")."""
    groups = [tuple(n.lower() for n in names[j:j + k]) for j in range(0, len(names), k)]
    return len(groups) >= 2 and len(set(groups)) == 1


def _over_group(box: Box | None, cols: list[list[float]]) -> bool:
    """The year's centre stands over the span of its group's columns."""
    if box is None:
        return False
    mid = (box[0] + box[2]) / 2
    return cols[0][0] - 2 <= mid <= cols[-1][1] + 2


# "compared to" stands at most this many sizes above the years it refers to
_REFERENCE_REACH = 2.5
_REFERENCE = re.compile(r"\b(?:compared (?:to|with)|vs\.?|versus|from|since|than|against|relative to|over)$", re.I)


def reference_years(lines: list[Line], head: list[int], vx: float) -> bool:
    """Header lines that end a cell's sentence: years set under "compared to" in every column they
    stand in ("1% improvement | compared to | FY2020") are the base years of the cells above, not
    the columns' years. The "compared to" may stand on a line between the header and the years'
    line (a label beside them) or be read among the header lines."""
    for k in head:
        years = [t for t in tokens(lines[k]) if t.x1 > vx and is_year(t.text)]
        if not years:
            continue
        for j in range(k - 1, max(-1, k - 3), -1):
            if lines[k].base - lines[j].base > _REFERENCE_REACH * lines[k].size:
                break
            refs = [t for t in tokens(lines[j]) if _REFERENCE.search(t.text.strip())]
            if refs and all(any(r.x0 <= (y.x0 + y.x1) / 2 <= r.x1 for r in refs) for y in years):
                return True
    return False


# a header governing the rows below it stands within this many type sizes of the line under it
_ABOVE_GAP = 4.0


def header_above(lines: list[Line], first: int, cols: list[list[float]]) -> int | None:
    """A table with no header of its own under a line of years set over each of its value columns,
    higher up in the same stack of rows ("Activity | FY2021 target | FY2022 target" over rows whose
    cells run over several lines): that line is its header. Years that are the base years of the
    cells above ("compared to FY2020") are passed over; any other year line that does not fit the
    columns, or a wide gap, ends the search."""
    for k in range(first - 1, -1, -1):
        if lines[k + 1].top - lines[k].bottom > _ABOVE_GAP * lines[k].size:
            return None
        toks = [t for t in tokens(lines[k]) if t.x1 > cols[0][0] - 2]
        heads = [t for t in toks if is_year(t.text) or (_QUALIFIED.match(t.text) and is_year(_QUALIFIED.match(t.text).group(1)))]
        if not heads:
            continue
        if reference_years(lines, [k], cols[0][0] - 2):
            continue
        mids = [(a + b) / 2 for a, b in cols]
        if len(heads) == len(toks) == len(cols) and all(h.x0 - 2 <= m <= h.x1 + 2 for h, m in zip(heads, mids)):
            return k
        return None
    return None
