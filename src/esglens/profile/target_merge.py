"""When two target readings are one target restated: the same commitment printed in the summary, the chapter,
the table and the annex, with or without its baseline, with or without the word that says it is a cut."""
from __future__ import annotations

import re
from functools import lru_cache

from .text import norm_key

# what a net-zero commitment is about when the words after "net zero" say only that it is the company's
_NZ_GENERIC = {"", "carbon", "co2", "ghg", "greenhouse", "gas", "emissions", "emission", "business", "company",
               "organisation", "organization", "group", "target", "the", "our", "a", "in", "terms", "of", "operations"}
_NZ_OBJECT = re.compile(r"net[- ]zero\W+((?:[a-z0-9]+\s+){0,4}?)(?:by|before|until|in|across|for|at|from|target)\b", re.I)
_SCOPE_WORDS = re.compile(r"\b(?:entire|whole|the|our|its)\b\s*")
# words that say a target is one, not what it is of
_PLAIN = frozenset(("the our its their a an and or of to in on at by for from with we will aim aims plan plans want "
                    "wants target targets goal goals objective reduce reduction reducing cut cuts increase "
                    "increasing raise compared relative versus level levels base baseline year years than more "
                    "least over about around which this that these is are be been has have per cent percent "
                    "fiscal fy end new further also".split()))


def same(a: dict, b: dict) -> bool:
    """Is reading `b` a restatement of target `a`?"""
    if _restated_change(a, b):
        return True
    if a.get("kind") == b.get("kind") == "net_zero" and a.get("target_year") and a.get("target_year") == b.get("target_year") \
            and _agree(a, b, "metric") and _agree(a, b, "baseline_year") and _scopes_agree(a, b) \
            and net_zero_object(a["description"]) == net_zero_object(b["description"]):
        return True     # one net-zero commitment restated through the report ("net zero by 2050" in five places)
    if _yearless_net_zero(a, b):
        return True
    if any(a.get(k) != b.get(k) for k in ("metric", "kind", "target_value", "baseline_year")):
        return False
    if a.get("kind") == "absolute" and a.get("target_unit") not in (None, "%", "count") \
            and (a.get("target_unit"), a.get("target_year")) == (b.get("target_unit"), b.get("target_year")):
        return True     # "1 million tonnes a year by 2025" restated: an amount in its own unit is one target
    if a.get("target_year") != b.get("target_year"):
        # A restatement without the year ("the target ... will be achieved") is the same target.
        if None not in (a.get("target_year"), b.get("target_year")) or not a.get("scope") or a.get("scope") != b.get("scope"):
            return False
    if a.get("kind") == "net_positive" and a.get("target_year"):
        return True     # "water positive by 2030" and "AIM 5: net water positivity by 2030"
    return bool(a.get("metric")) or norm_key(a.get("scope") or "") == norm_key(b.get("scope") or "") != "" \
        or norm_key(a["description"])[:40] == norm_key(b["description"])[:40]


def _yearless_net_zero(a: dict, b: dict) -> bool:
    """"our goal of net zero across our direct operations" beside "net zero across our direct operations by
    2030": one commitment when exactly one reading names the year and both name the same metric and object."""
    if not (a.get("kind") == b.get("kind") == "net_zero") or bool(a.get("target_year")) == bool(b.get("target_year")):
        return False
    return bool(a.get("metric")) and a.get("metric") == b.get("metric") and _agree(a, b, "baseline_year") \
        and _scopes_agree(a, b) and net_zero_object(a["description"]) == net_zero_object(b["description"])


def _agree(a: dict, b: dict, key: str) -> bool:
    return not a.get(key) or not b.get(key) or a[key] == b[key]


def _scopes_agree(a: dict, b: dict) -> bool:
    """The same scope ("value chain" = "entire value chain"), or one reading names none ("net zero by 2025"
    beside "... across the value chain by 2025")."""
    sa, sb = (_SCOPE_WORDS.sub("", norm_key(t.get("scope") or "")) for t in (a, b))
    return sa == sb or not sa or not sb


def _restated_change(a: dict, b: dict) -> bool:
    """"Targets: 15% by 2025 (relative to 2018)" and "a 15% reduction by 2025": one percentage change of one
    thing by one year. A bare "100% by 2030" beside another bare one is not enough (renewable power and
    recyclable packaging): one of the two must read as a change, and what they are of must not differ."""
    pct = [t for t in (a, b) if t.get("target_unit") == "%" and t.get("kind") in ("percent", "absolute")]
    if len(pct) < 2 or "percent" not in (a.get("kind"), b.get("kind")):
        return False
    if a.get("target_value") != b.get("target_value") or not a.get("target_year") or a.get("target_year") != b.get("target_year"):
        return False
    if bool(a.get("annual")) != bool(b.get("annual")) or a.get("target_range") != b.get("target_range"):
        return False
    if not all(_agree(a, b, key) for key in ("baseline_year", "metric", "direction")) or not _scopes_agree(a, b):
        return False
    if a.get("metric") and a.get("metric") == b.get("metric"):
        return True
    # (one metric and none: "Reduce 15% of GHG emissions per m2 by 2025" is not "Reduce 15% of water use per
    # employee by 2025"; what each is of decides)
    # what each is of: the same words, or one reading names nothing ("and 50% by 2030 relative to 2018 levels")
    wa, wb = _object_words(a["description"]), _object_words(b["description"])
    return bool(wa & wb) or not wa or not wb


_PER = re.compile(r"\bper\s+(?:unit\s+of\s+)?[a-z0-9]+(?:\s+(?:night|area|hour|store|tonne|ton|unit|head|capita|day))?\b")
# words that all name greenhouse gas emissions
_GHG = re.compile(r"^(?:emissions?|ghg|greenhouse|co2|carbon|decarboni[sz]\w*|climate)$")


@lru_cache(maxsize=4096)
def _object_words(text: str) -> frozenset[str]:
    # what an intensity is per ("per guest night", "per employee") is not what it is of: two targets per
    # employee are not one target
    text = _PER.sub(" ", text.lower())
    words = {w for w in re.findall(r"[a-z][a-z0-9]+", text) if w not in _PLAIN and len(w) > 2}
    return frozenset("ghg" if _GHG.match(w) else w for w in words)


def dedupe(readings: list[dict]) -> list[dict]:
    """The readings in order, each restatement folded into the first reading of its target."""
    out: list[dict] = []
    for t in readings:
        twin = next((o for o in out if same(o, t)), None)
        if twin:
            merge(twin, t)
        else:
            out.append(t)
    return out


def merge(twin: dict, t: dict) -> None:
    """Fill what the kept reading lacks from its restatement; a reading that says it is a cut (kind "percent",
    with its direction) is the more specific one."""
    twin.setdefault("lines", [twin.get("line")]).extend(t.get("lines") or [t.get("line")])
    if not twin.get("target_year") and t.get("target_year"):
        twin["description"] = t["description"]    # the reading that states the year says what the target is
    if twin.get("kind") == "absolute" and t.get("kind") == "percent":
        twin.update(kind="percent", direction=t.get("direction"))
    for k, v in t.items():
        if k != "lines" and twin.get(k) in (None, "") and v not in (None, ""):
            twin[k] = v


def net_zero_object(text: str) -> str:
    """"net zero shipping by 2050" is about shipping; "net zero carbon emissions by 2050" about the company."""
    m = _NZ_OBJECT.search(text)
    words = [w for w in re.findall(r"[a-z0-9]+", m[1].lower())] if m else []
    return "" if all(w in _NZ_GENERIC for w in words) else " ".join(words)
