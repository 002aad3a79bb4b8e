"""Material topics (name, tier or rank, dimension) and the assessment method the report states."""
from __future__ import annotations

import re

from ..model import Document, TableBlock
from .text import Unit, any_match, cells, loc, norm_key, rx, squash, tables, vocab
from .topic_lists import form_rows_before, listed_topics, split_topics  # noqa: F401 (split_topics re-exported)

_CONTEXT = r"material|importan|issue|topic|priorit"


def methods(units: list[Unit]) -> list[dict]:
    """How the report says it assessed materiality, each method with its first line."""
    out: dict[str, dict] = {}
    for u in units:
        if not (rx(r"materiality|material (?:issue|topic)|important issue|dual[- ]importance").search(u.text)
                or rx(r"materiality|material (?:issue|topic)").search(u.section)):
            continue
        for e in vocab()["materiality_methods"]:
            if e["method"] not in out and any_match(e["patterns"], u.text):
                out[e["method"]] = {"method": e["method"], **loc(u)}
    return list(out.values())


def topics(doc: Document) -> list[dict]:
    """Material topics from the report's materiality tables: tiered tables win over ranked lists."""
    tiered: list[dict] = []
    ranked: list[dict] = []
    named: list[dict] = []
    form_head: tuple[str, int] | None = None    # the first form's issue-column header and page
    dims: dict[str, str] = {}
    for t in tables(doc):
        if not t.rows:
            continue
        header = cells(t.rows[0])
        context = " ".join([t.title or "", t.section or "", *header])
        if (got := _dimension_table(t, header)):
            dims.update(got)
            continue
        if not rx(_CONTEXT).search(context) or rx(r"stakeholder").search(" ".join(header)):
            continue
        tiered += _column_tiers(t, header) or _row_tiers(t, header)
        ranked += _ranked(t, header)
        if (got := _named_column(t, header)):
            named += got
            form_head = form_head or (got[0]["head"], got[0].get("page"))
    for item in named:
        item.pop("head")
    chosen = tiered or ranked
    if not chosen:
        if form_head and form_head[1]:
            # its first rows the table finder left as cells on the page before
            named = form_rows_before(doc, *form_head) + named
        listed = listed_topics(doc)
        # the form's issue column unless the prose/cell reading found a longer list
        chosen = named if named and len(named) >= len(listed) else listed
    seen: set[str] = set()
    out = []
    for item in chosen:
        key = norm_key(item["name"]) or item["name"]     # (a name in Chinese or Japanese is its own key)
        if key in seen or _column_word(item["name"]):
            continue
        seen.add(key)
        item["dimension"] = dims.get(key) or item.get("dimension")
        out.append(item)
    # Tier first (tables list tiers side by side), then rank; sorted() keeps reading order within a tier.
    return sorted(out, key=lambda i: (i["tier"] or 99, i["rank"] or 0))


# the values and headers of a risk/opportunity column ("Risk", "Opportunity / Risk", "Positive / Negative",
# "Financial implications of the risk or opportunity") name no topic
_COLUMN_WORDS = {"risk", "risks", "opportunity", "opportunities", "positive", "negative", "and", "or", "r", "o",
                 "both", "implications", "financial", "of", "the", "impact", "indicate", "whether", "material",
                 "issue", "issues", "identified", "topic", "topics", "s", "no", "sr"}


def _column_word(name: str) -> bool:
    words = re.findall(r"[a-z]+", name.lower())
    return bool(words) and all(w in _COLUMN_WORDS for w in words)


def _tier_of(label: str) -> int | None:
    for e in vocab()["materiality_tiers"]:
        if any_match(e["patterns"], label):
            return e["tier"]
    return None


def _column_tiers(t: TableBlock, header: list[str]) -> list[dict]:
    """Each header cell names a tier ("Issues with High Materiality"); topics stand below it."""
    labels = [h for h in header if h]
    if len(labels) < 2 or not all(_tier_of(h) and rx(_CONTEXT).search(h) for h in labels):
        return []
    out = []
    for row in t.rows[1:]:
        for j, c in enumerate(cells(row)):
            if j < len(header) and header[j] and c:
                for name in split_topics(c):
                    out.append(_topic(name, header[j], None, row))
    return out


