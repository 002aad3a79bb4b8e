"""h57's new blind PDF key: Eni for 2021 Sustainability Performance, PDF pages 17, 21, 24, 28, 31, 35, 41 (printed
15, 19, 22, 26, 29, 33, 39), pages no key in tests/keys covers. Written 2026-12-07 10:50-11:05 UTC from the page
images (pypdfium2, 1.6x) and pdfplumber's text, BEFORE esglens was run on these pages (by h57 or, as far as h57
knows, anyone). Imported by h57_build.py, which writes tests/keys/metric_ids/h57-eni-2021-p17-p41.json.

Conventions as h51_build.py: label = row path as printed (indented rows under the row above them at the lesser
indent; footnote marks dropped; on p21 the rows indented under 'Women hired' are shares of women by category, so
they are keyed by their own text); unit as printed in the unit column without brackets, carried down to the rows
under it; years 2017-2021 (p17 'Employees by sector' 2018-2021; p24 'by gender' 2021 only). Metric ids only where the
cell clearly is a catalog metric; null where it clearly is none. Left out as arguable: p24 'HSE and quality'
training hours (safety.training_hours includes quality?), p35 'Air protection expenditures and investments' and
'Expenditures and investments in waste management' (a part of env.investment), p35 'Total waste from production
activities' and its hazardous / non-hazardous rows (Eni keys remediation waste apart, p36: production waste is a
part of all waste), p31 certification rows printed with a share in brackets ('103 (>90%)')."""

Y5 = [2017, 2018, 2019, 2020, 2021]
E = "Employees as December 31st"
P17 = [(E, "number", "32,195 30,950 31,321 30,775 31,888", "workforce.total"),
       (f"{E} > Men", "number", "24,615 23,643 23,731 23,216 23,528", "workforce.male"),
       (f"{E} > Women", "number", "7,580 7,307 7,590 7,559 8,360", "workforce.female"),
       (f"{E} > Italy", "number", "20,468 20,576 21,078 21,170 20,632", None),
       (f"{E} > Abroad", "number", "11,727 10,374 10,243 9,605 11,256", None),
       (f"{E} > Abroad > Africa", "number", "3,303 3,374 3,371 3,143 3,189", None),
       (f"{E} > Abroad > Americas", "number", "1,216 1,257 1,005 925 1,731", None),
       (f"{E} > Abroad > Asia", "number", "2,418 2,505 2,662 2,432 2,786", None),
       (f"{E} > Abroad > Australia and Oceania", "number", "114 90 88 87 88", None),
       (f"{E} > Abroad > Rest of Europe", "number", "4,676 3,148 3,117 3,018 3,462", None),
       ("Employees abroad by category: > Locals", "number", "10,010 8,572 8,320 8,327 9,951", None),
       ("Employees abroad by category: > Italian expatriates", "number", "1,234 1,261 1,360 968 992", None),
       ("Employees abroad by category: > International expatriates (including Third Country National)", "number",
        "483 541 563 310 313", None),
       ("Employees by educational qualification: > Degree", "number", "14,802 14,603 15,375 15,345 15,583", None),
       ("Employees by educational qualification: > Secondary school diploma", "number",
        "14,300 13,348 13,184 12,826 13,564", None),
       ("Employees by educational qualification: > Less than secondary school diploma", "number",
        "3,093 2,999 2,762 2,604 2,741", None),
       ("Seniority > Senior managers", "years", "22.08 22.12 22.78 23.21 22.77", None),
       ("Seniority > Middle managers", "years", "20.01 20.02 20.00 20.40 19.59", None),
       ("Seniority > White collars", "years", "17.02 17.03 16.73 17.03 16.56", None),
       ("Seniority > Blue collars", "years", "13.05 13.05 13.55 14.15 13.23", None)]
P17_SECTOR = [("Employees by sector: > Exploration & Production", "number", "10,422 10,248 9,794 9,392", None),
              ("Employees by sector: > Global Gas & LNG Portfolio", "number", "670 646 634 698", None),
              ("Employees by sector: > Refining & Marketing and Chemicals", "number", "10,831 11,019 10,872 12,472",
               None),
              ("Employees by sector: > Plenitude & Power", "number", "2,021 2,020 2,058 2,429", None),
              ("Employees by sector: > Corporate and Other Activities", "number", "7,006 7,388 7,417 6,897", None)]
PR = ("Percentage of promotions from white collar to middle management and from middle management to executive by "
      "gender")
