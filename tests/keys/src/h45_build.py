# Run from tests/keys/ to regenerate the keys as first written (held out).
"""Held-out keys by helper h45 (2026-12-07, 07:57-08:03 UTC, first batch), each written from the page image (pypdfium2
render at 1.4x) and pdfplumber's layout text, committed BEFORE esglens was run on (or any esglens output seen
for) these pages. Pages chosen because no key in tests/keys/ covered them (checked every key's pages).
Conventions (../shared/eval/SCHEMA.md and the existing keys): label = row path as printed, table title or
section row first, then the column sub-header where a year holds several columns; footnote marks dropped;
units as printed without enclosing brackets (header, unit column, label's trailing unit or cell); None when
nothing is printed; dashes are value null; a yearless table gets the report year; a chart/map data label is
source 'narrative' with figure: true (not a table cell). SDG target codes in Eni's 'SDGs - target' column are
not values and are not keyed. Metric ids only where the cell clearly is a catalog metric."""
import json


def fact(label, raw, unit, year, page, metric=None, figure=False):
    if raw in ("-", "–"):
        value = None
    else:
        v = raw.replace(",", "").rstrip("%").strip("（）")
        for u in ("Mt CO2e", "MW"):
            v = v.replace(u, "")
        value = float(v)
    f = {"metric": metric, "label": label, "value": value, "raw": raw, "unit": unit, "year": year,
         "page": page, "source": "narrative" if figure else "table"}
    if figure:
        f["figure"] = True
    return f


def rows(spec, years, page):
    """spec: (label, unit, 'tok tok ...', metric) with one token per year, years in printed column order."""
    out = []
    for label, unit, toks, metric in spec:
        toks = toks.split()
        assert len(toks) == len(years), (label, toks)
        out += [fact(label, t, unit, y, page, metric) for t, y in zip(toks, years)]
    return out


def write(name, seed, company, report_year, note, facts):
    json.dump({"seed": seed, "company": company, "report_year": report_year, "held_out": True,
               "note": note, "facts": facts}, open(name, "w"), indent=1, ensure_ascii=False)
    print(name, len(facts), "table", sum(f["source"] == "table" for f in facts))


# ---- Rio Tinto Climate Change Report 2023, PDF page 7 (printed 5): value-chain emissions, three yearless
# tables (dated 2023, the report year), each with its total in the title bar ('32.3Mt CO2e') and a 'Scope 3' /
# 'Scope 1 and 2' sub-header row carrying the unit 'Mt CO2e' on the right. The map call-outs ('Scope 1&2: 2.6Mt
# CO2e') are keyed as figure labels. Scope 2 9.3 is the market-based figure (the data table on p39 gives
# market-based 9.3, location-based 7.8), so its id is ghg.scope2_market although the page prints only 'Scope 2'.
U = "Mt CO2e"
UP, OP, DN = "Upstream emissions", "Operational emissions", "Downstream emissions"
rio = [fact(UP, "32.3Mt CO2e", U, 2023, 7)]
for lab, raw in [("Cat 1 Purchased goods (spend data)", "9.3"), ("Cat 1 Bauxite and alumina purchases", "1"),
                 ("Cat 1 Higher emission purchases (e.g. caustic, lime, explosives, coke, pitch, anodes)", "7.3"),
                 ("Cat 2 Capital goods", "2.5"), ("Cat 3 Fuels", "4.7"),
                 ("Cat 4 Transport (includes Rio Tinto chartered vessels)", "6.8"),
                 ("Cat 5, 6, 7 Waste, business travel & commuting", "0.8")]:
    rio.append(fact(f"{UP} > Scope 3 > {lab}", raw, U, 2023, 7))
