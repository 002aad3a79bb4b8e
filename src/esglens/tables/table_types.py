"""What interpreting a raw table gives (tables.interpret): a Table of Rows, each a label path, a unit and
its ValueCells."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..core.numbers import Parsed
from ..model import TableBlock
from .header import Header


@dataclass
class ValueCell:
    raw: str
    parsed: Parsed
    year: int | None
    column: str | None
    col: int
    line: int | None = None                 # set when the value stands on another line than its row
    page: int | None = None
    unit: str = ""                          # the unit its column's sub-header names ("%")
    box: tuple[float, float, float, float] | None = None    # PDF: where the value is printed
    change: bool = False                    # under a change column ("Difference"): no year's value


@dataclass
class Row:
    line: int | None
    page: int | None
    labels: list[str]                       # label path, parents first, markers removed
    unit: str = ""
    values: list[ValueCell] = field(default_factory=list)
    footnotes: list[str] = field(default_factory=list)
    text_cells: list[tuple[int, str]] = field(default_factory=list)  # (column, prose), for facts in sentences
    row_no: str | None = None
    box: tuple[float, float, float, float] | None = None    # PDF: where the row's label is printed
    dates: list[str] = field(default_factory=list)          # a start and a target year in date columns


@dataclass
class Table:
    block: TableBlock
    rows: list[Row]
    is_data: bool
    years: list[int]
    header: Header | None = None             # the header in force at the end of the table
