"""PDF metric-id overlay by helper h57 (2026-12-07, 10:35-11:00 UTC), written BEFORE esglens was run on any of
these pages by h57 and without looking at esglens's output for them (imported by h57_build.py, which writes
tests/keys/metric_ids/h57-pdf-overlay.json).

The cells are facts of existing PDF keys in tests/keys/*.json (those keys are not edited): each entry names the
key file, page, label, year and printed value of one fact and gives the metric id of the current catalog
(src/esglens/data/metrics.yaml, 124 ids) that the cell clearly is, or null where the cell clearly is NO catalog
metric (a part by site, segment, division, gender, age band or destination; a gas split; a financial figure with
no catalog id; a rate the catalog has no id for). Cells whose metric is arguable are left out (listed in SKIPPED
below with the reason), not guessed. Dash cells (value null) are not in the overlay.

The mapping is by the label path exactly as the key prints it (and the unit where one label holds two units)."""

# ---- rules: key file stem -> {label, (label, unit) or (label, page): metric id, None (= judged no catalog metric)
# or {year: metric id} (years not named are left out)}
ANY = object()

BAYER_GHG = "bayer-2021-ghg-energy"
G12 = "Greenhouse Gas Emissions (Scope 1 and 2)"
GDIV = "Greenhouse Gas Emissions by Division (Scope 1 and 2)"
S2M = "Scope 2: Indirect emissions according to the market-based method"
S3 = ("Greenhouse Gas Emissions in the Value Chain (Scope 3) > Scope 3: Indirect emissions from our upstream and "
      "downstream value chain (by materiality)")
EC, PE, SE = "Energy Consumption", "Energy Consumption > Primary energy consumption", \
    "Energy Consumption > Secondary energy consumption"
RULES = {BAYER_GHG: {
    f"{G12} > Scope 1: Direct emissions": "ghg.scope1",
    f"{G12} > Scope 1: Direct emissions > of which carbon dioxide (CO2)": None,
    f"{G12} > Scope 1: Direct emissions > of which ozone-depleting substances": None,
    f"{G12} > Scope 1: Direct emissions > of which partially fluorinated hydrocarbons (HFCs)": None,
    f"{G12} > Scope 1: Direct emissions > of which nitrous oxide (N2O)": None,
    # methane in CO2e: ghg.methane says 'as mass of methane or CO2 equivalent' (Tokyo Gas p51 key does the same)
    f"{G12} > Scope 1: Direct emissions > of which methane (CH4)": "ghg.methane",
    f"{G12} > Scope 2: Indirect emissions according to the location-based method": "ghg.scope2",
    f"{G12} > {S2M}": "ghg.scope2_market",
    f"{G12} > Total greenhouse gas emissions (Scope 1 and 2) according to the market-based method": "ghg.scope1_2",
    f"{G12} > Total greenhouse gas emissions (Scope 1 and 2) according to the market-based method > of which offset "
    "greenhouse gas emissions": None,
    f"{G12} > Specific greenhouse gas emissions according to the market-based method": "ghg.intensity",
    # the division table's first rows are the group totals (same values as the table above); its parts are null
    f"{GDIV} > Scope 1: Direct emissions": "ghg.scope1",
    f"{GDIV} > Scope 1: Direct emissions > of which Crop Science": None,
    f"{GDIV} > Scope 1: Direct emissions > of which Pharmaceuticals": None,
    f"{GDIV} > Scope 1: Direct emissions > of which Consumer Health": None,
    f"{GDIV} > Scope 1: Direct emissions > of which other": None,
    f"{GDIV} > {S2M}": "ghg.scope2_market",
    f"{GDIV} > {S2M} > of which Crop Science": None,
    f"{GDIV} > {S2M} > of which Pharmaceuticals": None,
    f"{GDIV} > {S2M} > of which Consumer Health": None,
    f"{GDIV} > {S2M} > of which other": None,
    S3: "ghg.scope3",
    f"{S3} > of which indirect emissions from our upstream and downstream value chain to attain the SBT": None,
    "Greenhouse Gas Emissions in the Value Chain (Scope 3) > Progress in the reduction of Scope 3 emissions": None,
    f"{PE} > Natural gas": "energy.natural_gas",
    f"{PE} > Coal": "energy.coal",
    f"{PE} > Liquid fuels > of which for vehicle fleet/transport": None,
    f"{PE} > Waste": None,
    f"{PE} > Primary energy consumption for third-party companies": None,
    # secondary energy = bought electricity, steam, cooling: the catalog's energy.indirect
    SE: "energy.indirect",
    f"{SE} > Steam": "energy.heat",
    f"{SE} > Steam > of which steam from renewable energies": None,
    f"{SE} > Cooling energy": None,
    f"{SE} > Secondary energy consumption for third-party companies": None,
    f"{EC} > Total energy consumption": "energy.total",
}}