rio.append(fact(OP, "32.6Mt CO2e", U, 2023, 7, "ghg.scope1_2"))
rio.append(fact(f"{OP} > Scope 1 and 2 > Scope 1", "23.3", U, 2023, 7, "ghg.scope1"))
rio.append(fact(f"{OP} > Scope 1 and 2 > Scope 2", "9.3", U, 2023, 7, "ghg.scope2_market"))
rio.append(fact(DN, "545.7Mt CO2e", U, 2023, 7))
rio.append(fact(f"{DN} > Scope 3 > Cat 9 Transport (includes customer chartered vessels)", "2.4", U, 2023, 7))
for lab, raw in [("Iron ore", "399.9"), ("Bauxite and alumina", "129.8"), ("TiO2 feedstocks", "4.9"),
                 ("Copper", "0.5"), ("Salt", "7"), ("Other", "1.2")]:
    rio.append(fact(f"{DN} > Scope 3 > Cat 10 Processing > {lab}", raw, U, 2023, 7))
for lab, raw in [("Europe and Middle East", "2.6Mt CO2e"), ("Mongolia", "0.2Mt CO2e"), ("Africa", "1.8Mt CO2e"),
                 ("Western Australia", "3.2Mt CO2e"), ("Rest of Australia and New Zealand", "16.5Mt CO2e")]:
    rio.append(fact(f"{lab} > Scope 1&2", raw, U, 2023, 7, figure=True))
write("riotinto-2023-valuechain-p7.json", "riotinto-2023-climate-change-report.pdf", "Rio Tinto", 2023,
      "held out: written blind by helper h45 (2026-12-07) from the page image and pdfplumber text, committed "
      "before esglens was run on this page; PDF p7 (printed 5): three yearless value-chain emission tables "
      "(upstream Scope 3, operational Scope 1 and 2, downstream Scope 3) dated 2023, totals in the title bars; "
      "map call-outs keyed as figure labels (source narrative, figure true)", rio)

# ---- Siemens Ltd BRSR FY2022, PDF page 26: Principle 5 tables 1 (human-rights training) and 2 (minimum
# wages), FY 2022 | FY 2021. Column letters '(A)', '(B / A)' are dropped from the labels; '%' columns carry the
# unit '%' (also where the cell prints a bare '0'); counts carry none. In table 2 'Workers > Other than
# permanent' FY 2022 prints only Total (A) = 0, the other FY 2022 cells are empty (not keyed).
T1 = "Employees and workers who have been provided training on human rights issues and policy(ies) of the entity"
C1 = [("Total", None), ("No. of employees / workers covered", None), ("%", "%")]
T2 = "Details of minimum wages paid to employees and workers"
C2 = [("Total", None), ("Equal to Minimum Wage > No.", None), ("Equal to Minimum Wage > %", "%"),
      ("More than Minimum Wage > No.", None), ("More than Minimum Wage > %", "%")]


def grid(title, cols, spec, page):
    out = []
    for label, toks in spec:
        toks = toks.split()
        assert len(toks) == 2 * len(cols), (label, toks)
        for i, raw in enumerate(toks):
            if raw == ".":
                continue
            col, unit = cols[i % len(cols)]
            out.append(fact(f"{title} > {label} > {col}", raw, unit, 2022 if i < len(cols) else 2021, page))
    return out


sie = grid(T1, C1, [("Employees > Permanent", "6,799 837 12% 7,049 1,307 18%"),
                    ("Employees > Other than permanent", "1,598 114 7% 3,293 72 2%"),
                    ("Employees > Total", "8,397 951 11% 10,342 1,379 13%"),
                    ("Workers > Permanent", "1,275 1,275 100% 1,264 7 0.5%"),
                    ("Workers > Other than permanent", "0 0 0 0 0 0"),
                    ("Workers > Total", "1,275 1,275 100% 1,264 7 0.5%")], 26)
