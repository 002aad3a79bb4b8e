"""Row labels wrapped over several lines of a PDF table, told from group rows and child rows by
geometry first, wording second. Named rules, each asked for one line (the first two by `join_rows`):

- `runs_on_below` (a label line goes on with the row above): a line with no values that starts where the
  row's label starts (an indented line is a child row, not the label's rest), set either closer to the
  row than the table's rows stand to each other (the leading of a wrapped cell, under `tight` of the
  row pitch), or no farther than a row pitch when its words cannot stand as a row of their own: it
  starts in lower case, or the label above ends in a word that ends no phrase ("Other than" /
  "Permanent", "Number of employees who" / "left"). A list item or a group title ("of which:") is
  never the rest of a label.
- `runs_on_above` (a label-only row goes on with the line below): a row of words only whose label ends
  in such a word, or whose next line at its x starts in lower case, takes that line, no farther than a
  row pitch below, as the rest of its label ("Other than" over "Permanent  20  21", "Rate of agreements"
  over "to total workforce  78.0%": the values set on the label's last line).
- `label_goes_on` (a row name's next line, asked while a body and a header are grown): a line at the name's x,
  at most `wrap_leading` sizes below, in lower case or after a word that ends no phrase, no sentence: the lines
  of one name count once, however many there are (a name over five lines is not five label rows).
- `ends_at_leading` (a name's last line holds its values): a values line at the wrapped name's own leading,
  even one starting with a year ("leave since / 2019  50 ..."), when rows stand farther apart than lines.
"""
from __future__ import annotations

import re

from .pdf_lines import Line

# words that end no phrase: a label whose line ends in one goes on on the next line
_OPEN_END = frozenset("""than of and or to the a an for in by from with per at on as into onto under over
between including excluding except via whose who which that where whether not vs versus nor plus minus
amongst among within without towards toward upon""".split())
_OPEN_MARK = re.compile(r"[-‐–—/&,(+]$")
# a line that opens a list item, a group of parts or a note: a row of its own
_OWN_ROW = re.compile(r"(?:[-–•▪●◦*†‡]|\((?:[ivx]{1,4}|[a-h]|\d{1,2})\)|[a-h]\)|\d{1,2}[.)]\s|of which|thereof|incl|note|source)",
                      re.I)

# a line this close to the row above (share of the row pitch) is set at a wrapped cell's leading
TIGHT = 0.9
# a line whose words cannot stand alone is the label's rest up to this many row pitches below
LOOSE = 1.15


def open_end(label: str) -> bool:
    """The label's last word ends no phrase ("Other than", "Number of", "Sales to dealers /")."""
    label = label.rstrip()
    if _OPEN_MARK.search(label):
        return True
    last = label.rsplit(None, 1)[-1].lower() if label else ""
    return last in _OPEN_END


def _label_box(row: tuple[list[str], list], nlab: int):
    """The box of the row's last filled label cell, and its text."""
    filled = [c for c in range(nlab) if row[0][c] and row[1][c] is not None]
    return (row[1][filled[-1]], row[0][filled[-1]]) if filled else (None, "")


def _same_x(ln: Line, box, st) -> bool:
    return box is not None and abs(ln.frags[0].x0 - box[0]) <= st.indent_pt


def wrapped(row: tuple[list[str], list], kind: str, ln: Line, has_vals: bool, around: tuple, nlab: int, st) -> bool:
    """Whether the line `ln` is part of the row above by one of the two rules. `around`: the line above, the
    line below (or None), the table's row pitch (None when not measured: a guess of 1.6 type sizes)."""
    above, below, pitch = around
    gap = ln.base - above.base
    if not has_vals:
        return ln.size >= 0.85 * above.size and not _nearer_below(ln, below, gap, st) \
            and runs_on_below(row, ln, gap, pitch, nlab, st)
    return kind == "label" and runs_on_above(row, ln, gap, pitch or st.default_pitch * ln.size, nlab, st)


