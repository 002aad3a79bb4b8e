"""A table row standing alone (no level above it, nothing over its table naming a subject) whose words are a part
and its population ("Part-time employees", "Temporary staff", "Employees with fixed term contracts"): the
one metric whose own name or alias is those words.

The nearest mapper does not compare a label made only of qualifiers by itself (`nearest.key_text`): under a
parent such a row is a part of the parent's figure ("Training hours > Female employees"). A row with no
parent and no context names itself; it is read as a metric only when its concept words are exactly one
metric's name or alias, they hold the employees (or their management) and a part (a lone "Employees" or
"Workers" stays unread: forms print workers apart from employees), and the printed unit can measure that metric.
"""
from __future__ import annotations

from ..core.units import Unit
from ..model import Fact
from .context import OTHERS
from .label import year_column
from .match import Match
from .metrics import Catalog, Metric
from .nearest import concept_text, qualifier_only
from .normalize import fit, hard_mismatch
from .sentence import norm_text


# the populations a lone row's part belongs to: the employees, or their management ("Women in management")
_POPULATION = frozenset({"employee", "management"})

_NAMES: dict[int, tuple[Catalog, dict[str, frozenset[str]]]] = {}


def _by_words(cat: Catalog) -> dict[str, frozenset[str]]:
    """Concept text of each metric's name and aliases -> the metric ids that are so named (once per catalog)."""
    held = _NAMES.get(id(cat))
    if held is not None and held[0] is cat:
        return held[1]
    out: dict[str, set[str]] = {}
    for m in cat.metrics:
        for w in (m.name, *m.aliases):
            out.setdefault(concept_text(w), set()).add(m.id)
    got = {k: frozenset(v) for k, v in out.items()}
    _NAMES[id(cat)] = (cat, got)   # (the catalog held: its id is not reused)
    return got


def lone_part(fact: Fact, parents: list[str], leaf: str, u: Unit | None, cat: Catalog) -> Match | None:
    """The metric a lone row of a part and its population names (module doc); None otherwise."""
    if parents or fact.source != "table" or not year_column(fact.column) or not qualifier_only(leaf) \
            or OTHERS.search(leaf):
        return None
    words = concept_text(leaf)
    if len(words.split()) < 2 or not _POPULATION & set(words.split()):
        return None
    ids = _by_words(cat).get(words, frozenset())
    text = norm_text(leaf)
    fits: list[Metric] = [m for i in sorted(ids) for m in [cat.get(i)] if m is not None
                          and fit(m, u) is not False and not hard_mismatch(m, u)
                          and not any(p.search(text) for p in m.veto) and not cat.vetoes(text)]
    if len(fits) != 1:
        return None
    return Match(fits[0], f"the row stands alone and names a part of the employees, '{leaf}': the name of "
                          f"{fits[0].id}; unit '{fact.unit or ''}' {'fits' if fit(fits[0], u) else 'not checked'}")
