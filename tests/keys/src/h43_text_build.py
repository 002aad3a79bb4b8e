# Run from tests/keys/ to regenerate (held out).
"""Held-out keys by helper h43 (2026-12-07) for flattened blocks of the unkeyed converted texts that no other
key covers, written from the text BEFORE esglens was run on these lines.

Sinopec 2021, Key Performance, social page (labels 1692-1713, year header lines 1691 / 1719, values 1713-1727):
two tables whose labels stand in one run (10 workplace health and safety rows, then 13 supply chain rows) and
whose values follow table by table, each table year by year: H&S 2019 (1713-1715), 2020 (1715-1717), 2021
(1721-1724), then supply chain 2019 (1725-1726), 2020 (1726), 2021 (1726-1727). Checks: supply 2020 total
25,072 = 23,294 + 1,778; ISO 9000 share = number / total (10,327 / 21,446 = 48.2 %, 11,952 / 25,072 = 47.7 %,
9,312 / 18,646 = 49.9 %). Year order = text order under the printed header "2019 2020 2021" (the text gives no
arithmetic check across years here). Dashes ("-", not disclosed) are not keyed.
Sinopec line 837: a chart flattened into one line, values out of order ("276.78 39 41 41 43 296.73 303.69 2018
2019 2020 2021 338.8"), labels on 838-839; natural gas production rises 276.78 < 296.73 < 303.69 < 338.8
(2021 = 338.8: line 101, 1,199.44 bcf = 339.6 x 100 million m3), the share 39, 41, 41, 43 in text order.
Alibaba line 442: a panel's values "0.927M 4.445M 7.877M" with the labels "Scope 1 Scope 2 Scope 3" on the next
line and the unit in the heading at line 436 ("(in MtCO2e)"); value as printed (0.927 = 0.927 million)."""
import json


def rows(labels, groups):
    out = []
    for year, cells in groups:
        assert len(cells) == len(labels), (year, len(cells), len(labels))
        for (label, unit, metric), cell in zip(labels, cells):
            if cell is None:
                continue
            line, raw = cell
            out.append({"metric": metric, "label": label, "value": float(raw.replace(",", "").rstrip("%M")),
                        "raw": raw, "unit": unit, "year": year, "line": line, "source": "table"})
    return out


def cells(spec):
    """'1713:99.9 99.9 10 3|1714:3 0.1062 0.00072 -' -> [(1713, '99.9'), ..., None for '-']"""
    out = []
    for part in spec.split("|"):
        line, toks = part.split(":")
        out += [None if t == "-" else (int(line), t) for t in toks.split()]
    return out


HS = [("Employee occupational health examination coverage", "%", None),
      ("Health examination and health record coverage", "%", None),
      ("Number of newly diagnosed cases of occupational diseases", None, None),
      ("Number of accidents reported", None, None),
      ("Number of deaths due to production safety accidents", None, "safety.fatalities"),
      ("Total recorded accident (Incident) rate", "per 200,000 working-hours", None),
      ("Fatal accident rate", "per 200,000 working-hours", None),
      ("Number of working days lost due to work injuries", None, "safety.lost_days"),
      ("Number of production safety emergency drills", "10,000", None),
      ("Number of participants in production safety emergency drills", "10,000 person-times", None)]
SUP = [("Number of suppliers passed qualification assessment", None, "supply.suppliers_total"),
       ("Number of suppliers from mainland China", None, "supply.suppliers_domestic"),
       ("Number of oversea suppliers", None, "supply.suppliers_overseas"),
       ("Percentage of suppliers qualified by QHSE management system", "%", None),
       ("Number of suppliers qualified by the quality management system (ISO 9000)", None, None),
       ("Percentage of suppliers qualified by the quality management system (ISO 9000)", "%", None),
       ("Number of suppliers qualified by the environmental management system (ISO 14000)", None, None),
       ("Percentage of suppliers qualified by the environmental management system (ISO 14000)", "%", None),
       ("Number of suppliers qualified by the occupational health and safety management system (ISO 18000)", None, None),
       ("Percentage of suppliers qualified by the occupational health and safety management system (ISO 18000)", "%", None),
       ("Percentage of procurement from the top 5 suppliers", None, None),
       ("Percentage of procurement through tender", "%", None),
       ("Percentage of procurement by open tender", "%", None)]
hs = cells("1713:99.9 99.9 10 3|1714:3 0.1062 0.00072 -|1715:58 329 99.9 99.9 10 2|1716:2 0.1147 0.00071 -|1717:58 331"
           "|1721:99 99 15 1|1722:1 -|1723:- -|1724:59 343")
sup = cells("1725:21,446 -|1726:- 31.3 10,327 48.2 7,412 34.6 7,044 32.8 5.7 85.2 97.1 25,072 23,294 1,778 30.6 11,952 "
            "47.7 8,511 34.0 7,999 31.9 5.1 86.0 96.7 18,646 -|1727:- 31.1 9,312 49.9 6,463 34.7 6,108 32.8 5.3 84.2 96.1")
assert len(hs) == 30 and len(sup) == 39
s = rows(HS, [(2019, hs[0:10]), (2020, hs[10:20]), (2021, hs[20:30])])
s += rows(SUP, [(2019, sup[0:13]), (2020, sup[13:26]), (2021, sup[26:39])])
gas = [("Natural gas production", "100 million cubic metres", None),
       ("Proportion of natural gas in oil and gas equivalent", "%", None)]
s += rows(gas, [(2018, [(837, "276.78"), (837, "39")]), (2019, [(837, "296.73"), (837, "41")]),
                (2020, [(837, "303.69"), (837, "41")]), (2021, [(837, "338.8"), (837, "43")])])
json.dump({"seed": "sinopec-2021-sustainability-report.txt", "company": "Sinopec Corp.", "report_year": 2021,
           "held_out": True, "note": "h43: flattened blocks no other key covers (H&S and supply chain key performance "
           "values 1713-1727 under labels 1692-1713; natural gas chart line 837); written before esglens was run; "
           "year order = text order under the printed header; see tests/keys/src/h43_text_build.py",
           "facts": s}, open("text/sinopec-2021-h43-blocks.json", "w"), indent=1, ensure_ascii=False)
print("sinopec", len(s))

a = rows([("Scope 1", "M MtCO2e", "ghg.scope1"), ("Scope 2", "M MtCO2e", "ghg.scope2"), ("Scope 3", "M MtCO2e", "ghg.scope3")],
         [(2022, [(442, "0.927M"), (442, "4.445M"), (442, "7.877M")])])
json.dump({"seed": "alibaba-2022-esg-report.txt", "company": "Alibaba Group", "report_year": 2022, "held_out": True,
           "note": "h43: panel values line 442 with its labels on line 443 (unit in the heading, line 436); value as "
           "printed (millions); written before esglens was run", "facts": a},
          open("text/alibaba-2022-h43-panel.json", "w"), indent=1, ensure_ascii=False)
print("alibaba", len(a))
