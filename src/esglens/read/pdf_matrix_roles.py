"""The role a targets/results matrix's header cell names (data/table_roles.yaml: English, Japanese and
Chinese words as data) and a header read from a band of wrapped lines: a matrix's column headings are often
set over two or three lines and at different baselines ("マテリアリ | ティ", "…に関する目標 | （2022年度）"
beside a one-line "2021年度の主な実績"), so a header is the fragments of a few close lines, stacked into
one cell where they overlap horizontally, and cut where a wide white gap starts something beside the matrix."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..core import vocab
from ..core.settings import Settings, setting
from .pdf_lines import Fragment, Line


@dataclass(frozen=True)
class MatrixSettings(Settings):
    min_columns: int = setting(3, "a matrix header has at least this many column headings", min=2)
    head_words: int = setting(5, "a header cell holds at most this many words (Latin script)", min=1)
    head_chars: int = setting(40, "... and at most this many characters (any script)", min=1)
    band_lines: float = setting(1.6, "wrapped header lines follow each other within this many type sizes", min=0)
    max_band_lines: int = setting(3, "a header is set on at most this many lines", min=1)
    beside_gap: float = setting(6.0, "a white gap this many type sizes wide ends the header (text beside the matrix)", min=0)
    beside_ratio: float = setting(3.0, "... when it is also this many times the header's middle gap", min=1)
    row_gap: float = setting(0.45, "white space between two rows is at least this many body sizes high (lines in a cell"
                             " stand closer)", min=0)
    cut_gap: float = setting(0.6, "a gap this many sizes wide in a fragment is more than a word space: two cells' texts",
                             min=0)
    theme_words: int = setting(3, "a theme's name runs on over lines of at most this many words", min=1)
    unit_words: int = setting(3, "a figure's unit is at most this many words after it", min=1)
    row_leading: float = setting(1.6, "lines of one cell follow each other within this many type sizes (a wider"
                                 " step starts a grid row)", min=0)
    level: float = setting(0.5, "two cells' rows start level within this many type sizes", min=0)


MATRIX = MatrixSettings()
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]")


@functools.cache
def _patterns() -> dict[str, re.Pattern]:
    out = {}
    for role, langs in vocab.load("table_roles.yaml").items():
        words = [w for ws in langs.values() for w in ws]
        latin = [re.escape(w) for w in words if not _CJK.search(w)]
        cjk = [re.escape(w) for w in words if _CJK.search(w)]
        parts = ([rf"\b(?:{'|'.join(latin)})\b"] if latin else []) + cjk
        out[role] = re.compile("|".join(parts), re.I)
    return out


def role_of(text: str) -> str | None:
    """"target", "result" or "kpi": the role the header cell's words name, else None."""
    for role in ("target", "result", "kpi"):
        if _patterns()[role].search(text):
            return role
    return None


@functools.cache
def _cjk_chars() -> dict[str, frozenset[str]]:
    """The characters of each role's CJK words (a CJK word may be split over two lines of a cell)."""
    return {role: frozenset("".join(w for ws in langs.values() for w in ws if _CJK.search(w)))
            for role, langs in vocab.load("table_roles.yaml").items()}


def may_hold_header(lines: list[Line], used: set[int], st: MatrixSettings = MATRIX) -> bool:
    """The cheap test before a page's header bands are read (False: no band can be a matrix header): a
    header needs a cell naming targets and one naming results. A cell's text is its fragments' texts
    joined (`_merge`); a Latin role word holds no space, so it stands whole in one fragment, and that
    fragment is as short and as free of figures as the cell (`plain_header`). A CJK word may be split
    over two fragments: any of its characters in a short fragment counts."""
    pats, chars = _patterns(), _cjk_chars()
    need = {"target", "result"}
    words, length = st.head_words, st.head_chars
    for ln in lines:
        for f in ln.frags:
            t = f.text
            # what every fragment of a plain header cell is: at most as many words and characters (stripped),
            # no figure but a year (a figure never spans two fragments of a cell: they are joined by a space,
            # or with none only between two CJK characters)
            if len(t.split()) > words or len(t.strip()) > length or id(f) in used:
                continue
            roles = [r for r in need if pats[r].search(t) or not chars[r].isdisjoint(t)]
            if roles and not re.search(r"\d", _YEARS.sub("", t)):
                need.difference_update(roles)
                if not need:
                    return True
    return False


