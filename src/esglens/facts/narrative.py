"""Numbers stated in sentences: "R&D investment was RMB1,417.61 million, a YoY increase of 42.91%".

Every number with its sentence as evidence, except what is not a quantity: years, dates, codes
(ISO 14001, A1.2, GRI 305-1, Scope 1), list numbering, ordinals, thresholds quoted from standards
(`numbers_of.py`); its unit read by `unit_after.py`, its year by `clause.py`, its name by `clause_names.py`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..core.opening import opening
from ..model import Fact
from .clause import year_mentions, year_of
from .deadlines import year_label
from .clause_names import label_after, label_before, make_fact, name_of, predicate_after, share_part
from .pieces import CONTENTS, sentences
from .respectively import pair
from .bounds import qualifier as _qualifier, zero_partner as _zero_partner
from .gate import FIGURE
from .naming import BARE_UNIT as _BARE_UNIT, named, subjectless, time_counted
from .frames import defines, says_nothing
from .kinds import verbs_only
from .spelled import WORD_NUM, WORD_NUM_GATED, word_numbers
from .numbers_of import SKIP_WORD_CHARS, is_year, quantities
from .quantity import TAIL_CHARS, Candidate, counted_noun
from .unit_after import RANGE, range_after, read_unit


_FRACTION = re.compile(r"\b(?:half|third|quarter|fifth|double|triple|twice|two-thirds|one)\b", re.I)
# "rose from 30% to 37%" is a change; "available from 10 kVA to 600 kVA" is a range
_CHANGE_VERB = re.compile(r"\b(?:increas|decreas|doubl|tripl|halv|rise|rising|rose|risen|fell|fall|grew|grow|declin|reduc|drop|went|go|jump|"
                          r"climb|improv|cut|lower|rais|moved?|shift|chang|expand|shr[iu]nk|narrow|widen|up|down|jump)\w*\b", re.I)
# a share named as a change ("YoY growth of 42.9%", "An increase of 45.24% from 2023") is a relative change the
# sample keys count, its subject in the line before: `kinds.verbs_only` does not drop it (h115)
_CHANGE_WORD = re.compile(r"\b(?:growth|increase[sd]?|decrease[sd]?|rise|rose|risen|decline[sd]?|reduction|drop|fell|grew|up|down)\b", re.I)
_BETWEEN = re.compile(RANGE.pattern.replace("(?:[-–~]|to)", "and"), re.I)   # "between 100 and 500"


# (compiled once: asked of every text, number or label)
_LIST_NUMBERING = re.compile(r"^\s*\(?\d{1,2}[.)、]\s*")
_DECIMAL_START = re.compile(r"^\s*\d{1,2}\.\d")
_FROM_END = opening(re.compile(r"\bfrom\s*\S{0,4}$", re.I))
_BETWEEN_END = opening(re.compile(r"\bbetween\s*\S{0,4}$", re.I))
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
_COMMA_OR_AND = opening(re.compile(r",|\band\b"))
_PRIOR_YEAR = re.compile(r"(?:prior|previous|last|the previous|the prior) year", re.I)
_YEAR_LABEL = re.compile(r"(?:FY\s?)?(?:19|20)\d\d")


def narrative_facts(text: str, *, line: int | None, page: int | None, default_year: int | None,
                    section: str | None = None, source: str = "narrative", context: str | None = None,
                    heading: bool = False, notes: list[int] | None = None) -> list[Fact]:
    """The facts of a text's sentences. `notes` collects the sentences read in pieces (`_pieces`)."""
    if not _DIGIT.search(text) and not WORD_NUM_GATED.search(text) or _contents(text):
        return []   # (a table of contents: "7 Climate and energy ........ 52")
    facts: list[Fact] = []
    skip_until = 0
    m = _LIST_NUMBERING.match(text)   # list numbering: "1. Carry out", "(2) Set", "3、"
    if m and not _DECIMAL_START.match(text):
        skip_until = m.end()
    place = dict(line=line, page=page, section=section, source=source, context=context, heading=heading)
    for s_start, sentence, keep_from, keep_to in sentences(text, notes):
        place["follows"] = s_start > 0   # another sentence of the text stands before it
        keep_to = min(keep_to, defines(sentence))   # "... is divided into short term (within 1 year)": bounds
        facts += pair(sentence, _sentence_facts(sentence, (max(keep_from, skip_until - s_start), keep_to), default_year, place))
        facts += word_numbers(sentence, default_year, place, keep=(keep_from, keep_to))
    return facts


