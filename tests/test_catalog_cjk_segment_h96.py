"""Chinese and Japanese labels cut into the catalog's words before they are compared (issue 13).

A CJK label prints no spaces: before h96 a run of characters the synonyms did not claim was one "word", so a
filler glued to it ("总量"), a rate's "率" or a count's "数" never counted as a word of their own. Every label here
is written for the test; no key holds it.
"""
from esglens.catalog.nearest import concept_text, context_words, segment_cjk


def test_glued_filler_is_dropped():
    # "total amount of refuse collected" and "amount of refuse collected": one concept
    assert concept_text("垃圾清运总量") == concept_text("垃圾清运量") == "垃圾清运"


def test_rate_suffix_is_a_context_word():
    # a rate of something the catalog does not know is still a rate: 率 gates examples that are counts
    assert "率" in context_words("労働組合加入率")
    assert "率" in context_words("eラーニング受講率")
    assert concept_text("労働組合加入率") == "労働組合加入 率"


def test_known_words_are_cut_unknown_characters_stay_together():
    assert segment_cjk("产品召回总数") == "产品召回 总 数"
    assert segment_cjk("有害废弃物产生量") == "有害 废弃物 产生量"


def test_one_character_word_is_not_cut_from_one_other_character():
    assert segment_cjk("容量") == "容量"          # capacity, not "容" + "量"
    assert concept_text("容量") == "容量"


def test_one_character_word_inside_a_run_stays():
    # "数" is a known word, but here it is inside an unknown word ("数据": data), not a count's suffix
    assert segment_cjk("数据中心") == "数据中心"


def test_english_and_mixed_labels_unchanged():
    assert concept_text("Total number of employees") == "employee number"
    assert concept_text("温室气体排放总量") == "emission ghg"
