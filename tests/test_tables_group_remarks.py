"""Years printed over merged cells ("| FY 2031 | | | FY 2030 | | |") over a row that names each year's columns, the
same names group after group, one of them a column of remarks ("Logged | Closed | Notes"): the text and markdown
form of the BRSR complaints layout (issue 20). Each figure keeps its year and its column's name; the remarks are
words, and no longer cut the row's figures in two (before, the figures left of the remark became label parts and
the others took the wrong years). Wordings of our own."""
from __future__ import annotations

from esglens.document.build import build
from esglens.facts import extract_facts
from esglens.model import Document, TextLine


def md_facts(text: str):
    lines = [TextLine(t, line=i) for i, t in enumerate(text.split("\n"), 1)]
    doc = build(Document(path="t.md", name="t.md", sha256="0", kind="text", lines=lines))
    return {(f.label, f.year): f.value for f in extract_facts(doc) if f.source == "table"}


def test_named_groups_with_a_remarks_column_under_merged_years():
    md = ("| Grievance | FY 2031 | | | FY 2030 | | |\n"
          "|---|---|---|---|---|---|---|\n"
          "| | Lodged in the period | Unresolved at close | Notes | Lodged in the period | Unresolved at close | Notes |\n"
          "| Noise at the quay | 4 | 1 | Heard by the harbour board. | 3 | 0 | |\n"
          "| Dust from the yard | 7 | 2 | Heard by the harbour board. | 5 | 5 | |\n")
    assert md_facts(md) == {
        ("Noise at the quay > Lodged in the period", 2031): 4.0, ("Noise at the quay > Unresolved at close", 2031): 1.0,
        ("Noise at the quay > Lodged in the period", 2030): 3.0, ("Noise at the quay > Unresolved at close", 2030): 0.0,
        ("Dust from the yard > Lodged in the period", 2031): 7.0, ("Dust from the yard > Unresolved at close", 2031): 2.0,
        ("Dust from the yard > Lodged in the period", 2030): 5.0, ("Dust from the yard > Unresolved at close", 2030): 5.0}


def test_named_groups_without_remarks_keep_their_names():
    md = ("| Grievance | 2031 | | 2030 | |\n"
          "|---|---|---|---|---|\n"
          "| | Lodged | Settled | Lodged | Settled |\n"
          "| Noise at the quay | 4 | 1 | 3 | 3 |\n")
    assert md_facts(md) == {("Noise at the quay > Lodged", 2031): 4.0, ("Noise at the quay > Settled", 2031): 1.0,
                            ("Noise at the quay > Lodged", 2030): 3.0, ("Noise at the quay > Settled", 2030): 3.0}


def test_groups_whose_names_differ_are_not_read_as_named_groups():
    """The second group names other columns: no group structure is assumed from the names row."""
    md = ("| Grievance | 2031 | | 2030 | |\n"
          "|---|---|---|---|---|\n"
          "| | Lodged | Settled | Lodged | Withdrawn |\n"
          "| Noise at the quay | 4 | 1 | 3 | 2 |\n")
    got = md_facts(md)
    assert not any(label.endswith(("> Lodged", "> Settled", "> Withdrawn")) for label, _ in got)


def test_a_column_naming_what_it_counts_ends_in_a_word_of_its_phrase_not_a_unit():
    """'No. of households reached by river Projects' counts households: its last word is no unit (a wrapped
    heading's last line, once read into the column's name, gave every cell the unit 'Projects'); a measure at
    the end of such a heading is still its unit, and a heading that names no count keeps its last word."""
    from esglens.tables.units import trailing_unit

    assert trailing_unit("No. of households reached by river Projects") == ""
    assert trailing_unit("Number of crews trained persons") == ""
    assert trailing_unit("Number of loads carried tonnes") == "tonnes"
    assert trailing_unit("Households reached Projects") == "Projects"     # no count named first: as before
