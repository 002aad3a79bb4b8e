#!/usr/bin/env python3
"""h30's held-out PDF table keys, written blind: typed from page images (pdftoppm) and
`pdftotext -layout` before esglens was run on these pages. Writes tests/keys/<name>.json and tests/keys/src/h30-narrative.json.

    python tests/keys/src/h30_build.py

Block format (inside KEYS below):
    page N                      the 1-based PDF page
    years Y1 Y2 ...             the year of each value column, left to right
    label path | unit as printed | metric id or - | raw cells in the order of the years line
A raw cell "." is a blank cell (nothing printed: no fact); "-" is a printed dash (value null).
A raw cell may carry a footnote marker after "※" (kept in raw, not in the value).
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
NOTE = ("held out: written blind by helper h30 from page images and pdftotext -layout, committed "
        "before esglens was run on these pages")

KEYS = {}

# ---------------------------------------------------------------------------------------------------
# Tokyo Gas Fact Book 2022, PDF page 55 (printed page 54), 社会データ / 従業員: six tables in a 3x2 grid.
# Years: "2019年度" = fiscal year 2019 (April 2019 - March 2020) -> 2019, as in tokyogas-2022-factbook.json.
# 管理者数 and 採用状況（新卒） have their own columns 2020年度-2022年度 (figures as of 1 April of each year),
# so they run one year later than the tables beside them. 障がい者の雇用数 is dated "2020年6月".."2022年6月"
# (as of June 1) -> 2020..2022.
# Cells "6,311\n（84.0）" hold a head count and, in full-width parentheses, a share in percent; the unit
# column says "名\n（%）": two facts, the count with unit 名 and the share with unit （%） (value positive:
# parentheses here are not a negative sign). 合計 rows have no share.
# Metric ids: head counts by gender -> workforce.male / workforce.female / workforce.total; female share of
# employees -> workforce.female_pct; female share of managers -> workforce.female_management_pct;
# total hires -> workforce.new_hires (hires by gender: no id); disabled employees -> workforce.disabled
# (the employment rate of disabled people: no id); tenure and manager counts: no id.
KEYS["tokyogas-2022-employees-p55"] = ("tokyo_gas_sustainability_factbook_2022.pdf", "Tokyo Gas", 2021, """
page 55
years 2019 2020 2021
男女別正社員数 > 男性 > 単体 | 名 | workforce.male | 6,311 6,466 6,194
男女別正社員数 > 男性 > 単体 | （%） | - | （84.0） （83.4） （83.2）
男女別正社員数 > 男性 > 連結 | 名 | workforce.male | 11,322 11,710 11,323
男女別正社員数 > 男性 > 連結 | （%） | - | （81.4） （80.9） （80.4）
男女別正社員数 > 女性 > 単体 | 名 | workforce.female | 1,202 1,283 1,253
男女別正社員数 > 女性 > 単体 | （%） | workforce.female_pct | （16.0） （16.6） （16.8）
男女別正社員数 > 女性 > 連結 | 名 | workforce.female | 2,581 2,773 2,766
男女別正社員数 > 女性 > 連結 | （%） | workforce.female_pct | （18.6） （19.1） （19.6）
男女別正社員数 > 合計 > 単体 | 名 | workforce.total | 7,513 7,749 7,447
男女別正社員数 > 合計 > 連結 | 名 | workforce.total | 13,903 14,483 14,089
years 2020 2021 2022
管理者数 > 男性 > 単体 | 名 | - | 2,646 2,614 2,574
管理者数 > 男性 > 単体 | （%） | - | （91.3） （90.8） （90.5）
管理者数 > 男性 > 連結 | 名 | - | 3,355 3,345 3,285
管理者数 > 男性 > 連結 | （%） | - | （91.1） （90.3） （90.1）
管理者数 > 女性 > 単体 | 名 | - | 251 264 271
管理者数 > 女性 > 単体 | （%） | workforce.female_management_pct | （8.7） （9.2） （9.5）
管理者数 > 女性 > 連結 | 名 | - | 328 361 359
管理者数 > 女性 > 連結 | （%） | workforce.female_management_pct | （8.9） （9.7） （9.9）
管理者数 > 合計 > 単体 | 名 | - | 2,897 2,878 2,845
管理者数 > 合計 > 連結 | 名 | - | 3,683 3,706 3,644
years 2019 2020 2021
採用状況（中途） > 男性 > 単体 | 名 | - | 17 14 21
採用状況（中途） > 男性 > 連結 | 名 | - | 221 122※18 93
採用状況（中途） > 女性 > 単体 | 名 | - | 1 3 5
採用状況（中途） > 女性 > 連結 | 名 | - | 206 85※18 66
採用状況（中途） > 合計 > 単体 | 名 | workforce.new_hires | 18 17 26
採用状況（中途） > 合計 > 連結 | 名 | workforce.new_hires | 427 207※18 159
男女別平均勤続年数 > 男性 > 単体 | 年 | - | 19.7 19.4 20.3
男女別平均勤続年数 > 男性 > 連結 | 年 | - | 16.8 16.7 17.5
男女別平均勤続年数 > 女性 > 単体 | 年 | - | 18.5 17.7 17.8
男女別平均勤続年数 > 女性 > 連結 | 年 | - | 14.2 13.8※7 13.8
男女別平均勤続年数 > 合計 > 単体 | 年 | - | 19.5 19.1 19.9
男女別平均勤続年数 > 合計 > 連結 | 年 | - | 16.3 16.3※7 16.8
years 2020 2021 2022
採用状況（新卒） > 男性 > 単体 | 名 | - | 158 102 102
採用状況（新卒） > 男性 > 連結 | 名 | - | 296 284 298
採用状況（新卒） > 女性 > 単体 | 名 | - | 60 35 28
採用状況（新卒） > 女性 > 連結 | 名 | - | 137 125 120
採用状況（新卒） > 合計 > 単体 | 名 | workforce.new_hires | 218 137 130
採用状況（新卒） > 合計 > 連結 | 名 | workforce.new_hires | 433 409 418
障がい者の雇用数 > 在籍数 | 名 | workforce.disabled | 172 167 169
障がい者の雇用数 > 雇用率 | ％ | - | 2.55 2.54 2.64
""")

# ---------------------------------------------------------------------------------------------------
# Bayer Sustainability Report 2021, pages 97-99: small ruled tables (2020 | 2021) inside three columns of
# prose. Units in the line under the title ("Million m3", "1,000 metric tons"); indented "of which" rows
# as label paths under their parent. Footnote markers (superscripts) are not cells. Not keyed: the donut
# chart "Waste Generated 2021 (2020)" on page 98 (a figure, not a table; "81 (64)" etc.), and the prose.
# Metric ids: total water sourced -> water.withdrawal; its water-scarce part -> water.stressed_withdrawal;
# total wastewater -> effluent.volume ("wastewater", treated production wastewater); COD -> effluent.cod;
# total / nonhazardous / hazardous waste disposed of -> waste.total / waste.non_hazardous / waste.hazardous;
# "of which volume recycled / removed to landfill / incinerated" are parts of one class (not the total),
# so no id.
KEYS["bayer-2021-water-waste-p97-99"] = ("bayer_sustainability_report_2021.pdf", "Bayer AG", 2021, """
page 97
years 2020 2021
Water Sourced in Water-Scarce Areas or Areas Threatened by Water Scarcity > Total water sourced | Million m3 | water.withdrawal | 57 55
Water Sourced in Water-Scarce Areas or Areas Threatened by Water Scarcity > Total water sourced > of which in water-scarce areas or areas threatened by water scarcity | Million m3 | water.stressed_withdrawal | 3 3
Volume of Treated Production Wastewater by Discharge Destination > Surface water | Million m3 | - | 16.0 16.5
Volume of Treated Production Wastewater by Discharge Destination > Groundwater | Million m3 | - | 0.004 0.006
Volume of Treated Production Wastewater by Discharge Destination > Seawater | Million m3 | - | 0.1 0.3
Volume of Treated Production Wastewater by Discharge Destination > Other (evaporation, irrigation, seepage) | Million m3 | - | 2.7 2.3
Volume of Treated Production Wastewater by Discharge Destination > External wastewater treatment plant | Million m3 | - | 5.8 5.5
Volume of Treated Production Wastewater by Discharge Destination > Total wastewater | Million m3 | effluent.volume | 25 25
Volume of Treated Production Wastewater by Discharge Destination > Total wastewater > of which in water-scarce areas or areas threatened by water scarcity | Million m3 | - | 0.8 0.8
Emissions into Water > Phosphorus | 1,000 metric tons | - | 0.38 0.51
Emissions into Water > Nitrogen | 1,000 metric tons | - | 0.48 0.36
Emissions into Water > TOC | 1,000 metric tons | - | 1.54 1.28
Emissions into Water > Heavy metals | 1,000 metric tons | - | 0.0026 0.0032
Emissions into Water > Inorganic salts | 1,000 metric tons | - | 151 172
Emissions into Water > COD | 1,000 metric tons | effluent.cod | 4.61 3.83
page 98
Waste by Means of Disposal > Total volume of waste disposed of | 1,000 metric tons | waste.total | 940 998
Waste by Means of Disposal > Total volume of waste disposed of > Nonhazardous waste disposed of | 1,000 metric tons | waste.non_hazardous | 635 685
Waste by Means of Disposal > Total volume of waste disposed of > Nonhazardous waste disposed of > of which volume removed to landfill | 1,000 metric tons | - | 123 78
Waste by Means of Disposal > Total volume of waste disposed of > Nonhazardous waste disposed of > of which volume incinerated | 1,000 metric tons | - | 52 53
Waste by Means of Disposal > Total volume of waste disposed of > Nonhazardous waste disposed of > of which volume recycled | 1,000 metric tons | - | 365 434
Waste by Means of Disposal > Total volume of waste disposed of > Nonhazardous waste disposed of > of which other | 1,000 metric tons | - | 96 120
Waste by Means of Disposal > Total volume of waste disposed of > Hazardous waste disposed of | 1,000 metric tons | waste.hazardous | 305 313
Waste by Means of Disposal > Total volume of waste disposed of > Hazardous waste disposed of > of which volume removed to landfill | 1,000 metric tons | - | 16 12
Waste by Means of Disposal > Total volume of waste disposed of > Hazardous waste disposed of > of which volume incinerated | 1,000 metric tons | - | 226 224
Waste by Means of Disposal > Total volume of waste disposed of > Hazardous waste disposed of > of which volume recycled | 1,000 metric tons | - | 38 49
Waste by Means of Disposal > Total volume of waste disposed of > Hazardous waste disposed of > of which other | 1,000 metric tons | - | 25 28
page 99
Waste by Division > Total volume of waste disposed of | 1,000 metric tons | waste.total | 940 998
Waste by Division > Total volume of waste disposed of > of which Crop Science | 1,000 metric tons | - | 771 811
Waste by Division > Total volume of waste disposed of > of which Pharmaceuticals | 1,000 metric tons | - | 145 170
Waste by Division > Total volume of waste disposed of > of which Consumer Health | 1,000 metric tons | - | 21 16
Waste by Division > Total volume of waste disposed of > of which other | 1,000 metric tons | - | 3 1
""")

# ---------------------------------------------------------------------------------------------------
# Eni for 2021 - Sustainability performance, PDF page 32 (printed page 30), "Protection of water": one
# long five-year table (2017..2021), unit column between label and values, printed on the first row of a
# group only; "of which" rows and their children take the unit of the row they belong to (written here,
# since the scorer compares units loosely). The "SDGs - target" column (6.4, 6.3, 9.5) holds SDG target
# codes, not values: not keyed. Footnote letters "(a)".."(h)" are not cells. Blank cells (2017-2018 of the
# water-stressed rows, 2017-2019 of hydrocarbons) are no facts; the printed "-" for 2019 is a null value.
# Metric ids: total withdrawals -> water.withdrawal; sea water -> water.withdrawal_seawater; superficial
# water bodies -> water.withdrawal_surface; subsoil -> water.withdrawal_groundwater; third-party water ->
# water.withdrawal_third_party; freshwater withdrawals from water-stressed areas -> water.stressed_withdrawal;
# total water discharge -> water.discharge. Freshwater reused is a percentage (water.recycled is a volume):
# no id. Expenditures on water: not the whole environmental spend, no id.
KEYS["eni-2021-water-p32"] = ("eni_for_2021_sustainability_performance.pdf", "Eni", 2021, """
page 32
years 2017 2018 2019 2020 2021
Total water withdrawals | million m3 | water.withdrawal | 1,786 1,776 1,597 1,723 1,673
Total water withdrawals > of which: sea water | million m3 | water.withdrawal_seawater | 1,650 1,640 1,451 1,599 1,533
Total water withdrawals > of which: freshwater | million m3 | - | 119 117 128 113 125
Total water withdrawals > of which: freshwater > of which: from superficial water bodies | million m3 | water.withdrawal_surface | 79 81 90 71 82
Total water withdrawals > of which: freshwater > of which: from subsoil | million m3 | water.withdrawal_groundwater | 20 19 20 21 23
Total water withdrawals > of which: freshwater > of which: from urban net or tanker | million m3 | - | 10 6 8 7 7
Total water withdrawals > of which: freshwater > of which: polluted groundwater treated at TAF plants and used in the production cycle | million m3 | - | 4 4 3 4 6
Total water withdrawals > of which: freshwater > of which: third-party water | million m3 | water.withdrawal_third_party | 6 6 6 10 7
Total water withdrawals > of which: freshwater > of which: withdrawal from other streams | million m3 | - | 0 1 1 0 0
Total water withdrawals > of which: brackish water from subsoil or superficial water bodies | million m3 | - | 16 19 18 11 15
Total freshwater withdrawals by sector > Exploration & Production | million m3 | - | 10 9 10 9 13
Total freshwater withdrawals by sector > Global Gas & LNG Portfolio | million m3 | - | 0 0 0 0 0
Total freshwater withdrawals by sector > Plenitude & Power | million m3 | - | 13 13 13 12 14
Total freshwater withdrawals by sector > Refining & Marketing and Chemicals | million m3 | - | 89 88 98 81 91
Total freshwater withdrawals by sector > Corporate and other sectors | million m3 | - | 7 6 7 11 7
Total freshwater withdrawals from water-stressed areas | million m3 | water.stressed_withdrawal | . . - 26.5 25.9
Freshwater reused | % | - | 86 87 89 91 91
Total extracted produced water (upstream) | million m3 | - | 67 68 67 57 58
Re-injected produced water | % | - | 59 60 58 53 58
Total water discharge | million m3 | water.discharge | 1,663 1,668 1,432 1,583 1,436
Total water discharge > of which: into the sea | million m3 | - | 1,574 1,575 1,334 1,501 1,354
Total water discharge > of which: in superficial water bodies | million m3 | - | 69 72 79 67 69
Total water discharge > of which: in sewerage | million m3 | - | 14 15 14 11 11
Total water discharge > of which: given to third-party | million m3 | - | 6 5 5 4 3
Total freshwater discharges in water-stressed areas | million m3 | - | . . - 18.3 19
Hydrocarbons in wastewater | tonnes | - | . . . 90.2 127.8
Total expenditures on water resources and discharges | € million | - | 99.73 131.05 168.15 152.80 125.41
Total expenditures on water resources and discharges > of which: current costs | € million | - | 73.61 91.62 86.91 104.05 106.6
Total expenditures on water resources and discharges > of which: investments | € million | - | 26.11 39.43 81.24 48.75 18.82
""")


# ---------------------------------------------------------------------------------------------------
# Narrative key (tests/keys/src/h30-narrative.json): 25 quantities stated in sentences, from pages no key
# covers: Bayer 2021 pages 82, 95, 96 and Rio Tinto Climate Change Report 2023 page 12 (printed page 10).
# Read with pdftotext (no layout) and the page images. Year: the year the sentence gives; "In 2021, ..." and
# "by the end of 2021" -> 2021; "(2020: 57 million cubic meters)" -> 2020; "fell from 4.3 to 3.9 metric tons"
# in a sentence about 2021 -> 4.3 is 2020, 3.9 is 2021; "our 2018 baseline of 34.5Mt" -> 2018. Shares in
# the present tense of the report ("72% of the electricity we use", "around 35.7% of all water used") take
# the report year. Not keyed: thresholds in definitions (1.5 terajoules, 0.1%), targets, chart labels,
# figures in the infographics (e.g. "2,843 (2,703)" part-time men/women) and the tables.
# Row: page | label | raw as printed | value | unit as printed (- = none) | year | metric id or -
NARRATIVE = [
    ("bayer_sustainability_report_2021.pdf", "Bayer AG", 2021, """
