"""Table facts regrouped as printed rows: one label, one unit, a value per year."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..model import Document, Fact, Heading, Paragraph, TableBlock
from ..core.opening import opening

_YEAR = opening(re.compile(r"^(?:FY)?\s*(19|20)\d{2}\s*$"))


@dataclass
class Row:
    group: str                    # table group: a table and its continuations
    label: str
    unit: str
    line: int | None
    page: int | None
    order: int                    # position within the group, in reading order
    by_year: dict[int, Fact] = field(default_factory=dict)
    raw_index: int | None = None  # position of its printed row in its table (rows without values count)

    @property
    def parts(self) -> list[str]:
        return list(_label_parts(self.label))

    @property
    def parent(self) -> str:
        return " > ".join(_label_parts(self.label)[:-1])

    @property
    def leaf(self) -> str:
        return _label_parts(self.label)[-1]

    def value(self, year: int) -> float | None:
        f = self.by_year.get(year)
        return None if f is None or f.qualifier else f.value

    def raw(self, year: int) -> str:
        f = self.by_year.get(year)
        return f.raw if f else ""


@lru_cache(maxsize=1 << 14)   # a row's label is read (leaf, parent) by every check, many times each
def _label_parts(label: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in label.split(" > "))


@lru_cache(maxsize=4096)
def norm_unit(unit: str) -> str:
    """Printed unit compared loosely: case, spaces and superscripts do not matter."""
    u = (unit or "").lower().replace("³", "3").replace("₂", "2").replace("²", "2")
    return _SPACE.sub("", u)


_SPACE = re.compile(r"\s+")


def table_groups(doc: Document | None) -> dict[str, str]:
    """table id -> group id. A table printed right after another with the same year header (a page
    break or a repeated header) continues it, so breakdowns may straddle the two."""
    if doc is None:
        return {}
    groups: dict[str, str] = {}
    prev: TableBlock | None = None
    gap_ok = True
    for block in doc.blocks:
        if isinstance(block, TableBlock):
            if prev is not None and gap_ok and _years(prev) and _years(prev) == _years(block):
                groups[block.id] = groups[prev.id]
            else:
                groups[block.id] = block.id
            prev, gap_ok = block, True
        elif isinstance(block, (Heading, Paragraph)) and len(block.text) > 40:
            gap_ok = False  # real prose between two tables: a new table, not a continuation
    return groups


def _years(t: TableBlock) -> tuple[str, ...]:
    if not t.rows:
        return ()
    return tuple(c.strip() for c in t.rows[0].cells if _YEAR.match(c.strip()))


_LABEL_UNIT = re.compile(r"(?:,\s*|\(\s*|\bin\s+)([^,()]{1,25}?)\s*\)?\s*$")


_SHARE_OF = re.compile(r"(?:^|\bas\s+(?:a\s+)?|\bin\s+)(?:%|percentage|per\s?cent)\s+of\b|\(%(?:\s+of\b[^)]*)?\)\s*$|"
                       r"^(?:share|proportion)\s+of\b|\bas\s+(?:a\s+)?(?:share|proportion)\s+of\b", re.I)


def unit_in_label(label: str) -> str:
    """'Direct energy (fuels), MWh' -> 'MWh': a unit printed at the end of the label, not in a cell;
    '% of revenue', 'Percentage of …' -> '%'."""
    from ..core.units import parse_unit
    leaf = label.split(" > ")[-1]
    if _SHARE_OF.search(leaf):
        return "%"   # 'R&D expenditure as % of revenue', 'Percentage of sites certified'
    m = _LABEL_UNIT.search(leaf)
    if not m:
        return ""
    u = parse_unit(m.group(1))
    return m.group(1).strip() if u is not None and u.expr else ""


def _label_unit(label: str) -> str:
    """The unit printed in the leaf, else in the nearest parent ('Sick leave rate (%) > Women')."""
    parts = label.split(" > ")
    for i in range(len(parts), 0, -1):
        u = unit_in_label(" > ".join(parts[:i]))
        if u:
            return u
    return ""


def _title_unit(title: str | None) -> str:
    """A table whose caption or stub header is only a unit ('%', '(t)'): its rows are in that unit."""
    from ..core.units import parse_unit
    t = (title or "").strip().strip("()")
    if not t or len(t) > 12:
        return ""
    u = parse_unit(t)
    return t if u is not None and u.expr else ""


def measure_first(f: Fact) -> str:
    """A row of items under columns of measures ('Hong Kong' under 'Headcount' and 'Share'), read as
    the measure's breakdown: 'Hong Kong > Headcount' -> 'Headcount > Hong Kong'."""
    col = (f.column or "").strip()
    tail = " > " + col
    if col and not _YEAR.match(col) and f.label.endswith(tail) and len(f.label) > len(tail):
        return col + " > " + f.label[: -len(tail)]
    return f.label


