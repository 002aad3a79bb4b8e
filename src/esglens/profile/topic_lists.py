"""Material topics printed as a list or a matrix in prose, not as a table.

Converters flatten a materiality matrix or a tiered list into lines: the axis labels ("Importance to
stakeholders"), the tier words ("Core.", "Highly material"), the dimension headers ("Environmental."),
the numbers of the matrix's dots ("3 4 16 12 9") and the topics, one short line each ("Climate
resilience.", "Anti-trust and." / "IP protection."). Under a materiality heading, a run of at least
MIN_RUN short noun-phrase lines is the topic list: tier words set the tier of the topics after them,
dimension headers their dimension; axis labels, numbers, indicator codes and the categories the text
declares ("we classified the issues into four categories: prioritize; ...") are not topics.
"""
from __future__ import annotations

import re

from ..core.text import clean
from ..model import Document, Heading, Paragraph
from . import topic_cjk as _cjk
from .text import any_match, loc, norm_key, squash, vocab
from ..core.opening import opening

MIN_RUN = 3            # topic lines in a row (tier, dimension and number lines between them allowed)
WINDOW_LINES = 140     # how far after the materiality heading the list may stand (text lines)
WINDOW_PAGES = 2       # the same for PDF input (pages)
MAX_WORDS = 9
COLUMN_PT = 2.0        # PDF: cells starting within this many points stand in one column

_ANCHOR = re.compile(r"\bmateriality\b|\bmaterial (?:issues?|topics?|matters?|aspects?)\b|\bsubstantive issues?\b", re.I)
_AXIS = re.compile(r"\b(?:importance|significance|impact|influence|relevance|materiality|concern)\s+(?:to|on|of|for)\s|"
                   r"^(?:(?:very|generally|highly|less|most|least|moderately)\s+(?:important|material|relevant)\b\s*){2,}$|"
                   r"^(?:low|medium|high)(?:\s+(?:low|medium|high))*$", re.I)
_DIMENSIONS = {"environmental": "environmental", "environment": "environmental", "social": "social",
               "governance": "governance", "economic": "economic", "economy": "economic", "e": "environmental",
               "s": "social", "g": "governance", "environmental protection": "environmental",
               "social responsibility": "social", "corporate governance and economic": "governance"}
# ("our", "its", "their" inside a short line are not enough: "Protecting the ecosystems our business relies on",
# "Our people" are topics; "Risk- Disruptions ..." is a cell's label and its text)
_SENTENCE = re.compile(r"\b(?:we|is|are|was|were|has|have|had|will|shall|this|these|which|that|"
                       r"the company)\b|[:;!?]|\s-\s|[A-Za-z]-\s+[A-Z]|\(\w+\)$", re.I)
_CODE = re.compile(r"^(?:[AB]\d{1,2}(?:\.\d+)?|GRI\s?\d|\d{3}-\d)\b")
_DECLARED = re.compile(r"\b(?:into|as|in)\s+(?:\w+\s+){0,2}(?:categories|levels|tiers|groups|quadrants|classes|bands|clusters|buckets)\s*[:：]\s*"
                       r"(?P<list>[^.]+)", re.I)
_TRAIL_NUMBERS = re.compile(r"(?:\s+(?:\d{1,3}|/|-))+\s*$")
_MARKER = re.compile(r"^\s*(?://|[•●▪■□○◆◇>»✓–-])\s*")
_REFS = re.compile(r"\s*(?:\(p(?:p|age)?\.?\s*\d+(?:\s*[-–]\s*\d+)?\)|##\S*##|https?://\S+|\^\{(\w+)\})\s*")
_JOINERS = {"and", "&", "of", "for", "and the", "of the"}
# a form's risk/opportunity and positive/negative cells, and its column headers ("Material issue identified",
# "Financial implications of the risk or opportunity") name no topic
_VERDICTS = {"risk", "risks", "opportunity", "opportunities", "positive", "negative", "and", "or", "both", "r", "o",
             "material", "issue", "issues", "topic", "topics", "identified", "financial", "implications", "of", "the"}
