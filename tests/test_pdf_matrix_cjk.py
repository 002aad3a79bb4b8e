"""Targets/results matrices in Chinese and Japanese (issue 20): role words are data (data/table_roles.yaml),
headings wrap over lines at different baselines, and the KPI is named in the target cell itself (no KPI
column). Constructed with reportlab's CID fonts, in wordings no report uses (a water utility's 2031 plan)."""
from __future__ import annotations

import pytest

pytest.importorskip("reportlab")

from esglens.read.pdf_matrix import kpi_name, numbers  # noqa: E402
from esglens.read.pdf_matrix_roles import role_of  # noqa: E402


def _cjk(c, font, x, y, s, size=8.0):
    c.setFont(font, size)
    c.drawString(x, y, s)


def _page(path, font="STSong-Light", head=("重点", "议题", "2032年度目标", "（中期规划）", "2031年度的主要实绩")):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(font))
    c = canvas.Canvas(str(path), pagesize=(842, 595))
    _cjk(c, font, 40, 560, head[0] + head[2][:2] + "与" + head[4][-2:], 14)
    # headings: the first and second wrap over two lines; the third sits between their baselines
    _cjk(c, font, 40, 520, head[0])
    _cjk(c, font, 40, 511, head[1])
    _cjk(c, font, 100, 520, head[2])
    _cjk(c, font, 100, 511, head[3])
    _cjk(c, font, 220, 516, head[4])
    # something beside the matrix on the header's lines: a panel title and its figure
    _cjk(c, font, 480, 518, "供水管网漏损率（2031年度）", 10)
    _cjk(c, font, 650, 514, "7.9%", 16)
    rows = [("水资源", "节电：年节电量1,200万kWh", "节电1,050万kWh"),
            ("", "漏损控制：管网漏损率8%以下", "漏损率8.6%"),
            ("社区", "投诉处理：48小时内", "处理时间52小时")]
    y = 490
    for theme, target, result in rows:
        if theme:
            _cjk(c, font, 40, y, theme)
        _cjk(c, font, 100, y, target)
        _cjk(c, font, 220, y, result)
        y -= 26
    # prose beside the matrix, a little right of the last heading's end, on a body row's line
    _cjk(c, font, 310, 464, "今年新建泵站12座，改造老旧管道340公里，服务人口增加", 8)
    c.showPage()
    c.save()


def _facts(pdf):
    from esglens.facts import extract_facts
    from esglens.read.pdf import read_pdf

    return [f for f in extract_facts(read_pdf(str(pdf))) if f.source == "table"]


def test_a_chinese_matrix_with_wrapped_headings(tmp_path):
    pdf = tmp_path / "m.pdf"
    _page(pdf)
    got = {(f.value, f.year, f.unit): f.label for f in _facts(pdf)}
    assert got[(1050.0, 2031, "万kWh")] == "水资源 > 节电 > 年节电量"
    assert got[(8.6, 2031, "%")] == "水资源 > 漏损控制 > 管网漏损率"
    assert got[(52.0, 2031, "小时")] == "社区 > 投诉处理"
    values = {v for v, _, _ in got}
    assert 1200.0 not in values and 8.0 not in values and 48.0 not in values     # targets are no facts
    assert 3.0 not in values                                    # "3年平均": a period's length
    assert 12.0 not in values and 340.0 not in values           # prose beside the matrix is not its cells


def test_a_japanese_matrix_reads_its_role_words(tmp_path):
    pdf = tmp_path / "j.pdf"
    _page(pdf, font="HeiseiKakuGo-W5", head=("重要", "課題", "2032年度の目標", "（中期計画）", "2031年度の主な実績"))
    got = {(f.value, f.year) for f in _facts(pdf)}
    assert (1050.0, 2031) in got and (8.6, 2031) in got and (1200.0, 2031) not in got


def test_role_words_and_kpi_names():
    assert role_of("マテリアリティに関する目標（2022年度）") == "target"
    assert role_of("2021年度の主な実績") == "result" and role_of("2031年度实绩") == "result"
    assert role_of("Quantitative Index") == "kpi" and role_of("主要指标") == "kpi"
    assert role_of("Themes") is None and role_of("Statusbar") is None     # whole Latin words only
    assert kpi_name("再生可能エネルギーの拡大：取扱量200万kW") == "再生可能エネルギーの拡大 > 取扱量"
    assert numbers("削減貢献539万t") == [("539", "万t")]
    assert numbers("原単位（5年平均変化率）99.9%") == [("99.9", "%")]
    assert numbers("tenure 12 years") == [("12", "years")] and numbers("a 5-year average of 4.2%") == [("4.2", "%")]
    assert numbers("供给实质100%可再生电力") == [] and numbers("switched to 100% renewable power") == []
    assert numbers("100% of the sites audited") == [("100", "%")] and numbers("達成率100%") == [("100", "%")]
    assert numbers("契約数1,248万件の獲得") == [("1,248", "万件")] and numbers("受付件数：120件") == [("120", "件")]
    assert numbers("環境月間（6月）の情報発信") == [] and numbers("研修を12回実施") == [("12", "回")]
    assert numbers("（2022年3月末）4,230名") == [("4,230", "名")]


def test_grid_rows_set_close_in_one_band_pair_by_level(tmp_path):
    """Two grid rows joined into one band by a theme set over both: the KPI and result lines that start level
    after a row's gap pair up (no bullets to count)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    font = "STSong-Light"
    pdfmetrics.registerFont(UnicodeCIDFont(font))
    pdf = tmp_path / "g.pdf"
    c = canvas.Canvas(str(pdf), pagesize=(842, 595))
    for x, y, s in ((40, 520, "议题"), (100, 520, "2032年度目标"), (220, 520, "2031年度实绩"),
                    (40, 488, "水资源"), (40, 479, "管理"),
                    (100, 492, "节电：年节电量1,200万kWh"), (220, 492, "节电1,050万kWh"),
                    (100, 475, "漏损控制：管网漏损率8%以下"), (220, 475, "漏损率8.6%")):
        _cjk(c, font, x, y, s)
    c.showPage()
    c.save()
    got = {(f.value, f.year): f.label for f in _facts(pdf)}
    assert got[(1050.0, 2031)] == "水资源管理 > 节电 > 年节电量"
    assert got[(8.6, 2031)] == "水资源管理 > 漏损控制 > 管网漏损率"
