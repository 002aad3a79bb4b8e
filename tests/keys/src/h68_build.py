# Run from tests/keys/ to regenerate the keys as first written (held out).
"""Held-out keys by helper h68 (2026-12-07, 13:30-14:30 UTC), written from page images (pypdfium2 render at 1.4x,
looked at) and pypdfium2's raw page text, committed BEFORE esglens was run on (or any esglens output seen for)
these pages. Pages chosen because no key in tests/keys/*.json or tests/keys/metric_ids/*.json covers them (every
key's pages listed first). Nine pages of five PDFs, six layout families: a multi-year workforce table with a unit
column and SDG codes (Eni p18), a multi-year health table with a formula unit and footnote marks (Eni p29),
Japanese tables with a unit column / a unit cell merged over rows and a description column (Tokyo Gas p49, p58),
BRSR tables with units in the section title or the label and Indian digit grouping (Vedanta p19, p29), side-by-side
column groups (Siemens p17: FY 2022 | FY 2021 each over three sub-columns; Permanent Employees | Permanent Workers
each over two rates), BRSR tables with lettered sub-columns (United Spirits p29, p37).

Conventions (../shared/eval/SCHEMA.md and the existing keys, h45_build.py / h51_build.py): label = row path as
printed (table title or section row first where the existing keys of that report do so; then the column
group / sub-column where a year holds several columns); footnote marks dropped; units as printed without
enclosing brackets (unit column carried down to the rows under it until the next printed unit, as the existing
Eni keys; header; the section title's '(in metric tonnes)'; the label's trailing '(per one million-person hours
worked)'); None when nothing is printed; dashes and NA are value null; a yearless table gets the report year.
Text cells (Yes / Not Applicable) and SDG target codes are not values and are not keyed.

Metric ids: the current catalog (src/esglens/data/metrics.yaml, 124 ids), null = judged that no catalog metric
fits (a part by gender, site, category, programme; a rate the catalog has no id for). Where the choice is
arguable, `metric_alt` lists the other acceptable answers (null included) and the scorer reports those rows apart.
"""
import json


def num(raw):
    if raw in ("-", "–", "NA", "–%"):
        return None
    v = raw.replace(",", "").replace("，", "").replace(" ", "").rstrip("%").replace("–", "-").lstrip("+")
    return float(v)


def fact(label, raw, unit, year, page, metric=None, alt=None, value=None):
    f = {"metric": metric, "label": label, "value": num(raw) if value is None else value, "raw": raw, "unit": unit,
         "year": year, "page": page, "source": "table"}
    if alt is not None:
        f["metric_alt"] = alt
    return f


def rows(spec, years, page):
    """spec: (label, unit, 'tok tok ...', metric[, alt]) with one token per year in printed column order;
    a token 'a|b' is raw a with value b (a misprint)."""
    out = []
    for label, unit, toks, metric, *alt in spec:
        toks = toks.split()
        assert len(toks) == len(years), (label, toks)
        for t, y in zip(toks, years):
            raw, value = (t.split("|")[0], float(t.split("|")[1])) if "|" in t else (t, None)
            out.append(fact(label, raw.replace("_", " "), unit, y, page, metric, alt[0] if alt else None, value))
    return out


def write(name, seed, company, report_year, note, facts):
    json.dump({"seed": seed, "company": company, "report_year": report_year, "held_out": True,
               "note": note, "facts": facts}, open(name, "w"), indent=1, ensure_ascii=False)
    print(name, len(facts), sum(f["value"] is not None for f in facts))


NOTE = ("h68 2026-12-07 13:3x-14:3x UTC, from page images + pypdfium2 raw text, written BEFORE any esglens run on "
        "these pages; held out (measured, not a goal); see tests/keys/src/h68_build.py. ")

# ---- Eni for 2021 Sustainability Performance, PDF page 18 (printed 16), '(continued)' employees table, 2017-2021,
# unit column ('(%)', '(number)', '(years)') carried down; the 'SDGs target' codes (8.5, 10.1) are not values.
# 'Local employees in the Upstream sector' prints no values. 2021 'of which: men' of the atypical workers is printed
# '2.218' (a point for the thousands comma: 1,889 ... 2,218 + 610 = 2,828): keyed as 2218.
Y5 = [2017, 2018, 2019, 2020, 2021]
LA = "Local employees abroad by professional category:"
UP = "Local employees in the Upstream sector"
SUB = "Local employees in subsidiaries"
NC = "Employees in non-consolidated and proportionally consolidated subsidiaries"
PC, FT, FU, PT = ("Employees with permanent contracts", "Employees with fixed term contracts",
                  "Employees with full-time contracts", "Employees with part-time contracts")
