"""Issue 17: the speed-ups of the shared stages give exactly what the slower code gave.

Word gates (core.prefilter.Gated) never hide a match; the values shared per document (core.memo) are worked
out once and equal what each stage computed itself; the caches of pure per-label functions return what
the function returns; a whole-text search done line by line finds what the joined text holds.
"""
from __future__ import annotations

import gc
import re

import pytest

from esglens.checks import implied_factor
from esglens.checks.labels import complete_set, content_words
from esglens.core import memo, text as core_text
from esglens.core.prefilter import Gated, fewest, folded, gate, needs
from esglens.document.build import build
from esglens.errors import InputError
from esglens.model import Document, TextLine
from esglens.profile import period as period_mod
from esglens.profile.text import narrative, narrative_head, rx, vocab
from profile_patterns import every_profile_pattern

TEXTS = [
    "We target net-zero emissions by 2060 against a 2020 baseline.",
    "The REPORTING PERIOD runs from 1 April 2023 to 31 March 2024 (FY2023).",
    "Scope 2 covers purchased heat and steam; GECs and I-RECs were bought.",
    "本报告采用生态环境部发布的排放因子。对照索引见附录。",
    "Amounts are in €, £ and ¥ unless stated; HK$ 3.2 million.",
    "\u0130STANBUL office: \u017fcope 1 and the \u212aelvin sign.",
    "No words of any kind here 123.",
    "",
]


def test_a_gated_pattern_gives_what_the_pattern_gives():
    patterns = every_profile_pattern() + [r"emission (?:factor|coefficient)s?|排放因子", r"€|\bEUR\b", r"(?:ab)?c",
                                           r"reporting period|this report covers", r"\bsk", r"in\b"]
    gated = 0
    for p in patterns:
        raw = re.compile(p, re.I)
        g = gate(raw)
        gated += isinstance(g, Gated)
        for t in TEXTS:
            assert (g.search(t) or None) and g.search(t).span() == raw.search(t).span() or \
                (g.search(t) is None and raw.search(t) is None), (p, t)
            assert [m.span() for m in g.finditer(t)] == [m.span() for m in raw.finditer(t)], (p, t)
            assert g.findall(t) == raw.findall(t), (p, t)
            assert g.sub("#", t) == raw.sub("#", t), (p, t)
            assert bool(g.match(t)) == bool(raw.match(t)) and bool(g.fullmatch(t)) == bool(raw.fullmatch(t))
    assert gated > 100
    assert gate(re.compile(r"\d+")).pattern == r"\d+" and not isinstance(gate(re.compile(r"\d+")), Gated)
    assert isinstance(rx(r"scope\s*3"), Gated) and rx(r"scope\s*3").pattern == r"scope\s*3"


@pytest.mark.parametrize("pattern, words", [
    (r"emission (?:factor|coefficient)s?|排放因子", ("emission factor", "emission coefficient", "排放因子")),
    (r"€|\bEUR\b", ("€", "eur")),
    (r"对照|索引", ("对照", "索引")),
    (r"Ärger|é", None),                        # letters with case outside ASCII still give nothing
])
def test_caseless_characters_are_needed_letters(pattern, words):
    assert needs(pattern, re.I) == words


def test_the_caseless_ranges_have_no_case_partner():
    from esglens.core.prefilter import _CASELESS

    def inside(o: int) -> bool:
        return any(a <= o <= b for a, b in _CASELESS)
    for a, b in _CASELESS:
        for o in range(a, b + 1):
            c = chr(o)
            assert c.lower() == c == c.upper() == c.casefold(), hex(o)
    for o in range(0x110000):
        x = chr(o)
        mapped = x.lower() + x.upper() + x.casefold()
        if mapped == x * 3 or 0xD800 <= o <= 0xDFFF or inside(o):
            continue   # (no case mapping at all: most code points)
        assert not any(inside(ord(ch)) for ch in mapped), hex(o)


