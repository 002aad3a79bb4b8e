# Run from tests/keys/ to regenerate the keys as first written (held out).
"""Held-out keys by helper h91 (2026-12-07, 17:00-18:00 UTC), written from page images (pypdfium2 render, ~1600 px
on the long side, looked at) and pypdfium2's raw page text, committed BEFORE esglens was run on (or any esglens
output seen for) these pages. Pages chosen because no key in tests/keys/*.json, tests/keys/metric_ids/*.json covers
them (every key's pages listed first; h68's pages included). Layout families: a multi-year stock table with footnote
marks ('*1', '注3') and bracketed negatives, with a chart's High/Low panels (Toshiba p79); Japanese tables; BRSR
side-by-side groups; tables beside prose; highlight panels.

Conventions as h68 (tests/keys/src/h68_build.py, ../shared/eval/SCHEMA.md): label = row path as printed (group row
first, then the column group / sub-column where a year holds several columns); footnote marks dropped; units as
printed without enclosing brackets (None when nothing is printed); dashes ('—', '–', '-', '―') and NA are value null;
'(1.3)' in a number column is -1.3; a yearless table gets the report year; targets are dated by their target year;
Toshiba's fiscal year FYn (April n - March n+1) is dated n, as the existing Toshiba keys do, so a column '2021/3'
(the year ending March 2021) is 2020. Chart data labels and panel figures are keyed with figure: true.

Metric ids: the current catalog (src/esglens/data/metrics.yaml), null = no catalog metric fits; where arguable,
`metric_alt` lists the other acceptable answers (null included).
"""
import json

NIL = ("-", "–", "—", "―", "NA", "N.A.", "–%")


def num(raw):
    if raw in NIL:
        return None
    v = raw.replace(",", "").replace("，", "").replace(" ", "").rstrip("%").replace("–", "-").lstrip("+")
    if v.startswith("(") and v.endswith(")"):
        v = "-" + v[1:-1]
    return float(v)


def fact(label, raw, unit, year, page, metric=None, alt=None, value=None):
    f = {"metric": metric, "label": label, "value": num(raw) if value is None else value, "raw": raw, "unit": unit,
         "year": year, "page": page, "source": "table"}
    if alt is not None:
        f["metric_alt"] = alt
    return f


def rows(spec, years, page):
    """spec: (label, unit, 'tok tok ...', metric[, alt]) with one token per year in printed column order;
    a token 'a|b' is raw a with value b; '_' in a token is a space."""
    out = []
    for label, unit, toks, metric, *alt in spec:
        toks = toks.split()
        assert len(toks) == len(years), (label, toks)
        for t, y in zip(toks, years):
            raw, value = (t.split("|")[0], float(t.split("|")[1])) if "|" in t else (t, None)
            out.append(fact(label, raw.replace("_", " "), unit, y, page, metric, alt[0] if alt else None, value))
    return out


def figure(facts):
    for f in facts:
        f["figure"] = True
    return facts


def write(name, seed, company, report_year, note, facts):
    json.dump({"seed": seed, "company": company, "report_year": report_year, "held_out": True,
               "note": note, "facts": facts}, open(name, "w"), indent=1, ensure_ascii=False)
    print(name, len(facts), sum(f["value"] is not None for f in facts))


NOTE = ("h91 2026-12-07 17:0x-18:0x UTC, from page images + pypdfium2 raw text, written BEFORE any esglens run on "
        "these pages; held out (measured, not a goal); see tests/keys/src/h91_build.py. ")

# ---- Toshiba Integrated Report 2021, PDF page 79 (printed 78), 'Stock Information': five columns 2017/3 ... 2021/3
# (fiscal years ending March: FY2016 ... FY2020, dated 2016 ... 2020); units after the row name; marks '*1', '*2',
# '*4' and '注3' dropped; '—' nil; bracketed negatives. Below, a candlestick chart with five 'FYn*' panels of High /
# Low (figure: true; adjusted for the share consolidation, so FY2016/FY2017 differ from the table).
T5 = [2016, 2017, 2018, 2019, 2020]
CSP = "Common stock price"
tsh = rows([
    (f"{CSP} > High", "Yen", "475 347 3,980 4,030 4,010", None),
    (f"{CSP} > Low", "Yen", "178 193 2,840 1,982 2,301", None),
    ("Nikkei average", "Yen", "18,909.26 21,454.30 21,205.81 18,917.01 29,178.80", None),
    ("Number of shares issued", "Millions of shares", "4,238 6,521 544 455 455", None),
    ("Market capitalization", "Billions of yen", "1,023.0 2,008.4 1,917.6 1,082.9 1,701.7", None),
    ("Earnings (Loss) per share attributable to shareholders of the Company", "Yen",
     "(2,280.76) 1,628.88 1,641.85 (236.39) 251.25", None),
    ("Annual dividends per share", "Yen", "— — 30 20 80", None),
    ("Payout ratio (Consolidated)", "%", "— — 1.83 — 31.8", None),
    ("Number of shareholders", None, "366,030 300,871 270,570 269,067 270,598", None),
    ("Price-to-earnings ratio (PER)", "Times", "— 1.89 2.15 — 14.89", None),
    ("Price-to-cash flows ratio (PCFR)", "Times", "(1.3) 1.6 2.0 (3.3) 8.5", None),
    ("Price-to-book value ratio (PBR)", "Times", "(1.8) 2.6 1.3 1.1 1.5", None),
], T5, 79)
tsh += figure(rows([
    ("Stock Price and Trading Volume Trends > High", "¥", "4,752 3,470 3,980 4,030 4,010", None),
    ("Stock Price and Trading Volume Trends > Low", "¥", "1,780 1,930 2,840 1,982 2,301", None),
], T5, 79))
write("toshiba-2021-h91-stock-p79.json", "toshiba_integrated_report_2021.pdf", "Toshiba", 2020,
      NOTE + "Toshiba p79 stock information (multi-year, footnote marks, bracketed negatives) + chart panels", tsh)

# ---- Tokyo Gas Fact Book 2022, PDF page 6 (printed 05), 'マテリアリティに関する目標と実績': a Japanese targets table,
# column 'マテリアリティに関する目標（2022年度）' (targets, dated 2022) beside '2021年度の主な実績' (results, 2021); each
# figure sits in a text cell 'name：value unit'. Label = materiality group > the item's name. Not keyed: '約100万kW'
# inside a results sentence (a project's size, 'about'), '2050年', '100%電気' (names), the '※' base-year note.
# Units as printed after the figure (万t, 万kW, 件, 万件, %). No catalog metric fits (contributions, handled volumes,
# accidents, earthquake-proofing, drill participation, accounts).
def tg_fact(label, raw, unit, year):
    return fact(label, raw, unit, year, 6, value=float(raw.replace(",", "")))