AT = "Atypical temporary workers (agency workers, contractors, etc.)"
TE = "Terminations of permanent contracts"
eni = rows([
    ("Local employees abroad", "%", "85 83 81 87 88", None),
    (f"{LA} > Senior managers", "number", "58 46 46 46 63", None),
    (f"{LA} > Middle managers", "number", "1,781 1,686 1,659 1,791 1,967", None),
    (f"{LA} > White collars", "number", "5,543 4,769 4,606 4,518 4,617", None),
    (f"{LA} > Blue collars", "number", "2,628 2,071 2,009 1,972 3,304", None),
    ("Local senior managers & middle managers abroad", "%", "15.68 16.70 16.65 19.13 18.03", None),
    ("Non-Italian employees in positions of responsibility", "%", "19.0 17.9 17.3 18.6 20.6", None),
    (f"{UP} > of which: historical presence countries", "%", "90 87 86 92 90", None),
    (f"{UP} > of which: recent entry countries", "%", "30 32 30 37 48", None),
    ("Employees in non-OECD Countries", "number", "6,631 6,705 6,535 6,044 6,721", None),
    (SUB, "%", "93.36 93.22 93.16 95.15 95.22", None),
    (f"{SUB} > of which: in consolidated", "%", "85.36 82.63 81.23 86.69 88.41", None),
    (f"{SUB} > of which: in non-consolidated", "%", "97.03 97.25 97.44 98.00 97.93", None),
    (NC, "number", "26,492 28,292 29,542 29,770 29,585", None),
    (f"{NC} > of which: local", "number", "25,733 27,540 28,810 29,199 29,001", None),
    (PC, "number", "31,609 30,183 30,571 30,165 31,111", None),
    (f"{PC} > of which: men", "number", "24,204 23,114 23,228 22,826 23,001", None),
    (f"{PC} > of which: women", "number", "7,405 7,069 7,343 7,339 8,110", None),
    (FT, "number", "586 767 750 610 777", "workforce.temporary"),
    (f"{FT} > of which: men", "number", "411 529 503 390 527", None),
    (f"{FT} > of which: women", "number", "175 238 247 220 250", None),
    (FU, "number", "31,612 30,390 30,785 30,290 31,423", None),
    (f"{FU} > of which: men", "number", "24,567 23,605 23,693 23,175 23,472", None),
    (f"{FU} > of which: women", "number", "7,045 6,785 7,092 7,115 7,951", None),
    (PT, "number", "583 560 536 485 465", "workforce.part_time"),
    (f"{PT} > of which: men", "number", "48 38 38 41 56", None),
    (f"{PT} > of which: women", "number", "535 522 498 444 409", None),
    (AT, "number", "2,307 2,373 2,555 2,394 2,828", "workforce.contractors", [None]),
    (f"{AT} > of which: men", "number", "1,889 1,932 2,039 1,928 2.218|2218", None),
    (f"{AT} > of which: women", "number", "418 441 516 466 610", None),
    ("Average age", "years", "45.3 45.4 45.4 45.8 45.1", None),
    # new hires / terminations of PERMANENT contracts only: the catalog's ids are for all contracts
    ("New hires with permanent contracts", "number", "992 1,264 1,855 607 967", "workforce.new_hires", [None]),
    (TE, "number", "1,312 1,270 1,198 1,323 2,275", "workforce.turnover_count", [None]),
    (f"{TE} > of which: resignations", "number", "504 488 441 364 602", None),
    (f"{TE} > of which: retirements", "number", "593 606 664 764 1,542", None),
    (f"{TE} > of which: layoffs", "number", "178 136 72 140 86", None),
    (f"{TE} > of which: other", "number", "37 40 21 55 45", None),
], Y5, 18)

# ---- Eni p29 (printed 27), HEALTH table 2017-2021; '(number)' carried down to the rows under it; the OIFR row's
# unit is the formula printed in the unit column; marks (a) (b) (c) dropped; 2020 'of which: to employees' is
# printed '242. 160' (a space after the thousands point): 242160.
HS, HP = "Number of health services provided", "Number of registrations to health promotion initiative"
OI = "Occupational illnesses notifications received"
eni += rows([
    ("Health Impact Assessments carried out", "number", "13 20 14 4 10", None),
    ("Employees included in health surveillance programs", "number", "30,944 28,807 28,579 28,350 28,453", None),
    (HS, "number", "450,398 473,437 487,360 354,192 379,481", None),
    (f"{HS} > of which: to employees", "number", "297,480 320,933 312,490 242._160|242160 261,618", None),
    (f"{HS} > of which: to contractors", "number", "56,573 68,796 94,130 65,662 70,970", None),
    (f"{HS} > of which: to relatives", "number", "79,687 66,327 72,268 39,840 43,835", None),
    (f"{HS} > of which: to others", "number", "16,658 17,381 8,472 6,530 3,058", None),
    (HP, "number", "56,765 170,431 205,373 222,708 158,784", None),
    (f"{HP} > of which: to employees", "number", "34,458 75,938 97,493 99,758 85,776", None),
    (f"{HP} > of which: to contractors", "number", "11,739 46,930 78,330 86,357 58,031", None),
    (f"{HP} > of which: to relatives", "number", "10,568 47,563 29,550 36,593 14,977", None),
    ("OIFR Occupational Illness Frequency Rate",
     "(Occupational illnesses notifications received/worked hours) x 1.000.000", "0.13 0.16 0.16 0.13 0.13", None),
    # notifications (employees and former employees), not recordable cases: arguable
    (OI, "number", "120 81 73 28 30", "safety.occupational_disease", [None]),
    (f"{OI} > Employees", "number", "12 10 9 7 7", None),
    (f"{OI} > Former employees", "number", "108 71 64 21 23", None),
], Y5, 29)
write("eni-2021-h68-p18-p29.json", "eni_for_2021_sustainability_performance.pdf", "Eni", 2021,
      NOTE + "Eni p18 employees (continued), p29 health", eni)

# ---- Tokyo Gas Sustainability Fact Book 2022, PDF page 49 (printed 48): 原料・販売量, 2017年度-2021年度 (FYn dated n, as
# the existing Tokyo Gas keys), 項目 in two columns (group cell merged over rows), unit column 単位; marks ※1-※4 dropped.
# Raw materials and sales volumes: no catalog metric (gas / heat / power SOLD, not consumed).
TY5 = [2017, 2018, 2019, 2020, 2021]
G, S = "原料・販売量 > 都市ガス原料", "原料・販売量 > 販売量"
tg = rows([
    (f"{G} > 原料LNG量", "千t", "11,407 11,083 10,388 10,352 9,855", None),
    (f"{G} > 原料LPG量", "千t", "491 491 474 457 537", None),
    (f"{S} > 都市ガス販売量", "百万m³", "15,380 15,022 13,855 12,786 13,010", None),
    (f"{S} > 熱販売量", "千GJ", "3,496 3,583 3,749 3,863 3,558", None),
    (f"{S} > 電力販売量", "億kWh", "147 155 206 248 283", None),
], TY5, 49)

