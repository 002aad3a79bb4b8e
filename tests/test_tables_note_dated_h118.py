"""Rule "as-of year" (tables.as_of), the note above a table: a yearless table under a note that points to it and
dates it ("... as of 14 August 2037 ... as set out below") takes the year that day falls in, as the report labels
its periods; a note pointing elsewhere, or a table dated by its own title, is left as before. Constructed
wordings no sample report uses."""
from __future__ import annotations

from datetime import date

from esglens.document.build import build
from esglens.facts import extract_facts
from esglens.model import Document, TextLine
from esglens.tables.as_of import labelled_year, note_date

_TABLE = ("| Name of fund | Units held (thousand) | Holding (%) |\n|---|---|---|\n"
          "| Quayside Growth Fund | 4,210 | 3.9 |\n| Moorland Income Trust | 2,950 | 2.7 |\n")
_CAL = "This report covers the year ended 31 December 2040, its figures are for 2040."
_FY = "This report covers fiscal 2040 (April 1, 2040 to March 31, 2041). FY2040 figures are shown."


def _years(note: str, period: str = _CAL) -> dict[str, int | None]:
    text = f"# Register of Holders\n\n{period}\n\nFund holdings\n\n{note}\n\n{_TABLE}"
    lines = [TextLine(t, line=i) for i, t in enumerate(text.split("\n"), 1)]
    doc = build(Document(path="t.md", name="t.md", sha256="0", kind="text", lines=lines))
    return {f.label: f.year for f in extract_facts(doc) if f.source == "table"}


def test_a_note_pointing_to_the_table_below_dates_it():
    got = _years("A filing made public in 2038 reports that, as of 14 August 2037, the two funds held the units "
                 "set out below.")
    assert got == {"Quayside Growth Fund > Units held (thousand)": 2037, "Quayside Growth Fund > Holding (%)": 2037,
                   "Moorland Income Trust > Units held (thousand)": 2037, "Moorland Income Trust > Holding (%)": 2037}


def test_a_fiscal_report_labels_the_day_by_its_own_years():
    # FY2040 runs April 2040 - March 2041: 14 August 2037 falls in FY2037, 2 February 2038 in FY2037 as well
    got = _years("As of 2 February 2038 the funds held the units set out below.", _FY)
    assert set(got.values()) == {2037}


def test_a_note_dating_the_period_end_gives_the_report_year_and_one_pointing_nowhere_changes_nothing():
    got = _years("As of 31 December 2040 the funds held the units shown below.")
    assert set(got.values()) == {2040}
    got = _years("As of 14 August 2037 the funds held more units than in any year since.")
    assert set(got.values()) == {2040}     # the note does not point to the table: the report's year, as before


def test_note_date_and_labelled_year():
    assert note_date("On 3 May 2036 we learnt that, as of April 30, 2036, it held the shares as shown below.") \
        == date(2036, 4, 30)
    assert note_date("As of April 30, 2036, it held 5% of the shares.") is None
    assert note_date("The holdings, as of April 30, 2036, were as follows:") == date(2036, 4, 30)
    assert labelled_year(date(2036, 4, 30), None) == 2036
    assert labelled_year(date(2036, 4, 30), (3, -1)) == 2036 and labelled_year(date(2036, 2, 1), (3, -1)) == 2035
    assert labelled_year(date(2036, 4, 30), (3, 0)) == 2037
