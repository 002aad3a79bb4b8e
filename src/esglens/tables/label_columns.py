"""Label-area columns that are no level of a row's label path: a description, a unit column.

A column that describes each row, beside the row's own label:

    | 階層別研修       | 入社時、入社3年目、資格昇格時の研修           | 名 | 1,311 | 1,322 |
    | Leave scheme A   | Up to 12 months per child, paid at 80 % ...   |    |    12 |    18 |

The row is named by its stub; the text beside it says what the scheme, the training or the
indicator is. Read as a level, it makes the label a sentence, cut wherever the cell wrapped.
A label-area column is such a description when every row that fills it names itself in the
column left of it too, with a name of its own (a sub-label column is filled on rows whose stub
stands above them, or repeats on each: "Community | Volunteers at river clean-ups"), its texts
differ from row to row and read as clauses: `_MIN_WIDTH` wide or more, half as long again as those
stubs, and mostly broken by a clause mark (、。,;) or of `_CLAUSE_WORDS` words or more ("Own fleet |
Diesel burnt per parcel" names a goal). A column of codes on the left ("GRI 305-1") is no stub.

A column of units in brackets beside the labels, "(number)", "(barrels)", "(€ million)", with no
"Unit" heading over it: each cell is its row's unit, whatever the catalog of units knows of it.
"""
from __future__ import annotations

import re
import unicodedata
from statistics import median

from ..core.numbers import year_of
from ..core.units import parse_unit, rate_formula
from .values import is_value_cell

# a description is at least this wide (a CJK character counts two)
_MIN_WIDTH = 30
# ... and reads as a clause: a clause mark inside it, or this many words
_CLAUSE = re.compile(r"\S[、。，；,;:]\s*\S")
_CLAUSE_WORDS = 7
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
# ... and this many times as wide as the labels left of it
_RATIO = 1.5
# the rows that fill the column and name themselves left of it too, at least this share
_BESIDE_STUB = 0.75


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def description_columns(rows: list[list[str]]) -> set[int]:
    """The label-area columns of a table's rows (cells before each row's first value) that describe
    their rows rather than name them."""
    filled: dict[int, list[str]] = {}      # column -> its texts on value rows
    left: dict[int, list[str]] = {}        # column -> the label just left of it, on the same rows
    alone: dict[int, int] = {}             # column -> rows where nothing stands left of it
    for cells in rows:
        labels = _label_area(cells)
        if labels is None:
            continue
        for k, (j, text) in enumerate(labels):
            filled.setdefault(j, []).append(text)
            if k == 0:
                alone[j] = alone.get(j, 0) + 1
            else:
                left.setdefault(j, []).append(labels[k - 1][1])
    out = set()
    for j, texts in filled.items():
        stubs = left.get(j, [])
        if len(stubs) < 2 or len(stubs) < _BESIDE_STUB * len(texts) or len(set(texts)) < len(texts) \
                or len(set(stubs)) < len(stubs):
            continue
        if sum(1 for t in texts if _clause(t)) * 2 < len(texts):
            continue
        if sum(1 for s in stubs if re.search(r"\d", s)) * 2 >= len(stubs):
            continue     # codes, numbers of items: not the rows' names
        w = median(width(t) for t in texts)
        if w >= _MIN_WIDTH and w >= _RATIO * median(width(s) for s in stubs):
            out.add(j)
    return out


def _clause(text: str) -> bool:
    """A text that reads as a clause: a clause mark inside it (the comma of a thousands mark, "200,000",
    is none) or many words; a rate's formula ("(injuries/ hours worked) x 200,000") is a unit, no clause."""
    if rate_formula(text):
        return False
    return bool(_CLAUSE.search(_THOUSANDS.sub("", text))) or len(text.split()) >= _CLAUSE_WORDS


def _label_area(cells: list[str]) -> list[tuple[int, str]] | None:
    """The non-empty cells before the row's first value, or None for a row without a value."""
    out = []
    for j, c in enumerate(cells):
        c = c.strip()
        if not c:
            continue
        if is_value_cell(c) is not None:
            return None if year_of(c) is not None else out    # a header's years: no row of values
        out.append((j, c))
    return None


# a cell wholly in brackets: "(barrels)", "（%）"
_BRACKETED = re.compile(r"[(（][^()（）]{1,40}[)）]")
# a column of units: this share of its cells at least
_UNIT_SHARE = 0.75
# a unit printed bare is this wide at most ("名", "%", "tCO2e"): a wider word is a sub-label ("Employees")
_BARE_UNIT = 6