# ---- Tokyo Gas PDF page 58 (printed 57), ガバナンスデータ: two tables 2019年度-2021年度 whose unit cell (名, 件) is merged
# over all rows; the first has a description column 概要 between the row name and the unit (text, not a label level).
# Thousands separators are full-width commas ('1，311').
TY3 = [2019, 2020, 2021]
TR, CO = "人権・コンプライアンスに関する研修の参加者", "コンプライアンス相談実績"
tg += rows([
    (f"{TR} > 階層別研修", "名", "1，311 1，322 1，238", None),
    (f"{TR} > 職場ディスカッション", "名", "21，088 21，966 21，956", None),
    (f"{TR} > コンプライアンス相談窓口担当者研修", "名", "65 34 73", None),
    (f"{TR} > 人権啓発・コンプライアンス推進リーダー養成研修・フォロー研修", "名", "354 124 35", None),
    (f"{TR} > コンプライアンス講演会", "名", "300 124 1，147", None),
    (f"{CO} > 職場の人間関係・ハラスメントに関するもの", "件", "35 42 60", None),
    (f"{CO} > 処遇・労働時間等に関するもの", "件", "14 19 24", None),
    (f"{CO} > 社内ルールに関するもの", "件", "11 23 25", None),
    (f"{CO} > 法令に関するもの、その他", "件", "4 8 11", None),
    (f"{CO} > 合計", "件", "64 92 120", None),
], TY3, 58)
write("tokyogas-2022-h68-p49-p58.json", "tokyo_gas_sustainability_factbook_2022.pdf", "Tokyo Gas", 2021,
      NOTE + "Tokyo Gas p49 raw materials and sales (unit column), p58 compliance training and consultations "
      "(unit cell merged over rows, description column)", tg)


def grid(title, spec, cols, page):
    """spec: (row label path, 'tok ...' one per column); cols: (column label path, year, unit) in printed order."""
    out = []
    for label, toks in spec:
        toks = toks.split()
        assert len(toks) == len(cols), (label, toks)
        for t, (col, year, unit) in zip(toks, cols):
            out.append(fact(f"{title} > {label} > {col}" if col else f"{title} > {label}", t, unit, year, page))
    return out


# ---- United Spirits BRSR FY2023-24, PDF page 37 (printed 36). P5 2: minimum wages, FY 2023-24 (dated 2024) | FY
# 2022-23 (2023), each over Total / Equal to minimum wage (No., %) / More than minimum wage (No., %) with letters;
# sections Employees / Workers as spanning rows, Male/Female/Did not Disclose under Permanent / Other than Permanent.
# 3a remuneration: yearless (dated 2024), Male | Female each over Number / Median (no unit printed; rupees, Indian
# grouping). 3b gross wages to females, two years. All null: the catalog has no minimum-wage, median-pay or
# wage-share metric (workforce.gender_pay_ratio is a women/men ratio, not a share of the wage bill).
MW = "Details of minimum wages paid to employees and workers"
EQ, MO = "Equal to minimum wage", "More than minimum wage"
MWC = [("Total (A)", 2024, None), (f"{EQ} > No. (B)", 2024, None), (f"{EQ} > % (B/A)", 2024, "%"),
       (f"{MO} > No. (C)", 2024, None), (f"{MO} > % (C/A)", 2024, "%"),
       ("Total (D)", 2023, None), (f"{EQ} > No. (E)", 2023, None), (f"{EQ} > % (E/D)", 2023, "%"),
       (f"{MO} > No. (F)", 2023, None), (f"{MO} > % (F/D)", 2023, "%")]
EP, EO, WP, WO = "Employees > Permanent", "Employees > Other than Permanent", "Workers > Permanent", \
    "Workers > Other than Permanent"
us = grid(MW, [
    (EP, "1,402 0 0% 1,402 100% 1,391 0 0% 1,391 100%"),
    (f"{EP} > Male", "1,019 0 0% 1,019 100% 1,025 0 0% 1,025 100%"),
    (f"{EP} > Female", "383 0 0% 383 100% 366 0 0% 366 100%"),
    (EO, "70 0 0% 70 100% 411 0 0% 411 100%"),
    (f"{EO} > Male", "59 0 0% 59 100% 174 0 0% 174 100%"),
    (f"{EO} > Female", "11 0 0% 11 100% 34 0 0% 34 100%"),
    (f"{EO} > Did not Disclose", "0 0 0% 0 0% 203 0 0% 203 100%"),
    (WP, "1,196 0 0% 1,196 100% 1,566 0 0% 1,566 100%"),
    (f"{WP} > Male", "1,128 0 0% 1,128 100% 1,498 0 0% 1,498 100%"),
    (f"{WP} > Female", "68 0 0% 68 100% 68 0 0% 68 100%"),
    (WO, "3184 3184 100% 0 0% 3,221 3,221 100% 0 0%"),
    (f"{WO} > Male", "2523 2523 100% 0 0% 2,467 2,467 100% 0 0%"),
    (f"{WO} > Female", "661 661 100% 0 0% 754 754 100% 0 0%"),
], MWC, 37)
RM = "Details of remuneration/salary/wages"
MED = "Median remuneration/ salary/ wages of respective category"
us += grid(RM, [
    ("Board of Directors (BoD)", "7 52,00,000 2 4,83,92,264"),
    ("Key Managerial Personnel", "2 2,64,74,257 1 9,14,84,528"),
    ("Employees other than BoD and KMP", "1017 14,66,469 382 14,27,213"),
    ("Permanent Workers", "1128 3,80,686 68 3,95,849"),
], [("Male > Number", 2024, None), (f"Male > {MED}", 2024, None), ("Female > Number", 2024, None),
    (f"Female > {MED}", 2024, None)], 37)
