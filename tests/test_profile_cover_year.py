"""The report year from a year set alone on the cover, when no period or title states one (h31).
Constructed pages in wordings no sample report uses."""
from esglens.document.build import build
from esglens.model import Document, TextLine
from esglens.profile.basics import cover_year


def _pdf(lines_by_page):
    lines = [TextLine(t, page=p) for p, texts in lines_by_page for t in texts]
    return build(Document(path="t.pdf", name="t.pdf", sha256="0", kind="pdf", lines=lines))


def test_a_fiscal_span_alone_on_the_cover_gives_its_end_year():
    doc = _pdf([(1, ["Corporate Responsibility Disclosure", "", "2022-23", ""]), (2, ["Contents", "", "Letter 3"])])
    assert cover_year(doc)["value"] == 2023


def test_a_year_on_a_later_page_or_inside_a_sentence_is_no_cover_year():
    assert cover_year(_pdf([(1, ["Corporate Responsibility Disclosure"]), (2, ["FY 2020"])])) is None
    assert cover_year(_pdf([(1, ["Our plans for 2030 and beyond"])])) is None
