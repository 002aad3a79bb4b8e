# Run from tests/keys/ to regenerate the key as it was first written (held out); the committed key may
# since have been made a regression test (held_out false, see its note).
"""Held-out key (coordinator, written 2026-12-07 before any esglens run on this page):
Eni for 2021 Sustainability Performance, PDF page 30 (printed 28), SAFETY table, years 2017-2021.
The 'SDGs - target' column (8.8) is an SDG target code, not a value: not keyed."""
import json
years = (2017, 2018, 2019, 2020, 2021)
U1 = "(total recordable injuries/ worked hours) x 1.000.000"
U2 = "(high-consequence work-related injuries/ worked hours) x 1.000.000"
U3 = "(injuries with days of absence/ worked hours) x 1.000.000"
U4 = "(days of absence/ worked hours) x 1.000"
U5 = "(fatal injuries/ worked hours) x 100.000.000"
rows = [
 ("TRIR (Total Recordable Injury Rate)", U1, "0.33 0.35 0.34 0.36 0.34", "safety.trir"),
 ("TRIR (Total Recordable Injury Rate) > Employees", U1, "0.30 0.37 0.21 0.37 0.40", None),
 ("TRIR (Total Recordable Injury Rate) > Contractors", U1, "0.34 0.34 0.39 0.35 0.32", None),
 ("TRIR (Total Recordable Injury Rate) > Italy", U1, "0.64 0.62 0.53 0.43 0.55", None),
 ("TRIR (Total Recordable Injury Rate) > Abroad", U1, "0.26 0.29 0.29 0.33 0.28", None),
 ("High-consequence work-related injuries rate (excluding fatalities)", U2, "0.00 0.01 0.01 0.00 0.00", None),
 ("High-consequence work-related injuries rate (excluding fatalities) > Employees", U2, "0.01 0.00 0.00 0.00 0.00", None),
 ("High-consequence work-related injuries rate (excluding fatalities) > Contractors", U2, "0.00 0.01 0.01 0.00 0.00", None),
 ("Lost Time Injury frequency rate (LTIF)", U3, "0.21 0.23 0.19 0.21 0.23", "safety.ltifr"),
 ("Lost Time Injury frequency rate (LTIF) > Employees", U3, "0.27 0.28 0.17 0.26 0.37", None),
 ("Lost Time Injury frequency rate (LTIF) > Contractors", U3, "0.19 0.21 0.20 0.18 0.17", None),
 ("Lost Time Injury frequency rate (LTIF) > Italy", U3, "0.60 0.60 0.52 0.42 0.55", None),
 ("Lost Time Injury frequency rate (LTIF) > Abroad", U3, "0.12 0.14 0.11 0.14 0.13", None),
 ("Injuries severity index", U4, "0.011 0.010 0.011 0.008 0.011", None),
 ("Injuries severity index > Employees", U4, "0.019 0.016 0.011 0.008 0.012", None),
 ("Injuries severity index > Contractors", U4, "0.008 0.007 0.012 0.008 0.011", None),
 ("Fatality index", U5, "0.33 1.21 0.90 0.39 0.00", None),
 ("Fatality index > Employees", U5, "0.00 0.00 1.09 0.00 0.00", None),
 ("Fatality index > Contractors", U5, "0.47 1.67 0.83 0.58 0.00", None),
 ("Number of fatalities as a result of work-related injury", "(number)", "1 4 3 1 0", "safety.fatalities"),
 ("Number of fatalities as a result of work-related injury > Employees", "(number)", "0 0 1 0 0", None),
 ("Number of fatalities as a result of work-related injury > Contractors", "(number)", "1 4 2 1 0", "safety.contractor_fatalities"),
 ("Near miss", None, "1,550 1,431 1,159 841 780", None),
 ("Worked hours", "(millions of hours)", "306.3 330.6 334.2 255.1 256.5", None),
 ("Worked hours > Employees", "(millions of hours)", "93.1 91.6 92.1 81.8 82.9", None),
 ("Worked hours > Contractors", "(millions of hours)", "213.3 239.0 242.1 173.3 173.6", None),
 ("Training hours on safety", "(hours)", "323,765 289,661 331,375 234,072 282,438", "safety.training_hours"),
 ("Training hours on safety > of which: to senior managers", "(hours)", "9,567 4,945 4,399 3,399 3,515", None),
 ("Training hours on safety > of which: to middle managers", "(hours)", "67,293 57,061 55,266 46,540 50,672", None),
 ("Training hours on safety > of which: to white collar", "(hours)", "174,016 157,724 171,832 127,126 136,164", None),
 ("Training hours on safety > of which: to blue collar", "(hours)", "72,889 69,931 99,878 57,007 92,087", None),
 ("Process safety events > Tier 1", "(number)", "23 27 12 14 16", None),
 ("Process safety events > Tier 2", "(number)", "67 48 53 33 24", None),
]
facts = []
for label, unit, cells, metric in rows:
    toks = cells.split(); assert len(toks) == 5, label
    for y, raw in zip(years, toks):
        facts.append({"metric": metric, "label": label, "value": float(raw.replace(",", "")), "raw": raw,
                      "unit": unit, "year": y, "page": 30, "source": "table"})
json.dump({"seed": "eni_for_2021_sustainability_performance.pdf", "company": "Eni", "report_year": 2021,
           "held_out": True, "note": "written blind by the coordinator (stop 24); SAFETY table of PDF p30",
           "facts": facts}, open("eni-2021-safety-p30.json", "w"), indent=1, ensure_ascii=False)
print(len(facts))