us += grid("Gross wages paid to females as % of total wages paid by the entity",
           [("Gross wages paid to females as % of total wages", "22% 23%")], [("", 2024, "%"), ("", 2023, "%")], 37)

# ---- United Spirits PDF page 29 (printed 28). P3 9: performance and career development reviews, FY 2023-24 | FY
# 2022-23 each over Total / No. / % with letters; sections Employees / Workers as spanning rows. The employees'
# total share is the catalog's training.performance_review_pct; the workers' total arguably too (BRSR workers are
# the company's own), so null is accepted there.
PR = "Details of performance and career development reviews of employees and worker"
PRC = [("Total (A)", 2024, None), ("No. (B)", 2024, None), ("% (B/A)", 2024, "%"),
       ("Total (C)", 2023, None), ("No. (D)", 2023, None), ("% (D/C)", 2023, "%")]
pr = grid(PR, [
    ("Employees > Male", "1019 968 95% 1,025 852 83%"),
    ("Employees > Female", "383 341 89% 366 264 72%"),
    ("Employees > Total", "1402 1309 93% 1,391 1,116 80%"),
    ("Workers > Male", "1128 0 0% 1498 0 0%"),
    ("Workers > Female", "68 0 0% 68 0 0%"),
    ("Workers > Total", "1196 0 0% 1566 0 0%"),
], PRC, 29)
for f in pr:
    if f["label"].endswith("Employees > Total > % (B/A)") or f["label"].endswith("Employees > Total > % (D/C)"):
        f["metric"] = "training.performance_review_pct"
    elif "Workers > Total > %" in f["label"]:
        f["metric"], f["metric_alt"] = "training.performance_review_pct", [None]
write("unitedspirits-2024-h68-p29-p37.json", "united_spirits_brsr_fy2023-24.pdf", "United Spirits", 2024,
      NOTE + "United Spirits p29 performance reviews, p37 minimum wages / remuneration / gross wages to females",
      pr + us)

# ---- Vedanta BRSR FY2022-23, PDF page 19 (printed 309). P3 11: safety-related incidents, FY 2023 | FY 2022, a row
# name spanning two Category rows (Employees / Workers); units in the row name ('(per one million-person hours
# worked)', '(Nos.)'); NA cells value null. P3 13: complaints, FY 2023 | FY 2022 each over Filed during the year /
# Pending resolution at the end of year / Remarks (empty). BRSR 'workers' are the company's own non-employee staff
# here, so the employee rows are arguably the catalog's company-level safety metrics: ids with null accepted.
SI = "Details of safety-related incidents"
LT = "Lost Time Injury Frequency Rate (LTIFR) (per one million-person hours worked)"
TR = "Total recordable work-related injuries (Nos.)"
FA, HC = "No. of fatalities", "High consequence work-related injury or ill-health (excluding fatalities)"
Y2 = [2023, 2022]
ve = rows([
    (f"{SI} > {LT} > Employees", "per one million-person hours worked", "0.44 0.55", "safety.ltifr", [None]),
    (f"{SI} > {LT} > Workers", "per one million-person hours worked", "0.54 0.59", None, ["safety.ltifr"]),
    (f"{SI} > {TR} > Employees", "Nos.", "30 37", "safety.injuries", [None]),
    (f"{SI} > {TR} > Workers", "Nos.", "271 279", None, ["safety.injuries"]),
    (f"{SI} > {FA} > Employees", None, "1 0", "safety.fatalities", [None]),
    (f"{SI} > {FA} > Workers", None, "12 12", None, ["safety.fatalities"]),
    (f"{SI} > {HC} > Employees", None, "NA NA", None),
    (f"{SI} > {HC} > Workers", None, "NA NA", None),
], Y2, 19)
NCO = "Number of Complaints on the following made by employees and workers"
ve += grid(NCO, [("Working Conditions", "0 0 0 0"), ("Health & Safety", "0 0 0 0")],
           [("Filed during the year", 2023, None), ("Pending resolution at the end of year", 2023, None),
            ("Filed during the year", 2022, None), ("Pending resolution at the end of year", 2022, None)], 19)

# ---- Vedanta PDF page 29 (printed 319). P6 8: waste management, FY 2023 | FY 2022; three sections whose title
# rows carry the unit '(in metric tonnes)'; Indian digit grouping ('1,86,31,982' = 18,631,982); NA and dashes are
# value null. The dashes on the second 'Category of waste' heading row (disposal section) are not keyed (a heading,
# no item). Hazardous waste here is only 'other than above mentioned HW' (G): a part, so null with the id accepted.
WM = "Details related to waste management"
TW = "Total Waste generated (in metric tonnes)"
RC = "For each category of waste generated, total waste recovered through recycling, re-using or other recovery operations (in metric tonnes)"
DP = "For each category of waste generated, total waste disposed by nature of disposal method (in metric tonnes)"
T = "metric tonnes"
ve += rows([
    (f"{WM} > {TW} > Plastic waste (A)", T, "372 85", None),
    (f"{WM} > {TW} > E-waste (B)", T, "141 121", None),
    (f"{WM} > {TW} > Bio-medical waste (C)", T, "1,297 1,223", None),
    (f"{WM} > {TW} > Construction and demolition waste (D)", T, "NA NA", None),
    (f"{WM} > {TW} > Battery waste (E)", T, "252 130", None),
    (f"{WM} > {TW} > Radioactive waste (F)", T, "- -", None),
    (f"{WM} > {TW} > Other Hazardous waste. Please specify, if any. (G) (other than above mentioned HW)", T,
     "5,31,595 5,16,245", None, ["waste.hazardous"]),
    (f"{WM} > {TW} > Other Non-hazardous waste generated (H). Please specify, if any. (HVLT) (Excluding Plastic "
     "waste, construction waste) (Break-up by composition i.e., by materials relevant to the sector)", T,
     "1,80,98,325 1,90,10,000", None, ["waste.non_hazardous"]),
    (f"{WM} > {TW} > Total (A + B + C + D + E + F + G + H)", T, "1,86,31,982 1,95,27,804", "waste.total"),
    (f"{WM} > {RC} > Category of waste > (i) Recycled", T, "3,02,20,013 1,94,65,805", "waste.recycled"),
    (f"{WM} > {RC} > Category of waste > (ii) Re-used", T, "- -", None),
    (f"{WM} > {RC} > Category of waste > (iii) Other recovery operations", T, "- -", None),
    # recovered = recycled + re-used + other recovery: the catalog's waste.recycled, or null
    (f"{WM} > {RC} > Total", T, "3,02,20,013 1,94,65,805", "waste.recycled", [None]),
    (f"{WM} > {DP} > Category of waste > (i) Incineration", T, "282 293", "waste.incinerated"),
    (f"{WM} > {DP} > Category of waste > (ii) Landfilling", T, "15,786 12,465", "waste.landfilled"),
    (f"{WM} > {DP} > Category of waste > (iii) Other disposal operations", T, "2,10,96,024 1,70,43,316", None),
    (f"{WM} > {DP} > Total", T, "2,11,12,092 1,70,56,074", None),
], Y2, 29)
write("vedanta-2023-h68-p19-p29.json", "vedanta_ltd_brsr_fy2022-23.pdf", "Vedanta", 2023,
      NOTE + "Vedanta p19 safety incidents and complaints, p29 waste management (units in section titles)", ve)

