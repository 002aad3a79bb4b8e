"""Targets: metric, baseline, target year and value, scope; progress from the report's own facts."""
from __future__ import annotations

import re

from ..model import Document, Fact
from . import target_merge as _merge
from . import targets_cjk as _cjk
from .text import Unit, any_match, candidates, cells, loc, rx, squash, split_sentences, tables, vocab
from ..core.opening import opening

# a target year may carry its fiscal-year prefix ("by the end of FY2025", "by fiscal 2030", "FY2030 target")
_FY = r"(?:FY\s?|F\.Y\.\s?|fiscal\s+(?:year\s+)?)?"
# (each pattern below opens with a test of its first character, so the branches are not tried at every other one)
_YEAR_TO = re.compile(rf"(?=[bfitue2])(?:\b(?:by|before|until|till|through|in|to|end of|for(?=\s+(?:FY|F\.Y\.|fiscal)))\s+(?:the\s+end\s+of\s+)?{_FY}(20[2-9]\d)\b|"
                      rf"\b{_FY}(20[2-9]\d)\s+(?:target|goal))", re.I)
_DEADLINE = re.compile(r"(?:by|before|until|till|through|end of)\b", re.I)
# "compared with 2019", "relative to the reference year 2019", "(reference year 2019)", "compared to our 2020 base
# year", "from 2018 levels", "with 2019 as the base year"
_BASE = re.compile(r"(?=[cravfo2b])(?:(?:compared (?:with|to)|relative to|against|versus|vs\.?|from|over)\s+(?:that (?:in|of)\s+|the\s+|our\s+|its\s+)?"
                   r"(?:(?:base(?:line)?|reference|level(?:s)? (?:of|in))\s+(?:year\s+)?)?(20\d\d)\b|(20\d\d)\s+as the base(?:line)?(?: year)?"
                   r"|(?:base(?:line)?|reference) year(?: of| is|:)?\s+(20\d\d)|(20\d\d)\s+(?:levels?|baseline|base[- ]year|reference year))",
                   re.I)
_PLAN_END = opening(re.compile(r"\b(?:plan|programme|program)\b[^.;,]{0,25}?\b(?:running|lasting|covering|runs)\s*$"
                       r"|\b(?:plan|programme|program)\s+period\s*$", re.I))
# "crystallize measures to achieve net zero", "a roadmap towards net zero": the year is the means', not net zero's
_MEANS_TO_NZ = re.compile(r"\b(?:measures|steps|road ?map|pathway|path|plans?|strategy|initiatives)\s+(?:to|toward|towards|for)\s+"
                          r"(?:(?:achiev|reach|realiz|realis)\w*\s+)?(?:carbon\s+|climate\s+)?(?:net[- ]zero|carbon neutral)", re.I)
# a clause that tells a past result or what the target compares to ("Building on an 80% reduction over the past 30
# years, ...", "..., which corresponds to around 2% of the country's emissions"), or a weight in a pay scheme ("a
# performance weighting of 10% in the bonus"): its numbers are not the target's
# (a decimal point ends no clause: "a weight of 12.5%"). Each clause is found once and searched for the words:
# one pattern "clause, words, clause" retried the clause from each of its characters (quadratic in its length).
_CLAUSES = re.compile(r"(?:[^,;:.]|\.(?=\d))+")
_PAST_OR_COMPARED = re.compile(r"\b(?:over|in|during) the (?:past|last)\b|"
                               r"\b(?:corresponds? to|equivalent to|equals?|weight(?:ing)? of)\b", re.I)
