"""Whether a sentence laid out on a page is running text, the only place a narrative fact is read from.

On a PDF page the prose reader also meets text that is laid out, not written: the cells of a target/result
table, a form's question and answer, a chart's labels and axis. Their numbers are named by the grid, not
by a clause, so a sentence read from them names the wrong thing or dates a target as a result (when
unsure, abstain: a wrong number costs more than a missing one). Running text says what its number is in a
clause of its own; `RunningText.outside` tells the rest apart by structure alone:

- a sentence in a script with spaces that has no finite verb or subject pronoun ("NIC Code: 11011",
  "Corporate Data (subsidiaries): 7,652", "Reduce by 30%+"): a cell, a label or a legend;
- a sentence made mostly of numbers and with no clause ("130 名 294 名", "2,145 1,980 12.4%"): a table row;
- a sentence in a script written without spaces (Japanese, Chinese) that has no sentence stop (。) and
  next to no characters of that script ("600万kW"): a grid's cell whose name stands elsewhere. A line with a
  name of its own ("非化石電源比率：5.48%") is kept: in a target/result grid both columns read alike, and
  only the reader's geometry could tell a target's cell from a result's (see notes/h67.md).
- a line with a dot leader ("Targets and Results ∙∙∙∙∙∙ 11"): a table of contents;
- a note set under a table, a chart or a page ("* Compared with the 2019 model", "Note 2: The factor used is
  ...", "※1 ...", "備考1 ..."): its numbers are a method's parameters, factors, conditions and definitions as
  often as figures (judged: 15 of 19 such facts wrong), so none is read as a fact;
- on a page, a figure on a line of its own: a chart's or a form's cell (facts/extract.py drops it).

Text files are not judged here: their call-outs are named by the lines above (facts/extract.py), and the
PDF reader's table/form regions are judged apart (`gate.cell_sentence`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .clause import IMPERATIVE

_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")   # kana, CJK ideographs, hangul
_FINITE = re.compile(r"\b(?:is|are|was|were|am|has|have|had|be|been|being|will|would|can|could|may|might|shall|"
                     r"should|must|do|does|did|we|our|us|it|its|they|their)\b", re.I)
# a participle or past form in lower case, or capitalised where a clause opens ("Uplifting 2 million ...",
# "• Reduced waste by 8%"); a capitalised "-ed" inside a line is a title's word ("Net Sales (Consolidated)")
_FORM = re.compile(r"\b[a-z]{3,}(?:ed|ing)\b|(?:^|[:•▪●■◦*–-]\s*)[A-Z][a-z]{2,}(?:ed|ing)\b")
# "employs 2,300", "covers all sites" -- or a plural noun ("units in service"): taken only before a figure or a
# determiner, where a noun's plural rarely stands
_THIRD_PERSON = re.compile(r"\b[a-z]{3,}(?<![su])s\s+(?:[$€£¥₹]?\d|(?:a|an|the|all|its|our|their|more|over|about|"
                           r"around|nearly|almost|some|each|every|up|no)\b)")
# common irregular past forms ("took", "held", "grew"): English, not one report's words
_IRREGULAR = re.compile(r"\b(?:took|made|gave|rose|fell|grew|met|held|won|spent|paid|sold|built|led|set|cut|kept|saw|"
                        r"became|began|brought|bought|got|went|came|found|left|lost|ran|sent|told|thought|wrote|chose)\b", re.I)
_ENDED = re.compile(r"[.!?]['’”)]?$")
_TOKEN = re.compile(r"\S+")
_NUMBERISH = re.compile(r"^[(\[]?[-+±~≈<>≥≤▲△]?[$€£¥`₹]?\d[\d.,]*\s*[%‰]?\S{0,3}[)\]*]?$")
_STOP = re.compile(r"[。．！？]")
# a note under a table, a chart or a page: "* Compared with ...", "*2: ...", "Note 3: ...", "※1 ...", "備考2 ..."
_NOTE_MARK = re.compile(r"(?:\*{1,3}\s?\d{0,2}\s?[:.)]?|※\s?\d{0,2}|注\s?\d{1,2}|備考\s?\d{0,2}|\^\{\*?\d{1,2}\}|"
                        r"notes?(?:\s?\d{1,2})?\s?[:.)])\s*\S", re.I)
_LEADER = re.compile(r"[.∙·•…](?:\s?[.∙·•…])+")


@dataclass(frozen=True)
class RunningText:
    """The tolerances of running text on a page (see the module text)."""
    leader_dots: int = 4          # a run of this many dots ("Data ∙∙∙∙∙ 23"): a table of contents' leader
    numeric_share: float = 0.5    # a sentence whose tokens are numbers this share or more is a table row
    numeric_min_tokens: int = 2   # (a lone figure is judged by its words, not as a row)
    sentence_words: int = 6       # a sentence this long ending in a full stop is prose though no verb is known
    unspaced_name_chars: int = 4  # a line without a stop in an unspaced script with fewer characters of it
    # than this ("600万kW", "約30名") is a grid's cell: its name stands elsewhere in the grid

    def outside(self, sentence: str) -> str | None:
        """Why a sentence from a page is not running text, or None when it is."""
        text = sentence.strip()
        if not text:
            return None
        if any(len(m.group().replace(" ", "")) >= self.leader_dots for m in _LEADER.finditer(text)):
            return "contents leader"
        if _NOTE_MARK.match(text):
            return "note"
        tokens = _TOKEN.findall(text)
        numbers = sum(1 for t in tokens if _NUMBERISH.match(t))
        row = len(tokens) >= self.numeric_min_tokens and numbers >= self.numeric_share * len(tokens)
        if unspaced := len(_UNSPACED.findall(text)):
            if row:
                return "number row"
            if _STOP.search(text):
                return None
            return "grid cell" if unspaced < self.unspaced_name_chars else None
        letters = _letters(text)
        if _FINITE.search(letters) or _FORM.search(letters) or _THIRD_PERSON.search(letters) \
                or _IRREGULAR.search(letters) or IMPERATIVE.match(text):
            return None
        if not row and _ENDED.search(text) and len(tokens) >= self.sentence_words:
            return None   # a sentence set with its full stop, of some length: prose whatever its verb
        return "number row" if row else "no clause"


def _letters(text: str) -> str:
    """The sentence without its all-capital words and acronyms, so "KMPs" or "ESG" do not pass for a verb
    ("Is Active" in a title still counts)."""
    return re.sub(r"\b[A-Z]{2,}s?\b", " ", text)


RUNNING_TEXT = RunningText()
