"""Where a table stands on a page: two tables side by side, the lines of a body, the header
lines above it."""
from __future__ import annotations

import re

from .pdf_header_cuts import cut_line, heading_rest
from .pdf_lines import Line
from .pdf_table_wraps import label_goes_on
from .pdf_table_header import spaced_runs, reference_years
from .pdf_table_settings import DEFAULT, TableSettings
from .pdf_table_tokens import ENUMERATOR, centred_band, is_data_line, is_number, is_value, note_line, tokens, value_start
from .pdf_table_year_row import year_row


def grow_body(lines: list[Line], start: int, st: TableSettings = DEFAULT) -> list[int]:
    """Consecutive lines from a data line: data lines, and up to a few label-only lines between
    data lines when they stay left of the numbers and close together. Lines set far right of the
    table (a page's side menu, a badge) are passed over: they are not in the way."""
    right = max(f.x1 for f in lines[start].frags)
    idx = [start] + [i for i in range(start + 1, len(lines))
                     if not far_right(lines[i], right, lines[start].size, st)]
    return [idx[k] for k in _grow([lines[i] for i in idx], 0, st)]


def _grow(lines: list[Line], start: int, st: TableSettings) -> list[int]:
    body = [start]
    vx = value_start(lines[start])
    k = start + 1
    right = max(f.x1 for f in lines[start].frags)
    while k < len(lines):
        ln, prev = lines[k], lines[body[-1]]
        if far_right(ln, right, prev.size, st):
            k += 1      # a page badge or side note beside the table: not in the way
            continue
        if ln.base - prev.base > st.row_gap * max(prev.size, ln.size) or note_line(ln, [lines[i] for i in body]):
            break
        if (is_data_line(ln) or _nil_row(lines, k, vx)) and not crosses(ln, vx, st):
            body.append(k)
            vx = min(vx, value_start(ln))
            k += 1
            continue
        if _half_line(lines, k, st) and k + 1 < len(lines) and is_data_line(lines[k + 1]) \
                and not crosses(lines[k + 1], vx, st) and _half_line(lines, k + 1, st, above=True):
            body += [k, k + 1]      # a cell wrapped over lines, centred on its row's values
            vx = min(vx, value_start(lines[k + 1]))
            k += 2
            continue
        if _wrapped_cells(lines, body, k, vx, st):
            body.append(k)          # the row's value cells (a number and its unit) wrap onto this line
            k += 1
            continue
        j = _label_run_end(lines, k, vx, st, lines[start].frags[0].x0, right)
        if j > k and j < len(lines) and is_data_line(lines[j]) and not crosses(lines[j], vx, st) \
                and lines[j].base - lines[j - 1].base <= st.row_gap * lines[j].size:
            body += list(range(k, j + 1))
            vx = min(vx, value_start(lines[j]))
            k = j + 1
            continue
        break
    return body + _wrapped_tail(lines, body, vx, st)


def _wrapped_cells(lines: list[Line], body: list[int], k: int, vx: float, st: TableSettings) -> bool:
    """Line k holds no value, has words under the last row's values and stands closer to the line
    above than the row pitch (between data lines) allows for a new row: the row's cells ("1,105 J per
    rupee of" / "turnover") wrapped onto the lines below it."""
    ln, prev = lines[k], lines[body[-1]]
    if is_data_line(ln):
        return False
    data = [lines[i] for i in body if is_data_line(lines[i])]
    gaps = [b.base - a.base for a, b in zip(data, data[1:])]
    pitch = min(gaps) if gaps else st.default_pitch * prev.size
    under = [f for f in ln.frags if f.x1 > vx + 2 and any(
        is_value(t.text) and min(t.x1, f.x1) - max(t.x0, f.x0) > 0 for t in tokens(data[-1]))]
    if not under or any(f.x1 >= vx - 2 and f not in under for f in ln.frags):
        return False    # something else beside the label area: prose, a note
    if ln.base - prev.base >= st.row_merge_pitch * pitch:
        return False
    if ln.base - data[-1].base < pitch:
        return True
    # a cell wrapped over more lines than a row's pitch holds ("0.48 kg of CO2 / equivalent / per rupee
    # of / turnover"): a line only under the values, at the leading of the wrapped lines before it. Only
    # once the pitch is measured between two rows: under one row a third line is as likely a form's cell
    before = lines[body[-2]] if len(body) >= 2 else None
    return bool(gaps) and not is_data_line(prev) and before is not None and abs((ln.base - prev.base) - (prev.base - before.base)) < 0.5 \
        and all(f.x1 > vx + 2 and not re.search(r"\d", f.text) for f in ln.frags)   # words of a unit, no year


