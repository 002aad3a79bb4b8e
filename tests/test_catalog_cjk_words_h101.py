"""Chinese and Japanese words as data (metrics.yaml), issue 13: childcare leave (育児休業, 育児休職, 育休) is parental
leave, not time lost to an injury (休業 alone); 復職/复职 is a return to work; leavers and female employees counted
(退職者数, 女性従業員数); training coverage of anti-corruption or safety (反腐败培训覆盖率, 安全培训覆盖率) is not all
employees' training coverage, nor the anti-corruption training given. Labels written for this test; no key holds them.
Mapped with the catalog's own words only (no shipped example)."""
from __future__ import annotations

import pytest

from catalog_probe import metric_id
from esglens.catalog import Mapper
from esglens.catalog.nearest import concept_text


@pytest.fixture(scope="module")
def mapper():
    return Mapper(examples=())


@pytest.mark.parametrize("label, unit, metric", [
    ("退職者数", "名", "workforce.turnover_count"),
    ("女性従業員数", "人", "workforce.female"),
    ("育休復職率", "%", "workforce.parental_return_rate"),
    ("育児休職取得者数", "名", "workforce.parental_leave"),
    ("育児休業 > 取得者数", "名", "workforce.parental_leave"),
    # (休業 alone is still lost time)
    ("休業災害度数率", "", "safety.ltifr"),
    ("员工培训覆盖率", "%", "training.coverage_pct"),
    # エネルギー is energy, 消費 consumption; a Japanese total "in primary-energy terms" is the total, not the fuels
    ("エネルギー消費量（原油換算）", "GJ", "energy.total"),
    ("一次エネルギー消費量", "GJ", "energy.total"),
    # an amount of money (額, 金额) is no word of the metric; 政治献金 is a political contribution
    ("社会貢献活動支出額", "百万円", None),
    ("社会貢献支出額", "百万円", "community.investment"),
    ("政治寄付", "百万円", "gov.political_contributions"),
])
def test_cjk_words_name_the_metric(mapper, label, unit, metric):
    assert metric_id(mapper, label, unit) == metric


@pytest.mark.parametrize("label, unit", [
    ("反腐败培训覆盖率", "%"),
    ("安全培训覆盖率", "%"),
    ("女性管理人员培训覆盖率", "%"),
])
def test_a_part_of_training_coverage_has_no_metric(mapper, label, unit):
    assert metric_id(mapper, label, unit) is None


def test_childcare_leave_is_not_lost_time():
    assert "lost-time" not in concept_text("育児休業取得率").split()
    assert "lost-time" in concept_text("休業日数").split()
    assert concept_text("育児休職") == concept_text("育児休業") == concept_text("parental leave")
