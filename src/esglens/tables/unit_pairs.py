"""Rule "paired units": one unit cell names two units, a count and its share in brackets ("名 (%)", or
"名" over "（%）" read as two cells side by side), for rows whose figures come in two lines each, the
count over its share in brackets:

    | 女性 | 単体 |          |  1,202  |  1,283  |
    |      |      | 名 (%)   | （16.0） | （16.6） |

Each line takes its own part: plain figures the plain unit, figures in brackets the bracketed unit.
Where the rows hold no figures in brackets, the cell is no pair and is left as it is.

Rule "share line" (`share_line`): a line of figures all in ASCII brackets, in percent, right under the line of
plain counts it shares a label with ("1,200" over "(60.0)"), is the count's share: the brackets set it apart
from the count and are no accounting negative (a bracket is a negative where amounts are booked, and a share
of a count is never below zero). Side by side too (`share_beside`): "1,200 | (60.0)" under "Number | %"."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from ..core.units import parse_unit
from ..model import TableBlock
from .units import looks_like_unit

if TYPE_CHECKING:
    from .table_types import Row
    from .values import Run

_PAIR = re.compile(r"^(?P<a>[^()（）]+?)\s*(?P<b>[(（][^()（）]+[)）])$")
_BRACKETED = re.compile(r"^[(（][^()（）]+[)）]$")
# a figure in brackets: "（16.0）", "(0.98)", "（-）"
_BRACKETED_FIGURE = re.compile(r"^[(（]\s*(?:[-–−]?[\d.,]+%?|[-–−])\s*[)）]")


def pair_of(cells: list[str], j: int, free: set[int] | None = None) -> tuple[str, str, int | None] | None:
    """The two units of the unit cell at column j: (plain, bracketed, the column of the other cell or None).
    The other cell, when the two were read apart, stands right beside j, in a column (`free`) that holds
    nothing else."""
    text = cells[j].strip() if j < len(cells) else ""
    if (m := _PAIR.match(text)) and _plain_unit(m["a"]) and looks_like_unit(m["b"][1:-1]):
        return m["a"].strip(), m["b"], None
    for i in (j - 1, j + 1):
        other = cells[i].strip() if 0 <= i < len(cells) else ""
        if not text or not other or _figure(other) or (free is not None and i not in free):
            continue
        for plain, bracketed in ((text, other), (other, text)):
            if _BRACKETED.match(bracketed) and looks_like_unit(bracketed[1:-1]) and _plain_unit(plain) \
                    and not _BRACKETED.match(plain):
                return plain, bracketed, i
    return None


def _plain_unit(text: str) -> bool:
    """A known unit, or a counted noun standing in the unit column ("trees", "名"): a word or two, no figure."""
    return looks_like_unit(text) or bool(re.fullmatch(r"[^\W\d_]+(?:[ -][^\W\d_]+)?", text.strip()))


def _figure(cell: str) -> bool:
    return bool(re.search(r"\d", cell))


def _bracketed_line(cells: list[str], j: int) -> bool | None:
    """The row's figures after column j are all in brackets (True), none are (False), or it has none."""
    figs = [c.strip() for c in cells[j + 1:] if _figure(c)]
    if not figs:
        return None
    inside = [bool(_BRACKETED_FIGURE.match(c)) for c in figs]
    return True if all(inside) else (False if not any(inside) else None)


def split_pairs(block: TableBlock, j: int, first: int, last: int) -> TableBlock:
    """Rows first..last of the body (counted after the header) spanned by the unit cell at column j: when
    one of them holds a pair of units and both kinds of line occur, each row gets its own part at j."""
    body = block.rows[1:]
    width = min(len(body[m].cells) for m in range(first, last + 1))
    filled = [{i for i in range(width) if body[m].cells[i].strip()} for m in range(first, last + 1)]
    uses = Counter(i for f in filled for i in f)
    found = []
    for k in range(first, last + 1):
        free = {i for i in range(width) if uses[i] - (i in filled[k - first]) == 0}   # nothing else in it
        if p := pair_of(body[k].cells, j, free):
            found.append((k, p))
    if len(found) != 1:
        return block
    k, (plain, bracketed, other) = found[0]
    kinds = [_bracketed_line(body[m].cells, j) for m in range(first, last + 1)]
    if True not in kinds or False not in kinds:
        return block
    rows = list(block.rows)
    for m, kind in zip(range(first, last + 1), kinds):
        cells = list(body[m].cells)
        if m == k and other is not None:
            cells[other] = ""
        if kind is not None:
            cells[j] = bracketed if kind else plain
        elif m == k:
            cells[j] = ""
        rows[m + 1] = replace(body[m], cells=cells)
    return replace(block, rows=rows)


_ASCII_BRACKETED = re.compile(r"^\(\s*\d[\d,.]*\s*%?\s*\)$")
_PERCENT = ("%", "％", "(%)", "（%）", "（％）")


def share_line(run: Run, row: Row, above: list[Row]) -> Run:
    """Rule "share line" (module docstring): the run with its bracketed shares read as positive, when the row
    is in percent, every figure of it is in ASCII brackets, and the value row just above has the same label
    path and plain, non-negative figures in another unit; else the run as it is."""
    if not run or (row.unit or "").strip() not in _PERCENT:
        return run
    if not all(p.value is not None and p.value < 0 and _ASCII_BRACKETED.match(c.strip()) for _, c, p in run):
        return run
    prev = next((r for r in reversed(above) if r.values), None)
    if prev is None or prev.labels != row.labels or (prev.unit or "").strip() in _PERCENT:
        return run
    if any(v.parsed.value is None or v.parsed.value < 0 or v.raw.strip().startswith("(") for v in prev.values):
        return run
    return [(i, c, replace(p, value=-p.value)) for i, c, p in run]


_CHANGE_WORD = re.compile(r"chang|varia|differ|growth|yoy|y-o-y|delta|[Δ±]|\+\s?/\s?-|増減|增减|变动|前年比", re.I)


def share_beside(row: Row) -> None:
    """Rule "share line", side by side: a figure in ASCII brackets under a percent sub-column, right after its
    year's plain count ("1,200 | (60.0)" under "Number | %"), is the count's share and is read as positive;
    not under a change column, not beside money or another share."""
    prev = None
    for v in row.values:
        if prev is not None and v.year == prev.year and (v.unit or "").strip() in _PERCENT \
                and v.parsed.value is not None and v.parsed.value < 0 and _ASCII_BRACKETED.match(v.raw.strip()) \
                and not _CHANGE_WORD.search(v.column or "") and _plain_count(prev, row):
            v.parsed = replace(v.parsed, value=-v.parsed.value)
        prev = v


def _plain_count(v, row: Row) -> bool:
    unit = (v.unit or row.unit or "").strip()
    parsed = parse_unit(unit) if unit else None
    return v.parsed.value is not None and v.parsed.value >= 0 and not v.raw.strip().startswith("(") \
        and unit not in _PERCENT and not (parsed is not None and parsed.dim in ("currency", "ratio"))