def _nearer_below(ln: Line, below: Line | None, gap: float, st) -> bool:
    """The line stands closer to the next line at its x than to the row above: it starts that row."""
    return below is not None and bool(below.frags) and abs(below.frags[0].x0 - ln.frags[0].x0) <= st.indent_pt \
        and below.base - ln.base < gap - 0.1 * ln.size


def runs_on_below(row: tuple[list[str], list], ln: Line, gap: float, pitch: float | None, nlab: int, st) -> bool:
    """Rule "label runs on below": the label-only line `ln`, `gap` points under the row, is the rest of its
    label. Set tighter than the rows counts only where the row pitch was measured."""
    box, label = _label_box(row, nlab)
    text = ln.text.strip()
    if not text or not _same_x(ln, box, st) or _OWN_ROW.match(text) or label.rstrip().endswith((".", ":", "：", "。")):
        return False
    if pitch is not None and gap < TIGHT * pitch:
        return True
    return gap <= LOOSE * (pitch or st.default_pitch * ln.size) and (text[0].islower() or open_end(label))


def runs_on_above(row: tuple[list[str], list], ln: Line, gap: float, pitch: float, nlab: int, st) -> bool:
    """Rule "label runs on above": the label-only row goes on with the line `ln`, `gap` points below it."""
    box, label = _label_box(row, nlab)
    if any(row[0][nlab:]) or not ln.frags or not _same_x(ln, box, st) or _OWN_ROW.match(ln.text.strip()):
        return False
    return gap <= LOOSE * pitch and (open_end(label) or ln.text.strip()[:1].islower())


def label_goes_on(upper: Line, lower: Line, st) -> bool:
    """Rule "a label's next line": `lower` starts where `upper`'s text starts, in its type size, no farther than
    `st.wrap_leading` sizes below, and `upper` cannot end there: `lower` starts in lower case or `upper` ends in
    a word that ends no phrase ("of which still / on parental / leave/dor- / mant con- / tract"). The lines
    are one row's name however many they are, not a run of label rows."""
    if not upper.frags or not lower.frags:
        return False
    a, b = upper.frags[0], lower.frags[0]
    text = b.text.strip()
    if abs(a.x0 - b.x0) > st.indent_pt or abs(a.size - b.size) > 0.1 * a.size or not text or _OWN_ROW.match(text):
        return False
    if not 0 < lower.base - upper.base <= st.wrap_leading * a.size or _prose(a.text, st) or _prose(text, st):
        return False
    return text[0].islower() or open_end(a.text)


# a sentence ends inside the text ("… by 2025. Operational CO2 …"): a paragraph, not a row's name
_SENTENCE_END = re.compile(r"[.!?。]\s+[A-Z0-9\u3040-\u9fff]")


def _prose(text: str, st) -> bool:
    """A line of running text, not a row name's line: a sentence ends inside it or at its end ("a storm."),
    or it holds more than `name_line_words` words."""
    return bool(_SENTENCE_END.search(text)) or text.rstrip().endswith((".", "。")) \
        or len(text.split()) > st.name_line_words


def ends_at_leading(row: tuple[list[str], list], ln: Line, gap: float, leading: float | None,
                    pitch: float | None, nlab: int, st) -> bool:
    """Rule "a row name's last line holds its values": a label-only row wrapped over two lines or more
    ("Employees / on parental / leave since") takes the values line right under it at its own leading
    ("2019  50  1,099 ..."), however that line starts, when the table's rows stand farther apart than its
    label lines (pitch not measured, or the leading under `TIGHT` of it): set that close, the line is the
    name's rest, not a row of its own under a group."""
    box, label = _label_box(row, nlab)
    if leading is None or box is None or any(row[0][nlab:]) or not ln.frags or not _same_x(ln, box, st):
        return False
    if _OWN_ROW.match(ln.text.strip()) or label.rstrip().endswith((".", ":", "：", "。")):
        return False
    two_lines = box[3] - box[1] > 1.5 * ln.size
    return two_lines and gap <= st.leading_gap * leading and (pitch is None or leading < TIGHT * pitch)