sie += grid(T2, C2, [("Employees > Permanent > Male", "5,998 0 0% 5,998 100% 6,249 0 0% 6,249 100%"),
                     ("Employees > Permanent > Female", "801 0 0% 801 100% 800 0 0% 800 100%"),
                     ("Employees > Other than permanent > Male", "1,520 0 0% 1,520 100% 3,193 0 0% 3,193 100%"),
                     ("Employees > Other than permanent > Female", "78 0 0% 78 100% 100 0 0% 100 100%"),
                     ("Workers > Permanent > Male", "1259 0 0% 1,259 100% 1,249 0 0% 1,249 100%"),
                     ("Workers > Permanent > Female", "16 0 0% 16 100% 15 0 0% 15 100%"),
                     ("Workers > Other than permanent > Male", "0 . . . . 0 0 0% 0 0%"),
                     ("Workers > Other than permanent > Female", "0 . . . . 0 0 0% 0 0%")], 26)
write("siemens-2022-brsr-humanrights-p26.json", "siemens_ltd_india_brsr_fy2022.pdf", "Siemens Limited", 2022,
      "held out: written blind by helper h45 (2026-12-07) from the page image and pdfplumber text, committed "
      "before esglens was run on this page; BRSR P5 tables 1 (human-rights training: Total / covered / % per "
      "year) and 2 (minimum wages: Total / Equal No. % / More than No. % per year), FY 2022 | FY 2021", sie)

# ---- Bayer Sustainability Report 2021, environment & safety pages 92, 94, 95, 101 (2020 | 2021) ----
by = rows([("Energy Efficiency > Energy efficiency", "kWh/€ thousand external sales", "241 220", "energy.intensity")],
          (2020, 2021), 92)
SC = "Standards and Certifications > Certification to external standards"
UC = "% of business activities based on energy consumption of environmentally relevant sites"
by += rows([(f"{SC} > ISO 14001 certification/EMAS validation", UC, "56 61", None),
            (f"{SC} > ISO 45001 certification/OHSAS 18001", UC, "45 50", None),
            (f"{SC} > ISO 50001 certification", UC, "22 31", None),
            (f"{SC} > Degree of coverage with certification to at least one of the above standards", UC, "60 65", None)],
           (2020, 2021), 94)
AE, UA = "Other Direct Air Emissions", "1,000 metric tons"
by += rows([(f"{AE} > ODS", UA, "0.0043 0.0039", None), (f"{AE} > VOCs", UA, "0.69 0.43", "air.vocs"),
            (f"{AE} > CO (carbon monoxide)", UA, "1.16 2.66", None),
            (f"{AE} > NOx (nitrogen oxides)", UA, "4.16 3.57", "air.nox"),
            (f"{AE} > SOx (sulfur oxides)", UA, "1.32 1.28", "air.sox"),
            (f"{AE} > Particulates", UA, "2.29 2.05", "air.particulates")], (2020, 2021), 95)
RO = "Recordable Occupational Injuries"
CON = "of which employees of contractors under direct Bayer supervision"
by += rows([(f"{RO} > Number of occupational injuries", None, "390 441", "safety.injuries"),
            (f"{RO} > Number of occupational injuries > of which Bayer employees", None, "335 375", None),
            (f"{RO} > Number of occupational injuries > {CON}", None, "55 66", None),
            (f"{RO} > Overall rate of occupational injuries (RIR)", None, "0.32 0.37", "safety.trir"),
            (f"{RO} > Rate of occupational injuries with lost workdays (LTRIR)", None, "0.20 0.21", "safety.ltifr"),
            (f"{RO} > Fatal occupational injuries", None, "6 6", "safety.fatalities"),
            (f"{RO} > Fatal occupational injuries > of which Bayer employees", None, "2 2", None),
            (f"{RO} > Fatal occupational injuries > {CON}", None, "4 4", "safety.contractor_fatalities")],
           (2020, 2021), 101)
RR = "Rate of Occupational Injuries (RIR) by Region"
by += rows([(f"{RR} > Europe/Middle East/Africa", None, "0.40 0.43", None),
            (f"{RR} > North America", None, "0.47 0.69", None), (f"{RR} > Asia/Pacific", None, "0.15 0.17", None),
            (f"{RR} > Latin America", None, "0.23 0.18", None), (f"{RR} > Total", None, "0.32 0.37", "safety.trir")],
           (2020, 2021), 101)
