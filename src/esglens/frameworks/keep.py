"""Which rows read as index rows are kept: those of titled indexes, and code rows outside them only
when they stand together as an index does; one entry per row and code."""
from __future__ import annotations

from ..model import IndexEntry

_CLUSTER = 4       # code rows outside a titled index must stand at least this many together


def keep(found: list[tuple[int, int, IndexEntry]]) -> list[IndexEntry]:
    """Entries of titled indexes; others only in runs of _CLUSTER or more, as an index stands."""
    out: list[IndexEntry] = []
    run: list[tuple[int, IndexEntry]] = []

    def flush():
        if len(run) >= _CLUSTER:
            out.extend(e for _, e in run)
        run.clear()

    by_region: dict[int, list[IndexEntry]] = {}
    for region, n, e in found:
        if region:
            by_region.setdefault(region, []).append(e)
            continue
        if run and n - run[-1][0] > 3:
            flush()
        run.append((n, e))
    flush()
    for entries in by_region.values():
        # HKEX mandatory rows are named, not coded: keep them only beside coded rows
        if any(e.code[:1] in "AB" and e.code[1:2].isdigit() for e in entries) or not all(
                e.framework == "HKEX" for e in entries):
            out.extend(entries)
    out.sort(key=lambda e: (e.page or 0, e.line or 0))
    return out


def dedupe(entries: list[IndexEntry]) -> list[IndexEntry]:
    seen = set()
    out = []
    for e in sorted(entries, key=lambda e: (e.page or 0, e.line or 0)):
        key = (e.line, e.page, e.framework, e.code)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out
