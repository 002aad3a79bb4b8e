"""Columns headed by a fiscal year's end ("FY3/2019", "2019年3月期", "Mar-19", "Year ended 31 March 2019",
"2019/3" in a row of them): read as years (core/fiscal.py, tables/fiscal_columns.py) and dated the way the
report labels its fiscal years (profile/period.fiscal_offset). Wordings and layouts of our own (h98)."""
from __future__ import annotations

import pytest

from esglens.core.fiscal import FiscalEnd, fiscal_end, fiscal_ends
from esglens.core.numbers import split_markers, year_of
from esglens.facts import extract_facts
from esglens.model import Document, RawRow, TableBlock, TextLine
from esglens.profile.period import fiscal_offset
from esglens.tables.fiscal_columns import header_year, redate
from esglens.tables.header import detect_header
from esglens.tables.interpret import interpret


def test_a_fiscal_year_heading_gives_the_year_and_month_it_ends_in():
    assert fiscal_end("FY3/2019") == FiscalEnd(2019, 3, True)
    assert fiscal_end("2019年3月期") == FiscalEnd(2019, 3, True)
    assert fiscal_end("Year ended 31 March 2019") == FiscalEnd(2019, 3, True)
    assert fiscal_end("FYE Jun 2018") == FiscalEnd(2018, 6, True)
    assert fiscal_end("Mar-19") == FiscalEnd(2019, 3, False)
    assert fiscal_end("2019/3") == FiscalEnd(2019, 3, False)
    assert fiscal_end("30 September 2020") == FiscalEnd(2020, 9, False)
    # a day of a month is no year; a year alone and a two-year label are year_of's
    assert fiscal_end("March 31") is None
    assert fiscal_end("2019/20") is None and fiscal_end("FY2019") is None and fiscal_end("2019") is None


def test_a_heading_that_says_fiscal_is_a_year_alone_a_bare_month_only_in_a_row_of_them():
    assert year_of("FY3/2019") == 2019 and year_of("Year ended 31 March 2019") == 2019
    assert year_of("Mar-19") is None and year_of("2019/3") is None
    assert set(fiscal_ends(["Item", "Mar-18", "Mar-19", "Mar-20"])) == {1, 2, 3}
    # months of one year, or two months: no row of fiscal years
    assert fiscal_ends(["Item", "2019/4", "2019/5", "2019/6"]) == {}
    assert fiscal_ends(["Item", "Mar-19", "Sep-19"]) == {}
    assert fiscal_ends(["Item", "Mar-19"]) == {}
    assert header_year(["Item", "2018/3", "2019/3"], 2) == 2019


def test_a_header_row_of_fiscal_year_ends_has_year_columns():
    h = detect_header(["Indicator", "2018/3", "2019/3", "2020/3"], True)
    assert [(i, y) for i, y, _ in h.years] == [(1, 2018), (2, 2019), (3, 2020)]


def _table():
    block = TableBlock(id="t1", rows=[RawRow(cells=["Kilns fired", "Mar-18", "Mar-19"], line=1),
                                      RawRow(cells=["Kilns fired", "412", "436"], line=2),
                                      RawRow(cells=["Glaze batches", "97", "101"], line=3)])
    return interpret(block)


def test_a_report_that_labels_its_fiscal_year_by_its_start_dates_the_columns_a_year_earlier():
    table = _table()
    assert {(r.labels[-1], v.year) for r in table.rows for v in r.values} >= {("Glaze batches", 2018),
                                                                              ("Glaze batches", 2019)}
    assert redate({"t1": table}, (6, -1)) == 0       # the report's year ends in June: March columns as printed
    assert redate({"t1": table}, (3, 0)) == 0        # labelled by the year it ends in
    assert redate({"t1": table}, (3, -1)) == 4
    assert sorted(v.year for r in table.rows for v in r.values) == [2017, 2017, 2018, 2018]
    assert table.years == [2017, 2018]


