"""Reading text reports: encodings detected, bad input refused with a one-line reason."""
from __future__ import annotations

import codecs

import pytest

from esglens.errors import InputError
from esglens.read import find_reports, load

TEXT = "Indicator\tUnit\t2023\t2024\n温室气体排放总量\t吨二氧化碳当量\t1,200\t1,100\nWater\tm3\t5\t6\n"


def write(tmp_path, name, data: bytes):
    p = tmp_path / name
    p.write_bytes(data)
    return str(p)


@pytest.mark.parametrize("enc,prefix", [
    ("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16", b""), ("utf-16-le", b""), ("gb18030", b""),
])
def test_encodings_are_detected(tmp_path, enc, prefix):
    body = (TEXT * 20).encode(enc)
    doc = load(write(tmp_path, "r.txt", prefix + body))
    assert doc.lines[1].text.startswith("温室气体排放总量")
    assert doc.lines[0].text == "Indicator\tUnit\t2023\t2024"


def test_gbk_report_facts_keep_their_lines(tmp_path):
    from esglens.facts import extract_facts

    doc = load(write(tmp_path, "r.txt", TEXT.encode("gbk")))
    facts = [f for f in extract_facts(doc) if f.line == 2]
    assert [(f.year, f.value, f.unit) for f in facts] == [(2023, 1200.0, "吨二氧化碳当量"), (2024, 1100.0, "吨二氧化碳当量")]


def test_line_numbers_split_on_newlines_only(tmp_path):
    doc = load(write(tmp_path, "r.txt", "a\x0cb\r\nc\u2028d\ne".encode("utf-8")))
    assert [t.text for t in doc.lines] == ["a\x0cb", "c\u2028d", "e"]


@pytest.mark.parametrize("data,reason", [
    (b"", "empty file"),
    (b"   \n\n", "empty file"),
    (bytes(range(256)) * 50, "binary file"),
])
def test_bad_input_is_one_line_error(tmp_path, data, reason):
    with pytest.raises(InputError) as exc:
        load(write(tmp_path, "bad.txt", data))
    assert reason in str(exc.value)
    assert "\n" not in str(exc.value)


@pytest.mark.parametrize("name,data,reason", [
    ("memo.docx", b"PK\x03\x04" + bytes(range(256)) * 4, "Word document (convert it to PDF or text)"),
    ("OLD.DOC", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64), "Word document (convert it to PDF or text)"),
    ("kpis.xlsx", b"PK\x03\x04", "Excel workbook (convert it to PDF or text)"),
])
def test_an_office_file_is_named_not_called_binary(tmp_path, name, data, reason):
    with pytest.raises(InputError) as exc:
        load(write(tmp_path, name, data))
    assert exc.value.reason == reason and "binary" not in str(exc.value)


def test_too_large_text_is_refused_without_reading_it(tmp_path):
    p = tmp_path / "huge.txt"
    with open(p, "wb") as fh:
        fh.truncate(200 * 1024 * 1024)
    with pytest.raises(InputError) as exc:
        load(str(p))
    assert "too large" in exc.value.reason


def test_find_reports_expands_folders(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("y")
    (tmp_path / "c.png").write_bytes(b"\x89PNG")
    assert [p.rsplit("/", 1)[-1] for p in find_reports([str(tmp_path)])] == ["a.txt", "b.md"]


def test_latin1_text_is_not_read_as_chinese(tmp_path):
    text = "Les émissions totales étaient de 1 234 tonnes en 2024, réparties entre sites français.\n" * 30
    doc = load(write(tmp_path, "fr.txt", text.encode("cp1252")))
    assert doc.lines[0].text.startswith("Les émissions totales étaient")
