#!/usr/bin/env python3
"""Build the held-out Toshiba Integrated Report 2021 keys (h21), written from page images and pdftotext
BEFORE esglens was run on the report. Pages are 1-based PDF pages (printed folio + 1).
Years: Toshiba's fiscal year FYn runs April n to March n+1; a fact is dated n as printed ("FY2020" -> 2020).
Outputs tests/keys/toshiba-2021-{highlights,env-targets,sasb}.json (table facts) and
tests/keys/src/toshiba-2021-narrative.json (narrative facts; kept out of tests/keys/*.json because the
PDF-key scripts score table facts only)."""
from __future__ import annotations
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = HERE.parent
SEED = "toshiba_integrated_report_2021.pdf"
NOTE = ("Held-out key (h21): keyed by hand from the page image and pdftotext BEFORE esglens was run on this "
        "report. FYn = April n - March n+1, dated n. ")


def fact(page, label, raw, unit, year, metric=None, source="table", value=None):
    v = value if value is not None else float(raw.replace(",", "").rstrip("%"))
    return {"metric": metric, "label": label, "value": v, "raw": raw, "unit": unit, "year": year,
            "page": page, "source": source}


def series(page, label, raws, unit, metric=None, years=(2018, 2019, 2020)):
    return [fact(page, label, r, unit, y, metric) for r, y in zip(raws, years)]


