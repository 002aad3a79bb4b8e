"""When unsure, abstain: the shapes of a number in prose that say it is no measured amount of something.

Each rule is a small named function of a `Candidate` and the name read for it; `abstains` names the first
that applies. They come on top of `quantity.RULES` (codes, numbering, names) and `frames` (time frames,
references, lists, definitions):

- a condition or a threshold: "If a contractor records two serious breaches, ...", "Under the condition of
  90% load, ...", "reviews for investments exceeding €5 million" (the bound of a class, not an amount);
- a climate pathway's temperature: "limit warming to 1.5°C", "a temperature rise of 2.7°C by 2100";
- a form's instruction: "Describe in 50 words", "Give details";
- a line of table cells or captions read as prose: the same words printed twice side by side
  ("Solar lamps Solar lamps 120 kWh"), or a name that holds other figures ("Upstream 40% Downstream 12%");
- the count of a framework's parts: "from three perspectives", "sorts its risks into four tiers";
- a rating that names a thing: "the 40MW wind farm", "a 3.5MWh storage unit", "Released 30kW/60kWh cabinets";
- a size that names a thing: "a Scania 20 tonne battery electric truck", "the world's highest 18TB HDD";
- another's statistic: "According to the United Nations, more than 200 million women …";
- a share printed alone before a caption word, a chart's legend: "4.2% Rail".
"""
from __future__ import annotations

import re
from functools import lru_cache

from .quantity import FUNCTION_WORDS, Candidate, VERBISH as _VERBISH
from .borrowed import RULES as _BORROWED_RULES
from .settings import RULES as _SETTING_RULES
from .subjects import RULES as _SUBJECT_RULES
from .referents import RULES as _REFERENT_RULES
from .lost_units import RULES as _LOST_UNIT_RULES
from .kinds import RULES as _KIND_RULES
from ..core.opening import opening

_CONDITION = re.compile(r"(?:^|[,;:]\s*|\b(?:and|or)\s+)(?:if|in (?:the )?cases? (?:where|of|that)|in the event (?:of|that)|"
                        r"where|when|whenever|unless|provided that|under the conditions? (?:of|that)|on condition that|"
                        r"should)\b[^,;]*$", re.I)


def condition(c: Candidate, label: str) -> bool:
    """A number inside a conditional clause: the condition of a rule, not a quantity reported."""
    head = c.sentence[max(0, c.start - 160): c.start]
    m = _CONDITION.search(head)
    return m is not None and not re.search(r"\b(?:was|were|reached|totall?ed|amounted)\b", head[m.end():], re.I)


_THRESHOLD = opening(re.compile(r"\b[a-z]{3,}[^s\W]s\s+(?:(?:that|which)\s+(?:exceed|are (?:above|over|below))\s+|exceeding|above|"
                        r"in excess of|greater than|larger than|below|under)\s*$", re.I))


def threshold(c: Candidate, label: str) -> bool:
    """"assessments for projects exceeding €10 million": the number bounds a class of things."""
    return _THRESHOLD.search(c.tail) is not None and not re.search(r"\b(?:employees|people|staff|workers)\s+\S+\s*$", c.tail, re.I)


_WARMING = re.compile(r"\b(?:warming|temperature (?:increase|rise|outcome|goal)|global temperature|pre-?industrial|"
                      r"well[- ]below|scenario|pathway|SSP\d|RCP\s?\d|Paris|decarboni[sz]ation|aligned|alignment|"
                      r"trajectory|net[- ]zero|climate)\b", re.I)


def pathway(c: Candidate, label: str) -> bool:
    """"limit warming to 1.5°C", "a temperature increase of 3.6°C by 2100": a climate pathway's
    parameter, not a quantity of the reporter."""
    return bool(re.fullmatch(r"(?:°\s?C|℃|degrees?(?: celsius)?)", c.unit.strip(), re.I)) \
        and _WARMING.search(c.sentence) is not None


_INSTRUCTION = re.compile(r"^\s*(?:\(?[ivx\d]+[.)]\s*)?(?:give|provide|describe|list|mention|specify|indicate|state|"
                          r"please|attach|disclose|explain)\b", re.I)


def instruction(c: Candidate, label: str) -> bool:
    """A form's instruction ("Give details in 100 words", "Please specify ..."): no figure of the reporter."""
    return _INSTRUCTION.match(c.sentence) is not None or (c.counted and c.unit.lower() == "words") \
        or re.search(r"\bplease specify\b|\((?:disclose|give|provide|specify|mention|indicate)\b", c.sentence, re.I) is not None