_DIGIT = re.compile(r"\d")


def _contents(text: str) -> bool:
    """A contents line (`CONTENTS`); it needs five dots or two ellipses, so a text without them is not
    searched (the pattern would be tried at every character)."""
    return (text.count(".") >= 5 or "……" in text) and CONTENTS.search(text) is not None


_DURATION = re.compile(r"(?:consecutive\s+)?(?:decades?|years?|months?|weeks?)", re.I)
_GROUP = re.compile(r"^\s?[“\"]?([A-Z][a-z]+(?:\s(?:or|and)\s[A-Z][a-z]+)?)[”\"]?(?=\s*(?:[,;.)(]|and\b|or\b|$))")
_PART = re.compile(r"^\s?([a-z]{3,})(?=\s*(?:[,;()]|and\b|or\b))")   # "(53.6% female and 46.4% male)"
_WITH = re.compile(r"^\s?with\s+[^\d,;:.()]{3,50}?(?=[,;:.()]|\s(?:and|or)\s|$)", re.I)
_SIBLING_GAP = re.compile(r"^[^.;:\d]{0,80}$")


@dataclass
class _Run:
    """What a sentence has given so far: its facts, where the last one ended, what a range consumed."""
    sentence: str
    place: dict
    spans: list[tuple[int, int]]
    mentions: list
    default_year: int | None
    facts: list[Fact] = field(default_factory=list)
    last_end: int = -1
    consumed: int = -1


def _sentence_facts(sentence: str, keep: tuple[int, int], default_year: int | None, place: dict) -> list[Fact]:
    """The facts of the numbers of a sentence that start in [keep[0], keep[1])."""
    found = quantities(sentence, keep)
    spans = [(m.start(), m.end()) for m in found if not is_year(m, sentence)]
    run = _Run(sentence, place, spans, year_mentions(sentence, default_year), default_year)
    for m in found:
        if m.start() < run.consumed:
            continue   # the upper end of a range already read
        if is_year(m, sentence):
            _deadline(run, m)
        else:
            _number(run, m)
    return run.facts


def _deadline(run: _Run, m: re.Match) -> None:
    """A deadline is a fact only when it is the clause's one number ("neutrality by 2030"), not when
    it dates another ("cut emissions by 15% by 2025")."""
    sentence, num = run.sentence, m.group("num")
    before = sentence[max(0, m.start() - TAIL_CHARS): m.start()]
    deadline = re.search(r"\b(?:by|before|until)\s*$", before, re.I)
    clause = re.split(r"[,;]", before)[-1]
    if not deadline or (run.last_end >= 0 and not re.search(r"[,;]", sentence[run.last_end:m.start()])) \
            or WORD_NUM.search(clause) or _FRACTION.search(clause):
        return
    label = label_before(sentence, m.start())
    if (not label or says_nothing(label) or subjectless(label) or FIGURE.search(label) or _SPAN_END.search(before)
            or re.match(r"^\s+[A-Z][a-z]+", sentence[m.end():]) or _CITED_TITLE.search(clause)
            or _PAGES_AFTER.match(sentence, m.end()) or _POSTPONED.search(before)) and not run.place["context"]:
        return   # "By 2026, we aim to ...": the deadline of the numbers after it, named by none (or of one in
        # it); "Interim targets by 2024": of nothing named; "ran from 2015 until 2018": a period's end;
        # "the Net Zero Emissions by 2050 Scenario", "Review 2022 – Zero waste by 2030, pp. 4-9": names
    label = year_label(sentence, m.end(), label, run.spans, deadline.group(0).strip())
    if label is None:
        return   # a name that does not say the figure is a year (facts/deadlines.py)
    run.facts.append(make_fact(sentence, m.start(), float(num), num, "", int(num), None, run.place, label=label))
    run.last_end = m.end()