def test_folded_reads_the_four_special_letters_in_short_and_long_texts():
    assert folded("ABC\u212a \u0130n \u0131n \u017f") == "abck in in s"
    long = "x" * 5000 + "\u0130\u212a"
    assert folded(long) == "x" * 5000 + "ik" and len(folded(long)) == len(long)
    assert folded("Straße") == "straße"
    assert fewest({"order", "orderly", "disorderly", "rcp"}) == ("order", "rcp")


def _doc(lines: list[str]):
    return build(Document("t.txt", "t.txt", "0" * 64, "text", [TextLine(t, i + 1, None) for i, t in enumerate(lines)]))


def test_the_narrative_is_shared_and_dropped_with_its_document():
    doc = _doc(["About this report", "", "This report covers 1 January 2023 to 31 December 2023. It is our third.",
                "", "Targets", "", "We will cut emissions by 30% by 2030."])
    units = narrative(doc)
    assert narrative(doc) is units and [u.text for u in units][:2] == ["About this report",
                                                                      "This report covers 1 January 2023 to 31 December 2023."]
    assert narrative_head(doc, 5000) is units
    assert [u.text for u in narrative_head(doc, 2)] == [u.text for u in units[:2]]
    p = period_mod.period(doc, units)
    assert p == period_mod._period(doc, units) and p["start"] == "2023-01-01"
    p["start"] = "changed"                       # a caller's change does not reach the next caller
    assert period_mod.period(doc, units)["start"] == "2023-01-01"
    key = id(doc)
    assert memo.known(doc, "narrative") is units
    del doc, units
    gc.collect()
    assert key not in memo._MEMO


def _old_abbreviation_before(text: str, end: int) -> bool:
    for abbr in core_text.ABBREVIATIONS:
        start = end + 1 - len(abbr)
        if start >= 0 and text.startswith(abbr, start) and (start == 0 or not text[start - 1].isalnum()):
            return True
    return False


def test_the_abbreviation_test_is_the_old_one():
    words = list(core_text.ABBREVIATIONS) + ["xNo.", "Ltd.", "co.", "Fig.", "pp.", "a.", ".", "e.g.", "3."]
    text = " ".join(w + (" " if i % 2 else "") for i, w in enumerate(words)) + "Mrs. Apprx. i.e. end."
    for end, ch in enumerate(text):
        if ch == ".":
            assert core_text._abbreviation_before(text, end) == _old_abbreviation_before(text, end), (text[:end + 1])


def test_a_whole_text_search_line_by_line_finds_what_the_joined_text_holds():
    lines = ["Scope 2 includes purchased", "steam for the dryers.", "Heat and steam are bought.",
             "photovoltaic panels", "GECs", "外购热力", "market-based", "certificate"]
    for rx_ in (implied_factor._HEAT, implied_factor._INSTRUMENTS):
        for k in range(len(lines)):
            for j in range(k, len(lines) + 1):
                part = lines[k:j]
                assert implied_factor._on_a_line(rx_, part) == bool(rx_.search("\n".join(part))), (rx_.pattern, part)


def test_cached_label_functions_return_the_values_they_computed():
    assert content_words("Greenhouse gas emissions (tCO2e)") == {"ghg", "emiss"}
    assert content_words("No. of employees^{1}") == {"employe"}
    assert content_words("Water withdrawal (m³)") == {"water", "withdrawal"}
    assert isinstance(content_words("Water withdrawal (m³)"), frozenset)   # shared: cannot be changed by a caller
    assert complete_set(["Male", "Female"]) == complete_set(["Male", "Female"]) == "gender"
    assert complete_set(["Number of male employees", "Number of female employees"]) == "gender"
    assert complete_set(["Wind", "Solar"]) is None


def test_the_line_end_test_of_the_checks_sentences_is_the_old_regex():
    from esglens.checks.sentences import _ENDS
    old = re.compile(r"[.!?;:。；！？]\s*$")
    for t in ["", " ", "Total.", "Total. ", "Total.\n", "a；", "a，", "Scope 1 and", "x:\t", "end?\u3000", "a.b"]:
        assert (t.rstrip()[-1:] not in _ENDS) == (not old.search(t)), repr(t)


