"""A figure whose unit the unit reader could not read is no fact (issue 15): "discharged 21.7 Mm3", "a 56 TR
chiller", "約4,000カ所", "R&R Package: 31.58 CR". The value with no unit says a different thing (a count of
nothing) than the report does; when unsure, abstain. Run by `gate.abstains` as `unread_unit`.

What follows the number is a unit when it is a word (or a CJK character) standing right after it that is no
function word: "4 were submitted" (a verb), "12 of them", "90 in 2021" are no units; a possessive names what
is counted later ("3,112 Acme's 225 kW inverters"), and a year is a deadline read elsewhere.
"""
from __future__ import annotations

import re

from .quantity import FUNCTION_WORDS, Candidate

_NEXT = re.compile(r"\s?([^\W\d_][^\W\d_³²/]*|[\u3040-\u30ff\u3400-\u9fff])(['’]s\b)?")
_UNIT_LIKE = re.compile(r"[A-Z]{1,4}|\w*[³²/]\w*|[A-Za-z]{1,2}")   # an abbreviation or a symbol, no word
# words that say where, how or how often, never what: "9,870 worldwide", "12 annually", "4 apiece"
_NO_UNIT = re.compile(r"[a-z]+ly|worldwide|nationwide|globally|overall|altogether|together|combined|apiece|each|total|"
                      r"net|gross|alone|ahead|away|back|down|up|more|less|fewer|plus|onwards?|since|so|yet|already", re.I)
_VERBISH = re.compile(r"[a-z]+(?:ed|ing)", re.I)


def unread_unit(c: Candidate, label: str) -> bool:
    """"amounted to 21.7 Mm3.", "約4,000カ所ある": a token right after the figure that the unit reader did
    not take as its unit."""
    if c.unit or c.pct or c.cur or c.counted:
        return False
    m = _NEXT.match(c.sentence, c.end)
    if m is None or m.group(2):
        return False
    word = m.group(1)
    if word in label and not _UNIT_LIKE.fullmatch(word):
        return False   # "71 experts and 49 top skilled workers": the name was read after the figure ("56 TR",
        # "21.7 Mm3" stay lost units even when the name took them)
    return word.lower() not in FUNCTION_WORDS and not _VERBISH.fullmatch(word) and not _NO_UNIT.fullmatch(word)


RULES = (unread_unit,)
