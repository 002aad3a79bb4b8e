"""Render the keyed text reports' tables as a PDF converter's markdown, and score esglens on each variant.

Issue 20: unseen reports come as a converter's markdown (pipe tables with merged cells repeated in every
slot they span, HTML tables with rowspan/colspan, tables split over pages, unit lines, years printed as
"FY2023" / "2023年" / "2022/23"). We have no such report, so the keyed tab-separated tables of the three
shared text reports are re-rendered in place (the prose around them is kept, so titles, units in lead lines
and the report year stay as printed) and each gold table fact is moved to the line its row lands on.

Variants (every one a whole report; `tab` is the unchanged text and must score as the key does):
  pipe          pipe table, blank cells left blank
  pipe_repeat   (a) merged cells repeated: a group cell in every row it spans, a header cell in every column
  html          (b) <table> with rowspan/colspan, one <tr> per line
  split_header  (c) pipe_repeat, the table split over a page break (footer line), header repeated
  split_bare    (c) the same, header not repeated
  unit_line     (d) a unit column with one unit for every row printed as "Unit: X" above the table
  unit_paren    (d) the same as "(Unit: X)"
  fy / nian / nyeon / slash  (e) header years as "FY2024", "2024年", "2024년", "2023/24"; fy_space / year_word /
                fy_after: "FY 2024", "Year 2024", "2024 FY"; as_of / dot_date / actual: "As of 2024", "2024.12.31",
                "Actual 2024"
  pipe_full     (a) as pipe_repeat, and a header cell repeated down the header rows it spans, and a row
                with one text cell (a group row) repeated across every column
  html_oneline  (b) the whole <table> on one line (rows then share that line)
  bold          header cells and the first column printed **bold**
  br            a label cell's line breaks kept as <br> (the label's middle space)
  super_pipe / super_html  a header row above the years naming them as a group ("Performance" over
                every year column; repeated in pipe, colspan in HTML), the other header cells spanning both rows

Scoring per variant, on the gold table facts of the rendered tables: recall (same line, value, year),
precision (esglens table facts on those rows that match a gold fact), label (exact, whitespace-normalised)
and unit as printed among the found. Deterministic; `python bench/markdown_variants.py [--reports calb]
[--variants pipe,html] [--misses N]`.
"""
from __future__ import annotations

import argparse
import json
import math
import re
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
VARIANTS = ("tab", "pipe", "pipe_repeat", "pipe_full", "html", "html_oneline", "split_header", "split_bare",
            "unit_line", "unit_paren", "fy", "nian", "nyeon", "slash", "fy_space", "year_word", "fy_after", "as_of", "dot_date", "actual", "bold", "br", "super_pipe", "super_html")
_YEAR = re.compile(r"(19|20)\d\d")
_UNIT_HEAD = re.compile(r"units?|单位", re.I)


@dataclass
class Table:
    first: int                      # 1-based line of the first row in the source
    rows: list[list[str]]           # cells, padded to one width
    lines: list[int]                # source line of each row
    n_head: int                     # leading rows that carry no gold fact
    spans: list[list[int]] = field(default_factory=list)   # rowspan of each cell (0 = covered)


def find_tables(lines: list[str], gold_lines: set[int]) -> list[Table]:
    """Runs of tab-separated lines that hold at least one gold table fact."""
    out, i = [], 0
    while i < len(lines):
        if "\t" not in lines[i]:
            i += 1
            continue
        j = i
        while j < len(lines) and "\t" in lines[j]:
            j += 1
        nums = list(range(i + 1, j + 1))
        if gold_lines & set(nums):
            cells = [lines[n - 1].split("\t") for n in nums]
            width = max(len(c) for c in cells)
            while width > 1 and all(len(c) < width or not c[width - 1].strip() for c in cells):
                width -= 1           # a trailing tab on every row is no column
            rows = [[x.strip() for x in (c + [""] * width)[:width]] for c in cells]
            n_head = next((k for k, n in enumerate(nums) if n in gold_lines), 0)
            out.append(Table(i + 1, rows, nums, n_head))
        i = j
    return out


def _group_fill(t: Table) -> list[list[str]]:
    """Rows with merged cells repeated: a body row's leading blanks take the cell above (the tab text's
    'same as above'); a header row's blank after a text cell takes that cell when a header row below
    has text there (a cell spanning columns)."""
    rows = [list(r) for r in t.rows]
    for k in range(max(t.n_head, 1), len(rows)):
        r, prev = rows[k], rows[k - 1]
        lead = next((c for c, x in enumerate(r) if x), len(r))
        for c in range(min(lead, len(r) - 1)):
            r[c] = prev[c]
    for k in range(t.n_head - 1):
        r = rows[k]
        for c in range(1, len(r)):
            below = any(rows[b][c] for b in range(k + 1, t.n_head))
            if not r[c] and r[c - 1] and below:
                r[c] = r[c - 1]
    return rows


