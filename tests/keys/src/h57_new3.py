"""h57's third batch of new blind PDF rows (2026-12-07 ~11:00 UTC): BRSR Section A tables on pages no key covers,
written from page images (pypdfium2) and pdfplumber text BEFORE any esglens run on these pages. Imported by
h57_build.py, which writes tests/keys/metric_ids/h57-pdf-new-3.json.

Convention of the existing Siemens p5-6 key: BRSR 'Total employees (D + E)' = the workforce (workforce.total,
.male, .female, .female_pct); 'Permanent Employees' turnover 'Total' = workforce.turnover_rate; board rows =
gov.directors / gov.female_directors. Years: Vedanta FY2022-23 = 2023 (FY 2022 = 2022, FY 2021 = 2021), United
Spirits FY2023-24 = 2024, as the other keys of these reports. Left out: 'Other than Permanent (E)' (United
Spirits' note says it is service provider personnel: temporary or contractors?), the WORKERS rows, the
differently-abled tables (employees or workers?), and cells whose value repeats on the page in a row of another
meaning (Vedanta '82%' / '18%' of the permanent row, board and KMP '25%'), so that a match by page + value + year
cannot pair the wrong cell."""

VED, US = "vedanta_ltd_brsr_fy2022-23.pdf", "united_spirits_brsr_fy2023-24.pdf"
E = "Employees and workers (including differently abled) > EMPLOYEES"
W = "Participation/Inclusion/Representation of women"
T = "Turnover rate for permanent employees and workers > Permanent Employees"
ROWS = [  # (seed, page, label, unit, raw, year, metric)
    (VED, 2, f"{E} > Total employees (D + E) > Total (A)", None, "12,341", 2023, "workforce.total"),
    (VED, 2, f"{E} > Total employees (D + E) > Male > No. (B)", None, "10,064", 2023, "workforce.male"),
    (VED, 2, f"{E} > Total employees (D + E) > Female > No. (C)", None, "2,277", 2023, "workforce.female"),
    (VED, 2, f"{E} > Permanent (D) > Total (A)", None, "12,064", 2023, None),
    (VED, 2, f"{E} > Permanent (D) > Male > No. (B)", None, "9,858", 2023, None),
    (VED, 2, f"{E} > Permanent (D) > Female > No. (C)", None, "2,206", 2023, None),
    (VED, 3, f"{W} > Board of Directors > Total (A)", None, "8", 2023, "gov.directors"),
    (VED, 3, f"{W} > Board of Directors > No. (B)", None, "2", 2023, "gov.female_directors"),
    (VED, 3, f"{W} > Key Management Personnel > Total (A)", None, "4", 2023, None),
    (VED, 3, f"{T} > Male", "%", "10.84%", 2023, None),
    (VED, 3, f"{T} > Female", "%", "15.29%", 2023, None),
    (VED, 3, f"{T} > Total", "%", "11.46%", 2023, "workforce.turnover_rate"),
    (VED, 3, f"{T} > Male", "%", "14.85%", 2022, None),
    (VED, 3, f"{T} > Female", "%", "21.49%", 2022, None),
    (VED, 3, f"{T} > Total", "%", "15.62%", 2022, "workforce.turnover_rate"),
    (VED, 3, f"{T} > Male", "%", "13.50%", 2021, None),
    (VED, 3, f"{T} > Female", "%", "16.36%", 2021, None),
    (VED, 3, f"{T} > Total", "%", "13.88%", 2021, "workforce.turnover_rate"),
    (US, 9, "Employees and workers (including differently abled) > Employees > Total Employees (D+E) > Total (A)", None,
     "1,472", 2024, "workforce.total"),
    (US, 9, "Employees and workers (including differently abled) > Employees > Total Employees (D+E) > Male > No (B)",
     None, "1078", 2024, "workforce.male"),
    (US, 9, "Employees and workers (including differently abled) > Employees > Total Employees (D+E) > Female > No (C)",
     None, "394", 2024, "workforce.female"),
    (US, 9, "Employees and workers (including differently abled) > Employees > Permanent (D) > Total (A)", None, "1402",
     2024, None),
    (US, 9, "Employees and workers (including differently abled) > Workers > Total Workers (F+G) > Male > % (B/A)", "%",
     "83%", 2024, None),
    (US, 9, "Employees and workers (including differently abled) > Workers > Total Workers (F+G) > Female > % (C/A)",
     "%", "17%", 2024, None),
]
