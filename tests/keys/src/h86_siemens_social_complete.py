"""h86: complete tests/keys/siemens-2022-brsr-social-waste.json (h22 keyed a sample of the cells of pages 5, 6, 20
and 32) with every numeric cell printed in those pages' tables, transcribed from the page images (pypdfium2 renders
at 1.6x), not from esglens's output. h22's cells are kept as they are (their metric ids too); cells added here have
no metric id. Run from the repository root: python tests/keys/src/h86_siemens_social_complete.py"""
from __future__ import annotations

import json
from pathlib import Path

KEY = Path(__file__).resolve().parents[1] / "siemens-2022-brsr-social-waste.json"
Y = 2022


def _num(raw: str) -> float:
    return float(raw.replace(",", "").rstrip("%").strip())


def _unit(raw: str, unit: str) -> str:
    return "%" if raw.endswith("%") else unit


def cells() -> list[dict]:
    out = []

    def add(page, label, raw, year=Y, unit=""):
        out.append({"metric": None, "label": label, "value": _num(raw), "raw": raw, "unit": _unit(raw, unit),
                    "year": year, "page": page, "source": "table"})

    # p5 16: Number of locations
    for row, vals in (("National", ("19", "15", "34")), ("International", ("0", "4", "4"))):
        for col, raw in zip(("Number of plants", "Number of offices", "Total"), vals):
            add(5, f"Number of locations > {row} > {col}", raw)
    # p5 17a: Markets served: "28 States and 7 Union Territories", "5"
    add(5, "Markets served by the entity > Number of locations > National (No. of States) > States", "28")
    add(5, "Markets served by the entity > Number of locations > National (No. of States) > Union Territories", "7")
    add(5, "Markets served by the entity > Number of locations > International (No. of Countries)", "5")
    cols = ("Total (A)", "Male > No. (B)", "Male > % (B / A)", "Female > No. (C)", "Female > % (C / A)")
    tables = {
        "Employees and workers (including differently abled)": {
            "EMPLOYEES > Permanent (D)": ("6,799", "5,998", "88%", "801", "12%"),
            "EMPLOYEES > Other than Permanent (E)": ("1,598", "1,520", "95%", "78", "5%"),
            "EMPLOYEES > Total (D + E)": ("8,397", "7,518", "90%", "879", "10%"),
            "WORKERS > Permanent (F)": ("1,275", "1,259", "99%", "16", "1%"),
            "WORKERS > Other than Permanent (G)": ("0", "0", "0%", "0", "0%"),
            "WORKERS > Total (F + G)": ("1,275", "1,259", "99%", "16", "1%"),
        },
        "Differently abled employees and workers": {
            "EMPLOYEES > Permanent (D)": ("9", "9", "100%", "0", "0%"),
            "EMPLOYEES > Other than Permanent (E)": ("0", "0", "0%", "0", "0%"),
            "EMPLOYEES > Total (D + E)": ("9", "9", "100%", "0", "0%"),
            "WORKERS > Permanent (F)": ("4", "4", "100%", "0", "0%"),
            "WORKERS > Other than Permanent (G)": ("0", "0", "0%", "0", "0%"),
            "WORKERS > Total (F + G)": ("4", "4", "100%", "0", "0%"),
        },
    }
    for title, rows in tables.items():
        for row, vals in rows.items():
            for col, raw in zip(cols, vals):
                add(5, f"{title} > {row} > {col}", raw, unit="persons")
    # p6 19: women on the board and in KMP
    t = "Participation/Inclusion/Representation of women"
    for row, vals in (("Board of Directors", ("9", "1", "11%")), ("Key Management Personnel", ("3", "0", "0%"))):
        for col, raw in zip(("Total (A)", "No. of Females (B)", "% (B / A)"), vals):
            add(6, f"{t} > {row} > {col}", raw, unit="persons")
    # p6 20: turnover, FY 2022 / FY 2021 / FY 2020 x Male / Female / Total
    t = "Turnover rate for permanent employees and workers"
    for row, vals in (("Permanent Employees", ("9.8%", "14.5%", "10.4%", "6.3%", "9.6%", "6.7%", "5.3%", "8.5%", "5.6%")),
                      ("Permanent Workers", ("2.8%", "2.6%", "2.8%", "2.2%", "11.4%", "2.4%", "1.9%", "4.1%", "1.9%"))):
        for k, raw in enumerate(vals):
            add(6, f"{t} > {row} > {('Male', 'Female', 'Total')[k % 3]}", raw, year=(2022, 2021, 2020)[k // 3])
    # p6 21a: % of shares held by the listed entity (Siemens AG's cell: 47.70 % / 24% / 3.30% through three holders)
    t = "Names of holding / subsidiary / associate companies > {} > % of shares held by listed entity"
    for row, raw in (("Siemens AG > through Siemens International Holding B.V.", "47.70%"),
                     ("Siemens AG > through Siemens Gas and Power Holding B.V.", "24%"),
                     ("Siemens AG > through Siemens Metals Technologies", "3.30%"),
                     ("Siemens Rail Automation Private Limited", "100"), ("C&S Electric Limited", "99.22"),
                     ("Sunsole Renewables Private Limited", "26")):
        add(6, t.format(row), raw, unit="%")
    # p20 11: safety incidents, FY 2022 / FY 2021
    t = "Details of safety related incidents"
    for row, vals in (("Lost Time Injury Frequency Rate (LTIFR) (per one million-person hours worked)", ("0.05", "0", "0.22", "0")),
                      ("Total recordable work-related injuries", ("6", "8", "16", "14")),
                      ("No. of fatalities", ("1", "0", "0", "0")),
                      ("High consequence work-related injury or ill-health (excluding fatalities)", ("0", "0", "0", "0"))):
        for k, raw in enumerate(vals):
            add(20, f"{t} > {row} > {('Employees', 'Workers')[k // 2]}", raw, year=(2022, 2021)[k % 2])
    # p32 8: waste, FY 2022 / FY 2021 (metric tonnes)
    t = "Total Waste generated (in metric tonnes)"
    for row, vals in (("Plastic waste (A)", ("276", "222")), ("E-waste (B)", ("47", "41")),
                      ("Bio-medical waste (C)", ("0", "5")), ("Construction and demolition waste (D)", ("21.2", "13")),
                      ("Battery waste (E)", ("7.1", "0.2")), ("Radioactive waste (F)", ("0", "0")),
                      ("Other Hazardous waste. Please specify, if any. (G)", ("2554", "237")),
                      ("Other Non-hazardous waste generated (H). Please specify, if any.", ("2,957", "3,250")),
                      ("Total (A+B + C + D + E + F + G + H)", ("3,563", "3,768"))):
        for raw, y in zip(vals, (2022, 2021)):
            add(32, f"{t} > {row}", raw, year=y, unit="metric tonnes")
    rec = ("For each category of waste generated, total waste recovered through recycling, re-using or other "
           "recovery operations (in metric tonnes) > Category of waste")
    dis = ("For each category of waste generated, total waste disposed by nature of disposal method (in metric tonnes)"
           " > Category of waste")
    for t, rows in ((rec, (("(i) Recycled", ("3,068", "1,239")), ("(iii) Other recovery operations", ("63", "")),
                           ("Total", ("3,131", "1,239")))),
                    (dis, (("(i) Incineration", ("136", "2,275")), ("(ii) Landfilling", ("296", "61")),
                           ("(iii) Other disposal operations", ("0", "193")), ("Total", ("432", "2,529"))))):
        for row, vals in rows:
            for raw, y in zip(vals, (2022, 2021)):
                if raw:
                    add(32, f"{t} > {row}", raw, year=y, unit="metric tonnes")
    return out


def main() -> None:
    key = json.loads(KEY.read_text(encoding="utf-8"))
    old = list(key["facts"])
    have = {}
    for f in old:
        have.setdefault((f["page"], f["value"], f["year"], f["label"].split(" > ")[-1]), []).append(f)
    added = []
    for c in cells():
        k = (c["page"], c["value"], c["year"], c["label"].split(" > ")[-1])
        if have.get(k):
            have[k].pop()       # h22 keyed this cell
        else:
            added.append(c)
    left = [f for fs in have.values() for f in fs]
    assert not left, left      # every cell h22 keyed is one of the page's cells
    if "h86" not in key["note"]:
        key["note"] += ("; h86 2026-12-07: the key held a sample of the pages' cells; completed with every numeric "
                        f"cell printed in the pages' tables ({len(added)} cells, no metric id), transcribed from the "
                        "page images (tests/keys/src/h86_siemens_social_complete.py). Not keyed: prose answers "
                        "('18%' exports, 'Yes, 100%'), serial numbers.")
        key["facts"] += added
        KEY.write_text(json.dumps(key, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(added)} cells added")


if __name__ == "__main__":
    main()
