# Run from tests/keys/ to regenerate (held out).
"""Held-out supplement keys by helper h35 (2026-12-07) for the unkeyed converted texts: table blocks that
the existing keys (text/sinopec-2021-..., text/alibaba-2022-...) do not cover, written from the text
BEFORE esglens was run on it. Flattened blocks: the labels stand on the lines above (or below) the value
line, one value per label per year group; each group's year is printed right before it. Checks against
the Key Performance table (already keyed elsewhere in the report): CO2 capture 1,263 / methane recovery 397
(2019), hazardous waste 642.3 (2019), R&D RMB 21.1 billion (2021, narrative line 520) = 211 (RMB 100 million).
Units: the parenthesis of the label as printed. Targets ('2022 Target 100') are not keyed."""
import json

def block(line, labels, groups, page_line=None):
    out = []
    for year, vals in groups:
        toks = vals.split(); assert len(toks) == len(labels), (line, year)
        for (label, unit, metric), raw in zip(labels, toks):
            out.append({"metric": metric, "label": label, "value": float(raw.replace(",", "").rstrip("%")),
                        "raw": raw, "unit": unit, "year": year, "line": line, "source": "table"})
    return out

s = []
s += block(306, [("Number of employees participated in anti-corruption trainings", "10,000 person-times", None),
                 ("Coverage rate of anti-corruption trainings", "%", "gov.anticorruption_training"),
                 ("Number of disciplinary legal education training education", "10,000", None),
                 ("Number of participants in disciplinary legal training education", "10,000 person-times", None),
                 ("Total number of public entries in the Business Disclosure Information System", "10,000", None)],
           [(2019, "123.8 100 1.7 67.3 462.98"), (2020, "105.2 100 1.3 85.2 533.78"), (2021, "118.7 100 1.4 86.9 444.09")])
s += block(577, [("Number of patent applications filed in the year", None, None),
                 ("Number of patent applications granted in the year", None, "econ.patents_granted"),
                 ("Cumulative number of patents granted globally", None, "econ.patents_total"),
                 ("R&D investment", "RMB 100 million", "econ.rd_investment")],
           [(2019, "6,160 4,076 34,441 155"), (2020, "6,808 4,254 38,695 152"), (2021, "8,045 4,853 43,563 211")])
s += block(685, [("Total greenhouse gas emissions", "million tonnes of carbon dioxide equivalent", "ghg.total"),
                 ("Carbon dioxide capture", "thousand tonnes", None),
                 ("Methane recovery", "million cubic metres", None)],
           [(2018, "171.52 1,010 226"), (2019, "170.69 1,263 397"), (2020, "170.94 1,290 600"), (2021, "172.56 1,519.8 717")])
s += block(958, [("Number of subsidiaries received the \"Sinopec Green Enterprise\" title", None, None)], [(2021, "105")])
s += block(1070, [("Sulphur dioxide (SO2) emissions", "thousand tonnes", "air.sox"),
                  ("Nitrogen oxide (NOx) emissions", "thousand tonnes", "air.nox")],
           [(2019, "64.6 95.9"), (2020, "61.9 92.0"), (2021, "59.3 88.3")])
s += block(1073, [("Amount of non-hazardous solid waste", "1,000 tonnes", "waste.non_hazardous"),
                  ("Amount of hazardous waste", "1,000 tonnes", "waste.hazardous"),
                  ("Compliance rate of solid waste disposal", "%", None),
                  ("Percentage of hazardous solid waste disposed properly", "%", None)],
           [(2019, "2,115.32 642.3 100 100"), (2020, "1,710.8 731.1 100 100"), (2021, "1,931.6 461.0 100 100")])
s += block(1199, [("Proportion of contractors passing occupational health and safety management system certification", "%", None)],
           [(2019, "100"), (2020, "100"), (2021, "100")])
json.dump({"seed": "sinopec-2021-sustainability-report.txt", "company": "Sinopec Corp.", "report_year": 2021,
           "held_out": True, "note": "h35 supplement: in-body indicator blocks (lines 306, 577, 685, 958, 1070, 1073, 1199) "
           "not covered by text/sinopec-2021-sustainability-report.json; written before esglens was run. Line 958: only "
           "2021 = 105 is keyed (the chart's other values '37 10 76' cannot be assigned to 2018/2019/2020 from the text)",
           "facts": s}, open("text/sinopec-2021-h35-blocks.json", "w"), indent=1, ensure_ascii=False)
print("sinopec", len(s))

a = []
a += block(2547, [("Indirect energy consumption intensity: Purchased electricity (indirect energy consumption per unit of revenue)",
                   "MWh/million RMB", None)], [(2022, "8.3")])
a += block(2577, [("Work-related injury rate", "%", None)], [(2022, "0.11")])
a += block(2304, [("Audit committee > independent directors", "%", None),
                  ("Compensation committee > independent directors", "%", None),
                  ("Nomination and corporate governance committee > independent directors", "%", None),
                  ("Sustainability committee > independent directors", "%", None)], [(2022, "100% 67% 67% 50%")])
json.dump({"seed": "alibaba-2022-esg-report.txt", "company": "Alibaba Group", "report_year": 2022, "held_out": True,
           "note": "h35 supplement: two appendix rows the alibaba key leaves out (2547, 2577) and the board committee "
           "independence row (2304, yearless, dated FY2022); written before esglens was run",
           "facts": a}, open("text/alibaba-2022-h35-rows.json", "w"), indent=1, ensure_ascii=False)
print("alibaba", len(a))