tg6 = [tg_fact(*a) for a in [
    ("CO2ネット・ゼロへの挑戦 > CO2削減貢献", "650", "万t", 2022),
    ("CO2ネット・ゼロへの挑戦 > CO2削減貢献", "539", "万t", 2021),
    ("CO2ネット・ゼロへの挑戦 > 再エネ電源取扱量", "200", "万kW", 2022),
    ("CO2ネット・ゼロへの挑戦 > 再エネ電源取扱量", "149.8", "万kW", 2021),
    ("事業活動におけるエネルギー利用の効率化 > 電力需要平準化評価原単位（5年平均変化率）", "99.9", "%", 2021),
    ("電力小売事業者としての高効率な電源の調達 > 非化石電源比率", "5.48", "%", 2021),
    ("エネルギーへのアクセス > 重大供給支障事故件数", "0", "件", 2022),
    ("エネルギーへのアクセス > 重大供給支障事故件数", "0", "件", 2021),
    ("エネルギーへのアクセス > 天然ガス取扱量", "1,700", "万t", 2022),
    ("エネルギーへのアクセス > 天然ガス取扱量", "1,918", "万t", 2021),
    ("安全と防災 > ガス本支管耐震化率", "89.3", "%", 2022),
    ("安全と防災 > ガス本支管耐震化率", "89.1", "%", 2021),
    ("安全と防災 > 供給指令センターでの非常事緊急措置訓練：訓練参加率", "100", "%", 2022),
    ("安全と防災 > 供給指令センターでの非常事緊急措置訓練：訓練参加率", "100", "%", 2021),
    ("顧客価値創造 > お客さまアカウント数（ガス・電気・サービス延べ契約数）", "1,480", "万件", 2022),
    ("顧客価値創造 > お客さまアカウント数（ガス・電気・サービス延べ契約数）", "1,248", "万件", 2021),
]]
write("tokyogas-2022-h91-materiality-targets-p6.json", "tokyo_gas_sustainability_factbook_2022.pdf", "Tokyo Gas",
      2021, NOTE + "Tokyo Gas p6 Japanese targets-vs-results table, figures inside 'name：value' text cells", tg6)

# ---- Tokyo Gas Fact Book 2022, PDF page 48 (printed 47), 'マテリアルバランス（2021年度）': panels of small tables
# (procurement | inputs: 原料 / エネルギー / 水 | sales) above a flow picture, GHG / waste / discharge boxes below. All
# 2021. Units as printed after each figure (百万m3 typed as the existing Tokyo Gas keys do). Not keyed: the factors
# and the 2,520万t sentence inside the notes (※4, ※7), '43社'. Marks ※1-※7 dropped.
MB = "事業活動 > 資源・エネルギーの投入量"
tg48 = [fact(label, raw, unit, 2021, 48, metric, alt) for label, raw, unit, metric, alt in [
    ("原料の調達・輸送 > LNG調達量 > 東京ガスグループのLNG調達量", "1,261", "万t", None, None),
    (f"{MB} > 原料 > LNG", "9.86", "百万t", None, None),
    (f"{MB} > 原料 > LPG", "0.54", "百万t", None, None),
    (f"{MB} > 原料 > 国産天然ガス等", "294", "百万m3", None, None),
    (f"{MB} > エネルギー > 総量", "61,907", "千GJ", "energy.total", None),
    (f"{MB} > エネルギー > 電力", "490,303", "千kWh", "energy.electricity", ["energy.purchased_electricity"]),
    (f"{MB} > エネルギー > 都市ガス", "1,266", "百万m3", "energy.natural_gas", [None]),
    (f"{MB} > エネルギー > 熱", "33", "千GJ", "energy.heat", [None]),
    (f"{MB} > エネルギー > 他エネルギー", "112", "千GJ", None, None),
    (f"{MB} > 水 > 上水・工水", "3,334", "千m3", "water.withdrawal", None),
    ("お客さま先 > 販売量 > 都市ガス", "11,401", "百万m3", None, None),
    ("お客さま先 > 販売量 > 卸供給", "1,609", "百万m3", None, None),
    ("お客さま先 > 販売量 > 熱", "3,558", "千GJ", None, None),
    ("お客さま先 > 販売量 > 電力", "283", "億kWh", None, None),
    ("お客さま先 > 販売量 > （お客さま件数）", "12,202", "千件", None, None),
    ("原料調達由来のGHG排出量", "623", "万t-CO2e", None, ["ghg.scope3"]),
    ("事業活動からのGHG排出量 > 国内 > CO2", "311.9", "万t-CO2e", None, ["ghg.total", "ghg.scope1_2"]),
    ("事業活動からのGHG排出量 > 国内 > CH4", "0.7", "万t-CO2e", "ghg.methane", None),
    ("事業活動からのGHG排出量 > 海外 > CO2", "23.6", "万t-CO2e", None, None),
    ("廃棄物発生量（再資源化率） > 産業廃棄物", "133,481", "t", "waste.total", [None]),
    ("廃棄物発生量（再資源化率） > 産業廃棄物 > 再資源化率", "98%", "%", "waste.recycling_rate", None),
    ("排水量", "754", "千m3", "water.discharge", None),
    ("お客さま先でのCO2排出量", "2,815", "万t-CO2e", None, ["ghg.scope3"]),
]]
write("tokyogas-2022-h91-material-balance-p48.json", "tokyo_gas_sustainability_factbook_2022.pdf", "Tokyo Gas",
      2021, NOTE + "Tokyo Gas p48 Japanese material-balance panels (small tables in boxes around a flow picture)", tg48)

