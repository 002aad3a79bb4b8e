"""The base of a rate is no figure (issue 20, found when a Japanese footnote defining a frequency rate became
prose): "1,000延実労働時間あたり" is "per 1,000 hours worked", put first as Japanese does; a count of 1,000
people stays a figure. Wordings no report uses."""
from __future__ import annotations

from esglens.facts.narrative import narrative_facts


def _raws(text: str) -> list[str]:
    return [f.raw for f in narrative_facts(text, line=None, page=1, default_year=2031)]


def test_a_round_base_before_atari_is_no_figure():
    assert _raws("※3 港湾災害率＝1,000延稼働時間あたりの休業災害件数。") == []
    assert _raws("強度率は100万時間当たりの損失日数である。") == []


def test_round_counts_stay_figures():
    assert _raws("港湾研修に1,000名が参加した。") == ["1,000"]
    assert _raws("Cranes ran for 1,000 hours without a stop in 2031.") == ["1,000"]
