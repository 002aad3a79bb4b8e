"""Facts from a built document: one per numeric table cell, plus numbers stated in sentences."""
from __future__ import annotations

import re
from collections import Counter

from ..model import Document, Fact, Heading, Paragraph, TableBlock
from ..tables.interpret import Table, interpret
from .narrative import narrative_facts

_YEAR = re.compile(r"(?<!\d)(20\d{2})(?!\d)")


def report_year(doc: Document, tables: list[Table]) -> int | None:
    """The year the report covers: the latest year its data tables are given for, else the year
    named most often near the start (titles, cover)."""
    latest = Counter(max(t.years) for t in tables if t.years)
    if latest:
        return latest.most_common(1)[0][0]
    head = " ".join(t.text for t in doc.lines[:80])
    years = Counter(int(y) for y in _YEAR.findall(head))
    return years.most_common(1)[0][0] if years else None


def table_facts(table: Table, section: str | None, default_year: int | None) -> list[Fact]:
    out: list[Fact] = []
    block = table.block
    for row in table.rows:
        label = " > ".join(row.labels)
        for v in row.values:
            unit = row.unit or v.parsed.unit
            out.append(Fact(
                value=v.parsed.value, raw=v.raw, unit=unit, year=v.year or default_year,
                label=label, source="table", line=row.line, page=row.page, section=section,
                table_id=block.id, table_title=block.title, column=v.column,
                footnotes=row.footnotes + v.parsed.footnotes, qualifier=v.parsed.qualifier,
            ))
        if row.text_cells:
            context = " > ".join(row.labels) if row.labels else None
            for i, text in enumerate(row.text_cells):
                # A short first cell is the row's name; it states a number only when it begins with one.
                if i == 0 and len(row.text_cells) > 1 and not re.match(r"^\d", text):
                    continue
                for f in narrative_facts(text, line=row.line, page=row.page, default_year=default_year,
                                         section=section, source="table",
                                         context=row.text_cells[0] if i > 0 else context):
                    f.table_id = block.id
                    f.table_title = block.title
                    out.append(f)
    return out


def extract_all(doc: Document) -> list[Fact]:
    tables = {b.id: interpret(b) for b in doc.blocks if isinstance(b, TableBlock)}
    year = report_year(doc, list(tables.values()))
    facts: list[Fact] = []
    section = None
    for block in doc.blocks:
        if isinstance(block, Heading):
            section = block.text
            facts += narrative_facts(block.text, line=block.line, page=block.page, default_year=year,
                                     section=section, heading=True)
        elif isinstance(block, Paragraph):
            facts += narrative_facts(block.text, line=block.line, page=block.page, default_year=year,
                                     section=section)
        elif isinstance(block, TableBlock):
            facts += table_facts(tables[block.id], block.section or section, year)
    return _dedupe(facts)


def _dedupe(facts: list[Fact]) -> list[Fact]:
    seen = set()
    out = []
    for f in facts:
        key = (f.line, f.page, f.raw, f.year, f.label, f.value, f.source)
        if key in seen:
            continue
        seen.add(key)
        out.append(f)
    return out