def _unit_shaped(text: str) -> bool:
    return bool(_BRACKETED.fullmatch(text)) or (width(text) <= _BARE_UNIT and parse_unit(text) is not None)


def _a_unit(text: str) -> bool:
    return parse_unit(text[1:-1] if _BRACKETED.fullmatch(text) else text) is not None


def unit_columns(rows: list[list[str]]) -> set[int]:
    """The label-area columns, right of the rows' labels, that hold each row's unit: in brackets
    ("(number)", "(barrels)"; two units or more, one of them known to the catalog) or short units
    the catalog knows ("名", "%")."""
    filled: dict[int, list[str]] = {}
    for cells in rows:
        labels = _label_area(cells)
        for j, text in (labels or [])[1:]:
            filled.setdefault(j, []).append(text)
    out = set()
    for j, texts in filled.items():
        texts = [t for t in texts if _balanced(t)]    # halves of a wrapped unit count for nothing
        shaped = [t for t in texts if _unit_shaped(t)]
        known = [t for t in shaped if _a_unit(t)]
        if len(shaped) >= 2 and len(shaped) >= _UNIT_SHARE * len(texts) and known \
                and (len(set(shaped)) >= 2 or len(known) == len(shaped)):
            out.add(j)
    return out


def bracket_unit(label_cells: list[tuple[int, str]], units: set[int]) -> tuple[list[tuple[int, str]], str]:
    """A row's label cell standing in a unit column (unit_columns), the last one or one between labels
    ("男性 | 年 | 単体"): the label cells without it and the unit (inside its brackets); else the cells and ""."""
    for k in range(len(label_cells) - 1, -1, -1):
        if len(label_cells) > 1 and label_cells[k][0] in units and _unit_shaped(text := label_cells[k][1]):
            return label_cells[:k] + label_cells[k + 1:], (text[1:-1] if _BRACKETED.fullmatch(text) else text).strip()
    return label_cells, ""


def without_wrapped_halves(label_cells: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A label cell that opens a bracket and the next that closes it are one label wrapped over two
    cells ("d. Investments (Investments in" | "related parties / Total)"); any other label cell after
    the row's first holding half a bracket is a piece of a cell the row shares with its neighbour
    ("(barrels/million" on one row's line, "barrels)" on the next), which of the two the whole cell
    belongs to unknown: no level of the path."""
    out: list[tuple[int, str]] = []
    for i, c in label_cells:
        if out and bracket_depth(out[-1][1]) > 0 and bracket_depth(c) < 0:
            out[-1] = (out[-1][0], f"{out[-1][1]} {c}")
        elif not out or _balanced(c):
            out.append((i, c))
    return out[:1] + [(i, c) for i, c in out[1:] if _balanced(c)]


def bracket_depth(text: str) -> int:
    """Brackets opened and not closed in the text (negative: closed and never opened)."""
    return text.count("(") + text.count("（") - text.count(")") - text.count("）")


def _balanced(text: str) -> bool:
    if "(" not in text and ")" not in text and "（" not in text and "）" not in text:
        return True   # (most labels: no character-by-character walk)
    depth = 0
    for ch in text:
        depth += ch in "(（"
        depth -= ch in ")）"
        if depth < 0:
            return False
    return depth == 0


# a header cell over the label area that announces a column of answers: "Mechanism in place (Yes/No)"
_ANSWER_HEAD = re.compile(r"[(（]\s*(?:yes\s*/\s*no|y\s*/\s*n)\s*[)）]", re.I)
# the answer itself, a word of its own after the row's name: "Communities Yes", "Value Chain Yes Partners"
_ANSWER_WORD = re.compile(r"(?<=\S)\s+(?-i:Yes|No|YES|NO)(?=\s|$)")


def without_answer(label_cells: list[tuple[int, str]], header_cells: list[str]) -> list[tuple[int, str]]:
    """A yes/no answer column read into the stub ("Communities Yes" under "Stakeholder group … Mechanism in
    Place (Yes/No)"): the answer is no word of the row's name. Only under a header cell that announces the
    answers, in the label cell of that column, and only a lone answer word (abstain on two)."""
    answered = {i for i, c in enumerate(header_cells) if _ANSWER_HEAD.search(c or "")}
    out = []
    for i, c in label_cells:
        if i in answered and len(_ANSWER_WORD.findall(c)) == 1:
            c = _ANSWER_WORD.sub("", c).strip()
        out.append((i, c))
    return out
