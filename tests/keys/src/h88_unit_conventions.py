#!/usr/bin/env python3
"""One convention for `unit` in every key of tests/keys (h88, issue 13; tests/keys/README.md): the unit as the
page shows it, without the brackets that enclose it, its characters as printed. Applied to the key files in
place and idempotent: run it after any builder in this folder rewrites a key.

1. Enclosing brackets, ASCII or full-width, are no part of the unit: "(number)" -> "number", "（%）" -> "%"
   (esglens and most keys already wrote "Persons" for "(Persons)", "Nos." for "(Nos.)").
2. A raised exponent the text layer gives as a plain digit is printed raised: "Million m3" -> "Million m³" on the
   pages below, where pypdfium2's character boxes show the 3 smaller and above the m's baseline (checked
   page by page by h88: Bayer p96/p97, Eni p32, Tokyo Gas p49/p52).
3. The rupee sign a font maps to the backtick is "₹" (Vedanta BRSR p25-27: the page image shows ₹).
4. A full-width per cent sign stays full-width where the page prints it so (Tokyo Gas p55 "管理者数" prints
   "（％）", p56 "再雇用者数" prints "(％)"); a key that typed the half-width sign there is mended.
5. A scale and currency in the page's words and order: Toshiba p32 prints "(Yen in billions)" over its results;
   the key had "billion yen" (h68's Toshiba p36 key, written blind, has the printed "Yen in billions");
   Swisscom p36 "Regular working days in FTE" is in "FTE" (the key had "FTE days", and "FTE" for "Net presence in FTE").
6. A unit the cell itself prints is the cell's: raw "+3.2%pt" is in "%pt", not "%".
7. A unit printed nowhere for the cell is none: Siemens BRSR p5/p6 print "Total (A)", "No. (B)", "No. (C)" and no
   unit word ("person" occurs on neither page, pdftotext checked by h88); the key's "persons" becomes null, as
   the other BRSR keys (United Spirits p26/p29-37, Vedanta p15) key those columns.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

KEYS = Path(__file__).resolve().parent.parent
# (key, label prefix or "" for all) whose "m3" the page prints raised
RAISED = {"bayer-2021-h68-water-p96": "", "bayer-2021-water-waste-p97-99": "", "eni-2021-water-p32": "",
          "tokyogas-2022-h68-p49-p58": "", "tokyogas-2022-h68-factors-p52": ""}
TICK = {"vedanta-2023-brsr"}
UNPRINTED = {("siemens-2022-brsr-social-waste", "persons")}
WORD_ORDER = {("toshiba-2021-results", "billion yen"): "Yen in billions",
              # "Regular working days in FTE": printed "in FTE", as the same key has "FTE" for "Net presence in FTE"
              ("swisscom-2021-health", "FTE days"): "FTE"}
FULL_WIDTH = {("tokyogas-2022-employees-p55", "管理者数"), ("tokyogas-2022-social-p56", "定年退職後の再雇用状況")}
_ENCLOSED = re.compile(r"[(（]([^()（）]+)[)）]")


def mend(stem: str, fact: dict) -> str | None:
    u = fact.get("unit")
    if not u or (stem, u) in UNPRINTED:
        return None if u else u
    if m := _ENCLOSED.fullmatch(u.strip()):
        u = m.group(1).strip()
    if stem in RAISED and fact.get("label", "").startswith(RAISED[stem]):
        u = re.sub(r"(?<=m)([23])(?![\d])", lambda m: "²³"[int(m.group(1)) - 2], u)
    if stem in TICK:
        u = u.replace("`", "₹")
    if any(stem == k and fact.get("label", "").startswith(p) for k, p in FULL_WIDTH):
        u = u.replace("%", "％")
    u = WORD_ORDER.get((stem, u), u)
    if u == "%" and re.search(r"%\s?pts?$", str(fact.get("raw") or "")):
        u = re.search(r"%\s?pts?$", fact["raw"]).group(0)
    return u


def main() -> int:
    changed = 0
    for path in sorted(KEYS.glob("*.json")) + sorted((KEYS / "text").glob("*.json")):
        text = path.read_text(encoding="utf-8")
        key = json.loads(text)
        n = 0
        for f in key.get("facts", []):
            new = mend(path.stem, f)
            if new != f.get("unit"):
                f["unit"], n = new, n + 1
        if n:
            changed += n
            indent = len(text.split("\n", 2)[1]) - len(text.split("\n", 2)[1].lstrip()) if "\n" in text else None
            out = json.dumps(key, ensure_ascii=False, indent=indent or None)
            path.write_text(out + ("\n" if text.endswith("\n") else ""), encoding="utf-8")
            print(f"{path.name}: {n} units")
    print(f"{changed} units mended")
    return 0


if __name__ == "__main__":
    sys.exit(main())