# "had to be postponed until 2022", "valid until 2025": a date something was moved to or lasts to, no goal's deadline (h103)
_POSTPONED = re.compile(r"\b(?:postponed|delayed|deferred|extended|valid|suspended|adjourned|pushed back)\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:until|till|to)\s*$", re.I)
# a title cited with its pages: "Annual Review 2022 – Zero waste by 2030, pp. 4-9", "(see Water by 2040, p. 12)"
_CITED_TITLE = re.compile(r"\b(?:19|20)\d\d\s+[-–—]\s+[A-Z][^.;:,]*$")
_PAGES_AFTER = re.compile(r"\s*(?:[,;(]\s*)?pp?\.\s?\d")   # (not "\s*[,;(]?\s*": two blank runs side by side split every way)


_FROM_PRIOR = re.compile(r"\b(?:up|down|rose|fell|increased|decreased|declined|dropped|grew|lowered|raised)\s+from\s+"
                         r"(?:the\s+|our\s+|a\s+)?(?:previous|prior|earlier|last\s+year.s|original)\s+[a-z]+\s+(?:of\s+)?\S{0,4}$", re.I)
_SPAN_END = re.compile(r"\bfrom\s+(?:FY\s?)?(?:19|20)\d\d\s*(?:until|till|to|through)\s*$", re.I)


def _extent(sentence: str, m: re.Match) -> tuple[int, float | None, str | None, bool]:
    """Where the number's figure ends, a range's upper end ("20-30%", "between 100 and 500"), its per
    cent, and whether it is a change ("rose from 30% to 37%": no range)."""
    before, after, pct = sentence[max(0, m.start() - TAIL_CHARS): m.start()], sentence[m.end():], m.group("pct")
    change = (_FROM_END.search(before) is not None and _CHANGE_VERB.search(before) is not None) \
        or _FROM_PRIOR.search(before) is not None   # "down from previous guidance of $7.5 billion": the value before
    rng = None if change else RANGE.match(after)
    if rng is None and _BETWEEN_END.search(before):
        rng = _BETWEEN.match(after)
    if rng and (pct is None or rng.group("pct") is not None):   # "80 - 95%": the per cent printed once
        return m.end() + rng.end(), float(rng.group("num").replace(",", "")), pct or rng.group("pct"), change
    return m.end(), None, pct, change


