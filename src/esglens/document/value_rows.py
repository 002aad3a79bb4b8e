"""Lines of bare values under a line of years, their row labels on lines of their own: a table whose stub
column a converter printed before its values.

    Ferry emissions (kt CO2e)           ← M labels right above the years (each with its unit), or
    Shore power supplied (MWh)            under a stub header ("Indicators") above them
    2021 2022 2023                      ← k ≥ 2 consecutive years
    8.1 7.9 7.4                         ← M lines of exactly k values each
    440 452 470

The labels may also stand between the year line and the values when the year line opens with a stub
header's word ("Indicators 2021 2022 2023"). As many labels as value lines, each
value line one value per year, else no table (a value line that does not count out voids the table).
"""
from __future__ import annotations

from ..model import RawRow, TableBlock
from .flat_runs import kinds
from .flat_tables import is_stub_header, label_text, unit_label


def _values(text: str, k: int) -> list[str] | None:
    """The values of a line of bare values, or None; [] when the line holds a word."""
    tokens = text.split()
    if not tokens or any(kd != "V" for kd in kinds(tokens)):
        return []
    return [t.rstrip(".,;") for t in tokens] if len(tokens) == k else None


def _labels_between(texts: dict[int, str], n: int) -> list[int]:
    i, out = n + 1, []
    while i in texts and _values(texts[i], 2) == [] and label_text(texts[i]) is not None:
        out.append(i)
        i += 1
    return out


def _labels_above(texts: dict[int, str], n: int, m: int) -> list[int] | None:
    """Exactly m unit-bearing labels right above line n, or the m label lines under a stub header."""
    found = []
    units = []
    i = n - 1
    while i in texts and unit_label(texts[i]) is not None:
        units.insert(0, i)
        i -= 1
    if len(units) == m:
        found.append(units)
    plain = list(range(n - m, n))
    if all(k in texts and label_text(texts[k]) is not None for k in plain) and n - m - 1 in texts \
            and is_stub_header(texts[n - m - 1]) and plain != units:
        found.append(plain)
    return found[0] if len(found) == 1 else None


def table_under(texts: dict[int, str], n: int, years: list[str]) -> tuple[TableBlock, list[int]] | None:
    """The table of the year line n (its `years`) and every line it holds (labels and values), or None."""
    lead = texts[n].split()[:len(texts[n].split()) - len(years)]
    # labels under the years only below a stub header's word ("Indicators 2021 2022"): a bare year line
    # over a label may be the last words of the cells above ("compared to / FY2020 FY2021")
    between = _labels_between(texts, n) if is_stub_header(" ".join(lead)) else []
    rows, i = [], n + 1 + len(between)
    while i in texts and (vals := _values(texts[i], len(years))):
        rows.append((i, vals))
        i += 1
    if not rows or (i in texts and _values(texts[i], len(years)) is None):
        return None
    labels = between if between else _labels_above(texts, n, len(rows))
    if labels is None or len(labels) != len(rows):
        return None
    head = RawRow(cells=["", *years], line=n)
    body = [RawRow(cells=[label_text(texts[lab]), *vals], line=v) for lab, (v, vals) in zip(labels, rows)]
    return TableBlock(id=f"V{n}", rows=[head, *body], title=None), [*labels, *(v for v, _ in rows)]