def far_right(ln: Line, right: float, size: float, st: TableSettings) -> bool:
    """Everything on the line stands far right of the table's right edge."""
    return all(f.x0 > right + st.beside_sizes * size for f in ln.frags)


def _label_run_end(lines: list[Line], k: int, vx: float, st: TableSettings, left: float, right: float) -> int:
    """The end of a run of label-only lines from k (left of the numbers, or a band row, set close). At most
    `max_label_lines` rows of them: lines of two label columns wrapped at baselines less than half a line
    apart ("(other than" | "& Stock Exchanges") are one row."""
    j, rows, start = k, 0, None
    while j < len(lines) and not is_data_line(lines[j]) and (all(
            f.x1 < vx - 2 for f in lines[j].frags) or _band_row(lines[j], left, st)
            or centred_band(tokens(lines[j]), left, right)) \
            and lines[j].base - lines[j - 1].base <= st.row_gap * lines[j].size:
        if (start is None or lines[j].base - start >= st.half_line * lines[j].size) \
                and not (j > k and label_goes_on(lines[j - 1], lines[j], st)):   # a row name's next line
            if rows >= st.max_label_lines:
                break
            rows, start = rows + 1, lines[j].base
        j += 1
    return j


def _band_row(ln: Line, left: float, st: TableSettings) -> bool:
    """A section row set across the table from its left edge ("Other than Permanent employees" over the
    first value columns): one short run of words, no value, no sentence; it heads the rows below it."""
    frs = ln.frags
    if not (len(frs) == 1 or (len(frs) == 2 and ENUMERATOR.match(frs[0].text.strip()))):
        return False     # one run of words, maybe after its enumerator ("I. | Permanent Employees")
    f = frs[-1]
    return abs(frs[0].x0 - left) <= st.align_pt and len(f.text.split()) < st.sentence_words + 1 \
        and not f.text.rstrip().endswith((".", "。", ":", "：")) and not any(is_value(t.text) for t in tokens(ln))


def _wrapped_tail(lines: list[Line], body: list[int], vx: float, st: TableSettings) -> list[int]:
    """The last row's label or unit wrapped onto lines below it, set as tightly as within a row. A body
    of one row has no pitch to go by: a label line starting where the row's label starts, as close as
    lines of one cell are, is its label wrapped."""
    out: list[int] = []
    k = body[-1] + 1
    pitch = lines[body[-1]].base - lines[body[-2]].base if len(body) >= 2 else 0.0
    while k < len(lines) and not is_data_line(lines[k]) and (
            (lab := _label_part(lines[body[-1]], lines[k], vx)) is not None or _half_line(lines, k, st, above=True)) \
            and lines[k].base - lines[k - 1].base < st.wrap_gap * lines[k].size \
            and (lines[k].base - lines[k - 1].base < st.row_merge_pitch * pitch
                 or (not pitch and lab and _label_wrapped(lines[body[0]], Line(frags=lab), vx, st))
                 or (lab and _label_wrapped(lines[body[-1]], Line(frags=lab), vx, st, hanging=True))):
        out.append(k)
        k += 1
    return out


def _label_part(row: Line, ln: Line, vx: float) -> list | None:
    """The line's text in the label area, when all it sets over the value columns stands under a cell of words
    of the row (a remark wrapped on with the label: "issues of ... the KMP's" beside "and closed"); else None."""
    words = [t for t in tokens(row) if t.x1 > vx - 2 and not is_value(t.text)]
    if any(f.x1 >= vx - 2 and not any(min(t.x1, f.x1) - max(t.x0, f.x0) > 0 for t in words) for f in ln.frags):
        return None
    return [f for f in ln.frags if f.x1 < vx - 2]


