"""Numbers that refer to things counted elsewhere, and numbers whose noun comes after them (issue 15).

- `definite_reference` (a gate rule, run by `gate.abstains`): "each of these 12 hazards", "the 9 committees
  listed above", "the 31 member states": a count behind a definite determiner points back at things the text
  (or the world) has already counted; the clause does not report it. "the 55 million m³ of water" (a measure),
  "our 553 sites" (a possessive states what the reporter has) and "the 12 sites of our network" (an "of" phrase
  that says whose) stay;
- `back_reference` (a gate rule): "This represents 12% of our spend", "They make up 40% of the fleet": the clause's
  subject is a pronoun for what the sentence before said; the clause names the whole but not the part;
- `existential_name` (naming): "There were 0 cases of …", "there are 12 suppliers under review": a clause that
  only says something exists names nothing before the number; the counted noun and what follows it in the clause
  do: "There were … cases of …", "there are … suppliers under review".
"""
from __future__ import annotations

import re

from .quantity import Candidate
from ..core.opening import opening

_DEFINITE = re.compile(r"(?:^|[\s(“\"])(?<!all )(?<!all of )(?:the|these|those|each of (?:the|these|those)|"
                       r"any of (?:the|these|those))\s*$", re.I)   # ("all the 40 sites": all of them, a total)

_OF_THE = re.compile(r"(?:^\W*|[,;:(]\s*)of\s+(?:the|these|those)\s*$", re.I)


def definite_reference(c: Candidate, label: str) -> bool:
    """"minimise each of these 12 hazards", "the 9 committees listed above": a count of things named
    elsewhere, not an amount the clause reports."""
    if not c.counted or c.pct or c.cur or _DEFINITE.search(c.tail) is None or _OF_THE.search(c.tail):
        return False   # ("Of the 30 claims filed, 4 were upheld": a breakdown opens on its total)
    rest = c.sentence[c.end:].lstrip()
    rest = rest[len(c.unit):].lstrip() if c.unit and rest.startswith(c.unit) else rest
    return not rest.startswith("of ")


_PRONOUN_SHARE = opening(re.compile(r"^(?:this|that|these|they|those|it)\s+(?:(?:alone|together|also|now|still|thus|in turn|combined)\s+)?"
                            r"(?:represents?|represented|make up|makes up|made up|accounts? for|accounted for|corresponds? to|"
                            r"corresponded to|saves?|saved|equals?|equall?ed|comprises?|comprised|consists? of|consisted of)"
                            r"(?:\s+…\s+.*)?$", re.I))   # (h103: "It comprises 87% electricity"; "it was made up of 27%
# women" names its parts and is kept: judges of the samples disagree on it)


def back_reference(c: Candidate, label: str) -> bool:
    """"That represents 2.5% of our suppliers": the subject is "that", said in the sentence before; the
    number is a share (or an amount) of something this clause does not name."""
    return _PRONOUN_SHARE.match(label.strip()) is not None


_THERE = re.compile(r"^(?:.*?[,;:]\s*)?(?:[^\s…]+\s+){0,5}?there\s+(?:were|are|was|is|have been|has been|had been|remain(?:ed|s)?)"
                    r"(?:\s+(?:a total of|only|just|no more than|at least|over|more than|about|around|some))?"
                    r"(?:\s+…\s+(?P<rest>.+))?$", re.I)
# what follows the noun and still belongs to it: up to the clause's end, at most this many words
_REST_WORDS = 10


def existential_name(label: str, unit: str, counted: bool, after: str) -> str | None:
    """The name of "there were N <nouns> …": the nouns and the words after them in the clause (`after` is the
    sentence after the number); None when the label is not such a clause."""
    if not counted or not unit or (m := _THERE.match(label.strip())) is None:
        return None
    at = after.find(unit)
    rest = after[at + len(unit):] if 0 <= at <= 12 else ""
    rest = re.split(r"[,;:.()]|\s[-–—]\s|\s(?:with|to)?\s*[\d$€£¥₹]|\s(?:and|but|while|whereas|which|of which|compared)\s", rest, maxsplit=1)[0]
    words = rest.split()[:_REST_WORDS]
    head = label.strip().split(" … ")[0]   # kept: what names the parts after it ("of which 3 are …") and the
    return f"{head} … {' '.join([unit, *words]).strip()}"   # catalog's sentence patterns read it


_OF_THIS = re.compile(r"^\s*of\s+(?:this|these|that|those)\s+[a-z]", re.I)
_OF_THESE_OPENS = re.compile(r"(?:^|[,;:.]\s*)(?:Of|Among|Out of)\s+(?:these|them|those|this),?\s*$")


def part_of_referent(c: Candidate, label: str) -> bool:
    """"the 3,600 employees of this division", "…, Of these, 258 cases remain open": a count of, or a part of,
    what another sentence named; this one does not say what (h103)."""
    if _OF_THESE_OPENS.search(c.tail):
        return True
    if not c.counted:
        return False
    rest = c.sentence[c.end:].lstrip()
    rest = rest[len(c.unit):] if c.unit and rest.startswith(c.unit) else rest
    return _OF_THIS.match(rest) is not None


_LIST_TOTAL = opening(re.compile(r"^\s*(?:[a-z-]+\s+){0,2}in total,?\s+including\s+the\s+\d[\d,]*\s+(?:listed\s+)?(?:above|below)\b", re.I))
_STAKE = re.compile(r"^\s*(?:of\s+(?:the\s+|its\s+|their\s+)?(?:issued\s+|outstanding\s+|total\s+)?)?(?:shares|stake|equity interest)"
                    r"\s+(?:of|in)\s+(?:[A-Z]|the\s+[A-Z])")


def list_total(c: Candidate, label: str) -> bool:
    """"107 companies in total including the 22 above": the length of a list printed around it, named by its
    caption, not by this line (h103)."""
    return c.counted and _LIST_TOTAL.match(c.sentence[c.end:].lstrip()[len(c.unit):] if c.unit else c.sentence[c.end:]) is not None


def stake(c: Candidate, label: str) -> bool:
    """"Transferred 95% shares of Hisense Visual Ltd", "the transfer of 66.6% of the issued shares of X": a stake in a
    named company changing hands, not an amount of the reporter's activity (h103)."""
    return c.pct and _STAKE.match(c.sentence[c.end:]) is not None


RULES = (definite_reference, back_reference, part_of_referent, list_total, stake)
