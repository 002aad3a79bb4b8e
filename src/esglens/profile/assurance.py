"""Who assured the report, against which standard, at what level; and GHG verifications."""
from __future__ import annotations

import re

from ..core.prefilter import gate
from ..core.text import clean
from ..model import Document
from .text import BOILERPLATE, Unit, any_match, candidates, is_contents_line, loc, rx, squash, vocab

_REGION = 60  # lines after an assurance statement's heading that belong to it


def assurance(doc: Document, units: list[Unit], company: str | None, short_name: str | None = None) -> dict:
    """The report-level assurance, or {"status": "none"} when the report states none. `short_name`: the name
    the report defines for the company ("hereinafter ..."), not an assurer either."""
    v = vocab()
    start = _statement_start(units, v["assurance_statement_cues"])
    region = [u for u in units if start is not None and _pos(u) >= _pos(start) and _pos(u) - _pos(start) <= _REGION] if start else []
    standards = [p for s in v["assurance_standards"] for p in s["patterns"] if not s["name"].startswith("ISO")]
    std_units = [u for u in candidates(units, standards) if any_match(standards, u.text)]
    if not region and std_units:
        region = [std_units[0]]
    if not region:
        # no statement printed, but a sentence says who assured the report: "the Company hired KPMG Hua
        # Zhen LLP to conduct an independent assurance of the ... Report"
        # (with the next two sentences: a form's "Type of assurance obtained" field follows its provider's)
        hit = next((u for u in candidates(units, (_ASSURED.pattern,)) if _ASSURED.search(u.text)), None)
        region = units[(i := units.index(hit)):i + 3] if hit else []
    if not region:
        return {"status": "none"}
    text_units = region
    standard, std_unit = _first_named(text_units, v["assurance_standards"], "name")
    level, _ = _first_named(text_units, v["assurance_levels"], "level")
    level = level or _one_level(units)
    atype, _ = _first_named(text_units, v["assurance_types"], "type")
    provider = _provider(text_units, company, *([short_name] if short_name else []))
    where = std_unit or start or region[0]
    out = {"status": "assured", "provider": provider, "standard": standard, "type": atype, "level": level,
           "scope": "report", **loc(where)}
    if start is not None and start.line is not None:
        out["statement_line"] = start.line
    if by_subject := levels_by_subject(text_units):
        out["levels"] = by_subject
        if len({x["level"] for x in by_subject}) > 1:
            out["level"] = "mixed"      # reasonable for some subjects, limited for others: see "levels"
    return out


_LEVEL = r"(?P<level>[Ll]imited|[Rr]easonable|[Mm]oderate)(?:\s+level\s+of)?\s+assurance"
# "b) Scope 1 and 2 GHG Emissions – Reasonable assurance": a subject heading with its level after a dash
_SUBJECT_DASH = re.compile(r"^\W{0,3}(?:\(?[a-z0-9ivx]{1,4}[).]\s+)?(?P<subject>[A-Z][^–—:;.]{2,80}?)(?:\s+[–—-]|\s*:)\s+" + _LEVEL + r"\b")
# "a reasonable assurance engagement in relation to the total Scope 1 and 2 emissions", "limited assurance
# over our progress reporting", "reasonable assurance on the water data"
_LEVEL_OVER = re.compile(_LEVEL + r"(?:\s+engagement)?\s+(?:in relation to|over|on|regarding|covering|in respect of)\s+"
                         r"(?:the\s+|our\s+|its\s+)?(?P<subject>[^.;,()]{3,80}?)(?=\s*(?:[.;,()]|\bfor the\b|\bpresented\b|\bin accordance\b|\bas\b|$))")


def levels_by_subject(units: list[Unit]) -> list[dict]:
    """The level a statement gives each subject when it names one per subject ("Scope 1 and 2 – Reasonable
    assurance", "limited assurance over Scope 3"): a list of {subject, level}, each subject once, in print
    order; empty unless the statement ties a level to a subject."""
    out: list[dict] = []
    for u in units:
        for m in [_SUBJECT_DASH.match(u.text), *_LEVEL_OVER.finditer(u.text)]:
            if not m:
                continue
            # (a heading glued before the item's marker: "CONCLUSION a) Scope 3 emissions")
            subject = squash(re.sub(r"^[^a-z]{0,30}?\(?\b[a-z0-9]{1,3}\)\s+", "", m["subject"]))
            low = subject.lower()
            if len(subject.split()) > 12 or any(o["subject"].lower() in low or low in o["subject"].lower() for o in out):
                continue    # said again ("the total Scope 1 and 2 emissions" after "Scope 1 and 2 emissions")
            out.append({"subject": subject, "level": m["level"].lower(), **loc(u)})
    return out