_STAKEHOLDERS = opening(re.compile(r"\bstakeholders?\b|communication channels?", re.I))
# a form's column header tells the preparer what to write ("Indicate whether risk or opportunity", "In case
# of risk, approach to ...", "Details of ...", "Name of ..."): an instruction, not a topic
# ("Provide safe and reliable air environments" is a topic: "provide", "give", "list" and "state" instruct only
# when what follows is what the preparer is to write: details, information, names, reasons, a description)
_INSTRUCTION = re.compile(r"^(?:indicate|describe|specify|mention|disclose|explain|"
                          r"whether|in case of|details of|name of|if yes|if so|rationale for|reasons? for)\b|"
                          r"^(?:provide|state|list|give)\s+(?:(?:a|an|the|any|brief|short)\s+){0,2}"
                          r"(?:details?|information|names?|reasons?|description|summary|list|number|link|web)", re.I)


def listed_topics(doc: Document) -> list[dict]:
    """Topics from the longest run of topic lines under a materiality heading; [] when there is none."""
    blocks = [b for b in doc.blocks if isinstance(b, (Heading, Paragraph))]
    declared = _declared_categories(blocks)
    best: list[dict] = []
    heads: list[tuple[str, int | None, list[dict]]] = []   # (anchor text, page, its longest run of any length)
    for i, b in enumerate(blocks):
        text = clean(b.text).strip().rstrip(".")
        if _cjk.has_cjk(text) and len(text) <= 20 and _cjk.ANCHOR.search(text):
            found = _cjk.run(blocks, i, _in_window)      # a Japanese or Chinese materiality figure
            best = found if len(found) > len(best) else best
            continue
        if len(text.split()) > 7 or not _ANCHOR.search(text) or _under_index(blocks, i):
            continue
        own_col = getattr(b, "column", None)
        own: list[dict] = []     # the run in the anchor's own column (a column header's cells below it)
        for column in [None, *_columns(blocks, i)]:
            found = _run(blocks, i, declared, column, min_run=1)
            if column == own_col or (None not in (column, own_col) and abs(column - own_col) <= COLUMN_PT):
                own = own or found
            if len(found) >= MIN_RUN and len(found) > len(best):
                best = found
        heads.append((norm_key(text), b.page if b.line is None else None, own))
    continued = _continued(heads)
    return continued if len(continued) > len(best) else best


def form_rows_before(doc: Document, head: str, page: int) -> list[dict]:
    """A form table continued over pages whose rows on the first page the table finder did not take: they
    stand as cells under the same column header ("Material issue identified") on the page before (PDF)."""
    blocks = [b for b in doc.blocks if isinstance(b, (Heading, Paragraph))]
    key = norm_key(head)
    for i, b in enumerate(blocks):
        if b.page == page - 1 and norm_key(clean(b.text)) == key:
            found = _run(blocks, i, [], getattr(b, "column", None), min_run=1)
            return [t for t in found if t.get("page") == page - 1]
    return []


def _continued(heads: list[tuple[str, int | None, list[dict]]]) -> list[dict]:
    """A table of topics continued over pages repeats its column header ("Material issue identified") at the
    top of each page: the topics under the same header on consecutive pages are one list (PDF input)."""
    best: list[dict] = []
    group: list[dict] = []
    last: tuple[str, int] | None = None
    for key, page, run in heads:
        if page is None:
            continue
        if not (last and last[0] == key and page - last[1] == 1):
            group = []
        group = group + [t for t in run if norm_key(t["name"]) not in {norm_key(g["name"]) for g in group}]
        last = (key, page)
        if len(group) >= MIN_RUN and len(group) > len(best):
            best = group
    return best


def _columns(blocks, i: int) -> list[float]:
    """The columns of the table-region cells after blocks[i] (PDF input), each read down as a list of its own."""
    out: list[float] = []
    for b in blocks[i + 1:]:
        if not _in_window(blocks[i], b):
            break
        col = getattr(b, "column", None)
        if col is not None and all(abs(col - c) > COLUMN_PT for c in out):
            out.append(col)
    return out


