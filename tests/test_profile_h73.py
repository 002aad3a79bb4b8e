"""Profile (h73): targets restated in several places are one target; constructed texts in wordings no sample
report uses."""
from __future__ import annotations

from esglens.profile import build_profile, target_summary
from esglens.read import load


def _profile(tmp_path, text: str) -> dict:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return build_profile(load(str(path)), [])


HEAD = "Marrowfield Ceramics plc\nKiln and Glaze Review 2025\n\n"


def test_a_target_restated_with_and_without_its_baseline_or_its_cut_word_is_one(tmp_path):
    got = _profile(tmp_path, HEAD + (
        "Our decarbonisation goals: 18% by 2027; 40% by 2033 (relative to our 2020 baseline).\n\n"
        "We plan an 18% reduction in kiln emissions by 2027.\n\n"
        "We will cut kiln emissions by 40% by 2033.\n\n"
        "By 2033, 100% of our glaze packaging will be recyclable.\n\n"
        "By 2033, 100% of the power our kilns draw will be renewable.\n\n"
        "We will be net zero across the entire value chain by 2045.\n\n"
        "Our goal: net zero by 2045.\n\n"
        "We also aim for net zero logistics by 2045.\n"))["targets"]
    assert [target_summary(t) for t in got] == [
        "-18 % by 2027", "-40 % by 2033 vs 2020",
        "100 % by 2033", "100 % by 2033",            # two bare shares of different things stay two
        "net zero by 2045 (entire value chain)", "net zero by 2045"]   # the second: logistics
    assert "logistics" in got[-1]["description"]
    assert len(got[0]["lines"]) == 2 and len(got[1]["lines"]) == 2


def test_restated_cuts_of_different_things_stay_apart(tmp_path):
    got = _profile(tmp_path, HEAD + (
        "We will cut glaze waste sent to landfill by 25% by 2030.\n\n"
        "We will cut the water our kilns draw by 25% by 2030.\n\n"
        "We will cut glaze waste sent to landfill by 25% by 2030 compared with 2021.\n"))["targets"]
    assert [target_summary(t) for t in got] == ["-25 % by 2030 vs 2021", "-25 % by 2030"]
    assert "water" in got[1]["description"]


STATEMENT = (
    "Independent Assurance Report\n\n"
    "To the Board of Marrowfield Ceramics plc.\n\n"
    "Our conclusions\n\n"
    "(i) Kiln energy use: Reasonable assurance\n\n"
    "In our opinion the kiln energy use of 412 GWh has been prepared, in all material respects, under the criteria.\n\n"
    "(ii) Glaze waste data – Limited assurance\n\n"
    "Nothing has come to our attention that the glaze waste data is materially misstated.\n\n"
    "We also performed a limited assurance engagement over the water drawn by our kilns, as set out below.\n\n"
    "The procedures performed in a limited assurance engagement vary in nature from those of a reasonable "
    "assurance engagement.\n\n"
    "Brannock LLP, Chartered Accountants, signed on behalf of Brannock LLP\n")


def test_an_assurance_statement_that_gives_each_subject_its_level(tmp_path):
    a = _profile(tmp_path, HEAD + STATEMENT)["assurance"]
    assert (a["provider"], a["level"]) == ("Brannock LLP", "mixed")
    assert [(x["subject"], x["level"]) for x in a["levels"]] == [
        ("Kiln energy use", "reasonable"), ("Glaze waste data", "limited"), ("water drawn by our kilns", "limited")]


def test_a_statement_with_one_level_for_everything_has_no_levels_by_subject(tmp_path):
    a = _profile(tmp_path, HEAD + STATEMENT.replace("(i) Kiln energy use: Reasonable assurance\n\n", "")
                 .replace("(ii) Glaze waste data – Limited assurance\n\n", "")
                 .replace(" over the water drawn by our kilns, as set out below", ""))["assurance"]
    assert (a["provider"], a["level"], a.get("levels")) == ("Brannock LLP", "limited", None)


