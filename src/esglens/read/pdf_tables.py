"""Tables rebuilt from the lines of one PDF page, by geometry only.

- a data line has a label (or not) and numbers standing apart from it; runs of data lines, with
  label-only lines between them, are a table's body;
- value columns are the x-extents of the numbers, merged where they overlap; label-area columns
  (sub-labels, a unit column) start where later text on a line stands; an indented first label is
  a child row, put one column to the right;
- header lines stand just above the body with text over the value columns; all of them make one
  header row (a column header split over three lines is one cell); a caption beside them is the
  header's first cell and the table's title;
- lines closer than the table's row pitch are one row (a label wrapped over two lines);
- numbers after a label after numbers on most lines: two tables side by side, read one by one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .pdf_lines import Fragment, Line

_NUM = re.compile(
    r"^[(<>≤≥~≈+\-–−]?\s?[$€£¥]?\s?\d[\d,.]*\s?(%|％|‰|x)?\)?"
    r"(\^\{[^}]{1,4}\}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})?$")
_MISSING = re.compile(r"^(–|-|—|−|/|n/?a|n\.a\.|nil|not applicable|not available|not reported)"
                      r"(\^\{[^}]{1,4}\}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})?$", re.I)
_YEAR = re.compile(r"^(?:FY\s?)?(19|20)\d{2}(?:[/-]\d{2})?[*⁰¹²³⁴⁵⁶⁷⁸⁹]*$", re.I)


def is_number(text: str) -> bool:
    t = text.strip()
    return bool(_NUM.match(t)) and not _YEAR.match(t)


def is_value(text: str) -> bool:
    return is_number(text) or bool(_MISSING.match(text.strip()))


def is_year(text: str) -> bool:
    return bool(_YEAR.match(text.strip()))


@dataclass
class Token:
    """A fragment, or one word of it when the fragment holds several numbers (close columns)."""
    text: str
    x0: float
    x1: float
    frag: Fragment


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


def tokens(line: Line) -> list[Token]:
    out: list[Token] = []
    for f in line.frags:
        items = _value_items(f.words) if len(f.words) > 1 and not _thousands_split(f.words) else None
        if items and len(items) > 1:
            out += [Token(" ".join(w.text for w in ws), ws[0].x0, ws[-1].x1, f) for ws in items]
        else:
            out.append(Token(f.text, f.x0, f.x1, f))
    return out


def _value_items(words) -> list[list] | None:
    """A fragment that is nothing but values set close together ("Not applicable Not applicable",
    "12.1 13.4"): its values one by one, else None."""
    items: list[list] = []
    i = 0
    while i < len(words):
        for n in (3, 2, 1):
            ws = words[i:i + n]
            if len(ws) == n and is_value(" ".join(w.text for w in ws)):
                items.append(ws)
                i += n
                break
        else:
            return None
    return items


def _thousands_split(ws) -> bool:
    """"1 234 567": one number printed with spaces between its groups."""
    return all(re.fullmatch(r"\d{3}[.,]?\d*%?", w.text) for w in ws[1:]) and re.fullmatch(r"\d{1,3}", ws[0].text)


def is_data_line(line: Line) -> bool:
    """A label (or not) and values standing apart from it: at least one number, or two or more
    not-disclosed markers ("Not applicable | Not applicable")."""
    toks = tokens(line)
    if len(toks) < 2:
        return False
    vals = [t for t in toks[1:] if is_value(t.text)]
    return any(is_number(t.text) for t in vals) or len(vals) >= 2


# ---------------------------------------------------------------- side by side

def split_side_by_side(lines: list[Line]) -> list[list[Line]]:
    """Cut the page into a left and a right half where most data lines read label, numbers,
    label, numbers: two tables printed side by side. Returns the line sets to read apart."""
    cuts: list[float] = []
    for ln in lines:
        toks = tokens(ln)
        seen_num = False
        for i, t in enumerate(toks):
            if is_value(t.text):
                seen_num = True
            elif seen_num and i + 1 < len(toks) and any(is_number(u.text) for u in toks[i + 1:]) \
                    and re.search(r"[^\W\d_]{3}", t.text):
                cuts.append(t.x0)
                break
    if len(cuts) < 3:
        return [lines]
    cuts.sort()
    x = cuts[len(cuts) // 2]
    near = [c for c in cuts if abs(c - x) < 20]
    if len(near) < 3:
        return [lines]
    cut = min(near) - 1
    left: list[Line] = []
    right: list[Line] = []
    for ln in lines:
        lf = [f for f in ln.frags if f.x1 <= cut + 1 or (f.x0 < cut and (cut - f.x0) > (f.x1 - cut))]
        rf = [f for f in ln.frags if f not in lf]
        if lf:
            left.append(Line(frags=lf))
        if rf:
            right.append(Line(frags=rf))
    return [left, right]


# ---------------------------------------------------------------- regions

def find_tables(lines: list[Line]) -> list[PageTable]:
    out: list[PageTable] = []
    for part in split_side_by_side(lines):
        out += _find_in(part)
    # a prose column set beside a table reads as its first label column: take it out and look again
    for _ in range(3):
        prose = {id(f) for t in out for f in t.prose}
        if not prose:
            break
        lines = [Line(frags=fs) for ln in lines if (fs := [f for f in ln.frags if id(f) not in prose])]
        out = []
        for part in split_side_by_side(lines):
            out += _find_in(part)
    return out


def _find_in(lines: list[Line]) -> list[PageTable]:
    tables: list[PageTable] = []
    used: set[int] = set()
    i = 0
    n = len(lines)
    while i < n:
        if i in used or not is_data_line(lines[i]):
            i += 1
            continue
        body = _grow_body(lines, i, used)
        if len([k for k in body if is_data_line(lines[k])]) < 1:
            i += 1
            continue
        t = _build(lines, body, used)
        if t is not None:
            tables.append(t)
        i = max(body) + 1
    return tables


def _value_start(line: Line) -> float:
    toks = tokens(line)
    xs = [t.x0 for t in toks[1:] if is_value(t.text)]
    return min(xs) if xs else 1e9


def _grow_body(lines: list[Line], start: int, used: set[int]) -> list[int]:
    """Consecutive lines from a data line: data lines, and up to three label-only lines between
    data lines when they stay left of the numbers and close together."""
    body = [start]
    vx = _value_start(lines[start])
    k = start + 1
    while k < len(lines):
        ln = lines[k]
        prev = lines[body[-1]]
        gap = ln.base - prev.base
        if gap > 3.2 * max(prev.size, ln.size):
            break
        if is_data_line(ln) and not _crosses(ln, vx):
            body.append(k)
            vx = min(vx, _value_start(ln))
            k += 1
            continue
        # label-only lines: keep them if a data line follows soon
        j = k
        while j < len(lines) and j - k < 3 and not is_data_line(lines[j]) and all(
                f.x1 < vx - 2 for f in lines[j].frags) and lines[j].base - lines[j - 1].base <= 3.2 * lines[j].size:
            j += 1
        if j > k and j < len(lines) and is_data_line(lines[j]) and not _crosses(lines[j], vx) \
                and lines[j].base - lines[j - 1].base <= 3.2 * lines[j].size:
            body += list(range(k, j + 1))
            vx = min(vx, _value_start(lines[j]))
            k = j + 1
            continue
        break
    # the last row's label or unit wrapped onto lines below it, set as tightly as within a row
    k = body[-1] + 1
    pitch = lines[body[-1]].base - lines[body[-2]].base if len(body) >= 2 else 0.0
    while k < len(lines) and not is_data_line(lines[k]) and all(f.x1 < vx - 2 for f in lines[k].frags) \
            and lines[k].base - lines[k - 1].base < 1.3 * lines[k].size \
            and lines[k].base - lines[k - 1].base < 0.75 * pitch:
        body.append(k)
        k += 1
    return body


def _crosses(line: Line, vx: float) -> bool:
    """A fragment that runs from the label area deep into the numbers: prose, not a row."""
    return any(t.x0 < vx - 2 and t.x1 > vx + 30 and not is_value(t.text) for t in tokens(line))


def _columns(lines: list[Line], vx: float) -> list[list[float]]:
    """Value columns: the merged x-extents of the value tokens right of the label area."""
    spans = sorted([t.x0, t.x1] for ln in lines for t in tokens(ln) if is_value(t.text) and t.x0 >= vx - 2)
    cols: list[list[float]] = []
    for a, b in spans:
        if cols and a <= cols[-1][1] + 0.5:
            cols[-1][1] = max(cols[-1][1], b)
        else:
            cols.append([a, b])
    return cols


def _col_of(x0: float, x1: float, cols: list[list[float]]) -> int:
    """The column a token stands in: the one holding its centre, else the first whose right edge
    it does not pass (numbers and their headers are mostly right-aligned)."""
    mid = (x0 + x1) / 2
    for i, (a, b) in enumerate(cols):
        if a - 1 <= mid <= b + 1:
            return i
    for i, (a, b) in enumerate(cols):
        if x1 <= b + 3:
            return i
    best, dist = 0, 1e9
    for i, (a, b) in enumerate(cols):
        ov = min(b, x1) - max(a, x0)
        if ov > 0:
            d = -ov
        else:
            d = min(abs(a - x1), abs(x0 - b), abs((a + b) / 2 - (x0 + x1) / 2))
        if d < dist:
            best, dist = i, d
    return best


def _header_lines(lines: list[Line], first: int, vx: float, label_x: float,
                  used: set[int]) -> tuple[list[int], list[int]]:
    """Lines just above the body with text over the value columns (years, column names); label
    lines beside them belong to the header's first cell. Label-only lines between the header and
    the body (a group row: "Upstream emissions") are returned apart, as body rows."""
    out: list[int] = []
    pending: list[int] = []
    k = first - 1
    below = lines[first]
    while k >= 0 and k not in used and len(out) < 6:
        ln = lines[k]
        gap = below.base - ln.base
        if gap > 2.6 * max(ln.size, below.size):
            break
        over = [f for f in ln.frags if f.x1 > vx + 2]
        if any(abs(f.x0 - label_x) < ln.size and f.x1 > vx + 30 for f in ln.frags):
            break  # prose from the left margin into the numbers
        if not over:
            if out or len(pending) >= 2:
                break
            pending.append(k)
            below = ln
            k -= 1
            continue
        if any(is_number(f.text) for f in over):
            break
        out.append(k)
        below = ln
        k -= 1
    if not out:
        return [], []
    # label-only lines just above the header, set as tightly as its caption: the caption's start
    top = out[-1]
    cap = [f for f in lines[top].frags if f.x1 <= vx + 2]
    k = top - 1
    while cap and k >= 0 and k not in used and len(out) < 8:
        ln = lines[k]
        if any(f.x1 > vx + 2 for f in ln.frags):
            break
        if lines[k + 1].base - ln.base > 1.0 * ln.size or abs(ln.size - cap[0].size) > 0.08 * cap[0].size:
            break
        if ln.text[:1].islower():
            break  # running text goes on there: a caption starts a phrase
        out.append(k)
        k -= 1
    return sorted(out), sorted(pending)


def _build(lines: list[Line], body: list[int], used: set[int]) -> PageTable | None:
    data = [k for k in body if is_data_line(lines[k])]
    vx = min(_value_start(lines[k]) for k in data)
    cols = _columns([lines[k] for k in data], vx)
    if not cols:
        return None
    label_x = min(f.x0 for k in body for f in lines[k].frags[:1])
    head, groups = _header_lines(lines, body[0], vx, label_x, used)
    if not head and len(data) < 2:
        return None  # one line with a number and no header: a footer, a sentence in columns
    body = groups + body
    extra = _text_columns([lines[k] for k in body], vx)
    indents = _indents([lines[k] for k in body], label_x, vx, extra)
    nlab = 1 + len(indents) + len(extra)
    width = nlab + len(cols)

    def place(ln: Line) -> list[str]:
        cells = [""] * width
        first = True
        for t in tokens(ln):
            if t.x0 >= vx - 2 or t.x1 > vx + 2:
                parts = [t] if is_value(t.text) or len(t.frag.words) == 1 else \
                    [Token(w.text, w.x0, w.x1, t.frag) for w in t.frag.words]
                for p in _group_by_col(parts, cols):
                    c = nlab + _col_of(p.x0, p.x1, cols)
                    cells[c] = _glue(cells[c], p.text)
                continue
            c = _label_col(t, first, label_x, indents, extra)
            first = False
            cells[c] = _glue(cells[c], t.text)
        return cells

    rows: list[list[str]] = []
    title = None
    if head:
        hdr = [""] * width
        for k in head:
            for c, text in enumerate(place(lines[k])):
                if text:
                    hdr[c] = _glue(hdr[c], text)
        title = " ".join(hdr[:nlab]).strip() or None
        rows.append(hdr)
    rows += _rows([lines[k] for k in body], place, nlab)
    all_idx = head + body
    prose = _prose_column([lines[k] for k in all_idx], label_x, vx)
    contents = _contents_list([lines[k] for k in data], cols, rows[0] if head else None)
    if not prose and not contents and not _is_table(lines, data, cols, rows[0] if head else None, nlab):
        return None
    used.update(all_idx)
    frs = [f for k in all_idx for f in lines[k].frags]
    return PageTable(rows=rows, title=title, header_rows=1 if head else 0,
                     top=min(f.top for f in frs), bottom=max(f.bottom for f in frs),
                     x0=min(f.x0 for f in frs), x1=max(f.x1 for f in frs), lines=[lines[k] for k in all_idx],
                     prose=prose, contents=contents)


def _is_table(lines: list[Line], data: list[int], cols: list[list[float]], header: list[str] | None,
              nlab: int) -> bool:
    """Numbers scattered over an infographic or a chart's axis are no table: some value column
    must hold numbers aligned on three rows, or on two under a column header or beside another
    such column (a grid), or on one under a year."""
    aligned = [_aligned_rows([lines[k] for k in data], col) for col in cols]
    heads = [header[nlab + c] if header else "" for c in range(len(cols))]
    grid = sum(1 for n in aligned if n >= 2) >= 2
    ok = any(n >= 3 or (n >= 2 and (head or grid)) or (n >= 1 and is_year(head))
             for n, head in zip(aligned, heads))
    return ok


def _aligned_rows(lines: list[Line], col: list[float]) -> int:
    """The most lines whose value in the column shares its right edge, left edge or centre."""
    spans = [(t.x0, t.x1) for ln in lines for t in tokens(ln)
             if is_value(t.text) and col[0] - 0.5 <= (t.x0 + t.x1) / 2 <= col[1] + 0.5]
    best = 0
    for edge in (lambda s: s[1], lambda s: s[0], lambda s: (s[0] + s[1]) / 2):
        xs = sorted(edge(s) for s in spans)
        for i, x in enumerate(xs):
            best = max(best, sum(1 for y in xs[i:] if y - x <= 2.0))
    return best


def _contents_list(lines: list[Line], cols: list[list[float]], header: list[str] | None) -> bool:
    """A single column of small whole numbers rising down the rows, titles beside them; over the
    numbers no column name ("Employees"), at most a section title of the contents."""
    if len(cols) != 1 or len(lines) < 3:
        return False
    if header and (any(is_year(c) for c in header) or 0 < len(header[-1].split()) <= 3):
        return False
    nums = [t.text for ln in lines for t in tokens(ln)[1:] if is_value(t.text)]
    if len(nums) != len(lines) or not all(re.fullmatch(r"\d{1,3}", n) for n in nums):
        return False
    vals = [int(n) for n in nums]
    return vals == sorted(vals)


def _prose_column(lines: list[Line], label_x: float, vx: float) -> list[Fragment]:
    """The first label column when it is running text with table labels to its right: most of its
    lines go on with a sentence (a lower-case start) and hold several words."""
    first = [ln.frags[0] for ln in lines if abs(ln.frags[0].x0 - label_x) < 2 and ln.frags[0].x1 < vx - 2]
    if len(first) < 2:
        return []
    right = max(f.x1 for f in first)
    labels = sum(1 for ln in lines if any(f.x0 > right + 2 and f.x1 < vx - 2 for f in ln.frags))
    if labels < 2:
        return []
    lower = sum(1 for f in first if f.text[:1].islower())
    words = sum(len(f.text.split()) for f in first) / len(first)
    return first if lower * 5 >= 3 * len(first) and words >= 4 else []


def _group_by_col(parts: list[Token], cols) -> list[Token]:
    """Words of a header fragment that spans two columns go to their own columns."""
    out: list[Token] = []
    for p in parts:
        if out and _col_of(out[-1].x0, out[-1].x1, cols) == _col_of(p.x0, p.x1, cols):
            out[-1] = Token(_glue(out[-1].text, p.text, space=True), out[-1].x0, p.x1, p.frag)
        else:
            out.append(p)
    return out


def _glue(a: str, b: str, space: bool = True) -> str:
    if not a:
        return b
    if a.endswith("-") and b[:1].islower():
        return a[:-1] + b if len(a) > 1 and a[-2].isalpha() else a + b
    return a + (" " if space else "") + b


def _text_columns(lines: list[Line], vx: float) -> list[list[float]]:
    """Text columns inside the label area after the first label: sub-labels, a unit column."""
    spans = sorted([f.x0, f.x1] for ln in lines for f in [g for g in ln.frags if g.x1 < vx - 2][1:])
    cols: list[list[float]] = []
    for a, b in spans:
        if cols and a <= cols[-1][1] + 1:
            cols[-1][1] = max(cols[-1][1], b)
        else:
            cols.append([a, b])
    # a column needs two lines: a single stray fragment is part of its label
    return [c for c in cols if sum(1 for ln in lines for f in ln.frags[1:] if c[0] <= f.x0 <= c[1]) >= 2]


def _indents(lines: list[Line], label_x: float, vx: float, extra) -> list[float]:
    """Start positions of indented first labels (child rows), nearest first."""
    starts = sorted({round(ln.frags[0].x0) for ln in lines
                     if ln.frags and ln.frags[0].x1 < vx - 2 and ln.frags[0].x0 > label_x + 3
                     and not any(a - 1 <= ln.frags[0].x0 <= b for a, b in extra)})
    levels: list[float] = []
    for s in starts:
        if not levels or s - levels[-1] > 3:
            levels.append(s)
    return levels[:3]


def _label_col(t: Token, first: bool, label_x: float, indents: list[float], extra) -> int:
    for i, (a, b) in enumerate(extra):
        if a - 1 <= t.x0 <= b and not (first and t.x0 < a + 1 and False):
            return 1 + len(indents) + i
    if first:
        level = 0
        for i, s in enumerate(indents):
            if t.x0 >= s - 1.5:
                level = i + 1
        return level
    return 0


def _rows(lines: list[Line], place, nlab: int) -> list[list[str]]:
    """Lines to rows: a label-only line closer to its neighbour than the row pitch is part of it."""
    data = [i for i, ln in enumerate(lines) if is_data_line(ln)]
    gaps = sorted(lines[b].base - lines[a].base for a, b in zip(data, data[1:]) if b == a + 1)
    pitch = gaps[len(gaps) // 2] if gaps else 1.6 * lines[0].size
    rows: list[list[str]] = []
    kinds: list[str] = []            # "data" or "label" per row
    prev_base = None
    for i, ln in enumerate(lines):
        cells = place(ln)
        has_vals = any(cells[nlab:])
        close = prev_base is not None and ln.base - prev_base < 0.75 * pitch
        nxt_close = i + 1 < len(lines) and lines[i + 1].base - ln.base < 0.75 * pitch
        if rows and close and (not has_vals or kinds[-1] == "label" or not any(rows[-1][nlab:])):
            _merge(rows[-1], cells)
            if has_vals:
                kinds[-1] = "data"
        elif not has_vals and not nxt_close and rows and close is False and False:
            pass
        else:
            rows.append(cells)
            kinds.append("data" if has_vals else "label")
        prev_base = ln.base
    return rows


def _merge(row: list[str], cells: list[str]) -> None:
    for c, text in enumerate(cells):
        if text:
            row[c] = _glue(row[c], text)
