"""Material topics from a form's issue column (its first rows left as cells on the page before), from a
numbered form whose issue cell the reader split into two blocks, and from a matrix's marked labels that the
reader put after a paragraph of the next column. Constructed texts and documents; no report uses these
wordings or layouts."""
from __future__ import annotations

from esglens.model import Document, Paragraph, RawRow, TableBlock
from esglens.profile import build_profile
from esglens.profile.materiality import topics
from esglens.read import load


def _doc(blocks) -> Document:
    return Document(path="x.pdf", name="x.pdf", sha256="0", kind="pdf", lines=[], blocks=blocks)


def _cells(page: int, *items: tuple[float | None, str]) -> list[Paragraph]:
    return [Paragraph(text, page=page, column=col, region="cell" if col is not None else None) for col, text in items]


_FORM = """Harbourline Ferries plc
Annual Sustainability Statement 2024

Section B. What matters most

| Material topic | Risk or opportunity | Why it matters to us | Financial implications |
|---|---|---|---|
| Vessel emissions at berth | Risk | Port cities plan low-emission zones for ships. | Negative |
| Passenger accessibility | Opportunity | Step-free boarding widens our market. | Positive |
| Crew fatigue and rostering | Risk | Long rosters raise incident rates. | Negative |
| Ballast water and invasive species | Risk | Discharge rules differ between ports. | Negative |

Our crews keep the timetable running all year round.
"""


def test_a_forms_issue_column_lists_the_topics(tmp_path):
    path = tmp_path / "form.txt"
    path.write_text(_FORM, encoding="utf-8")
    got = [t["name"] for t in build_profile(load(str(path)), [])["material_topics"]]
    assert got == ["Vessel emissions at berth", "Passenger accessibility", "Crew fatigue and rostering",
                   "Ballast water and invasive species"]


def _form_table(page: int, rows: list[list[str]]) -> TableBlock:
    head = ["Key issue identified", "Risk / opportunity", "Reason", "Approach"]
    return TableBlock(id=f"p{page}", rows=[RawRow(head, page=page)] + [RawRow(r, page=page) for r in rows])


def test_a_form_continued_from_cells_on_the_page_before():
    # page 4: the header and the first row stand as loose cells (no table found); page 5: the table, its first
    # row fused with the repeated header, a compound word broken at its hyphen
    blocks = [Paragraph("The issues below came out of our survey of riders and staff.", page=4),
              *_cells(4, (60.0, "Key issue identified"), (160.0, "Risk / opportunity"), (60.0, "Rider safety on night routes"),
                      (160.0, "Risk"), (None, "Assaults on late services rose in two depots, so we added guards.")),
              _form_table(5, [["Key issue identified Fares for low- income riders", "Opportunity", "Cheaper fares lift use.", "-"],
                              ["Depot noise", "Risk", "Neighbours complained twice.", "Night curfew."],
                              ["Electric bus charging", "Risk and opportunity", "Grid capacity is short.", "Phased roll-out."]])]
    assert [(t["name"], t["page"]) for t in topics(_doc(blocks))] == [
        ("Rider safety on night routes", 4), ("Fares for low-income riders", 5), ("Depot noise", 5), ("Electric bus charging", 5)]


def test_a_form_column_of_sentences_is_not_a_topic_list():
    blocks = [_form_table(3, [["We reduced spills by half. Crews were retrained.", "Risk", "-", "-"],
                              ["Our depots now recycle all oil; audits continue.", "Risk", "-", "-"]])]
    assert topics(_doc(blocks)) == []


def test_a_numbered_forms_issue_cell_split_over_two_blocks_is_one_topic():
    # "1 | Biodiversity / Net Gain" and "3 | Water" / "Stewardship": the cells between two row numbers are one issue
    blocks = _cells(2, (None, "Material topics"), (40.0, "No."), (58.0, "Material issue"), (200.0, "Rationale"),
                    (40.0, "1"), (58.0, "Biodiversity"), (200.0, "Quarry extensions touch two protected habitats."),
                    (58.0, "Net Gain"),
                    (40.0, "2"), (58.0, "Dust and Noise"), (200.0, "Neighbours live close to the crushers."),
                    (40.0, "3"), (58.0, "Water"), (200.0, "Pits are dewatered into a chalk stream."),
                    (58.0, "Stewardship"),
                    (40.0, "4"), (58.0, "Haulage Safety"), (200.0, "Trucks share village roads with schools."))
    assert [t["name"] for t in topics(_doc(blocks))] == [
        "Biodiversity Net Gain", "Dust and Noise", "Water Stewardship", "Haulage Safety"]


def test_row_numbers_given_in_a_batch_before_their_items_open_one_item_each():
    # the reader gives "1", "2" before both names, then "3" before a name split in two blocks
    blocks = _cells(2, (None, "Material topics"), (40.0, "No."), (58.0, "Material issue"), (200.0, "Rationale"),
                    (40.0, "1"), (40.0, "2"), (58.0, "Dust and Noise"), (58.0, "Haulage Safety"),
                    (200.0, "Neighbours live close to the crushers."),
                    (40.0, "3"), (58.0, "Water"), (200.0, "Pits are dewatered into a chalk stream."),
                    (58.0, "Stewardship"))
    assert [t["name"] for t in topics(_doc(blocks))] == ["Dust and Noise", "Haulage Safety", "Water Stewardship"]


def test_without_a_number_column_the_blocks_stay_apart():
    blocks = _cells(2, (None, "Material topics"), (58.0, "Material issue"), (200.0, "Rationale"),
                    (58.0, "Biodiversity"), (200.0, "Quarry extensions touch two protected habitats."),
                    (58.0, "Net Gain"), (58.0, "Dust and Noise"), (58.0, "Haulage Safety"))
    assert [t["name"] for t in topics(_doc(blocks))] == ["Biodiversity", "Net Gain", "Dust and Noise", "Haulage Safety"]


def _matrix(later_page: int) -> list[Paragraph]:
    return [Paragraph("Outcome of our materiality review", page=7),
            Paragraph("▪ Road safety", page=7), Paragraph("▪ Water use", page=7),
            Paragraph("▪ Tailings storage ▪ Closure planning", page=7),
            Paragraph("Every second year we ask lenders, neighbours and regulators to score a long list of issues, "
                      "and the board signs off the result.", page=7),
            Paragraph("▪ Local hiring", page=later_page), Paragraph("Low", page=later_page),
            Paragraph("Importance to the business", page=later_page)]


def test_a_matrix_label_placed_after_the_next_columns_prose_is_still_a_topic():
    assert [t["name"] for t in topics(_doc(_matrix(7)))] == [
        "Road safety", "Water use", "Tailings storage", "Closure planning", "Local hiring"]


def test_a_marked_line_on_the_next_page_is_not_the_matrixs():
    assert [t["name"] for t in topics(_doc(_matrix(8)))] == [
        "Road safety", "Water use", "Tailings storage", "Closure planning"]