_ASSURED = gate(re.compile(
    r"\b(?:hired|engaged|commissioned|appointed|entrusted|retained|invited)\s+[A-Z][^.;]{2,80}?\s+to\s+"
    r"(?:conduct|perform|provide|carry out|undertake|issue)\s+(?:an?\s+)?(?:independent\s+|third[- ]party\s+)?"
    r"(?:(?:limited|reasonable)\s+)?assurance\b"
    r"|\breport\b[^.;]{0,40}\b(?:was|has been|is)\s+(?:independently\s+)?assured\s+by\s+[A-Z]"
    # "an independent assurance has been carried out by X", "external assurance was provided by X"
    r"|\b(?:independent|external|third[- ]party|[Ll]imited|[Rr]easonable)\s+(?:(?:limited|reasonable)\s+)?assurance\s+(?:engagement\s+)?"
    r"(?:has been|was|is|were|have been)\s+(?:carried out|conducted|performed|provided|undertaken)\s+by\s+[A-Z]"
    # "the report has been subjected to a limited review by the independent auditors", "underwent reasonable
    # assurance by X": the report underwent an engagement of a stated level by someone
    r"|\b(?:subject(?:ed)?\s+to|underw(?:ent|ent an?)|undergone|received)\s+(?:an?\s+)?(?:independent\s+)?"
    r"(?:limited|reasonable)\s+(?:assurance|review)\b[^.;]{0,30}?\bby\s+(?:(?:the|an?|its|our)\s+)?"
    r"(?:[a-z-]+\s+){0,2}(?:auditors?|accountants?|firm|practitioners?|[A-Z])"
    # a form's field: "Name of assurance provider: X", "Assurance provider — X"
    r"|\bassurance\s+provider\s*[:\-–—]?\s+(?:is\s+)?[A-Z][\w&'’.-]*\s+[A-Z&]"
    # Japanese and Chinese: "X による第三者保証を受けています", "委托X进行独立鉴证", "X出具的鉴证报告"
    r"|による\s*(?:第三者\s*|独立\s*)?保\s*証を受け|(?:委托|聘请).{1,40}?(?:鉴证|保证)|出具.{0,10}(?:鉴证|保证)报告"))
_REGION_PAGES = 2  # PDF input: the statement's page and the next ones


# a level named with the word assurance ("an independent limited assurance report", "a reasonable assurance
# engagement"), not "a high level" or "a limited review" that may be about anything
_LEVEL_WORDED = re.compile(r"\b(limited|reasonable)\s+(?:level\s+of\s+)?assurance\b", re.I)


def _one_level(units: list[Unit]) -> str | None:
    """The level the report names for assurance when the statement's own region names none (the assured-by
    sentence stands in the introduction, the statement's pages are read apart): only when every mention
    names the same level, sentences that name both apart."""
    levels: set[str] = set()
    for u in candidates(units, (_LEVEL_WORDED.pattern,)):
        said = {m[1].lower() for m in _LEVEL_WORDED.finditer(u.text)}
        if len(said) == 1:      # (a sentence naming both compares them: "less than for a reasonable assurance ...")
            levels |= said
    return levels.pop() if len(levels) == 1 else None