NA = "Notification of Accidents and Injuries 2021"
for lab, raw in [("Traffic & transport", "9%"), ("Contact with chemicals", "4%"), ("Other", "15%"),
                 ("Mechanical work", "50%"), ("Moving (slipping/tripping/falling)", "23%")]:
    by.append(fact(f"{NA} > {lab}", raw, "%", 2021, 101, figure=True))
write("bayer-2021-env-safety-p92-101.json", "bayer_sustainability_report_2021.pdf", "Bayer", 2021,
      "held out: written blind by helper h45 (2026-12-07) from the page images and pdfplumber text, committed "
      "before esglens was run on these pages; two-year tables (2020 | 2021) in the right or middle column of "
      "prose pages: energy efficiency p92, certifications p94 (unit = the long header phrase), other air "
      "emissions p95, recordable injuries and RIR by region p101; the p101 donut labels are figure labels", by)

# ---- Eni for 2021 Sustainability Performance, PDF page 36 (printed 34): Remediation, 2017-2021, unit column;
# the 'SDGs - target' cells (12.5, 9.5) are SDG target codes, not values: not keyed.
Y5 = (2017, 2018, 2019, 2020, 2021)
W, S = "Waste from remediation activities", "Soil and groundwater remediation expenditures and investments"
eni = rows([(W, "million of tonnes", "4.8 4.3 4.1 4.2 4.2", None),
            (f"{W} > of which: hazardous waste", "million of tonnes", "0.1 0.1 0 0 0.1", None),
            (f"{W} > of which: non-hazardous waste", "million of tonnes", "4.7 4.2 4.1 4.2 4.1", None),
            (S, "€ million", "260.12 375.53 367.20 411.21 451.97", None),
            (f"{S} > of which: current costs", "€ million", "254.70 358.27 336.21 377.47 402.07", None),
            (f"{S} > of which: investments", "€ million", "5.42 17.26 30.99 33.74 49.90", None)], Y5, 36)
write("eni-2021-remediation-p36.json", "eni_for_2021_sustainability_performance.pdf", "Eni", 2021,
      "held out: written blind by helper h45 (2026-12-07) from the page image and pdfplumber text, committed "
      "before esglens was run on this page; Remediation table 2017-2021 with a unit column and an 'SDGs - "
      "target' column whose codes (12.5, 9.5) are not values", eni)

# ---- United Spirits BRSR FY2023-24, PDF pages 44 (printed 43: air emissions, GHG) and 59 (printed 58:
# management analysis, FY 2023-24 Reported | FY 2022-23 Rebased | FY 2022-23 Reported). FY 2023-24 -> 2024,
# FY 2022-23 -> 2023 (both the rebased and the reported column). A unit printed at the end of the label
# ('(MT CO2e/Cr)') is the unit and is not repeated in the label; '-' is value null.
Y2 = (2024, 2023)
us = rows([("Please provide details of air emissions (other than GHG emissions) by the entity > NOx", "Mt", "25.49 28.40", "air.nox"),
           ("Please provide details of air emissions (other than GHG emissions) by the entity > Sox", "Mt", "14.96 12.02", "air.sox"),
           ("Please provide details of air emissions (other than GHG emissions) by the entity > Particulate matter (PM)", "Mt", "23.37 27.30", "air.particulates")],
          Y2, 44)
