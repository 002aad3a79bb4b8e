"""Rule "name：value line": a printed line that is a name, a colon (ASCII or full-width) and figures only
("障がい者雇用率：2.64%", "・教員研修：7回開催、289名参加", "Female managers: head office 9.5%, group 9.9%
(as of 1 April)") states those figures of that name, as a row of a table does: each figure is a table fact
labelled by the name (and the word glued before it, "単体9.5%" → "… > 単体"), under the path of the cell or
list it stands in. Japanese results tables and bullet lists of results print their figures so.

The line is read only when every item after the colon is a figure with a unit the vocabulary knows (or none),
maybe a short word before it, maybe a verb of the count after it ("開催", "参加"): a line that holds prose, a
second colon ("生産：0.80…、液化：6.77…"), a target's wording ("100%の維持", "95%以上") or a figure of
another kind is left to the prose reader (abstain). A bracket at the end ("(2022年4月1日現在)") says when:
a fiscal year in it ("2021年度", "FY2021") dates the figures, a date does not (the report's year stands).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..core.memo import per_doc
from ..core.numbers import parse_value
from ..core.units import known_unit
from ..model import Document, Fact, Paragraph

_BULLET = re.compile(r"^[\s・•●■▪◦‣∙\-–]+")
# the name: no figure first, no note mark ("※1", "*2", "Note"), at most NAME_CHARS characters
NAME_CHARS = 48
_LINE = re.compile(r"^(?P<name>[^\d:：※*†#(（][^:：]{1,%d}?)\s*[:：]\s*(?P<rest>\S.*)$" % NAME_CHARS)
# a note, a source, or a reference ("Page: 12", "Version: 3", "GRI: 305"): no figure's name
_NOT_NAMES = re.compile(r"^(?:notes?|sources?|remarks?|units?|pages?|pp?\.?|version|edition|tel|phone|fax|codes?|ref(?:erence)?|"
                        r"id|sdgs?|gri|articles?|sections?|chapters?|figures?|fig\.?|tables?|注|出典|備考|単位|来源|备注|单位|"
                        r"ページ|頁|页)\.?(?:\s*\d{1,3})?\.?$", re.I)
_TAIL_BRACKET = re.compile(r"\s*[(（](?P<inner>[^()（）]{1,40})[)）]\s*$")
# items: "、", ";", a comma not inside a figure ("1,238")
_SPLIT = re.compile(r"\s*(?:、|；|;|[,，](?!\d{3}))\s*")
_ITEM = re.compile(r"^(?P<sub>[^\d\s:：%％、,，()（）](?:[^\d:：%％、,，()（）]{0,22}[^\d\s:：%％、,，()（）])?)?\s?"
                   r"(?P<num>(?:\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.\d+)?)\s?"
                   r"(?P<unit>%|％|[^\d\s:：()（）](?:[^:：()（）]{0,14}?[^\s:：()（）])??)?(?P<verb>開催|参加|実施|受講|達成|取得)?$")
_FISCAL = re.compile(r"(?:(?<!\d)((?:19|20)\d{2})\s*年度|\bFY\s?((?:19|20)\d{2})\b|\bfiscal\s+(?:year\s+)?((?:19|20)\d{2})\b)",
                     re.I)
_PLAIN = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")
_COLON = re.compile(r"[:：]")
_YEARLIKE = re.compile(r"^(?:19|20)\d{2}$")
# the text of a paragraph holds a named figure: a colon with a figure soon after it
_HINT = re.compile(r"[:：][^:：]{0,40}?\d")


@dataclass(frozen=True)
class Figure:
    sub: str      # the word glued before the figure ("単体", "head office"), or ""
    raw: str      # the figure as printed with its unit ("9.5%")
    value: float
    unit: str


@dataclass(frozen=True)
class NamedLine:
    name: str
    figures: tuple[Figure, ...]
    year: int | None      # a fiscal year the closing bracket names


def named_line(text: str) -> NamedLine | None:
    """The name and figures of a "name：value" line, else None (abstain)."""
    m = _LINE.match(_BULLET.sub("", text.strip()))
    if m is None or _NOT_NAMES.match(m["name"].strip()):
        return None
    rest, year = m["rest"].strip().rstrip(".。;；"), None     # a list item's closing full stop
    if b := _TAIL_BRACKET.search(rest):
        rest = rest[:b.start()]
        y = _FISCAL.search(b["inner"])
        year = int(next(g for g in y.groups() if g)) if y else None
    figures = []
    for item in _SPLIT.split(rest.strip()):
        f = _figure(item)
        if f is None:
            return None
        figures.append(f)
    name = m["name"].strip()
    return NamedLine(name, tuple(figures), year) if figures and re.search(r"[^\W\d_]", name) else None


def _figure(item: str) -> Figure | None:
    m = _ITEM.match(item.strip())
    if m is None:
        return None
    unit = (m["unit"] or "").translate(_PLAIN)    # a gas's subscript written plain, as table units are ("t-CO2e")
    if unit and unit not in "%％" and not known_unit(unit):
        return None
    parsed = parse_value(m["num"])
    if parsed is None or parsed.value is None or not unit and _YEARLIKE.match(m["num"]):
        return None     # "Date: 2021": a year, no figure
    raw = item.strip()[m.start("num"):m.end("unit") if m["unit"] else m.end("num")]
    return Figure((m["sub"] or "").strip(), raw, parsed.value, unit)


def line_facts(text: str, path: str, *, page: int | None, line: int | None, year: int | None,
               section: str | None) -> list[Fact]:
    """The table facts of one "name：value" line standing under `path` (a cell's row, a list's heading: may be
    empty); [] when the line is no such line."""
    named = named_line(text)
    if named is None:
        return []
    head = " > ".join(p for p in (path, named.name) if p)
    return [Fact(value=f.value, raw=f.raw, unit=f.unit, year=named.year or year,
                 label=f"{head} > {f.sub}" if f.sub else head, source="table", line=line, page=page,
                 section=section) for f in named.figures]


def list_facts(doc: Document, block: Paragraph, year: int | None, section: str | None) -> list[Fact]:
    """The facts of a paragraph's printed lines that are "name：value" lines (a bullet list of results set
    as prose)."""
    if not _HINT.search(block.text):
        return []
    out: list[Fact] = []
    lines = _lines_of(doc, block)
    for k, (text, line) in enumerate(lines):
        if k and _continues(lines[k - 1][0], text):
            continue    # "… identified 5,145 cases" over "of shortcomings, Of these, 258 cases remain open: 212": prose
        facts = line_facts(text, "", page=block.page, line=line, year=year, section=section)
        if facts and k + 1 < len(lines) and _runs_on(facts[-1].unit, lines[k + 1][0]):
            continue    # "Scope 1&2: 16.5Mt" over "CO2e": the figure's unit runs on, the line is not whole (abstain)
        out += facts
    return out


# a line ending a sentence, a list item or a heading: the next line may be a name of its own
_ENDS = re.compile(r"[.。!?！？:：;；)）]\s*$")


def _continues(before: str, text: str) -> bool:
    """Does the printed line go on with the sentence of the line before it: that line ends no sentence and
    this one opens in lower case (a wrapped sentence, no list item's name)?"""
    first = text.lstrip()[:1]     # a bullet opens a list item
    return bool(before.strip()) and not _ENDS.search(before) and first.isalpha() and first.islower()


def _runs_on(unit: str, nxt: str) -> bool:
    """Does the next printed line go on with the last figure's unit ("Mt" + "CO2e …", "" + "m3")?"""
    words = nxt.split()
    return bool(words) and not _COLON.search(words[0]) and (known_unit(f"{unit} {words[0]}".strip())
                                                            or bool(unit) and known_unit(unit + words[0]))


def _lines_of(doc: Document, block: Paragraph) -> list[tuple[str, int | None]]:
    """The printed lines the paragraph was joined from (text, line number): the document's lines of its page
    (PDF) or from its first line on (text) whose text the paragraph holds."""
    if doc.kind == "pdf":
        by_page = per_doc(doc, "lines_by_page", lambda: _by_page(doc))
        return [(t, None) for t in by_page.get(block.page, ()) if t.strip() and t.strip() in block.text]
    out = []
    start = (block.line or 1) - 1
    for tl in doc.lines[start:start + 2 + block.text.count(" ")]:   # lines are joined with a space: no more than these
        if tl.text.strip() and tl.text.strip() in block.text:
            out.append((tl.text, tl.line))
        elif out:
            break
    return out


def _by_page(doc: Document) -> dict[int | None, list[str]]:
    out: dict[int | None, list[str]] = {}
    for tl in doc.lines:
        out.setdefault(tl.page, []).append(tl.text)
    return out


def without_named(own: list[Fact], named: list[Fact]) -> list[Fact]:
    """The prose reader's facts of a paragraph less those its named lines give (the same figure)."""
    taken = {f.value for f in named}
    return [f for f in own if f.value not in taken]