def test_candidates_are_the_units_a_pattern_list_could_match():
    from esglens.profile.text import Unit, candidates, could_match

    texts = TEXTS + ["Listed on the Shenzhen Stock Exchange (stock code: 002518).", "a\x00report", "GHG\x00",
                     "ISO 14064-1 verification", "We will PLAN to cut", "year-end", "REPORTING"] * 2
    units = [Unit(t, i, None, "") for i, t in enumerate(texts)]
    lists = [vocab()["target_cues"], [p for s in vocab()["scenarios"] for p in s["patterns"]], [r"report|year"],
             [r"ISO\s*14064(?:-\d)?"], [r"\d+"], [r"排放因子|€"], [r"listed on|(?i:stock code)"]]
    for patterns in lists:
        want = [u for u in units if could_match(patterns, u.text)]
        assert candidates(units, patterns) == want, patterns
        assert all(u in want for u in units if any(re.search(p, u.text, re.I) for p in patterns))
    assert candidates(units, [r"\d+"]) is units   # a pattern without words rules nothing out


def test_a_case_sensitive_pattern_is_gated_by_its_words_as_printed():
    from esglens.core.prefilter import needs_cased

    assert needs_cased(r"\b(?:[A-Z][\w-]*\s+){1,3}(?:Park|Site)\b") == ("Park", "Site")
    assert needs_cased(r"(?i:stock code)|listed on") is None and needs_cased(r"(?i)board") is None
    assert needs_cased(r"Board", re.I) is None and needs_cased(r"(?-i:Board)|board") == ("Board", "board")
    texts = TEXTS + ["Shenzhen Kstar Science and Technology Co., Ltd. and KSTAR (Vietnam) CO., LTD.",
                     "Rio Tinto plc and Rio Tinto Limited", "the Board of Directors; the board", "Guangming Park",
                     "STOCK CODE: 002518", "listed ON the SSE", "Siemens AG and Siemens Ltd.", "ſite PARK Park"]
    patterns = [r"\b(?:[A-Z][\w-]*\s+){1,3}(?:Park|Base|Factory|Plant|Site)\b", r"(?-i:Board)\b(?! of Supervisors)",
                r"listed on|listing on|(?i:stock code|ticker)|\.(?:SZ|SH|HK)\b", r"Co\.,?\s*Ltd\.?|Limited|plc|AG",
                r"[A-Z]{2,}\s+\(", r"(?i)park"]
    for p in patterns:
        raw = re.compile(p)
        g = gate(raw)
        for t in texts:
            assert [m.span() for m in g.finditer(t)] == [m.span() for m in raw.finditer(t)], (p, t)
            assert (g.search(t) is None) == (raw.search(t) is None), (p, t)
    assert gate(re.compile(patterns[0])).cased and not gate(re.compile(patterns[0], re.I)).cased


def test_a_list_changed_after_it_was_indexed_is_indexed_anew():
    from esglens.core.prefilter import candidates as any_candidates
    from esglens.profile.text import Unit

    units = [Unit("the report year", 1, None, ""), Unit("nothing", 2, None, "")]
    assert [u.line for u in any_candidates(units, [r"report"])] == [1]
    units.append(Unit("another report", 3, None, ""))
    units[1] = Unit("a report too", 4, None, "")
    assert [u.line for u in any_candidates(units, [r"report"])] == [1, 4, 3]