def test_a_figures_boxes_joined_into_one_line_are_one_topic_each(tmp_path):
    topics = _profile(tmp_path, HEAD + (
        "Materiality review\n\n"
        "High\n\nMost important\n\nImportance to Marrowfield\n\n"
        "Kiln emissions and energy Provide safe glazes for food contact Fair pay across the potteries "
        "Clay sourcing and quarry restoration Water drawn by the kilns\n\n"
        "We publish the matrix every second year, after a survey of our buyers.\n"))["material_topics"]
    assert [t["name"] for t in topics] == [
        "Kiln emissions and energy", "Provide safe glazes for food contact", "Fair pay across the potteries",
        "Clay sourcing and quarry restoration", "Water drawn by the kilns"]


def test_a_long_line_that_is_a_sentence_or_has_few_parts_is_no_box_list():
    from esglens.profile.topic_lists import _boxes
    assert _boxes("Kiln emissions and energy Fair pay across the potteries") == [
        "Kiln emissions and energy Fair pay across the potteries"]          # two parts, too few for a list
    line = "The potteries cut kiln emissions and energy use Fair pay was reviewed across all potteries in Stoke"
    assert _boxes(line) == [line]                                        # a sentence ("was")
    line = "Kiln emissions and energy: Fair pay across the potteries Clay sourcing and quarry restoration"
    assert _boxes(line) == [line]                                        # a colon inside: a label and its text


def test_frameworks_listed_under_a_label_that_says_they_are_referred_to(tmp_path):
    fws = _profile(tmp_path, HEAD + (
        "About this review\n\n"
        "Guidelines consulted\n\n"
        "• The GRI Standards of the Global Reporting Initiative\n\n"
        "• ISO 26000 (guidance on social responsibility)\n\n"
        "Our kilns in Stoke and Leek are covered.\n\n"
        "• SASB Building Products standard\n"))["frameworks"]
    assert [(f["name"], f["relation"]) for f in fws] == [
        ("GRI Standards", "with reference to"), ("ISO 26000", "with reference to")]   # the list ends at the prose


def test_a_japanese_reporting_period_and_its_fiscal_year_label(tmp_path):
    p = _profile(tmp_path, "丸野窯業株式会社\n統合報告書2024\n\n報告対象期間\n"
                           "2023年度（2023年4月1日～2024年3月31日）の活動を中心に報告しています。\n\n"
                           "2023年度の売上高は前年度比で増加しました。\n")
    assert (p["period"]["start"], p["period"]["end"], p["report_year"]["value"]) == ("2023-04-01", "2024-03-31", 2023)


def test_list_items_joined_without_a_break_in_a_climate_risk_table(tmp_path):
    risks = _profile(tmp_path, HEAD + (
        "Climate-related risks\n\n"
        "Risk type\tRisk description\tResponse\n"
        "Physical risk\tHeatwaves: kiln rooms overheat in summerStaff take longer breaks and output falls\t"
        "Move firing to the nightInstall WeChat alerts for the night shift\n"
        "Transition risk\tCarbon pricing: gas for the kilns costs moreMargins on tableware shrink\t"
        "Electric kilns at Leek by 2028\n"))["climate_risks"]
    assert [(r["type"], r["description"], r["response"]) for r in risks] == [
        ("physical", "Heatwaves: kiln rooms overheat in summer; Staff take longer breaks and output falls",
         "Move firing to the night; Install WeChat alerts for the night shift"),
        ("transition", "Carbon pricing: gas for the kilns costs more; Margins on tableware shrink",
         "Electric kilns at Leek by 2028")]


def test_a_japanese_materiality_list_of_phrases_parted_by_spaces(tmp_path):
    topics = _profile(tmp_path, (
        "丸野窯業株式会社\n統合報告書2024\n\n当社のマテリアリティ\n\n"
        "高\n\n窯の省エネルギー 釉薬の安全性\n\n陶工の働きがい 粘土採掘跡地の修復\n\n地域の窯元との共生\n\n"
        "その他の課題\n\n包装材の削減\n\n"
        "マテリアリティは取締役会で毎年見直しています。\n"))["material_topics"]
    assert [t["name"] for t in topics] == ["窯の省エネルギー", "釉薬の安全性", "陶工の働きがい", "粘土採掘跡地の修復",
                                           "地域の窯元との共生"]