_RANGE = re.compile(r"(\d+(?:\.\d+)?)\s*%?\s*(?:-|–|to)\s*(\d+(?:\.\d+)?)\s*%")
_BY_PCT = re.compile(r"\bby\s+(?:at least\s+|over\s+|more than\s+)?(\d+(?:\.\d+)?)\s*%", re.I)
_PCT = re.compile(r"(\d+(?:\.\d+)?)\s*%")
# "Reduce 15% of water use per guest ...": a change verb opening the line, its percentage right after it
_VERB_PCT = re.compile(r"^\W{0,3}(?:reduce|cut|lower|decrease|increase|raise)\s+(\d+(?:\.\d+)?)\s*%\s+of\b", re.I)
# "a 15% reduction by 2025", "a 12 % cut in water use": the percentage names the change itself
_PCT_CHANGE = opening(re.compile(r"(\d+(?:\.\d+)?)\s*%\s+(?:reduction|cut|decrease|decline|increase|improvement|rise)\b", re.I))
# an amount of a counted or measured thing a target names when it names no percentage
_AMOUNT = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(million|billion|thousand)?\s+"
                     r"(tonnes?|tons?|people|persons|households|families|students|trees|hectares|MW|GW|MWh|GWh)\b", re.I)
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
# a count of built or served things, its describing words between ("7,000 distributed photovoltaic power
# generation stations", "40 fast-charging hubs"): the target's amount in its own unit
_COUNTED = re.compile(r"(?<![\d.,])(?!(?:19|20)\d\d\b)(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s+(?:(million|billion|thousand)\s+)?(?:[a-z][\w-]*\s+){0,5}?"
                      r"(stations|stores|sites|schools|hospitals|clinics|villages|vehicles|buses|chargers|hubs|"
                      r"farmers|suppliers|communities|beneficiaries)\b")
# a commitment to give back more than is taken ("net water positivity", "water positive", "nature positive")
_NET_POSITIVE = r"\bnet[- ](?:water|nature|biodiversity|carbon|climate)?[- ]?positiv\w*|\b(?:water|nature|carbon|climate)[- ]positiv\w*"
_DOWN = r"reduc|decreas|cut|lower|declin|drop|minimi|sav"
_UP = r"increas|rais|grow|improv|expand|boost"
# A country's own goal quoted by the company ("the national goal of carbon neutrality before 2060").
_NATIONAL = r"(?:national|state'?s?|country'?s|China'?s|government'?s?)\W+(?:[\w\"“”]+\W+){0,2}(?:goals?|targets?)\s+of"
# A state or bloc is the sentence's subject ("China has committed to net zero by 2060", "the European Union's
# Green Deal, the goal of which is ..."): its goal, not the company's.
_STATES = (r"(?:European Union|EU|United States|U\.S\.|USA|United Kingdom|UK|China|Japan|India|Germany|France|Canada|"
           r"Australia|(?:national|federal|central|local)\s+governments?|governments?|countries)")
_STATE_SUBJECT = (rf"^\W*(?:one example is\s+|for example,?\s+|e\.g\.,?\s+)?(?:the\s+)?{_STATES}\b"
                  r"(?:['’]s)?[^.;]{0,40}?\b(?:has|have|had|is|are|was|committed|pledged|aims?|plans?|announced|goal|target)"
                  # or the subject of a relative clause ("... come from China, which has pledged to be carbon neutral")
                  rf"|\b{_STATES},?\s+which\s+(?:has|have|had)\s+(?:pledged|committed|announced|set)")


def targets(doc: Document, units: list[Unit], facts: list[Fact] | None, report_year: int | None) -> list[dict]:
    candidates = _from_tables(doc, report_year) + _from_narrative(units, report_year) + _cjk.targets(units, report_year)
    candidates.sort(key=lambda t: (t.get("line") or 0, t.get("page") or 0))
    # twice: a merge can tell a bare "50% by 2030" read earlier that it is a cut, which the next pass needs
    out = _merge.dedupe(_merge.dedupe(candidates))
    for t in out:
        t["progress_stated"] = _stated_progress(t, units)
        t["progress"] = _progress(t, facts or [], report_year)
    return out


