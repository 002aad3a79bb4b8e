# Run from tests/keys/ to regenerate the key as it was first written (held out); the committed key may
# since have been made a regression test (held_out false, see its note).
"""Held-out key (coordinator, written 2026-12-07 before any esglens run on this page): Vedanta BRSR
FY2022-23, PDF page 17 (printed 307): tables 7 (union membership), 8 (training), 9 (performance
reviews); each year group FY 2023 | FY 2022 splits into sub-columns."""
import json
facts = []
def add(title, label, unit_cols, y2023, y2022, metric_at=None):
    for year, cells in ((2023, y2023), (2022, y2022)):
        toks = cells.split(); assert len(toks) == len(unit_cols), (label, cells)
        for (col, unit), raw in zip(unit_cols, toks):
            v = float(raw.rstrip("%").replace(",", ""))
            m = metric_at.get(col) if metric_at else None
            facts.append({"metric": m, "label": f"{title} > {label} > {col}", "value": v, "raw": raw,
                          "unit": unit, "year": year, "page": 17, "source": "table"})
T7 = "Membership of employees and workers in association(s) or Unions"
c7 = [("Total", None), ("No. in association(s) or Union", None), ("%", "%")]
add(T7, "Total Permanent Employees", c7, "10,869.00 812.00 7%", "9,949 625 6%")
add(T7, "Total Permanent Employees > Male", c7, "8,926.00 710.00 8%", "8,460 530 6%")
add(T7, "Total Permanent Employees > Female", c7, "1,943.00 102.00 5%", "1,489 95 6%")
add(T7, "Total Permanent Workers", c7, "3,758.00 3,704.00 99%", "3,750 3,696 99%")
add(T7, "Total Permanent Workers > Male", c7, "3,677.00 3,625.00 99%", "3,669 3,617 99%")
add(T7, "Total Permanent Workers > Female", c7, "81.00 79.00 98%", "81 79 98%")
T8 = "Details of training given to employees and workers"
c8 = [("Total", None), ("On Health and Safety measures No.", None), ("On Health and Safety measures %", "%"),
      ("On Skill upgradation No.", None), ("On Skill upgradation %", "%")]
add(T8, "Employees > Male", c8, "9,744 8,563 88% 9,271 95%", "9,645 8,447 88% 8,503 88%")
add(T8, "Employees > Female", c8, "2,145 1,684 79% 1,940 90%", "1,689 1,378 82% 1,441 85%")
add(T8, "Employees > Total", c8, "11,889 10,247 86% 11,211 94%", "11,334 9,825 87% 9,944 88%")
add(T8, "Workers > Male", c8, "29,517 23,941 81% 8,646 29%", "29,275 19,786 68% 5,161 18%")
add(T8, "Workers > Female", c8, "453 391 86% 156 34%", "361 252 70% 114 32%")
add(T8, "Workers > Total", c8, "29,970 24,332 81% 8,802 29%", "29,636 20,038 68% 5,275 18%")
T9 = "Details of performance and career development reviews of employees and workers"
c9 = [("Total", None), ("No.", None), ("%", "%")]
add(T9, "Employees > Male", c9, "9,714 9,205 95%", "9,593 9,593 100%")
add(T9, "Employees > Female", c9, "2,122 1,973 93%", "1,679 1,679 100%")
add(T9, "Employees > Total", c9, "11,836 11,178 94%", "11,272 11,272 100%", {"%": "training.performance_review_pct"})
add(T9, "Workers > Male", c9, "4,598 2,885 63%", "4,683 3,574 76%")
add(T9, "Workers > Female", c9, "111 94 85%", "105 90 86%")
add(T9, "Workers > Total", c9, "4,709 2,979 63%", "4,788 3,664 77%")
json.dump({"seed": "vedanta_ltd_brsr_fy2022-23.pdf", "company": "Vedanta", "report_year": 2023, "held_out": True,
           "note": "written blind by the coordinator (stop 24); BRSR tables 7-9 of PDF p17", "facts": facts},
          open("vedanta-2023-people-p17.json", "w"), indent=1, ensure_ascii=False)
print(len(facts))