def write(name, facts, note):
    key = {"seed": SEED, "company": "Toshiba Corporation", "report_year": 2020, "held_out": True, "note": NOTE + note,
           "facts": facts}
    (KEYS / name).write_text(json.dumps(key, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(name, len(facts))


# --- p31 "Non-Financial Highlights (Consolidated)": six bar/line charts with printed data labels, FY2018-FY2020
P = 31
F = "Number / Percentage of female managers"
W = "Number of reports received by whistleblower system"
L = "Lost-time injury frequency rate at Toshiba Group in Japan"
E = "Energy-derived CO2 emissions and per unit activity"
V = "Volume of water received and per unit production"
hl = (series(P, f"{F} > Number of female managers", ["330", "339", "318"], "Persons", "extra.female_managers")
      + series(P, f"{F} > Percentage of female managers", ["4.7", "4.9", "5.1"], "%", "extra.female_managers_pct")
      + series(P, f"{W} > Toshiba Hotline", ["209", "110", "129"], "Cases", "extra.whistleblower_reports")
      + series(P, f"{W} > Toshiba Hotline > Number of reports to the internal secretariat", ["206", "109", "120"], "Cases")
      + series(P, f"{W} > Toshiba Hotline > Number of reports to an attorney's office", ["3", "1", "9"], "Cases")
      + series(P, f"{W} > Audit Committee Hotline", ["29", "42", "31"], "Cases")
      + series(P, f"{L} > National average for electrical appliance industry", ["0.58", "0.54", "0.52"], None,
               "extra.ltifr_industry_average")
      + series(P, f"{L} > LTIFR at Toshiba Group in Japan", ["0.22", "0.14", "0.19"], None, "safety.ltifr")
      + series(P, "Total GHG emissions", ["1.24", "1.14", "1.05"], "Million t-CO2", "ghg.total")
      + series(P, f"{E} > Emissions", ["1.06", "0.98", "0.90"], "Million t-CO2", "extra.energy_co2_emissions")
      + series(P, f"{E} > Per unit activity", ["95", "93", "92"], "%", "extra.energy_co2_per_unit_index")
      + series(P, f"{V} > Volume of water received", ["20.4", "18.4", "17.8"], "Million m³", "water.withdrawal")
      + series(P, f"{V} > Per unit production", ["95", "87", "93"], "%", "extra.water_per_unit_index"))
write("toshiba-2021-highlights.json", hl,
      "Page 31 is six charts whose data labels are printed on the page (bars and lines), not a ruled table; "
      "every printed data label is keyed as a 'table' fact. LTIFR has no printed unit (per 1 million man-hours "
      "in the footnote).")

# --- p63 "Toshiba Group's Seventh Environmental Action Plan": target table FY2021-FY2023 (targets, not actuals)
P, Y = 63, (2021, 2022, 2023)
C = "Response to climate change > "
R = "Response to the circular economy > "
K = "Consideration of ecosystems > "


def row(label, raws, unit, metric=None):
    return [fact(P, label, r, unit, y, metric) for r, y in zip(raws, Y)]


tg = (row(C + "Business activities > Reduction of total GHG emissions", ["1.10", "1.08", "1.04"], "million t-CO2",
          "extra.target_ghg_total")
      + row(C + "Business activities > Improvement of total energy-derived CO2 emissions per unit",
            ["1%", "1%", "1%"], "%", "extra.target_energy_co2_per_unit_improvement")
      + row(C + "Products & services > Products and services associated with power supply > "
            "Reduction of GHG emissions during power supply", ["9.1%", "11.4%", "13.6%"], "%",
            "extra.target_power_supply_ghg_reduction")
      + row(C + "Products & services > Products and services associated with power supply > Contribution to GHG "
            "reduction through introduction of renewable energy (cumulative total)", ["13", "28", "43"],
            "million t-CO2", "extra.target_renewables_ghg_contribution")
      + row(C + "Products & services > Products and services associated with power consumption > Contribution to GHG "
            "reduction during product use (cumulative total)", ["26", "54", "84"], "million t-CO2",
            "extra.target_product_use_ghg_contribution")
      + row(R + "Business activities > Reduction of waste volume", ["31,000", "33,000", "33,000"], "t",
            "extra.target_waste_volume")
      + row(R + "Business activities > Improvement of the volume of waste generated per unit", ["1%", "1%", "1%"], "%",
            "extra.target_waste_per_unit_improvement")
      + row(R + "Products & services > Increased amount of plastic resources recycled (cumulative total)",
            ["700", "1,400", "2,200"], "t", "extra.target_plastic_recycled")
      + row(R + "Products & services > Increased amount of resources saved (cumulative total)",
            ["150,000", "300,000", "450,000"], "t", "extra.target_resources_saved")
      + row(K + "Chemical substance management > Business activities > Reduction of the amount of chemicals "
            "discharged per unit", ["1%", "1%", "1%"], "%", "extra.target_chemicals_per_unit_improvement")
      + row(K + "Water resource management > Business activities > Improvement of the amount of water received per "
            "unit", ["1%", "1%", "1%"], "%", "extra.target_water_per_unit_improvement"))
write("toshiba-2021-env-targets.json", tg,
      "Page 63 is a target table (columns FY2021/FY2022/FY2023 target); every numeric target cell is keyed with "
      "the target year. 'compared to FY2020' etc. inside a cell is a base year, not a value, and must not become "
      "a fact; footnote markers (*1..*9) removed. Targets have no canonical id (extra.target_*).")

# --- p77: values column of the SASB Reference Table whose topics/metrics are printed on p76 (spread).
P, Y = 77, 2020
S = [fact(P, "Energy Management > Total energy consumed", "18,919,459", "GJ", Y, "energy.total"),
     fact(P, "Energy Management > Percentage grid electricity", "87%", "%", Y, "extra.grid_electricity_pct"),
     fact(P, "Energy Management > Percentage renewable", "0.08%", "%", Y, "extra.renewable_energy_pct"),
     fact(P, "Hazardous Waste Management > Total amount of hazardous waste", "2,806", "t", Y, "waste.hazardous"),
     fact(P, "Hazardous Waste Management > Percentage recycled", "78%", "%", Y, "extra.hazardous_waste_recycled_pct"),
     fact(P, "Hazardous Waste Management > Percentage incinerated", "13%", "%", Y,
          "extra.hazardous_waste_incinerated_pct"),
     fact(P, "Hazardous Waste Management > Number of substances", "25", None, Y, "extra.reportable_substances"),
     fact(P, "Hazardous Waste Management > Amount of chemical substances released", "475,966", "kg", Y,
          "extra.chemical_substances_released"),
     fact(P, "Product Safety > Number of recalls started from FY 2020", "1", "voluntary recall", Y, "product.recalls"),
     fact(P, "Product Safety > Number of units recalled", "1,301", None, Y, "extra.units_recalled"),
     fact(P, "Business Ethics > Monetary losses from legal proceedings associated with bribery or corruption",
          "0", "yen", Y, "extra.legal_losses_bribery", value=0.0),
     fact(P, "Business Ethics > Monetary losses from legal proceedings associated with anti-competitive behavior",
          "0", "yen", Y, "extra.legal_losses_anticompetitive", value=0.0),
     fact(P, "Activity Metric > Number of employees", "117,300", None, Y, "workforce.total")]
write("toshiba-2021-sasb.json", S,
      "Page 77 is the right half of the SASB Reference Table spread (p76 holds topic, metric, unit and code; p77 the "
      "disclosure): each numeric disclosure is keyed, label = topic > metric as on p76 or as printed in the cell. "
      "No year is printed: FY2020 (report year); employees are 'As of March 31, 2021' = end of FY2020, dated 2020. "
      "'*1'..'*6' footnote markers are not values.")

# --- narrative facts (sentences), pages 48, 50, 59, 60, 61
N = "narrative"
nar = [fact(48, "Target percentage of female exempt employees by the end of FY2020", "7%", "%", 2020, None, N),
       fact(48, "Percentage of female exempt employees (result, end of FY2020)", "5.1%", "%", 2020,
            "extra.female_managers_pct", N),
       fact(48, "Target percentage of female exempt employees by the end of FY2025", "8%", "%", 2025, None, N),
       fact(48, "Target childcare leave utilization rate among male employees by the end of FY2025", "15%", "%", 2025,
            None, N),
       fact(50, "Non-manufacturing companies in Japan certified to ISO 45001", "44", None, 2020, None, N),
       fact(50, "Share of personnel of Group companies in Japan covered by ISO 45001", "75.1%", "%", 2020, None, N),
       fact(50, "Overseas companies certified to ISO 45001", "38", None, 2020, None, N),
       fact(50, "Share of personnel of overseas Group companies covered by ISO 45001", "79.8%", "%", 2020, None, N),
       fact(50, "Number of occupational accidents in Japan", "95", None, 2020, "safety.injuries", N),
       fact(50, "Occupational accidents resulting in lost workdays", "31", None, 2020, None, N),
       fact(50, "Occupational accidents without lost workdays", "64", None, 2020, None, N),
       fact(50, "Number of occupational accidents overseas", "35", None, 2020, None, N),
       fact(50, "Decrease in occupational accidents overseas from previous fiscal year", "17", None, 2020, None, N),
       fact(50, "Fatal accidents involving Toshiba Group employees over the past three years", "two", None, 2020,
            "safety.fatalities", N, value=2.0),
       fact(59, "Total GHG emissions", "1.05", "million t-CO2", 2020, "ghg.total", N),
       fact(59, "Target of total GHG emissions", "1.66", "million t-CO2", 2020, None, N),
       fact(59, "Energy-derived CO2 emissions per unit activity compared to FY2013", "92%", "%", 2020, None, N),
       fact(59, "Renewable energy share of total energy consumption", "0.08%", "%", 2020, None, N),
       fact(60, "Volume of waste (excluding objects with value)", "26,000", "tons", 2020, "waste.total", N),
       fact(60, "Total volume of waste generated per unit production compared to FY2013", "74%", "%", 2020, None, N),
       fact(60, "Total volume of hazardous waste", "2,800", "tons", 2020, "waste.hazardous", N),
       fact(60, "Recycling rate of hazardous waste", "78%", "%", 2020, None, N),
       fact(61, "Total volume of water received", "17.8", "million m³", 2020, "water.withdrawal", N),
       fact(61, "Volume of water received per unit production compared to FY2013", "93%", "%", 2020, None, N),
       fact(61, "Chemical substance emissions per unit production compared to FY2013", "84%", "%", 2020, None, N)]
(HERE / "toshiba-2021-narrative.json").write_text(json.dumps(
    {"seed": SEED, "company": "Toshiba Corporation", "report_year": 2020,
     "note": NOTE + "Narrative sample: every quantity in the sentences of the listed passages (not base years, "
             "not footnote or page numbers).", "facts": nar}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print("narrative", len(nar))
