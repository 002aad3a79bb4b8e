"""A ligature ("ffi", "fl") is one glyph whose letters pdfium reports one by one, each with the glyph's whole
box: the second and third letter start far left of the previous letter's end. They go on with the word
(before: the word was broken there and "efficiency" read "eficiencyf"). A letter that truly starts far back
(an overprint, a new run set over the line) still breaks. Checked on the word loop the three readers share
(Python, C, reference): tests/test_pdf_words.py holds them equal on real pages."""
from esglens.read.pdf_chars import Char, words_of


def _chars(spec):
    return [Char(ch, x0, x1, 0.0, 8.0, 6.5, 8.0, False) for ch, x0, x1 in spec]


def test_a_ligatures_letters_stay_in_their_word():
    spec = [("e", 10.0, 13.0), ("f", 13.2, 19.0), ("f", 13.2, 19.0), ("i", 13.2, 19.0), ("c", 19.5, 22.0),
            ("y", 22.2, 25.0)]
    assert [w.text for w in words_of(_chars(spec))] == ["efficy"]


def test_a_letter_set_far_back_in_another_box_still_breaks():
    spec = [("a", 10.0, 13.0), ("b", 13.2, 19.0), ("c", 12.0, 15.0)]
    assert [w.text for w in words_of(_chars(spec))] == ["ab", "c"]
