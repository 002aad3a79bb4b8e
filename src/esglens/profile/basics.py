"""Who reports, for which period, in which currency, listed where, following which frameworks."""
from __future__ import annotations

import math
import re
from collections import Counter

from ..core.prefilter import gate
from ..core.text import clean
from ..model import Document
from .text import BOILERPLATE, Unit, any_match, candidates, could_match, loc, rx, squash, tables, vocab

_CAP = r"(?:[A-Z][\w&'’.-]*|\([A-Z][\w ]*\)|of|and|&|for|de|la)"


def report_title(doc: Document) -> dict | None:
    """The cover's lines up to the first one that says 'Report' (cover titles often wrap), and the
    year printed on its own line under it ("Climate Change Report" / "2023")."""
    cover = [(text, tl) for tl in doc.lines[:80] if (text := squash(clean(tl.text)).strip("*# "))]
    picked: list = []
    for i, (text, tl) in enumerate(cover):
        if rx(r"^(?:table of )?contents?$").match(text):
            break
        picked.append((text, tl))
        if rx(r"\breport\b").search(text):
            nxt = cover[i + 1] if i + 1 < len(cover) else None
            if nxt and re.fullmatch(r"(?:19|20)\d\d", nxt[0]) and not re.search(r"\b(?:19|20)\d\d\b", text):
                picked.append(nxt)
            if len(picked) > 6:
                picked = picked[-2:]
            title = " ".join(t for t, _ in picked)
            if len(title) <= 160:
                where = [t for _, t in picked]
                out = {"value": title, **loc(where[-1])}
                if len(where) > 1 and where[0].line is not None:
                    out["lines"] = [w.line for w in where]
                return out
            return None
    return _running_title(doc, cover)


# a cover line that is also the running header: "Acme for 2030" on the cover, "ACME FOR 2030" atop the pages
_RUNNING_MIN = 3


def _running_title(doc: Document, cover: list) -> dict | None:
    """A title that never says 'Report': one of the cover's first lines that names a year and that the
    document prints again and again (its running header or footer)."""
    for text, tl in cover[:6]:
        if not re.search(r"\b(?:19|20)\d\d\b", text) or len(text.split()) > 8:
            continue
        key = text.casefold()
        if sum(squash(clean(t.text)).strip("*# ").casefold() == key for t in doc.lines) >= _RUNNING_MIN:
            return {"value": text, **loc(tl)}
    return None


def company(units: list[Unit]) -> dict | None:
    """The reporting company's legal name: the legal name printed most often near the start."""
    suffix = "|".join(vocab()["legal_suffixes"])
    # a comma may stand before the legal form ("Daikin Industries, Ltd.")
    pattern = gate(re.compile(rf"((?:[A-Z][\w&'’.-]*\s+)(?:{_CAP}\s+){{0,8}}?(?:{_CAP},\s+)?(?:{suffix}))(?![\w])(?!\s+(?:[Aa]ssurance|[Rr]eview)\b)"))
    counts: Counter[str] = Counter()
    first: dict[str, Unit] = {}
    cue_bonus: Counter[str] = Counter()
    n = len(units)
    units = _joined_suffixes(units, suffix)
    for i, u in enumerate(units):
        found = list(pattern.finditer(u.text))
        if not found or BOILERPLATE.search(u.text):
            continue
        for m in found:
            name = _trim_name(m[1])
            if not name:
                continue
            key = name.lower()
            weight = 3 if i < n * 0.15 else 1
            counts[key] += weight
            first.setdefault(key, u)
            before = u.text[max(0, m.start() - 40):m.start()].lower()
            after = u.text[m.end():m.end() + 40].lower()
            if re.search(r"(published|released|issued|prepared|report of|covers|by)\s*$", before) or "hereinafter" in after:
                cue_bonus[key] += 2
            if re.search(r"\b(?:refers?|referring) to\W*$|\bmeans\W*$", before):
                cue_bonus[key] += 8   # the legal-entity phrase: "“Alibaba,” “we” ... all refer to “Alibaba Group Holding Limited”"
    if not counts:
        return None
    # A report names its own company over and over by the name without its legal form ("Rio Tinto",
    # "CALB Group"); a partner named in one passage ("Yindjibarndi Energy Corporation") is not.
    whole = " ".join(u.text for u in units).lower()
    strip_suffix = re.compile(rf"\s*(?:{suffix})$", re.I)
    stem_bonus = {k: math.log2(1 + whole.count(strip_suffix.sub("", k))) for k in counts}
    best = max(counts, key=lambda k: (counts[k] + cue_bonus[k] + stem_bonus[k], -units.index(first[k])))
    u = first[best]
    spelled = next(_trim_name(m[1]) for m in pattern.finditer(u.text) if _trim_name(m[1]).lower() == best)
    # dual-listed: "Rio Tinto plc and Rio Tinto Limited" report as one
    stem = strip_suffix.sub("", spelled)
    dual = gate(re.compile(rf"{re.escape(stem)}\s+(?:{suffix})\s+and\s+{re.escape(stem)}\s+(?:{suffix})(?![\w])"))
    for v in units:
        if m := dual.search(v.text):
            return {"value": m[0], **loc(v)}
    return _defining(units, pattern, spelled) or {"value": spelled, **loc(u)}