def _number(run: _Run, m: re.Match) -> None:
    sentence, place = run.sentence, run.place
    num, cur = m.group("num"), (m.group("cur") or "").strip()
    end, high, pct, change = _extent(sentence, m)
    value = float(num.replace(",", ""))
    unit, counted, n = (("percentage points", False, pp) if (pp := _pct_points(sentence, end)) else ("%", False, 0)) \
        if pct else read_unit(sentence[end:], cur, value)
    if high is None and not change and (r2 := range_after(sentence[end + n:], cur, unit)):
        high, end, n = r2[0], end + n + r2[1], 0
    if cur and counted:
        unit, counted, n = "", False, 0   # "saved RMB1,710,000 electricity fees": money's unit is its currency
    if cur:
        unit = f"{cur} {unit}".strip()
    label, sibling = _label(run, m, sentence[end + n:], unit, counted)
    label = _share_name(run, m, label, end + n, unit, sibling)
    label = _counted_after(label, unit, sentence, end + n)
    if unit and _BARE_UNIT.fullmatch(unit) and unit != "%" and (noun := counted_noun(sentence[end + n:], value)):
        label = label if noun in label else f"{label} … {noun}" if label else noun   # "5.5 million passenger NEVs"
    cand = Candidate(sentence, m.start(), end, num, bool(pct), cur, unit if not cur else unit[len(cur):].strip(),
                     counted, label, heading=place["heading"], sibling=sibling, paged=place["page"] is not None)
    alone = not sentence[: m.start()].strip(" -–•*≤≥<>~") and len(sentence.split()) <= 6 \
        and not re.fullmatch(r"\d{1,2}\s*[.)、]\s*", sentence.strip())
    label = named(run, m, cand, label, alone, (end, n))
    if label is None:
        return   # no measured subject: nothing says what the number is an amount of
    if (label := _own_name(run, m, label, (end, n), unit, counted)) is None:
        return
    if not place["context"] and not alone and not (unit == "%" and _CHANGE_WORD.search(label)) \
            and not label_after(sentence[end + n:]) \
            and verbs_only(label, unit, counted or re.fullmatch(r"[A-Za-z][A-Za-z-]{3,}", unit) is not None,
                           sentence[end + n:], sentence[: m.start()]):
        return   # "stood at 26.2%", "we expect to incur 10 billion yen": nothing measured is named (facts/kinds.py)
    # a duration ("30 years of development", "within six months") is dated only by its own sentence
    default = None if _DURATION.fullmatch(unit) or change or re.search(r"\bpotential(?: of)?\s*$", sentence[:m.start()]) \
        else run.default_year   # (a change's "from" value: before; "with potential 1.8Mt": not yet)
    year = year_of(sentence, m.start(), end + n, run.spans, run.mentions, default)   # "5.5 l per 100 km (2018)"
    before = sentence[max(0, m.start() - TAIL_CHARS): m.start()]
    qual = "range" if high is not None else _qualifier(before[-30:].lower(), sentence[m.end():])
    _emit(run, m, (value, high), end, unit or time_counted(label), year, qual, label)
    run.last_end, run.consumed = end + n, end + n   # a number inside the unit ("per 100 km") is the unit's


# a Japanese counter followed by の and the noun it counts: "289名の先生方", "62名のグループ 社員", "16,390名の皆さま"
_CJK_COUNTERS = {"名", "人", "社", "件", "カ所", "ヶ所", "か所", "箇所", "基", "台", "校", "団体"}
_COUNTED_AFTER = re.compile(r"\s?の\s?((?:[\u30a0-\u30ff\u4e00-\u9fff]\s?){1,12}?(?:方|さま|様)?|皆さま|皆様)"
                            r"(?=\s?(?:に|が|を|は|と|で|から|も|、|。|$))")
def _counted_after(label: str, unit: str, sentence: str, at: int) -> str:
    """"289名の先生方": a Japanese counter's noun follows it; the label names it (289 teachers) (h95)."""
    if unit in _CJK_COUNTERS and (jp := _COUNTED_AFTER.match(sentence, at)) and jp.group(1) not in label:
        return f"{label} … {jp.group(1)}" if label else jp.group(1)
    return label


def _share_name(run: _Run, m: re.Match, label: str, at: int, unit: str, sibling: bool) -> str:
    """A share's name with the group or part it is a share of ("31% Black, 7% Asian", "97% soil and 3% water")."""
    sentence = run.sentence
    opens = sentence[: m.start()].rstrip().endswith("(") or (run.facts and "(" in sentence[max(0, run.last_end - 40):m.start()]) \
        or _made_of(sentence[: m.start()])
    if unit == "%" and (g := (_GROUP.match(sentence[at:]) or (opens and _PART.match(sentence[at:]))
                              or share_list_part(run, sentence, at, sibling))) and g.group(1) not in label:
        label = f"{label} … {g.group(1)}" if label else g.group(1)   # "31% Black, 7% Asian": the group it is a share of
    return _breakdown_head(run, label, unit, sibling)


