"""The unit cell before a row's values, and units a row's label states (label paths: tables/label_stack.py).

- the cell just before the values is the unit when it reads as a unit; else a unit in the
  label's brackets, else the header's.
"""
from __future__ import annotations

import re

from ..core.numbers import is_not_disclosed, parse_value, split_markers
from ..core.units import parse_unit, rate_formula
from .label_stack import LabelStack, is_group_row  # noqa: F401  (read from here by tables.interpret)
from .units import is_count_head, is_unit_tail, looks_like_unit, trailing_unit, unit_begun_in_label, unit_first, unit_in_parentheses
from ..core.memo import kept

# bracketed words that say what is counted, not how much ("Petrol (vehicles)")
COUNT_NOUNS = {"vehicle", "vehicles", "site", "sites", "project", "projects", "household", "households",
               "unit", "units", "set", "sets", "item", "items", "class", "classes", "case", "cases"}


def _numeric(cell: str) -> bool:
    p = parse_value(cell)
    return p is not None and p.value is not None and not p.unit


def split_unit_cell(label_cells: list[tuple[int, str]], run, header,
                    positioned: bool = False) -> tuple[list[tuple[int, str]], str, list]:
    """The unit cell just before the values (or a "/" standing in the unit column): the label
    cells without it, the unit, and the run (a "/" read as a value is the unit column's, unless
    the values were read by position under the year columns)."""
    unit = ""
    if run and header and header.unit_col is not None and (positioned or _under_years(run, label_cells, header)):
        at = [c for i, c in label_cells if i == header.unit_col]
        if _unit_one_column_on(label_cells, header.unit_col):
            return label_cells[:-1], label_cells[-1][1], run
        # a number under the unit header is a value: that header is not this row's
        if at and len(label_cells) > 1 and not _numeric(at[0]):
            # the cell under the unit header is the unit as printed, whatever it says ("Complaint",
            # "Participants", "/"); a dash there says the row has no unit
            unit = "" if is_not_disclosed(at[0]) and at[0] != "/" else at[0]
            cells = [(i, c) for i, c in label_cells if i != header.unit_col and c != "/"]
            return (*_unit_begun(cells, unit), run)
    if run and label_cells and header and header.unit_col is not None and header.unit_col not in dict(label_cells):
        got = _unit_in_label_cell(label_cells)
        if got is not None:   # the unit column's cell is empty: the unit was read into the label cell
            return got[0], got[1], run
    if run and label_cells:
        ui, uc = label_cells[-1]
        if (looks_like_unit(uc) or rate_formula(uc) or (header and header.unit_col is not None and uc == "/"
                                                       and len(label_cells) > 1)) and len(label_cells) > 1:
            unit = uc
            label_cells = label_cells[:-1]
        elif len(label_cells) == 1 and looks_like_unit(uc) and header and header.unit_col is not None \
                and ui >= header.unit_col:
            # a row that has only a unit, in the unit column: its label is inherited (rare)
            unit, label_cells = uc, []
    if (run and not unit and not positioned and run[0][2].value is None and header and header.unit_col is not None
            and header.years and len(run) == len(header.years) and label_cells
            and not looks_like_unit(label_cells[-1][1])):
        # "/" standing in the unit column: the row has one value fewer than the header's years
        unit = run[0][1]
        run = run[1:]
    return [(i, c) for i, c in label_cells if c != "/"], unit, run


def _unit_one_column_on(label_cells: list[tuple[int, str]], unit_col: int) -> bool:
    """The unit heading was placed one label column short of its cells (a heading read by its indent, the
    cells by their text column): under it a name that is no unit, and the last label cell, right of it and
    just before the values, a unit ("Course | Unit" over "Night drills | persons")."""
    if not label_cells:
        return False
    (i, last), under = label_cells[-1], dict(label_cells).get(unit_col, "")
    return bool(under) and i == unit_col + 1 and looks_like_unit(last) and not looks_like_unit(under) \
        and not _numeric(under) and not is_not_disclosed(under)


def _unit_begun(cells: list[tuple[int, str]], unit: str) -> tuple[list[tuple[int, str]], str]:
    """The unit cell holds only the end of a unit ("CO2 equivalent", "equivalent") whose first
    line was read into the label cell: the unit made whole, the label without it."""
    if not cells or not is_unit_tail(unit):
        return cells, unit
    found = unit_begun_in_label(cells[-1][1], unit)
    if found is None:
        return cells, unit
    return [*cells[:-1], (cells[-1][0], found[0])], found[1]


def _unit_in_label_cell(label_cells: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], str] | None:
    """The label cells and the unit read into the last of them (its unit column empty): the whole one
    cell ("trillion yen | | 2.1", set a column early) or a unit glued after the label's words."""
    if len(label_cells) == 1 and _measuring_unit(label_cells[0][1]):
        return [], label_cells[0][1]
    glued = glued_unit(label_cells[-1][1])
    if not glued:
        return None
    i, text = label_cells[-1]
    return [*label_cells[:-1], (i, text[: len(text) - len(glued)].rstrip())], glued