# the legal-entity phrase that defines a short name: 'China Metals Corporation (hereinafter referred to as "CMC Ltd."'
_DEFINES = r"\s*[(（,]?\s*(?:hereinafter|hereafter|below)\s+(?:(?:referred\s+to|called|named|also)\s+)?(?:as\s+)?[\"“'‘]?"


def _defining(units: list[Unit], pattern: re.Pattern, alias: str) -> dict | None:
    """The legal name that a report defines its most printed name by ("X (hereinafter referred to as
    "Sinopec Corp.", "the Company" ...)"): the short name is the alias, X the reporting entity."""
    after = re.compile(_DEFINES + re.escape(alias) + r"(?![\w])", re.I)
    for v in units:
        if "hereinafter" not in v.text.lower() and "hereafter" not in v.text.lower():
            continue
        for m in pattern.finditer(v.text):
            name = _trim_name(m[1])
            if name and name.lower() != alias.lower() and after.match(v.text, m.end()):
                return {"value": name, "short_name": alias, **loc(v)}
    return None


def _joined_suffixes(units: list[Unit], suffix: str) -> list[Unit]:
    """A legal form broken onto its own line ("... Alibaba Group Holding." / "Limited.”") joined back."""
    only = re.compile(rf"^[\s“”\"']*(?:{suffix})[\s.,“”\"']*$")
    out: list[Unit] = []
    for u in units:
        if out and only.match(u.text) and len(u.text) < 30:
            prev = out[-1]
            out[-1] = Unit(prev.text.rstrip().rstrip(".") + " " + u.text.strip(), prev.line, prev.page, prev.section)
        out.append(u)
    return out


_LEAD_WORDS = {"the", "this", "by", "a", "an", "of", "and", "in", "as", "for", "our", "unless", "audited", "all",
               "both", "to", "with", "from", "under", "each", "its"}


# "Directors of Rio Tinto plc", "Listing Rules of the Stock Exchange ... Limited": the name follows "of"
_ROLE_OF = re.compile(r"^.*?\b(?:directors?|chairman|chairperson|board|shareholders?|members?|rules|subsidiar\w*|"
                      r"branch|president|ceo)\s+of\s+(?:the\s+)?", re.I)


def _trim_name(name: str) -> str:
    words = squash(_ROLE_OF.sub("", name)).split(" ")
    # "... THE INCLUSION OF Tokyo Gas Co., Ltd.": a capitals-only connector before a title-case word
    # ends the capitals text in front of the name
    cuts = [i for i in range(len(words) - 1) if words[i] in ("OF", "BY", "FOR", "THE", "AND", "TO")
            and words[i + 1][:1].isupper() and not words[i + 1].isupper()]
    if cuts:
        words = words[cuts[-1] + 1:]
    while words and (words[0].lower() in _LEAD_WORDS or not words[0][:1].isupper()):
        words = words[1:]
    if len(words) < 2:
        return ""
    return " ".join(words).rstrip(",")


