"""Rule "a year is a figure only when its name says it is a year" (a user's walk-through: "by 2030" read as the
value 2030 under a name that does not say so, "Main objective: by 2025, we will help 2 million people" → "Main
objective = 2025"). A deadline in a sentence (facts/narrative._deadline) is a fact only when its name says what
is done by then: the name ends in the deadline's word ("Carbon neutrality in core operation by") or names a year
or a date. A deadline whose words before it name something else, or that opens a clause whose figures come
after it ("By 2025, we will help 2 million people a year"), is no figure of its own: no fact. A deadline opening a
clause of no other figure ("By 2028, complete the certification of all plants") is named by that clause and its
deadline word ("complete the certification of all plants by")."""
from __future__ import annotations

import re

# a name that says its figure is a year: it ends in the deadline's word, or names a year, a date, a deadline
_DEADLINE_END = re.compile(r"\b(?:by|before|until|till)\s*$", re.I)
_YEAR_NAME = re.compile(r"\b(?:years?|dates?|deadline)\b|年", re.I)
# the clause a deadline opens: "By 2028, complete …" up to the clause's end
_CLAUSE_AFTER = re.compile(r"\s*,?\s*([^,;:.。]{8,200})")


def year_label(sentence: str, end: int, label: str, spans: list[tuple[int, int]], word: str) -> str | None:
    """The name a deadline year (ending at `end`, after `word`: "by") keeps as a fact, or None: no fact.
    `label`: the words before it; `spans`: the sentence's other figures (not years)."""
    if label:
        return label if _DEADLINE_END.search(label) or _YEAR_NAME.search(label) else None
    if any(start >= end for start, _ in spans):
        return None     # "By 2025, we will help 2 million people": the deadline of the figures after it
    clause = _CLAUSE_AFTER.match(sentence, end)
    return f"{clause.group(1).strip()} {word.strip().lower()}" if clause else None