def _items(text: str) -> list[str]:
    """One cell or sentence may hold several targets: bullets, numbered items, '... by 2030, ... by 2040'."""
    parts = [p for p in re.split(r"\s*•\s*|\s+(?=\d\.\s+[A-Z])", text) if p.strip()]
    out: list[str] = []
    for p in parts:
        for s in split_sentences(p):
            out += _split_at_years(s)
    return [squash(re.sub(r"^\d\.\s+", "", o)) for o in out if o.strip()]


def _split_at_years(s: str) -> list[str]:
    for m in re.finditer(r"(?<=20\d\d)[,;]?\s+(?=[A-Za-z]|(?<=;\s)\d+(?:\.\d+)?\s?%)", s):
        left, right = s[:m.start()], s[m.end():]
        if _has_value(left) and _has_value(right):
            return [left] + _split_at_years(right)
    return [s]


def _has_value(text: str) -> bool:
    return bool(_PCT.search(text) or rx(r"\bzero\b").search(text) or any_match(vocab()["net_zero_patterns"], text))


def parse(text: str, report_year: int | None) -> dict | None:
    """A target's parts from its wording, or None when it states neither a value nor a year."""
    v = vocab()
    years = _target_years(text)
    bm = _BASE.search(text)
    base = int(next(g for g in bm.groups() if g)) if bm else None
    years = [y for y in years if y != base and (report_year is None or y >= report_year)]
    item: dict = {"description": text[:300], "metric": _metric(text), "baseline_year": base, "baseline_value": None,
                  "target_year": years[0] if years else None, "target_value": None, "target_unit": None,
                  "kind": None, "direction": None, "annual": bool(rx(r"\bannual(?:ly)?\b|per year|each year|every year").search(text)),
                  "scope": _scope(text)}
    said = _own_clauses(text)     # the values the target itself names
    rng, by = _RANGE.search(said), _by_pct(said)
    direction = "reduce" if rx(_DOWN).search(said) else "increase" if rx(_UP).search(said) else None
    # Bodies and programmes named after carbon neutrality (a "Carbon Neutrality Task Force", "carbon neutrality
    # pilot actions for some suppliers", a "net zero alliance") are not targets.
    bare = rx(r"(?:carbon neutral\w*|net[- ]zero) (?:task force|working group|team|committee|office|group|pilots?|"
              r"pilot actions?|actions?|projects?|programmes?|programs?|initiatives?|alliances?|funds?|bonds?|labs?|"
              r"laborator\w+)\b").sub("", text)
    if any_match(v["net_zero_patterns"], bare):
        item.update(kind="net_zero", target_value=0.0, target_unit="net emissions")
        if _MEANS_TO_NZ.search(text):
            item["target_year"] = None
        if item["metric"] and not item["metric"].startswith("ghg."):
            item["metric"] = None  # "through renewable energy projects" says how, not what
    elif rx(_NET_POSITIVE).search(text):
        item.update(kind="net_positive", target_unit=None)   # "net water positivity by 2030", "nature positive"
    elif (rng or by) and direction:
        item.update(kind="percent", direction=direction, target_unit="%",
                    target_value=float(rng[2]) if rng else float(by[1]))
        if rng:
            item["target_range"] = [float(rng[1]), float(rng[2])]
    elif m := _PCT.search(said):
        item.update(kind="absolute", target_value=float(m[1]), target_unit="%")
    elif item["target_year"] and (amount := _amount(said)):
        item.update(kind="absolute", target_value=amount[0], target_unit=amount[1])
    elif rx(r"\bzero\b").search(text):
        item.update(kind="absolute", target_value=0.0, target_unit="count")
    elif item["target_year"]:
        item["kind"] = "milestone"
    else:
        return None
    return item


def _own_clauses(text: str) -> str:
    """`text` with each clause that tells a past result or a comparison (`_PAST_OR_COMPARED`) put as one space."""
    if _PAST_OR_COMPARED.search(text) is None:
        return text
    return _CLAUSES.sub(lambda m: " " if _PAST_OR_COMPARED.search(m[0]) else m[0], text)