def report_year(period_item: dict | None, title: dict | None) -> dict | None:
    """The year the stated period is labelled with, else the year in the report's title."""
    if period_item and period_item.get("fiscal_year"):
        return {"value": period_item["fiscal_year"], **{k: v for k, v in period_item.items() if k in ("line", "page")}}
    if title:
        m = re.search(r"\b(20\d\d)\b", title["value"])
        if m:
            return {"value": int(m[1]), **{k: v for k, v in title.items() if k in ("line", "page")}}
    return None


_COVER_YEAR = re.compile(r"^\s*(?:FY\s?|Fiscal Year\s|Financial Year\s)?(?:20\d\d[-–/])?(20\d\d|\d\d)\s*$", re.I)


def cover_year(doc) -> dict | None:
    """A year set alone on the first page ("FY 2022", "2021-22", "2023"): the year the report is labelled with
    when neither its stated period nor its title gives one. A span ("2021-22") is labelled by its end."""
    for b in doc.blocks[:40]:
        page = getattr(b, "page", None)
        if page is not None and page > 1:
            break
        m = _COVER_YEAR.match(getattr(b, "text", "") or "")
        if m and (len(m[1]) == 4 or "-" in b.text or "–" in b.text or "/" in b.text):
            year = int(m[1]) if len(m[1]) == 4 else int(b.text.strip()[-7:-3][:2] + m[1])
            return {"value": year, "basis": "cover", **({"page": page} if page else {"line": getattr(b, "line", None)})}
    return None


def currency(units: list[Unit]) -> dict | None:
    """The currency the report states for its amounts, else the one it prints most often."""
    entries = vocab()["currencies"]
    for u in units:
        if rx(r"monetary|currency|denominated|financial (?:records|data|figures)|amounts?\b|expressed in|unless otherwise").search(u.text):
            for e in entries:
                if any_match(e["patterns"], u.text) and rx(r"\b(?:in|is|are|be)\b").search(u.text):
                    return {"value": e["code"], "basis": "stated", **loc(u)}
    counts: Counter[str] = Counter()
    first: dict[str, Unit] = {}
    every = [p for e in entries for p in e["patterns"]]
    for u in candidates(units, every):
        for e in entries:
            hits = sum(len(rx(p).findall(u.text)) for p in e["patterns"])
            if hits:
                counts[e["code"]] += hits
                first.setdefault(e["code"], u)
    if not counts:
        return None
    code, n = counts.most_common(1)[0]
    bare = sum(len(_BARE_DOLLAR.findall(u.text)) for u in units if "$" in u.text)   # not US$, HK$, A$
    if bare > n:
        return None   # mostly a bare "$" that does not say which dollar: not a guess to make
    return {"value": code, "basis": "most frequent", **loc(first[code])}


_BARE_DOLLAR = re.compile(r"(?<![A-Za-z])\$")


_LISTING_CUE = r"listed on|listing on|(?i:stock code|ticker|securities code|share code)|\.(?:SZ|SH|HK)\b"


