"""A cell that is nothing but a list of index codes ("A1.2; A2.1; B1.1;", "204-1; 302-1, 302-3"): each code is
an entry of its own, none of them the title of the code before it."""
from __future__ import annotations

import re
from typing import Callable

_SEPARATORS = re.compile(r"[\s;,、，；]+")


def listed_codes(text: str, code_at: Callable[[str], tuple[str, str, str] | None]) -> list[tuple[str, str]] | None:
    """(framework, code) of every code in `text` when it holds codes and separators only; None when any word
    in it is no code (a title), or it is empty."""
    tokens = [t.strip(".") for t in _SEPARATORS.split(re.sub(r"\bGRI\s+", "", text)) if t.strip(".")]
    out = []
    for t in tokens:
        got = code_at(t)
        if got is None or got[2].strip(" .;,"):
            return None
        out.append((got[0], got[1]))
    if not out:
        return [] if text.strip() else None   # "CG-EC-130a.1," : the code and a separator, no title
    return out
