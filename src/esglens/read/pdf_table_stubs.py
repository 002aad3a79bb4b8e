"""Row-spanning stub cells: a label printed once, left of the rows' own labels, vertically
centred over the rows it covers (and often wrapped over several lines among them):

    |                 | Generated  | t | 161,344 |
    | Waste (group    | Recycled   | t | 156,810 |
    |  total) [note]  | Landfilled | t |   2,001 |
    |                 | Rate       | % |      97 |

Read line by line, its pieces fall on whichever rows they stand beside. Here its lines are taken
out and set on the first row it covers, so the rows below inherit it as their parent. A block is
such a stub only when rows of its own stand above it (a group title stands over its rows, not
among them) and it is centred on the rows from there: the span's end, as far below the block's
middle as its start is above, falls on a row.
"""
from __future__ import annotations

from collections import Counter

from .pdf_lines import Fragment, Line
from .pdf_table_settings import DEFAULT, TableSettings
from .pdf_table_tokens import is_data_line


def spanning_stubs(lines: list[Line], vx: float, st: TableSettings = DEFAULT) -> list[Line | None] | None:
    """The body lines with each row-spanning stub moved to the first row it covers (a line left
    empty is None); None when the body has none."""
    data = [k for k, ln in enumerate(lines) if is_data_line(ln)]
    inner = _inner_x(lines, data, vx)
    if inner is None:
        return None
    stub = {k: [f for f in ln.frags if f.x1 < inner - 2] for k, ln in enumerate(lines)}
    pitch = _pitch(lines, data)
    blocks = _blocks(lines, [k for k in range(len(lines)) if stub[k]])
    moves: dict[int, list[Fragment]] = _top_aligned(lines, data, blocks, stub) or {}
    start = len(lines) if moves else 0
    for b in blocks:
        first = next((k for k in data if k >= start), None)
        covered = _span(lines, data, b, first, pitch) if first is not None and first < b[0] else None
        # the rows beside the block's lines are its own, whatever it covers: none of the next one's
        beside = [k for k in data if _mid(lines[k]) <= _mid(lines[b[-1]]) + 0.5 * pitch]
        start = max([start, b[-1] + 1] + [k + 1 for k in beside])
        if covered is not None:
            moves[covered[0]] = [f for k in b for f in stub[k]]
            start = max(start, covered[-1] + 1)
    if not moves:
        return None
    moved = {id(f) for fs in moves.values() for f in fs}
    out: list[Line | None] = []
    for k, ln in enumerate(lines):
        frags = moves.get(k, []) + [f for f in ln.frags if id(f) not in moved]
        out.append(Line(frags=frags) if frags else None)
    return out


def _top_aligned(lines: list[Line], data: list[int], blocks: list[list[int]], stub: dict) -> dict | None:
    """Rule "stubs set at the top of their rows": two blocks or more, each starting on a row's own line,
    one at least wrapped over lines that fall between rows: each block heads the rows from the one its
    first line stands on (the rows below inherit it); None when the stubs are not set so (centred ones
    are read by their span)."""
    if len(blocks) < 2 or all(len(b) == 1 for b in blocks):
        return None
    out = {}
    for b in blocks:
        row = next((k for k in data if abs(lines[k].base - lines[b[0]].base) < 0.3 * lines[k].size), None)
        if row is None or any(k in data for k in b[1:]):
            return None
        out[row] = [f for k in b for f in stub[k]]
    return out


def _inner_x(lines: list[Line], data: list[int], vx: float) -> float | None:
    """Where most data rows' own labels start (the column right of the stubs). A row whose label
    stands on a line of its own half a line from its values (cells centred on tall rows) counts
    with that line."""
    own = [lines[k] for k in data]
    own += [ln for k, ln in enumerate(lines) if k not in data and ln.frags and ln.frags[-1].x1 < vx
            and any(abs(ln.base - lines[j].base) < 0.6 * ln.size for j in data)]
    xs = Counter(round(ln.frags[0].x0) for ln in own if ln.frags and ln.frags[0].x1 < vx)
    if not xs:
        return None
    x, n = xs.most_common(1)[0]
    return float(x) if n >= 2 and n * 2 >= len(data) else None


def _blocks(lines: list[Line], ks: list[int]) -> list[list[int]]:
    """Stub lines set one under the other (closer than two type sizes) are one block."""
    out: list[list[int]] = []
    for k in ks:
        if out and lines[k].base - lines[out[-1][-1]].base < 2.0 * lines[k].size:
            out[-1].append(k)
        else:
            out.append([k])
    return out


def _pitch(lines: list[Line], data: list[int]) -> float:
    gaps = sorted(lines[b].base - lines[a].base for a, b in zip(data, data[1:]))
    return gaps[len(gaps) // 2] if gaps else 1.6 * lines[0].size


def _span(lines: list[Line], data: list[int], block: list[int], first: int, pitch: float) -> list[int] | None:
    """The data rows a stub block covers, from `first` down to as far below its middle as `first`
    stands above it; None unless that end falls on a row."""
    end = 2 * (lines[block[0]].top + lines[block[-1]].bottom) / 2 - _mid(lines[first])
    rows = [k for k in data if k >= first and _mid(lines[k]) <= end + 0.4 * pitch]
    if len(rows) < 2 or abs(_mid(lines[rows[-1]]) - end) > 0.4 * pitch:
        return None
    return rows


def _mid(ln: Line) -> float:
    return (ln.top + ln.bottom) / 2