def flattened(c: Candidate, label: str) -> bool:
    """Cells of a table or captions of a chart read as one line: words printed twice side by side
    ("Reduction of heat Reduction of heat 34 MWh"), or a name that holds other figures ("CRSA 83.5% ESA")."""
    name = label.split(" > ")[-1]
    if _FIGURE.search(name) and not _VERB.search(name) and not re.search(r"\bfrom\s+\S+\s+to$", name) \
            and not c.sentence[: c.start].rstrip().endswith("("):   # ("6.2% of staff (53.6% female ...)": a breakdown)
        return True   # (a clause with a verb spans a figure: "vested 560.3 thousand shares to 7 recipients")
    return _flat_sentence(c.sentence)


@lru_cache(maxsize=256)
def _flat_sentence(sentence: str) -> bool:
    """What `flattened` reads of the sentence alone: read once per sentence, not once per number in it (a
    400-word chunk of a dense page holds a hundred)."""
    if re.search(r"\(\s?[A-H]\s?[+\-–]\s?[A-H]\s?\)", sentence):
        return True   # a form's lettered columns: "Total (D + E)"
    if column_breaks(sentence) >= 2:
        return True
    words = sentence.lower().split()
    if sum(a == b and len(a) > 2 and a.isalpha() for a, b in zip(words, words[1:])) >= 2:
        return True   # "Variable Variable Frequency Drive ... in the the plastic shop": two columns' words
    for k in (2, 3, 4, 5, 6):
        for i in range(len(words) - 2 * k + 1):
            if words[i] == words[i + k] and words[i: i + k] == words[i + k: i + 2 * k] and sum(w.isalpha() and len(w) > 3 for w in words[i: i + k]) >= 1 \
                    and not any(ch.isdigit() for w in words[i: i + k] for ch in w):
                return True
    return False


_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|be|been|will|would|can|could|may|shall|should|"
                   r"[a-z]{3,}ed|[a-z]{3,}ing)\b")
_COLUMN_BREAK = re.compile(r"\b([a-z][a-z-]{2,})\s+[A-Z][a-z][\w-]*(?=\s+[a-z(]|[,;:.]|\s*$)")


def column_breaks(sentence: str) -> int:
    """Places where a content word runs into a capitalised one that starts a phrase of its own ("transformer
    Re-used and reclaimed", "scrap Environmental impact"): cells of neighbouring columns read across."""
    return sum(m.group(1) not in FUNCTION_WORDS for m in _COLUMN_BREAK.finditer(sentence))


FIGURE = _FIGURE = re.compile(r"\d+(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|\d+\s?%")


_PARTS = re.compile(r"^(?:areas|levers|dimensions|perspectives|aspects|pillars|fields of action|scenarios|challenges|angles|"
                    r"tiers|stages|phases|steps|principles|chapters|sections|parts|themes|lenses)\b", re.I)
_SORTS = re.compile(r"\b(?:classif|divid|group|categori[sz]|split|sort|organi[sz]|break)\w*\s+(?:[\w-]+\s+){0,5}into\s*$"
                    r"|\bfrom\s*$|\b(?:based on|built on|structured around|consists? of)\s*$", re.I)


def framework_parts(c: Candidate, label: str) -> bool:
    """The count of the parts of a method or framework ("from two dimensions", "into three categories",
    "based on six fields of action"): the shape of the text, not an amount."""
    small = float(c.num.replace(",", "")) <= 12 if re.fullmatch(r"[\d,.]+", c.num) else True
    if not small or not c.counted:
        return False
    return _PARTS.search(c.unit.split()[-1] if c.unit.split() else "") is not None or _SORTS.search(c.tail) is not None


_RATING_UNIT = re.compile(r"(?:[kMGT]W[hp]?|[kM]VA|[kM]Wh|Ah|V)", re.I)
_THING = re.compile(r"^\s*(?:[\w-]+\s+){0,5}?(?:project|plant|station|system|farm|park|facility|unit|units|"
                    r"products?|batter(?:y|ies)|inverters?|cabinets?|array|turbines?|installation|PV|solar PV)\b", re.I)


