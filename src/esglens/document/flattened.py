"""Tables a converter flattened into lines of text, put back: each reader takes the lines the ones before
it left (`year_rows`: `label v … v` rows under a line of years; `value_rows`: bare value lines under a line
of years with their labels on lines of their own; `flat_tables`: value lines that carry their years, with
the row labels nearby). A line a table holds is no longer a paragraph: the value lines' place in the
blocks is taken by the table."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..model import Heading, Paragraph, TableBlock
from . import unit_rows, value_rows, year_rows
from .flat_tables import flat_tables

# The readers of a table under a header line, each as what opens one of its tables (the header line's parts,
# or None) and the table under such a line with every line it holds (or None).
YEAR_ROWS = (year_rows.header_years, year_rows.table_under)
VALUE_ROWS = (year_rows.header_years, value_rows.table_under)
UNIT_ROWS = (unit_rows.header_period, unit_rows.table_under)


def with_flat_tables(blocks: list, table_lines: set[int], raw: dict[int, str] | None = None) -> list:
    """The blocks with each flattened value line's paragraph replaced by the table read from it (`raw`: the
    lines as printed, whose wide gaps part columns)."""
    texts: dict[int, str] = {}
    section_of: dict[int, str | None] = {}
    section = None
    for b in blocks:
        if isinstance(b, Heading):
            section = b.text
        if isinstance(b, (Heading, Paragraph)) and b.line is not None and b.line not in table_lines:
            texts[b.line] = b.text
            section_of[b.line] = section
    raw = raw or {}
    tables, held = read_tables({n: raw.get(n, t) for n, t in texts.items()}, section_of, *YEAR_ROWS)
    for reader in (VALUE_ROWS, UNIT_ROWS):
        more, held_too = read_tables({n: t for n, t in texts.items() if n not in held}, section_of, *reader)
        tables.update(more)
        held |= held_too
    tables.update(flat_tables({n: t for n, t in texts.items() if n not in held}, section_of))
    if not tables:
        return blocks
    out = []
    for b in blocks:
        if isinstance(b, (Heading, Paragraph)) and b.line in tables:
            out.append(tables[b.line])
        elif not (isinstance(b, (Heading, Paragraph)) and b.line in held):
            out.append(b)
    return out


def read_tables(texts: dict[int, str], section_of: dict[int, str | None], opens: Callable[[str], Any],
                table_under: Callable[[dict[int, str], int, Any], tuple[TableBlock, list[int]] | None],
                ) -> tuple[dict[int, TableBlock], set[int]]:
    """One reader's tables, by their header's line, and every line they hold: each line that `opens` reads
    as a header, and that no table above it holds, may open one."""
    out: dict[int, TableBlock] = {}
    held: set[int] = set()
    for n in sorted(texts):
        if n in held or (head := opens(texts[n])) is None:
            continue
        if (found := table_under(texts, n, head)) is not None:
            block, lines = found
            block.section = section_of.get(n)
            out[n] = block
            held.update(lines)
    return out, held