def is_plan_word(word: str) -> bool:
    """Is the word a target word and nothing else ("Target", "Goals", "目標")?"""
    return bool(_patterns()["target"].fullmatch(word.strip()))


def join(a: str, b: str) -> str:
    """Two lines of one cell as one text: no space between CJK characters ("マテリアリ" + "ティ")."""
    if a and b and _CJK.match(b[0]) and _CJK.match(a[-1]):
        return a + b
    return f"{a} {b}".strip()


def header_cells(lines: list[Line], used: set[int], k: int, st: MatrixSettings = MATRIX) -> list[list[Fragment]]:
    """The header band starting at line `k`: its fragments grouped into cells (left to right; each cell's
    fragments top to bottom), each group of cells between wide white gaps a candidate header of its own."""
    first = [f for f in lines[k].frags if id(f) not in used]
    if not first:
        return []
    band = list(first)
    last_top = min(f.top for f in first)
    for ln in lines[k + 1:k + st.max_band_lines]:
        x0, x1 = min(f.x0 for f in band), max(f.x1 for f in band)
        reach = st.beside_gap * max(f.size for f in band)
        # a wrapped heading's next line: short text under the band's span (what stands beside it is not read)
        fs = [f for f in ln.frags if id(f) not in used and x0 - reach < f.x0 < x1 + reach]
        if not fs or min(f.top for f in fs) - last_top > st.band_lines * max(f.size for f in fs) \
                or not all(plain_header(f, st) for f in fs):
            break
        band += fs
        last_top = min(f.top for f in fs)
    cells: list[list[Fragment]] = []
    for f in sorted(band, key=lambda g: g.x0):
        over = [(min(f.x1, g.x1) - max(f.x0, g.x0), i) for i, c in enumerate(cells) for g in c]
        best = max(over, default=(0, -1))
        if best[0] > 0:
            cells[best[1]].append(f)
        else:
            cells.append([f])
    return _groups([sorted(c, key=lambda g: g.top) for c in cells], st)


def _groups(cells: list[list[Fragment]], st: MatrixSettings) -> list[list[Fragment]]:
    """Cells into runs separated by a white gap wider than `beside_gap` type sizes and `beside_ratio` times
    the band's middle gap (a wide matrix spaces all its headings widely); each run's cells (a cell's
    fragments joined into one) a candidate header."""
    gaps = [min(f.x0 for f in b) - max(f.x1 for f in a) for a, b in zip(cells, cells[1:])]
    middle = sorted(gaps)[len(gaps) // 2] if gaps else 0.0
    runs: list[list[list[Fragment]]] = [[cells[0]]] if cells else []
    for gap, c in zip(gaps, cells[1:]):
        if gap > st.beside_gap * max(f.size for f in c) and gap > st.beside_ratio * max(middle, 0.0):
            runs.append([])
        runs[-1].append(c)
    return [[_merge(c) for c in run] for run in runs if run]


def _merge(cell: list[Fragment]) -> Fragment:
    if len(cell) == 1:
        return cell[0]
    text = ""
    for f in cell:
        text = join(text, f.text.strip())
    merged = Fragment(words=[w for f in cell for w in f.words])
    merged.text = text
    return merged


def plain_header(cell: Fragment, st: MatrixSettings = MATRIX) -> bool:
    """A heading's text: short, with no figure but a year."""
    t = cell.text
    return len(t.split()) <= st.head_words and len(t) <= st.head_chars and not re.search(r"\d", _YEARS.sub("", t))


_YEARS = re.compile(r"(?:FY\s?|fiscal\s)?(?:19|20)\d{2}", re.I)