def _own_name(run: _Run, m: re.Match, label: str, ends: tuple[int, int], unit: str, counted: bool) -> str | None:
    """The name once the number is known to be a fact: a part after "of which" with its whole's noun, a counted
    noun's own name instead of a sibling's noun or a heading; None when a figure on a PDF page has none (h103)."""
    sentence, place, (end, n) = run.sentence, run.place, ends
    label = _part_of_which(run, label, sentence, m.start(), end + n, unit)
    if run.facts and label == run.facts[-1].unit and counted and unit != label:
        label = _own_noun(sentence[end:], unit, counted)   # "8 nurses and 11 porters": porters, not nurses
    if unit == "%" and label and (base := _BASE_LEVEL.match(sentence, end)) and _COPULA_END.search(sentence[:m.start()]):
        label = f"{label} … {base.group(1)}"   # "CO2 per unit were 92% compared to the FY2013 level": a ratio to it
    if not label and place["page"] is not None and not place["context"]:
        return _own_noun(sentence[end:], unit, counted) or None   # on a PDF page the heading read before a text
        # is often another box's or column's title ("Operational excellence" over "… including 21 employees")
    return label


_PCT_POINTS = re.compile(r"\s*(?:percentage\s+)?points?\b", re.I)
# a share "compared to the FY2013 level" after a copula is the figure as a ratio to that year's level (h103)
_BASE_LEVEL = re.compile(r"\s*((?:compared (?:to|with)|relative to|versus|vs\.?)\s+(?:the\s+|that of\s+)?(?:FY\s?)?(?:19|20)\d\d"
                         r"(?:\s+levels?)?)", re.I)
_COPULA_END = re.compile(r"\b(?:was|were|is|are|stood at|at)\s*(?:about|around|approximately)?\s*$", re.I)


def _pct_points(sentence: str, end: int) -> int:
    """"0.2% points up": a difference of shares, in percentage points (its length after the figure, or 0) (h103)."""
    m = _PCT_POINTS.match(sentence, end)
    return m.end() - end if m else 0


def _own_noun(after: str, unit: str, counted: bool) -> str:
    """The name a counted noun gives its figure when nothing before it does: "188 suppliers are in our
    portfolio" -> "suppliers are in our portfolio", "14 contractors" -> "contractors"; "" for a unit of measure."""
    if not counted or _BARE_UNIT.fullmatch(unit):
        return ""
    pred = predicate_after(after, unit)
    return f"{unit} {pred}" if pred else unit


# "impacted 97% soil and 3% water bodies", "made up of 27% women and 73% men": shares of one whole, each
# followed by the lower-case part it is (at most this many words) and then the next share or the clause's end
_PART_WORDS = 3
_LIST_PART = re.compile(r"^\s?([a-z][a-z-]{2,}(?:\s[a-z][a-z-]{2,}){0,%d}?)(?=\s*(?:and|or)?\s*\d[\d.,]*\s?%%)" % (_PART_WORDS - 1))
_LAST_PART = re.compile(r"^\s?([a-z][a-z-]{2,}(?:\s[a-z][a-z-]{2,}){0,%d}?)(?=\s*(?:[,;.)]|\s(?:while|whereas|but)\b|$))" % (_PART_WORDS - 1))
_NOT_PART = re.compile(r"^(?:of|in|from|to|for|by|at|on|and|or|the|a|an|are|is|was|were|more|less|year|per|compared|"
                       r"higher|lower|increase|decrease|reduction|growth|up|down|when|where|while|if|with|under|over|"
                       r"which|that|than|as|respectively)\b")   # ("≥ 95% when 50% ≤ load": a condition, no part)