def rating(c: Candidate, label: str) -> bool:
    """A rating that names a thing ("the 700MW photovoltaic project", "our 40MW wind farm", "Launched
    50kW/100kWh cabinets"): what is rated is a name, not an amount reported."""
    if not _RATING_UNIT.fullmatch(c.unit.strip()) or c.pct or c.cur:
        return False
    after = c.sentence[c.end:]
    after = after[after.find(c.unit) + len(c.unit):] if c.unit in after else after
    if re.match(r"^\s?/\s?\d", after) or re.search(r"\d\s?[kMG]?W\s?/\s?$", c.tail):
        return _BUILT.search(label) is None   # "Launched 50kW/197kWh": a product's rating pair, not "installed"
    det = re.search(r"(?:\b(?:the|our|its|their|next)|['’]s?)\s*$", c.tail, re.I)
    return det is not None and _THING.match(after) is not None   # (what "a 5MW plant" adds may be an amount)


_BUILT = re.compile(r"\b(?:install|construct|commission|buil[dt]|add|complet|connect|put into)", re.I)

# a size a thing is made in: mass, data, volume, length (singular when it modifies the noun after it)
_SIZE_UNIT = re.compile(r"(?:tonne|ton|t|kg|TB|GB|PB|litre|liter|l|m|metre|meter|ft|foot|inch|cc)", re.I)
# what a change is called: "a 20 tonne reduction" is an amount, not a thing's size
_CHANGE_NOUN = re.compile(r"(?:reduction|increase|decrease|cut|saving|drop|rise|decline|growth|gain|fall|improvement|"
                          r"shortfall|surplus|difference|per|a|an|of|in|from|to|and|or)s?\b", re.I)
# what stands before a thing's size: an article, a maker's name, a superlative ("the world's highest")
_SIZE_BEFORE = re.compile(r"(?:\b(?:a|an|the|our|its|their|this|each|every|highest|largest|biggest|first|new)|"
                          r"\b[A-Z][a-z]+)\s*$")


def attributive(c: Candidate, label: str) -> bool:
    """A size that names a thing ("a Scania 20 tonne battery electric truck", "the world's highest 18TB MG09 Series
    HDD"): a singular unit of size right before the words naming what is so big, after an article, a maker's name
    or a superlative; no amount of anything reported."""
    if c.pct or c.cur or _SIZE_UNIT.fullmatch(c.unit.strip()) is None or _SIZE_BEFORE.search(c.tail) is None:
        return False
    after = c.sentence[c.end:]
    after = after[after.find(c.unit) + len(c.unit):] if c.unit in after else after
    after = re.sub(r"^\^\{[^}]*\}", "", after)      # a footnote mark on the unit ("18TB^{*1}")
    m = re.match(r"\s+([A-Za-z][\w-]*)", after)
    return m is not None and _CHANGE_NOUN.fullmatch(m.group(1)) is None and not re.match(r"\s+of\b", after)


# "According to the United Nations, …", "According to a report of the Intergovernmental Panel …", "According to
# information from the nonprofit organization ISAAA …": a sentence opening on a named source's word
_ACCORDING = re.compile(r"^\W*[Aa]ccording to\s+(?:(?:the|a|an)\s+)?(?:(?:latest|recent|new)\s+)?(?:(?:information|data|"
                        r"figures|reports?|study|studies|survey|estimates?|statistics|analysis|projections?|forecasts?)"
                        r"\s+(?:from|of|by|published by)\s+)?(?:the\s+)?(?:[a-z-]+\s+){0,3}?(?P<name>[A-Z][\w&.-]*)")
# a source that is the reporter itself, a rule it counts by, or no source at all ("According to the Company's
# statistics", "According to Article 12 …", "According to GRI 305, our emissions were …": the reporter's figures)
_OWN_SOURCE = re.compile(r"^(?:Company|Group|Corporation|Board|Management|We|Our|Us|Article|Section|Clause|Scope|"
                         r"Statistics|Calculations?|Data|GRI|ISO|GHG|IFRS|TCFD|SASB|ESRS|CSRD|HKEX|SEBI|CDP|EU|"
                         r"Taxonomy|Appendix|Annex|Table|Note|Chapter|Figure|Page)$")


def attributed(c: Candidate, label: str) -> bool:
    """A figure in a sentence that opens on another's word ("According to the United Nations, more than 200 million
    women …", "According to a report of the IPCC, agriculture … account for about 25% …"): someone else's
    statistic, not the reporter's figure."""
    m = _ACCORDING.match(c.sentence)
    return m is not None and _OWN_SOURCE.match(m.group("name")) is None