def _label_wrapped(row: Line, ln: Line, vx: float, st: TableSettings, hanging: bool = False) -> bool:
    """Line `ln` holds one piece of text in the label area, starting where the row's label starts, in
    the row's type size, and reads as no note ("Note: ...", "* ...", "1 ..."); or (hanging=True) it
    goes on in lower case up to three type sizes right of where the label starts (a hanging indent)."""
    f = ln.frags[0]
    dx = f.x0 - row.frags[0].x0
    at = 0 <= dx <= 3 * ln.size and f.text[:1].islower() if hanging else abs(dx) <= st.align_pt
    return len(ln.frags) == 1 and at and f.x1 < vx - 2 and ln.size >= 0.95 * row.size \
        and not _NOTE_START.match(f.text)


# how a note under a table begins
_NOTE_START = re.compile(r"\s*(?:notes?\b|sources?\b|\*|†|‡|※|\(?\d{1,2}[).:]?\s)", re.I)


def _half_line(lines: list[Line], k: int, st: TableSettings, above: bool = False) -> bool:
    """Line k stands less than half a line from the next (or, above=True, the previous) line:
    the two are one row, a cell wrapped over lines around its row's baseline."""
    j = k - 1 if above else k + 1
    if not 0 <= j < len(lines):
        return False
    return abs(lines[k].base - lines[j].base) < st.half_line * min(lines[k].size, lines[j].size)


def _nil_row(lines: list[Line], k: int, vx: float) -> bool:
    """Rule "a row that discloses nothing": a named row whose only cells in the value columns are nil markers
    ("–%", "n/a"), its other cells left of them (codes, years of a start/target column), with a data line
    right under it. One nil is no data line of its own (a dash in prose is not), but between the rows of a
    table it is a row, not the end. (After the last row, a lone nil may span the columns: left out.)"""
    if k + 1 >= len(lines) or not is_data_line(lines[k + 1]):
        return False
    toks = tokens(lines[k])
    vals = [t for t in toks if t.x1 > vx + 1]
    return 0 < len(vals) < len(toks) and all(is_value(t.text) and not is_number(t.text) for t in vals) \
        and not is_value(toks[0].text)


def crosses(line: Line, vx: float, st: TableSettings = DEFAULT) -> bool:
    """A fragment that runs from the label area deep into the numbers: prose, not a row."""
    return any(t.x0 < vx - 2 and t.x1 > vx + st.prose_reach and not is_value(t.text) for t in tokens(line))


def header_lines(lines: list[Line], first: int, vx: float, label_x: float, used: set[int],
                 st: TableSettings = DEFAULT, cols: list[list[float]] | None = None) -> tuple[list[int], list[int]]:
    """Lines just above the body with text over the value columns (years, column names); label
    lines beside them belong to the header's first cell. Label-only lines between the header and
    the body (a group row: "Upstream emissions") are returned apart, as body rows."""
    out: list[int] = []
    pending: list[int] = []
    named = 0       # label rows among the pending lines
    k = first - 1
    below = lines[first]
    right = max(f.x1 for f in lines[first].frags)
    while k >= 0 and k not in used and len(out) < st.max_header_lines:
        ln = lines[k]
        if far_right(ln, right, below.size, st):
            k -= 1      # set far right of the table (a page badge, a side note): not in the way
            continue
        over = _over_values(lines, k, vx, label_x, st)
        if not out and _band_above_body(lines, k, label_x, right, vx, st):
            over = []    # a band row right over the body ("Permanent employees" into the first column): a group row
        dated = year_row(over, vx)   # a row of years heads the columns: never a title, prose or a sentence
        if _too_far(ln, below, st, cols, dated, first_line=not out, pending=bool(pending)):
            break
        if not dated and _from_margin(ln, label_x, vx, st):
            break  # prose or a table's title from the left margin into the numbers: above the header
        if out and _over_header(ln, below, dated, st):
            break  # "a. Employees and workers (including differently abled):" introduces the table
        if not over:
            if out and _stub_amid_header(lines, k, vx, used, st):
                out.append(k)      # "Category" set halfway down a header of several lines
                below = ln
                k -= 1
                continue
            if out or named >= st.max_caption_lines:
                break
            pending.append(k)
            named += not label_goes_on(ln, below, st)    # the lines of one row's name count once
        elif not dated and (any(is_number(f.text) for f in over) or _prose_end(over, ln, below)
                            or _sentence_over(cut_line(Line(frags=over), cols or [], vx, st).frags, vx, st,
                                              cols if abs(ln.size - below.size) <= 0.05 * below.size else None)):
            break
        else:
            out.append(k)
        below = ln
        k -= 1
    if not out or reference_years(lines, out, vx):
        return [], []
    return sorted(out + _caption_lines(lines, out[-1], vx, used, len(out), st)), sorted(pending)


