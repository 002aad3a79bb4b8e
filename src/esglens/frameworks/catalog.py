"""Framework catalogs: the YAML files under esglens/data/frameworks, read once."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from ..core import vocab


@dataclass(frozen=True)
class Item:
    framework: str
    code: str
    label: str
    kind: str                      # quantitative | qualitative
    requirement: str
    metrics: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    articles: tuple[int, ...] = ()
    topic_keywords: tuple[str, ...] = ()   # the GRI topic standard's words: weaker than the item's own


@dataclass(frozen=True)
class Catalog:
    framework: str
    name: str
    version: str | None
    families: tuple[str, ...]
    items: tuple[Item, ...]
    topics: dict = field(default_factory=dict, hash=False, compare=False)
    topic_aliases: dict = field(default_factory=dict, hash=False, compare=False)


def _item(fw: str, raw: dict, topics: dict) -> Item:
    # GRI items share their topic standard's keywords
    topic = topics.get(str(raw["code"]).split("-")[0]) or {}
    return Item(topic_keywords=tuple(topic.get("keywords") or ()), framework=fw, code=str(raw["code"]), label=str(raw["label"]), kind=raw.get("kind", "qualitative"),
                requirement=str(raw.get("requirement", "")),
                metrics=tuple(raw.get("metrics") or ()), keywords=tuple(raw.get("keywords") or ()),
                aliases=tuple(raw.get("aliases") or ()), articles=tuple(int(a) for a in raw.get("articles") or ()))


@cache
def catalogs() -> tuple[Catalog, ...]:
    """Every framework catalog shipped with the package, in a stable order."""
    out = []
    for _name, raw in vocab.load_all("frameworks"):
        fw = raw["framework"]
        topics = {str(k): v for k, v in (raw.get("topics") or {}).items()}
        out.append(Catalog(framework=fw, name=raw.get("name", fw), version=raw.get("version"),
                           families=tuple(raw.get("families") or (fw,)),
                           items=tuple(_item(fw, it, topics) for it in raw["items"]),
                           topics=topics,
                           topic_aliases={str(k): str(v) for k, v in (raw.get("topic_aliases") or {}).items()}))
    return tuple(out)


def family(name: str | None) -> str:
    """'SZSE-17' -> 'SZSE', 'SDGs' -> 'SDG', 'ISSB' -> 'IFRS' (the scorer's notion of a framework family)."""
    m = re.match(r"[A-Za-z]+", str(name or ""))
    fam = m.group(0).upper() if m else ""
    return {"SDGS": "SDG", "ISSB": "IFRS"}.get(fam, fam)


def catalog_for(framework: str | None) -> Catalog | None:
    """The catalog an index entry's framework belongs to (SSE-14 entries use the SZSE-17 catalog)."""
    fam = family(framework)
    if fam == "IFRS" and framework and re.search(r"S1\b", framework):
        return None
    for cat in catalogs():
        if fam in cat.families:
            return cat
    return None
