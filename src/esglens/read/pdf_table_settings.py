"""The tolerances of the PDF table builder, in one place (pdfplumber's TableSettings is the model):
defaults at the top, validated, overridable per call (`find_tables(lines, TableSettings(row_gap=4))`).

Distances are in type sizes of the line concerned unless the name says points (pt).
"""
from __future__ import annotations

from dataclasses import dataclass

from ..core.settings import Settings, setting


@dataclass(frozen=True)
class TableSettings(Settings):
    row_gap: float = setting(3.2, "a gap wider than this (sizes) between two lines ends a table body", min=0)
    max_label_lines: int = setting(3, "label-only lines (group row, wrapped label) kept between two data lines", min=0)
    row_merge_pitch: float = setting(0.75, "a line closer than this share of the row pitch is part of the row", min=0)
    wrap_gap: float = setting(1.3, "a last label wrapped below its row is closer than this (sizes)", min=0)
    leading_gap: float = setting(1.2, "a label line further below its column's cell than this many times the table's "
                                 "leading (measured between wrapped label lines) is another cell", min=0)
    wrap_leading: float = setting(1.6, "a row name's next line (lower case, or after a word that ends no phrase) "
                                  "stands at most this far (sizes) below its line", min=0)
    name_line_words: int = setting(8, "... and holds at most this many words (longer lines run on as prose)", min=1)
    default_pitch: float = setting(1.6, "row pitch (sizes) assumed while a body has one line", min=0)
    same_base: float = setting(0.4, "lines closer than this (sizes) are one row set in two text runs (not a cell centred on its row)", min=0)
    half_line: float = setting(0.6, "lines closer than this (sizes) are one row, whatever columns they hold", min=0)
    header_gap: float = setting(2.6, "header lines stand closer than this (sizes) to the line below", min=0)
    title_size: float = setting(1.6, "a line above a table's header lines set in type this many times theirs is the"
                                " table's title (and what stands above it, a page's navigation bar), no column heading",
                                min=1)
    max_header_lines: int = setting(12, "most lines one header row is read from (a form's column headings can wrap over eight)", min=1)
    sentence_words: int = setting(5, "a run of this many words over the value columns is a note, not a header", min=1)
    cell_gap: float = setting(0.5, "two header words this far apart (sizes), over different value columns, are two "
                              "column headings even when the PDF wrote them as one run of text", min=0)
    sentence_span_pt: float = setting(150.0, "... when it stretches this wide (pt) over them", min=0)
    max_caption_lines: int = setting(2, "label-only lines between a header and its body (group rows)", min=0)
    caption_gap: float = setting(1.0, "a caption line above a header is set this tight (sizes)", min=0)
    caption_size_ratio: float = setting(0.08, "... in a type size this close to the caption's", min=0)
    prose_reach: float = setting(30.0, "a fragment from the label area running this far (pt) into the numbers is prose",
                                 min=0)
    beside_pitches: float = setting(3.0, "text farther right of the last value column than this many column pitches"
                                    " (and beside_sizes) is a navigation bar or side note, not a column", min=0)
    beside_sizes: float = setting(10.0, "... and than this many type sizes", min=0)
    prose_lines: int = setting(3, "running text right of the values: on this many lines ...", min=1)
    prose_words: float = setting(5.0, "... of this many words on average", min=0)
    col_join: float = setting(0.5, "value spans closer than this (pt) are one column", min=0)
    text_col_join: float = setting(1.0, "text spans closer than this (pt) are one text column", min=0)
    align_pt: float = setting(2.0, "values whose edges differ by less than this (pt) are aligned", min=0)
    indent_pt: float = setting(3.0, "a first label this far (pt) right of the table's edge is a child row", min=0)
    max_indent_levels: int = setting(3, "most indent levels of child rows", min=0)
    side_lines: int = setting(2, "two tables side by side: a number, a gutter, a label and more numbers across one"
                              " white range on this many lines, and this many data lines on each side", min=1)
    side_stubs: int = setting(4, "... or on one line only, when this many data lines right of the gutter start with"
                              " distinct labels (rows at other baselines than the table on the left)", min=2)
    row_number_lines: int = setting(3, "a column of row numbers 1, 2, 3 ... before the labels on this many lines is cut off", min=2)
    side_menu_sizes: float = setting(6.0, "a column of text without figures this far (sizes) right of a table is cut off", min=0)
    gutter_sizes: float = setting(1.5, "... the gutter this wide at least (type sizes)", min=0)
    column_lines: int = setting(4, "a page's text column: running text starts at one x on this many lines ...", min=2)
    column_words: int = setting(4, "... each of this many words ...", min=1)
    column_gutter: float = setting(0.8, "... and nothing is printed across that x or this close (sizes) left of it", min=0)

    def but(self, **changes) -> "TableSettings":
        """These settings with some changed (validated again)."""
        return self.replace(**changes)


DEFAULT = TableSettings()