def _row_tiers(t: TableBlock, header: list[str]) -> list[dict]:
    """Each row starts with a tier word ("Major", "Important") and lists its topics in the other cells."""
    rows = t.rows[1:]
    if len(rows) < 2:
        return []
    firsts = [cells(r)[0] if r.cells else "" for r in rows]
    if not all(f and len(f) <= 30 and _tier_of(f) for f in firsts):
        return []
    if not rx(r"issue|topic|degree|level|importan|material").search(" ".join(header)):
        return []
    out = []
    for r, f in zip(rows, firsts):
        for c in cells(r)[1:]:
            for name in split_topics(c):
                out.append(_topic(name, f, None, r))
    return out


def _ranked(t: TableBlock, header: list[str]) -> list[dict]:
    """A numbered list: No. | Issue | Category."""
    low = [h.lower().strip() for h in header]
    rank_col = next((i for i, h in enumerate(low) if re.fullmatch(r"no\.?|rank\w*|#|s/n|number", h)), None)
    name_col = next((i for i, h in enumerate(low) if re.search(r"issue|topic", h)), None)
    if rank_col is None or name_col is None:
        return []
    cat_col = next((i for i, h in enumerate(low) if re.search(r"category|dimension|aspect|pillar|type", h)), None)
    out = []
    for r in t.rows[1:]:
        cs = cells(r)
        if len(cs) <= max(rank_col, name_col) or not re.fullmatch(r"\d{1,3}", cs[rank_col]) or not cs[name_col]:
            continue
        item = _topic(cs[name_col], None, int(cs[rank_col]), r)
        if cat_col is not None and cat_col < len(cs) and cs[cat_col]:
            item["category"] = cs[cat_col]
        out.append(item)
    return out


# a form's column that names the issue itself ("Material issue identified", "Material topic", "ESG issue"),
# beside columns that say why it matters, whether risk or opportunity, how it is handled
_NAME_HEADER = re.compile(r"^(?:(?:material|key|esg|sustainability|priority)\s+){1,2}(?:issues?|topics?|matters?|aspects?)"
                          r"(?:\s+(?:identified|name|title))?$", re.I)
MAX_NAME_WORDS = 14     # a longer cell is a sentence, not an issue's name


def _named_column(t: TableBlock, header: list[str]) -> list[dict]:
    """A form's rows, one issue a row, named in the column headed "Material issue identified"; a row that
    repeats the header before its own name (a page's header cell fused with the first row) keeps the name."""
    col = next((i for i, h in enumerate(header) if _NAME_HEADER.match(squash(h))), None)
    if col is None or len([h for h in header if h]) < 2:
        return []
    head = squash(header[col])
    out = []
    for r in t.rows[1:]:
        cs = cells(r)
        name = squash(cs[col]) if col < len(cs) else ""
        if name.lower().startswith(head.lower()):
            name = name[len(head):].strip()
        name = re.sub(r"(?<=[a-z])- (?=[a-z])", "-", name)    # a word hyphenated at a cell's line end
        if not name or name.lower() == head.lower() or len(name.split()) > MAX_NAME_WORDS or \
                re.search(r"[.;:!?]\s|[.;:!?]$", name) or not re.search(r"[A-Za-z]{3}", name):
            continue
        out.append({**_topic(name, None, None, r), "head": head})
    return out


def _dimension_table(t: TableBlock, header: list[str]) -> dict[str, str]:
    """A table headed "Financial materiality" (or impact) lists the topics material in that dimension."""
    m = re.match(r"^(financial|impact) materiality$", (header[0] if header else "").strip(), re.I)
    if not m:
        return {}
    dim = m[1].lower()
    return {norm_key(cells(r)[0]): dim for r in t.rows[1:] if r.cells and cells(r)[0]}


def _topic(name: str, tier_label: str | None, rank: int | None, row) -> dict:
    return {"name": name, "tier": _tier_of(tier_label) if tier_label else None,
            "tier_label": squash(tier_label) if tier_label else None, "rank": rank, **loc(row)}
