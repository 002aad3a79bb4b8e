#!/usr/bin/env python3
"""Turn a hand-written key (tests/keys/src/NAME.txt) into tests/keys/NAME.json, the format of
riotinto-2023-datatables.json. The text files are typed from page images; nothing here reads esglens.

    python tests/keys/src/build.py            # every key
    python tests/keys/src/build.py NAME ...   # only these (other keys may carry fields added since)
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def number(raw: str):
    t = raw.replace(",", "").replace("%", "").strip()
    if t in ("-", "–", "—", "n/a", "N/A", "NA", "Nil", "nil"):
        return None
    neg = t.startswith("(") and t.endswith(")")
    t = t.replace("\u2013", "-").replace("\u2212", "-")   # a printed en dash or minus sign before digits
    v = float(t.strip("()"))
    return -v if neg else v


def build(src: Path) -> dict:
    head: dict = {}
    facts = []
    page = years = None
    for ln in src.read_text(encoding="utf-8").splitlines():
        ln = ln.strip()
        if not ln or ln.startswith("#"):
            continue
        if m := re.match(r"^(seed|company|report_year):\s*(.+)$", ln):
            head[m.group(1)] = int(m.group(2)) if m.group(1) == "report_year" else m.group(2)
        elif m := re.match(r"^page (\d+)$", ln):
            page = int(m.group(1))
        elif ln.startswith("years "):
            years = [int(y) for y in ln.split()[1:]]
        else:
            label, unit, vals = (p.strip() for p in ln.split("|"))
            raws = vals.split()
            if len(raws) != len(years):
                sys.exit(f"{src.name}: page {page}: {len(raws)} values for {len(years)} years: {ln}")
            for raw, year in zip(raws, years):
                if raw == ".":
                    continue   # a blank cell: nothing printed
                facts.append({"metric": None, "label": label, "value": number(raw), "raw": raw,
                              "unit": unit, "year": year, "page": page, "source": "table"})
    return {**head, "facts": facts}


if __name__ == "__main__":
    names = set(sys.argv[1:])
    for src in sorted(HERE.glob("*.txt")):
        if names and src.stem not in names:
            continue
        key = build(src)
        out = HERE.parent / (src.stem + ".json")
        out.write_text(json.dumps(key, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(out.name, len(key["facts"]), "facts")