def _pos(u: Unit) -> int:
    """Lines for text input; for PDF input a page counts as _REGION / _REGION_PAGES lines."""
    return u.line if u.line is not None else (u.page or 0) * (_REGION // _REGION_PAGES)


def _statement_start(units: list[Unit], cues: list[str]) -> Unit | None:
    """The heading of an assurance statement (not its contents entry)."""
    for u in candidates(units, cues):
        if u.text != u.section or is_contents_line(u.text) or not (m := any_match(cues, u.text)):
            continue
        # a short heading; or a long title that opens with the cue ("Independent Practitioner's Reasonable
        # Assurance Report on Identified Sustainability Information in <company>'s <report>")
        if len(u.text) < 80 or (len(u.text) < 400 and m.start() < 40):
            return u
    return None


def _first_named(units: list[Unit], entries: list[dict], key: str) -> tuple[str | None, Unit | None]:
    for u in units:
        for e in entries:
            if any_match(e["patterns"], u.text):
                return e[key], u
    return None, None


def _stem(name: str, suffix: str) -> str:
    return re.sub(rf"[\s,]*(?:{suffix})$", "", squash(name), flags=re.I).strip(" ,.").lower()


def _provider(units: list[Unit], company: str | None, *aliases: str) -> str | None:
    """The assurer: the organisation the statement names most often, other than the reporting company
    (it signs, is commissioned, performs the engagement); its longest printed form."""
    suffix = "|".join(vocab()["legal_suffixes"] + vocab()["assurer_suffixes"])
    name_rx = re.compile(rf"((?:[A-Z][\w&'’.-]*\s+)(?:(?:[A-Z][\w&'’.-]*|\([A-Z][\w ]*\)|of|and|&)\s+){{0,6}}?(?:{suffix}))(?![\w])(?!\s+(?:[Aa]ssurance|[Rr]eview|[Ll]evel)\b)")
    owns = [o for o in (_stem(c or "", suffix) for c in (company, *aliases)) if o]
    counts: dict[str, int] = {}
    spelled: dict[str, str] = {}

    def add(name: str, weight: int) -> None:
        stem = _stem(name, suffix)
        if not stem or any(stem in own or own in stem or stem.split()[0] == own.split()[0] for own in owns):
            return
        key = next((k for k in counts if k.split()[0] == stem.split()[0]), stem)
        counts[key] = counts.get(key, 0) + weight
        if len(name) > len(spelled.get(key, "")):
            spelled[key] = squash(name)

    for u in units:
        if BOILERPLATE.search(u.text):
            continue    # a network's legal footer ("a member firm of the X global organisation ... affiliated with X
            #             International Limited, a private English company limited by guarantee") names no assurer
        for m in name_rx.finditer(u.text):
            name = re.sub(r"^(?:The|By|For|Of|And|On Behalf Of)\s+", "", squash(m[1]), flags=re.I)
            if len(name.split()) >= 2:
                add(name, 2 if rx(r"entrust|engag|commission|appoint|assur|verif|conduct|hereinafter|signed").search(u.text) else 1)
        for p in vocab()["assurance_providers"]:
            for m in re.finditer(p, u.text):
                add(m[0], 1)
    if not counts:
        return None
    return spelled[max(counts, key=lambda k: counts[k])]


def ghg_verification(units: list[Unit]) -> list[dict]:
    """Third-party GHG verifications (ISO 14064 and the like) with the scope the sentence names."""
    v = vocab()
    out: list[dict] = []
    for u in candidates(units, (r"ISO\s*14064(?:-\d)?",)):
        m = rx(r"ISO\s*14064(?:-\d)?").search(u.text)
        if not m or not any_match(v["ghg_verification_cues"], u.text) or u.text == u.section:
            continue
        out.append({"standard": squash(m[0]).replace("ISO14064", "ISO 14064"), "scope": _scope(u.text),
                    "text": u.text[:300], **loc(u)})
    return out


def _scope(text: str) -> str | None:
    """What a verification covers: scopes and sites, as printed."""
    parts = []
    m = rx(r"(Scope 1(?: and| &|,)? (?:Scope )?2(?:,? and (?:Scope )?3)?)").search(text)
    if m:
        parts.append(m[1])
    for pattern, flags in ((r"\ball (?:[a-z]+ ){0,3}(?:bases|factories|plants|sites|facilities|operations)\b", re.I),
                           (r"\b(?:[A-Z][\w-]*\s+){1,3}(?:Park|Base|Factory|Plant|Site)\b", 0),
                           (r"\b[A-Z][\w-]*\s+(?:and\s+[A-Z][\w-]*\s+)?(?:factories|plants|bases|sites)\b", 0)):
        site = rx(pattern, flags).search(text)
        if site:
            parts.append(squash(site[0]))
            break
    return "; ".join(parts) or None