def share_list_part(run: _Run, sentence: str, at: int, sibling: bool) -> re.Match | None:
    """The part a share of a list names ("97% soil and 3% water bodies"): the words right after it when another
    share follows, or when it continues such a list (h103)."""
    rest = sentence[at:]
    m = _LIST_PART.match(rest) or (sibling and run.facts and run.facts[-1].unit == "%"
                                   and " … " in run.facts[-1].label and _LAST_PART.match(rest)) or None
    return m if m and not _NOT_PART.match(m.group(1)) else None


def _breakdown_head(run: _Run, label: str, unit: str, sibling: bool) -> str:
    """"made up of 27% women and 73% men": the later share of a breakdown named only by its part ("men") is a
    share of the whole the first one named ("it was made up of … men") (h103)."""
    if unit != "%" or not sibling or not run.facts or run.facts[-1].unit != "%" or " … " not in run.facts[-1].label:
        return label
    head = run.facts[-1].label.split(" … ")[0]
    bare = re.fullmatch(r"[a-z][a-z-]{2,}(?: [a-z][a-z-]{2,}){0,%d}" % (_PART_WORDS - 1), label) and not _NOT_PART.match(label)
    return f"{head} … {label}" if bare else label   # (not "of our planners": a share named by its whole, no part)


_OF_WHICH_AFTER = re.compile(r"\s+(?:of which|of whom)\s+((?:[a-z]+\s){0,1}?(?:related|referred|relat\w*|were|was|are|is|"
                             r"concerned|came|involved)\b[^,;.()]{2,60}?)(?=\s*(?:[,;.()]|\band\b|$))")
_OF_WHICH_BEFORE = re.compile(r",?\s*(?:of which|of whom)\s*$")


def _part_of_which(run: _Run, label: str, sentence: str, start: int, end: int, unit: str) -> str:
    """"15 files were still open, 5 of which referred to human rights", "30 notifications, of which 7 related to
    employees": the part is the whole's noun and what the clause says of the part, not the whole's predicate nor
    the predicate alone (h103)."""
    if unit == "%" or not run.facts or not re.fullmatch(r"[a-z][a-z -]{2,}", run.facts[-1].unit):
        return label   # (a share "of whom" is named by what follows it: `share_part`)
    noun = run.facts[-1].unit
    if (after := _OF_WHICH_AFTER.match(sentence, end)) is not None:
        return f"{noun} … {after.group(1).strip()}"
    if _OF_WHICH_BEFORE.search(sentence[run.last_end:start]) and noun not in label:
        return f"{noun} … {label}" if label else label
    return label


_IN_YEAR = re.compile(r"\s*(?:[^\W\d]{1,20}\s+)?(?:in|for)\s+(?:FY\s?)?(?:19|20)\d\d\s*\)")
_OF_WHICH = re.compile(r"\b(?:of which|of whom|of these|of them)\s*$", re.I)
_MADE_OF = re.compile(r"\b(?:made up of|consist(?:s|ed)? of|compris(?:es|ed|ing)|of whom|of them)\s*$", re.I)


def _made_of(head: str) -> bool:
    """"made up of 12 ...": a breakdown opens. The words end the head (but for spaces): the search starts
    no further back than the longest of them, not at every character of the sentence."""
    return _MADE_OF.search(head, max(0, len(head.rstrip()) - SKIP_WORD_CHARS)) is not None


