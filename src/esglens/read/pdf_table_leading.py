"""Which label lines belong to a row's name: the lines of a wrapped label cell stand at the text's leading, one
under the other; a label-only line set further below the last line of the cell that opened the row (when it
opened it in one label column) in that same column is another cell (the next row's name set above its values,
or a row of its own), however close it stands to the row. A values line is still joined onto a value-less name
right above it (pdf_table_cells.join_rows), which else heads the rows below as their group. Other label
columns (a group's cell spanning rows, a description beside the name) may be set off the name's baselines and
are not judged."""
from __future__ import annotations

from .pdf_lines import Line
from .pdf_table_settings import TableSettings
from .pdf_table_tokens import is_value


def label_leading(placed: list[tuple[Line, list[str]]], nlab: int) -> float | None:
    """The table's leading in its label columns: the median gap between a line and the label-only line right
    under it that fills a label column it fills too; None with fewer than two such pairs."""
    gaps = sorted(b.base - a.base for (a, ca), (b, cb) in zip(placed, placed[1:])
                  if not any(c and is_value(c) for c in cb[nlab:]) and any(ca[c] and cb[c] for c in range(nlab)))
    return gaps[len(gaps) // 2] if len(gaps) >= 2 else None


def another_cell(last: dict[int, float], cells: list[str], ln: Line, leading: float | None,
                 st: TableSettings) -> bool:
    """The line fills the row's name column, whose cell ended (`last`: that column and the base of its last
    line) further above than the leading allows (`leading_gap` times the measured leading, else `wrap_gap`
    type sizes)."""
    reach = st.leading_gap * leading if leading is not None else st.wrap_gap * ln.size
    return any(cells[c] and ln.base - base > reach for c, base in last.items())


def opened(cells: list[str], ln: Line, nlab: int) -> dict[int, float]:
    """The name column of a row the line opens, at its base: the one label column it fills. A line that
    opens a row in several label columns (a group's cell spanning rows beside the row's own name, a
    description beside it) names no column: cells spanning rows are set off the rows' baselines."""
    filled = [c for c in range(nlab) if cells[c]]
    return {filled[0]: ln.base} if len(filled) == 1 else {}


def note_bases(last: dict[int, float], cells: list[str], ln: Line) -> None:
    """Record the line as the name cell's last when it fills the name column."""
    for c in last:
        if cells[c]:
            last[c] = ln.base
