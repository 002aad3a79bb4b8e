"""The report as a stream of rows: table rows keep their cells, other lines are one-cell rows.

Content indexes are tables, but page breaks split them with page numbers, repeated headers and
aspect lines that the converter printed as plain text; reading every block in order keeps those.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Document, Heading, Paragraph, TableBlock


@dataclass(slots=True)
class Row:
    cells: list[str]
    line: int | None
    page: int | None
    table: str | None = None      # the TableBlock id, None for a heading or paragraph
    heading: bool = False
    filled: list[str] = field(init=False, repr=False, compare=False)   # the cells with text (not to be changed)
    text: str = field(init=False, repr=False, compare=False)           # the filled cells, stripped, one string

    def __post_init__(self) -> None:   # read many times a row: worked out once (the cells are not changed)
        self.filled = [c for c in self.cells if c.strip()]
        self.text = " ".join(c.strip() for c in self.filled)


def rows_of(doc: Document) -> list[Row]:
    out: list[Row] = []
    for b in doc.blocks:
        if isinstance(b, TableBlock):
            out.extend(Row([c.strip() for c in r.cells], r.line, r.page, b.id) for r in b.rows)
        elif isinstance(b, (Heading, Paragraph)):
            out.append(_text_row(b.text.strip(), b.line, b.page, isinstance(b, Heading)))
    return out


def _text_row(text: str, line: int | None, page: int | None, heading: bool) -> Row:
    """The one-cell row of a heading or paragraph (`text` stripped), built without __post_init__."""
    row = Row.__new__(Row)
    row.cells, row.line, row.page, row.table, row.heading = [text], line, page, None, heading
    row.filled, row.text = ([text] if text else []), text
    return row
