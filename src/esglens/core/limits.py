"""Caps on what one report may make esglens do, each a named setting with its default here.

A real report stays far inside every cap (the sample reports: lines under 2,200 characters, rows under
10 cells, sentences under 200 words). A file that goes over one is read up to the cap and the rest is
reported, never silently dropped: the stage that applies a cap adds a warning to the document naming
the cap, its value and where (`over_limit`). Every default can be changed for one process through the
environment (`ESGLENS_MAX_LINE_CHARS=50000`) or, in code and tests, with `use_limits(...)`.
"""
from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields

from ..model import Document, TableBlock


@dataclass(frozen=True)
class Limits:
    max_text_mb: int = 50
    """A text report larger than this many MiB is rejected (a converted report is a few hundred kB)."""

    max_line_chars: int = 20_000
    """A text line longer than this is read up to here (a paragraph is rarely over 3,000 characters)."""

    max_cells_per_row: int = 64
    """Cells of one table row read, left to right (ESG tables have under 20 columns)."""

    max_rows_per_table: int = 5_000
    """Rows of one table read, top to bottom."""

    max_sentence_chars: int = 5_000
    """Wrapped lines joined back into one sentence stop here; the next line starts a new run."""

    max_sentence_words: int = 400
    """Words (runs of letters or digits) of one sentence read as prose. A longer "sentence" is no prose (a
    flattened table, a run of numbers): it is read in pieces of about `context_chars` characters, each
    on its own, so that the work per number stays bounded."""

    context_chars: int = 300
    """How far before and after a number its sentence is read for the number's name, unit and bounds
    (a label is the last few words before it; a unit or qualifier a few words around it)."""

    max_pdf_pages: int = 1_000
    """Pages of one PDF read, from the first (the longest real reports have a few hundred); the report
    is analysed up to the cap and ends `partial`."""

    max_figures_per_page: int = 800
    """Figures (runs of digits) on one PDF page, counted in pdfium's text before the page's layout is
    worked out. The densest pages of the ten corpus PDFs print 200-410 (a data table in small type); a
    page over the cap is a dump (a generated or flattened data listing), whose layout and figures would
    cost about a second each: its text is kept as plain lines (searchable, in the content index) but it
    gives no tables, paragraphs or facts, and the report ends `partial` naming the pages."""

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise ValueError(f"limit {f.name} must be a positive whole number, not {value!r}")

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> "Limits":
        """Defaults, with any `ESGLENS_<NAME>` set in the environment (ESGLENS_MAX_TEXT_MB=100)."""
        env = os.environ if environ is None else environ
        changes = {}
        for f in fields(cls):
            raw = env.get(f"ESGLENS_{f.name.upper()}")
            if raw is not None:
                try:
                    changes[f.name] = int(raw.replace("_", ""))
                except ValueError:
                    raise ValueError(f"ESGLENS_{f.name.upper()} must be a whole number, not {raw!r}") from None
        return cls(**changes)


_CURRENT: Limits | None = None


def limits() -> Limits:
    """The limits in force (defaults and environment, read once)."""
    global _CURRENT
    if _CURRENT is None:
        _CURRENT = Limits.from_env()
    return _CURRENT


@contextmanager
def use_limits(**changes: int) -> Iterator[Limits]:
    """Run a block with some limits changed: `with use_limits(max_cells_per_row=10): ...`."""
    global _CURRENT
    before = limits()
    _CURRENT = dataclasses.replace(before, **changes)
    try:
        yield _CURRENT
    finally:
        _CURRENT = before


class OutOfTime(BaseException):
    """Raised inside a report's analysis when its time budget runs out (see `pipeline.analyze`).

    A BaseException, like KeyboardInterrupt: a stage's own `except Exception` cannot swallow it, so the
    pipeline catches it, keeps what finished and ends the report `partial` with the reason.
    """


def over_limit(name: str, where: str, what: str) -> str:
    """The warning for something that went over a cap: names the cap, its value, where and what."""
    value = getattr(limits(), name)
    return f"over limit {name}={value:,}: {where}: {what}"


def cap_tables(doc: Document) -> list[str]:
    """Cut every table of `doc` to `max_rows_per_table` rows and its rows to `max_cells_per_row` cells (in
    place); one warning per table that went over, naming the cap, the table, its lines and what is not read."""
    lim, out = limits(), []
    for block in doc.blocks:
        if not isinstance(block, TableBlock):
            continue
        rows = block.rows
        where = f"{doc.name}: table {block.id}"
        wide = [r for r in rows if len(r.cells) > lim.max_cells_per_row]
        if wide:
            most = max(len(r.cells) for r in wide)
            out.append(over_limit("max_cells_per_row", where + _lines(wide),
                                  f"{len(wide):,} row(s) of up to {most:,} cells; cells "
                                  f"{lim.max_cells_per_row + 1:,}-{most:,} are not read"))
            for r in wide:
                del r.cells[lim.max_cells_per_row:]
                if r.boxes is not None:
                    del r.boxes[lim.max_cells_per_row:]
        if len(rows) > lim.max_rows_per_table:
            out.append(over_limit("max_rows_per_table", where + _lines(rows[lim.max_rows_per_table:]),
                                  f"{len(rows):,} rows; rows {lim.max_rows_per_table + 1:,}-{len(rows):,} "
                                  f"are not read"))
            del rows[lim.max_rows_per_table:]
    return out


def _lines(rows) -> str:
    """' (lines 5-54)' or ' (pages 3-4)' for the rows that went over a cap."""
    for attr, word in (("line", "lines"), ("page", "pages")):
        at = [getattr(r, attr) for r in rows if getattr(r, attr) is not None]
        if at:
            return f" ({word} {min(at):,}-{max(at):,})" if min(at) != max(at) else f" ({word[:-1]} {at[0]:,})"
    return ""