def _over_values(lines: list[Line], k: int, vx: float, label_x: float, st: TableSettings) -> list:
    """Line k's fragments over the value columns, or a value column's heading wrapped onto it left of the
    numbers (pdf_header_cuts.heading_rest)."""
    return [f for f in lines[k].frags if f.x1 > vx + 2] or heading_rest(lines, k, vx, label_x, st)


def _band_above_body(lines: list[Line], k: int, left: float, right: float, vx: float, st: TableSettings) -> bool:
    """Line k, right over the body, is a band row: set from the table's left edge, or centred on the table
    ("Employees") under a line of column headers (two or more runs over the values). A group row of the
    body, not the columns' last header line."""
    ln = lines[k]
    if _band_row(ln, left, st):
        return True
    return k > 0 and all(f.x1 > vx + 2 for f in ln.frags) and centred_band(tokens(ln), left, right) \
        and len(lines[k - 1].frags) >= 2


def _too_far(ln: Line, below: Line, st: TableSettings, cols: list[list[float]] | None, dated: bool,
             first_line: bool, pending: bool) -> bool:
    """Set further above the line below than header lines are; the first header line may stand a row's
    gap away when it is a row of years or one name per column (a band or a rule under it)."""
    gap = below.base - ln.base
    if gap <= st.header_gap * max(ln.size, below.size):
        return False
    return not (first_line and (not pending or dated) and gap <= st.row_gap * max(ln.size, below.size)
                and (dated or _one_per_column(ln, cols)))


def _from_margin(ln: Line, label_x: float, vx: float, st: TableSettings) -> bool:
    """A run of words from the table's left edge deep into the numbers, or a title reaching over them."""
    return any(f.x0 < label_x + ln.size and (f.x1 > vx + st.prose_reach or _title_into(f, vx)) for f in ln.frags)


def _one_per_column(ln: Line, cols: list[list[float]] | None) -> bool:
    """The words over the value columns are one per column, each over its own (a row of column
    headings in tall cells): such a line heads the table from as far as a row would stand."""
    if not cols or len(cols) < 2:
        return False
    words = [w for f in ln.frags for w in f.words if w.x1 > cols[0][0] - 2]
    return len(words) == len(cols) and all(w.x0 - 2 <= (a + b) / 2 <= w.x1 + 2 for w, (a, b) in zip(words, cols))


def _over_header(ln: Line, below: Line, dated: bool, st: TableSettings) -> bool:
    """A lead-in sentence or the table's display title: the header lines end below it."""
    return _lead_in(ln) or not dated and _display_title(ln, below, st)


def _display_title(ln: Line, below: Line, st: TableSettings) -> bool:
    """Rule "display title": a line over the header set in type much larger than the header line under it
    ("Stock Information" over "2017/3 … 2021/3") is the table's title; it and what stands above it (a page's
    navigation bar over the columns) are no column headings."""
    return ln.size >= st.title_size * below.size


def _lead_in(ln: Line) -> bool:
    """A line of one or two runs whose words end with a colon: a question or caption introducing the
    table below ("Details as at the end of the year:"), never a column heading."""
    last = ln.frags[-1].text.rstrip()
    return len(ln.frags) <= 2 and last.endswith((":", "：")) and len(last.split()) >= 3


def _stub_amid_header(lines: list[Line], k: int, vx: float, used: set[int], st: TableSettings) -> bool:
    """A short label-only line between header lines (the stub's name, set at the middle of a header
    of several lines) when the line just above it is more header: text over the value columns."""
    ln = lines[k]
    if k == 0 or k - 1 in used:
        return False
    up = lines[k - 1]
    if ln.base - up.base > st.header_gap * max(ln.size, up.size):
        return False
    over = [f for f in up.frags if f.x1 > vx + 2]
    if len(ln.text.split()) > 3 and not (year_row(over, vx) and _stub_cells(ln)):
        return False
    return bool(over) and not any(is_number(f.text) for f in over)