def _doc(lines: list[str]) -> Document:
    from esglens.document.build import build
    return build(Document(path="x.txt", name="x.txt", sha256="0", kind="text",
                          lines=[TextLine(text=t, line=i + 1) for i, t in enumerate(lines)]))


def test_the_offset_is_the_reports_own_label_for_its_stated_period():
    start_labelled = _doc(["Pottery Guild Review", "This review covers the year ended 31 March 2019 (FY2018).",
                           "In FY2018 the guild opened two kilns.", "FY2018 highlights"])
    end_labelled = _doc(["Pottery Guild Review", "This review covers the year ended 31 March 2019 (FY2019).",
                         "In FY2019 the guild opened two kilns."])
    calendar = _doc(["Pottery Guild Review", "This review covers the year ended 31 December 2019."])
    from esglens.profile.text import narrative
    assert fiscal_offset(start_labelled, narrative(start_labelled)) == (3, -1)
    assert fiscal_offset(end_labelled, narrative(end_labelled)) == (3, 0)
    assert fiscal_offset(calendar, narrative(calendar)) is None


def test_a_japanese_note_mark_after_a_figure_is_no_part_of_it():
    assert split_markers("1,250注2") == ("1,250", ["注2"])
    assert split_markers("窯の稼働率※3") == ("窯の稼働率", ["※3"])


canvas_mod = pytest.importorskip("reportlab.pdfgen.canvas", reason="reportlab (test extra) not installed")


def test_a_pdf_table_of_fiscal_year_ends_under_a_display_title_and_a_navigation_bar(tmp_path):
    """A navigation bar at the page's top and the table's title in display type stand over the columns: neither
    is a column heading; the columns "2018/3 … 2020/3" are years, dated by the report's "FYn" labels."""
    from pdf_draw import text
    pdf = tmp_path / "kiln.pdf"
    c = canvas_mod.Canvas(str(pdf))
    text(c, 40, 800, "Pottery Guild Review: fiscal year ended March 31, 2020 (FY2019)", size=7)
    for x, w in ((250, "Strategy"), (330, "Results"), (410, "Guild life")):
        text(c, x, 780, w, size=9)
    text(c, 40, 730, "Kiln Statistics", size=22)
    for x, y in ((300, "2018/3"), (370, "2019/3"), (440, "2020/3")):
        text(c, x, 690, y, size=9, right=True)
    for k, (name, vals) in enumerate((("Kilns fired", ("412", "436", "451*")),
                                      ("Glaze batches", ("97", "101", "118")))):
        text(c, 40, 674 - 14 * k, name, size=9)
        for x, v in zip((300, 370, 440), vals):
            text(c, x, 674 - 14 * k, v, size=9, right=True)
    text(c, 40, 630, "* One kiln was rebuilt. In FY2019 the guild fired more than in FY2018.", size=7)
    c.showPage()
    c.save()
    got = {(f.label, f.year): f.value for f in extract_facts(_read(pdf)) if f.source == "table"}
    assert got[("Kilns fired", 2017)] == 412 and got[("Kilns fired", 2019)] == 451
    assert got[("Glaze batches", 2018)] == 101
    assert not [k for k in got if "Kiln Statistics" in k[0] or "Results" in k[0]]


def _read(pdf):
    from esglens.read.pdf import read_pdf
    return read_pdf(str(pdf))


def test_a_japanese_report_dates_its_period_columns_by_its_nendo_labels():
    from esglens.document.build import build
    text = ("# 陶芸組合レポート\n\n対象期間 2020年度（2020年4月1日～2021年3月31日）\n\n2020年度の主な取り組み\n\n"
            "| 項目 | 2020年3月期 | 2021年3月期 |\n|---|---|---|\n| 窯の稼働数 | 12 | 14 |\n")
    lines = [TextLine(t, line=i) for i, t in enumerate(text.split("\n"), 1)]
    doc = build(Document(path="t.md", name="t.md", sha256="0", kind="text", lines=lines))
    got = {(f.label, f.year): f.value for f in extract_facts(doc) if f.source == "table"}
    assert got == {("窯の稼働数", 2019): 12, ("窯の稼働数", 2020): 14}