G, EI = "GHG Emissions in Metric Tonnes (MT) of CO2e", "Emissions Intensity"
GU = "Metric Tonnes (MT) of CO2e"
BR = "(Break-up of the GHG into CO2, CH4, N2O, HFCs, PFCs, SF6, NF3, if available)"
us += rows([(f"{G} > Total Scope 1 emissions {BR}", GU, "4,442 4,196", "ghg.scope1"),
            (f"{G} > Total Scope 2 emissions {BR}", GU, "9,828 7,176", "ghg.scope2"),
            (f"{EI} > Total Scope 1 and Scope 2 emissions per rupee of turnover Total emissions / turnover in rupees)",
             "MT CO2e/Cr", "0.56 0.41", "ghg.intensity"),
            (f"{EI} > Total Scope 1 and Scope 2 emission intensity per rupee of turnover adjusted for Purchasing Power "
             "Parity (Total Scope 1 and Scope 2 GHG emissions / Revenue from operations adjusted for PPP)", None,
             "12.86 9.44", "ghg.intensity"),
            (f"{EI} > Total Scope 1 and Scope 2 emission intensity in terms of physical output", "MT CO2e/KL",
             "0.06 0.05", "ghg.intensity")], Y2, 44)
Y3 = (2024, 2023, 2023)
us += rows([("Energy intensity per rupee of turnover", "GJ/Cr", "37.87 37.39 31.33", "energy.intensity"),
            ("Energy intensity by physical output", "GJ/KL", "4.13 - 3.81", "energy.intensity"),
            ("Water intensity per rupee of turnover", "KL/Cr", "27.56 32.53 27.26", "water.intensity"),
            ("Water intensity by physical output", "KL/KL", "3.01 - 3.32", "water.intensity"),
            ("Water Discharge", "KL", "13,818 - 7,380", "water.discharge"),
            ("Emission intensity per rupee of turnover", "MT CO2e/Cr", "0.56 0.49 0.41", "ghg.intensity"),
            ("Emission intensity by physical output", "MT CO2e/KL", "0.06 - 0.05", "ghg.intensity")], Y3, 59)
write("unitedspirits-2024-env-p44-p59.json", "united_spirits_brsr_fy2023-24.pdf", "United Spirits", 2024,
      "held out: written blind by helper h45 (2026-12-07) from the page images and pdfplumber text, committed "
      "before esglens was run on these pages; p44 BRSR P6 air emissions (unit column) and GHG emissions and "
      "intensity (unit in a section row or at the end of the label); p59 management-analysis table with two "
      "FY 2022-23 columns (Rebased, Reported: both 2023) and an 'Indicator No' column (P6.E.1 ...) that holds "
      "no values", us)