BAYER_EMP = "bayer-2021-employees-p74-76"
RULES[BAYER_EMP] = {
    ("Total Employees > Total", None): "workforce.total",
    ("Employees by Gender > Women", "%"): "workforce.female_pct",
    ("Employees by Gender > Men", "%"): None,
    ("Employees by Function > R&D", None): "econ.rd_staff",
    ("Employees by Function > R&D", "%"): None,
    ("Employees by Function > Production", None): None,
    ("Employees by Function > Marketing & distribution", None): None,
    ("Employees by Function > General administration", None): None,
    ("Employees by Division > Crop Science", None): None,
    ("Employees by Division > Pharmaceuticals", None): None,
    ("Employees by Division > Consumer Health", None): None,
    ("Employees by Division > Enabling functions", None): None,
    ("Employees by Region > Europe/Middle East/Africa", None): None,
    ("Employees by Region > North America", None): None,
    ("Employees by Region > Asia/Pacific", None): None,
    ("Employees by Region > Latin America", None): None,
    ("Employees by Gender > North America > Women", None): None,
    ("Employees by Gender > Asia/Pacific > Men", None): None,
    ("Fluctuation > Women > Voluntary", "%"): None,
    ("Fluctuation > Men > Voluntary", "%"): None,
}

BAYER_WW = "bayer-2021-water-waste-p97-99"
V = "Volume of Treated Production Wastewater by Discharge Destination"
RULES[BAYER_WW] = {
    f"{V} > Surface water": None, f"{V} > Groundwater": None, f"{V} > Seawater": None,
    f"{V} > External wastewater treatment plant": None,
    "Emissions into Water > Phosphorus": None, "Emissions into Water > TOC": None,
    "Emissions into Water > Heavy metals": None, "Emissions into Water > Inorganic salts": None,
    "Waste by Division > Total volume of waste disposed of > of which Crop Science": None,
    "Waste by Division > Total volume of waste disposed of > of which Pharmaceuticals": None,
    "Waste by Division > Total volume of waste disposed of > of which Consumer Health": None,
}

BAYER_ES = "bayer-2021-env-safety-p92-101"
C = "Standards and Certifications > Certification to external standards"
RULES[BAYER_ES] = {
    f"{C} > ISO 14001 certification/EMAS validation": None,
    f"{C} > ISO 45001 certification/OHSAS 18001": None,
    f"{C} > ISO 50001 certification": None,
    "Other Direct Air Emissions > ODS": None,
    "Other Direct Air Emissions > CO (carbon monoxide)": None,
    "Rate of Occupational Injuries (RIR) by Region > Europe/Middle East/Africa": None,
    "Rate of Occupational Injuries (RIR) by Region > North America": None,
    "Notification of Accidents and Injuries 2021 > Mechanical work": None,
    "Notification of Accidents and Injuries 2021 > Traffic & transport": None,
}

