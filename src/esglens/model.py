"""Plain data passed between the pipeline stages.

read → Document (lines + blocks) → tables (Table) → facts (Fact) → normalize → check (Finding) → store.

Every object that came from the report carries where it stands: `line` (1-based, text input) or
`page` (1-based, PDF input). Exactly one of them is set for anything read from a report.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal, Union


@dataclass(slots=True)
class TextLine:
    """One line of the report as read: a line of the text file, or a text line of a PDF page."""
    text: str
    line: int | None = None
    page: int | None = None


@dataclass(slots=True)
class Heading:
    text: str
    level: int = 1
    line: int | None = None
    page: int | None = None


@dataclass(slots=True)
class Paragraph:
    """A run of prose: one source line for text input."""
    text: str
    line: int | None = None
    page: int | None = None
    # PDF: set when the text stands in a region that is not prose by its geometry ("cell": a cell of a table
    # or a form the table finder did not take, read/pdf_regions); the prose reader reads it only when it is a
    # sentence. None: prose (or unknown)
    region: str | None = None
    column: float | None = None     # a cell's left edge on its page (points): cells of one column share it


@dataclass(slots=True)
class RawRow:
    """One table row as printed: cells left to right, cleaned of markup but not interpreted."""
    cells: list[str]
    line: int | None = None
    page: int | None = None
    # PDF: each cell's box on its page (x0, top, x1, bottom in points), None for an empty cell
    boxes: list[tuple[float, float, float, float] | None] | None = None


@dataclass(slots=True)
class TableBlock:
    """Consecutive rows that form one table, before any interpretation."""
    id: str
    rows: list[RawRow]
    title: str | None = None      # the nearest caption-like line above the table
    section: str | None = None    # the heading the table stands under
    # cells stand in the columns they were printed in (rebuilt from geometry), so a value's
    # column is its position; text and markdown tables may shift cells and are read by shape
    positioned: bool = False
    # PDF: the sentence just above the table that announces it, ending in a colon ("… in the following format:")
    lead: str | None = None


Block = Union[Heading, Paragraph, TableBlock]


@dataclass
class Document:
    """A report read into lines and blocks. Readers (text, PDF) produce it; every later stage reads it."""
    path: str
    name: str                     # file name without folders
    sha256: str
    kind: Literal["text", "pdf"]
    lines: list[TextLine]
    blocks: list[Block] = field(default_factory=list)
    encoding: str | None = None
    page_count: int | None = None
    warnings: list[str] = field(default_factory=list)
    report_year: int | None = None   # set by the facts stage: the year the report covers
    page_labels: list[str | None] | None = None   # PDF: the page numbers as printed, by page
    # PDF read in part: the text lines of its first pages (cover, "about this report"), for the report year only
    front: list[str] | None = None

    @property
    def tables(self) -> list[TableBlock]:
        return [b for b in self.blocks if isinstance(b, TableBlock)]

    def text_at(self, line: int | None = None, page: int | None = None) -> str:
        """The text of one source line, or of one whole page."""
        if line is not None:
            return self.lines[line - 1].text if 0 < line <= len(self.lines) else ""
        if page is not None:
            return "\n".join(t.text for t in self.lines if t.page == page)
        return ""


@dataclass
class Fact:
    """One number the report states, with where it stands."""
    value: float | None           # None: printed as not disclosed ("/", "-", "N/A")
    raw: str                      # the cell or phrase exactly as printed
    unit: str                     # the unit exactly as printed ("" when none)
    year: int | None
    label: str                    # row label path, parents first, joined with " > "
    source: Literal["table", "narrative"]
    line: int | None = None
    page: int | None = None
    metric: str | None = None     # canonical metric id, or None when unsure
    metric_reason: str | None = None
    section: str | None = None
    table_id: str | None = None
    table_title: str | None = None
    column: str | None = None     # the column header the value stands under
    footnotes: list[str] = field(default_factory=list)
    qualifier: str | None = None  # "<=", ">=", "<", ">", "+" (6,000+), "~", "range"
    evidence: str | None = None   # the sentence, for narrative facts
    value_normalized: float | None = None
    unit_normalized: str | None = None
    norm_flag: str | None = None  # why no normalized value (unknown unit, wrong dimension ...)
    # PDF tables: where the value and its row label are printed on `page` (x0, top, x1, bottom, points)
    box: tuple[float, float, float, float] | None = None
    label_box: tuple[float, float, float, float] | None = None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Finding:
    """An internal inconsistency found in one report."""
    kind: str
    severity: Literal["error", "warning", "info"]
    message: str
    lines: list[int] = field(default_factory=list)
    pages: list[int] = field(default_factory=list)
    values: list = field(default_factory=list)
    metric: str | None = None
    year: int | None = None
    confidence: float = 1.0       # how sure the check is that this is an error of the report (0-1)
    rule: str | None = None       # the named rule that found it
    complete: bool = True         # every number involved parsed, units fitting, no number leaked into a label

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class IndexEntry:
    """One row of the report's own content index (GRI, HKEX, SZSE ...)."""
    framework: str
    code: str
    where: str                    # the location as printed (section names, pages)
    line: int | None = None
    page: int | None = None
    title: str | None = None
    status: str = "reported"      # reported | omitted | not_applicable
    pages_cited: list[int] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Issue:
    """Something a stage could not do, or did only in part: structured, never a free-text warning alone."""
    stage: str                    # read, facts, metrics, checks ... (the stage that raised it)
    kind: Literal["warning", "error", "timeout", "skipped"]
    message: str

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Failure:
    """A report that could not be read at all: the path and the reason, as one line."""
    path: str
    reason: str
    status: str = "failed"


@dataclass
class ReportResult:
    """Everything esglens learned from one report: what `ingest` stores and the web app shows."""
    document: Document
    facts: list[Fact] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    index_entries: list[IndexEntry] = field(default_factory=list)
    coverage: list[dict] = field(default_factory=list)   # one row per framework item (frameworks stage)
    profile: dict = field(default_factory=dict)          # company, period, assurance ... (profile stage)
    report_year: int | None = None
    seconds: float = 0.0
    status: Literal["ok", "partial", "failed"] = "ok"
    issues: list[Issue] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)   # seconds per stage, "read" included
    stages_run: list[str] = field(default_factory=list)
    extras: dict = field(default_factory=dict)   # slots of stages added by plugins