# ---- Siemens Ltd India BRSR FY2022, PDF page 27: two BRSR tables. (3) remuneration: Male | Female each over
# 'Number' and 'Median remuneration/ salary/ wages of respective category (₹ in million)' (the rupee sign is '`' in
# the text layer; keyed as printed on the page, '₹ in million'); no year printed: report year 2022. (6) complaints:
# FY 2022 | FY 2021 each over three sub-columns (the FY 2021 third reads 'of a year'). Wrapped row names joined.
REM = "Details of remuneration/salary/wages"
MED = "Median remuneration/ salary/ wages of respective category"
RU = "₹ in million"
sie27 = []
for row, m_n, m_med, f_n, f_med, ids in [
        ("Board of Directors", "8", "3.91", "1", "2.58", (None, ("gov.female_directors", [None]))),
        ("Key Managerial Personnel", "3", "41", "0", "-", (None, None)),
        ("Employees other than BoD and KMP", "5,995", "1.50", "801", "1.22", (None, None)),
        ("Workers", "1,259", "0.44", "16", "0.29", (None, None))]:
    fid = ids[1] or (None, None)
    sie27 += [fact(f"{REM} > {row} > Male > Number", m_n, None, 2022, 27),
              fact(f"{REM} > {row} > Male > {MED}", m_med, RU, 2022, 27),
              fact(f"{REM} > {row} > Female > Number", f_n, None, 2022, 27, fid[0], fid[1]),
              fact(f"{REM} > {row} > Female > {MED}", f_med, RU, 2022, 27)]
CPL = "Number of Complaints on the following made by employees and workers"
SUBS = ("Pending complaints at the beginning of the year", "Filed during the year",
        "Pending resolution at the end of year")
SUBS21 = SUBS[:2] + ("Pending resolution at the end of a year",)
for row, toks in [("Sexual Harassment", "0 3 2 0 0 0"), ("Discrimination at workplace", "1 0 0 0 1 1"),
                  ("Child Labour", "0 0 0 0 0 0"), ("Forced Labour/ Involuntary Labour", "0 0 0 0 0 0"),
                  ("Wages", "1 17 2 1 0 1"), ("Other human rights related issues", "0 0 0 0 0 0")]:
    for i, t in enumerate(toks.split()):
        year, sub = (2022, SUBS[i]) if i < 3 else (2021, SUBS21[i - 3])
        disc = row.startswith("Discrimination") and "Filed" in sub
        sie27.append(fact(f"{CPL} > {row} > {sub}", t, None, year, 27, "gov.discrimination_cases" if disc else None,
                          [None] if disc else None))
write("siemens-2022-h91-remuneration-complaints-p27.json", "siemens_ltd_india_brsr_fy2022.pdf", "Siemens", 2022,
      NOTE + "Siemens p27 BRSR remuneration (Male|Female x Number|Median) and complaints (FY 2022|FY 2021 x 3)", sie27)