# BRSR Principle 6 essential indicators. Siemens p30-31 (units in the key); Vedanta p25-27 (energy unit not
# printed beside the cells: the key's unit is empty; values are the printed GJ).
WS = "Water withdrawal by source (in kilolitres)"
BRSR = {
    "Total electricity consumption (A)": "energy.electricity",
    "Total fuel consumption (B)": "energy.fuel",
    "Energy consumption through other sources (C)": None,
    "Total energy consumption (A+B+C)": "energy.total",
    "Energy intensity per rupee of turnover (Total energy consumption/turnover in rupees)": "energy.intensity",
    f"{WS} > (i) Surface water": "water.withdrawal_surface",
    f"{WS} > (ii) Groundwater": "water.withdrawal_groundwater",
    f"{WS} > (iii) Third party water": "water.withdrawal_third_party",
    f"{WS} > (iv) Seawater / desalinated water": "water.withdrawal_seawater",
    f"{WS} > (v) Others": None,
    f"{WS} > (v) Others: Wastewater from other Organisations, Rain Water and Produced Water": None,
    "Total volume of water withdrawal (in kilolitres) (i + ii + iii + iv + v)": "water.withdrawal",
    "Total volume of water consumption (in kilolitres)": "water.consumption",
    "Water intensity per rupee of turnover (Water consumed / turnover)": "water.intensity",
    "Water intensity per rupee of turnover (Water consumed/turnover)": "water.intensity",
    "Volatile organic compounds (VOC)": "air.vocs",
    "Total Scope 1 emissions (Break-up of the GHG into CO2, CH4, N2O, HFCs, PFCs, SF6, NF3, if available)": "ghg.scope1",
    "Total Scope 2 emissions (Break-up of the GHG into CO2, CH4, N2O, HFCs, PFCs, SF6, NF3, if available)": "ghg.scope2",
    "Total Scope 1 and Scope 2 emissions per rupee of turnover": "ghg.intensity",
}
RULES["siemens-2022-brsr"] = dict(BRSR)
# Vedanta prints NOx/SOx/PM in MT (annual mass); Siemens prints them in 'Kg/day (Average of all locations)', a
# rate, so those three Siemens rows are left out (SKIPPED).
RULES["vedanta-2023-brsr"] = dict(BRSR, **{"NOx": "air.nox", "SOx": "air.sox",
                                          "Particulate matter (PM)": "air.particulates"})

ENI_EMP = "eni-2021-employees-p19"
E = "EMPLOYEES BY PROFESSIONAL CATEGORY, AGE AND GENDER"
RULES[ENI_EMP] = {
    f"{E} > Total > Women": "workforce.female_pct",
    f"{E} > Total > Men": None,
    f"{E} > Senior managers > Total": None, f"{E} > Middle managers > Total": None,
    f"{E} > White collars > Total": None, f"{E} > Blue collars > Total": None,
    f"{E} > White collars > Under 30 > Total": None, f"{E} > Blue collars > Over 50 > Total": None,
    "Hires with permanent contracts > Under 30 > Total": None,
    "Hires with permanent contracts > 30-50 > Total": None,
    "Hires with permanent contracts > Over 50 > Total": None,
    "TURNOVER RATE > Turnover rate > Men": None, "TURNOVER RATE > Turnover rate > Women": None,
}

ENI_SAF = "eni-2021-safety-p30"
T, L = "TRIR (Total Recordable Injury Rate)", "Lost Time Injury frequency rate (LTIF)"
RULES[ENI_SAF] = {
    f"{T} > Italy": None, f"{T} > Abroad": None, f"{L} > Italy": None, f"{L} > Abroad": None,
    "Injuries severity index": None, "Fatality index": None, "Near miss": None, "Worked hours": None,
    "Worked hours > Employees": None, "Worked hours > Contractors": None,
    "Process safety events > Tier 1": None, "Process safety events > Tier 2": None,
}

ENI_W = "eni-2021-water-p32"
D = "Total water discharge"
RULES[ENI_W] = {
    f"{D} > of which: into the sea": None, f"{D} > of which: in superficial water bodies": None,
    f"{D} > of which: in sewerage": None, f"{D} > of which: given to third-party": None,
    "Total freshwater withdrawals by sector > Exploration & Production": None,
    "Total freshwater withdrawals by sector > Refining & Marketing and Chemicals": None,
    "Total extracted produced water (upstream)": None,
    "Hydrocarbons in wastewater": None,
}

SW_P = "swisscom-2021-people-p37"
R = "Overall balance in Switzerland > Reporting limit in Switzerland according to the personnel information system"
F = "Overall balance in Switzerland > Fluctuation in Switzerland"
K = "Overall balance in Switzerland > Further KPIs"
RULES[SW_P] = {
    f"{R} > Part-time employment (HC) > Total": "workforce.part_time",
    f"{R} > Rate collective labour agreement (CEA) to total workforce > Total": "workforce.collective_bargaining_pct",
    f"{R} > Rate of employees within Management (HC) > Female": "workforce.female_management_pct",
    f"{K} > Maternity and paternity leave > Total": "workforce.parental_leave",
    f"{K} > Ratio CEO compensation / median salary > Total": "workforce.ceo_pay_ratio",
    f"{K} > Peformance Dialogues > Total": "training.performance_review_pct",
    f"{R} > Gender ratio (HC) > Male": None,
    f"{R} > Full-time employment (HC) > Total": None,
    f"{R} > Top Management (HC) > Total": None,
    f"{F} > Leavings > Male": None, f"{F} > Leavings > Female": None,
    f"{F} > Enterings > Male": None, f"{F} > Enterings > Female": None,
    f"{F} > Average age > Total": None,
    f"{K} > Median salary in kCHF > Total": None,
    f"{K} > Total CEO compensation in kCHF > Total": None,
}