_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


def _cell_key(text: str) -> str:
    return _NOT_ALNUM.sub(" ", text.lower()).strip()


def raw_positions(doc: Document | None) -> dict[tuple, int]:
    """(table id, line) -> index of the printed row in its table; (table id, label cell) -> the indexes
    of the printed rows holding that cell."""
    out: dict[tuple, object] = {}
    if doc is None:
        return out
    for t in doc.tables:
        for i, r in enumerate(t.rows):
            if r.line is not None:
                out.setdefault((t.id, "line", r.line), i)
            for c in {_cell_key(c) for c in r.cells if c.strip()}:
                out.setdefault((t.id, "cell", c), []).append(i)
    return out


def _raw_index(pos: dict[tuple, int], f: Fact, label: str, occurrence: int = 0) -> int | None:
    if f.line is not None:
        return pos.get((f.table_id, "line", f.line))
    found = pos.get((f.table_id, "cell", _cell_key(label.split(" > ")[-1]))) or []
    return found[occurrence] if occurrence < len(found) else None


def build_rows(facts: list[Fact], doc: Document | None = None) -> list[Row]:
    """Group table facts into rows, in reading order."""
    groups = table_groups(doc)
    pos = raw_positions(doc)
    rows: dict[tuple, Row] = {}
    seen: dict[tuple, list[set]] = {}   # PDF: the years of each printed row holding one label
    for f in facts:
        if f.source != "table" or f.year is None:
            continue
        occurrence = 0
        if f.line is None:   # a year seen again under the same label starts the next printed row
            runs = seen.setdefault((f.table_id, f.page, f.label, norm_unit(f.unit)), [set()])
            if f.year in runs[-1]:
                runs.append(set())
            runs[-1].add(f.year)
            occurrence = len(runs) - 1
        gid = groups.get(f.table_id or "", f.table_id or f"?{f.page or 0}")
        label = measure_first(f)
        unit = f.unit if (f.unit or "").strip() else (_label_unit(label) or _title_unit(f.table_title))
        raw_index = _raw_index(pos, f, label, occurrence)
        # on a PDF page two printed rows may share a label ('Total' twice): their printed rows tell them apart
        where = (f.line,) if f.line is not None else (f.page, f.table_id, occurrence)
        key = (gid, where, label, norm_unit(unit))
        row = rows.get(key)
        if row is None:
            row = rows[key] = Row(gid, label, unit, f.line, f.page, len(rows), raw_index=raw_index)
        if f.year in row.by_year:
            continue  # two values for one year in one row: leave the first, the extractor's call
        row.by_year[f.year] = f
    return list(rows.values())


def by_group(rows: list[Row]) -> dict[str, list[Row]]:
    out: dict[str, list[Row]] = {}
    for r in rows:
        out.setdefault(r.group, []).append(r)
    for g in out.values():
        g.sort(key=lambda r: (r.line or 0, r.order))
    return out


def where(rows_or_facts) -> tuple[list[int], list[int]]:
    """Lines and pages of everything involved, sorted, without repeats."""
    lines = sorted({x.line for x in rows_or_facts if getattr(x, "line", None) is not None})
    pages = sorted({x.page for x in rows_or_facts if getattr(x, "page", None) is not None})
    return lines, pages