def _stub_cells(ln: Line) -> bool:
    """A line of short cells, each set apart ("制度 | 内容 | 項目 | 単位"): the stub's column headings under a
    row of years, not a caption (one run of words)."""
    return len(ln.frags) >= 2 and all(len(f.text.split()) <= 3 for f in ln.frags)


def _prose_end(over, ln: Line, below: Line) -> bool:
    """The last line of a paragraph above the table, in larger type than the header under it
    ("... Exchanges and other external partners."): prose, however its words fall over the columns."""
    return ln.size > 1.2 * below.size and any(f.text.rstrip().endswith((".", "。")) and len(f.text.split()) >= 3
                                              for f in over)


def _title_into(f, vx: float) -> bool:
    """A run of words from the table's left edge reaching over the first value column: a title
    set above the header, not a column header (those stand over their columns)."""
    inside = [w for w in f.words if w.x1 > vx + 2]
    return len(f.words) >= 3 and bool(inside) and not all(is_number(w.text) for w in inside)


def _sentence_over(over, vx: float, st: TableSettings, cols: list[list[float]] | None = None) -> bool:
    """A run of words stretched over the value columns (a link, a note, a caption set right):
    column headers stand over their columns, they do not run across the whole value area. A group's
    heading wrapped over lines is centred over its group of columns, some of the table's, not all
    (`cols` given where the line is set in the header's type size)."""
    return any(len(run) >= st.sentence_words and run[-1].x1 - max(run[0].x0, vx) > st.sentence_span_pt
               and not _centred_over_group(run[0].x0, run[-1].x1, cols)
               for f in over for run in spaced_runs(f))


def _centred_over_group(x0: float, x1: float, cols: list[list[float]] | None) -> bool:
    """x0..x1 covers two value columns or more, not all, and is centred over them (within a tenth
    of its width)."""
    if not cols:
        return False
    under = [c for c in cols if c[0] >= x0 - 2 and c[1] <= x1 + 2]
    if len(under) < 2 or len(under) == len(cols):
        return False
    return abs((x0 + x1) / 2 - (under[0][0] + under[-1][1]) / 2) <= 0.1 * (x1 - x0)


def _caption_lines(lines: list[Line], top: int, vx: float, used: set[int], have: int,
                   st: TableSettings) -> list[int]:
    """Label-only lines just above the header, set as tightly as its caption: the caption's start."""
    cap = [f for f in lines[top].frags if f.x1 <= vx + 2]
    out: list[int] = []
    k = top - 1
    while cap and k >= 0 and k not in used and have + len(out) < st.max_header_lines + st.max_caption_lines:
        ln = lines[k]
        if any(f.x1 > vx + 2 for f in ln.frags):
            break
        broken = not out and _word_broken_over(ln, cap[0], st)    # the stub's first line: "… energy consump-"
        if not broken and (lines[k + 1].base - ln.base > st.caption_gap * ln.size
                           or abs(ln.size - cap[0].size) > st.caption_size_ratio * cap[0].size):
            break
        if ln.text[:1].islower():
            break  # running text goes on there: a caption starts a phrase
        out.append(k)
        k -= 1
    return out


def _word_broken_over(ln: Line, stub, st: TableSettings) -> bool:
    """Line `ln`, label-only right over the header's stub cell, breaks a word with a hyphen that the stub
    goes on with ("% of sites by energy consump-" over "tion of relevant sites  2020  2021"): the stub's
    first line at a wrapped cell's leading, whatever that is, not a caption over the table."""
    text = ln.text.rstrip()
    return (len(ln.frags) == 1 and len(text) > 2 and text.endswith("-") and text[-2].isalpha()
            and stub.text[:1].islower() and abs(ln.frags[0].x0 - stub.x0) <= 0.5 * stub.size
            and 0 < stub.base - ln.base <= st.header_gap * max(ln.size, stub.size))
