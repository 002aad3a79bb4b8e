"""Columns of numbered notes that a page's geometry read into a table: "備考3 CH4の排出量は約290t。",
"Note 2 About 35 kg …" set beside the rows. Their figures belong to the notes, not to the table."""
from __future__ import annotations

import re

# a numbered note: "備考3 …", "注1", "※2", "Note 4:", "*5 …"
_NUMBERED_NOTE = re.compile(r"(?:^|\s)(?:備考|注記?|※|[Nn]otes?|\*)\s?\d{1,2}(?=[\s:：.．)）、]|$)")


def notes_columns(rows) -> set[int]:
    """The columns in which some row's text cell holds a numbered note (rows: interpret's Rows)."""
    return {c for r in rows for c, t in r.text_cells if _NUMBERED_NOTE.search(t)}