def index_title(text: str) -> bool:
    """A short title naming a framework's index or reference table ("SASB ... - REFERENCE TABLE"), not a
    sentence that points to one ("the GRI content index is on p. 80")."""
    v = vocab()
    return len(text.split()) <= 12 and not re.search(r"\b(?:is|are|see|can|may|was|were|refers?|referred)\b", text, re.I) \
        and bool(any_match(v["framework_index_titles"], text)) and any(any_match(fw["patterns"], text) for fw in v["frameworks"])


def _under_index(blocks, i: int) -> bool:
    """The anchor names a framework or stands under an index title ("Material issues impacting stakeholders"
    under "WEF core metrics - reference table", "List of material topics" in a GRI index): the lines after
    it are the framework's disclosures, not the report's topics."""
    v = vocab()
    if any(any_match(fw["patterns"], clean(blocks[i].text)) for fw in v["frameworks"]):
        return True     # the anchor is itself an index row or column ("GRI 3-2 List of material topics")
    return any(_in_window(b, blocks[i]) and index_title(clean(b.text)) for b in blocks[:i])


def _declared_categories(blocks) -> list[set[str]]:
    """Category names a sentence declares ("into four categories: prioritize; continue ..."), as stems."""
    out = []
    for b in blocks:
        for m in _DECLARED.finditer(clean(b.text)):
            items = m.group("list")
            for part in (items.split(";") if ";" in items else re.split(r",|\band\b", items)):
                if part.strip():
                    out.append(_stems(part))
    return out


