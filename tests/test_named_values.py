"""Rule "name：value line" (tables/named_values.py): a line of a list or of a table cell that is a name, a colon
(ASCII or full-width) and figures only is a table fact per figure, named by the name (and the word glued before
the figure). Wordings and layouts of our own (h98)."""
from __future__ import annotations

import pytest

from esglens.document.build import build
from esglens.facts import extract_facts
from esglens.model import Document, TextLine
from esglens.tables.named_values import Figure, named_line


def test_a_name_a_full_width_colon_and_figures_with_words_before_them():
    got = named_line("・釉薬の再利用率：本館71.5%、分館64.0%（2021年度、本館のみ集計）")
    assert got.name == "釉薬の再利用率" and got.year == 2021
    assert got.figures == (Figure("本館", "71.5%", 71.5, "%"), Figure("分館", "64.0%", 64.0, "%"))
    got = named_line("陶芸教室：8回開催、1,112名参加")
    assert [(f.value, f.unit) for f in got.figures] == [(8, "回"), (1112, "名")] and got.year is None
    # an "as of" date in the closing bracket dates nothing (the report's year stands)
    assert named_line("窯の担当者：12名（2022年4月1日現在）").year is None


def test_an_ascii_colon_and_latin_words():
    got = named_line("• Kiln apprentices: north wing 14 persons, south wing 22 persons")
    assert got.name == "Kiln apprentices"
    assert [(f.sub, f.raw) for f in got.figures] == [("north wing", "14 persons"), ("south wing", "22 persons")]


def test_lines_that_are_not_a_name_and_figures_abstain():
    assert named_line("焼成：0.8kg/回、乾燥：1.2kg/回") is None          # two names on one line
    assert named_line("釉薬の再利用率：95%以上") is None                   # a target's bound
    assert named_line("訓練参加率：100%の維持") is None                    # a target's wording
    assert named_line("受付：月曜日から金曜日まで") is None                  # prose
    assert named_line("Opening date: 2021") is None                      # a year
    assert named_line("Page: 12") is None and named_line("Version: 3") is None   # references
    assert named_line("Pages printed: 1,200").figures[0].value == 1200
    assert named_line("※2 窯の数：12基") is None and named_line("Note: 12 kilns were rebuilt") is None
    assert named_line("Glazes tested: 40 colours of the new range") is None   # words that are no unit
    assert named_line("窯の排出量：2.4万t-CO₂e").figures[0].unit == "万t-CO2e"   # a subscript written plain


def _facts(text: str):
    lines = [TextLine(t, line=i) for i, t in enumerate(text.split("\n"), 1)]
    doc = build(Document(path="t.md", name="t.md", sha256="0", kind="text", lines=lines))
    return {(f.label, f.value): (f.source, f.year, f.unit) for f in extract_facts(doc)}


def test_list_lines_and_table_cells_of_a_text_report():
    got = _facts("# Pottery Guild Review 2021\n\n## Results of the year\n\n| Theme | Targets | Results |\n|---|---|---|\n"
                 "| Apprentices | Train more apprentices | Kiln apprentices: north 14 persons, south 22 persons |\n"
                 "| Waste | Recycle glaze waste | Glaze waste recycled: 87.5% (FY2020) |\n\n## Community\n\n"
                 "- Open studio visitors: 1,240 persons\n- Workshops held: 6 times, 85 participants\n"
                 "- Clay sourced locally: about half of it\n")
    assert got[("Apprentices > Kiln apprentices > north", 14)] == ("table", 2021, "persons")
    assert got[("Apprentices > Kiln apprentices > south", 22)] == ("table", 2021, "persons")
    assert got[("Waste > Glaze waste recycled", 87.5)] == ("table", 2020, "%")
    assert got[("Open studio visitors", 1240)] == ("table", 2021, "persons")
    assert got[("Workshops held", 6)] == ("table", 2021, "times")
    assert got[("Workshops held", 85)] == ("table", 2021, "participants")
    # each figure once: the prose reader's facts of those lines are gone
    assert [k for k in got if k[1] in (1240, 6, 85) and got[k][0] == "narrative"] == []


canvas_mod = pytest.importorskip("reportlab.pdfgen.canvas", reason="reportlab (test extra) not installed")


def test_a_bullet_list_of_named_results_on_a_pdf_page(tmp_path):
    from pdf_draw import text
    from esglens.read.pdf import read_pdf
    pdf = tmp_path / "guild.pdf"
    c = canvas_mod.Canvas(str(pdf))
    text(c, 40, 790, "Pottery Guild Review 2021", size=16)
    text(c, 40, 760, "Main results of the year", size=12)
    lines = ["The guild kept its studios open all year and welcomed new members from the valley towns.",
             "- Kiln firings: 312 times",
             "- Glaze waste recycled: north studio 71.5%, south studio 64.0%",
             "- Volunteer hours: 1,480 hours (FY2021)",
             "- Firing schedule: every Tuesday and Friday",
             "- Kiln emissions: 2.4 t",     # its unit runs on into the next line: not whole, abstain
             "CO2e a firing on average, measured at the chimney"]
    for k, ln in enumerate(lines):
        text(c, 40, 740 - 13 * k, ln, size=9)
    c.showPage()
    c.save()
    got = {(f.label, f.value): (f.source, f.year, f.unit) for f in extract_facts(read_pdf(str(pdf)))}
    assert got[("Kiln firings", 312)] == ("table", 2021, "times")
    assert got[("Glaze waste recycled > north studio", 71.5)] == ("table", 2021, "%")
    assert got[("Glaze waste recycled > south studio", 64.0)] == ("table", 2021, "%")
    assert got[("Volunteer hours", 1480)] == ("table", 2021, "hours")
    assert not [k for k in got if k[1] in (312, 71.5, 64.0, 1480) and got[k][0] == "narrative"]
    assert not [k for k in got if k[1] == 2.4 and got[k][0] == "table"]



def test_a_wrapped_sentence_line_with_a_colon_is_no_name(tmp_path):
    # h109: a sentence wrapped over printed lines, one of them "… still open: 9", is prose, not a name and a
    # figure (its "name" would hold another figure and half a sentence); a list line after a colon stays
    from pdf_draw import text
    from esglens.read.pdf import read_pdf
    pdf = tmp_path / "kilns.pdf"
    c = canvas_mod.Canvas(str(pdf))
    text(c, 40, 790, "Pottery Guild Review 2021", size=16)
    text(c, 40, 760, "Kiln inspections", size=12)
    lines = ["Our kiln inspections covered every studio of the guild and found 96 faults",
             "in glazing, Of these, 14 faults are still open: 9",
             "at the north studio and 5 at the south studio. The inspections were thorough:",
             "- Inspections held: 12 times"]
    for k, ln in enumerate(lines):
        text(c, 40, 740 - 13 * k, ln, size=9)
    c.showPage()
    c.save()
    got = {(f.label, f.value): (f.source, f.year, f.unit) for f in extract_facts(read_pdf(str(pdf)))}
    assert [k for k in got if got[k][0] == "table" and k[1] in (9, 14, 96)] == []
    assert got[("Inspections held", 12)] == ("table", 2021, "times")
