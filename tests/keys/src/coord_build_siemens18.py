# Run from tests/keys/ to regenerate the key as it was first written (held out); the committed key may
# since have been made a regression test (held_out false, see its note).
"""Held-out key (coordinator, written 2026-12-07 before scoring esglens on these pages; a header audit
had listed their header rows): Siemens Ltd BRSR FY2022, PDF pp. 18-19: tables 7 (union membership),
8 (training), 9 (performance reviews); FY 2022 | FY 2021."""
import json
facts = []
def add(page, title, label, cols, a, b):
    for year, cells in ((2022, a), (2021, b)):
        toks = cells.split(); assert len(toks) == len(cols), (label, cells)
        for (col, unit), raw in zip(cols, toks):
            facts.append({"metric": None, "label": f"{title} > {label} > {col}",
                          "value": float(raw.rstrip("%").replace(",", "")), "raw": raw, "unit": unit,
                          "year": year, "page": page, "source": "table"})
T7 = "Membership of employees and worker in association(s) or Unions"
c7 = [("Total", None), ("No. in association(s) or Union", None), ("%", "%")]
add(18, T7, "Total Permanent Employees", c7, "6,799 0 0%", "7,049 0 0%")
add(18, T7, "Male", c7, "5,998 0 0%", "6,249 0 0%")
add(18, T7, "Female", c7, "801 0 0%", "800 0 0%")
add(18, T7, "Total Permanent Workers", c7, "1,275 1,275 100%", "1,264 1,264 100%")
add(18, T7, "Male", c7, "1,259 1,259 100%", "1,249 1,249 100%")
add(18, T7, "Female", c7, "16 16 100%", "15 15 100%")
T8 = "Details of training given to employees and workers"
c8 = [("Total", None), ("On Health and safety measures No.", None), ("On Health and safety measures %", "%"),
      ("On Skill upgradation No.", None), ("On Skill upgradation %", "%")]
add(18, T8, "Employees > Male", c8, "5,998 3,593 60% 5,904 98%", "6,249 2,018 32% 5,923 95%")
add(18, T8, "Employees > Female", c8, "801 379 47% 784 98%", "800 206 26% 766 96%")
add(18, T8, "Employees > Total", c8, "6,799 3,972 58% 6,688 98%", "7,049 2,224 32% 6,689 95%")
add(18, T8, "Workers > Male", c8, "1,259 229 18% 490 39%", "1,249 293 23% 252 20%")
add(18, T8, "Workers > Female", c8, "16 8 50% 10 63%", "15 3 20% 10 67%")
add(18, T8, "Workers > Total", c8, "1,275 237 19% 500 39%", "1,264 296 23% 262 21%")
T9 = "Details of performance and career development reviews of employees and worker"
c9 = [("Total", None), ("No.", None), ("%", "%")]
add(19, T9, "Employees > Male", c9, "5,998 5,998 100%", "6,249 6,249 100%")
add(19, T9, "Employees > Female", c9, "801 801 100%", "800 800 100%")
add(19, T9, "Employees > Total", c9, "6,799 6,799 100%", "7,049 7,049 100%")
add(19, T9, "Workers > Male", c9, "1,259 1,259 100%", "1,249 1,249 100%")
add(19, T9, "Workers > Female", c9, "16 16 100%", "15 15 100%")
add(19, T9, "Workers > Total", c9, "1,275 1,275 100%", "1,264 1,264 100%")
json.dump({"seed": "siemens_ltd_india_brsr_fy2022.pdf", "company": "Siemens Ltd", "report_year": 2022,
           "held_out": True, "note": "written by the coordinator (stop 24) before scoring; BRSR tables 7-9, pp. 18-19",
           "facts": facts}, open("siemens-2022-people-p18.json", "w"), indent=1, ensure_ascii=False)
print(len(facts))
