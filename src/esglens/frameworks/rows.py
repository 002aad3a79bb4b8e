"""The report as a stream of rows: table rows keep their cells, other lines are one-cell rows.

Content indexes are tables, but page breaks split them with page numbers, repeated headers and
aspect lines that the converter printed as plain text; reading every block in order keeps those.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Document, Heading, Paragraph, TableBlock


@dataclass(slots=True)
class Row:
    cells: list[str]
    line: int | None
    page: int | None
    table: str | None = None      # the TableBlock id, None for a heading or paragraph
    heading: bool = False

    @property
    def filled(self) -> list[str]:
        return [c for c in self.cells if c.strip()]

    @property
    def text(self) -> str:
        return " ".join(c.strip() for c in self.cells if c.strip())


def rows_of(doc: Document) -> list[Row]:
    out: list[Row] = []
    for b in doc.blocks:
        if isinstance(b, TableBlock):
            out.extend(Row([c.strip() for c in r.cells], r.line, r.page, b.id) for r in b.rows)
        elif isinstance(b, (Heading, Paragraph)):
            out.append(Row([b.text.strip()], b.line, b.page, None, isinstance(b, Heading)))
    return out
