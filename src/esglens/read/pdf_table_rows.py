"""Lines joined into the rows of one table: a label running on over several lines, a row name's last
line, a list item or a bracket closed on the next line, cells merged into the row above."""
from __future__ import annotations

import re

from .pdf_lines import Line
from .pdf_table_cells import Box, Grid
from .pdf_table_leading import another_cell, label_leading, note_bases, opened
from .pdf_table_settings import DEFAULT, TableSettings
from .pdf_table_wraps import ends_at_leading, wrapped
from .pdf_table_tokens import glue, is_data_line, is_value


def join_rows(lines: list[Line], grid: Grid, st: TableSettings = DEFAULT,
              firsts: list | None = None) -> list[tuple[list[str], list]]:
    """Lines to rows (cells and their boxes): a label-only line closer to its neighbour than the
    row pitch is part of it. `firsts` gets each row's first fragment."""
    pitch, measured = _row_pitch(lines)
    nexts = lines[1:] + [None]
    nlab = grid.nlab
    rows: list[tuple[list[str], list]] = []
    kinds: list[str] = []            # "data" or "label" per row
    prev_base = None
    prev: Line | None = None
    centred: set[int] = set()        # value columns a values line set between a row's label lines filled
    placed = [grid.place(ln) for ln in lines]
    leading = label_leading([(ln, p[0]) for ln, p in zip(lines, placed)], nlab)
    lasts: list[dict[int, float]] = []   # per row: its name column and the base of that cell's last line
    for i, ln in enumerate(lines):
        cells, boxes = placed[i]
        has_vals = any(c and is_value(c) for c in cells[nlab:])
        close = prev_base is not None and ln.base - prev_base < st.row_merge_pitch * pitch
        if rows and close and has_vals and _between_label_lines(rows[-1][0], cells, nlab, centred):
            merge_cells(rows[-1], (cells, boxes))
            note_bases(lasts[-1], cells, ln)
            centred = centred or {c for c in range(nlab, len(cells)) if cells[c]}
            prev_base, prev = ln.base, ln
            continue
        centred = set()
        around = (prev, nexts[i], measured)
        if rows and prev is not None and (_label_goes_on(rows, kinds, (cells, boxes), ln, has_vals, around, nlab, st)
                                          or _last_name_line(rows, kinds, (cells, boxes), ln, has_vals, around, leading, nlab, st)):
            note_bases(lasts[-1], cells, ln)
            prev_base, prev = ln.base, ln
            continue
        closes = bool(rows) and not has_vals and _closes_bracket(rows[-1][0][:nlab], cells[:nlab])
        if rows and (close or closes) \
                and (not has_vals or kinds[-1] == "label" or not any(rows[-1][0][nlab:])) and not _starts_item(ln) \
                and not (kinds[-1] == "item" and _first(cells, nlab) < _first(rows[-1][0], nlab)) \
                and (closes or has_vals or not another_cell(lasts[-1], cells, ln, leading, st)):
            merge_cells(rows[-1], (cells, boxes))
            if has_vals:
                kinds[-1] = "data"
        else:
            rows.append((cells, boxes))
            lasts.append(opened(cells, ln, nlab))
            kinds.append("data" if has_vals else "item" if _starts_item(ln) else "label")
            if firsts is not None:
                firsts.append(ln.frags[0] if ln.frags else None)
        note_bases(lasts[-1], cells, ln)
        prev_base, prev = ln.base, ln
    return rows


