"""document.worded: the profile and the content index see a dump of bare figures without its bare lines,
and an ordinary report as it is."""
from __future__ import annotations

from pathlib import Path

import pytest

from esglens.document.readers import read_text_report
from esglens.document.worded import worded
from esglens.model import Paragraph

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "reports"


def test_a_dump_of_bare_figures_keeps_its_worded_lines_and_years(tmp_path):
    p = tmp_path / "dump.txt"
    p.write_text("Harbourview Ferries plc annual sustainability review\n\n2031\n\n"
                 + "\n\n".join(str(k % 97) for k in range(12_000))
                 + "\n\n潮汐能源年度报告\n", encoding="utf-8")
    doc = read_text_report(str(p))
    seen = worded(doc)
    texts = [b.text for b in seen.blocks if isinstance(b, Paragraph)]
    everything = " ".join(getattr(b, "text", "") for b in seen.blocks)
    assert seen is not doc and worded(doc) is seen            # kept per document
    assert "2031" in texts and "潮汐能源年度报告" in everything and "Harbourview Ferries" in everything
    assert not [t for t in texts if t.strip().isdigit() and len(t.strip()) < 4]
    assert len(seen.blocks) < len(doc.blocks) - 11_000


def test_a_report_with_some_bare_lines_is_passed_as_it_is(tmp_path):
    p = tmp_path / "mixed.txt"
    p.write_text("\n\n".join(f"Line {k} of the review" if k % 3 else str(k) for k in range(30_000)), encoding="utf-8")
    doc = read_text_report(str(p))
    assert worded(doc) is doc           # 10,000 bare lines, but a third of the blocks: no copy


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/corpus/reports not present")
def test_the_sample_reports_are_read_whole():
    for path in sorted(SHARED.glob("*.txt")):
        doc = read_text_report(str(path))
        assert worded(doc) is doc, path.name