def listing(units: list[Unit]) -> list[dict]:
    """Exchanges and stock codes printed in sentences about the listing."""
    exchanges = vocab()["exchanges"]
    found: dict[tuple[str, str | None], dict] = {}
    for u in candidates(units, (_LISTING_CUE,)):
        t = u.text
        # Lower-case "listed on" only: "Companies Listed on ..." is the title of a guideline, not a listing.
        if not rx(_LISTING_CUE, 0).search(t):
            continue
        mentions = []  # (position, exchange id)
        for e in exchanges:
            for p in e["patterns"]:
                for m in rx(p).finditer(t):
                    mentions.append((m.start(), e["id"]))
        for m in rx(r"(?:stock|securities|share) codes?\s*[:：]?\s*([0-9]{3,6}(?:\.[A-Z]{1,2})?)").finditer(t):
            code = m[1]
            ex = _exchange_of_code(code, exchanges) or _nearest_before(mentions, m.start())
            base = code.split(".")[0]
            known = next((k for k in found if k[1] == base), None)
            if known is None:
                found[(ex or "", base)] = {"exchange": ex, "code": code, **loc(u)}
            elif found[known]["exchange"] is None and ex:
                found[known]["exchange"] = ex
        if rx(r"listed on|listing on", 0).search(t):
            for pos, ex in mentions:
                if not any(k[0] == ex for k in found):
                    found[(ex, None)] = {"exchange": ex, "code": None, **loc(u)}
    out = list(found.values())
    # An exchange found without a code is dropped once a code for it turns up.
    coded = {d["exchange"] for d in out if d["code"]}
    return [d for d in out if d["code"] or d["exchange"] not in coded]


def listing_from_rules(units: list[Unit]) -> list[dict]:
    """When no listing is printed: the exchange whose listing rules the report is prepared under."""
    for u in candidates(units, (r"listing rules",)):
        if rx(r"listing rules").search(u.text) and rx(r"prepared|in accordance|according").search(u.text):
            for e in vocab()["exchanges"]:
                if any_match(e["patterns"], u.text):
                    return [{"exchange": e["id"], "code": None, "basis": "reports under the exchange's listing rules", **loc(u)}]
    return []


def _exchange_of_code(code: str, exchanges: list[dict]) -> str | None:
    if "." not in code:
        return None
    suf = code.rsplit(".", 1)[1].upper()
    return next((e["id"] for e in exchanges if suf in e.get("code_suffix", [])), None)


def _nearest_before(mentions: list[tuple[int, str]], pos: int) -> str | None:
    before = [m for m in mentions if m[0] < pos]
    if before:
        return max(before)[1]
    return min(mentions)[1] if mentions else None


def frameworks(units: list[Unit], doc: Document | None = None) -> list[dict]:
    """Frameworks the report says it follows (in accordance) or refers to, first such sentence each."""
    v = vocab()
    follow = v["framework_follow_cues"]
    ref = v["framework_reference_cues"]
    out: dict[str, dict] = {}
    for fw in v["frameworks"]:
        # the report is the framework's own form ("Business Responsibility and Sustainability Report")
        hit = fw.get("form") and next((u for u in units[:400] if len(u.text.split()) <= 12 and any_match(fw["patterns"], u.text)), None)
        if hit:
            out[fw["name"]] = {"name": fw["name"], "version": None, "relation": "report form", **loc(hit)}
    own_cues = [c for fw in v["frameworks"] for c in fw.get("cues", ())]
    for u in candidates(units, follow + own_cues):
        t = u.text
        follows = any_match(follow, t)
        if not follows and not any_match(own_cues, t):
            continue
        ref_at = min((m.start() for p in ref for m in [rx(p).search(t)] if m), default=len(t) + 1)
        if re.search(r"参考|参照", t):
            ref_at = -1     # Japanese and Chinese put the verb last: "SASBスタンダードを参考にしました"
        for fw in v["frameworks"]:
            if fw["name"] in out and out[fw["name"]]["relation"] in ("in accordance with", "report form"):
                continue    # (a later "prepared in accordance with" outranks an earlier mention)
            m = any_match(fw["patterns"], t)
            if not m or not (follows or any_match(fw.get("cues", []), t)) or _method_only(fw, t, m):
                continue
            if m.start() > ref_at:
                relation = "with reference to"
            elif rx(r"\breport\b").search(t) and rx(r"in accordance|prepared|according to|pursuant").search(t[:m.start()]):
                relation = "in accordance with"
            else:
                relation = "refers to"
            if fw["name"] not in out or relation == "in accordance with":
                out[fw["name"]] = {"name": fw["name"], "version": _version(t, m), "relation": relation, **loc(u)}
    _index_titles(units, v, out)    # a framework the prose never names as followed, whose index the report carries
    _listed_as_referenced(units, v, out)
    if doc is not None:
        framework_columns(doc, out)
    return list(out.values())


