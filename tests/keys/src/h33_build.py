#!/usr/bin/env python3
"""h33's held-out PDF table key, written blind: typed from a page image (pdftoppm -r 110) and
`pdftotext -layout` before esglens was run on the page. Writes tests/keys/<name>.json.

    python tests/keys/src/h33_build.py

Block format as tests/keys/src/h30_build.py:
    page N                      the 1-based PDF page
    years Y1 Y2 ...             the year of each value column, left to right
    label path | unit as printed (- = none printed) | metric id or - | raw cells in the order of the years line
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
NOTE = ("held out: written blind by helper h33 from a page image and pdftotext -layout, committed "
        "before esglens was run on this page")

KEYS = {}

# ---------------------------------------------------------------------------------------------------
# Tokyo Gas Fact Book 2022, PDF page 57 (printed page 56), 社会データ: six small tables in three columns
# (left column three tables stacked; middle column two tables under the heading 労働安全衛生; right column
# one table under 健康). The tables of the left and middle columns share baselines with each other, the
# right column's rows do not. Each table has its own 単位 column and its own year header.
# Years: "2019年度" -> 2019 (as tokyogas-2022-factbook.json and h30's p55 key). 契約社員・派遣社員数 has
# columns 2020年度-2022年度 (as of 1 April of each year) -> 2020..2022; all other tables 2019..2021.
# The unit cell of 契約社員・派遣社員数 is one merged cell "名" beside all three rows; of 安全衛生に関する
# 教育実施状況 one "名" beside both rows; 作業災害件数 and 交通事故件数 share one "件". 休業度数率 and 強度率
# print "-" in the unit column: no unit (None). The "第三者保証" badge under 休業度数率 is not part of the label.
# Label path: table title (footnote markers dropped) > row stub(s).
# Metric ids only where one clearly fits: LTIFR-like 休業度数率 -> safety.ltifr; training hours per employee
# -> training.hours_per_employee; the rest none.
KEYS["tokyogas-2022-social-p57"] = ("tokyo_gas_sustainability_factbook_2022.pdf", "Tokyo Gas", 2021, """
page 57
years 2020 2021 2022
契約社員・派遣社員数 > 契約社員 | 名 | - | 1,304 1,158 1,044
契約社員・派遣社員数 > 派遣社員 | 名 | - | 615 595 748
契約社員・派遣社員数 > 合計 | 名 | - | 1,919 1,753 1,792
years 2019 2020 2021
団体交渉権の対象者数（経営層を除く社員数） > 社員数 | 名 | - | 6,919 6,932 6,780
年間平均研修時間 > 年間平均研修時間 | 時間／人 | training.hours_per_employee | 11.4 12.6 12.3
安全衛生に関する教育実施状況 > 階層別安全衛生・安全配慮研修 > 新入社員教育 | 名 | - | 224 218 137
安全衛生に関する教育実施状況 > 階層別安全衛生・安全配慮研修 > 新任管理者安全衛生研修 | 名 | - | 241 204 226
事故・災害の状況 > 作業災害件数 | 件 | - | 34 23 24
事故・災害の状況 > 交通事故件数 | 件 | - | 117 74 49
事故・災害の状況 > 休業度数率 | - | safety.ltifr | 0.31 0.44 0.52
事故・災害の状況 > 強度率 | - | - | 0.001 0.014 0.010
健康指標 > 定期健康診断受診率 | ％ | - | 100 100 100
健康指標 > ストレスチェック受検率 | ％ | - | 60.1 80.2 73.7
健康指標 > 健康施策に対する従業員の参加状況 | 名 | - | 1,464 2,054 1,247
健康指標 > 平均残業時間 | 時間／人・月 | - | 15.9 16.9 18.7
健康指標 > 年間有給休暇取得日数 | 日／人 | - | 15.8 14.0 17.9
健康指標 > 喫煙率 > 男性 | ％ | - | 30.8 29.7 28.9
健康指標 > 喫煙率 > 女性 | ％ | - | 6.0 5.2 4.8
""")


def number(raw: str):
    t = raw.split("※")[0].replace(",", "").replace("%", "").strip()
    if t in ("-", "–", "—"):
        return None
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
                facts.append({"metric": None if metric == "-" else metric, "label": label,
                              "value": number(raw), "raw": raw, "unit": None if unit == "-" else unit,
                              "year": year, "page": page, "source": "table"})
    return {"seed": seed, "company": company, "report_year": report_year, "held_out": True,
            "note": NOTE, "facts": facts}


if __name__ == "__main__":
    for name, (seed, company, year, text) in KEYS.items():
        key = build(seed, company, year, text)
        out = HERE.parent / f"{name}.json"
        out.write_text(json.dumps(key, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(out.name, len(key["facts"]), "facts")