def test_a_chinese_list_whose_phrase_breaks_after_a_middle_dot(tmp_path):
    topics = _profile(tmp_path, (
        "丸野陶瓷有限公司\n2024年环境、社会及管治报告\n\n实质性议题\n\n"
        "窑炉节能 釉料安全\n\n员工健康・\n\n职业安全 社区共建\n\n"
        "本公司每年更新实质性议题清单。\n"))["material_topics"]
    assert [t["name"] for t in topics] == ["窑炉节能", "釉料安全", "员工健康・职业安全", "社区共建"]


def test_targets_in_japanese_and_chinese_sentences(tmp_path):
    from esglens.profile.targets_cjk import parse
    t = parse("当社は2031年度までに窯の燃料使用に伴うCO2排出量を2019年度比で42%削減する目標を掲げています。", 2024)
    assert (t["kind"], t["direction"], t["target_value"], t["target_year"], t["baseline_year"]) == (
        "percent", "reduce", 42.0, 2031, 2019)
    t = parse("2045年に全工場でカーボンニュートラルを実現することを目指します。", 2024)
    assert (t["kind"], t["target_year"]) == ("net_zero", 2045)
    t = parse("计划期间2024年至2029年，力争2028年再生能源装机容量达到350万千瓦。", 2024)
    assert (t["kind"], t["target_value"], t["target_unit"], t["target_year"]) == ("absolute", 3_500_000.0, "kW", 2028)
    assert parse("2023年度の再生可能エネルギー比率は18%でした。", 2024) is None      # a past result
    assert parse("2030年までに持続可能な世界を目指す17の国際目標です。", 2024) is None  # no unit: nothing aimed at


def test_a_later_in_accordance_statement_outranks_an_earlier_mention(tmp_path):
    fws = _profile(tmp_path, HEAD + (
        "Our kiln data follows the GRI Standards where they apply to ceramics.\n\n"
        "We also refer to the TCFD recommendations.\n\n"
        "This report has been prepared in accordance with the GRI Standards: Core option.\n"))["frameworks"]
    assert [(f["name"], f["relation"]) for f in fws] == [("GRI Standards", "in accordance with"), ("TCFD", "with reference to")]


def test_a_plans_period_end_and_a_deadline_for_measures_are_no_target_years(tmp_path):
    got = _profile(tmp_path, HEAD + (
        "Electric firing is one pillar of Kilnwise, our business programme running through 2027, on the way to "
        "net zero.\n\n"
        "By the end of 2026, we will draw up the measures to reach net zero across our potteries.\n\n"
        "We plan to cut glaze waste by 30% by 2029.\n\n"
        "We aim to be net zero across our potteries by 2040.\n"))["targets"]
    from esglens.profile import target_summary
    assert [target_summary(t) for t in got] == ["-30 % by 2029", "net zero by 2040"]


def test_numbers_of_a_past_result_or_a_comparison_are_not_the_targets(tmp_path):
    from esglens.profile import target_summary
    got = _profile(tmp_path, HEAD + (
        "Having cut kiln gas use by 35% over the past decade, we aim to bring the cut to 60% by 2030.\n\n"
        "We will save 40,000 tonnes of CO2 a year by 2028, which corresponds to 3% of the county's emissions.\n"))["targets"]
    assert [target_summary(t) for t in got] == ["60 % by 2030", "40000 tonnes by 2028"]


def test_a_programme_named_after_net_zero_is_no_net_zero_target(tmp_path):
    from esglens.profile import target_summary
    got = _profile(tmp_path, HEAD + (
        "Our glaze unit plans to run carbon neutrality pilot actions with two clay suppliers in 2026.\n\n"
        "We joined a net zero alliance of potteries, and we will reach net zero in our own kilns by 2035.\n"))["targets"]
    assert [target_summary(t) for t in got] == ["net zero by 2035"]


def test_a_weight_in_a_pay_scheme_is_no_target_value(tmp_path):
    from esglens.profile import target_summary
    got = _profile(tmp_path, HEAD + (
        "Kiln emission objectives are assigned a performance weighting of 12.5% in the staff bonus in 2027.\n\n"
        "We will cut kiln emissions by 25% by 2030.\n"))["targets"]
    assert [target_summary(t) for t in got] == ["-25 % by 2030"]
