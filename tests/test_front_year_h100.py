"""The report year of a PDF read in part comes from a statement of its period, not from a target (h100):
front pages that name "by 2040" and a "Vision 2040" as often as the cover's year, and a fiscal label of the
year before ("In fiscal 2023, …"). Constructed text in wordings of our own."""
from __future__ import annotations

from esglens.model import Document, TextLine
from esglens.profile.front import front_year


def _doc(front: list[str], own: list[str] = ()) -> Document:
    lines = [TextLine(text=t, line=i + 1, page=9) for i, t in enumerate(own)]
    return Document(path="x.pdf", name="x.pdf", sha256="0", kind="pdf", lines=lines, front=front)


FRONT = ["Harbour Works Group", "Impact Review 2024", "Our roadmap: Horizon Vision 2040",
         "We aim to halve freight emissions by 2040 and to reach net zero by 2040.",
         "Harbour Works Impact Review 2024 | page 2"]


def test_target_years_date_no_page():
    """"by 2040", "Vision 2040": targets, not counted; the cover's year is left."""
    assert front_year(_doc(FRONT))["value"] == 2024


def test_fiscal_label_of_the_year_before_the_cover():
    """"In fiscal 2023, we …" (twice) beside a "FY2030 target": the period the data pages report on."""
    front = FRONT + ["In fiscal 2023, we opened two depots.", "Results FY2023 | FY2030 target",
                     "In fiscal 2023, cargo volumes grew."]
    assert front_year(_doc(front))["value"] == 2023


def test_fiscal_label_years_away_is_history():
    """A fiscal label far from the cover's year ("since fiscal 2009") is history: the cover's year stays."""
    front = FRONT + ["The terminal has run on shore power since FY2012.", "Founded in fiscal 2012."]
    assert front_year(_doc(front))["value"] == 2024


def test_only_target_years_give_no_year():
    assert front_year(_doc(["Toward net zero by 2045", "Vision 2045 roadmap", "2030 target: 40% less"])) is None