P21 = [("Women employees in service", "%", "23.54 23.61 24.23 24.56 26.22", "workforce.female_pct"),
       ("Women hired", "%", "24.70 29.11 32.29 34.60 32.47", None),
       ("Women in managerial positions (senior managers and middle managers)", "%", "24.86 25.28 26.05 26.64 27.34",
        "workforce.female_management_pct"),
       ("Women in managerial positions (senior managers and middle managers) > Senior managers", "%",
        "14.14 14.88 15.57 16.27 16.67", None),
       ("Women in managerial positions (senior managers and middle managers) > Middle managers", "%",
        "26.03 26.42 27.19 27.74 28.48", None),
       ("White collars", "%", "30.11 29.36 29.79 29.87 30.10", None),
       ("Blue collars", "%", "1.58 1.82 2.02 2.07 14.74", None),
       ("Replacement rate by gender", "%", "0.76 1.00 1.55 0.46 0.43", None),
       ("Replacement rate by gender > Men", "%", "0.72 0.94 1.37 0.38 0.39", None),
       ("Replacement rate by gender > Women", "%", "0.90 1.16 2.15 0.76 0.51", None),
       (f"{PR} > Women", "%", "32.46 33.49 31.64 23.38 29.79", None),
       (f"{PR} > Men", "%", "67.54 66.51 68.36 76.62 70.21", None)]
TH, PC, DM, AV = ("Training hours by type", "Total training hours by professional category",
                  "Training hours by delivery method", "Average training hours per employee by employee category")
P24 = [("Total attendances", "number", "152,343 177,236 266,893 242,570 213,877", "training.participants"),
       (TH, "hours", "1,111,112 1,169,385 1,362,182 1,040,119 1,037,325", "training.hours_total"),
       (f"{TH} > Languages and IT", "hours", "124,266 108,160 125,395 91,447 81,205", None),
       (f"{TH} > Conduct/Communication/Institutional", "hours", "213,477 283,126 173,609 180,035 257,263", None),
       (f"{TH} > Professional-cross cutting", "hours", "113,117 135,684 201,853 133,426 149,802", None),
       (f"{TH} > Professional-technical/commercial", "hours", "259,158 287,659 422,773 360,704 171,184", None),
       (f"{PC} > Senior managers", "hours", "32,005 42,201 52,518 28,163 33,056", None),
       (f"{PC} > Middle managers", "hours", "319,615 335,440 385,507 296,406 322,252", None),
       (f"{PC} > White collars", "hours", "580,864 592,580 703,708 578,455 518,639", None),
       (f"{PC} > Blue collars", "hours", "178,628 199,164 220,449 137,095 163,378", None),
       (f"{DM} > of which: distance", "hours", "232,399 220,554 380,893 694,099 699,449", None),
       (f"{DM} > of which: in class", "hours", "878,713 948,831 981,289 346,020 337,876", None),
       (AV, "hours", "34.2 36.9 43.6 33.3 33.8", "training.hours_per_employee"),
       (f"{AV} > Senior managers", "hours", "31.7 41.7 51 28.3 34.7", None),
       (f"{AV} > Middle managers", "hours", "35.7 37.2 42 31.8 35.7", None),
       (f"{AV} > White collars", "hours", "34.5 36.2 43.9 35.9 32.8", None),
       (f"{AV} > Blue collars", "hours", "31.6 37.7 44.3 28.4 33.9", None),
       ("In house training hours", "%", "24.2 27.7 34.2 40.1 18.2", None),
       ("Training expenditures", "€ million", "30.7 33.6 33.4 22.4 27.4", "training.investment"),
       ("Average training and development expenditure per full time employee", "€",
        "1,057.3 1,059.5 1,070.8 716.1 895.8", None)]
P24_2021 = [("Average training hours by gender > of which: men", "hours", "34.3", None),
            ("Average training hours by gender > of which: women", "hours", "32.5", None)]
CB = "Employees covered by collective bargaining"
P28 = [(CB, "number", "27,325 25,841 26,832 26,378 26,328", None),   # a count: the catalog's id is a share
       (CB, "%", "81.96 80.89 83.03 83.40 81.60", "workforce.collective_bargaining_pct"),
       (f"{CB} > Italy", "%", "100 100 100 100 100", None),
       (f"{CB} > Abroad", "%", "44.54 35.33 40.91 41.78 41.60", None),
       ("Consultations, negotiations with trade unions on organizational changes", "number", "275 192 149 189 141",
        None),
       ("Employees in trade unions", "number", "12,166 11,444 11,369 11,342 11,064", None),
       ("Employees in trade unions", "%", "36.49 35.82 35.18 35.86 34.29", None)]