82 | Part-time employees, share of the Bayer Group workforce | 6.2% | 6.2 | % | 2021 | workforce.part_time
82 | Part-time employees, share female | 53.6% | 53.6 | % | 2021 | -
82 | Part-time employees, share male | 46.4% | 46.4 | % | 2021 | -
82 | Women who took parental leave | 1,782 | 1782 | - | 2021 | -
82 | Men who took parental leave | 1,563 | 1563 | - | 2021 | -
82 | Employees on parental leave who returned to work over the year | 2,719 | 2719 | - | 2021 | -
82 | Employees in Germany on parental leave since 2019 who had returned to work by the end of 2021 | 76% | 76 | % | 2021 | workforce.parental_return_rate
82 | Women on parental leave since 2019 who have returned to work (Germany) | 67% | 67 | % | 2021 | -
82 | Men on parental leave since 2019 who have returned to work (Germany) | 95% | 95 | % | 2021 | -
95 | Emissions of ozone-depleting substances (before) | 4.3 | 4.3 | metric tons | 2020 | -
95 | Emissions of ozone-depleting substances | 3.9 | 3.9 | metric tons | 2021 | -
96 | Total water use in the Bayer Group | 55 | 55 | million cubic meters | 2021 | water.withdrawal
96 | Total water use in the Bayer Group | 57 | 57 | million cubic meters | 2020 | water.withdrawal
96 | Share of total water use from sources in water-scarce areas or areas threatened by water scarcity | 5.8% | 5.8 | % | 2021 | -
96 | Share of all water used by Bayer that is cooling water | 35.7% | 35.7 | % | 2021 | -
"""),
    ("riotinto-2023-climate-change-report.pdf", "Rio Tinto", 2023, """