def legend(c: Candidate, label: str) -> bool:
    """A share alone on its line before a caption of a word or two ("4.2% Rail", "-30%"): a chart's."""
    if not c.pct or c.sentence[: c.start].strip(" -–•*+"):
        return False
    rest = c.sentence[c.end:].strip(" .")
    return not rest or re.fullmatch(r"(?:[A-Z][\w&-]*\s?){1,3}", rest) is not None


_LIMIT = opening(re.compile(r"\b(?:limits?|limit values?|thresholds?|ceilings?)\s+(?:value\s+)?(?:of|is|was|at)\s*$", re.I))


def limit(c: Candidate, label: str) -> bool:
    """"comply with the limit of 2 W/kg": a rule's limit, not an amount of the reporter; "1 TJ = 0.278 GWh":
    a conversion."""
    return _LIMIT.search(c.tail) is not None or re.match(r"^[^=\d]{0,30}=\s*\d", c.sentence[c.end:]) is not None \
        or re.search(r"=\s*$", c.tail) is not None or _LIMIT_SUBJECT.search(c.sentence[: c.start]) is not None


# "The limit for treated water, stricter than the national one (set at 50 mg/l), is 20 mg/l": the clause's
# subject is a limit and the number is what it is set at
_LIMIT_SUBJECT = re.compile(r"^\W*(?:the\s+)?(?:limits?|limit values?|thresholds?|ceilings?)\s+(?:for|of|on)\b[^.;]{0,160}"
                            r"\b(?:is|are|was|were|set at|equal to|of)\s*(?:about\s+)?$", re.I)


_OF_OWN = re.compile(r"\bof\s+(?:our|the|its|their|these|all)\s*$", re.I)
_THEN_FIGURE = re.compile(r"^[^,;.\d]{0,50}?\b(?:was|were|is|are|amounted to|totall?ed|reached|came to|stood at)\s+"
                          r"(?:about|around|approximately|over|nearly|some)?\s*[\d$€£¥]", re.I)


def inside_subject(c: Candidate, label: str) -> bool:
    """A count inside the name of another figure ("the output of our 87 solar installations was 3,376 kWp"):
    it describes what the other figure is of."""
    return _OF_OWN.search(c.tail) is not None and _THEN_FIGURE.match(c.sentence[c.end:]) is not None


_BREAK = re.compile(r"[a-z]{2,}-\s+(?!(?:and|or|to|as|nor)\b)[A-Za-z\d]")


def interleaved(c: Candidate, label: str) -> bool:
    """Two page columns read across into one line: words broken at a line end and continued by another
    column's text ("NOx emissions amount- In 2021, the emissions ... com- 3 years"). Two such breaks in a
    sentence and none of its figures can be trusted to its words."""
    return len(_BREAK.findall(c.sentence)) >= 2


def page_pair(c: Candidate, label: str) -> bool:
    """"133 / 134", "Report / 158": the folios of a spread (page N beside page N+1, or after the running title)."""
    if not re.fullmatch(r"\d{1,4}", c.num):
        return False
    n = int(c.num)
    nxt = re.match(r"^\s?/\s?(\d{1,4})\b", c.sentence[c.end:])
    return bool(nxt and int(nxt.group(1)) == n + 1) or re.search(r"\b(?:report|page)\s?/\s?$", c.tail, re.I) is not None


def denominator(c: Candidate, label: str) -> bool:
    """"intensity per RMB 1,000 of revenue", "the first 1,000 days": the base of a unit or a span, no amount;
    "Waste generated 2021 (2020) 1,000 metric tons": a table's unit in thousands."""
    if re.fullmatch(r"1(?:,?000)+", c.num) and c.unit and not c.sentence[c.end:].strip(" .").replace(c.unit, "", 1).strip() \
            and not _VERBISH.search(c.sentence[: c.start]):
        return True
    if re.fullmatch(r"1(?:,?000)+|100", c.num) and re.match(r"[^\d。、,.;；]{0,12}?(?:あたり|当たり)", c.sentence[c.end:]):
        return True   # "1,000延実労働時間あたり": per 1,000 hours worked, the base of a rate (Japanese puts it first)
    return re.search(r"\b(?:per|the first)\s*$|每\s*$", c.tail, re.I) is not None


