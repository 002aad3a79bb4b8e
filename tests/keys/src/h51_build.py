# Run from tests/keys/ to regenerate the keys as first written (held out).
"""Held-out keys by helper h51 (2026-12-07, 09:10-09:30 UTC), each written from the page image (pypdfium2 render
at 1.2-1.6x) and pdfplumber's words, committed BEFORE esglens was run on (or any esglens output seen for) these
pages. Pages chosen because no key in tests/keys/ and no row of bench/wholedoc_judged_seed*.json covers them.
Conventions as h45_build.py (../shared/eval/SCHEMA.md): label = row path as printed, section row first; footnote
marks dropped; units as printed without enclosing brackets (header, unit column -- carried down to the rows under
it as in the existing Eni keys -- or the question text of a BRSR table); dashes are value null; metric ids only
where the cell clearly is a catalog metric. Rio Tinto, Toshiba, Vedanta and Daikin were looked at: their unkeyed
pages with numbers are narrative, charts or assurance text (Rio p12-p43, Vedanta p28) or a targets/achievements
matrix (Daikin p8), so they were not keyed in the time available."""
import json


def fact(label, raw, unit, year, page, metric=None):
    value = None if raw in ("-", "–") else float(raw.replace(",", "").rstrip("%"))
    return {"metric": metric, "label": label, "value": value, "raw": raw, "unit": unit, "year": year,
            "page": page, "source": "table"}


def rows(spec, years, page):
    """spec: (label, unit, 'tok tok ...', metric or [metric per column]) with one token per year, printed order."""
    out = []
    for label, unit, toks, metric in spec:
        toks = toks.split()
        assert len(toks) == len(years), (label, toks)
        ms = metric if isinstance(metric, list) else [metric] * len(toks)
        out += [fact(label, t, u, y, page, m) for t, y, m, u in
                zip(toks, years, ms, unit if isinstance(unit, list) else [unit] * len(toks))]
    return out


def write(name, seed, company, report_year, note, facts):
    json.dump({"seed": seed, "company": company, "report_year": report_year, "held_out": True,
               "note": note, "facts": facts}, open(name, "w"), indent=1, ensure_ascii=False)
    print(name, len(facts))


# ---- Siemens Ltd India BRSR FY2022, PDF page 34 (printed 34), Principle 6 leadership indicators: energy break-up
# (unit in the question: 'in gigajoules (GJ)') and water discharged (unit in the section row and the total row:
# 'in kilolitres'). The '- No treatment' / '- With treatment' sub-rows carry no numbers and are not keyed.
Y = [2022, 2021]
R, N = "From renewable sources", "From non-renewable sources"
sie = rows([(f"{R} > Total electricity consumption (A)", "GJ", "18,346 13,282", None),
            (f"{R} > Total fuel consumption (B)", "GJ", "0 0", None),
            (f"{R} > Energy consumption through other sources (C)", "GJ", "- -", None),
            (f"{R} > Total energy consumed from renewable sources (A+B+C)", "GJ", "18,346 13,282", "energy.renewable"),
            (f"{N} > Total electricity consumption (D)", "GJ", "141,227 129,996", None),
            (f"{N} > Total fuel consumption (E)", "GJ", "6,348 6,129", None),
            (f"{N} > Energy consumption through other sources (F)", "GJ", "0 0", None),
            (f"{N} > Total energy consumed from non-renewable sources (D+E+F)", "GJ", "147,575 136,125",
             "energy.non_renewable")], Y, 34)
W = "Water discharge by destination and level of treatment (in kilolitres)"
sie += rows([(f"{W} > (i) To Surface water", "kilolitres", "0 0", None),
             (f"{W} > (ii) To Groundwater", "kilolitres", "0 0", None),
             (f"{W} > (iii) To Seawater", "kilolitres", "0 0", None),
             (f"{W} > (iv) Sent to third-parties", "kilolitres", "0 0", None),
             (f"{W} > (v) Others", "kilolitres", "0 0", None),
             ("Total water discharged (in kilolitres)", "kilolitres", "0 0", "water.discharge")], Y, 34)
write("siemens-2022-brsr-energy-water-p34.json", "siemens_ltd_india_brsr_fy2022.pdf", "Siemens Limited", 2022,
      "h51 2026-12-07 09:2x UTC, from page image + pdfplumber words, before any esglens run on p34; held out", sie)

# ---- Eni for 2021 Sustainability Performance, PDF page 40 (printed 38): 'Whistleblowing management', years
# 2017-2021, unit column '(number)' on the first group row (carried down). The 'SDGs - target' codes are not values.
Y5 = [2017, 2018, 2019, 2020, 2021]
O = "Whistleblowing files opened during the year categorized according to the process that is the subject of the report"
C = ("Whistleblowing files that have been closed during the year divided according to the outcome of the "
     "investigations")
eni = rows([(O, "number", "73 81 68 74 73", None),
            (f"{O} > Procurement", "number", "12 14 20 20 20", None),
            (f"{O} > Human resources", "number", "23 23 22 16 27", None),
            (f"{O} > Maintenance", "number", "5 8 2 1 1", None),
            (f"{O} > Commercial", "number", "10 6 3 12 6", None),
            (f"{O} > Logistics, raw materials and products", "number", "4 6 3 3 3", None),
            (f"{O} > HSE", "number", "3 5 4 10 7", None),
            (f"{O} > Others (security, operations, portfolio management and trading)", "number", "16 19 14 12 9",
             None),
            (C, "number", "83 79 74 73 74", None),
            (f"{C} > Founded", "number", "10 15 18 22 10", None),
            (f"{C} > Partially Founded", "number", "- - - - 13", None),
            (f"{C} > Unfounded, with the adoption of improvement measures", "number", "35 30 26 32 18", None),
            (f"{C} > Unfounded/Not ascertainable/Not applicable", "number", "38 34 30 19 33", None)], Y5, 40)
write("eni-2021-whistleblowing-p40.json", "eni_for_2021_sustainability_performance.pdf", "Eni", 2021,
      "h51 2026-12-07 09:2x UTC, from page image + pdfplumber words, before any esglens run on p40; held out", eni)

# ---- Swisscom Sustainability Report 2021, PDF page 48: waste table, header 'In tonnes | 2019 | 2020 | 2021 |
# 2021 in %' (the last column is a share of the 2021 total, unit %). pdfplumber splits some tokens ('76 .5%',
# '2 020', 'I n tonnes'): the key holds the printed value.
Y4 = [2019, 2020, 2021, 2021]
U4 = ["tonnes", "tonnes", "tonnes", "%"]
G = "Waste categories"
sw = rows([(f"{G} > Recycling", U4, "3,008 2,059 3,185 76.5%",
            ["waste.recycled", "waste.recycled", "waste.recycled", "waste.recycling_rate"]),
           (f"{G} > Domestic waste disposal in incineration plants", U4, "623 225 534 12.8%", None),
           (f"{G} > Operational waste disposal in incineration plants", U4, "1,168 2,149 393 9.4%", None),
           (f"{G} > Hazardous waste (specific treatments)", U4, "23 28 50 1.2%",
            ["waste.hazardous", "waste.hazardous", "waste.hazardous", None]),
           (f"{G} > Total waste", U4, "4,822 4,461 4,163 100.0%",
            ["waste.total", "waste.total", "waste.total", None])], Y4, 48)
write("swisscom-2021-waste-p48.json", "swisscom_sustainability_report_2021.pdf", "Swisscom", 2021,
      "h51 2026-12-07 09:2x UTC, from page image + pdfplumber words, before any esglens run on p48; held out", sw)
