#!/usr/bin/env python3
"""Build tests/keys/text/sinopec-2021-sustainability-report.json (held-out key, h21).

Written from the flattened text alone, BEFORE esglens was run on the report. Values are assigned to
labels by position inside each flattened block; a block's year order is taken from arithmetic checks
(sums of parts, intensity = amount / revenue) and printed shares, never from esglens output.
"""
from __future__ import annotations
import json, re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
TXT = ROOT.parent / "shared" / "corpus" / "text-unkeyed" / "sinopec-2021-sustainability-report.txt"
LINES = TXT.read_text(encoding="utf-8").split("\n")
NUM = re.compile(r"^-?[0-9][0-9,]*(\.[0-9]+)?\.?$|^-$")


def tokens(first, last, start_after=None):
    """(raw, line) of every number or dash on lines first..last; on `first`, only after start_after."""
    out = []
    for n in range(first, last + 1):
        text = LINES[n - 1]
        if n == first and start_after:
            text = text.split(start_after, 1)[1]
        for t in text.split():
            t2 = t.rstrip(".") if t != "-" else t
            if NUM.match(t):
                out.append((t2, n))
    return out


def value(raw):
    return None if raw == "-" else float(raw.replace(",", ""))


facts = []


def assign(labels, toks, year, units, metrics):
    assert len(labels) == len(toks), (labels, toks)
    for lab, (raw, line), unit, metric in zip(labels, toks, units, metrics):
        if raw == "-":
            continue
        facts.append({"metric": metric, "label": lab, "value": value(raw), "raw": raw, "unit": unit,
                      "year": year, "line": line, "source": "table"})


# --- GHG block: labels 1598-1606, values line 1606; year order 2019, 2020, 2021 (intensity = GHG / revenue:
# 170.69/2,959,799 -> 57.7; 170.94/2,105,984 -> 81.2; 172.56/2,740,884 -> 63.0)
G = "GHGs emission"
ghg_labels = [G, f"{G} > Direct GHGs emission", f"{G} > Indirect GHGs emission",
              f"{G} > Oil & gas exploration and production segment", f"{G} > Refining and chemicals segment",
              f"{G} > Marketing segment", "GHGs emission intensity", "CO2 capture", "Methane recovery"]
ghg_units = ["million tonnes CO2-equivalent"] * 6 + [None, "thousand tonnes", "million cubic metres"]
ghg_metrics = ["ghg.scope1_2", "ghg.scope1", "ghg.scope2", None, None, None, "ghg.intensity",
               "extra.co2_capture", "extra.methane_recovery"]
t = tokens(1606, 1606, "(million cubic metres)")
assert len(t) == 27
for i, y in enumerate((2019, 2020, 2021)):
    assign(ghg_labels, t[9 * i:9 * i + 9], y, ghg_units, ghg_metrics)

# --- Energy and resources (1619-1624) + emissions (1628-1635), values line 1637.
# Year order of the groups: 2021, 2019, 2020 (fresh water intensity 232.10 = 636.16/2,740,884;
# 219.87 = 650.36/2,959,799; 305.60 = 643.20/2,105,984; same for solid and hazardous waste intensity).
en_labels = ["Consumption of crude oil", "Consumption of natural gas", "Consumption of purchased electricity",
             "Consumption of coal", "Fresh water withdrawal for industrial use",
             "Fresh water withdrawal for industrial use intensity"]
en_units = ["million tonnes", "billion cubic metres", "billion kWh", "million tonnes", "million cubic metres", None]
en_metrics = ["extra.crude_oil_consumption", "energy.natural_gas", "energy.purchased_electricity",
              "extra.coal_consumption", "water.withdrawal", "water.intensity"]
em_labels = ["Sulphur dioxide", "Nitrogen oxides", "COD", "Ammonia and nitrogen", "Solid waste",
             "Solid waste intensity", "Weight of disposed hazardous waste", "Hazardous waste intensity"]