def test_the_keyed_breakdown_filters_keep_what_the_all_pairs_ones_kept():
    import random

    from esglens.checks import breakdowns as B
    from esglens.checks.relations import Relation
    from esglens.checks.rows import Row

    def inside_all(rel, found):   # the all-pairs forms they replace
        ids = {id(rel.total)} | {id(p) for p in rel.parts}
        return any(o.basis in ("definition", "labelled") and ids <= {id(p) for p in o.parts} for o in found)

    def beyond_all(rel, found):
        ids = {id(p) for p in rel.parts}
        return any(o.basis == "definition" and o.total is rel.total and {id(p) for p in o.parts} < ids for o in found)

    rng = random.Random(17)
    rows = [Row("g", f"row {i}", "t", i, None, i) for i in range(9)]
    checked = 0
    for _ in range(300):
        found = []
        for _ in range(rng.randint(1, 8)):
            total, *parts = rng.sample(rows, rng.randint(3, 6))
            found.append(Relation(total, parts, rng.choice(["definition", "labelled", "structure", "arithmetic"]), True))
        by_part, by_total = B._by_part(found), B._by_total(found)
        for r in found:
            assert B._inside_breakdown(r, by_part) == inside_all(r, found)
            assert B._beyond_definition(r, by_total) == beyond_all(r, found)
            checked += inside_all(r, found) + beyond_all(r, found)
    assert checked > 20


def test_text_share_patterns_with_a_digit_lookahead_find_what_they_found_before():
    """checks/textshares' two patterns open with (?=\\d) so the engine skips to digits: the same matches as
    the patterns without it, on random sentences of counts, shares and words."""
    import random

    from esglens.checks import textshares

    rng = random.Random(17)
    pieces = ["there are", "12", "1,234", "7", "directors", ",", "of which", "3", "are", "independent", "accounting for",
              "43%", "(", "28.5 %", "among whom", "including", "x7", "a1", "2023", "or", "representing", "of", "ⅷ", "٣"]
    for _ in range(3000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 25)))
        for rx_ in (textshares._WHOLE.re, textshares._PART):
            before = re.compile(rx_.pattern.replace("(?=\\d)", "", 1), rx_.flags)
            assert [m.groupdict() | {"at": m.span()} for m in rx_.finditer(text)] == \
                [m.groupdict() | {"at": m.span()} for m in before.finditer(text)], text


def test_the_amount_pattern_with_its_first_character_lookahead_finds_what_it_found_before():
    """checks/statements._AMOUNT opens with a lookahead of the characters a match can start with (a
    currency's first, white space, a digit): the same matches as without it on random clauses."""
    import random

    from esglens.checks import statements

    rng = random.Random(23)
    pieces = ["RMB", "RMB1,417.61", "HK$", "US$", "USD", "EUR", "€", "¥", "￥", "$", "12", "1,234,567.8", "2023",
              "million", "tonnes", "yuan", "%", " ", "\u3000", "\t", "rmb", "of", ",", ";", "x9", "٣", "Ⅻ"]
    rx_ = statements._AMOUNT
    before = re.compile(rx_.pattern.replace("(?=[RCHUE€¥￥$\\s\\d])", "", 1), rx_.flags)
    assert before.pattern != rx_.pattern
    for _ in range(5000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(1, 14)))
        assert [m.groupdict() | {"at": m.span()} for m in rx_.finditer(text)] == \
            [m.groupdict() | {"at": m.span()} for m in before.finditer(text)], text


def test_the_change_patterns_with_first_character_lookaheads_find_what_they_found_before():
    """checks/statements' _VERB, _PCT_FIRST and _OBJECT open with a lookahead of their first characters:
    the same matches as without it on random sentences (capitals, and the letters IGNORECASE reads as
    ASCII: İ ı ſ K)."""
    import random

    from esglens.checks import statements

    rng = random.Random(31)
    pieces = ["Increased", "DECREASED", "rose", "fell", "went up", "Went Down", "lower", "cut", "less", "more", "up",
              "by", "to", "of", "about", "over", "12", "1,234.5", "45", "%", " %", "yoy", "year-on-year",
              "reducing", "Reduce", "cutting", "raising", "emissions", "İncreased", "ıncrease", "ſcope", "K", "x9",
              "٣", "decline", "growth", "higher", ".", ";", "the water use"]
    for _ in range(4000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 16)))
        for name in ("_VERB", "_PCT_FIRST", "_OBJECT"):
            rx_ = getattr(statements, name)
            plain = re.sub(r"^\(\?=(?:\[[^\]]+\]|\\d)\)", "", rx_.pattern)
            assert plain != rx_.pattern, name
            before = re.compile(plain, rx_.flags)
            assert [m.groupdict() | {"at": m.span()} for m in rx_.finditer(text)] == \
                [m.groupdict() | {"at": m.span()} for m in before.finditer(text)], (name, text)