def _measuring_unit(text: str) -> bool:
    """The whole text is a unit that measures (a scale and a currency, a mass ...), not a counted noun."""
    p = parse_unit(text) if looks_like_unit(text) else None
    return p is not None and p.dim not in (None, "count")


def glued_unit(text: str) -> str:
    """A unit of measure at the end of a label cell, after the label's own words
    ("... (“location-based”)¹⁰ Tonnes"): only units that measure (mass, energy ...), never a
    counted noun ("Number of vehicles")."""
    u = trailing_unit(text)
    if not u or len(u) >= len(text.strip()) or unit_in_parentheses(text) == u:
        return ""
    p = parse_unit(u)
    return u if p is not None and p.dim not in (None, "count") else ""


def _under_years(run, label_cells, header) -> bool:
    """The row's values stand in the header's year columns and no label cell does: its cells line
    up with the header's, so the cell under the unit heading is this row's unit."""
    cols = {i for i, _, _ in header.years}
    return bool(cols) and all(i in cols for i, _, _ in run) and all(i not in cols for i, _ in label_cells)


def own_labels(label_cells: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], list[str]]:
    """Label cells without their footnote markers and legend keys, and the markers."""
    own, notes = [], []
    for i, c in label_cells:
        text, n = split_markers(c)
        notes += n
        own.append((i, without_legend_key(text)))
    return own, notes


# a chart legend's key printed before a row's name: a coloured square, a dot, a diamond ("■ Individuals");
# a list's dash or bullet before an item set under its group row
_LEGEND_KEY = re.compile(r"^(?:[■□▪▫◼◻●○◆◇▲△▼▽►▶◾◽⬛⬜]\s*|[–—•]\s+)(?=\S)")   # and a list dash or bullet ("– Iron ore")


def without_legend_key(text: str) -> str:
    return _LEGEND_KEY.sub("", text)


# a substance's formula in a label's brackets names what is measured, not the unit: "(CO2)", "(N2O)"
_SUBSTANCE = re.compile(r"(?:CO[2₂]e?q?|CH[4₄]|N[2₂]O|HFCs?|PFCs?|SF[6₆]|NF[3₃]|NOx|SOx|VOCs?|PM\s?[\d.]*)", re.I)


_IN_TAIL = re.compile(r"\bin\s+(?=([^()\d][^()]{0,39})$)")
_DETERMINER = re.compile(r"(?:the|a|an|this|that|each|every|our|its)\s", re.I)


_LEADING_IN = re.compile(r"^in\s+", re.I)
# a phrase after the unit that says how the figure is counted: "in kCHF according to the CEA"
_AFTER_UNIT = re.compile(r"\s+(?:according to|as per|based on|under|excluding|including)\s.*$", re.I)


@kept(maxsize=16384)   # (asked per cell of a row)
def label_unit(label: str) -> str:
    """The unit a label states: in its last bracket that holds one ("Water (m³)", "(in kilolitres)"),
    or after a closing "in" ("Total electricity consumption in Gigajoules")."""
    u = unit_in_parentheses(label) or ""
    if not u:   # the last "in" that a unit follows: "Spend in non-OECD countries in € billion"
        tails = [m.group(1) for m in _IN_TAIL.finditer(label.strip())
                 if not _DETERMINER.match(m.group(1))]   # "in the year": when, not a unit
        u = next((q for t in reversed(tails) if looks_like_unit(q := _AFTER_UNIT.sub("", t))), "")
    u = _LEADING_IN.sub("", u.strip())
    return "" if _SUBSTANCE.fullmatch(u) else u


def named_unit(label: str, context: str = "") -> str:
    """A unit the label's words name without brackets: a head count's "FTE"/"HC" ("Average workforce FTE",
    "Employees in FTE per end of December", "Temporary positions (HC)" among people's figures), or the unit of
    time its name ends with ("Education and training days"). Weaker than a printed unit: read after the
    units of the rows above. "HC" is a head count only where the label or its `context` speaks of people
    ("Hydrocarbons (HC)" is no head count)."""
    if (m := _HEAD_UNIT.search(label.strip())) and (
            "HC" not in m.group(0) or _PEOPLE.search(f"{label} {context}")):
        return next(g for g in m.groups() if g)
    if u := share_unit(label):
        return u
    m = _TIME_LAST.search(label.strip())
    return m.group(1) if m else ""


# a head-count unit printed as the label's last word, upper case ("Workforce end of year FTE", "Staff HC")
_HEAD_UNIT = re.compile(r"(?<=\w)\s+(FTEs?|HC)$|\bin\s+(FTEs?|HC)\b|\((FTEs?|HC)\)")
_PEOPLE = re.compile(r"headcount|employ|staff|personnel|workforce|people|gender|\bwom[ae]n\b|\bm[ae]n\b|"
                     r"\bfemale|\bmale\b|positions?\b|management|managers?\b|apprentices?|trainees?", re.I)