def _target_years(text: str) -> list[int]:
    """The years a target names, deadlines first: a deadline ("by", "before", "until", "end of") names the target
    year before a plain "in"/"to" does ("from 870 billion yen in FY2021 to 880 billion yen by FY2023"); not a
    start ("since 2019"), and not the end of a plan's period ("our management plan running through 2025")."""
    found = [(m.start(), int(m[1] or m[2]), bool(_DEADLINE.match(m[0]))) for m in _YEAR_TO.finditer(text)
             if not re.search(r"\b(?:start|begin|launch|since|from)\w*\s*$", text[max(0, m.start() - 12):m.start()], re.I)
             and not _PLAN_END.search(text[max(0, m.start() - 40):m.start()])]
    return [y for _, y, d in sorted(found, key=lambda f: (not f[2], f[0]))]


def _by_pct(text: str) -> re.Match | None:
    """"by 30%", "by at least 12.3%", or a percentage naming the change itself ("a 15% reduction", "Reduce 15% of")."""
    return _BY_PCT.search(text) or _PCT_CHANGE.search(text) or _VERB_PCT.match(text)


def _amount(text: str) -> tuple[float, str] | None:
    """"a positive CO2 contribution of 1 million tonnes per year", "helping 2 million people": value, unit."""
    if m := _AMOUNT.search(text):
        return float(m[1].replace(",", "")) * _SCALE.get((m[2] or "").lower(), 1), m[3].lower()
    m = _COUNTED.search(text)
    return (float(m[1].replace(",", "")) * _SCALE.get(m[2] or "", 1), m[3]) if m else None


def _metric(text: str) -> str | None:
    for e in vocab()["target_metrics"]:
        if any_match(e["patterns"], text):
            return e["metric"]
    return None


def _scope(text: str) -> str | None:
    for pattern, flags in ((r"\b(?:in|of|at|for|across)\s+(?:the\s+)?((?:[A-Z][\w-]*\s+){1,3}(?:Park|Base|Factory|Plant|Site)s?)\b", 0),
                           (r"\b(all (?:[a-z]+ ){0,3}(?:bases|factories|plants|sites|facilities|operations))\b", re.I),
                           (r"\b(core operations?|(?:whole |entire )?value chain|selected products|own operations)\b", re.I)):
        m = rx(pattern, flags).search(text)
        if m:
            return squash(m[1])
    return None


def _from_narrative(units: list[Unit], report_year: int | None) -> list[dict]:
    v = vocab()
    out = []
    for u in _target_units(units):
        if u.text == u.section or rx(r"scenario").search(u.text):
            continue
        if any_match(v["achieved_cues"], u.text):
            continue  # a result ("has decreased by 48%"), read as progress below
        for text in _items(u.text):
            t = parse(text, report_year)
            if t is None or (t["kind"] == "net_zero" and rx(_NATIONAL).search(text)) or rx(_STATE_SUBJECT).search(text):
                continue
            if not t["target_year"] and _POINTER.search(text):
                continue
            # Prose is full of "goals" and "plans": keep future-dated targets and explicit "target of ...".
            future = t["target_year"] and (report_year is None or t["target_year"] > report_year)
            explicit = rx(r"\b(?:target|goal|objective)s?\s+(?:of|is|to)\b").search(text)
            if not ((future and t["kind"] != "milestone") or (explicit and t["kind"] in ("percent", "absolute", "net_zero"))):
                continue
            if not future and t["kind"] in ("percent", "absolute") and _dated_past(text, report_year):
                continue    # "(26% in 2020)": the value is dated in the past, a result beside a target word
            out.append({**t, "source": "narrative", **loc(u)})
    return out


# a sentence that sends the reader elsewhere ("For more on our target of ..., please see the chapter ...") names a
# target it does not state: without a year of its own it is no reading of it
_POINTER = re.compile(r"\b(?:please\s+(?:see|refer)|see also|for (?:more|further) (?:information|details)|refer(?:red)? to (?:the|our|chapter|section|page))\b", re.I)