# ---- second batch (2026-12-07, 08:03-08:04 UTC by the machine clock), also written before any esglens run on these pages ----
# Tokyo Gas Fact Book 2022, PDF page 51 (printed 50): 温室効果ガス排出量, 2017年度-2021年度 (-> 2017..2021), unit
# column '万t-CO2e' (text layer; CO₂ₑ in the image). '-' = value null. Merged cells: the Scope3 上流 value spans
# categories ①③④ (keyed once, label = the group); the 2020年度 cell 2,831.1 spans ⑩ and ⑪ (keyed once, label =
# 下流（お客さま先）). Circled category numbers and the '第三者保証' badges are not part of the labels; the CO2 rows
# under 国内 are indented under CO2. Ids: the group total (国内および海外) ghg.scope1_2; 国内 Scope1 / Scope2 the only
# Scope 1 / 2 printed (ghg.scope1 / ghg.scope2); CH4 ghg.methane; Scope3 ghg.scope3.
TT, TU = "温室効果ガス排出量", "万t-CO2e"
D = f"{TT} > 国内"
tg51 = rows([(f"{TT} > Scope1+2（国内および海外）", TU, "- - - - 336.2", "ghg.scope1_2"),
             (f"{D} > Scope1+2", TU, "418.9 384.8 370.6 390.0 312.6", None),
             (f"{D} > Scope1", TU, "390.2 358.8 346.7 369.1 292.2", "ghg.scope1"),
             (f"{D} > Scope2", TU, "28.7 26.0 23.9 20.9 20.5", "ghg.scope2"),
             (f"{D} > CO2", TU, "417.9 383.9 369.8 389.3 311.9", None),
             (f"{D} > CO2 > 都市ガス製造工場", TU, "20.7 19.2 17.7 16.8 16.4", None),
             (f"{D} > CO2 > 地域冷暖房", TU, "20.1 20.5 29.4 33.0 32.7", None),
             (f"{D} > CO2 > 発電所", TU, "365.4 333.3 312 329.3 252.6", None),
             (f"{D} > CO2 > 東京ガスの事務所等", TU, "7.2 7.1 6.7 6.0 6.4", None),
             (f"{D} > CO2 > その他グループ会社", TU, "6.8 6.2 6.1 5.9 5.5", None),
             (f"{D} > CO2 > 車両", TU, "- - 0.8 0.9 0.7", None),
             (f"{D} > CO2 > （東京ガス単体）", TU, "29.4 28.0 26.6 25.2 25.0", None),
             (f"{D} > CH4", TU, "1.1 0.9 0.8 0.7 0.7", "ghg.methane"),
             (f"{TT} > 海外 > Scope1+2", TU, "- - - - 23.6", None),
             (f"{TT} > Scope3", TU, "3,656.8 3,574.6 3,265.6 3,453.6 3,439.2", "ghg.scope3"),
             (f"{TT} > Scope3 > 上流（原料調達に伴う温室効果ガス排出量）", TU, "696.6 682.5 653.6 622.5 622.9", None),
             (f"{TT} > Scope3 > 事業活動 > 事業からでる廃棄物", TU, "- - - - 0.5", None),
             (f"{TT} > Scope3 > 事業活動 > 出張", TU, "- - - - 0.2", None),
             (f"{TT} > Scope3 > 事業活動 > 雇用者の通勤", TU, "- - - - 0.3", None)], Y5, 51)
DS = f"{TT} > Scope3 > 下流（お客さま先）"
tg51 += rows([(f"{DS} > 販売した製品の加工", TU, "- - - 295.7", None),
              (f"{DS} > 販売した製品の使用", TU, "2,960.2 2,892.1 2,612.0 2,519.6", None)], (2017, 2018, 2019, 2021), 51)
tg51.append(fact(DS, "2,831.1", TU, 2020, 51))
write("tokyogas-2022-ghg-p51.json", "tokyo_gas_sustainability_factbook_2022.pdf", "Tokyo Gas", 2021,
      "held out: written blind by helper h45 (2026-12-07) from the page image and pdfplumber words, committed "
      "before esglens was run on this page; PDF p51 (printed 50) 温室効果ガス排出量 2017年度-2021年度, unit column, "
      "rows nested three deep (国内 > CO2 > site), two merged cells (Scope3 上流 over three categories; 2020年度 "
      "over ⑩ and ⑪), 22 dashes keyed as value null", tg51)

# Tokyo Gas Fact Book 2022, PDF page 56 (printed 55): four tables. Years 2019年度-2021年度, each over 男性/女性 in
# the two left tables; a cell spanning 男性 and 女性 (配偶者出産休暇, 配偶者同行休職, ボランティア休暇, リフレッシュ制度)
# is keyed once per year with no sex in the label. Label = title > 制度 > 項目 (> 男性/女性); the 内容 column is
# prose (its '3歳', '6週間' are not values). 再雇用者数 and 離職者数 print a count and, under it in brackets, a rate
# ('（88.5）', unit '%' from the unit cell '名 (%)'): both keyed with the same row label, units 名 and %.
# '-※5' (リフレッシュ制度 2021) is a dash with a footnote: value null. Ids only for the consolidated totals of 離職者数.
Y19 = (2019, 2020, 2021)


