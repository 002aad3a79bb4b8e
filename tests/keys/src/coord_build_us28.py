# Run from tests/keys/ to regenerate the key as it was first written (held out); the committed key may
# since have been made a regression test (held_out false, see its note).
"""Held-out key (coordinator, written 2026-12-07 before any esglens run on this page): United Spirits
BRSR FY2023-24, PDF page 28: tables 7 (union membership) and 8 (training), FY 2023-24 | FY 2022-23."""
import json
facts = []
def add(title, label, cols, a, b, metrics=None):
    for year, cells in ((2024, a), (2023, b)):
        toks = cells.split(); assert len(toks) == len(cols), (label, cells)
        for (col, unit), raw in zip(cols, toks):
            facts.append({"metric": (metrics or {}).get(col), "label": f"{title} > {label} > {col}",
                          "value": float(raw.rstrip("%").replace(",", "")), "raw": raw, "unit": unit,
                          "year": year, "page": 28, "source": "table"})
T7 = "Membership of employees and worker in association(s) or Unions"
c7 = [("Total", None), ("No. in association(s) or Union", None), ("%", "%")]
add(T7, "Total Permanent Employees", c7, "1402 0 0%", "1,391 0 0%")
add(T7, "Male", c7, "1019 0 0%", "1,025 0 0%")
add(T7, "Female", c7, "383 0 0%", "366 0 0%")
add(T7, "Total Permanent Workers", c7, "1196 1185 99%", "1,566 1,555 99%")
add(T7, "Male", c7, "1128 1117 99%", "1,498 1,487 99%")
add(T7, "Female", c7, "68 68 100%", "68 68 100%")
T8 = "Details of training given to employees and workers"
c8 = [("Total", None), ("On Health and safety measures No.", None), ("On Health and safety measures %", "%"),
      ("On Skill upgradation No.", None), ("On Skill upgradation %", "%")]
add(T8, "Employees > Male", c8, "1019 956 94% 538 53%", "1,025 956 93% 459 45%")
add(T8, "Employees > Female", c8, "383 344 90% 250 65%", "366 292 80% 136 37%")
add(T8, "Employees > Total", c8, "1402 1300 93% 788 56%", "1,391 1,248 90% 595 43%")
add(T8, "Workers > Male", c8, "1128 793 70% 652 58%", "1,498 765 51% 843 56%")
add(T8, "Workers > Female", c8, "68 56 82% 38 56%", "68 18 26% 29 43%")
add(T8, "Workers > Total", c8, "1196 849 71% 690 58%", "1,566 783 50% 872 56%")
json.dump({"seed": "united_spirits_brsr_fy2023-24.pdf", "company": "United Spirits", "report_year": 2024,
           "held_out": True, "note": "written blind by the coordinator (stop 24); BRSR tables 7-8 of PDF p28",
           "facts": facts}, open("unitedspirits-2024-people-p28.json", "w"), indent=1, ensure_ascii=False)
print(len(facts))
