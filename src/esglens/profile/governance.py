"""ESG governance bodies, what each does, and whom each reports to."""
from __future__ import annotations

import re

from ..model import Document
from .text import Unit, cells, loc, rx, squash, tables, vocab

_ESG = r"\bESG\b|climate|sustainab|environmental, social|carbon"
_ROLES = [("highest responsibility", r"highest|ultimate|overall responsib|fully take charge"),
          ("decision-making", r"decision|decides|make decisions|formulat"),
          ("oversight", r"supervis|oversee|oversight|monitor|review"),
          ("execution", r"execut|implement|promot|carry(?:ing)? out|primary executor")]


def _body_rx() -> re.Pattern:
    alts = "|".join(f"(?:{p})" for p in vocab()["governance_bodies"])
    return rx(rf"(?<![\w])(?:{alts}|(?-i:Board)\b(?! of Supervisors))")


def canonical(name: str) -> str:
    n = squash(name)
    n = re.sub(r"^Environmental, Social and Governance(?: \(ESG\))?", "ESG", n)
    n = re.sub(r"^board(?: of directors)?$", "Board of Directors", n, flags=re.I)
    return n


def governance(doc: Document, units: list[Unit]) -> list[dict]:
    body_rx = _body_rx()
    bodies: dict[str, dict] = {}
    esg = rx(_ESG).search
    sections: dict[str, bool] = {}   # a section's heading is read once, not once per sentence under it
    texts = [(u.text, u) for u in units if esg(u.text) or _esg_section(u.section, sections, esg)]
    for t in tables(doc):
        for r in t.rows:
            cs = [c for c in cells(r) if c]
            if len(cs) >= 2 and body_rx.fullmatch(cs[0].strip()) and not body_rx.match(cs[1].strip()):
                texts.append((f"{cs[0].strip()}: {' '.join(cs[1:])}", r))
    for text, where in texts:
        found = [(m.start(), m.end(), canonical(m[0])) for m in body_rx.finditer(text)]
        for _, _, name in found:
            if name not in bodies:
                bodies[name] = {"body": name, "role": None, "description": None, "reports_to": None, **loc(where)}
        _describe(text, where, found, bodies)
        _relate(text, where, found, bodies)
    # A body only named in passing is not part of the structure: keep those with a role or a relation.
    linked = {b["reports_to"] for b in bodies.values() if b["reports_to"]}
    return [b for b in bodies.values() if b["description"] or b["reports_to"] or b["body"] in linked]


def _esg_section(section: str, seen: dict[str, bool], esg) -> bool:
    if section not in seen:
        seen[section] = esg(section) is not None
    return seen[section]


def _describe(text: str, where, found: list, bodies: dict) -> None:
    if not found or found[0][0] > 4:
        return
    start, end, name = found[0]
    rest = text[end:].lstrip(" :：-–)")
    if not rx(r"^(?:\(|is |are |serves |oversees|takes|holds|responsible|make|review|fully|under|it |plays|,)").search(rest):
        return
    b = bodies[name]
    if b["description"] is None:
        b["description"] = squash(text)[:300]
        b["role"] = next((label for label, p in _ROLES if rx(p).search(rest)), None)
        b.update(loc(where))


def _under(text: str, found: list, set_rel) -> None:
    """"A under the management of B", "Under the Board, there are A and B": B is the parent."""
    for m in rx(r"\bunder(?: the (?:management|supervision|leadership|guidance) of)?\s+(?:the\s+)?").finditer(text):
        parents = [f for f in found if m.end() - 1 <= f[0] <= m.end() + 2]
        if not parents:
            continue
        parent = parents[0][2]
        if m.start() <= 1:  # "Under the Board, there are A and B": the children follow
            if not rx(r"there (?:is|are)|(?:has|have) (?:set up|established)|consist").search(text):
                continue
            children = [f for f in found if f[0] > parents[0][1]]
        else:
            clause_start = max(text.rfind(x, 0, m.start()) for x in (".", ";", ":", "，"))
            children = [f for f in found if clause_start < f[0] and f[1] <= m.start()]
            children = children[-2:] if len(children) > 1 and " and " in text[children[-2][1]:children[-1][0]] else children[-1:]
            if not children and found[0][1] <= m.start():  # "A: Under the management of B, it ..."
                children = [found[0]]
        for c in children:
            set_rel(c[2], parent)


def _relate(text: str, where, found: list, bodies: dict) -> None:
    def set_rel(child: str, parent: str) -> None:
        if child != parent and bodies[child]["reports_to"] is None:
            bodies[child]["reports_to"] = parent
            bodies[child]["relation_line"] = loc(where).get("line")

    # "A, B and C" tiers listed top-down: "a three-tier structure consisting of A, B and C".
    m = rx(r"(?:tier|level|layer|structure)\w*[^.]{0,60}?(?:consisting of|composed of|comprising)\s").search(text)
    if m:
        after = [f for f in found if f[0] >= m.end()]
        for upper, lower in zip(after, after[1:]):
            set_rel(lower[2], upper[2])
    _under(text, found, set_rel)
    for m in rx(r"\breports? (?:\w+ ){0,3}to (?:the )?").finditer(text):
        parents = [f for f in found if m.end() - 1 <= f[0] <= m.end() + 2]
        before = [f for f in found if f[1] <= m.start()]
        if parents and before:
            set_rel(before[0][2] if len(before) == 1 else before[-1][2], parents[0][2])
    for f in found:
        if rx(r"^\s*of the Board\b").match(text[f[1]:]) and "Committee" in f[2]:
            set_rel(f[2], "Board of Directors") if "Board of Directors" in bodies else None
