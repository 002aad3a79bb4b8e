"""Paired cells under a header that says what their brackets hold: a column headed "2021 (2020)" over cells
"29 (32)" prints this year's figure and, in brackets, the year in the header's brackets. The bracketed value
is that year's figure of the same row and column name. Where the header does not say (a bare "2021"), the
bracketed value stays beside its cell (tables.values.paired_value) and is no fact of its own.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..core.numbers import parse_value
from .values import PAIR

# a column header naming this year and, in brackets, the year its cells' bracketed figures are for
_YEAR_PAIR = re.compile(r"^(?:FY\s?)?((?:19|20)\d{2})\s*[(（](?:FY\s?)?((?:19|20)\d{2})[)）]$", re.I)


def prior_value(vc, header_cell: str | None):
    """The bracketed value of a paired cell as a value cell of the year the header's brackets name, else None.
    `vc` is a tables.table_types.ValueCell."""
    m = _YEAR_PAIR.match((header_cell or "").strip())
    pair = PAIR.match(vc.raw.strip())
    if not m or not pair or m.group(1) == m.group(2):
        return None
    p = parse_value(pair.group(2))
    if p is None or p.value is None:
        return None
    return replace(vc, raw=pair.group(2), parsed=p, year=int(m.group(2)), box=None)