def _stems(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[a-z]+", text.lower()) if w not in ("and", "or", "the", "of")}


def _in_window(anchor, b) -> bool:
    if anchor.line is not None and b.line is not None:
        return 0 < b.line - anchor.line <= WINDOW_LINES
    if anchor.page is not None and b.page is not None:
        return 0 <= b.page - anchor.page <= WINDOW_PAGES
    return False


def _run(blocks, i: int, declared: list[set[str]], column: float | None = None, min_run: int = MIN_RUN) -> list[dict]:
    """The topic lines after blocks[i], with their tier and dimension; the longest run only. When the
    list marks its items ("// Climate Protection", "• Employability (p. 33)"), a line without a marker
    continues the item above it; a list headed by stakeholders is not one of topics."""
    anchor = blocks[i]
    runs: list[list[dict]] = [[]]
    excluded: set[int] = set()
    tier = tier_label = dimension = None
    pending, pending_marked = "", False
    done_page = None    # the page on which a whole list (MIN_RUN topics) ended
    numbers = -1    # row numbers ("S. No." 1, 2, ...) left of this column not yet given to an item; -1: none seen
    for b in blocks[i + 1:]:
        if not _in_window(anchor, b) or _past(b, done_page):
            break
        if _row_number(b, column):
            numbers = max(numbers, 0) + 1
        if _other_column(b, column, runs[-1]):
            continue
        for raw in _items(clean(b.text)):
            marked = _marker(raw) or (pending_marked if pending else "")
            line = squash(_REFS.sub(lambda m: f" {m.group(1)} " if m.group(1) else " ", _MARKER.sub("", raw)))
            kind, value = _classify(pending + line if pending else line, declared)
            pending = ""
            run = runs[-1]
            if run and run[-1].get("marked") and run[-1]["open"] and not marked and line.strip(" .") in _JOINERS:
                run[-1]["name"] += " " + line.strip(" .")      # "// Stakeholder" / "and" / "Community"
                continue
            if _stakeholder_head(kind, marked, line):
                if run:
                    runs.append([])
                excluded.add(len(runs) - 1)
                continue
            if kind == "open":
                pending, pending_marked = value + " ", marked
                continue
            if kind == "topic" and _continues(run, marked, numbers == 0, b.page, value):
                run[-1]["name"] += " " + value
                continue
            if kind == "topic":
                numbers -= numbers > 0
                run.append({"name": value, "tier": tier, "tier_label": tier_label, "rank": None,
                            "dimension": dimension, "marked": marked, "open": bool(marked), **loc(b)})
            elif kind == "tier":
                tier, tier_label = value
            elif kind == "dimension":
                dimension = value
            elif kind == "text" and run:
                runs.append([])   # a sentence ends a list
                done_page = _ended_on(run, b, done_page)
            if run and kind != "topic":
                run[-1]["open"] = False
    return _best_run(runs, excluded, min_run)


def _stakeholder_head(kind: str, marked: str, line: str) -> bool:
    """"Surveyed Stakeholder Groups": the list that follows names stakeholders, not topics."""
    return kind in ("topic", "text") and not marked and bool(_STAKEHOLDERS.search(line)) and len(line.split()) <= 8


def _marker(raw: str) -> str:
    """The list marker a line opens with ("//", "•"), "" when none."""
    m = _MARKER.match(raw)
    return m.group(0).strip() if m else ""


def _continues(run: list[dict], marked: str, same_row: bool, page: int | None, value: str) -> bool:
    """A topic line continues the item above: an unmarked line under an open marked item ("// Sustainable
    Food" / "Security"), or a numbered form's cell read as two blocks within one row ("1 | Climate" ...
    "Change and Decarbonisation": every row number seen has its item, so this block opens none; readers
    may give the numbers in a batch, "4 5 6 7", before their four items). A join stays a short name."""
    if not run:
        return False
    last = run[-1]
    return bool(last.get("marked") and not marked and last["open"]) or \
        (same_row and last.get("page") == page and len(f"{last['name']} {value}".split()) <= MAX_WORDS)


def _ended_on(run: list[dict], b, done_page: int | None) -> int | None:
    """PDF input: the page on which a whole list (MIN_RUN topics) ended, once a sentence closes it."""
    return run[-1].get("page") if len(run) >= MIN_RUN and b.line is None else done_page


def _past(b, done_page: int | None) -> bool:
    """A list ended on its page: the next page's short lines are another figure's, not more topics."""
    return done_page is not None and b.page is not None and b.page > done_page


def _row_number(b, column: float | None) -> bool:
    """A cell left of the list's column holding only a row number: the list's cells up to the next number
    are one item, however many lines the reader split it into."""
    col = getattr(b, "column", None)
    return None not in (col, column) and col < column - COLUMN_PT and bool(re.fullmatch(r"\d{1,3}\.?", b.text.strip()))


def _other_column(b, column: float | None, run: list[dict]) -> bool:
    """A table region's cells are read one column at a time (`_columns`), prose apart. A heading or a new
    page continues no open item ("• Strengthen governance" / new page "Process of ...")."""
    col = getattr(b, "column", None)
    if col is not None and (column is None or abs(col - column) > COLUMN_PT):
        return True
    if run and (isinstance(b, Heading) or b.page != run[-1].get("page", b.page)):
        run[-1]["open"] = False
    return False


def _best_run(runs: list[list[dict]], excluded: set[int], min_run: int = MIN_RUN) -> list[dict]:
    """The longest run of topics not headed by stakeholders, each topic once."""
    candidates = [r for k, r in enumerate(runs) if k not in excluded]
    best = max(candidates, key=len) if candidates else []
    if any(t["marked"] for t in best):
        best = [t for t in best if t["marked"]]   # a marked list: unmarked lines are captions and axes
        best += _interleaved(candidates[candidates.index(max(candidates, key=len)) + 1:], best)
    seen: set[str] = set()
    out = []
    for t in best:
        t.pop("marked"), t.pop("open")
        if (k := norm_key(t["name"])) not in seen:
            seen.add(k)
            out.append(t)
    return out if len(out) >= min_run else []     # three different topics, not one caption repeated


def _interleaved(later: list[list[dict]], best: list[dict]) -> list[dict]:
    """A figure's marked labels the reader put after a paragraph of the next column ("// Human Rights",
    prose, "// Stakeholder and Community Involvement") are still the figure's: the later runs on the same
    page that open with the same marker add their items so marked."""
    mark, page = best[-1]["marked"], best[-1].get("page")
    if page is None:
        return []
    out = []
    for run in later:
        if run and run[0]["marked"] == mark and run[0].get("page") == page:
            out += [t for t in run if t["marked"] == mark and t.get("page") == page]
    return out


def _items(text: str) -> list[str]:
    """The lines of a block; a line that opens with a list marker and repeats it holds several items
    ("// Human Rights // Safety"); a figure's boxes joined into one line hold one item each (`_boxes`)."""
    out = []
    for line in text.splitlines() or [""]:
        m = _MARKER.match(line)
        mark = m.group(0).strip() if m else ""
        if mark and f" {mark} " in line:
            out += [mark + " " + part for part in line[m.end():].split(f" {mark} ")]
        else:
            out += _boxes(line)
    return out


def _boxes(line: str) -> list[str]:
    """A figure's list of boxes (one topic a box) that the reader joined into one long line: "Response to
    climate change Provide safe and reliable air environments Quality and customer satisfaction". No
    sentence (no stop, colon, verb of a sentence), and at least MIN_RUN short phrases, each opening with a
    capital after a lower-case word: one item each. Anything else is the line as it stands."""
    if len(line.split()) <= MAX_WORDS or re.search(r"[.:;!?]\s|[:;!?]$", line) or _SENTENCE.search(line):
        return [line]
    parts = split_topics(line)
    if len(parts) < MIN_RUN or any(len(p.split()) > MAX_WORDS for p in parts):
        return [line]
    return parts


_CONNECTORS = {"of", "and", "to", "the", "for", "in", "with", "on", "&", "a", "an", "by", "at", "from", "or"}


def split_topics(cell: str) -> list[str]:
    """Topic names from one cell: bullets when printed; else where a capitalised word follows a
    lower-case one (converters drop list markup: "Energy management ESG management")."""
    text = squash(cell.replace("•", " • "))
    if "•" in text:
        parts = [p.strip() for p in text.split("•")]
        return [p for p in parts if p]
    words = text.split(" ")
    out: list[list[str]] = [[]]
    for w in words:
        prev = out[-1][-1] if out[-1] else None
        if prev and w[:1].isupper() and (prev[:1].islower() or prev.endswith(")")) and prev.lower() not in _CONNECTORS:
            out.append([])
        out[-1].append(w)
    return [" ".join(p) for p in out if p]


def _tier(text: str):
    if len(text.split()) > 3:
        return None
    for e in vocab()["materiality_tiers"]:
        if any_match(e["patterns"], text):
            return e["tier"]
    if re.fullmatch(r"(?:highly |very |most |moderately |less )?(?:material|important|relevant)(?: (?:issues?|topics?))?",
                    text, re.I):
        return 1 if re.match(r"highly|very|most", text, re.I) else 2
    return None


def _classify(line: str, declared: list[set[str]]) -> tuple[str, object]:
    """What one line of a flattened list is: a topic, a tier word, a dimension header, a line that
    continues on the next ("Anti-trust and."), noise (numbers, axes, codes) or text (a sentence)."""
    text = line.strip().rstrip(".").strip()
    text = _TRAIL_NUMBERS.sub("", text).strip().rstrip(".").strip()
    if not text or not re.search(r"[A-Za-z]", text):
        return "noise", None
    if len(text.split()) > MAX_WORDS or re.search(r"[.;:]\s+[A-Z]", text) or _SENTENCE.search(text) or \
            _INSTRUCTION.match(text):
        return "text", None
    if _CODE.match(text):
        return "noise", None   # an indicator code and its aspect ("A3 The environment and natural resources")
    if re.search(r"\d", text) and len(re.findall(r"[A-Za-z]{2,}", text)) >= 4:
        return "text", None   # a running header or footer ("... Report 2022 217 / 218"): the page ends
    if _AXIS.search(text + " ") or _CODE.match(text) or re.search(r"\d", text) or _ANCHOR.search(text):
        # (a materiality heading inside the list's window, "Materiality analysis", names no topic)
        return "noise", None
    if (dim := _DIMENSIONS.get(text.lower().rstrip(" ,"))):
        return "dimension", dim
    if (t := _tier(text)) is not None:
        return "tier", (t, text)
    if set(re.findall(r"[a-z]+", text.lower())) <= _VERDICTS:
        return "noise", None
    if not text[:1].isupper():
        return "noise", None
    stems = _stems(text)
    if any(stems and (len(stems & d) == len(d) or len(stems & d) >= max(2, 0.66 * len(d))) and len(stems) <= len(d) + 1
           for d in declared):
        return "noise", None   # one of the categories the text declares, not a topic
    if re.search(r"\b(?:and|of|&|for|to|in)$", text, re.I):
        return "open", text
    return "topic", text
