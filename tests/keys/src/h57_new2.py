"""h57's second batch of new blind PDF rows (2026-12-07 10:55-11:05 UTC), pages no key covers, written from page
images (pypdfium2) and pdfplumber text BEFORE any esglens run on these pages. Imported by h57_build.py, which writes
tests/keys/metric_ids/h57-pdf-new-2.json (one file, facts of three PDFs, each fact with its seed).

- Eni for 2021 p22 (printed 20) 'GENDER PAY RATIO': keyed only the 'All Employees (women vs. men) > Total pay
  ratio' row (workforce.gender_pay_ratio), each of its 8 cells (fixed / total remuneration x 2019, 2020, 2021 at
  equal role level, 2021 raw). Left out: the Italy rows (a part) and the per-category rows (GRI 405-2 asks the
  ratio per category, so a category row is arguably the metric too).
- Swisscom 2021 p22-23 'Targets Table': only the 'Value 2021' column (the other two are targets). Left out: CO2
  Scope 1 'without refrigerants' and Scope 2 'compensated' (qualified scopes), 'women in management and top CEA
  levels'.
- United Spirits BRSR FY2023-24 p10 (printed 9): item 22 (board / KMP) and item 23 (turnover by gender). Years:
  FY2023-24 = 2024, FY2022-23 = 2023, FY2021-22 = 2022 (as the other United Spirits keys). Left out: item b.
  differently-abled employees / workers (employees 0, workers 52: which is workforce.disabled?) and the Total
  turnover columns (employees and workers are reported apart; neither is all staff)."""

ENI, SW, US = ("eni_for_2021_sustainability_performance.pdf", "swisscom_sustainability_report_2021.pdf",
               "united_spirits_brsr_fy2023-24.pdf")
A = "All Employees (women vs. men) > Total pay ratio"
ROWS = [  # (seed, page, label, unit, raw, year, metric)
    (ENI, 22, f"{A} > Fixed remuneration > At equal role level", "%", "98", 2019, "workforce.gender_pay_ratio"),
    (ENI, 22, f"{A} > Fixed remuneration > At equal role level", "%", "98", 2020, "workforce.gender_pay_ratio"),
    (ENI, 22, f"{A} > Fixed remuneration > At equal role level", "%", "99", 2021, "workforce.gender_pay_ratio"),
    (ENI, 22, f"{A} > Fixed remuneration > Raw", "%", "100", 2021, "workforce.gender_pay_ratio"),
    (ENI, 22, f"{A} > Total remuneration > At equal role level", "%", "98", 2019, "workforce.gender_pay_ratio"),
    (ENI, 22, f"{A} > Total remuneration > At equal role level", "%", "99", 2020, "workforce.gender_pay_ratio"),
    (ENI, 22, f"{A} > Total remuneration > At equal role level", "%", "99", 2021, "workforce.gender_pay_ratio"),
    (ENI, 22, f"{A} > Total remuneration > Raw", "%", "97", 2021, "workforce.gender_pay_ratio"),
    (SW, 22, "Ready for people > KPI: Promoting media skills", None, "256,829", 2021, None),
    (SW, 22, "Ready for people > KPI: Training media use", None, "1,094,451", 2021, None),
    (SW, 22, "Ready for people > KPI: Technical measures for youth media protection", None, "108,716", 2021, None),
    (SW, 22, "Ready for people > KPI: Digital shift", None, "180,285", 2021, None),
    (SW, 22, "Ready for people > KPI: Number of employees working for suppliers in the audited factories in the year "
             "in question in the JAC network", None, "128,733", 2021, None),
    (SW, 22, "Ready for people > KPI: Proportion of women in management (management levels A – C) in headcount (HC)",
     "%", "13.6%", 2021, "workforce.female_management_pct"),
    (SW, 22, "Ready for people > KPI: Percentage of employees with health impairments (inclusion)", "%", "1.1%", 2021,
     None),
    (SW, 22, "Ready for people > KPI: Absences in days/target days (weighted by FTE) x 100", "%", "2.80%", 2021, None),
    (SW, 23, "Ready for the environment > KPI: CO2 emissions Scope 3 (supply chain, employee mobility, etc.)", None,
     "275,962", 2021, "ghg.scope3"),
    (SW, 23, "Ready for the environment > KPI: CO2 savings in tonnes", "tonnes", "892,812", 2021, None),
    (SW, 23, "Ready for Switzerland > KPI: 30–40% fixed-network coverage of homes and offices by ultra-fast broadband",
     "%", "65,8%", 2021, None),
    (SW, 23, "Ready for Switzerland > KPI: 50–60% coverage of homes and offices with ultra-fast broadband", "%",
     "32,9%", 2021, None),
    (US, 10, "Participation/Inclusion/Representation of women - BOD/KMP > Board of Directors > Total (A)", None, "12",
     2024, "gov.directors"),
    (US, 10, "Participation/Inclusion/Representation of women - BOD/KMP > Board of Directors > No(B)", None, "4", 2024,
     "gov.female_directors"),
    (US, 10, "Participation/Inclusion/Representation of women - BOD/KMP > Board of Directors > %(B/A)", "%", "33%",
     2024, None),
    (US, 10, "Participation/Inclusion/Representation of women - BOD/KMP > Key Management Personnels > Total (A)", None,
     "3", 2024, None),
]
T = "Turnover rate for permanent employees and workers - Past 3 years"
for who, cells in (("Permanent Employees", {2024: ("11.74%", "21.33%"), 2023: ("19.00%", "28.20%"),
                                            2022: ("13.90%", "33.50%")}),
                   ("Permanent Workers", {2024: ("28.50%*", "1.50%"), 2023: ("12.20%", "71.40%*"),
                                          2022: ("9.60%", "4.80%")})):
    for year, (male, female) in cells.items():
        ROWS.append((US, 10, f"{T} > {who} > Male", "%", male, year, None))
        ROWS.append((US, 10, f"{T} > {who} > Female", "%", female, year, None))
