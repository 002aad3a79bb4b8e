"""The subject of a number in a sentence, when the words before the number name it and nothing else:
'The waste recovery rate has risen to' -> 'waste recovery rate'; 'we invested … in R&D' -> 'R&D investment'.

Only a short noun phrase followed by a verb that states a level ('was', 'reached', 'stood at', 'has
risen to') is a subject; a change ('decreased by'), a longer clause or a phrase holding another verb is
not (None). The mapper compares the subject with the labelled examples and the catalog's words and
accepts only an identical concept: a sentence says less about its number than a table row.
"""
from __future__ import annotations

import re

_LEVEL = re.compile(
    r"^(?:the |our |its |their |a total of |total )?(?P<np>[^…]+?)\s+(?:(?:has|have|had) )?"
    r"(?:was|were|is|are|reached|totall?ed|amounted to|stood at|came to|"
    r"(?:risen|rose|grown|grew|increased|climbed|fallen|fell|dropped|decreased|declined) to)$", re.I)
# "we invested … in R&D": what was invested in, as an investment
_INVESTED = re.compile(r"\binvest(?:ed|s|ing)? … (?:in|into|on) (?:the |our )?(?P<np>[^…]+?)(?: and\b.*)?$", re.I)
# "In 2024, ...", "As of the end of 2023, ...": when, not what
_WHEN = re.compile(r"^(?:in|by|as of|at the end of|during)\b[^,]{0,30}\b(?:fy)?20\d\d,\s*", re.I)
_TIME = re.compile(r"\s+(?:in|during|for|over|of) (?:this year|the year|the reporting period|(?:fy)?20\d\d)$", re.I)
_OTHER_VERB = re.compile(
    r"\b(?:was|were|is|are|has|had|have|reached|totall?ed|amounted|stood|rose|fell|increased|decreased|"
    r"accounted|accounting|achieved|invested|received|completed|reduced|conducted|obtained|and|which|that|"
    r"of which|including|with)\b", re.I)
_MAX_WORDS = 6


def sentence_subject(label: str | None) -> str | None:
    """The noun phrase a sentence's number is the level of, or None."""
    text = _WHEN.sub("", (label or "").split(" > ")[-1].strip())
    m = _INVESTED.search(text)
    if m:
        np, tail = m.group("np"), " investment"
    else:
        m = _LEVEL.match(text)
        if not m:
            return None
        np, tail = m.group("np"), ""
    np = _TIME.sub("", np.strip(" ,"))
    if not np or _OTHER_VERB.search(np) or len(np.split()) > _MAX_WORDS or re.search(r"[\d()（）]", np):
        return None
    return np + tail
