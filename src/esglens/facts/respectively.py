""""A and B rose by 3% and 5%, respectively": the k-th figure belongs to the k-th thing listed.

Rule `respectively.paired`: the figures in a row right before "respectively" take, in order, the last as many
items of the list before them, each with the words the list shares ("energy and emission intensity per
litre": "energy intensity per litre"; "emissions of SO2 and NOx": "emissions of NOx") and the predicate
("were reduced by"). Rule `respectively.unpaired`: two or more figures and no list of as many items before
them ("The intensity improved by 4% and 14%, respectively": the list is in another sentence) — no fact.
One figure ("cut X, Y and Z by 1%, respectively") is every item's, as read.
"""
from __future__ import annotations

import re

from ..model import Fact
from ..core.opening import opening

_RESPECTIVELY = opening(re.compile(r"\brespectively\b", re.I))
_GAP = re.compile(r"^[^\d;:.]{0,40}$")   # between two figures of the row: "% and ", " times, ", " tonnes or "
_JOINED = re.compile(r",|\b(?:and|or)\b", re.I)
_SPLIT = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", re.I)
_PREDICATE = re.compile(r"\b(?:is|are|was|were|has|have|had|stood|accounted|amounted|reached|totall?ed|rose|fell|grew|"
                        r"increased|decreased|dropped|declined|improved|reduced|came|by)\b", re.I)
_PREPOSITION = re.compile(r"\b(?:of|per|in|for|from|at|on)\b", re.I)
_DETERMINER = re.compile(r"^(?:the|our|its|their|his|her|total|overall)\s+", re.I)


def pair(sentence: str, facts: list[Fact]) -> list[Fact]:
    """The sentence's facts with the figures of a "respectively" row named by their own items."""
    word = _RESPECTIVELY.search(sentence)
    if word is None or len(facts) < 2 or any(">" in f.label for f in facts):
        return facts
    row = _row(sentence, facts, word.start())
    if len(row) < 2:
        return facts
    first = sentence.find(facts[row[0]].raw)
    items, predicate = _items(sentence[:first], len(row))
    if items is None:
        return [f for k, f in enumerate(facts) if k not in row]   # respectively.unpaired
    for k, item in zip(row, items):
        facts[k].label = f"{item} {predicate}".strip()
    return facts


def _row(sentence: str, facts: list[Fact], before: int) -> list[int]:
    """Indexes of the facts whose figures stand in a row ending right before "respectively"."""
    at, spans = 0, []
    for f in facts:
        i = sentence.find(f.raw, at)
        spans.append((i, i + len(f.raw)))
        at = i + len(f.raw) if i >= 0 else at
    row: list[int] = []
    end = before
    for k in range(len(facts) - 1, -1, -1):
        s, e = spans[k]
        if s < 0 or s >= before:
            continue
        gap = sentence[e:end]
        if not _GAP.match(gap) or (row and not _JOINED.search(gap)):
            break
        row.insert(0, k)
        end = s
    return row


def _items(head: str, k: int) -> tuple[list[str] | None, str]:
    """The k items of the list before the figures, each completed by the words they share, and the
    predicate after the list; (None, "") when the head holds no list of k items."""
    head = re.sub(r"\s*\([^()]*\)", "", head).strip()
    head = head[head.rfind(":") + 1:].strip() if ":" in head else head
    parts = [p for p in _SPLIT.split(head) if p]
    if len(parts) < k:
        return None, ""
    items = parts[-k:]
    verb = _PREDICATE.search(items[-1])
    predicate = items[-1][verb.start():] if verb else ""
    items[-1] = items[-1][: verb.start()].strip() if verb else items[-1]
    if not all(items) or any(len(i.split()) > 12 for i in items):
        return None, ""
    first, last = items[0], items[-1]
    own, whole = _DETERMINER.sub("", first).split(), last.split()
    if (len(own) == 1 or (own and own[0] == whole[0])) and len(whole) > len(own) and not _PREPOSITION.search(first):
        shared = " ".join(whole[len(own):])   # "energy and emission intensity": both are intensities; "Scope 1 and
        items = [f"{i} {shared}" for i in items[:-1]] + [last]   # Scope 2 emissions": both emissions (h103: "The energy")
    elif (p := list(_PREPOSITION.finditer(first))) and not _PREPOSITION.search(last):
        lead = first[: p[-1].end()]   # "emissions of SO2 and NOx": NOx's emissions
        items = [first] + [f"{lead} {i}" for i in items[1:]]
    elif (p2 := _PREPOSITION.search(last)) and not _PREPOSITION.search(first):
        tail = last[p2.start():]   # "energy intensity and emission intensity per rupee": both per rupee
        items = [f"{i} {tail}" for i in items[:-1]] + [last]
    return items, predicate