12 | Scope 1 and 2 emissions | 32.6Mt CO2e | 32.6 | Mt CO2e | 2023 | ghg.scope1_2
12 | Scope 1 and 2 emissions, reduction below the 2018 baseline | 6% | 6 | % | 2023 | -
12 | Scope 1 and 2 emissions, 2018 baseline | 34.5Mt CO2e | 34.5 | Mt CO2e | 2018 | ghg.scope1_2
12 | Scope 1 and 2 emissions, 2022 adjusted for acquisitions | 32.7Mt CO2e | 32.7 | Mt CO2e | 2022 | ghg.scope1_2
12 | Scope 1 and 2 emissions, actual 2022 total | 32.3Mt CO2e | 32.3 | Mt CO2e | 2022 | ghg.scope1_2
12 | Operational emissions from electricity (purchased and generated), share | 41% | 41 | % | 2023 | -
12 | Operational emissions from fossil fuels for heat at processing plants and alumina refineries, share | 22% | 22 | % | 2023 | -
12 | Operational emissions from carbon anodes and reductants, share | 24% | 24 | % | 2023 | -
12 | Operational emissions from diesel in mining equipment and rail fleet, share | 12% | 12 | % | 2023 | -
12 | Share of electricity used from renewable sources | 72% | 72 | % | 2023 | -
"""),
]


def narrative() -> dict:
    keys = []
    for seed, company, year, text in NARRATIVE:
        facts = []
        for ln in text.strip().splitlines():
            page, label, raw, value, unit, fy, metric = (p.strip() for p in ln.split("|"))
            facts.append({"metric": None if metric == "-" else metric, "label": label, "value": float(value),
                          "raw": raw, "unit": None if unit == "-" else unit, "year": int(fy),
                          "page": int(page), "line": None, "source": "narrative"})
        keys.append({"seed": seed, "company": company, "report_year": year, "facts": facts})
    return {"held_out": True, "note": NOTE, "keys": keys}


def number(raw: str):
    t = raw.split("※")[0].replace(",", "").replace("%", "").strip()
    if t in ("-", "–", "—"):
        return None
    t = t.strip("（）()")   # a share printed in parentheses beside a count: not a negative number
    return float(t)


def build(seed: str, company: str, report_year: int, text: str) -> dict:
    facts = []
    page = years = None
    for ln in text.strip().splitlines():
        if m := re.match(r"^page (\d+)$", ln):
            page = int(m.group(1))
        elif ln.startswith("years "):
            years = [int(y) for y in ln.split()[1:]]
        else:
            label, unit, metric, vals = (p.strip() for p in ln.split("|"))
            raws = vals.split()
            if len(raws) != len(years):
                sys.exit(f"page {page}: {len(raws)} values for {len(years)} years: {ln}")
            for raw, year in zip(raws, years):
                if raw == ".":
                    continue
                facts.append({"metric": None if metric == "-" else metric, "label": label,
                              "value": number(raw), "raw": raw, "unit": unit, "year": year,
                              "page": page, "source": "table"})
    return {"seed": seed, "company": company, "report_year": report_year, "held_out": True,
            "note": NOTE, "facts": facts}


if __name__ == "__main__":
    for name, (seed, company, year, text) in KEYS.items():
        key = build(seed, company, year, text)
        out = HERE.parent / f"{name}.json"
        out.write_text(json.dumps(key, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(out.name, len(key["facts"]), "facts")
    nar = narrative()
    (HERE / "h30-narrative.json").write_text(json.dumps(nar, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print("h30-narrative.json", sum(len(k["facts"]) for k in nar["keys"]), "facts")