SW_H = "swisscom-2021-health"
I = "Illness and accidents (S+A)"
A = "Employee age structure"
RULES[SW_H] = {
    f"{I} > Days lost due to work-related accidents > Total": "safety.lost_days",
    f"{I} > Work-related accidents > Total": "safety.injuries",
    f"{A} > Total": "workforce.total",
    f"{A} > up to 30 years": "workforce.under30",
    f"{A} > between 30 and 50 years": "workforce.30to50",
    f"{A} > over 50 years": "workforce.over50",
    f"{I} > Days lost due to illness (w/o work-related illness) > Total": None,
    f"{I} > Number of cases of illness > Total": None,
    f"{I} > Number of non-work-related accidents > Total": None,
    f"{I} > Days lost due to non-work-related accidents > Total": None,
    f"{I} > Total productive hours performed > Total": None,
    f"{I} > Productive time per FTE in hours > Total": None,
}

TOSH = "toshiba-2021-results"
# p32 prints FY2020 results beside FY2021 figures that are round and have a 'Difference' column (a forecast): only
# the FY2020 cells get the revenue / net profit id; the FY2021 ones are left out.
RULES[TOSH] = {
    "Net sales": {2020: "econ.revenue"}, "Total > Net sales": {2020: "econ.revenue"},
    "Net income (loss)": {2020: "econ.net_profit"},
    "Operating income (loss)": None, "Return on sales (ROS)": None, "EBITDA": None, "Free cash flow": None,
    "Energy Systems & Solutions > Net sales": None, "Building Solutions > Net sales": None,
    "Digital Solutions > Net sales": None,
}

RIO = "riotinto-2023-datatables"
RULES[RIO] = {
    # p40: 'Total' is the Scope 3 table's total row (upstream + downstream), the table title names the subject
    ("Total", 40): "ghg.scope3",
    ("Total > Scope 1&2 emissions Mt CO2e", 40): "ghg.scope1_2",
    ("Total > Total Scope 1, 2 &3 Mt CO2e", 40): "ghg.total",
    ("Scope 3 emissions – Upstream", 40): None, ("Scope 3 emissions – Downstream", 40): None,
    ("Upstream emissions > 1. Purchased goods and services", 40): None,
    ("Upstream emissions > 2. Capital goods", 40): None,
    ("Downstream emissions > 9. Downstream transportation and distribution", 40): None,
    ("Aluminium > Scope 1&2 emissions Mt CO2e", 40): None,
    ("Iron ore (includes Pilbara iron ore and Dampier Salt) > Scope 1&2 emissions Mt CO2e", 40): None,
}

TG50 = "tokyogas-2022-energy-p50"
RULES[TG50] = {f"{p} > {s}": None for p in ("電力", "都市ガス") for s in ("都市ガス製造工場", "地域冷暖房", "発電所")}
TG51 = "tokyogas-2022-ghg-p51"
RULES[TG51] = {f"温室効果ガス排出量 > 国内 > CO2 > {s}": None for s in ("都市ガス製造工場", "地域冷暖房", "発電所")}
RULES[TG51]["温室効果ガス排出量 > Scope3 > 上流（原料調達に伴う温室効果ガス排出量）"] = None

DAI = "daikin-2022-data"
RULES[DAI] = {"Materials Used > Total": "materials.total", "Materials Used > Plastics": None,
              "Materials Used > Copper": None, "Environmentally Conscious Products > Super Green Products": None,
              "CSR Procurement Implementation Rate > Entire Group": None}