# "calculated based on the location-based method in accordance with GRI", "the disposal method definition
# adopted from GRI 306": a figure's method, not the report's framework (a calculation standard such as the GHG
# Protocol is exactly what such a sentence names, and counts)
_METHOD = r"\b(?:calculat\w*|methods?|methodolog\w*|definitions?|determined|estimated|measured|computed|(?:conversion|emission) factors?)\b"


def _method_only(fw: dict, text: str, m: re.Match) -> bool:
    return not fw.get("calculation") and bool(rx(_METHOD).search(text[:m.start()])) and not rx(r"\breport\b").search(text)


def framework_columns(doc, out: dict) -> None:
    """A table column that maps each row to a framework's items ("SDGs - target", "GRI disclosure") says the
    report is mapped to that framework, whatever its prose says."""
    v = vocab()
    names = [p for fw in v["frameworks"] for p in fw["patterns"]]
    for t in tables(doc):
        for row in t.rows[:2]:
            for c in row.cells:
                c = c.strip()
                if not c[:1].isupper() or len(c) > 40 or len(c.split()) > 4 or not could_match(names, c):
                    continue    # a column header names its framework first ("SDGs target", "GRI disclosure")
                for fw in v["frameworks"]:
                    if fw["name"] not in out and not fw.get("form") and (m := any_match(fw["patterns"], c)) \
                            and m.start() == 0:
                        out[fw["name"]] = {"name": fw["name"], "version": None, "relation": "index", **loc(row)}


_INDEX_TITLE_WORDS = 16


def _index_titles(units: list[Unit], v: dict, out: dict) -> None:
    """"SASB ... - REFERENCE TABLE", "GRI Content Index": a title naming a framework's index says the report
    carries that index, whatever its prose says about the framework."""
    for u in units:
        if len(u.text.split()) > _INDEX_TITLE_WORDS or not any_match(v["framework_index_titles"], u.text):
            continue
        for fw in v["frameworks"]:
            if fw["name"] not in out and (m := any_match(fw["patterns"], u.text)):
                out[fw["name"]] = {"name": fw["name"], "version": _version(u.text, m), "relation": "index", **loc(u)}


# a short label over a list of the standards a report refers to: "Referenced Standards and Guidelines",
# "Reporting guidelines", "Standards applied", "Guidelines referred to"
_REFERENCED_LABEL = (r"^(?:referenced|reference|reporting)\s+(?:standards?|guidelines?|frameworks?)\b"
                     r"|^(?:standards?|guidelines?|frameworks?)(?:\s+and\s+(?:standards?|guidelines?|frameworks?))?\s+"
                     r"(?:referenced|referred to|applied|used|followed|consulted)\b")
_ITEM = re.compile(r"^\s*[•●▪■・◆\-–]\s*")


def _listed_as_referenced(units: list[Unit], v: dict, out: dict) -> None:
    """The frameworks in a list under such a label, one item a line ("• GRI Sustainability Reporting Standards"):
    the report refers to each of them. The list is the run of marked items right after the label."""
    for i, u in enumerate(units):
        if len(u.text.split()) > 6 or not rx(_REFERENCED_LABEL).search(u.text):
            continue
        for item in units[i + 1:i + 13]:
            if not _ITEM.match(item.text):
                break
            for fw in v["frameworks"]:
                if fw["name"] not in out and (m := any_match(fw["patterns"], item.text)):
                    out[fw["name"]] = {"name": fw["name"], "version": _version(item.text, m),
                                       "relation": "with reference to", **loc(item)}


def _version(text: str, m: re.Match) -> str | None:
    tail = text[m.end():m.end() + 25]
    vm = re.match(r"\s*(?:Standards?)?\s*\(?((?:19|20)\d\d|v\d+(?:\.\d+)?)\)?", tail)
    return vm[1] if vm else None
