#!/usr/bin/env python3
"""Build the blind keys written by h26 (tests/keys/src/h26-*.txt) into tests/keys/NAME.json.

Like build.py, but a page's columns are declared with `cols YEAR:SUFFIX ...` (the suffix, if any, is appended
to the row's label path: "Male", "Difference"), and a year of `-` means the column has no year of its own
(the fact's year is null). A value of `.` is a blank cell, `–` a printed dash: neither is a fact.
Nothing here reads esglens; the text files are typed from page images (pdftoppm) and pdftotext -layout.
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from build import number  # noqa: E402


def _value(raw: str):
    """A printed dash (nil, also "–%") is a fact with no value, as build.py keys it."""
    return None if raw.rstrip("%") in ("–", "-") else number(raw.rstrip("%").replace("pt", ""))


def build(src: Path) -> dict:
    head: dict = {"held_out": True}
    facts = []
    page = cols = None
    for ln in src.read_text(encoding="utf-8").splitlines():
        ln = ln.strip()
        if not ln or ln.startswith("#"):
            continue
        if m := re.match(r"^(seed|company|report_year|note):\s*(.+)$", ln):
            head[m.group(1)] = int(m.group(2)) if m.group(1) == "report_year" else m.group(2)
        elif m := re.match(r"^page (\d+)$", ln):
            page = int(m.group(1))
        elif ln.startswith("cols "):
            cols = []
            for c in ln.split()[1:]:
                y, _, suffix = c.partition(":")
                cols.append((None if y == "-" else int(y), suffix.replace("_", " ")))
        else:
            label, unit, vals = (p.strip() for p in ln.split("|"))
            raws = vals.split()
            if len(raws) != len(cols):
                sys.exit(f"{src.name}: page {page}: {len(raws)} values for {len(cols)} columns: {ln}")
            for raw, (year, suffix) in zip(raws, cols):
                if raw == ".":
                    continue    # a blank cell
                path = f"{label} > {suffix}" if suffix else label
                facts.append({"metric": None, "label": path, "value": _value(raw),
                              "raw": raw, "unit": unit, "year": year, "page": page, "source": "table"})
    return {**head, "facts": facts}


if __name__ == "__main__":
    for src in sorted(HERE.glob("h26-*.txt")):
        key = build(src)
        out = HERE.parent / (src.stem[len("h26-"):] + ".json")
        out.write_text(json.dumps(key, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(out.name, len(key["facts"]))