SKIPPED = {
    BAYER_GHG: "Primary energy consumption (energy.direct or energy.fuel: both fit); Secondary > Electricity and its "
               "'from power grid' / 'from renewable energies' parts (purchased vs all electricity; renewable "
               "electricity is not all renewable energy); Liquid fuels, Other (no id, but 'Liquid fuels' could be "
               "read as diesel+gasoline); Steam from waste heat",
    BAYER_EMP: "age-group shares; gender x region x age counts; Total > Women/Men counts already keyed",
    BAYER_WW: "'of which volume landfilled/incinerated/recycled' under hazardous / non-hazardous (a part of one "
              "waste class, not all waste landfilled); 'Nitrogen' (total nitrogen vs ammonia nitrogen)",
    BAYER_ES: "injuries / fatalities 'of which Bayer employees' (employees-only figures some reports give as the "
              "metric itself)",
    "siemens-2022-brsr": "NOx/SOx/PM in kg/day (a rate, not the annual mass); per-FTE intensities (denominator)",
    "vedanta-2023-brsr": "per-tonne intensity rows are dashes",
    ENI_EMP: "women's share per professional category (not all management); age-band headcounts per category",
    ENI_SAF: "Employees / Contractors sub-rows of TRIR, LTIF, fatalities (employees-only rates are arguable)",
    ENI_W: "'of which: freshwater' withdrawal; water expenditures (env.investment is arguable)",
    SW_P: "FTE rows (not headcount); training days (days, not hours); Temporary positions; the permanent / "
          "temporary contract rows (printed values look swapped)",
    SW_H: "gender splits of accidents and days lost; days lost to work-related illness",
    TOSH: "'Difference' rows (no year); the FY2021 (forecast) revenue and net income cells",
    RIO: "Net / baseline Scope 1&2 rows (net of offsets, baselines)",
    TG50: "熱 (heat: bought or own?), その他燃料, 東京ガス単体 rows",
    TG51: "国内 Scope1+2 (domestic only while a group total exists for 2021)",
    DAI: "Expenditure for Social Contribution Activities (community.donations or community.investment)",
}

# ==== batch 2 (2026-12-07 10:40-10:50 UTC): written AFTER the first run on batch 1's pages, but before any esglens
# run by h57 on these pages (Tokyo Gas p55-57, Swisscom p46-47, Eni p36/p40, Vedanta p17/p23, Siemens p18-19,
# United Spirits p28, Daikin p8). Written to tests/keys/metric_ids/h57-pdf-overlay-2.json.
TG55, TG56, TG57 = "tokyogas-2022-employees-p55", "tokyogas-2022-social-p56", "tokyogas-2022-social-p57"
RULES2 = {TG55: {
    ("管理者数 > 男性 > 連結", "名"): None, ("管理者数 > 女性 > 連結", "名"): None, ("管理者数 > 合計 > 連結", "名"): None,
    "採用状況（中途） > 男性 > 連結": None, "採用状況（中途） > 女性 > 連結": None,
    "男女別平均勤続年数 > 合計 > 連結": None, "男女別平均勤続年数 > 女性 > 連結": None,
    "障がい者の雇用数 > 雇用率": None, ("男女別正社員数 > 男性 > 連結", "（%）"): None,
}}
U = "育児・介護と仕事の両立に関する制度の利用実績（連結）"
RULES2[TG56] = {
    f"{U} > 介護休職 > 利用者数 > 男性": None, f"{U} > 介護休職 > 利用者数 > 女性": None,
    "主な制度と利用実績（単体） > ボランティア休暇 > 延べ利用者数": None,
    "定年退職後の再雇用状況 > 定年退職者数（総数）": None, ("定年退職後の再雇用状況 > 再雇用者数", "名"): None,
    ("離職者数 > 男性（離職率） > 連結", "名"): None, ("離職者数 > 女性（離職率） > 連結", "名"): None,
    ("離職者数 > 男性（離職率） > 連結", "%"): None, ("離職者数 > 女性（離職率） > 連結", "%"): None,
}
# 契約社員 = employees on fixed-term contracts; 派遣社員 = agency (dispatched) workers, not Tokyo Gas employees
RULES2[TG57] = {
    "契約社員・派遣社員数 > 契約社員": "workforce.temporary",
    "契約社員・派遣社員数 > 派遣社員": "workforce.contractors",
    "事故・災害の状況 > 作業災害件数": "safety.injuries",
    "団体交渉権の対象者数（経営層を除く社員数） > 社員数": None,   # a count; the catalog's id is a share
    "事故・災害の状況 > 交通事故件数": None, "事故・災害の状況 > 強度率": None,
    "健康指標 > 定期健康診断受診率": None, "健康指標 > ストレスチェック受検率": None, "健康指標 > 平均残業時間": None,
    "健康指標 > 年間有給休暇取得日数": None, "健康指標 > 喫煙率 > 男性": None,
    "安全衛生に関する教育実施状況 > 階層別安全衛生・安全配慮研修 > 新入社員教育": None,
}
RULES2["swisscom-2021-materials-p46-47"] = {
    ("Paper > Total paper consumption", "tonnes"): "materials.paper",
    ("Paper > Print media", "tonnes"): None, "Paper > Total paper consumption > 2021 in %": None,
    ("Consumamble material > Copper", "Tonnes"): None, "Consumamble material > Optical fibre": None,
    "Consumamble material > Telephone poles (wood)": None,
}
RW = "Waste from remediation activities"
RULES2["eni-2021-remediation-p36"] = {RW: None, f"{RW} > of which: hazardous waste": None,
                                      f"{RW} > of which: non-hazardous waste": None}
