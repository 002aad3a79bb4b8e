"""The tolerances of the PDF table builder, in one place (pdfplumber's TableSettings is the model):
defaults at the top, validated, overridable per call (`find_tables(lines, TableSettings(row_gap=4))`).

Distances are in type sizes of the line concerned unless the name says points (pt).
"""
from __future__ import annotations

from dataclasses import dataclass, fields, replace


@dataclass(frozen=True)
class TableSettings:
    # body: a gap wider than this between two lines ends a table body
    row_gap: float = 3.2
    # label-only lines (a group row, a wrapped label) kept between two data lines
    max_label_lines: int = 3
    # a line closer than this share of the row pitch to the one above is part of the same row
    row_merge_pitch: float = 0.75
    # ... and a wrapped last label is closer than this many sizes to its line
    wrap_gap: float = 1.3
    # lines closer than this many sizes are one row, whatever columns they stand in
    half_line: float = 0.6
    # header: lines above the body, each closer than this to the one below
    header_gap: float = 2.6
    max_header_lines: int = 6
    # a header line holding a run of this many words stretched this wide (pt) over the value
    # columns is a note or a link, not a column header: the header ends below it
    sentence_words: int = 5
    sentence_span_pt: float = 150.0
    max_caption_lines: int = 2
    # a caption line above a header is set this tight (sizes) and in nearly the same type
    caption_gap: float = 1.0
    caption_size_ratio: float = 0.08
    # prose: a fragment from the label area running this far (pt) into the numbers is running text
    prose_reach: float = 30.0
    # text beside a table: farther right of its last value column than this many column pitches
    # and this many sizes, it is a navigation bar or a prose column, not a table column
    beside_pitches: float = 3.0
    beside_sizes: float = 10.0
    # ... or running text right of the values: this many lines of this many words on average
    prose_lines: int = 3
    prose_words: float = 5.0
    # columns: value spans closer than this (pt) are one column; text columns in the label area
    col_join: float = 0.5
    text_col_join: float = 1.0
    # alignment: values whose edges differ by less than this (pt) stand in one column
    align_pt: float = 2.0
    # indents: a first label starting this far (pt) right of the table's left edge is a child row
    indent_pt: float = 3.0
    max_indent_levels: int = 3
    # side by side: a label after numbers, seen at about the same x on this many lines, with a
    # vertical gap (nothing printed across) between them
    side_lines: int = 2
    side_spread_pt: float = 20.0

    def __post_init__(self):
        for f in fields(self):
            v = getattr(self, f.name)
            if not isinstance(v, (int, float)) or v < 0:
                raise ValueError(f"TableSettings.{f.name} must be a number >= 0, not {v!r}")

    def but(self, **changes) -> "TableSettings":
        """These settings with some changed (validated again)."""
        return replace(self, **changes)


DEFAULT = TableSettings()
