"""Content indexes in layouts neither the sample reports nor test_frameworks_layouts*.py cover: a mapping table
(a section and its page, then a column of codes per framework, several codes in one cell), a flattened line
that is nothing but codes, and a Japanese GRI reference table (対照表) with its 掲載ページ column. Built as small
text reports."""
from __future__ import annotations

from pathlib import Path

from esglens.frameworks import extract_index
from esglens.read import load


def _entries(tmp_path: Path, text: str):
    p = tmp_path / "report.txt"
    p.write_text(text, encoding="utf-8")
    return [(e.framework, e.code, e.title, e.where) for e in extract_index(load(str(p)))]


def test_a_mapping_table_with_a_column_of_codes_per_framework(tmp_path):
    got = _entries(tmp_path, (
        "Marrowfield Ceramics plc\n\nReporting Framework Index\n\n"
        "Section\tPage\tHKEX ESG Guide\tGRI Standards\n"
        "Kiln emissions\t12\tA1.1; A1.2\t305-1, 305-2\n"
        "Glaze waste\t18\tA1.3, A1.6\t306-3\n"))
    assert got == [("HKEX", "A1.1", "Kiln emissions", "12"), ("HKEX", "A1.2", "Kiln emissions", "12"),
                   ("GRI", "305-1", "Kiln emissions", "12"), ("GRI", "305-2", "Kiln emissions", "12"),
                   ("HKEX", "A1.3", "Glaze waste", "18"), ("HKEX", "A1.6", "Glaze waste", "18"),
                   ("GRI", "306-3", "Glaze waste", "18")]


def test_a_line_of_codes_only_is_one_entry_a_code_and_no_title(tmp_path):
    got = _entries(tmp_path, (
        "Marrowfield Ceramics plc\n\nESG Reporting Guide Content Index\n\n"
        "A1.1 Types of emissions and respective emissions data 14\n"
        "A2.1; A2.2; B1.1;\n"
        "A3.1 Significant impacts on the environment 22\n"))
    assert got == [("HKEX", "A1.1", "Types of emissions and respective emissions data", "14"),
                   ("HKEX", "A2.1", None, ""), ("HKEX", "A2.2", None, ""), ("HKEX", "B1.1", None, ""),
                   ("HKEX", "A3.1", "Significant impacts on the environment", "22")]


def test_a_japanese_gri_reference_table_with_its_page_column(tmp_path):
    got = _entries(tmp_path, (
        "丸野窯業株式会社\n\nGRIスタンダード対照表\n\n"
        "開示事項\t項目\t掲載ページ\n"
        "2-1\t組織の詳細\t2\n"
        "305-1\t直接的な温室効果ガス排出量\t51\n"
        "306-3\t発生した廃棄物\t53-54\n"))
    assert got == [("GRI", "2-1", "組織の詳細", "2"), ("GRI", "305-1", "直接的な温室効果ガス排出量", "51"),
                   ("GRI", "306-3", "発生した廃棄物", "53-54")]
