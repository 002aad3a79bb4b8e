"""A long document's stated period is read once from its first sentences (issue 17: on 8x a report the fact
extractor read it twice, each time over the whole document's lines and tables, 1x..8x growth 7.7x -> 7.5x)."""
from __future__ import annotations

from esglens.profile import period as period_mod
from esglens.profile.text import narrative, narrative_head
from esglens.read import load


def _long_report(tmp_path, sentences: int):
    lines = ["# Sustainability Report of Example Metals Ltd.", "",
             "This report covers the period from 1 January 2023 to 31 December 2023.", ""]
    lines += [f"Plant {i} recycled {i % 90 + 3} tonnes of scrap steel in the year." for i in range(sentences)]
    path = tmp_path / "long.txt"
    path.write_text("\n\n".join(lines), encoding="utf-8")
    return load(str(path))


def test_the_head_of_a_long_document_is_one_list_and_its_period_is_read_once(tmp_path, monkeypatch):
    doc = _long_report(tmp_path, 120)
    calls = []
    real = period_mod._period
    monkeypatch.setattr(period_mod, "_period", lambda d, u: calls.append(len(u)) or real(d, u))
    head = narrative_head(doc, 50)
    assert head is narrative_head(doc, 50) and len(head) == 50
    assert [u.text for u in head] == [u.text for u in narrative(doc)[:50]]
    first = period_mod.stated_year(doc, head)
    again = period_mod.fiscal_offset(doc, narrative_head(doc, 50))
    assert first["value"] == 2023 and again is None   # (a calendar year: no offset)
    assert calls == [50]   # read once for the head ...
    whole = period_mod.period(doc, narrative(doc))
    assert whole["end"] == "2023-12-31" and calls == [50, len(narrative(doc))]   # ... and once for the whole


def test_a_head_of_another_length_is_read_afresh(tmp_path):
    doc = _long_report(tmp_path, 60)
    a, b = narrative_head(doc, 20), narrative_head(doc, 30)
    assert len(a) == 20 and len(b) == 30 and [u.text for u in b[:20]] == [u.text for u in a]
    assert narrative_head(doc, 30) is not b   # only the first length asked is kept
