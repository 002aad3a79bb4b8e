"""A unit in kana or ideographs is read when a particle or the next word is glued to it (issue 15: Japanese
prose lost "名", "カ所", "万トン" and gave figures with no unit). Sentences of our own."""
from esglens.facts.narrative import narrative_facts


def _units(text: str) -> list[tuple[str, str]]:
    return [(f.raw, f.unit) for f in narrative_facts(text, line=None, page=1, default_year=2031)]


def test_a_cjk_counter_followed_by_a_particle_is_the_unit():
    assert _units("防災訓練には延べ2,400名が参加した。") == [("2,400", "名")]
    assert _units("管内の約7,500カ所に感震器を設けた。") == [("7,500", "カ所")]


def test_a_scale_and_a_unit_glued_to_the_next_word():
    assert _units("2035年度の取扱量は3,000万トンを見込む。")[0][1] == "万トン"
    assert _units("排出量は1,250万tとなった。") == [("1,250", "万t")]


def test_latin_units_still_end_at_a_latin_letter():
    assert _units("The kiln emitted 120 tonnes in 2031.") == [("120", "tonnes")]
    assert [u for _, u in _units("The site holds 40 tanks.")] == ["tanks"]


def test_a_cjk_frequency_is_no_fact():
    assert _units("安全委員会を年2回以上開催している。") == []
    assert _units("全社員に月1回の研修を行う。") == []


def test_a_cjk_name_of_periods_and_particles_says_nothing():
    assert _units("2031年度は、9回実施した。") == []
    assert _units("相談窓口には2031年度に45件の相談が寄せられた。")[:1] == [("45", "件")]


def test_the_noun_a_japanese_counter_counts_follows_it():   # h95: "N名の先生方" counts teachers
    from esglens.facts.narrative import narrative_facts
    facts = narrative_facts("今年度は見学会を4回開き、135名の 大学生に参加いただきました。", line=1, page=None, default_year=2021)
    assert [(f.raw, f.unit, f.label.split(" … ")[-1]) for f in facts if f.unit == "名"] == [("135", "名", "大学生")]
    facts = narrative_facts("沿線の約90カ所の 変電設備に監視装置を取り付けました。", line=1, page=None, default_year=2021)
    assert facts and facts[0].label.endswith("変電設備")