def _row_pitch(lines: list[Line]) -> tuple[float, float | None]:
    """The table's row pitch: the median gap between data lines one right under the other (a guess of
    1.6 type sizes without such a pair), and the same when it was measured, else None."""
    data = [i for i, ln in enumerate(lines) if is_data_line(ln)]
    gaps = sorted(lines[b].base - lines[a].base for a, b in zip(data, data[1:]) if b == a + 1)
    if not gaps:
        return 1.6 * lines[0].size, None
    return gaps[len(gaps) // 2], gaps[len(gaps) // 2]


def _label_goes_on(rows: list, kinds: list[str], placed: tuple[list[str], list], ln: Line, has_vals: bool,
                   around: tuple, nlab: int, st: TableSettings) -> bool:
    """The line goes on with the last row's label (set onto it): wrapped into a label column the row
    leaves empty (`_runs_on`), or at the label's own x (pdf_table_wraps). `around`: the line above, the
    line below (or None) and the row pitch measured on the table (None: no two data lines in a row)."""
    cells, boxes = placed
    if not has_vals and ln.base - around[0].base < st.wrap_gap * ln.size and _runs_on(rows[-1], cells[:nlab], ln, nlab):
        _onto_label(rows[-1], cells, boxes, nlab)      # the row's label goes on, on this line
        return True
    if wrapped(rows[-1], kinds[-1], ln, has_vals, around, nlab, st):
        merge_cells(rows[-1], placed)                  # a label wrapped at its own x
        kinds[-1] = "data" if has_vals else kinds[-1]
        return True
    return False


def _last_name_line(rows: list, kinds: list[str], placed: tuple[list[str], list], ln: Line, has_vals: bool,
                    around: tuple, leading: float | None, nlab: int, st: TableSettings) -> bool:
    """The values line is the last line of the wrapped name above it (pdf_table_wraps.ends_at_leading)."""
    if not has_vals or kinds[-1] != "label" or not ends_at_leading(rows[-1], ln, ln.base - around[0].base, leading,
                                                                    around[2], nlab, st):
        return False
    merge_cells(rows[-1], placed)
    kinds[-1] = "data"
    return True


_ITEM = re.compile(r"(?:[-–•▪●◦]|\((?:[ivx]{1,4}|[a-h]|\d{1,2})\))(?:\s|$)")


def _first(cells: list[str], nlab: int) -> int:
    return next((c for c in range(nlab) if cells[c]), nlab)


def _starts_item(ln: Line) -> bool:
    """A line that opens with a list marker (a dash or bullet, "(ii)", "(c)", "(3)") starts an item of
    its own: a row of its own, even set at the pitch of wrapped lines, never the end of the row above;
    a line labelled left of such an item (a total under a list) is no part of it either."""
    return bool(ln.frags) and bool(_ITEM.match(ln.frags[0].text.strip()))


def _between_label_lines(above: list[str], cells: list[str], nlab: int, centred: set[int]) -> bool:
    """A row whose label wraps over two lines with its values set between them while another column
    (targets, notes) wraps on the label's own lines: the values line (no label but a bracketed unit)
    fills only columns the row leaves empty; the line below, closer than a wrap gap, goes on with the
    label in lower case and fills only columns the values line left empty."""
    filled = {c for c in range(nlab, len(cells)) if cells[c]}
    label = " ".join(c for c in cells[:nlab] if c).strip()
    if not above[0] or any(above[c] for c in filled):
        if not centred or filled & centred or not label[:1].islower() or cells[0] != label:
            return False
        return not above[0].rstrip().endswith((".", ":", ";", "。"))
    if centred:
        return False
    return not label or bool(re.fullmatch(r"\([^()]*\)", label))


def _runs_on(row: tuple[list[str], list], cells: list[str], ln: Line, nlab: int) -> bool:
    """A label-only line whose words go on with the label of the row just above: set right of it, in
    label columns the row leaves empty, and no further right than a hanging indent (three type sizes
    from where that label starts: a unit wrapped in a column of its own stays that cell's), it
    starts in lower case, as a phrase goes on after a line break ("... as % of total" / "purchases"),
    the label above ends no sentence, and it is no group title ("of which:")."""
    above, boxes = row[0][:nlab], row[1][:nlab]
    text = " ".join(c for c in cells if c).strip()
    filled = [c for c in range(len(above)) if above[c]]
    if not text or not filled or any(cells[c] for c in range(filled[-1] + 1)) or boxes[filled[-1]] is None:
        return False
    if not 0 <= ln.frags[0].x0 - boxes[filled[-1]][0] <= 3 * ln.size:
        return False
    last = above[filled[-1]].rstrip()
    return text[0].islower() and not text.endswith((":", "：")) and not last.endswith((".", ":", "：", "。")) \
        and not re.match(r"(?:of which|thereof|incl)", text)


def _onto_label(row: tuple[list[str], list], cells: list[str], boxes: list, nlab: int) -> None:
    """The label-only line's words glued to the end of the row's last label cell."""
    j = max(c for c in range(nlab) if row[0][c])
    for c in range(nlab):
        if cells[c]:
            row[0][j] = glue(row[0][j], cells[c])
            row[1][j] = union(row[1][j], boxes[c])


def _closes_bracket(above: list[str], cells: list[str]) -> bool:
    """A label line that closes a bracket it never opened ("in crores) (GJ/Cr)" under "... (Total
    energy consumption/ turnover"), or holds only a bracket, continues the row above, however far
    below it stands."""
    if not any(above) or not any(cells):
        return False
    text = " ".join(c for c in cells if c).strip()
    if re.fullmatch(r"\([^()]*\)", text):
        return True     # a line that is only a bracket ("(PPP)") is no group title: the label's end
    depth = 0
    for ch in " ".join(cells):
        depth += (ch == "(") - (ch == ")")
        if depth < 0:
            return True
    return False


def merge_cells(row: tuple[list[str], list], more: tuple[list[str], list]) -> None:
    """The cells of another line of the same row, glued to the row's."""
    for c, text in enumerate(more[0]):
        if text:
            row[0][c] = glue(row[0][c], text)
            row[1][c] = union(row[1][c], more[1][c])


def union(a: Box | None, b: Box | None) -> Box | None:
    if a is None or b is None:
        return a or b
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))