# a target line printed as an order to oneself, without a target word: "Cut water use per guest by 12% by 2027
# against 2022." (kept only when it names a future year, as every target without a cue word)
_IMPERATIVE = re.compile(r"^\W{0,3}(?:reduce|cut|lower|halve|decrease|increase|raise|double|achieve|reach|source|recycle)\s", re.I)


def _target_units(units: list[Unit]) -> list[Unit]:
    """The sentences that may state a target: those with a target word, and imperative lines."""
    cues = vocab()["target_cues"]
    cued = {id(u) for u in candidates(units, cues) if any_match(cues, u.text)}
    ordered = {id(u) for u in candidates(units, (_IMPERATIVE.pattern,)) if _IMPERATIVE.match(u.text)}
    return [u for u in units if id(u) in cued or id(u) in ordered]


_VALUE_IN_YEAR = re.compile(r"\d+(?:\.\d+)?\s*%\s*(?:in|during|for)\s+(?:FY\s?)?(20\d\d)\b", re.I)


def _dated_past(text: str, report_year: int | None) -> bool:
    """Every percent that carries its own year carries one up to the report year ("26% in 2020")."""
    years = [int(m[1]) for m in _VALUE_IN_YEAR.finditer(text)]
    return bool(years) and report_year is not None and all(y <= report_year for y in years)


def _from_tables(doc: Document, report_year: int | None) -> list[dict]:
    out = []
    for tb in tables(doc):
        if not tb.rows:
            continue
        cols = _target_columns([h.lower() for h in cells(tb.rows[0])])
        if cols is not None:
            out += _table_targets(tb, cols, report_year)
    return out


def _target_columns(header: list[str]) -> dict | None:
    """The roles of a target table's columns from its header, or None when it has no target column."""
    tcol = next((i for i, h in enumerate(header) if re.search(r"target value|target level", h)), None)
    value_col = tcol is not None
    if tcol is None:
        tcol = next((i for i, h in enumerate(header) if re.search(r"objective|target|goal", h) and not re.search(r"type|term|progress", h)), None)
    if tcol is None:
        return None
    desc_col = next((i for i, h in enumerate(header) if re.search(r"index|indicator|metric|kpi", h)), tcol - 1) if value_col else tcol
    return {"target": tcol, "value": value_col, "desc": desc_col,
            "horizon": next((i for i, h in enumerate(header) if i != tcol and re.search(r"type|term|horizon|period|deadline", h)), None),
            "status": next((i for i, h in enumerate(header) if i != tcol and re.search(r"progress|status|compliance|achievement|outcome|result", h)), None),
            "topic": 0 if tcol > 0 and re.search(r"issue|topic|category|area|aspect|pillar", header[0]) else None}


def _table_targets(tb, cols: dict, report_year: int | None) -> list[dict]:
    out = []
    tcol, topic = cols["target"], None
    for row in tb.rows[1:]:
        cs = cells(row)
        if cols["topic"] is not None and cols["topic"] < len(cs) and cs[cols["topic"]]:
            topic = cs[cols["topic"]]
        if tcol >= len(cs) or not cs[tcol]:
            continue
        if cols["value"]:
            desc = cs[cols["desc"]] if 0 <= cols["desc"] < len(cs) else ""
            texts = [f"{desc} {cs[tcol]}".strip()]
        else:
            texts = _items(cs[tcol])
        for text in texts:
            said = text if cols["value"] else _labelled(text, cs, tcol)
            if said is None:
                continue    # "9.1%", "1% improvement": a value whose row names nothing it is of
            year = _bare_year(cs[tcol] if cols["value"] else text, report_year)   # the item's own year, not a neighbour's
            t = parse(text, report_year)
            if t is not None:
                t["description"] = said[:300]
            if t is None and year:      # "60 GW 2050": a target column's cell that names only its year
                t = parse(f"{text} by {year}", report_year)
                if t is not None:
                    t["description"] = text[:300]
            if t is None:
                continue
            if t["target_year"] is None and year and year != t["baseline_year"]:
                t["target_year"] = year     # "Net zero 2035" in a target column: the year is the target's
            t.update(source="table", topic=topic, **loc(row))
            for key in ("horizon", "status"):
                if cols[key] is not None and cols[key] < len(cs):
                    t[key] = cs[cols[key]] or None
            out.append(t)
    return out