# ---- Vedanta BRSR FY2022-23, PDF page 22 (printed 312): a stakeholder table with figures only in prose cells (not
# keyed: '2024', '25,000 Anganwadis'), then Principle 5 (1) human-rights training: FY 2023 | FY 2022 each over
# Total (A) / No. of employees/ workers covered (B) / % (B/A) (C, D, % (D/C) for FY 2022); section rows Employees /
# Workers. The text layer prints this lower table BEFORE the upper one (reading order differs from the page).
HRT = "Employees and workers who have been provided training on human rights issues and policy(ies) of the entity"
COV = "No. of employees/ workers covered"
ved22 = []
for sec, row, toks in [("Employees", "Permanent", "10,892 10,133 93% 10,491 9,695 92%"),
                       ("Employees", "Other permanent", "605 594 98% 502 496 99%"),
                       ("Employees", "Total Employees", "11,497 10,727 93% 10,993 10,191 93%"),
                       ("Workers", "Permanent", "2,615 753 29% 3,415 1,326 39%"),
                       ("Workers", "Other permanent", "17,313 6,038 35% 16,052 4,671 29%"),
                       ("Workers", "Total Workers", "19,928 6,791 34% 19,467 5,997 31%")]:
    total = row.startswith("Total")
    for i, t in enumerate(toks.split()):
        year = 2023 if i < 3 else 2022
        sub = (("Total (A)", f"{COV} (B)", "% (B/A)"), ("Total (C)", f"{COV} (D)", "% (D/C)"))[i // 3][i % 3]
        alt = None
        if total and row == "Total Employees":
            alt = [["workforce.total"], None, ["training.coverage_pct"]][i % 3]
        ved22.append(fact(f"{HRT} > {sec} > {row} > {sub}", t, "%" if t.endswith("%") else None, year, 22, None, alt))
write("vedanta-2023-h91-hr-training-p22.json", "vedanta_ltd_brsr_fy2022-23.pdf", "Vedanta", 2023,
      NOTE + "Vedanta p22 BRSR side-by-side FY groups with lettered sub-columns and section rows", ved22)

# ---- Bayer Sustainability Report 2021, PDF page 82: a table beside prose in the right column, 'Employees Returning
# from Parental Leave in Germany 2021' (year 2021 from the title): Women | Men | Total each over % / Number; row names
# wrapped over up to five lines with hyphenation ('dor-mant con-tract'), keyed joined; mark '1' dropped. Middle
# column: donut 'Part-Time Employees by Gender 2021 (2020)': Total 6,132 (6,088), Men 2,843 (2,703), Women 3,288
# (3,384) (figure: true; the bracket is 2020). Prose figures (6.2%, 1,782 women ...) are narrative, not keyed here.
PL = "Employees Returning from Parental Leave in Germany 2021"
bay82 = []
for row, toks, ids in [
        ("Employees on parental leave since 2019", "50 1,099 50 1,082 100 2,181",
         {5: (None, ["workforce.parental_leave"])}),
        ("of which still on parental leave/dormant contract", "33 366 5 51 19 417", {}),
        ("of which returned by 2021", "67 733 95 1,031 76 1,764", {4: (None, ["workforce.parental_return_rate"])}),
        ("of which with terminated contract", "6 63 5 49 5 112", {})]:
    for i, t in enumerate(toks.split()):
        grp, col = ("Women", "Men", "Total")[i // 2], ("%", "Number")[i % 2]
        m, alt = ids.get(i, (None, None))
        bay82.append(fact(f"{PL} > {row} > {grp} > {col}", t, "%" if col == "%" else None, 2021, 82, m, alt))
PT = "Part-Time Employees by Gender"
bay82 += figure([
    fact(f"{PT} > Total", "6,132", None, 2021, 82, "workforce.part_time"),
    fact(f"{PT} > Total", "(6,088)", None, 2020, 82, "workforce.part_time", value=6088.0),
    fact(f"{PT} > Men", "2,843", None, 2021, 82),
    fact(f"{PT} > Men", "(2,703)", None, 2020, 82, value=2703.0),
    fact(f"{PT} > Women", "3,288", None, 2021, 82),
    fact(f"{PT} > Women", "(3,384)", None, 2020, 82, value=3384.0)])
write("bayer-2021-h91-parental-leave-p82.json", "bayer_sustainability_report_2021.pdf", "Bayer", 2021,
      NOTE + "Bayer p82 table beside prose (wrapped, hyphenated row names; %|Number pairs) + donut with (prior year)",
      bay82)

# ---- Toshiba Integrated Report 2021, PDF page 78 (printed 77), 'Shareholder Information': 'Distribution of
# Shareholder (As of March 31 of each year)' 2017/3 ... 2021/3 (dated 2016 ... 2020 as p79), '%' printed only in the
# first row (unit carried down); 'Principal Shareholders (As of March, 31, 2021)' (2020), ratio in '%'; note 2's small
# table (as of June 1, 2018: FY2018, dated 2018). Not keyed: the stacked bars' and the donut's data labels (the
# same figures as the table), the ratios and share counts inside the notes' sentences.
DS = "Distribution of Shareholder"
tsh78 = rows([(f"{DS} > Individuals and others", "%", "31.4 15.9 16.8 20.2 20.5", None),
              (f"{DS} > Overseas entities and others", "%", "38.2 72.3 69.8 62.7 50.5", None),
              (f"{DS} > Other entities", "%", "2.9 1.5 1.7 1.8 1.8", None),
              (f"{DS} > Securities companies", "%", "1.7 1.1 1.6 1.9 3.1", None),
              (f"{DS} > Financial institutions", "%", "25.8 9.2 10.1 13.4 24.1", None)], T5, 78)
PS = "Principal Shareholders > Shareholding ratio (percentage)"
for name, raw in [("MSIP CLIENT SECURITIES", "7.5"), ("The Master Trust Bank of Japan, Ltd. (Trust Account)", "4.9"),
                  ("SUNTERA (CAYMAN) LIMITED AS TRUSTEE OF ECM MASTER FUND", "4.4"), ("CHINOOK HOLDINGS LTD", "3.4"),
                  ("GOLDMAN SACHS & CO. REG", "3.1"), ("The Dai-ichi Life Insurance Company, Limited", "2.5"),
                  ("Custody Bank of Japan, Ltd. (Trust Account)", "2.5"), ("Nippon Life Insurance Company", "2.4"),
                  ("Toshiba Employees Shareholding Association", "2.2"), ("NIHK A/C CLIENT", "2.0")]:
    tsh78.append(fact(f"{PS} > {name}", raw, "%", 2020, 78))
for name, n, r in [("Farallon Capital Management, L.L.C.", "138,475", "2.12"), ("CHINOOK HOLDINGS LTD", "211,923", "3.25"),
                   ("Total", "350,398", "5.37")]:
    tsh78 += [fact(f"{name} > Number of stock certificates, etc., held (in thousands)", n, "in thousands", 2018, 78),
              fact(f"{name} > Ratio of stock certificates, etc. held (percentage)", r, "percentage", 2018, 78)]
write("toshiba-2021-h91-shareholders-p78.json", "toshiba_integrated_report_2021.pdf", "Toshiba", 2020,
      NOTE + "Toshiba p78 multi-year % table (unit only in the first row), a ranked list table, a table in a note",
      tsh78)

# ---- Daikin Group Sustainability Report 2022 (excerpt), PDF page 3 (a spread, printed 3-4): two bar charts with
# data labels over '17-'21 (FY, dated as printed: '21 = 2021, as the existing Daikin keys date fiscal 2021), two
# donuts 'Ratio of Sales (Consolidated/Fiscal 2021)' (figure: true), then 'Business Sphere' highlight panels: a region
# heading, big figures over 'Employees' / 'Subsidiaries' (no year printed: fiscal 2021, the report's year of data).
# Not keyed: 'close to 80%', 'more than 80%', 'Over 170 Countries' (prose).
Y17 = [2017, 2018, 2019, 2020, 2021]
dk3 = figure(rows([("Net Sales (Consolidated)", "billion yen", "2,290.6 2,481.1 2,550.3 2,493.4 3,109.1", "econ.revenue"),
                   ("Number of Employees (Workforce, Consolidated)", None, "70,263 76,484 80,369 84,870 88,698",
                    "workforce.total")], Y17, 3))
dk3 += figure([fact(f"Ratio of Sales > By Business Segment > {n}", r, "%", 2021, 3) for n, r in [
    ("Chemicals", "6.8%"), ("Oil Hydraulics, Defense Systems, and Electronics", "2.2%"), ("Air Conditioning", "91.0%")]]
    + [fact(f"Ratio of Sales > By Region > {n}", r, "%", 2021, 3) for n, r in [
        ("Asia and Oceania", "13.7%"), ("Other regions", "5.6%"), ("Japan", "20.5%"), ("China", "15.4%"),
        ("United States", "27.0%"), ("Europe", "17.8%")]])
for region, emp, sub, sublabel in [("Europe", "11,147", "77", "Subsidiaries"),
                                   ("Japan", "13,369", "31", "Daikin Industries and subsidiaries"),
                                   ("United States", "20,275", "67", "Subsidiaries"), ("China", "19,567", "32", "Subsidiaries"),
                                   ("Asia and Oceania", "18,542", "55", "Subsidiaries"),
                                   ("Other regions (Latin America, Middle East, Africa, etc.)", "5,798", "61", "Subsidiaries")]:
    dk3 += [fact(f"Business Sphere > {region} > Employees", emp, None, 2021, 3),
            fact(f"Business Sphere > {region} > {sublabel}", sub, None, 2021, 3)]
dk3 += [fact("Business Sphere > Employees", "88,698", None, 2021, 3, "workforce.total"),
        fact("Business Sphere > Subsidiaries", "322", None, 2021, 3)]
write("daikin-2022-h91-business-sphere-p3.json", "daikin_sustainability_report_2022_excerpt.pdf", "Daikin", 2022,
      NOTE + "Daikin p3 bar charts with data labels, donuts, highlight panels (big figure over a caption)", dk3)

# ---- Eni for 2021 Sustainability Performance, PDF page 9 (printed 7): a CEO pay-ratio table 2019-2021 with two
# section rows (Employees in Italy / All employees; no unit: ratios), then ECONOMIC VALUE 2018-2021 with a unit
# column printed on the first row only ('(€ million)', carried down as the Eni keys do) and an 'SDGs - target'
# column of codes (8.2 9.1 9.4 9.5: not values); mark '(a)' dropped. Prose figures below are narrative.
Y3 = [2019, 2020, 2021]
FIX = "Ratio between the CEO/GM fixed remuneration and the median fixed remuneration of employees"
TOT = "Ratio between the CEO/GM total remuneration and the median total remuneration of employees"
eni9 = rows([(f"Employees in Italy > {FIX}", None, "37 37 36", None, ["workforce.ceo_pay_ratio"]),
             (f"Employees in Italy > {TOT}", None, "108 97 138", None, ["workforce.ceo_pay_ratio"]),
             (f"All employees > {FIX}", None, "37 36 36", None, ["workforce.ceo_pay_ratio"]),
             (f"All employees > {TOT}", None, "110 97 141", "workforce.ceo_pay_ratio")], Y3, 9)
EV = "ECONOMIC VALUE"
eni9 += rows([(f"{EV} > Economic value generated", "€ million", "77,381 71,565 45,638 78,092", None, ["econ.revenue"]),
              (f"{EV} > Economic value distributed", "€ million", "67,912 63,103 41,437 66,138", None),
              (f"{EV} > Economic value distributed > of which: operating costs", "€ million",
               "55,622 50,874 33,551 55,549", None),
              (f"{EV} > Economic value distributed > of which: wages and salaries for employees", "€ million",
               "3,093 2,996 2,863 2,888", "econ.employee_wages"),
              (f"{EV} > Economic value distributed > of which: payments to capital suppliers", "€ million",
               "3,971 4,165 2,974 3,975", None),
              (f"{EV} > Economic value distributed > of which: payments to the Public Administration", "€ million",
               "5,226 5,068 2,049 3,726", None, ["econ.taxes"]),
              (f"{EV} > Economic value retained", "€ million", "9,469 8,462 4,201 11,954", None)],
             [2018, 2019, 2020, 2021], 9)
write("eni-2021-h91-economic-value-p9.json", "eni_for_2021_sustainability_performance.pdf", "Eni", 2021,
      NOTE + "Eni p9 ratio table with section rows; multi-year table, unit column on the first row only, SDG codes",
      eni9)

# ---- Eni p10 (printed 8), 'Research and development' 2017-2021: unit column printed on some rows and carried down to
# the rows under it until the next printed unit (the Eni keys' convention); 'SDGs - target' codes (9.5) not values;
# mark '(a)' dropped. The prose below (€787 million, 1,253 million euros) is narrative, not keyed.
RD = "R&D expenditure"
FP = "First patent filing applications"
NP = "Number of partnerships on R&D"
eni10 = rows([(RD, "€ million", "185 197.2 194 157 177", "econ.rd_investment"),
              (f"{RD} > of which: related to decarbonization", "€ million", "72 74 102 74 114", None),
              (f"{RD} > of which: safety and risk reduction", "€ million", "26 25 20 11 8", None),
              (f"{RD} > of which: others (e.g. operational efficiency)", "€ million", "87 98 72 72 55", None),
              ("Tangible value generated by R&D", "€ million", "914 921 1,126 951 1,253", None),
              (FP, "number", "27 43 34 25 30", None, ["econ.patents_invention"]),
              (f"{FP} > of which: filed on renewable sources", "number", "11 13 15 7 11", None),
              ("Existing patents", "number", "6,631 7,280 7,686 7,471 7,290", "econ.patents_total"),
              ("Average age of patents", "years", "9.10 9.17 9.80 9.22 8.87", None),
              (NP, "number", "1,033 1,127 1,221 733 766", None),
              (f"{NP} > of which: with universities and research centers", "number", "233 271 362 204 193", None)],
             Y5 if False else [2017, 2018, 2019, 2020, 2021], 10)
write("eni-2021-h91-rd-p10.json", "eni_for_2021_sustainability_performance.pdf", "Eni", 2021,
      NOTE + "Eni p10 multi-year R&D table above prose, unit column printed on some rows (carried down), SDG codes",
      eni10)

# ---- United Spirits BRSR FY2023-24, PDF page 22 (printed 21), '9. Openness of Business': Parameter (group cell merged
# over rows) | lettered Metrics (a./b./c. in their own column, left out of the label) | FY 2023-24 (2024) | FY 2022-23
# (2023); units are the '%' inside the cells; '-' nil (no trading houses). No catalog metric fits.
OB = "Openness of Business"
us22 = rows([
    (f"{OB} > Concentration of Purchases > Purchases from trading houses as % of total purchases", None, "- -", None),
    (f"{OB} > Concentration of Purchases > Number of trading houses where purchases are made from", None, "- -", None),
    (f"{OB} > Concentration of Purchases > Purchases from top 10 trading houses as % of total purchases from trading "
     "houses", None, "- -", None),
    (f"{OB} > Concentration of Sales > Sales to dealers /distributors as % of total sales", "%", "100% 100%", None),
    (f"{OB} > Concentration of Sales > Number of dealers / distributors to whom sales are made", None, "1,846 2,169",
     None),
    (f"{OB} > Concentration of Sales > Sales to top 10 dealers / distributors as % of total sales to dealers / "
     "distributors", "%", "49% 57%", None),
    (f"{OB} > Share of RPTs in > Purchases (Purchases with related parties / Total Purchases)", "%", "11% 13%", None),
    (f"{OB} > Share of RPTs in > Sales (Sales to related parties / Total Sales)", "%", "0% 0%", None),
    (f"{OB} > Share of RPTs in > Loans & advances (Loans & advances given to related parties / Total loans & "
     "advances)", "%", "0% 85%", None),
    (f"{OB} > Share of RPTs in > Investments (Investments in related parties / Total Investments made)", "%",
     "27% 45%", None)], [2024, 2023], 22)
write("unitedspirits-2024-h91-openness-p22.json", "united_spirits_brsr_fy2023-24.pdf", "United Spirits", 2024,
      NOTE + "United Spirits p22 BRSR group cells merged over rows, lettered metric column, % in cells, dash nils",
      us22)

# ---- Rio Tinto Climate Change Report 2023, PDF page 35 (printed 33), 'Progress in 2023' panels stacked in the right
# column: big figure, its caption BELOW it (the label here), then '(2022: $Xm)' (the 2022 figure, restated). The text
# layer puts the third panel ($234m) after the guidance box. Prose figures (3% to 5%, 1GW, $5bn-$6bn: guidance,
# ranges) are not keyed.
rio35 = []
for cap, now, before, metric, alt in [("Total decarbonisation spend", "425", "299", None, None),
                                      ("Capital expenditure and investments", "130", "128", "climate.capex", [None]),
                                      ("Operational expenditure", "234", "138", None, None),
                                      ("RECs and offsets (intangible assets)", "61", "33", None, None)]:
    rio35 += [fact(f"Progress in 2023 > {cap}", f"${now}m", "$m", 2023, 35, metric, alt, float(now)),
              fact(f"Progress in 2023 > {cap}", f"${before}m", "$m", 2022, 35, metric, alt, float(before))]
write("riotinto-2023-h91-progress-panels-p35.json", "riotinto-2023-climate-change-report.pdf", "Rio Tinto", 2023,
      NOTE + "Rio Tinto p35 stacked panels: figure, caption below, '(2022: $Xm)' comparison", rio35)

# ---- Siemens Ltd India BRSR FY2022, PDF page 43: '6. Details of beneficiaries of CSR Projects', a serial-numbered
# list table (S. No. 1-16: not values) of projects, persons benefitted and '% of beneficiaries from vulnerable and
# marginalized groups'. No year column: report year 2022 for every row, also for the project names that end in a
# batch year ('Dual Education for Management Students 2021'). '*' (COVID row, see the note) is a mark, not keyed;
# the dash row of table 5 is text. No catalog metric fits.
CSR = "Details of beneficiaries of CSR Projects"
NB, PV = "No. of persons benefitted from CSR Projects", "% of beneficiaries from vulnerable and marginalized groups"
sie43 = [fact(f"{CSR} > COVID 19 response 2022 > {PV}", "100%", "%", 2022, 43)]
for proj, n, p in [("Siemens Scholarship Program - Batch IX", "160", "100%"),
                   ("Siemens Scholarship Program - Batch VIII", "160", "100%"),
                   ("IGnITE - Indo-German Initiative for Technical Education", "501", "100%"),
                   ("Project Asha - Mokhada (Aase)", "10,060", "100%"),
                   ("Siemens Scholarship Program - Batch VI", "147", "100%"),
                   ("Siemens Scholarship Program - Batch VII", "150", "100%"),
                   ("Project Asha - Mokhada (Koshimshet - Dhamanshet)", "10,500", "100%"),
                   ("Project Jigyaasa", "23,000", "100%"), ("Project Asha - Aurangabad (Sagarwadi)", "6,160", "100%"),
                   ("Dual VET at Government ITIs", "32,145", "100%"),
                   ("Dual Education for Management Students 2022", "6", "85%"),
                   ("Dual Education for Management Students 2021", "9", "77%"),
                   ("Project Asha - Aurangabad (Daregaon)", "7,880", "100%"),
                   ("Disaster Relief - Catastrophe Fund", "6,660", "100%"),
                   ("Dual Education for Management Students 2020", "12", "83%")]:
    sie43 += [fact(f"{CSR} > {proj} > {NB}", n, None, 2022, 43), fact(f"{CSR} > {proj} > {PV}", p, "%", 2022, 43)]
write("siemens-2022-h91-csr-beneficiaries-p43.json", "siemens_ltd_india_brsr_fy2022.pdf", "Siemens", 2022,
      NOTE + "Siemens p43 serial-numbered list table, batch years inside row names, a mark '*' in a number cell", sie43)

# ---- Swisscom Sustainability Report 2021, PDF page 30: a bar chart in the prose column, 'Swisscom Educational offers
# / Number of participants (cumulative)', data labels over 2017-2021 (figure: true; the text layer prints 515,960
# after the year axis). Prose figures (35,119, 70,000, 1145) are narrative or a phone number, not keyed.
sc30 = figure(rows([("Swisscom Educational offers > Number of participants (cumulative)", None,
                     "405,159 456,377 515,960 578,305 714,480", None)], [2017, 2018, 2019, 2020, 2021], 30))
write("swisscom-2021-h91-educational-chart-p30.json", "swisscom_sustainability_report_2021.pdf", "Swisscom", 2021,
      NOTE + "Swisscom p30 bar chart with data labels inside a prose column", sc30)

# ---- Tokyo Gas Fact Book 2022, PDF page 29 (printed 28), 'ダイバーシティ&インクルージョン': a one-row Japanese targets
# table whose '2021年度の主な実績' cell holds three bullet lines with five figures, each line with its own 'as of'
# date (2022年4月1日現在 / 2022年6月1日現在: the end of fiscal 2021, dated 2021 by the column); then an action-plan
# panel (計画期間 2021年4月～2026年3月末) with two targets: 11% (2025年度, dated 2025) and 100% (the plan's end,
# fiscal 2025, dated 2025). Prose (2021年度より ...) holds no figures to key.
DI = "ダイバーシティ&インクルージョン > 多様な人材の活躍推進"
tg29 = [fact(f"{DI} > 女性管理職比率 > 単体", "9.5%", "%", 2021, 29, None, ["workforce.female_management_pct"]),
        fact(f"{DI} > 女性管理職比率 > 連結", "9.9%", "%", 2021, 29, "workforce.female_management_pct"),
        fact(f"{DI} > 仕事と育児の両立に関する制度利用率 > 男性", "93.9%", "%", 2021, 29),
        fact(f"{DI} > 仕事と育児の両立に関する制度利用率 > 女性", "100%", "%", 2021, 29),
        fact(f"{DI} > 障がい者雇用率", "2.64%", "%", 2021, 29, None, ["workforce.disabled"]),
        fact("女性の活躍推進に関するアクションプラン > 目標1 > 2025年度の女性管理職比率11%以上", "11%", "%", 2025, 29,
             "workforce.female_management_pct", [None]),
        fact("女性の活躍推進に関するアクションプラン > 目標2 > 男女ともに仕事と育児の両立に関する制度利用率", "100%", "%",
             2025, 29)]
write("tokyogas-2022-h91-diversity-p29.json", "tokyo_gas_sustainability_factbook_2022.pdf", "Tokyo Gas", 2021,
      NOTE + "Tokyo Gas p29 Japanese targets table with several figures per cell line + a targets panel", tg29)

# ==== second batch (17:02 UTC), chosen AFTER the first run on the first 15 pages (to see whether the side-by-side FY
# groups over wrapped sub-column names, Siemens p27's mechanism, recur on another report, and a BRSR benefits table
# with many % sub-columns), same rules, keyed before any esglens run on these pages.

# ---- United Spirits BRSR FY2023-24, PDF page 38 (printed 37): (6) complaints, FY 2023 -24 (Current Financial Year)
# | FY 2022-23 (Previous Financial Year) each over 'Filed during the year' / 'Pending resolution at the end of year' /
# 'Remarks' (text, not keyed); (7) POSH complaints, two FY columns. '5 other regional languages' is prose.
CP = "Number of Complaints on the following made by employees and workers"
us38 = []
for row, toks in [("Sexual Harassment", "2 0 2 0"), ("Discrimination at workplace", "3 0 1 0"),
                  ("Child Labour", "0 0 1 0"), ("Forced Labour/ Involuntary Labour", "0 0 0 0"), ("Wages", "0 0 0 0"),
                  ("Other human rights related issues", "0 0 1 0")]:
    for i, t in enumerate(toks.split()):
        sub = ("Filed during the year", "Pending resolution at the end of year")[i % 2]
        disc = row.startswith("Discrimination") and i % 2 == 0
        us38.append(fact(f"{CP} > {row} > {sub}", t, None, (2024, 2023)[i // 2], 38,
                         "gov.discrimination_cases" if disc else None, [None] if disc else None))
POSH = "Complaints filed under the Sexual Harassment of Women at Workplace (Prevention, Prohibition and Redressal) Act"
us38 += rows([(f"{POSH} > Total Complaints reported under Sexual Harassment on of Women at Workplace (Prevention, "
               "Prohibition and Redressal) Act, 2013 (POSH)", None, "2 2", None),
              (f"{POSH} > Complaints on POSH as a % of female employees / workers", "%", "0.45% 0.44%", None),
              (f"{POSH} > Complaints on POSH upheld", None, "2 2", None)], [2024, 2023], 38)
write("unitedspirits-2024-h91-complaints-p38.json", "united_spirits_brsr_fy2023-24.pdf", "United Spirits", 2024,
      NOTE + "United Spirits p38 side-by-side FY groups over wrapped sub-columns with a Remarks text column; second "
      "batch, chosen after the first run", us38)

# ---- Siemens Ltd India BRSR FY2022, PDF page 16: 1 a./b. 'Details of measures for the well-being of employees /
# workers': a 3-level header (% of employees covered by > Health insurance ... Day Care facilities > No. (B) / % (B / A)
# ...), Total (A) first; section rows 'I. Permanent ...' / 'II. Other than Permanent ...'; blank cells (not keyed);
# 'NA' printed once per benefit in the last section (under its 'No.' column: value null). No year printed: 2022.
# The Total (A) cells could be read as head counts (alt ids); the rest has no catalog metric.
BEN = [("Health insurance", "B"), ("Accident insurance", "C"), ("Maternity benefits", "D"), ("Paternity Benefits", "E"),
       ("Day Care facilities", "F")]


def wellbeing(title, cover, sec, row, toks, alt_ids=False):
    toks = toks.split()
    assert len(toks) == 11, (row, toks)
    out = []
    alt = {"Male": ["workforce.male"], "Female": ["workforce.female"], "Total": ["workforce.total"]}[row]
    if toks[0] != ".":
        out.append(fact(f"{title} > {sec} > {row} > Total (A)", toks[0], None, 2022, 16, None,
                        alt if alt_ids else None))
    for i, (ben, letter) in enumerate(BEN):
        for j, t in enumerate(toks[1 + 2 * i: 3 + 2 * i]):
            if t == ".":
                continue
            col = f"No. ({letter})" if j == 0 else f"% ({letter} / A)"
            out.append(fact(f"{title} > {sec} > {row} > {cover} > {ben} > {col}", t, "%" if j else None, 2022, 16))
    return out


WE, WW = "Details of measures for the well-being of employees", "Details of measures for the well-being of workers"
CE, CW = "% of employees covered by", "% of workers covered by"
sie16 = []
for title, cover, sec, row, toks, ids in [
        (WE, CE, "I. Permanent Employees", "Male", "5,998 5,998 100% 5,998 100% . . 5,998 100% 3,500 58%", True),
        (WE, CE, "I. Permanent Employees", "Female", "801 801 100% 801 100% 801 100% . . 573 72%", True),
        (WE, CE, "I. Permanent Employees", "Total", "6,799 6,799 100% 6,799 100% 801 100% 5,998 100% 4,073 60%", True),
        (WE, CE, "II. Other than Permanent Employees", "Male", "1,520 1,519 99.9% 1,442 94.8% . . 1,145 75.3% 688 45.2%",
         False),
        (WE, CE, "II. Other than Permanent Employees", "Female", "78 78 100% 74 94.8% 78 100% . . 33 42.3%", False),
        (WE, CE, "II. Other than Permanent Employees", "Total",
         "1,598 1,597 99.9% 1,516 94.8% 78 4.7% 1,145 71.6% 721 45.1%", False),
        (WW, CW, "I. Permanent Workers", "Male", "1,259 1,259 100% 1,259 100% . . 1,259 100% 929 74%", False),
        (WW, CW, "I. Permanent Workers", "Female", "16 16 100% 16 100% 16 100% . . 16 100%", False),
        (WW, CW, "I. Permanent Workers", "Total", "1,275 1,275 100% 1,275 100% 16 100% 1,259 100% 945 74%", False),
        (WW, CW, "II. Other than Permanent Workers", "Male", "0 NA . NA . NA . NA . NA .", False),
        (WW, CW, "II. Other than Permanent Workers", "Female", "0 NA . NA . NA . NA . NA .", False),
        (WW, CW, "II. Other than Permanent Workers", "Total", "0 NA . NA . NA . NA . NA .", False)]:
    sie16 += wellbeing(title, cover, sec, row, toks, ids)
write("siemens-2022-h91-wellbeing-p16.json", "siemens_ltd_india_brsr_fy2022.pdf", "Siemens", 2022,
      NOTE + "Siemens p16 BRSR 3-level header, blank cells, NA once per benefit; second batch, chosen after the first "
      "run", sie16)

# ==== third batch (17:10 UTC), chosen AFTER the first run (combo charts, and the two failing families on other
# pages), same rules, keyed before any esglens run on these pages.

# ---- Toshiba Integrated Report 2021, PDF page 30 (printed 29), 'Financial Highlights (Consolidated)': six combo
# charts (bars + a line) over FY2016 ... FY2020 (dated 2016 ... 2020), units in each legend; data labels keyed
# (figure: true). Cash flows: three series; FY2019 read by the leader lines and the sums (operating -142.1, investing
# -122.6, free cash flow -264.7). The prose figures under each chart are narrative, not keyed.
FYS = [2016, 2017, 2018, 2019, 2020]
YB = "Yen in billions"
tsh30 = figure(rows([
    ("Net sales / Ratio of overseas sales > Net sales", YB, "4,043.7 3,947.6 3,693.5 3,389.9 3,054.4", "econ.revenue"),
    ("Net sales / Ratio of overseas sales > Ratio of overseas sales", "%", "43.9 42.8 43.4 40.9 41.8", None),
    ("Operating income / Return on sales (ROS) > Operating income", YB, "96.5 86.2 35.4 130.5 104.4", None),
    ("Operating income / Return on sales (ROS) > Return on sales (ROS)", "%", "2.4 2.2 1.0 3.8 3.4", None),
    ("Net income (loss) / Earnings (loss) per share > Net income (loss)", YB, "-965.7 804.0 1,013.3 -114.6 114.0",
     "econ.net_profit"),
    ("Net income (loss) / Earnings (loss) per share > Earnings (loss) per share", "Yen",
     "-2,280.76 1,628.88 1,641.85 -236.39 251.25", None),
    ("Equity attributable to shareholders of the Company / Shareholders' equity ratio > Equity attributable to "
     "shareholders of the Company", YB, "-552.9 783.1 1,456.7 939.8 1,164.5", None),
    ("Equity attributable to shareholders of the Company / Shareholders' equity ratio > Shareholders' equity ratio",
     "%", "-13.0 17.6 33.9 27.8 33.3", None),
    ("R&D expense / R&D expense to sales ratio > R&D expense", YB, "189.9 178.7 167.5 158.9 150.5",
     "econ.rd_investment"),
    ("R&D expense / R&D expense to sales ratio > R&D expense to sales ratio", "%", "4.7 4.5 4.5 4.7 4.9",
     "econ.rd_pct_revenue"),
    ("Cash flows > Cash flows from operating activities", YB, "134.2 37.4 124.9 -142.1 145.1", None),
    ("Cash flows > Cash flows from investing activities", YB, "-179.0 -146.7 1,305.4 -122.6 -106.6", None),
    ("Cash flows > Free cash flow", YB, "-44.8 -109.3 1,430.3 -264.7 38.5", None)], FYS, 30))
write("toshiba-2021-h91-financial-charts-p30.json", "toshiba_integrated_report_2021.pdf", "Toshiba", 2020,
      NOTE + "Toshiba p30 six combo charts (bars + line, legend units); third batch, chosen after the first run", tsh30)

# ---- Tokyo Gas Fact Book 2022, PDF page 7 (printed 06): the same targets-vs-results layout as p6 (two tables): two
# targets (2022年度: 再資源化率95%以上, PE管リサイクル率100%維持) and the results column's bullet lines with one or
# several figures each (2021年度). Not keyed: '4LNG基地' (a count inside a name), '5つのプロジェクト', '(6月)', the
# 'as of' dates. Units as printed after each figure.
SK = "社会との良好な関係"
tg7 = [fact(label, raw, unit, year, 7, metric, alt, float(raw.rstrip("%").replace(",", ""))) for label, raw, unit, year,
       metric, alt in [
    (f"{SK} > 産業廃棄物の再資源化率維持 > 再資源化率", "95%", "%", 2022, None, ["waste.recycling_rate"]),
    (f"{SK} > 産業廃棄物の再資源化率", "98%", "%", 2021, "waste.recycling_rate", None),
    (f"{SK} > プラスチック系廃棄物のリサイクル > PE管リサイクル率", "100%", "%", 2022, None, None),
    (f"{SK} > PE管リサイクル率", "100%", "%", 2021, None, None),
    (f"{SK} > 社会貢献活動", "320", "件", 2021, None, None),
    (f"{SK} > myTOKYOGASパッチョポイント交換による寄付活動 > 寄付総額", "15,713,800", "円", 2021, "community.donations",
     [None]),
    (f"{SK} > myTOKYOGASパッチョポイント交換による寄付活動 > ポイント交換", "15,338", "件", 2021, None, None),
    (f"{SK} > myTOKYOGASパッチョポイント交換による寄付活動 > ポイント", "4,713,800", "ポイント", 2021, None, None),
    (f"{SK} > 教員研修", "7", "回", 2021, None, None),
    (f"{SK} > 教員研修", "289", "名", 2021, None, None),
    (f"{SK} > 出前授業", "561", "回", 2021, None, None),
    (f"{SK} > 出前授業", "16,390", "名", 2021, None, None),
    (f"{SK} > 女性管理職比率 > 単体", "9.5%", "%", 2021, None, ["workforce.female_management_pct"]),
    (f"{SK} > 女性管理職比率 > 連結", "9.9%", "%", 2021, "workforce.female_management_pct", None),
    (f"{SK} > 仕事と育児の両立に関する制度利用率 > 男性", "93.9%", "%", 2021, None, None),
    (f"{SK} > 仕事と育児の両立に関する制度利用率 > 女性", "100%", "%", 2021, None, None),
    (f"{SK} > 障がい者雇用率", "2.64%", "%", 2021, None, ["workforce.disabled"]),
    ("責任ある企業としての行動 > お取引先へのCSR調査", "483", "社", 2021, None, None),
    ("責任ある企業としての行動 > お取引先へのCSR調査 > 回答率", "87.2%", "%", 2021, None, None),
    ("責任ある企業としての行動 > 階層別コンプライアンス研修", "1,238", "名", 2021, None, None),
    ("責任ある企業としての行動 > コンプライアンスをテーマとした職場ディスカッション", "21,956", "名", 2021, None, None),
    ("責任ある企業としての行動 > コンプライアンス相談受付件数", "120", "件", 2021, None, None)]]
write("tokyogas-2022-h91-materiality-targets-p7.json", "tokyo_gas_sustainability_factbook_2022.pdf", "Tokyo Gas",
      2021, NOTE + "Tokyo Gas p7 Japanese targets-vs-results tables (p6's layout); third batch, chosen after the first "
      "run", tg7)

# ---- Vedanta BRSR FY2022-23, PDF page 12 (printed 302): tables of text (fines, appeals: 'There were 0 cases ...'
# sentences spanning the columns, not keyed), then (5) disciplinary actions for bribery/corruption, FY 2023 | FY 2022,
# four rows of 0.
DA = ("Number of Directors/KMPs/employees/workers against whom disciplinary action was taken by any law enforcement "
      "agency for the charges of bribery/corruption")
ved12 = rows([(f"{DA} > {r}", None, "0 0", None, ["gov.corruption_cases"]) for r in
              ("Directors", "KMPs", "Employees", "Workers")], [2023, 2022], 12)
write("vedanta-2023-h91-disciplinary-p12.json", "vedanta_ltd_brsr_fy2022-23.pdf", "Vedanta", 2023,
      NOTE + "Vedanta p12 a small FY table of zeros under tables of text; third batch, chosen after the first run",
      ved12)