# ---- Siemens Ltd India BRSR FY2022, PDF page 17 (printed 17). P3 2: retirement benefits, side-by-side groups FY
# 2022 | FY 2021 each over three sub-columns (the third, Deducted and deposited with the authority, holds Yes / Not
# Applicable text: not keyed). P3 5: return-to-work and retention rates, yearless (dated 2022), side-by-side groups
# Permanent Employees | Permanent Workers each over two rates. The employees' total return-to-work rate is the
# catalog's workforce.parental_return_rate; the workers' total arguably too.
RB = "Details of retirement benefits, for Current FY and Previous Financial Year"
CE, CW = "No. of employees covered as a % of total employees", "No. of workers covered as a % of total workers"
si = grid(RB, [("PF", "100% 100% 100% 100%"), ("Gratuity", "100% 100% 100% 100%"), ("ESI", "0.74% 1.8% 0.81% 0.47%")],
          [(CE, 2022, "%"), (CW, 2022, "%"), (CE, 2021, "%"), (CW, 2021, "%")], 17)
RR = "Return to work and Retention rates of permanent employees and workers that took parental leave"
PE, PW = "Permanent Employees", "Permanent Workers"
si += grid(RR, [("Male", "99.46% 82.31% 100% 100%"), ("Female", "92.86% 100% 100% 100%"),
                ("Total", "98.99% 82.93% 100% 100%")],
           [(f"{PE} > Return to work rate", 2022, "%"), (f"{PE} > Retention rate", 2022, "%"),
            (f"{PW} > Return to work rate", 2022, "%"), (f"{PW} > Retention rate", 2022, "%")], 17)
for f in si:
    if f["label"] == f"{RR} > Total > {PE} > Return to work rate":
        f["metric"] = "workforce.parental_return_rate"
    elif f["label"] == f"{RR} > Total > {PW} > Return to work rate":
        f["metric"], f["metric_alt"] = "workforce.parental_return_rate", [None]
write("siemens-2022-h68-p17.json", "siemens_ltd_india_brsr_fy2022.pdf", "Siemens Limited", 2022,
      NOTE + "Siemens p17 retirement benefits and parental-leave rates (side-by-side column groups)", si)

# ==== second batch (13:30-13:45 UTC): GHG / energy / water / targets layouts, same rules, before any esglens run.

# ---- Tokyo Gas PDF page 52 (printed 51), 換算係数等: CO2排出係数 and 単位発熱量, five year columns 2017年度-2021年度 but every
# value is one cell merged over all five (a constant): year null (no column of its own). 購入電力's emission factor
# is text (not keyed). Group cells (熱, その他燃料, 購入電力) merged over rows; 備考n marks dropped. No catalog metric.
CF, HV = "換算係数等 > CO2排出係数", "換算係数等 > 単位発熱量"
tg52 = [fact(label, raw, unit, None, 52) for label, unit, raw in [
    (f"{CF} > 都市ガス（東京ガスの13A）", "kg-CO2/m³", "2.21"),
    (f"{CF} > 熱 > 蒸気（産業用は除く）・温水・冷水", "kg-CO2/MJ", "0.057"),
    (f"{CF} > 熱 > 産業用蒸気", "kg-CO2/MJ", "0.06"),
    (f"{CF} > その他燃料 > A重油", "kg-CO2/L", "2.71"),
    (f"{CF} > その他燃料 > 軽油", "kg-CO2/L", "2.58"),
    (f"{CF} > その他燃料 > 灯油", "kg-CO2/L", "2.49"),
    (f"{CF} > その他燃料 > ガソリン", "kg-CO2/L", "2.32"),
    (f"{CF} > その他燃料 > LPG", "kg-CO2/kg", "3.00"),
    (f"{HV} > 都市ガス（東京ガスの13A）", "MJ/m³N", "45.00"),
    (f"{HV} > 購入電力 > 昼間電力", "MJ/kWh", "9.97"),
    (f"{HV} > 購入電力 > 夜間電力", "MJ/kWh", "9.28"),
    (f"{HV} > 購入電力 > 上記以外の買電", "MJ/kWh", "9.76"),
    (f"{HV} > 熱 > 蒸気（産業用は除く）・温水・冷水", "MJ/MJ", "1.36"),
    (f"{HV} > 熱 > 産業用蒸気", "MJ/MJ", "1.02"),
    (f"{HV} > その他燃料 > A重油", "MJ/L", "39.1"),
    (f"{HV} > その他燃料 > 軽油", "MJ/L", "37.7"),
    (f"{HV} > その他燃料 > 灯油", "MJ/L", "36.7"),
    (f"{HV} > その他燃料 > ガソリン", "MJ/L", "34.6"),
    (f"{HV} > その他燃料 > LPG", "MJ/kg", "50.8"),
    (f"{HV} > 原油換算係数", "kL/GJ", "0.0258")]]
