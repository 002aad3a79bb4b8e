"""Row labels as paths (tables/labels.py reads the unit cell before the values).

- blank leading cells inherit the labels above them (a stack of labels by column);
- a label-only row is a group for the rows that follow at its level ("By gender", "of which:");
  rows standing indented under a group belong to it until a row comes back to its column.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..core import vocab
from .enumerators import ENUM as _ENUM


# a total that names what it totals: "Total water discharged", "Total volume of water withdrawal (in kilolitres)"
_NAMED_TOTAL = re.compile(r"\s*total\s+\w", re.I)


# a total that names nothing but itself: "Total", "Total (A + B + C)", "Sub-total", "合計"
_BARE_TOTAL = re.compile(r"\s*(?:sub-?\s?total|total|合計|合计|小計|小计)\s*(?:\([^()]*\))?\s*[:：]?\s*$", re.I)


@dataclass
class LabelStack:
    """Labels in force by column, and the group row the current rows stand under. Group rows
    stacked one right under the other nest (a table's subject over its first breakdown), unless
    both are items of a numbered list; a group row after value rows at the same column takes the
    place of the innermost one only."""
    stack: dict[int, str] = field(default_factory=dict)
    group: tuple[int, str] | None = None
    group_indented: bool = False     # the group's rows so far stood right of it
    outer: list[str] = field(default_factory=list)   # groups stacked above the group, at its column
    after_group: bool = False        # the last row was a group row
    # groups that a group opened further right interrupted: (group, outer, indented), innermost last
    shallower: list = field(default_factory=list)
    last_item: bool = False          # the last value row at the group's column was an item of a numbered list

    def reset(self) -> None:
        self.stack, self.group, self.group_indented, self.outer, self.after_group = {}, None, False, [], False
        self.shallower, self.last_item = [], False

    def _cut(self, p: int, keep_group: bool = False) -> None:
        for k in [k for k in self.stack if k >= p]:
            if not (keep_group and self.group and k == self.group[0] and k == p):
                del self.stack[k]

    def _before(self, p: int) -> list[str]:
        """The labels in force left of column p (a group with its stacked outer groups)."""
        out: list[str] = []
        for k in sorted(self.stack):
            if k < p:
                if self.group and k == self.group[0]:
                    out += self.outer
                out.append(self.stack[k])
        return out

    def open_group(self, p: int, text: str, heads_group: bool = False) -> list[str]:
        """A label-only row at column p: its path. `heads_group`: the row right below is a group row at the
        same column too, so this one opens a block of groups ("Workers" over "Permanent" after the rows of
        "Employees" > "Permanent"): a peer of the outer group, not nested under it."""
        g = self.group
        if g is not None and p > g[0]:
            self.shallower.append((g, self.outer, self.group_indented))
        elif g is not None and p < g[0] and self.shallower:   # back from sub-rows further right
            self.group, g, self.outer = self._back_to(p)
            if g:
                self.stack[p] = g[1]
        same = g is not None and g[0] == p
        nest = same and self.after_group and not (_ENUM.match(g[1]) and _ENUM.match(text))
        outer = (self.outer + [g[1]]) if nest else (self.outer if same and not heads_group else [])
        self._cut(p)
        self.stack[p] = text.rstrip(":：")
        self.group, self.group_indented, self.outer, self.after_group = (p, self.stack[p]), False, outer, True
        return self._before(p) + outer + [self.stack[p]]

    def path(self, own: list[tuple[int, str]], start: int) -> list[str]:
        """The label path of a value row whose own label cells are `own` (column, text)."""
        p = own[0][0] if own else start
        self.after_group = False
        item = bool(own) and bool(_ENUM.match(own[0][1] + " "))
        if self.group and self.group[0] > p and self.shallower:
            # "(ii) To Groundwater" after "- No treatment" rows: back under the group they interrupted
            self.group, _, self.outer = self._back_to(p)
            self.group_indented = False
            if self.group:
                self.stack[p] = self.group[1]
        g = self.group
        bare = bool(own) and bool(_BARE_TOTAL.match(own[0][1]))
        # "Total water discharged" after the items "(i)" ... "(v)" of the group's list: the list is over
        list_over = self.last_item and bool(own) and bool(_NAMED_TOTAL.match(own[0][1])) and not bare
        if g and g[0] == p and ((self.group_indented and not bare) or list_over):
            # the group's rows stood indented under it; a row back at its column closes it: the row
            # stands under the groups stacked above it, if any, else starts anew. A bare "Total"
            # names nothing by itself: it is the group's total and keeps the group as parent
            g = self._close(p)
        prefix = self._before(p)
        if g and g[0] == p and (not prefix or prefix[-1] != g[1]):
            prefix = prefix + self.outer + [g[1]]
        elif g and g[0] > p:
            self.group, g, self.outer = None, None, []
        self.group_indented = bool(g) and (self.group_indented or p > g[0])
        subject = self._subject_right_of(p, own)
        self._cut(p, keep_group=True)
        for i, t in own:
            if not (g and i == g[0]):
                self.stack[i] = t
        self.last_item = item and g is not None and p == g[0]
        # ("連結" under "単体 | 男性": the subject stays, the scope is its level)
        return prefix + self._keep(subject) + [t for _, t in own]

    def _keep(self, labels: list[tuple[int, str]]) -> list[str]:
        for i, t in labels:
            self.stack[i] = t
        return [t for _, t in labels]

    def _subject_right_of(self, p: int, own: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """A row whose only label names a scope ("連結", "Consolidated") in a column left of the labels in force:
        those labels (the subject the scope row's cell spans from the row above), else none."""
        if len(own) != 1 or not scope_word(own[0][1]):
            return []
        return [(k, self.stack[k]) for k in sorted(self.stack) if k > p and not scope_word(self.stack[k])]

    def _close(self, p: int) -> tuple[int, str] | None:
        """The group at column p is over: the group stacked above it goes on, if any."""
        self._cut(p)
        self.group, self.outer = ((p, self.outer[-1]), self.outer[:-1]) if self.outer else (None, [])
        if self.group:
            self.stack[p] = self.group[1]
        return self.group


    def _back_to(self, p: int) -> tuple:
        """A row at column p after the rows of a group further right: the group at column p that group
        interrupted, when its own rows stood at its column (not indented under it); else none."""
        while self.shallower and self.shallower[-1][0][0] > p:
            self.shallower.pop()
        if self.shallower and self.shallower[-1][0][0] == p:
            g, outer, indented = self.shallower.pop()
            if not indented:
                return g, g, list(outer)
            if outer:   # its rows stood indented: a row back at its column closes it, the one above goes on
                return (p, outer[-1]), (p, outer[-1]), list(outer[:-1])
        return None, None, []


def scope_word(text: str) -> bool:
    """A label that only names the reporting scope (data/scope_levels.yaml): "連結", "Standalone"."""
    return text.strip(" :：()（）*").lower() in _scope_words()


@lru_cache(maxsize=1)
def _scope_words() -> frozenset[str]:
    return frozenset(str(w).lower() for w in vocab.load("scope_levels.yaml").get("scope_words") or ())


# a category's number inside its name: a capitalised word, a number of one or two digits, more words
_ITEM_NUMBER = re.compile(r"\b[A-Z][a-z]{1,9}\.?\s\d{1,2}\b(?=\s+[^\W\d_])")


def is_group_row(label_cells: list[tuple[int, str]]) -> bool:
    """One label that holds no number of its own: "By Gender", "of which:", a section name inside
    the table. Digits inside brackets or words ("Emissions (Scope 1) by gas:", "CO2 by source")
    name what is grouped; a label ending in a colon announces a group, digits or not."""
    if len(label_cells) != 1:
        return False
    text = label_cells[0][1].strip()
    if not re.search(r"\d", text):
        return True
    words = text.split()
    if len(words) > 12 or re.match(r"(?:note|source|\*|\d)", text, re.I):
        return False    # a note or a numbered line, not a group title
    bare = re.sub(r"\([^()]*\)|\[[^\[\]]*\]|（[^（）]*）", " ", text)     # bracketed parts
    bare = re.sub(r"\b[^\W\d_]+[\d.]*\d[^\W\d_]*\b", " ", bare)        # CO2, PM2.5, N2O
    bare = _ITEM_NUMBER.sub(" ", bare)      # "Cat 10 Processing", "Scope 3 emissions": an item's number
    return text.endswith((":", "：")) or not re.search(r"\d", bare)
