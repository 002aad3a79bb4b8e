"""A table whose cells a converter joined with spaces: a line of years, then `label value … value` lines.

    Indicator 2021 2022 2023            ← the header: a few words at most, then k ≥ 2 consecutive years
    (tonnes)                            ← optional: a unit on a line of its own, for the whole table
    Sediment dredged 41.2 38.9 35.0     ← a row: its label, then exactly k values
    Pilot boardings                     ← a group label (no values) when a row follows it
    Inbound 1,204 1,310 1,288

A row must end with exactly k values; a row with more (the label may end with a number: "Scope 3 …") or
fewer (a value lost) gives no facts and stays a line of text. The table ends at the first line that is
neither a row nor a group label over one.
"""
from __future__ import annotations

import re

from ..core.text import clean
from ..model import RawRow, TableBlock
from .flat_runs import kinds

_FY = re.compile(r"^FY\s?((?:19|20)\d\d)$", re.I)
_UNIT_LINE = re.compile(r"^(?:units?\s*[:：]\s*\S.{0,40}|[(（][^()（）]{1,40}[)）])$", re.I)
MAX_HEADER_WORDS = 4
# two years end the line: checked before the line is split
_ENDS_WITH_YEARS = re.compile(r"(?<!\S)(?:FY\s?)?(?:19|20)\d\d[.,;]?\s+(?:FY\s?)?(?:19|20)\d\d[.,;]?\s*$", re.I)


def header_years(text: str) -> list[str] | None:
    """The years of a header line ("Indicator 2021 2022 2023", "FY2021 FY2022"), or None."""
    tail = text.rstrip(" .,;\t")
    if not tail[-4:].isdigit() or not _ENDS_WITH_YEARS.search(tail[-30:]):
        return None
    tokens = [t.rstrip(".,;") for t in text.split()]
    years = []
    while tokens and (_FY.match(tokens[-1]) or re.fullmatch(r"(?:19|20)\d\d", tokens[-1])):
        years.insert(0, tokens.pop())
    nums = [int(_FY.match(y).group(1)) if _FY.match(y) else int(y) for y in years]
    if len(nums) < 2 or len(tokens) > MAX_HEADER_WORDS or any(re.search(r"\d", t) for t in tokens):
        return None
    step = nums[1] - nums[0]
    if step not in (1, -1) or any(b - a != step for a, b in zip(nums, nums[1:])):
        return None
    return years


def split_row(text: str, k: int) -> tuple[str, list[str]] | None:
    """(label, values) when the line ends with exactly k values after a label; (label, []) for a label
    alone; None otherwise. Spaced columns ("prose of the next column   Natural gas   10,911   10,682"):
    the label is the piece right of the last wide gap."""
    tokens = text.split()
    kind = kinds(tokens)
    i = len(tokens)
    while i > 0 and kind[i - 1] in ("V", "Y"):
        i -= 1
    values = [t.rstrip(".,;") for t in tokens[i:]]
    label = _label_piece(text, tokens[:i])
    if label is None:
        return None
    if not values:
        return (label, []) if _group_label(text, label) else None
    if len(values) != k:
        return None
    if re.search(r"\d[\d,.]*$", label) and not re.search(r"[(（][^()（）]*[)）]$", label):
        return None        # "Scope 3 12 13 14": which number opens the values is not sure
    return label, values


def _label_piece(text: str, tokens: list[str]) -> str | None:
    if not tokens:
        return None
    head = text[:_end_of(text, len(tokens))]
    label = clean(re.split(r"\s{3,}", head.strip())[-1])
    words = label.split()
    numbers = [w for w in words if re.fullmatch(r"[(（]?[\d.,%]+[)）]?", w)]
    if not re.search(r"[^\W\d_]", label) or len(words) > 24:
        return None
    if len(numbers) > 1 or any(len(n.strip("()（）")) > 2 for n in numbers):
        return None        # figures of another column printed on the row's line
    return label


def _end_of(text: str, n: int) -> int:
    """Index in text just after its n-th whitespace-separated token."""
    return [m.end() for m in re.finditer(r"\S+", text)][n - 1]


def _group_label(text: str, label: str) -> bool:
    """A label alone on its line over the rows of a group: short, capitalised, no sentence, one column."""
    return (len(label.split()) <= 8 and label[:1].isupper() and "   " not in text.strip()
            and not re.search(r"[.;:!?,]$|[.;!?]\s|\b(?:such as|and|or|the|of|to|a|an|in|for|with|by|which|that)$", label,
                              re.I))


def table_under(texts: dict[int, str], n: int, years: list[str]) -> tuple[TableBlock, list[int]] | None:
    """The table under the header at line n (its `years`) and every line it holds, or None."""
    lead = " ".join(texts[n].split()[:len(texts[n].split()) - len(years)])
    rows = [RawRow(cells=[lead, *years], line=n)]
    title = None
    i = n + 1
    if i in texts and _UNIT_LINE.match(texts[i].strip().rstrip(".")):
        title, i = texts[i].strip(), i + 1
    pending: RawRow | None = None
    valued = 0
    while i in texts:
        row = split_row(texts[i], len(years))
        if row is None and i + 1 in texts and (nxt := split_row(texts[i + 1], len(years))) and nxt[1]:
            i += 1         # a row that does not count out, between two that do: it stays text
            continue
        if row is None or (not row[1] and pending is not None):
            break
        if not row[1]:
            pending = RawRow(cells=[row[0]], line=i)
        else:
            rows += [pending] if pending is not None else []
            rows.append(RawRow(cells=[row[0], *row[1]], line=i))
            pending, valued = None, valued + 1
        i += 1
    if valued == 0:
        return None
    return TableBlock(id=f"Y{n}", rows=rows, title=title), [r.line for r in rows] + ([n + 1] if title else [])