def test_a_report_analysed_is_dropped_once_the_next_one_is_read(tmp_path):
    """A value kept per document that is the document itself (document.worded of an ordinary report) once
    kept every report ever read alive in a long-running process (web server, batch worker): the global memo
    held it. Once its result is gone and the next report is read, nothing of the document stays (a memo of
    one document at a time may keep the last one until then)."""
    import weakref

    from esglens.pipeline import analyze

    path = tmp_path / "r.txt"
    path.write_text("About this report\n\nThis report covers 1 January 2023 to 31 December 2023.\n\n"
                    "| Indicator | Unit | 2023 |\n|---|---|---|\n| Water withdrawal | m3 | 1,200 |\n", encoding="utf-8")
    result = analyze(str(path))
    doc = result.document
    assert memo.known(doc, "worded") is doc          # the document is its own worded form here
    gone, key = weakref.ref(doc), id(doc)
    del result, doc
    analyze(str(path))
    gc.collect()
    assert gone() is None and key not in memo._MEMO


def test_the_collector_is_held_back_during_a_report_and_put_back_after(tmp_path):
    """core.gcpause: while a report is analysed the young generation is collected every YOUNG new objects
    (not every 700: full passes over every object of the process cost 10-25 % of a report's CPU); after
    it, nested or from several threads at once, the thresholds are what they were, and collections still
    run inside (cyclic garbage is freed, only less often)."""
    import threading

    from esglens.core import gcpause
    from esglens.pipeline import analyze

    before = gc.get_threshold()
    seen = []
    with gcpause.paused():
        seen.append(gc.get_threshold()[0])
        with gcpause.paused():
            seen.append(gc.get_threshold()[0])
        seen.append(gc.get_threshold()[0])
    assert seen == [gcpause.YOUNG] * 3 and gc.get_threshold() == before and gc.isenabled()

    inside, go = threading.Event(), threading.Event()

    def hold() -> None:
        with gcpause.paused():
            inside.set()
            go.wait(5)

    t = threading.Thread(target=hold)
    t.start()
    inside.wait(5)
    with gcpause.paused():       # this thread leaves first: the other still runs held back
        pass
    assert gc.get_threshold()[0] == gcpause.YOUNG
    go.set()
    t.join()
    assert gc.get_threshold() == before

    counts = []
    gc.callbacks.append(cb := lambda phase, info: counts.append(phase) if phase == "stop" else None)
    try:
        path = tmp_path / "r.txt"
        path.write_text("About this report\n\nWe cut water use by 12% in 2023.\n", encoding="utf-8")
        analyze(str(path))
        assert gc.get_threshold() == before
        counts.clear()
        with gcpause.paused():
            junk = []
            for _ in range(3 * gcpause.YOUNG // 2):
                a: list = []
                a.append(a)              # a cycle only the collector frees
                junk.append(a) if len(junk) < 10 else None
        assert counts                    # it still ran while held back
    finally:
        gc.callbacks.remove(cb)
    assert gc.get_threshold() == before
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.7 not really")
    with pytest.raises(InputError):   # a file that cannot be read: the thresholds are put back all the same
        analyze(str(bad))
    assert gc.get_threshold() == before


def test_a_threshold_set_by_the_caller_is_left_alone():
    from esglens.core import gcpause

    before = gc.get_threshold()
    try:
        gc.set_threshold(0)              # the caller turned automatic collection off: it stays off
        with gcpause.paused():
            assert gc.get_threshold()[0] == 0
        gc.set_threshold(10 * gcpause.YOUNG, 5, 5)   # a higher threshold is not lowered
        with gcpause.paused():
            assert gc.get_threshold() == (10 * gcpause.YOUNG, 5, 5)
    finally:
        gc.set_threshold(*before)
