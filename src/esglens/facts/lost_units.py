"""A figure whose unit the unit reader could not read is no fact (issue 15): "discharged 21.7 Mm3", "a 56 TR
chiller", "約4,000カ所", "R&R Package: 31.58 CR". The value with no unit says a different thing (a count of
nothing) than the report does; when unsure, abstain. Run by `gate.abstains` as `unread_unit`.

What follows the number is a unit when it is a word (or a CJK character) standing right after it that is no
function word: "4 were submitted" (a verb), "12 of them", "90 in 2021" are no units; a possessive names what
is counted later ("3,112 Acme's 225 kW inverters"), and a year is a deadline read elsewhere.

Two rules for prose in Japanese or Chinese, where the counter now is read glued to the next word ("7回開催"):
`cjk_frequency` ("年1回": once a year is how often, not how many) and `cjk_says_nothing` (a name of periods and
particles only, "2021年度は、", says nothing of what was counted).
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



# "年1回", "月2回", "毎年3回": how often, not how many (the English "once in three years" is `settings.frequency`)
_CJK_PER = re.compile(r"(?:毎?年|毎月|月|毎週|週|毎日|日)\s*(?:に)?\s*$")
# a Japanese or Chinese name of periods, particles and fillers only ("2021年度は、", "約", "これまで約")
_CJK_EMPTY = re.compile(r"(?:(?:19|20)\d\d\s*(?:年度|年)?|[はがをにでのもと、，。・\s]|約|現在|これまで|今年度|当年度|前年度|"
                        r"同年|また|なお|さらに|累計|合計で?|計|および|及び|その他|うち|(?:年|月)末時点で?)*")


def cjk_frequency(c: Candidate, label: str) -> bool:
    """"会議を年1回以上開催", "年2回の訓練": a frequency, not an amount."""
    return c.unit in ("回", "次") and _CJK_PER.search(c.tail) is not None


def cjk_says_nothing(c: Candidate, label: str) -> bool:
    """"2021年度は、7回開催し": a name of a period and particles says nothing of what was counted."""
    name = label.split(" > ")[-1]
    return bool(re.search(r"[\u3040-\u30ff\u3400-\u9fff]", c.sentence)) and _CJK_EMPTY.fullmatch(name) is not None


RULES = (unread_unit, cjk_frequency, cjk_says_nothing)