write("tokyogas-2022-h68-factors-p52.json", "tokyo_gas_sustainability_factbook_2022.pdf", "Tokyo Gas", 2021,
      NOTE + "Tokyo Gas p52 conversion factors: constants merged over all year columns (year null)", tg52)

# ---- United Spirits PDF page 49 (printed 48), P6 leadership 2: Scope 3 and its intensity, unit column, FY 2023-24 |
# FY 2022-23, Indian grouping. The intensity is Scope 3 only: ghg.intensity arguable.
S3 = "Please provide details of total Scope 3 emissions & its intensity"
S3R = "Total Scope 3 emissions (Break-up of the GHG into CO2, CH4, N2O, HFCs, PFCs, SF6, NF3, if available)"
us49 = rows([(f"{S3} > {S3R}", "Metric tonnes of CO2 equivalent", "16,64,677 16,06,055", "ghg.scope3"),
             (f"{S3} > Total Scope 3 emissions per rupee of turnover", "Tonnes of CO2e/Cr", "65.57 58.24", None,
              ["ghg.intensity"])], [2024, 2023], 49)
write("unitedspirits-2024-h68-scope3-p49.json", "united_spirits_brsr_fy2023-24.pdf", "United Spirits", 2024,
      NOTE + "United Spirits p49 Scope 3 and intensity (unit column)", us49)

# ---- Siemens PDF page 36, P6 leadership 4: the same question; the intensity's unit is printed in the value cells
# ('0.47 kg of CO2 equivalent per rupee of turnover', the Unit column empty); the optional intensity row is dashes.
S3S = "Total Scope 3 emissions (Break-up of the GHG into CO2, CH4, N2O, HFCs, PFCs, SF6, NF3, if available)"
si36 = rows([(f"{S3} > {S3S}", "Metric tonnes of CO2 equivalent", "69,850,000 69,784,000", "ghg.scope3"),
             (f"{S3} > Total Scope 3 emissions per rupee of turnover", "kg of CO2 equivalent per rupee of turnover",
              "0.47 0.48", None, ["ghg.intensity"]),
             (f"{S3} > Total Scope 3 emission intensity (optional) – the relevant metric may be selected by the entity",
              None, "- -", None)], [2022, 2021], 36)
write("siemens-2022-h68-scope3-p36.json", "siemens_ltd_india_brsr_fy2022.pdf", "Siemens Limited", 2022,
      NOTE + "Siemens p36 Scope 3 and intensity (unit in the value cells)", si36)

# ---- Bayer Sustainability Report 2021, PDF page 96: 'Water Sourced by Division' in the right column of a prose page,
# h88: units as the page shows them (tests/keys/README.md): the raised 3 is written m³ (was m3), here and on p49/p52.
# unit in the stub header ('Million m3', superscript in the image), 2020 | 2021; mark 1 after 'other' dropped. The
# flow diagram 'Water Use in the Bayer Group 2021 (million m3)' at the top of the page is not keyed (a diagram).
WS = "Water Sourced by Division"
by96 = rows([(f"{WS} > Total water sourced", "Million m³", "57 55", "water.withdrawal"),
             (f"{WS} > of which Crop Science", "Million m³", "45 45", None),
             (f"{WS} > of which Pharmaceuticals", "Million m³", "11 8", None),
             (f"{WS} > of which Consumer Health", "Million m³", "2 2", None),
             (f"{WS} > of which other", "Million m³", "0.05 0.05", None)], [2020, 2021], 96)
write("bayer-2021-h68-water-p96.json", "bayer_sustainability_report_2021.pdf", "Bayer", 2021,
      NOTE + "Bayer p96 water sourced by division (unit in the stub header)", by96)

# ---- Swisscom Sustainability Report 2021, PDF page 39: a targets table (Partnership | Target agreement | Start year |
# Target year | Target): each Target cell keyed with its row's target year (as the Toshiba targets key); the start and
# target year cells are dates, not values; '–%' (net zero) is value null. Targets: no catalog id. The bar chart 'Total
# energy consumption Swisscom in GWh' 2017-2021: data labels keyed as table facts with figure: true (as h63's keys),
# energy.total.
TA = [("Swisscom > CO2 reduction scope 1 to 3", "2030", "–47%"),
      ("Swisscom > Net zero emissions", "2025", "–%"),
      ("Swisscom > Energy efficiency (savings measures over total energy consumption, not weighted)", "2030", "+43%"),
      ("EnAW > Energy efficiency (savings measures over total energy consumption, not weighted)", "2022", "+35%"),
      ("EnAW > CO2 intensity of heating fuels (CO2 emissions as a proportion of total CO2 emissions and CO2 savings)",
       "2022", "–8%"),
      ("EnAW > CO2 intensity of fuels (CO2 emissions as a proportion of total CO2 emissions and CO2 savings)", "2022",
       "–24%"),
      ("VBE > Energy efficiency (savings measures over total energy consumption, not weighted)", "2030", "+18%"),
      ("Science-Based Target > CO2 reduction Scope 1", "2030", "–74.9%"),
      ("Science-Based Target > CO2 reduction Scope 2", "2030", "–100%"),
      ("Science-Based Target > CO2 reduction Scope 3", "2030", "–45.7%")]