def _full_fill(t: Table) -> list[list[str]]:
    """_group_fill, and header cells repeated down into blank header cells below them (rowspan),
    and a body row holding only its first text cell repeated across the row (a full-width group row)."""
    rows = _group_fill(t)
    for k in range(1, t.n_head):
        rows[k] = [x or rows[k - 1][c] for c, x in enumerate(rows[k])]
    for k in range(t.n_head, len(rows)):
        ne = [c for c, x in enumerate(t.rows[k]) if x]
        if len(ne) == 1 and not re.search(r"\d", t.rows[k][ne[0]]):
            rows[k] = rows[k][:ne[0]] + [t.rows[k][ne[0]]] * (len(rows[k]) - ne[0])
    return rows


def _bold(t: Table) -> list[list[str]]:
    rows = _group_fill(t)
    return [[f"**{x}**" if x and (k < t.n_head or c == 0) else x for c, x in enumerate(r)]
            for k, r in enumerate(rows)]


def _br(t: Table) -> list[list[str]]:
    """The middle space of every label cell of four words or more becomes <br>."""
    rows = _group_fill(t)
    out = []
    for r in rows:
        new = []
        for x in r:
            w = x.split(" ")
            if len(w) >= 4 and not re.search(r"\d", x):
                x = " ".join(w[:len(w) // 2]) + "<br>" + " ".join(w[len(w) // 2:])
            new.append(x)
        out.append(new)
    return out


def _pipe(cells: list[str]) -> str:
    return "| " + " | ".join(x.replace("|", "/") for x in cells) + " |"


def _render_pipe(t: Table, rows: list[list[str]], split: str | None = None) -> list[tuple[str, int | None]]:
    out: list[tuple[str, int | None]] = [(_pipe(rows[0]), t.lines[0]),
                                         ("|" + "---|" * len(rows[0]), None)]
    body_start = max(t.n_head, 1)
    cut = body_start + (len(rows) - body_start) // 2 if split else None
    for k in range(1, len(rows)):
        if k == cut and k > body_start:
            out += [("", None), ("ESG Report | 57", None), ("", None)]
            if split == "header":
                out += [(_pipe(rows[0]), None), ("|" + "---|" * len(rows[0]), None)]
                out += [(_pipe(rows[h]), None) for h in range(1, t.n_head)]
        out.append((_pipe(rows[k]), t.lines[k]))
    return out


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _render_html(t: Table) -> list[tuple[str, int | None]]:
    """rowspan for a body cell whose rows below leave it blank (leading blanks); colspan for a header
    cell followed by blanks that a header row below fills."""
    rows = t.rows
    n, w = len(rows), len(rows[0])
    span = [[(1, 1) for _ in range(w)] for _ in range(n)]     # (rowspan, colspan); (0, 0) = covered
    for k in range(t.n_head - 1):
        for c in range(w):
            if span[k][c] == (0, 0) or not rows[k][c]:
                continue
            e = c + 1
            while e < w and not rows[k][e] and any(rows[b][e] for b in range(k + 1, t.n_head)):
                span[k][e] = (0, 0)
                e += 1
            span[k][c] = (1, e - c)
    for k in range(max(t.n_head, 1), n):
        lead = next((c for c, x in enumerate(rows[k]) if x), w)
        for c in range(min(lead, w - 1)):
            top = k - 1
            while span[top][c] == (0, 0):
                top -= 1
            if span[top][c][1] != 1:
                continue
            span[top][c] = (span[top][c][0] + 1, 1)
            span[k][c] = (0, 0)
    out: list[tuple[str, int | None]] = [("<table>", None)]
    for k in range(n):
        tag = "th" if k < t.n_head else "td"
        cells = []
        for c in range(w):
            rs, cs = span[k][c]
            if (rs, cs) == (0, 0):
                continue
            attrs = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
            cells.append(f"<{tag}{attrs}>{_esc(rows[k][c])}</{tag}>")
        out.append(("<tr>" + "".join(cells) + "</tr>", t.lines[k]))
    out.append(("</table>", None))
    return out


def _render_html_super(st: Table, top: list[str], below: list[str]) -> list[tuple[str, int | None]]:
    cols = [c for c, x in enumerate(below) if _YEAR.fullmatch(x)]
    first = []
    c = 0
    while c < len(top):
        if c == cols[0]:
            first.append(f'<th colspan="{len(cols)}">{_esc(top[c])}</th>')
            c += len(cols)
            continue
        first.append(f'<th rowspan="2">{_esc(top[c])}</th>')
        c += 1
    second = "".join(f"<th>{_esc(below[c])}</th>" for c in cols)
    rest = _render_html(Table(st.first, st.rows[2:], st.lines[2:], 0))
    return [("<table>", None), ("<tr>" + "".join(first) + "</tr>", None), ("<tr>" + second + "</tr>", st.lines[1])] \
        + rest[1:]


def _years(t: Table, form: str) -> Table:
    def fmt(y: str) -> str:
        return {"fy": f"FY{y}", "nian": f"{y}年", "nyeon": f"{y}년", "slash": f"{int(y) - 1}/{y[2:]}",
                "fy_space": f"FY {y}", "year_word": f"Year {y}", "fy_after": f"{y} FY",
                "as_of": f"As of {y}", "dot_date": f"{y}.12.31",
                "actual": f"Actual {y}"}[form]
    rows = [list(r) for r in t.rows]
    for k in range(t.n_head):
        rows[k] = [fmt(x) if _YEAR.fullmatch(x) else x for x in rows[k]]
    return Table(t.first, rows, t.lines, t.n_head)


def _unit_line(t: Table) -> tuple[Table, str | None]:
    """Drop a unit column whose body holds one unit; return the table and the unit."""
    for c in range(len(t.rows[0])):
        if not any(_UNIT_HEAD.fullmatch(t.rows[k][c]) for k in range(t.n_head)):
            continue
        units = {t.rows[k][c] for k in range(t.n_head, len(t.rows))}
        if len(units) == 1 and "" not in units:
            rows = [r[:c] + r[c + 1:] for r in t.rows]
            return Table(t.first, rows, t.lines, t.n_head), units.pop()
    return t, None


def render(lines: list[str], tables: list[Table], variant: str) -> tuple[list[str], dict[int, int]]:
    """The report with its keyed tables rendered as `variant`; and old line → new line of every row."""
    if variant == "tab":
        return list(lines), {n: n for n in range(1, len(lines) + 1)}
    starts = {t.first: t for t in tables}
    out: list[str] = []
    where: dict[int, int] = {}
    i = 1
    while i <= len(lines):
        t = starts.get(i)
        if t is None:
            out.append(lines[i - 1])
            where[i] = len(out)
            i += 1
            continue
        rendered = _render(t, variant)
        for text, src in rendered:
            if text is not None:       # None: a row on the line before (a table on one line)
                out.append(text)
            if src is not None:
                where[src] = len(out)
        i = t.lines[-1] + 1
    return out, where


def _super(t: Table) -> Table:
    """A row above the header naming the year columns as one group; the other cells repeat the header's."""
    if t.n_head < 1:
        return t
    head = t.rows[0]
    cols = [c for c, x in enumerate(head) if _YEAR.fullmatch(x)]
    if len(cols) < 2:
        return t
    top = ["Performance" if c in cols else x for c, x in enumerate(head)]
    return Table(t.first, [top] + t.rows, [t.lines[0]] + t.lines, t.n_head + 1)


def _render(t: Table, variant: str) -> list[tuple[str, int | None]]:
    if variant == "pipe":
        return _render_pipe(t, t.rows)
    if variant == "html":
        return _render_html(t)
    if variant == "html_oneline":
        rendered = _render_html(t)
        return [("".join(x for x, _ in rendered), t.lines[0])] + [(None, n) for _, n in rendered if n and n != t.lines[0]]
    if variant == "super_pipe":
        st = _super(t)
        return _render_pipe(st, _group_fill(st))[:1] + [("|" + "---|" * len(st.rows[0]), None)] + \
            [(_pipe(r), None if k == 0 else st.lines[k]) for k, r in enumerate(_group_fill(st)) if k >= 1]
    if variant == "super_html":
        st = _super(t)
        if st is t:
            return _render_html(t)
        # the header cells outside the group span both header rows
        top, below = st.rows[0], st.rows[1]
        st.rows[1] = ["" if not _YEAR.fullmatch(x) else x for x in below]
        return _render_html_super(st, top, below)
    if variant == "pipe_full":
        return _render_pipe(t, _full_fill(t))
    if variant == "bold":
        return _render_pipe(t, _bold(t))
    if variant == "br":
        return _render_pipe(t, _br(t))
    if variant in ("fy", "nian", "nyeon", "slash", "fy_space", "year_word", "fy_after", "as_of", "dot_date", "actual"):
        yt = _years(t, variant)
        return _render_pipe(yt, _group_fill(yt))
    if variant in ("unit_line", "unit_paren"):
        ut, unit = _unit_line(t)
        shown = f"Unit: {unit}" if variant == "unit_line" else f"(Unit: {unit})"
        head = [(shown, None), ("", None)] if unit else []
        return head + _render_pipe(ut, _group_fill(ut))
    split = {"split_header": "header", "split_bare": "bare"}.get(variant)
    return _render_pipe(t, _group_fill(t), split)


def _same(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9)


def _norm(s) -> str:
    return re.sub(r"\s+", " ", str(s or "")).strip().lower()


def score(gold: list[dict], facts: list[dict], where: dict[int, int], unit_moved: bool = False) -> dict:
    """Recall, precision, label and unit on the gold facts `gold` (already on rendered tables)."""
    by_line: dict[int, list[int]] = {}
    for i, f in enumerate(facts):
        if f.get("source") == "table" and f.get("line") is not None:
            by_line.setdefault(f["line"], []).append(i)
    used, found, label_ok, unit_ok, misses = set(), 0, 0, 0, []
    for g in gold:
        ln = where.get(g["line"])
        hit = next((i for i in by_line.get(ln, []) if i not in used and _same(facts[i].get("value"), g["value"])
                    and facts[i].get("year") == g.get("year")), None)
        if hit is None:
            misses.append({"line": ln, "raw": g.get("raw"), "year": g.get("year"), "label": g.get("label"),
                           "got": [(facts[i].get("value"), facts[i].get("year")) for i in by_line.get(ln, [])]})
            continue
        used.add(hit)
        found += 1
        label_ok += _norm(facts[hit].get("label")) == _norm(g.get("label"))
        unit_ok += re.sub(r"\s+", "", str(facts[hit].get("unit") or "")).lower() == \
            re.sub(r"\s+", "", str(g.get("unit") or "")).lower()
    rows = {where.get(g["line"]) for g in gold}
    printed = [i for ln in rows for i in by_line.get(ln, [])]
    return {"gold": len(gold), "found": found, "printed": len(printed),
            "right": sum(1 for i in printed if i in used), "label_ok": label_ok, "unit_ok": unit_ok,
            "misses": misses}


def facts_of_text(text: str, suffix: str = ".md") -> list[dict]:
    """esglens's facts for a report given as text (the pipeline's facts stage, as `extract` runs it)."""
    from esglens.pipeline import analyze
    with tempfile.NamedTemporaryFile("w", suffix=suffix, encoding="utf-8", delete=False) as fh:
        fh.write(text)
        path = fh.name
    try:
        res = analyze(path, only=["facts"])
    finally:
        Path(path).unlink()
    return [{"line": f.line, "value": f.value, "year": f.year, "label": f.label, "unit": f.unit,
             "source": f.source} for f in res.facts]


def run_report(name: str, variants: list[str]) -> dict[str, dict]:
    lines = (SHARED / "corpus" / "reports" / f"{name}.txt").read_text(encoding="utf-8").split("\n")
    key = json.loads((SHARED / "eval" / "gold" / f"{name}.json").read_text(encoding="utf-8"))
    table_gold = [g for g in key["facts"] if g.get("source") == "table"]
    tables = find_tables(lines, {g["line"] for g in table_gold})
    in_tables = {n for t in tables for n in t.lines}
    gold = [g for g in table_gold if g["line"] in in_tables]
    out = {}
    for v in variants:
        text, where = render(lines, tables, v)
        out[v] = score(gold, facts_of_text("\n".join(text), ".txt" if v == "tab" else ".md"), where)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--reports", default="calb,jlmag,kstar")
    ap.add_argument("--variants", default=",".join(VARIANTS))
    ap.add_argument("--misses", type=int, default=0)
    ap.add_argument("--json")
    a = ap.parse_args(argv)
    if not (SHARED / "eval" / "gold").is_dir():
        print("../shared not present: nothing to score")
        return 0
    variants = a.variants.split(",")
    total: dict[str, dict] = {v: {"gold": 0, "found": 0, "printed": 0, "right": 0, "label_ok": 0, "unit_ok": 0}
                              for v in variants}
    t0 = time.process_time()
    per = {}
    for short in a.reports.split(","):
        name = f"{short}-2024-esg-report"
        per[short] = run_report(name, variants)
        for v, s in per[short].items():
            for k in total[v]:
                total[v][k] += s[k]
            print(f"{short:6} {v:13} recall {s['found']}/{s['gold']}  precision {s['right']}/{s['printed']}  "
                  f"label {s['label_ok']}  unit {s['unit_ok']}")
            for m in s["misses"][:a.misses]:
                print("    miss", m)
    print()
    for v, s in total.items():
        r = s["found"] / s["gold"] if s["gold"] else 0
        p = s["right"] / s["printed"] if s["printed"] else 0
        print(f"ALL    {v:13} recall {100 * r:5.1f} % ({s['found']}/{s['gold']})  precision {100 * p:5.1f} % "
              f"({s['right']}/{s['printed']})  label {s['label_ok']}/{s['found']}  unit {s['unit_ok']}/{s['found']}")
    print(f"cpu {time.process_time() - t0:.1f} s")
    if a.json:
        Path(a.json).write_text(json.dumps({"total": total, "per": {r: {v: {k: x for k, x in s.items()
                                if k != "misses"} for v, s in d.items()} for r, d in per.items()}}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