def requirement(c: Candidate, label: str) -> bool:
    """"100% employees are required to undergo ...": the scope of a rule, not a share reached."""
    return re.match(r"^[^,;.\d]{0,60}\b(?:(?:are|is) required to|must|shall)\b", c.sentence[c.end:], re.I) is not None


def quoted_goal(c: Candidate, label: str) -> bool:
    """A share opening a quoted slogan or goal ('the "100% in four areas" targets', 'listed "100% coverage of
    health checks" as indicators'): a name of a goal, not a share reached."""
    return bool(c.pct) and re.search(r"[“\"]\s*$", c.sentence[: c.start]) is not None


def unit_clash(c: Candidate, label: str) -> bool:
    """"Training participation rate (%) 402,206": a row whose name is a per cent and whose figure cannot be."""
    return not c.pct and re.search(r"\(%\)\s*$", label) is not None and float(c.num.replace(",", "") or 0) > 100


def list_item(c: Candidate, label: str) -> bool:
    """"- Hydrogen shaft + electric furnace - 70-90%": a list item's figure after its name and a dash; what
    the figures measure is said in the list's heading, not here."""
    head = c.sentence[: c.start]
    return re.match(r"^\s*[-–•*]\s*[^\d]{3,80}?\s[-–]\s*$", head) is not None and not _VERBISH.search(head[1:])


def two_captions(c: Candidate, label: str) -> bool:
    """"Share of women in management Share of women in technical roles: 18.3%": two captions of one grid run
    together; the figure is one of theirs, not said which."""
    return repeated_caption(label.split(" > ")[-1])


def repeated_caption(text: str) -> bool:
    words = text.lower().split()
    starts = [i for i in range(1, len(words) - 2) if words[i - 1][-1:].isalnum() and words[i: i + 3] == words[:3]]
    return bool(starts) and not _VERBISH.search(" ".join(words))


RULES = (page_pair, denominator, requirement, quoted_goal, unit_clash, list_item, two_captions, condition, threshold, limit, inside_subject, interleaved, pathway, instruction, flattened, framework_parts, rating, attributive, attributed,
         legend) \
    + _SUBJECT_RULES + _BORROWED_RULES + _SETTING_RULES + _REFERENT_RULES + _LOST_UNIT_RULES + _KIND_RULES   # (facts/subjects.py: names that do not say what the number is;
    # facts/borrowed.py: names read from a neighbouring figure or phrase; facts/settings.py: a setting, a frequency;
    # facts/referents.py: a count of things named elsewhere; facts/lost_units.py: a unit not read;
    # facts/kinds.py: a count of abstract parts, a count in a name, a name of verbs only)


def abstains(c: Candidate, label: str) -> str | None:
    for rule in RULES:
        if rule(c, label):
            return rule.__name__
    return None


# a cell of a table region (the PDF reader's Paragraph.region) is read as prose when it is a sentence:
# this many words or more, a verb, a full stop at the end (a form's answer), not a cell's name or figure;
# in a script written without spaces, twice as many characters (no verb test)
CELL_SENTENCE_WORDS = 8
_SENTENCE_END = re.compile(r"[.!?。]['’”)]?$")


_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")   # kana, CJK ideographs, hangul


def cell_sentence(text: str) -> bool:
    if _SENTENCE_END.search(text.rstrip()) is None:
        return False
    if unspaced := len(_UNSPACED.findall(text)):    # a script written without spaces: two characters a word
        return unspaced >= 2 * CELL_SENTENCE_WORDS
    return len(text.split()) >= CELL_SENTENCE_WORDS and _VERB.search(text) is not None


# a cell that names its own figure ("Total amount of hazardous waste: 2,806 t", "Percentage recycled: 78%"):
# a name of words, a colon, then one figure with at most a unit or three words after it (a disclosure column
# of an index table, a form's answer); read as that cell's table fact. Footnote markers ("^{*2}") are not text.
_CELL_PAIR = re.compile(r"^(?=[^:：\d]*[^\W\d_])[^:：]{3,90}?\s*[:：]\s*[-−+]?\d[\d,]*(?:\.\d+)?\s*"
                        r"(?:%|[^\W\d_][\w³²/.-]{0,14}(?:\s+[^\W\d_]+){0,2})?$")
_MARKERS = re.compile(r"\^\{[^}]*\}|\*\d+$")


def cell_pair(text: str) -> bool:
    return _CELL_PAIR.match(_MARKERS.sub("", text).strip()) is not None
