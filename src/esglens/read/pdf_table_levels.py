"""Levels of PDF table rows that typography gives, not indentation.

Group rows set in bold at the table's left edge, over plain rows at the same x: the plain rows
stand one level in (emphasis does what indentation does elsewhere). A bold row with a dash in every
value cell is such a group row (a heading printed with dashes across, not a total). A bold row with values at
the edge (a total) stays at the groups' level and ends the group: plain rows after it stand at
the edge again until the next bold group row. The table gets one more label column for it.
"""
from __future__ import annotations

from ..core.numbers import is_not_disclosed
from .pdf_lines import Fragment
from .pdf_table_settings import DEFAULT, TableSettings

Rows = list[tuple[list[str], list]]


def emphasis_inset(rows: Rows, firsts: list[Fragment | None], label_x: float, nlab: int,
                   st: TableSettings = DEFAULT) -> Rows | None:
    """The body rows with a label column added and plain rows under bold group rows moved into
    it (two columns for parts under bold totals: the totals one column in, their parts two); None
    when the table does not set its groups this way."""
    edge = [i for i, f in enumerate(firsts)
            if f is not None and f.x0 < label_x + st.indent_pt and rows[i][0][0]]
    # a bold row whose every value cell is a dash is a group row set like the others, not a total
    headings = [i for i in edge if firsts[i].bold and any(rows[i][0][nlab:])
                and all(is_not_disclosed(c) for c in rows[i][0][nlab:] if c)]
    groups = [i for i in edge if not any(rows[i][0][nlab:])] + headings
    plain = [i for i in edge if any(rows[i][0][nlab:]) and not firsts[i].bold]
    if not groups or not plain or not all(firsts[i].bold for i in groups) or min(groups) > max(plain):
        parts = _parts_under_totals(rows, firsts, edge, nlab)
        if parts is None:
            return None
        return _inset(rows, [], {i: 2 if i in parts else 1 for i in edge if any(rows[i][0][nlab:])}, nlab, 2)
    if all(firsts[i].bold for i in range(len(rows)) if firsts[i] is not None and i not in groups):
        return None    # everything bold: emphasis tells nothing
    under, inner = False, set()   # a bold group row heads the rows from here; a bold total at the edge ends that
    for i in range(len(rows)):
        under = True if i in groups else (False if i in edge and firsts[i].bold else under)
        if i in plain and under:
            inner.add(i)
    return _inset(rows, headings, {i: 1 for i in inner}, nlab)


def _inset(rows: Rows, headings: list[int], moves: dict[int, int], nlab: int, added: int = 1) -> Rows:
    """The rows with `added` label columns after the first, each row of `moves` with its first label moved
    into the column given, and the dashes of the `headings` cleared."""
    out: Rows = []
    for i, (cells, boxes) in enumerate(rows):
        cells, boxes = cells[:1] + [""] * added + cells[1:], boxes[:1] + [None] * added + boxes[1:]
        if i in headings:
            cells[nlab + added:] = [""] * (len(cells) - nlab - added)     # its dashes say nothing
        if (to := moves.get(i)) is not None:
            cells[0], cells[to], boxes[0], boxes[to] = "", cells[0], None, boxes[0]
        out.append((cells, boxes))
    return out


def _parts_under_totals(rows: Rows, firsts: list[Fragment | None], edge: list[int], nlab: int) -> set[int] | None:
    """Rule "parts repeated under bold totals": bold rows with values at the edge, each followed by plain rows
    at the same x whose names repeat from one bold row to the next ("Permanent 1,402" over "Male | Female",
    "Other than Permanent 70" over "Male | Female"): those plain rows are the parts of the bold row above
    them, up to the first plain row whose name does not repeat ("Did not disclose"). None unless two bold
    rows or more share two part names or more."""
    at_edge = set(edge)
    runs = []
    for b in (i for i in edge if firsts[i].bold and any(rows[i][0][nlab:])):
        run = []
        for j in range(b + 1, len(rows)):
            if j not in at_edge or firsts[j].bold or not any(rows[j][0][nlab:]):
                break
            run.append(j)
        runs.append(run)
    names = [{_name(rows[j]) for j in run} for run in runs if run]
    shared = set.intersection(*names) if len(names) >= 2 else set()
    if len(shared) < 2:
        return None
    inner = set()
    for run in runs:
        for j in run:
            if _name(rows[j]) not in shared:
                break
            inner.add(j)
    return inner


def _name(row: tuple[list[str], list]) -> str:
    return " ".join(row[0][0].lower().split())