# a label naming its figure a percentage of a whole: "covered as a % of total", "as a percentage of revenue"
_SHARE_OF = re.compile(r"\bas an?\s+(?:%|％|percentage|per\s?cent)\s+of\b", re.I)
# a column named by the percent sign and how it is worked out: "% (B / A)", "％"
_PERCENT_FIRST = re.compile(r"^\s*[%％]\s*(?:[(（][^()（）]*[)）])?\s*$")
# a label naming an amount of time by its unit, last or before the verb that spent it: "Training days",
# "Overtime hours", "Lost man-days", "Total productive hours performed"
_TIME_LAST = re.compile(r"(?<=\w)\s+(days|hours|man-days|man-hours|person-days|person-hours)"
                        r"(?:\s+(?:performed|worked|spent|delivered|completed|recorded|taken))?$", re.I)


def share_unit(text: str) -> str:
    """"%" for a name that calls its figure a percentage of a whole ("No. of members covered as a % of all
    members", a row's label or a column's name) or is the percent sign and its formula ("% (Y / X)"); else ""."""
    return "%" if _SHARE_OF.search(text) or _PERCENT_FIRST.match(text) else ""


def unit_fallback(own, run, header, parents: list[str] | None = None) -> str:
    """No unit cell: a unit inside the value ("84%"), in the label ("(m³)", "in GJ"), or in a group
    label above the row ("Water withdrawal by source (in kilolitres)" over "(i) Surface water")."""
    in_cell = {p.unit for _, _, p in run if p.unit}
    if len(in_cell) == 1:
        return ""  # the cell's own unit is used per value
    for text in [c for _, c in reversed(own)] + list(reversed(parents or [])):   # "Stub (unit) | Category" too
        u = label_unit(text)
        if u and not (header and header.unit_hint and u.lower() in COUNT_NOUNS):
            return u   # "Petrol (vehicles)" under "Energy (kWh'000)": the bracket says what, not how much
    if own and (u := named_unit(own[-1][1], " ".join(parents or [])) or unit_first(own[-1][1])):
        return u   # ... or the unit the name opens with: "Gigajoules of renewable energy"
    if own and not (header and (header.unit_col is not None or header.unit_hint or _counting_stub(header))):
        return counted_noun(own[-1][1])
    return ""


# "Number of chemical spill incidents": a count named by its label, up to four words, no clause
_NUMBER_OF = re.compile(r"^(?:total\s+)?number\s+of\s+", re.I)
_COUNTED = re.compile(r"^(?:[\w'’-]+\s+){0,3}([^\W\d_][\w'’-]*s)$")
_NOT_NOUN = re.compile(r"\b(?:who|which|that|for|with|in|on|at|by|from|to|under|per|of|and|or)\b", re.I)


def _counting_stub(header) -> bool:
    """A stub header that says the rows are counts ("Number of Employees" over the years): it names no
    unit and neither do the rows' counted nouns under it."""
    return is_count_head(next((c for c in header.cells if c.strip()), ""))


# "Days lost due to illness", "Hours worked by contractors": a label that starts with its unit of time
_TIME_FIRST = re.compile(r"^(days|hours|man-days|man-hours|person-days|person-hours)\s+(?:lost|worked|of absence|"
                         r"absent|missed|of (?:work|leave|sick leave|training))\b", re.I)


def counted_noun(label: str) -> str:
    """The counted noun of a "Number of ..." label, in a table that prints no unit: the label's
    last word ("incidents"); none when a clause or preposition follows the noun. A label that starts
    with a unit of time and what was spent ("Days lost due to illness") is measured in it."""
    if m := _TIME_FIRST.match(label.strip()):
        return m.group(1)
    head = _NUMBER_OF.match(label.strip())
    tail = label.strip()[head.end():] if head else ""
    if head and (q := _QUALIFIED.match(tail)):
        return q.group(1)    # "Number of cases of joint research": a counting word, what it counts after "of"
    m = _COUNTED.match(tail)
    return m.group(1) if m and not _NOT_NOUN.search(tail) else ""


_QUALIFIED = re.compile(r"^([^\W\d_][\w'’-]*s)\s+of\s+(?!which\b|whom\b)\S", re.I)


def unit_of_group(label_cells: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], str]:
    """A label-only row whose last cell is a unit or a rate's formula ("Process safety events | (number)"):
    the group's label cells and the unit its rows are measured in; else the cells and ""."""
    if len(label_cells) == 2 and (looks_like_unit(label_cells[1][1]) or rate_formula(label_cells[1][1])):
        return label_cells[:1], label_cells[1][1]
    return label_cells, ""