WO = "Whistleblowing files opened during the year categorized according to the process that is the subject of the report"
WC = "Whistleblowing files that have been closed during the year divided according to the outcome of the investigations"
RULES2["eni-2021-whistleblowing-p40"] = {WO: None, f"{WO} > Procurement": None, f"{WO} > HSE": None, WC: None,
                                         f"{WC} > Founded": None}
RM = "Details of remuneration/salary/wages"
RULES2["vedanta-2023-wages-p23"] = {
    f"{RM} > Board of Directors (BoD) > Female > Number": "gov.female_directors",
    f"{RM} > Board of Directors (BoD) > Male > Number": None,
    f"{RM} > Board of Directors (BoD) > Male > Median remuneration/salary/wages of respective category": None,
    f"{RM} > Employees other than BoD and KMP > Female > Median remuneration/salary/wages of respective category": None,
    "Details of minimum wages paid to employees and workers > Workers > Other Permanent than > Equal to minimum wage "
    "> %": None,
}
PR = "Details of performance and career development reviews of employees and worker"
MS = "Membership of employees and worker in association(s) or Unions"
RULES2["siemens-2022-people-p18"] = {
    f"{PR} > Employees > Total > %": "training.performance_review_pct",
    f"{MS} > Total Permanent Employees > %": None, f"{MS} > Total Permanent Workers > %": None,
}
RULES2["unitedspirits-2024-people-p28"] = {
    f"{MS} > Total Permanent Employees > %": None, f"{MS} > Total Permanent Workers > %": None,
    f"{MS} > Total Permanent Workers > No. in association(s) or Union": None,
}
MSV = "Membership of employees and workers in association(s) or Unions"
RULES2["vedanta-2023-people-p17"] = {f"{MSV} > Total Permanent Employees > %": None,
                                     f"{MSV} > Total Permanent Workers > %": None}
DG = "Corporate Governance > Number of directors who are outside the company, women, and foreign nationals"
RULES2["daikin-2022-targets-results-p8"] = {
    "Co-creation > R&D expenditure": "econ.rd_investment",
    f"{DG} > directors": "gov.directors",
    f"{DG} > foreign national director": None,
    "Value with Air > Net sales of IAQ/Ventilation business": None,
    "Customer Satisfaction > Net sales of Air Conditioning Solutions business": None,
    "Environment > Net greenhouse gas emissions from our own business operations": None,
    "Environment > Greenhouse gas emissions from manufacturing > reduction compared to fiscal 2015": None,
    ("Human Resources > Number of female managers", "employees"): None,
    "Human Resources > Percentage of overseas bases where local nationals are president": None,
    "Supply Chain Management > Class A CSR procurement achievement rate": None,
    "Corporate Governance > Number of female officers appointed from inside the company": None,
}
SKIPPED2 = {
    TG55: "単体 (standalone) rows; male / female new-hire and manager counts are null only where 連結",
    TG56: "育児休職 users by gender and return rates by gender (parts of parental leave); 単体 turnover",
    TG57: "契約社員・派遣社員数 > 合計 (temporary + agency workers in one figure)",
    "eni-2021-remediation-p36": "remediation expenditures (env.investment is arguable)",
    "vedanta-2023-wages-p23": "'Employees other than BoD and KMP' counts (a subset of the workforce)",
    "siemens-2022-people-p18": "training shares by type (health and safety, skill upgradation); workers' review share",
    "daikin-2022-targets-results-p8": "after-sales customer satisfaction by country; external directors (outside is not "
                                      "always independent); GHG from manufacturing; social contribution spend",
}