T = "Total HSE expenditures and investments"
S = f"{T} > of which: total safety expenditures and investments"
EV = f"{T} > of which: total environmental expenditures and investments"
P31 = [("EMAS registrations", "number", "8 9 9 9 10", None),
       ("ISO 50001 certifications", "number", "22 22 23 23 24", None),
       (T, "€ million", "1,100.4 1,255.8 1,326.0 1,314.1 1,442.8", None),
       (f"{T} > of which: current costs", "€ million", "865.9 990.2 995.3 1,008.6 1,088.1", None),
       (f"{T} > of which: investments", "€ million", "234.6 265.6 330.7 305.5 354.7", None),
       (S, "€ million", "249.8 260.3 306.2 297.8 331.1", "safety.investment"),
       (f"{S} > of which: current costs", "€ million", "175.1 198.5 202.1 175.2 197.1", None),
       (f"{S} > of which: investments", "€ million", "74.7 61.8 104.1 122.6 134.0", None),
       (EV, "€ million", "755.6 915.4 964.4 942.0 1,029.6", "env.investment"),
       (f"{EV} > of which: current costs", "€ million", "604.0 730.4 746.1 766.3 820.0", None),
       (f"{EV} > of which: investments", "€ million", "151.6 185.0 218.3 175.7 209.6", None)]
AP, WM = "Air protection expenditures and investments", "Expenditures and investments in waste management"
P35 = [("NOx (nitrogen oxides) emissions", "ktonnes NOxeq.", "55.6 53.1 52.0 51.7 48.8", "air.nox"),
       ("NOx emissions/100% operated hydrocarbon gross production (upstream)", "tonnes NOxeq./kboe",
        "0.042 0.039 0.035 0.037 0.032", None),
       ("SOx (sulphur oxides) emissions", "ktonnes SO2eq.", "8.4 16.5 15.2 15.3 18.5", "air.sox"),
       ("SOx emissions/100% operated hydrocarbon gross production (upstream)", "tonnes SO2eq./kboe",
        "0.003 0.011 0.010 0.012 0.015", None),
       ("SOx emissions/crude oil processing and semi-processed oil (refineries)", "tonnes SO2eq./ktonnes",
        "0.281 0.240 0.200 0.173 0.156", None),
       ("NMVOC (Non Methane Volatile Organic Compounds) emissions", "ktonnes", "21.5 23.1 24.1 21.4 24.0",
        "air.vocs"),
       ("TSP (Total Suspended Particulate) emissions", "ktonnes", "1.5 1.5 1.4 1.3 1.4", "air.particulates"),
       (f"{AP} > of which: current costs", "€ million", "22.82 29.92 25.92 20.57 31.5", None),
       (f"{AP} > of which: investments", "€ million", "32.25 35.89 27.87 33.64 55.77", None),
       (f"{WM} > of which: current costs", "€ million", "199.76 212.41 245.51 203.62 247.91", None),
       (f"{WM} > of which: investments", "€ million", "26.03 11.72 4.13 13.39 10.76", None)]
L, G = "Local development investments by sector of intervention", "Local development investments by geographic area"
P41 = [(L, "€ million", "70.7 94,8 95,3 96,1 105.3", "community.investment"),   # decimal commas as printed
       (f"{L} > Access to off-grid energy", "€ million", "1.1 1.7 4.2 8.1 5.6", None),
       (f"{L} > Economic diversification", "€ million", "33.4 28.1 39.9 33.1 33.6", None),
       (f"{L} > Education and vocational training", "€ million", "17.3 23.3 16.9 13.3 16.2", None),
       (f"{L} > Access to water and sanitation", "€ million", "0.7 0.8 1.8 3.9 4.8", None),
       (f"{L} > Life on land", "€ million", "3.7 17.7 5.3 12.2 27.5", None),
       (f"{L} > Health", "€ million", "7.0 3.3 8.6 13.3 11.6", None),
       (f"{L} > Compensation and resettlement", "€ million", "7.5 19.9 18.6 12.2 5.9", None),
       (f"{G} > Africa", "€ million", "22.9 46.7 53.3 44.2 37.1", None),
       (f"{G} > Americas", "€ million", "4.9 3.8 3.9 5.0 5.7", None),
       (f"{G} > Asia", "€ million", "34.3 21.9 28.1 28.2 28.0", None),
       (f"{G} > Italy", "€ million", "7.0 20.6 8.2 16.9 32.6", None),
       (f"{G} > Rest of Europe", "€ million", "1.4 1.5 1.5 1.8 1.8", None),
       (f"{G} > Oceania", "€ million", "0.2 0.3 0.3 0.02 0.002", None)]
PAGES = [(17, P17, Y5), (17, P17_SECTOR, Y5[1:]), (21, P21, Y5), (24, P24, Y5), (24, P24_2021, [2021]),
         (28, P28, Y5), (31, P31, Y5), (35, P35, Y5), (41, P41, Y5)]
