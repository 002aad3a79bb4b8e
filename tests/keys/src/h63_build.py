# Run from tests/keys/ to regenerate the keys as first written (held out).
"""Held-out keys by helper h63 (2026-12-07, 10:40-11:05 UTC), one page per layout family of issue 20 that the
reader handles badly (multi-donut charts with sub-chart headings, highlight panels, targets/results matrices),
each written from the page image (pypdfium2 render at 1.1-1.3x) and pdfplumber's words, committed BEFORE esglens
was run on (or any esglens output seen for) these pages. Pages chosen because no key in tests/keys/ and no row
of bench/wholedoc_judged_seed*.json covers them (Swisscom p4 had one fact drawn in seed 4141: its row not read).
Conventions as h51_build.py: label = path as printed (chart or panel heading first), unit as printed, year as
printed over the figure or in the chart's title, else the report's year; targets are not keyed (not actuals).
Looked at and not keyed: Toshiba p62's two donuts ('Breakdown of emissions ... (FY2020)'): the call-outs are not
in the text layer (outlines), only the title is."""
import json


def fact(label, raw, unit, year, page, metric=None, figure=False):
    value = float(raw.replace(",", "").rstrip("%"))
    out = {"metric": metric, "label": label, "value": value, "raw": raw, "unit": unit, "year": year,
           "page": page, "source": "table"}
    if figure:
        out["figure"] = True
    return out


def write(name, seed, company, report_year, note, facts):
    json.dump({"seed": seed, "company": company, "report_year": report_year, "held_out": True,
               "note": note, "facts": facts}, open(name, "w"), indent=1, ensure_ascii=False)
    print(name, len(facts))


NOTE = "h63 2026-12-07 10:5x UTC, from page image + pdfplumber words, before any esglens run on this page; held out"

# ---- 1. donuts: Bayer Sustainability Report 2021, PDF page 77: 'Employee Structure of the Bayer Group 2021 (2020)',
# four donuts side by side, each under its own small heading (Upper management | Lower management | Specialists |
# Group); each prints 'Men' and 'Women' shares as '62.8% (63.9%)' (2021, bracketed 2020) and a centre 'Total'
# '11,966' over '(11,607)'. The '2021'/'2020' ring labels are not in the text layer.
T = "Employee Structure of the Bayer Group"
bay = []
for sub, men, women, total in [("Upper management", ("62.8%", "63.9%"), ("37.2%", "36.1%"), ("11,966", "11,607")),
                               ("Lower management", ("56.2%", "57.0%"), ("43.8%", "43.0%"), ("29,770", "28,790")),
                               ("Specialists", ("59.5%", "59.2%"), ("40.5%", "40.8%"), ("57,901", "59,141")),
                               ("Group", ("58.9%", "59.1%"), ("41.1%", "40.9%"), ("99,637", "99,538"))]:
    for part, pair, unit in [("Men", men, "%"), ("Women", women, "%"), ("Total", total, None)]:
        bay += [fact(f"{T} > {sub} > {part}", pair[0], unit, 2021, 77, figure=True),
                fact(f"{T} > {sub} > {part}", pair[1], unit, 2020, 77, figure=True)]
write("bayer-2021-h63-donuts-p77.json", "bayer_sustainability_report_2021.pdf", "Bayer", 2021, NOTE, bay)

# ---- 2. highlight panels: Siemens Ltd India BRSR FY2022, PDF page 2 'Key figures': four big figures (26 pt) each
# over a 9 pt caption: '9,672 | Employees', '₹150 billion | Revenue' (₹ printed as a backtick glyph), '18,346 |
# Gigajoules of renewable energy', '83.5% | Suppliers underwent ESG assessment'. No year printed: the report's year
# (FY2021-22 = 2022, as the other Siemens keys).
K = "Key figures"
sie = [fact(f"{K} > Employees", "9,672", None, 2022, 2),
       fact(f"{K} > Revenue", "150", "₹ billion", 2022, 2),
       fact(f"{K} > Gigajoules of renewable energy", "18,346", "Gigajoules", 2022, 2),
       fact(f"{K} > Suppliers underwent ESG assessment", "83.5%", "%", 2022, 2)]
write("siemens-2022-h63-panels-p2.json", "siemens_ltd_india_brsr_fy2022.pdf", "Siemens Limited", 2022, NOTE, sie)

# Swisscom Sustainability Report 2021, PDF page 4: photo tiles, '175,000' (50 pt) over 'Green Points collected'
# (30 pt), '26,000' (30 pt) over 'smartphones and accessories' (20 pt). Not keyed: '20 years of' (a duration in a
# headline), 'Over 4.7 million meals for children in need' (a lower bound inside a headline), the 10 pt prose.
sw = [fact("Green Points collected", "175,000", None, 2021, 4),
      fact("smartphones and accessories", "26,000", None, 2021, 4)]
write("swisscom-2021-h63-panels-p4.json", "swisscom_sustainability_report_2021.pdf", "Swisscom", 2021, NOTE, sw)

# ---- 3. targets/results matrix: Bayer p15 'Group targets at a glance': four boxes 'Target: <target text>' |
# 'Key figure: // <KPI>' | 'Reference year 2019: | Status 2020: | Status 2021:' over their values ('42 million').
# Keyed: the reference-year and status values (actuals of the KPI). Not keyed: the numbers inside the target
# sentences ('100 million', 'by 42 percent', 'by 12.3 percent', '100 percent electricity') -- targets.
def box(kpi, vals, unit="million"):
    return [fact(kpi, v, unit, y, 15) for y, v in vals]


F = "Number of smallholder farmers in LMICs supported by products, services and partnerships"
W = "Number of women reached in LMICs who have their need for modern contraception fulfilled due to interventions " \
    "supported by Bayer"
P = "Number of people in economically or medically underserved communities whose self-care is supported by " \
    "interventions from Bayer"
C = "Climate neutrality at own sites and achievement of Science Based Targets"
mat = (box(F, [(2019, "42"), (2020, "45"), (2021, "49")]) + box(W, [(2019, "38"), (2020, "40"), (2021, "41")])
       + box(P, [(2019, "41"), (2020, "43"), (2021, "46")])
       + box(f"{C} > Scope 1 and 2", [(2019, "3.76"), (2021, "3.17")], "million metric tons CO2e")
       + box(f"{C} > Scope 3", [(2019, "8.82"), (2021, "8.16")], "million metric tons CO2e"))
write("bayer-2021-h63-targets-p15.json", "bayer_sustainability_report_2021.pdf", "Bayer", 2021, NOTE, mat)
