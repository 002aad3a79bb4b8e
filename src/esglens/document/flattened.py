"""Tables a converter flattened into lines of text, put back: each reader takes the lines the ones before
it left (`year_rows`: `label v … v` rows under a line of years; `value_rows`: bare value lines under a line
of years with their labels on lines of their own; `flat_tables`: value lines that carry their years, with
the row labels nearby). A line a table holds is no longer a paragraph: the value lines' place in the
blocks is taken by the table."""
from __future__ import annotations

from ..model import Heading, Paragraph
from .flat_tables import flat_tables
from .unit_rows import unit_row_tables
from .value_rows import value_row_tables
from .year_rows import year_row_tables


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
    tables, held = year_row_tables({n: raw.get(n, t) for n, t in texts.items()}, section_of)
    for reader in (value_row_tables, unit_row_tables):
        more, held_too = reader({n: t for n, t in texts.items() if n not in held}, section_of)
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