sw39 = [fact(f"{label} > Target", raw, "%", int(y), 39) for label, y, raw in TA]
ch = rows([("Total energy consumption Swisscom", "GWh", "548 558 563 546 534", "energy.total")],
          [2017, 2018, 2019, 2020, 2021], 39)
for f in ch:
    f["figure"] = True
write("swisscom-2021-h68-targets-p39.json", "swisscom_sustainability_report_2021.pdf", "Swisscom", 2021,
      NOTE + "Swisscom p39 targets table (target year per row) and an energy bar chart (figure: true)", sw39 + ch)

# ==== third batch (13:40-13:55 UTC), chosen AFTER the first run on batches 1-2 (chosen by layout family: Eni's
# paired cells 'files (assertions)', a BRSR table continued over a page break), same rules, before any esglens run
# on these pages.

# ---- Eni PDF page 37 (printed 35), HUMAN RIGHTS 'Training and security' 2017-2021, unit column carried down; marks
# (a) (b) (c) dropped; SDG codes not values. Human-rights training only: no catalog metric (training.hours_total is
# all training).
HR = "Human rights training hours"
eni3 = rows([
    (HR, "number", "7,805 10,653 25,845 33,112 23,893", None),
    (f"{HR} > In class", "number", "52 164 108 260 0", None),
    (f"{HR} > Distance", "number", "7,753 10,489 25,737 32,852 23,893", None),
    ("Attendances in human rights training courses", "number", "2,084 10,557 44,396 21,150 17,101", None),
    ("Employees trained on human rights", "number", "1,360 8,512 19,745 7,076 4,931", None),
    ("Employees trained on human rights", "%", "74 91 97 92 94", None),
    ("Security contracts containing clauses on human rights", "%", "88 90 97 97 98", None),
    ("Countries with armed guards protecting sites", "number", "7 7 8 8 9", None),
    ("Security personnel trained on human rights", "number", "308 73 696 32 88", None),
    ("Security personnel (professional area) trained on human rights", "%", "88 96 92 91 90", None),
], Y5, 37)

# ---- Eni PDF page 38 (printed 36), 'Whistleblowing files on human rights violations' 2017-2021: the first row's
# cells pair files and assertions, '29 (32)' (the bracket is NOT a second year: the row says 'files (assertions)'),
# keyed as two cells; four result groups with four impact rows each; '(number)' carried down; dashes value null
# (partially founded: a class introduced in October 2021); marks (a)-(g) dropped. No catalog metric.
WB = ("Whistleblowing files (assertions) on human rights violations closed during the year and categorized by results "
      "of the investigations and typology:")
eni3 += rows([(WB, "number", "29 31 20 25 30", None)], Y5, 38)
eni3 += rows([(f"{WB} > assertions", "number", "(32)|32 (34)|34 (26)|26 (28)|28 (40)|40", None)], Y5, 38)
IMP = ["Potential socio-economic impacts on local communities",
       "Potential impacts on health, safety and/or well-being of local communities",
       "Potential impacts on worker rights", "Potential impacts on workplace health and safety"]
for group, total, parts in [
        ("Founded assertions", "3 9 7 11 2", ["0 0 0 0 0", "0 0 0 1 0", "3 6 5 6 2", "0 3 2 4 0"]),
        ("Partially founded assertions", "- - - - 3", ["- - - - 0", "- - - - 1", "- - - - 2", "- - - - 0"]),
        ("Unfounded assertions, with the adoption of corrective/improvement measures", "9 9 8 9 7",
         ["0 0 1 0 1", "0 0 0 0 0", "8 8 5 7 3", "1 1 2 2 3"]),
        ("Unfounded/Not ascertainable/ Not applicable assertions", "20 16 11 8 28",
         ["0 0 0 0 1", "2 2 1 0 3", "15 12 10 8 14", "3 2 0 0 10"])]:
    eni3 += rows([(f"{WB} > {group}", "number", total, None)] +
                 [(f"{WB} > {group} > {imp}", "number", toks, None) for imp, toks in zip(IMP, parts)], Y5, 38)
write("eni-2021-h68-humanrights-p37-p38.json", "eni_for_2021_sustainability_performance.pdf", "Eni", 2021,
      NOTE + "Eni p37 human-rights training, p38 whistleblowing files (paired cells 'files (assertions)'); third "
      "batch, chosen after the first run on the first two", eni3)

