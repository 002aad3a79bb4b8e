"""Build tests/keys/swisscom-2021-materials-p46-47.json (h34): Swisscom 2021 p46 (paper, stub "In tonnes",
a "Quality" text column with footnote markers, "2021 in %" share column, markers after values "1,201 2")
and p47 (consumable material, stub "in km, tonnes or number", a Unit column with markers "fkm 1", labels
with markers "Copper 2", a label whose marker and unit sit on a line of their own). Keyed from pdftotext
-layout of the two pages before looking at esglens's output for them. Footnote lines under the tables
("1 95%", "3 88% Blue Angel, 12% FSC Label") are notes, not cells: not keyed. Run from the repo root."""
import json

P46 = "Paper"
rows46 = [("Office (copiers, printers) (80 g/m2 = 5 g/sheet)", ["59", "42", "35", "1.6%"]),
          ("Print media", ["1,488", "1,201", "947", "42.4%"]),
          ("Bills and envelopes (envelopes = 6 g/per envelope)", ["307", "232", "186", "8.3%"]),
          ("Phone directories", ["1,383", "1,197", "1,065", "47.7%"]),
          ("Total paper consumption", ["3,237", "2,672", "2,233", "100.0%"])]
rows47 = [("Optical fibre", "fkm", ["1,124,379", "1,178,491", "992,791"]),
          ("Copper pairs", "pkm", ["47,830", "37,931", "32,778"]),
          ("Plastic pipes PE", "km", ["359", "351", "364"]),
          ("Copper", "Tonnes", ["575", "504", "409"]),
          ("Plastic pipes PE", "Tonnes", ["322", "318", "315"]),
          ("Telephone poles (wood)", "Number of items", ["6,437", "5,250", "4,159"])]


def num(raw: str) -> float:
    return float(raw.replace(",", "").rstrip("%"))


facts = []
for label, vals in rows46:
    for year, raw in zip((2019, 2020, 2021), vals[:3]):
        facts.append({"metric": None, "label": f"{P46} > {label}", "value": num(raw), "raw": raw, "unit": "tonnes",
                      "year": year, "page": 46, "source": "table"})
    facts.append({"metric": None, "label": f"{P46} > {label} > 2021 in %", "value": num(vals[3]), "raw": vals[3],
                  "unit": "%", "year": 2021, "page": 46, "source": "table"})
for label, unit, vals in rows47:
    for year, raw in zip((2019, 2020, 2021), vals):
        facts.append({"metric": None, "label": f"Consumamble material > {label}", "value": num(raw), "raw": raw,
                      "unit": unit, "year": year, "page": 47, "source": "table"})
key = {"facts": facts, "held_out": True, "seed": "swisscom_sustainability_report_2021.pdf", "company": "Swisscom AG", "report_year": 2021,
       "note": "Held-out key (h34), written from pdftotext before esglens's output for pages 46-47 was looked at. "
               "Every numeric cell of the paper table (p46) and the consumable-material table (p47); footnote lines "
               "under the tables are not cells. Units as printed (stub 'In tonnes'; the Unit column on p47)."}
with open("tests/keys/swisscom-2021-materials-p46-47.json", "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=1)
print(len(facts))