def _labelled(text: str, cs: list[str], tcol: int) -> str | None:
    """A target cell that says what it is of as it stands; a bare value ("9.1%", "1% improvement") with the
    row's label (the nearest worded cell before it) put in front, or None when the row has none."""
    if len(re.findall(r"[A-Za-z]{3,}", text)) >= 2:
        return text
    label = next((c for c in reversed(cs[:tcol]) if len(re.findall(r"[A-Za-z]{3,}", c)) >= 2), None)
    return f"{label}: {text}" if label else None


def _bare_year(cell: str, report_year: int | None) -> int | None:
    """The one future year a target column's cell prints on its own ("UPS Net zero 2030")."""
    years = {int(y) for y in re.findall(r"(?<![\d.,/-])(20[2-9]\d)(?![\d%/-])", cell)}
    years = {y for y in years if report_year is None or y > report_year}
    return years.pop() if len(years) == 1 else None


def _stated_progress(t: dict, units: list[Unit]) -> list[dict]:
    """Sentences that report a change against the target's baseline year for the same metric."""
    if not t.get("metric") or not t.get("baseline_year"):
        return []
    out = []
    change = rx(rf"(decreas\w*|reduc\w*|increas\w*|dropp\w*|fell)\s+by\s+(\d+(?:\.\d+)?)\s*%\s*(?:compared (?:with|to)|from|against|relative to)\s+(?:that in\s+)?{t['baseline_year']}")
    for u in candidates(units, (change.pattern,)):
        m = change.search(u.text)
        if m and _metric(u.text) == t["metric"]:
            sign = 1 if m[1].lower().startswith("increas") else -1
            out.append({"change_pct": sign * float(m[2]), "text": u.text[:200], **loc(u)})
    return out


def _progress(t: dict, facts: list[Fact], report_year: int | None) -> dict | None:
    """Change since the baseline from the report's own facts of the target's metric."""
    metric, base_year = t.get("metric"), t.get("baseline_year")
    if not metric or not base_year:
        return None
    mine = [f for f in facts if f.metric == metric and f.value is not None and f.year is not None and f.source == "table"]
    if not mine:
        return {"status": "no facts for this metric"}
    base = next((f for f in mine if f.year == base_year), None)
    latest_year = max(f.year for f in mine)
    latest = next(f for f in mine if f.year == latest_year)
    out: dict = {"latest_year": latest_year, "latest_value": latest.value, "unit": latest.unit, "latest_line": latest.line}
    if t.get("scope") and not rx(r"^all\b").search(t["scope"]):
        out["note"] = f"target covers {t['scope']}; the facts may cover more"
    if base is None or base.unit != latest.unit or not base.value:
        out["status"] = "no baseline value in the report's facts"
        return out
    if t.get("baseline_value") is None:
        t["baseline_value"] = base.value
    change = (latest.value - base.value) / base.value * 100
    out.update(baseline_value=base.value, baseline_line=base.line, change_pct=round(change, 2))
    if t.get("kind") == "percent" and t.get("target_value"):
        wanted = -t["target_value"] if t.get("direction") == "reduce" else t["target_value"]
        out["share_of_target_pct"] = round(change / wanted * 100, 1) if wanted else None
        out["status"] = "met" if (change <= wanted if wanted < 0 else change >= wanted) else "not yet met"
    else:
        out["status"] = "computed"
    return out
