"""The reporting company's own name inside a row label or a table title ("Members of Acme Board of Directors",
"Employees of the Acme Group", "CO2 emissions from Acme's plants"): a word no example or catalog pattern holds,
which keeps a label from the metric its other words name. It is left out before the label is matched.

The name is the profile's (`profile.basics.company`: the legal name the report prints most often near its start,
and the short name it defines), read in these forms: the name without its legal form ("Acme Chemical"), and its
words before a word that only says it is a company ("Acme" of "Acme Group Holding"; data: `company_words` in
metrics.yaml). A one-word form the catalog knows as a word of its own ("Water" of "Water Corporation") is kept,
and so is a level that is nothing but the name (the row of the company itself, not its subject).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..core import vocab
from ..model import Document
from .spelling import vocabulary

# one document at a time: the forms of its own name, worked out once
_NAMES: dict[int, tuple[Document, re.Pattern | None]] = {}
# shorter forms than this are never left out ("GE", "3M" would hit other words' letters too often)
NAME_MIN_LEN = 3


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern, re.Pattern]:
    profile = vocab.load("profile.yaml") or {}
    legal = "|".join(profile.get("legal_suffixes") or ["Ltd"])
    company = "|".join(re.escape(w) for w in (vocab.load("metrics.yaml") or {}).get("company_words") or ["group"])
    return (re.compile(rf"[\s,]+(?:{legal})(?![\w]).*$"), re.compile(rf"\s+(?:{company})(?![\w]).*$", re.I))


def name_forms(name: str | None) -> list[str]:
    """The forms of a company's legal name a label may print: without its legal form, and its words before
    a word that only says it is a company. "Acme Group Holding Limited" -> ["Acme Group Holding", "Acme"]."""
    if not name:
        return []
    legal, company = _words()
    parts = re.split(r"\s+and\s+", name.strip(), maxsplit=1)
    # "Rio Tinto plc and Rio Tinto Limited": one company listed twice ("… Science and Technology" is one name)
    first = parts[0] if len(parts) == 2 and parts[1].split()[0] == parts[0].split()[0] else name.strip()
    stem = legal.sub("", first).strip(" ,.")
    out = [stem, company.sub("", stem).strip(" ,.")]
    known = vocabulary()[0]
    return [f for i, f in enumerate(out) if len(f) >= NAME_MIN_LEN and f not in out[:i]
            and not (" " not in f and f.lower() in known)]


def own_name_pattern(doc: Document | None) -> re.Pattern | None:
    """The report's own name in any of its forms, with 'the' before it, a possessive and 'Group' after it."""
    if doc is None:
        return None
    got = _NAMES.get(id(doc))
    if got is not None and got[0] is doc:
        return got[1]
    from ..document.worded import worded           # (the profile's reading of the company; imported here
    from ..profile.basics import company           # because the profile stage itself runs after this one)
    from ..profile.text import narrative
    found = company(narrative(worded(doc))) or {}
    forms = name_forms(found.get("value")) + [f for f in name_forms(found.get("short_name")) if f]
    pat = None
    if forms:
        alts = "|".join(re.escape(f) for f in sorted(set(forms), key=len, reverse=True))
        pat = re.compile(rf"(?<![\w])(?:the\s+)?(?:{alts})(?:'s|’s)?(?:\s+group(?:'s|’s)?)?(?![\w])", re.I)
    _NAMES.clear()
    _NAMES[id(doc)] = (doc, pat)
    return pat


_DANGLING = re.compile(r"(?:\s+(?:of|at|from|by|in|for|within|across))+\s*$", re.I)


def without_own_name(text: str | None, pat: re.Pattern | None) -> str | None:
    """A label path (levels joined by ' > ') or a title without the company's own name; a level that is only
    the name is dropped, and when the last level is only the name the text is kept as it is."""
    if not text or pat is None or not pat.search(text):
        return text
    levels = []
    for level in text.split(" > "):
        left = _DANGLING.sub("", re.sub(r"\s{2,}", " ", pat.sub(" ", level))).strip(" ,:-–")
        levels.append(left)
    if not levels[-1]:
        return text
    return " > ".join(lv for lv in levels if lv)
