"""Rules "measure list" and "register" (tables.measure_lists, h112): a yearless list whose one figure column is
named by its measure — over a blank stub cell, as a form's long question, or as the one measure among a register's
columns of words — is read; its figures take the period the table states ("… during the year": the report's year),
else no year. Drawn with reportlab in wordings and layouts no report uses."""
from __future__ import annotations

import pytest

from esglens.facts import extract_facts
from esglens.read.pdf import read_pdf
from pdf_draw import text

pytest.importorskip("reportlab")


def _facts(pdf) -> dict[str, tuple[float | None, str, int | None]]:
    return {f.label: (f.value, f.unit, f.year) for f in extract_facts(read_pdf(str(pdf))) if f.source == "table"}


def _list(tmp_path, title: str, head: tuple[str, str], rows: list[tuple[str, str]], size: float = 8.0):
    """A report line naming its year, a title, then a two-column list: the head's cells at x 40 and x 330 (the
    stub's cell may be blank), each row's name at x 40 and its figure right-aligned at x 420."""
    from reportlab.pdfgen import canvas

    pdf = tmp_path / "list.pdf"
    c = canvas.Canvas(str(pdf))
    text(c, 40, 800, "Harbour Authority of Lowmere - Annual Review 2041", size=12)
    text(c, 40, 770, title, size=10)
    y = 748
    if head[0]:
        text(c, 40, y, head[0], size=size)
    text(c, 420, y, head[1], size=size, right=True)
    for i, (name, fig) in enumerate(rows, 1):
        text(c, 40, y - 14 * i, name, size=size)
        text(c, 420, y - 14 * i, fig, size=size, right=True)
    text(c, 40, y - 14 * (len(rows) + 3), "The review is published by the harbour board every spring.", size=10)
    c.showPage()
    c.save()
    return _facts(pdf)


ROWS = [("Dredging permits withdrawn", "3"), ("Mooring licences suspended", "0"), ("Pilotage exemptions revoked", "12")]


def test_a_count_column_over_a_blank_stub_cell_is_read_without_a_year(tmp_path):
    got = _list(tmp_path, "Sanctions imposed on harbour users", ("", "Number"), ROWS)
    assert got["Dredging permits withdrawn"] == (3.0, "", None)
    assert got["Pilotage exemptions revoked"] == (12.0, "", None)
    assert got["Mooring licences suspended"] == (0.0, "", None)


def test_a_list_stating_its_period_takes_the_reports_year(tmp_path):
    got = _list(tmp_path, "Sanctions imposed on harbour users during the year", ("", "Number"), ROWS)
    assert got["Dredging permits withdrawn"] == (3.0, "", 2041)
    assert got["Pilotage exemptions revoked"] == (12.0, "", 2041)


def test_a_list_naming_one_year_takes_that_year(tmp_path):
    got = _list(tmp_path, "Sanctions imposed on harbour users in 2040", ("", "Number"), ROWS)
    assert got["Mooring licences suspended"] == (0.0, "", 2040)


def test_a_form_question_over_a_share_column_is_read(tmp_path):
    question = ("% of berths and slipways that were inspected (by the authority itself, by visiting port state "
                "officers or by surveyors)")
    got = _list(tmp_path, "Inspections", ("Area", question),
                [("Hull integrity", "100%"), ("Fire drills", "85%"), ("Ballast water", "92%")], size=6.0)
    assert got == {"Hull integrity": (100.0, "%", None), "Fire drills": (85.0, "%", None),
                   "Ballast water": (92.0, "%", None)}


def test_a_measure_column_of_words_is_left_alone(tmp_path):
    # two rows in three print words under "Number": not a list of that measure's figures
    got = _list(tmp_path, "Sanctions imposed on harbour users", ("", "Number"),
                [("Dredging permits withdrawn", "3"), ("Mooring licences suspended", "under review"),
                 ("Pilotage exemptions revoked", "see note")])
    assert got == {}


COLS = (40, 70, 190, 290, 400)


def _register(tmp_path, head: tuple[str, ...], rows: list[tuple[str, ...]]):
    from reportlab.pdfgen import canvas

    pdf = tmp_path / "register.pdf"
    c = canvas.Canvas(str(pdf))
    text(c, 40, 800, "Harbour Authority of Lowmere - Annual Review 2041", size=12)
    text(c, 40, 770, "7. Operators in which the authority holds shares", size=10)
    y = 748
    for x, h in zip(COLS, head):
        text(c, x, y, h, size=7)
    for i, row in enumerate(rows, 1):
        for x, cell in zip(COLS, row):
            text(c, x, y - 14 * i, cell, size=7)
    text(c, 40, y - 14 * (len(rows) + 3), "The register is kept by the harbour board secretary.", size=10)
    c.showPage()
    c.save()
    return _facts(pdf)


HEAD = ("Sl No", "Name of operator", "Owner or charterer", "% of shares held", "Files returns (Yes/No)")


def test_a_registers_one_measure_column_is_read_named_by_its_rows_names(tmp_path):
    got = _register(tmp_path, HEAD, [("1", "Gull Ferries Ltd", "Owner", "100%", "Yes"),
                                     ("2", "Saltmarsh Towage", "Charterer", "49.5%", "No"),
                                     ("3", "Pier Nine Agents", "Owner", "-", "No"),
                                     ("4", "Eastbank Lighters", "Owner", "26%", "Yes")])
    assert got["Gull Ferries Ltd"] == (100.0, "%", None)
    assert got["Saltmarsh Towage"] == (49.5, "%", None)     # the word columns are no level of the label
    assert got["Eastbank Lighters"] == (26.0, "%", None)
    assert got["Pier Nine Agents"][0] is None               # a nil, not a zero


def test_a_register_whose_measure_column_holds_words_is_left_alone(tmp_path):
    # two rows in three print words under "% of shares held": no list of that measure
    got = _register(tmp_path, HEAD, [("1", "Gull Ferries Ltd", "Owner", "100%", "Yes"),
                                     ("2", "Saltmarsh Towage", "Charterer", "under review", "No"),
                                     ("3", "Pier Nine Agents", "Owner", "see note", "No")])
    assert got == {}


def test_a_markdown_register_with_serial_numbers_is_read_as_a_register(tmp_path):
    # a converter's table: the serial number is no second figure of the row (the plain named header took it so)
    md = tmp_path / "register.md"
    md.write_text("# Harbour Authority of Lowmere Annual Review 2041\n\n## Operators in which the authority holds "
                  "shares\n\n| Sl No | Name of operator | Owner or charterer | % of shares held | Files returns (Yes/No) |\n"
                  "|---|---|---|---|---|\n| 1 | Gull Ferries Ltd | Owner | 100% | Yes |\n"
                  "| 2 | Saltmarsh Towage | Charterer | 49.5% | No |\n| 3 | Pier Nine Agents | Owner | - | No |\n\n"
                  "The register is kept by the harbour board secretary.\n", encoding="utf-8")
    from esglens.read import load
    got = {f.label: (f.value, f.unit, f.year) for f in extract_facts(load(str(md))) if f.source == "table"}
    assert got == {"Gull Ferries Ltd": (100.0, "%", None), "Saltmarsh Towage": (49.5, "%", None),
                   "Pier Nine Agents": (None, "%", None)}