def _label(run: _Run, m: re.Match, rest: str, unit: str, counted: bool) -> tuple[str, bool]:
    """The number's name, and whether it continues a list of quantities that shares its subject
    ("by 49.5%, 59.9% and 13.2%")."""
    sentence, facts = run.sentence, run.facts
    label = name_of(sentence, m.start(), rest, unit, counted)
    gap = sentence[run.last_end:m.start()] if facts and run.last_end >= 0 else ""
    sibling = bool(gap) and bool(_SIBLING_GAP.match(_YEAR_DIGITS.sub("", gap))) \
        and bool(_COMMA_OR_AND.search(gap)) and len(gap.split()) <= 8
    weak = not label or label == unit or _DIGIT.search(_YEAR_DIGITS.sub("", label))
    if (weak or sibling) and (counted or re.fullmatch(r"[A-Za-z][A-Za-z-]{3,}", unit)) and (w := _WITH.match(rest)):
        return f"{unit} {w.group(0).strip()}", sibling   # "62 persons with master's degree, 569 persons with ..."
    if unit == "%" and facts and facts[-1].unit == "%" and " … " in facts[-1].label and (part := share_part(rest)) \
            and (weak or label == part) and facts[-1].label.endswith(share_part(sentence[run.last_end:]) or "\0"):
        return f"{facts[-1].label.split(' … ')[0]} … {part}", sibling   # "Of X, 61% was composted and 9% was burned"
    own_of = label.rsplit(" … ", 1)[1] if " … " in label else ""
    if sibling and weak and own_of.startswith("of ") and own_of != facts[-1].label.rsplit(" … ", 1)[-1]:
        return own_of, sibling   # "3,150,835 hrs of training in all, 21.12 hrs of training per capita": its own "of" (h103)
    if sibling and weak:
        label = facts[-1].label.removesuffix(" (upper end)").split(" … ")[0]   # its own noun is the other's
        label = label.split(" > ", 1)[1] if run.place["context"] and " > " in label else label
        if _OF_WHICH.search(gap) and not counted and len((pred := predicate_after(rest)).split()) >= 2:
            noun = facts[-1].unit if re.fullmatch(r"[a-z][a-z -]{2,}", facts[-1].unit) else ""
            label = f"{noun} {pred}" if noun else f"{label} … {pred}"   # "2,040 claims, of which 1,120 were
            # settled": claims were settled; "was 379,481, of which 261,618 were for employees": the part named
    return label, sibling


_LAST_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?(?:\s?%)?")


def _upper_raw(text: str) -> str:
    """The upper end of a range as printed: "700" of "MW to 700MW", "250%" of "% and 250%", "6" of "bn-$6bn" (h115)."""
    figures = _LAST_FIGURE.findall(text)
    return figures[-1].strip() if figures else text.strip(" -–~to")


def _emit(run: _Run, m: re.Match, values: tuple[float, float | None], end: int, unit: str, year: int | None,
          qual: str | None, label: str) -> None:
    """Add the fact (and a range's upper end before it; a zero's partner after it)."""
    sentence, place, facts = run.sentence, run.place, run.facts
    value, high = values
    raw = sentence[m.start("num"): end].strip()
    if high is not None:   # a range: its two ends, both marked as the range's
        raw = sentence[m.start("num"): m.end()].strip()
        facts.append(make_fact(sentence, m.start(), high, _upper_raw(sentence[m.end():end]), unit, year, qual,
                               place, label=f"{label} (upper end)" if label else "upper end"))
    fact = make_fact(sentence, m.start(), value, raw, unit, year, qual, place, label=label)
    if _PRIOR_YEAR.fullmatch(label):
        if not facts:
            return   # the prior year's figure of a measure that gave no fact: named by nothing
        prev = facts[-1 - (high is not None)]   # "98% (prior year: 95%)": the same measure a year before
        fact.label, fact.year = prev.label, (prev.year - 1 if prev.year else None)
    if facts and (_YEAR_LABEL.fullmatch(label) or sentence[: m.start()].rstrip().endswith("(")
                  and _IN_YEAR.match(sentence, end)):   # "37% (2020: 36%)", "58% (53% in 2020)": the same measure's
        fact.label = facts[-1 - (high is not None)].label   # other year
    facts.insert(len(facts) - (high is not None), fact)
    if value == 0 and unit != "%" and (first := _zero_partner(sentence[: m.start()])):
        # "the incidence of X and the number of Y were 0": two quantities that sum to zero
        # are each zero. (Not for other values: "Scope 1 and 2 emissions were 32.6Mt" is one sum.)
        facts.append(make_fact(sentence, m.start(), 0.0, raw, unit, year, qual, place, label=first))
