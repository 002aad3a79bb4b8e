"""Row labels as paths and the unit cell before the values.

- blank leading cells inherit the labels above them (a stack of labels by column);
- a label-only row is a group for the rows that follow at its level ("By gender", "of which:");
  rows standing indented under a group belong to it until a row comes back to its column;
- the cell just before the values is the unit when it reads as a unit; else a unit in the
  label's brackets, else the header's.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..core.numbers import is_not_disclosed, split_markers
from .units import looks_like_unit, unit_in_parentheses

# bracketed words that say what is counted, not how much ("Petrol (vehicles)")
COUNT_NOUNS = {"vehicle", "vehicles", "site", "sites", "project", "projects", "household", "households",
               "unit", "units", "set", "sets", "item", "items", "class", "classes", "case", "cases"}


@dataclass
class LabelStack:
    """Labels in force by column, and the group row the current rows stand under."""
    stack: dict[int, str] = field(default_factory=dict)
    group: tuple[int, str] | None = None
    group_indented: bool = False     # the group's rows so far stood right of it

    def reset(self) -> None:
        self.stack, self.group, self.group_indented = {}, None, False

    def _cut(self, p: int, keep_group: bool = False) -> None:
        for k in [k for k in self.stack if k >= p]:
            if not (keep_group and self.group and k == self.group[0] and k == p):
                del self.stack[k]

    def open_group(self, p: int, text: str) -> list[str]:
        """A label-only row at column p: its path."""
        self._cut(p)
        self.stack[p] = text.rstrip(":：")
        self.group, self.group_indented = (p, self.stack[p]), False
        return [self.stack[k] for k in sorted(self.stack)]

    def path(self, own: list[tuple[int, str]], start: int) -> list[str]:
        """The label path of a value row whose own label cells are `own` (column, text)."""
        p = own[0][0] if own else start
        prefix = [self.stack[k] for k in sorted(self.stack) if k < p]
        g = self.group
        if g and g[0] == p and self.group_indented:
            # the group's rows stood indented under it; a row back at its column starts anew
            self._cut(p)
            self.group, g = None, None
            prefix = [self.stack[k] for k in sorted(self.stack) if k < p]
        if g and g[0] == p and (not prefix or prefix[-1] != g[1]):
            prefix = prefix + [g[1]]
        elif g and g[0] > p:
            self.group = g = None
        self.group_indented = bool(g) and (self.group_indented or p > g[0])
        self._cut(p, keep_group=True)
        for i, t in own:
            if not (g and i == g[0]):
                self.stack[i] = t
        return prefix + [t for _, t in own]


def split_unit_cell(label_cells: list[tuple[int, str]], run, header,
                    positioned: bool = False) -> tuple[list[tuple[int, str]], str, list]:
    """The unit cell just before the values (or a "/" standing in the unit column): the label
    cells without it, the unit, and the run (a "/" read as a value is the unit column's, unless
    the values were read by position under the year columns)."""
    unit = ""
    if run and header and header.unit_col is not None and (positioned or _under_years(run, label_cells, header)):
        at = [c for i, c in label_cells if i == header.unit_col]
        if at and len(label_cells) > 1:
            # the cell under the unit header is the unit as printed, whatever it says ("Complaint",
            # "Participants", "/"); a dash there says the row has no unit
            unit = "" if is_not_disclosed(at[0]) and at[0] != "/" else at[0]
            return [(i, c) for i, c in label_cells if i != header.unit_col and c != "/"], unit, run
    if run and label_cells:
        ui, uc = label_cells[-1]
        if (looks_like_unit(uc) or (header and header.unit_col is not None and uc == "/"
                                    and len(label_cells) > 1)) and len(label_cells) > 1:
            unit = uc
            label_cells = label_cells[:-1]
        elif len(label_cells) == 1 and looks_like_unit(uc) and header and header.unit_col is not None:
            # a row that has only a unit: its label is inherited (rare; keep it as unit)
            unit, label_cells = uc, []
    if (run and not unit and not positioned and run[0][2].value is None and header and header.unit_col is not None
            and header.years and len(run) == len(header.years) and label_cells
            and not looks_like_unit(label_cells[-1][1])):
        # "/" standing in the unit column: the row has one value fewer than the header's years
        unit = run[0][1]
        run = run[1:]
    return [(i, c) for i, c in label_cells if c != "/"], unit, run


def _under_years(run, label_cells, header) -> bool:
    """The row's values stand in the header's year columns and no label cell does: its cells line
    up with the header's, so the cell under the unit heading is this row's unit."""
    cols = {i for i, _, _ in header.years}
    return bool(cols) and all(i in cols for i, _, _ in run) and all(i not in cols for i, _ in label_cells)


def own_labels(label_cells: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], list[str]]:
    """Label cells without their footnote markers, and the markers."""
    own, notes = [], []
    for i, c in label_cells:
        text, n = split_markers(c)
        notes += n
        own.append((i, text))
    return own, notes


# a substance's formula in a label's brackets names what is measured, not the unit: "(CO2)", "(N2O)"
_SUBSTANCE = re.compile(r"(?:CO[2₂]e?q?|CH[4₄]|N[2₂]O|HFCs?|PFCs?|SF[6₆]|NF[3₃]|NOx|SOx|VOCs?|PM\s?[\d.]*)", re.I)


def label_unit(label: str) -> str:
    """The unit a label states: in its last bracket that holds one ("Water (m³)", "(in kilolitres)"),
    or after a closing "in" ("Total electricity consumption in Gigajoules")."""
    u = unit_in_parentheses(label) or ""
    if not u and (m := re.search(r"\bin\s+([^()\d][^()]{0,39})$", label.strip())) and looks_like_unit(m.group(1)):
        u = m.group(1)
    u = re.sub(r"^in\s+", "", u.strip(), flags=re.I)
    return "" if _SUBSTANCE.fullmatch(u) else u


def unit_fallback(own, run, header, parents: list[str] | None = None) -> str:
    """No unit cell: a unit inside the value ("84%"), in the label ("(m³)", "in GJ"), or in a group
    label above the row ("Water withdrawal by source (in kilolitres)" over "(i) Surface water")."""
    in_cell = {p.unit for _, _, p in run if p.unit}
    if len(in_cell) == 1:
        return ""  # the cell's own unit is used per value
    for text in ([own[-1][1]] if own else []) + list(reversed(parents or [])):
        u = label_unit(text)
        if u and not (header and header.unit_hint and u.lower() in COUNT_NOUNS):
            return u   # "Petrol (vehicles)" under "Energy (kWh'000)": the bracket says what, not how much
    return ""


def is_group_row(label_cells: list[tuple[int, str]]) -> bool:
    """One label, no digits: "By Gender", "of which:", a section name inside the table."""
    return len(label_cells) == 1 and not re.search(r"\d", label_cells[0][1])
