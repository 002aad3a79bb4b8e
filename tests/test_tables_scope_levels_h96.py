"""A row label that only names the reporting scope ("Consolidated", "連結") in a column left of the subject: the
subject the row above printed stays, the scope is its level (issue 13: Tokyo Gas p56 handed over "連結" alone).
Text tables of our own, tab-separated; no report prints these."""
from __future__ import annotations

from esglens.document.build import build
from esglens.facts import extract_facts
from esglens.model import Document, TextLine
from esglens.tables.label_stack import scope_word


def _facts(lines):
    doc = build(Document(path="t.txt", name="t.txt", sha256="0", kind="text",
                         lines=[TextLine(t, line=i) for i, t in enumerate(lines, 1)]))
    return {(f.label, f.year): f.value for f in extract_facts(doc) if f.source == "table"}


def test_scope_row_keeps_the_subject_of_the_row_above():
    got = _facts(["\t\tUnit\t2021\t2022",
                  "Standalone\tVoluntary leavers\tpersons\t41\t52",
                  "Consolidated\t\tpersons\t188\t203",
                  "Standalone\tRetirees\tpersons\t12\t15",
                  "Consolidated\t\tpersons\t66\t71"])
    assert got[("Voluntary leavers > Consolidated", 2022)] == 203
    assert got[("Retirees > Consolidated", 2021)] == 66
    assert got[("Standalone > Voluntary leavers", 2021)] == 41


def test_chinese_scope_row():
    got = _facts(["\t\t单位\t2021年\t2022年",
                  "单体\t研发人员\t人\t310\t342",
                  "合并\t\t人\t1,205\t1,398"])
    assert got[("研发人员 > 合并", 2022)] == 1398


def test_a_row_naming_a_subject_is_not_a_scope():
    # "Contractors" is no scope: it starts anew, the subject to its right is not carried
    got = _facts(["\t\tUnit\t2021\t2022",
                  "Employees\tInjuries\tcases\t4\t3",
                  "Contractors\t\tcases\t9\t7"])
    assert got[("Contractors", 2022)] == 7


def test_scope_word():
    assert scope_word("連結") and scope_word("Consolidated") and scope_word("(Standalone)")
    assert not scope_word("Consolidated revenue") and not scope_word("Group")