# ---- United Spirits PDF pages 45-46 (printed 44-45), P6 9: waste management, FY 2023-24 | FY 2022-23; the table
# continues on p46 under a repeated header with no title (waste intensity, recovered, disposed). Units from the
# section titles '(in metric tonnes)' and the rows' '(MT/Cr)', '(MT/KL)'; the PPP row prints none.
UW = "Provide details related to waste management by the entity"
UT = "Total Waste generated (in metric tonnes)"
URC = "For each category of waste generated, total waste recovered through recycling, re-using or other recovery operations (in metric tonnes)"
UDP = "For each category of waste generated, total waste disposed by nature of disposal method (in metric tonnes)"
Y24 = [2024, 2023]
us45 = rows([
    (f"{UW} > {UT} > Plastic waste (A)", T, "700.1 765.90", None),
    (f"{UW} > {UT} > E-waste (B)", T, "3.5 2.41", None),
    (f"{UW} > {UT} > Bio-medical waste (C)", T, "0.6 2.45", None),
    (f"{UW} > {UT} > Construction and demolition waste (D)", T, "78.8 0.0", None),
    (f"{UW} > {UT} > Battery waste (E)", T, "3.2 5.25", None),
    (f"{UW} > {UT} > Radioactive waste (F)", T, "0.0 0.0", None),
    (f"{UW} > {UT} > Other Hazardous waste. (Used oil, used chemical container, and used resins) (G)", T,
     "13.8 27.76", None, ["waste.hazardous"]),
    (f"{UW} > {UT} > Other Non-hazardous waste generated (H). (By products of process, spent grains, broken glasses, "
     "paper wastes, metal scrapes and fly ash)", T, "60,235.2 58,388.00", None, ["waste.non_hazardous"]),
    (f"{UW} > {UT} > Total (A+B + C + D + E + F + G + H)", T, "61,035.2 59,191.77", "waste.total"),
], Y24, 45)
us45 += rows([
    (f"{UW} > Waste intensity > Waste intensity per rupee of turnover (Total waste generated /Revenue from "
     "operations) (MT/Cr)", "MT/Cr", "2.40 2.15", None),
    (f"{UW} > Waste intensity > Waste intensity per rupee of turnover adjusted for Purchasing Power Parity (PPP) "
     "(Total waste generated /Revenue from operations adjusted for PPP)", None, "55.01 49.11", None),
    (f"{UW} > Waste intensity > Waste intensity in terms of physical output (MT/KL)", "MT/KL", "0.26 0.26", None),
    (f"{UW} > {URC} > Category of waste > (i) Recycled", T, "60,575.0 8,791.62", "waste.recycled"),
    (f"{UW} > {URC} > Category of waste > (ii) Re-used", T, "78.8 50,374.10", None),
    (f"{UW} > {URC} > Category of waste > (iii) Other recovery operations", T, "368.0 0.0", None),
    (f"{UW} > {URC} > Total", T, "61,021.8 59,165.72", "waste.recycled", [None]),
    (f"{UW} > {UDP} > Category of waste > (i) Incineration", T, "12.7 25.45", "waste.incinerated"),
    (f"{UW} > {UDP} > Category of waste > (ii) Landfilling", T, "0.0 0.6", "waste.landfilled"),
    (f"{UW} > {UDP} > Category of waste > (iii) Other disposal operations", T, "0.7 0.0", None),
    (f"{UW} > {UDP} > Total", T, "13.4 26.05", None),
], Y24, 46)
write("unitedspirits-2024-h68-waste-p45-p46.json", "united_spirits_brsr_fy2023-24.pdf", "United Spirits", 2024,
      NOTE + "United Spirits p45-46 waste management continued over a page break; third batch, chosen after the "
      "first run on the first two", us45)

# ==== fourth batch (13:45-13:50 UTC), chosen AFTER the first run (layout families the first batches lacked: a
# highlights page of big-number panels, a segment bar chart), same rules, before any esglens run on these pages.

# ---- Rio Tinto Climate Change Report 2023, PDF page 3 (printed 1), '2023 highlights': panels of a heading, a big
# figure (2023) and a '2022:' comparison. Not keyed: the guidance range '$5-6bn' and the '$1.5bn' estimate for
# 2024-2026 (forecasts), and the percentages inside sentences (narrative). Mark '1' after '2022' dropped.
rio = [fact(label, raw, unit, year, 3, metric, alt, value) for label, raw, unit, year, metric, alt, value in [
    ("Scope 1 and 2 emissions", "32.6Mt CO2e", "Mt CO2e", 2023, "ghg.scope1_2", None, 32.6),
    ("Scope 1 and 2 emissions", "32.7Mt CO2e", "Mt CO2e", 2022, "ghg.scope1_2", None, 32.7),
    ("Scope 1 and 2 abatement projects committed", "1.9Mt CO2e", "Mt CO2e", 2023, None, None, 1.9),
    ("Scope 1 and 2 abatement projects committed", "0.2Mt CO2e", "Mt CO2e", 2022, None, None, 0.2),
    ("Biofuels", "100%", "%", 2023, None, None, 100.0),
    ("Renewable Energy", "146MW", "MW", 2023, None, None, 146.0),
    ("Capital expenditure (abatement projects and investments)", "$130m", "$m", 2023, "climate.capex", [None],
     130.0),
    ("Capital expenditure (abatement projects and investments)", "$128m", "$m", 2022, "climate.capex", [None],
     128.0),
    ("RECs and offsets (intangible assets)", "$61m", "$m", 2023, None, None, 61.0),
    ("RECs and offsets (intangible assets)", "$33m", "$m", 2022, None, None, 33.0),
    ("Operational expenditure", "$234m", "$m", 2023, None, None, 234.0),
    ("Operational expenditure", "$138 million", "$ million", 2022, None, None, 138.0)]]
write("riotinto-2023-h68-highlights-p3.json", "riotinto-2023-climate-change-report.pdf", "Rio Tinto", 2023,
      NOTE + "Rio Tinto p3 highlight panels (figure + '2022:' comparison); fourth batch, chosen after the first run",
      rio)

# ---- Toshiba Integrated Report 2021, PDF page 36 (printed 35): a segment's 'Net Sales/Operating Income (Loss)' bar
# chart FY2018-FY2020 (FYn dated n, as the Toshiba keys) with a legend naming the units, and the donut 'Net Sales by
# Segment 20%' (FY2020). Chart data labels keyed as table facts with figure: true. A segment's figures: no catalog id.
NS = "Net Sales/Operating Income (Loss)"
tsh = rows([(f"{NS} > Net Sales", "Yen in billions", "733.5 735.0 654.6", None),
            (f"{NS} > Operating Income (Loss)", "Yen in billions", "30.3 47.7 47.8", None)], [2018, 2019, 2020], 36)
tsh.append(fact("Net Sales by Segment", "20%", "%", 2020, 36))
for f in tsh:
    f["figure"] = True
write("toshiba-2021-h68-segment-chart-p36.json", "toshiba_integrated_report_2021.pdf", "Toshiba", 2020,
      NOTE + "Toshiba p36 segment bar chart and donut (figure: true); fourth batch, chosen after the first run", tsh)