def mf(title, spec, page):
    out = []
    for label, unit, toks, metric in spec:
        toks = toks.split()
        if len(toks) == 3:
            out += [fact(f"{title} > {label}", t, unit, y, page, metric) for t, y in zip(toks, Y19)]
            continue
        assert len(toks) == 6, (label, toks)
        for i, t in enumerate(toks):
            out.append(fact(f"{title} > {label} > {'男性' if i % 2 == 0 else '女性'}", t, unit, Y19[i // 2], page, metric))
    return out


A = "育児・介護と仕事の両立に関する制度の利用実績（連結）"
tg56 = mf(A, [("育児休職 > 利用者数", "名", "19 152 29 170 63 196", None),
              ("育児勤務 > 利用者数", "名", "- - 22 367 35 366", None),
              ("介護休職 > 利用者数", "名", "5 7 0 9 3 10", None),
              ("介護勤務 > 利用者数", "名", "- - 0 7 0 4", None)], 56)
B = "主な制度と利用実績（単体）"
tg56 += mf(B, [("育児休職 > 利用者数", "名", "12 72 18 82 38 92", None),
               ("育児休職 > 復職率", "%", "100 100 100 100 100 100", None),
               ("育児勤務 > 利用者数", "名", "12 220 18 218 27 209", None),
               ("介護休職 > 利用者数", "名", "2 2 0 2 1 3", None),
               ("介護勤務 > 利用者数", "名", "1 5 0 3 0 1", None),
               ("出産休暇 > 利用者数", "名", "- - - 51 - 45", None),
               ("配偶者出産休暇 > 利用者数", "名", "188 220 226", None),
               ("子の看護休暇 > 利用者数", "名", "- - 6 5 0 1", None),
               ("配偶者同行休職 > 利用者数", "名", "2 6 9", None),
               ("ライフデザインサポート休職 > 利用者数", "名", "- - - - - 3", None),
               ("ボランティア休暇 > 延べ利用者数", "名", "37 2 10", None),
               ("リフレッシュ制度 > 利用者数", "名", "519 489 -", None)], 56)
C = "定年退職後の再雇用状況"
tg56 += mf(C, [("定年退職者数（総数）", "名", "130 163 170", None), ("再雇用者数", "名", "115 149 155", None),
               ("再雇用者数", "%", "（88.5） （91.4） （91.2）", None)], 56)
L = "離職者数"
for label, counts, rates in [("男性（離職率） > 単体", "67 35 66", "1.03 0.53 1.03"),
                             ("男性（離職率） > 連結", "264 157 274", "2.30 1.32 2.37"),
                             ("女性（離職率） > 単体", "12 6 12", "0.98 0.47 0.94"),
                             ("女性（離職率） > 連結", "96 107 126", "3.65 3.94 4.44"),
                             ("合計（離職率） > 単体", "79 41 78", "1.03 0.52 1.02"),
                             ("合計（離職率） > 連結", "360 264 400", "2.55 1.81 2.77")]:
    tot = label == "合計（離職率） > 連結"
    tg56 += mf(L, [(label, "名", counts, "workforce.turnover_count" if tot else None),
                   (label, "%", " ".join(f"（{r}）" for r in rates.split()), "workforce.turnover_rate" if tot else None)], 56)
write("tokyogas-2022-social-p56.json", "tokyo_gas_sustainability_factbook_2022.pdf", "Tokyo Gas", 2021,
      "held out: written blind by helper h45 (2026-12-07) from the page image and pdfplumber text, committed "
      "before esglens was run on this page; PDF p56 (printed 55): four tables (leave use by sex, consolidated and "
      "parent; re-employment; leavers), years over 男性/女性 with cells spanning both, a count and a bracketed rate "
      "in one cell", tg56)

# ---- third batch (2026-12-07, ~08:15 UTC by the machine clock), written before any esglens run on this PDF ----
# Vedanta Ltd BRSR FY2022-23, PDF page 15 (printed 305): P3 1a/1b well-being (yearless -> 2023, the report year)
# and 2 retirement benefits (FY 2023 | FY 2022; the FY 2023 header is white text on a dark band). Labels as printed,
# with the column letters, as h35's key of the same BRSR family (unitedspirits-2024-wellbeing-p26) does; '.' = an
# empty cell (not keyed); the 'Deducted and deposited with the authority (Y/N/N.A.)' column holds Y / '-' and is not
# a numeric column (not keyed); the 'Others' row's dashes in the two % columns are value null.
VW = [("Total (A)", None), ("Health insurance > Number (B)", None), ("Health insurance > % (B/A)", "%"),
      ("Accident insurance > Number (C)", None), ("Accident insurance > % (C/A)", "%"),
      ("Maternity benefits > Number (D)", None), ("Maternity benefits > % (D/A)", "%"),
      ("Paternity benefits > Number (E)", None), ("Paternity benefits > % (E/A)", "%"),
      ("Day Care facilities > Number (F)", None), ("Day Care facilities > % (F/A)", "%")]


def wellbeing(title, spec, page):
    out = []
    for label, toks in spec:
        toks = toks.split()
        assert len(toks) == len(VW), (label, toks)
        for (col, unit), raw in zip(VW, toks):
            if raw != ".":
                out.append(fact(f"{title} > {label} > {col}", raw, unit, 2023, page))
    return out


ved = wellbeing("Details of measures for the well-being of employees", [
    ("Permanent employees > Male", "9,858 9,858 100% 9,858 100% 0 . 9,858 100% 9,858 100%"),
    ("Permanent employees > Female", "2,206 2,206 100% 2,206 100% 2,206 100% . . 2,206 100%"),
    ("Permanent employees > Total", "12,064 12,064 100% 12,064 100% 2,206 . . . 12,064 100%"),
    ("Other than Permanent employees > Male", "191 112 59% 110 58% 0 . 165 86% 7 4%"),
    ("Other than Permanent employees > Female", "71 11 15% 11 15% 67 94% 0 . 2 3%"),
    ("Other than Permanent employees > Total", "262 123 47% 121 46% 67 . 165 . 9 3%")], 15)
ved += wellbeing("Details of measures for the well-being of workers", [
    ("Permanent workers > Male", "4,339 4,339 100% 4,339 100% 0 . 3,288 76% 3,499 81%"),
    ("Permanent workers > Female", "84 84 100% 84 100% 80 95% 0 . 80 95%"),
    ("Permanent workers > Total", "4,423 4,423 100% 4,423 100% 80 . 3,288 . 3,579 81%"),
    ("Other than Permanent workers > Male", "63,133 41,124 65% 41,124 65% 0 . 11,797 19% 28,344 45%"),
    ("Other than Permanent workers > Female", "1,796 891 50% 891 50% 884 49% 0 . 760 42%"),
    ("Other than Permanent workers > Total", "64,929 42,015 65% 42,015 65% 884 . 11,797 . 29,104 45%")], 15)
RB = "Details of retirement benefits, for Current Financial Year and Previous Financial Year"
for label, toks in [("PF", "99% 100% 99% 100%"), ("Gratuity", "100% 100% 100% 100%"), ("ESI", "100% 99% 100% 100%"),
                    ("Others – medical, term life and accidental coverage", "- - - -")]:
    for i, raw in enumerate(toks.split()):
        col = ("No. of employees covered as a % of total employees", "No. of workers covered as a % of total workers")[i % 2]
        ved.append(fact(f"{RB} > {label} > {col}", raw, "%", 2023 if i < 2 else 2022, 15))
write("vedanta-2023-wellbeing-p15.json", "vedanta_ltd_brsr_fy2022-23.pdf", "Vedanta", 2023,
      "held out: written blind by helper h45 (2026-12-07) from the page image and pdfplumber words (x positions "
      "for the empty cells), committed before esglens was run on this PDF; BRSR P3 1a/1b well-being (yearless, "
      "2023) and 2 retirement benefits (FY 2023 on a dark header band | FY 2022)", ved)