em_units = ["thousand tonnes"] * 5 + [None, "thousand tonnes", None]
em_metrics = ["air.sox", "air.nox", "effluent.cod", "effluent.ammonia_nitrogen", "waste.non_hazardous",
              "waste.non_hazardous_intensity", "waste.hazardous", "waste.hazardous_intensity"]
t = tokens(1637, 1637, "2021")
assert len(t) == 42, len(t)
for i, y in enumerate((2021, 2019, 2020)):
    assign(en_labels, t[6 * i:6 * i + 6], y, en_units, en_metrics)
for i, y in enumerate((2021, 2019, 2020)):
    assign(em_labels, t[18 + 8 * i:18 + 8 * i + 8], y, em_units, em_metrics)

# --- Employment and training: labels 1645-1682 (38 rows: 14 workforce/turnover + 24 practice/training).
# Text order: [2019 workforce 1682-1688][2019 training 1689][2020 workforce 1689-1690][2020 training]
# [2021 workforce][2021 training] (1690). Years from the female share: 127,012/384,065 = 33.1 % (2020 column),
# 123,643/385,751 = 32.1 % (2021), and 33.8 % with 402,206 employees in the remaining (2019) group.
lab, unit_of = [], []
for n in range(1645, 1683):
    text = re.sub(r"\s[0-9,.\- ]+$", "", LINES[n - 1]).strip().rstrip(".").strip()
    m = re.search(r"\(([^()]*)[)）]\s*$", text)
    unit_of.append(m.group(1) if m else None)
    lab.append(re.sub(r"\s*\([^()]*[)）]\s*$", "", text).strip())
wf_metrics = ["workforce.total", "workforce.male", "workforce.female", "workforce.under30", "workforce.30to50",
              "workforce.over50", "workforce.new_hires", "workforce.turnover_count", "workforce.turnover_rate",
              None, None, None, None, None]
tr_metrics = ["extra.collective_contract_coverage", "extra.social_insurance_coverage",
              "extra.enterprise_annuity_coverage", "extra.union_membership_pct", "extra.ethnic_minority_pct",
              "workforce.female_pct", "extra.female_management_pct", "extra.training_investment",
              "training.coverage_pct", "training.hours_total", "training.hours_per_employee",
              None, None, None, None, None, "training.participants", "extra.online_training_participants",
              "extra.online_training_hours", None, None, None, None, None]
t = tokens(1682, 1690, "(%)")
assert len(t) == 3 * 38, len(t)
for i, y in enumerate((2019, 2020, 2021)):
    block = t[38 * i:38 * i + 38]
    assign(lab[:14], block[:14], y, unit_of[:14], wf_metrics)
    assign(lab[14:], block[14:], y, unit_of[14:], tr_metrics)

for f in facts:   # a label's unit word is not part of the label
    f["label"] = re.sub(r"\s*\(.*$", "", f["label"]).strip()
    if f["label"].startswith(("Employees below", "Employees between", "Employees over")):
        f["label"] = "Total number of employees > " + f["label"]

narr = json.loads((Path(__file__).parent / "sinopec-2021-narrative.json").read_text(encoding="utf-8"))
key = {
    "seed": "sinopec-2021-sustainability-report.txt",
    "company": "China Petroleum & Chemical Corporation (Sinopec Corp.)",
    "report_year": 2021,
    "currency": "CNY",
    "held_out": True,
    "note": ("Held-out key (h21), keyed by hand from the flattened text BEFORE esglens was run on this report. "
             "Key Performance tables: value-to-label by position in each flattened block; year order of each "
             "block from arithmetic (sums, intensity = amount / revenue, female share), see "
             "tests/keys/src/sinopec_2021_build.py. Dashes (not disclosed) are not keyed. "
             "Unassignable blocks are listed in `unassignable` and left out of the facts."),
    "unassignable": narr["unassignable"],
    "abstain_lines": narr["abstain_lines"],
    "facts": facts + narr["facts"],
    "index_entries": narr["index_entries"],
}
out = ROOT / "tests" / "keys" / "text" / "sinopec-2021-sustainability-report.json"
out.write_text(json.dumps(key, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(out, len(facts), "table facts", len(narr["facts"]), "narrative", len(narr["index_entries"]), "index")
