"""Targets/results matrices: text-heavy grids with a header line like "Theme | KPI | FY2022 target |
FY2022 result | Evaluation" (or "Themes | Initiatives | Medium-Term Targets | Quantitative Index |
Fiscal 2021 Achievements | Explanation"), every cell a few lines of text with numbers inside.

Geometry, from word boxes only:
- the header line: four or more short fragments on one line, one naming results (achievements,
  results, actuals, status; not a target) and one naming targets (or goals, plans);
- columns: each header's column runs from the emptiest vertical channel between it and its left
  neighbour (the fewest body words cross it) to the next such channel;
- rows: bands of body text separated by horizontal white space across all columns;
- in a band, each bulleted item of the KPI column ("•", "・", "■") pairs with the result column's item
  in the same order when both columns hold as many items; with one KPI item, all results are its.
  Otherwise the row's theme alone labels the results (which KPI is which is not certain).

Each number printed in a result cell is a fact of its row: label "<theme> > <KPI>", year the result
header's year (none printed: the report's), unit the words printed after it when they are a unit
(else the lower-case words it counts, up to a stop word: "31 participants", "4 external directors"). Target cells give no facts (not actuals), nor do evaluation
marks or explanations; a year written in a cell ("compared to fiscal 2015") and the "1" of "1 in 6.8"
are not values. All the matrix's text is the table's: none of it is read again as prose. The matrix
ends at the first row holding a word that runs over a column edge (prose or a note under it); two cells'
texts read as one fragment are cut where a gap between their words holds an edge.
"""
from __future__ import annotations

import re

from ..core.numbers import year_of
from ..core.units import vocabulary
from .pdf_lines import Fragment, Line
from .pdf_matrix_roles import MATRIX, header_cells, join, may_hold_header, plain_header, role_of
from .pdf_panels import _unit_line
from .pdf_tables import PageTable

_YEAR = re.compile(r"(?:FY\s?|fiscal\s)?((?:19|20)\d{2})", re.I)
_BULLET = re.compile(r"^[•・■●▪◦]\s*")
# a number in a cell: "1,234", "5.7", "45%" (its unit words after it: MatrixSettings.unit_words)
# (a CJK character may stand right before it: "削減貢献539万t"; a Latin letter may not: "CO2", "Scope3")
_NUMBER = re.compile(r"(?<![A-Za-z0-9_.,/-])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\w.,]*\d)\s*(%|％)?")
# a number of years, months or days: a period's length ("5-year average", "（5年平均変化率）"), not a figure
# (a modifier: hyphenated, or a CJK unit of time with a word after it; "12 years", "12年" alone stay figures)
_DURATION = re.compile(r"-\s*(?:year|month|day)\b|(?:年(?!度)|か月|ヶ月|ヵ月|个月)(?=[\u3040-\u9fff])", re.I)
_BOUND = re.compile(r"\s*(?:以下|以上|未満|以内|内|超|或以上|或以下|or (?:less|more|fewer|higher|lower))?", re.I)
# a word right after "100%" that it describes ("100% renewable", "100%電気"), not "100% of the sites"
_WHOLLY = re.compile(r"\s?(?!of\b|の)[^\W\d_]", re.I)
# a footnote mark in a cell ("削減貢献^{※1}", "^{*2}")
_MARK = re.compile(r"\^\{[^}]*\}|※\d*")
_STOP = {"in", "of", "and", "the", "a", "an", "to", "for", "with", "from", "at", "on", "by", "or", "as"}


def find_matrices(lines: list[Line], used: set[int]) -> list[PageTable]:
    """The page's targets/results matrix as one table of the result cells' numbers; [] when none."""
    head = _header(lines, used)
    if head is None:
        return []
    cols = {name: i for i, name in _roles(head).items()}
    if "result" not in cols or "target" not in cols:
        return []
    edges, cut = _body(lines, used, head)
    pieces = {id(g): f for g, f in cut}
    bands = _until_crossing(_bands([g for g, _ in cut]) if cut else [], edges)
    year = _year(head[cols["result"]].text)
    rows = [["Indicator", "Unit", str(year) if year else "Value"]] + _read(bands, edges, len(head), cols)
    if len(rows) == 1:
        return []
    # the page's own fragments (a cut fragment whole), so that none of the matrix is read again as prose
    parts = [p for h in head for p in getattr(h, "parts", [h])] \
        + list({id(o): o for band in bands for g in band if (o := pieces.get(id(g), g))}.values())
    return [PageTable(rows=rows, title=None, header_rows=1, top=min(p.top for p in parts),
                      bottom=max(p.bottom for p in parts), x0=min(p.x0 for p in parts), x1=max(p.x1 for p in parts),
                      lines=[Line(frags=[p]) for p in parts], panel=True)]


def _body(lines: list[Line], used: set[int], head: list[Fragment]) -> tuple[list[float], list[tuple[Fragment, Fragment]]]:
    """The columns' left edges, and the body's fragments as (piece in one column, page fragment)."""
    below = [f for ln in lines for f in ln.frags if id(f) not in used and f.top > max(h.bottom for h in head)]
    # a cell's text starts left of its heading's end: what starts right of the last heading's text stands
    # beside the matrix (prose, a panel), and the last column ends where the first of it starts
    right = min((f.x0 for f in below if f.x0 > head[-1].x1), default=float("inf"))
    whole = [f for f in below if f.x0 < right]
    edges = _edges(head, whole)
    return edges, [(g, f) for f in whole if f.x0 >= edges[0] for g in _cut(f, edges + [right]) if g.x0 < right]


def _read(bands: list[list[Fragment]], edges: list[float], ncols: int, cols: dict[str, int]) -> list[list[str]]:
    rows: list[list[str]] = []
    themes: list[tuple[float, str]] = []
    for i, band in enumerate(bands):
        cells = [[f for f in band if _col(f, edges) == c] for c in range(ncols)]
        # a band with no theme of its own: the one above, else (a theme centred on a cell over many
        # rows) the first one below
        themes = _themes(cells[0]) or themes[-1:] or _first_theme(bands[i + 1:], edges)
        # the KPI column, else (no KPI column) the target cell left of the results, which names its KPI
        k = cols.get("kpi", cols["target"] if cols["target"] < cols["result"] else None)
        kpi, results = _paired_items(cells[k] if k is not None else [], cells[cols["result"]])
        if "kpi" not in cols:
            kpi = [(t, name) for t, text in kpi if (name := kpi_name(text))]
        rows += _rows(themes, kpi, results, max((f.size for f in cells[cols["result"]]), default=10.0))
    return rows


def _paired_items(kcell: list[Fragment], rcell: list[Fragment]) -> tuple[list, list]:
    """The KPI cell's and the result cell's items ((top, text) each): their bulleted items; when these do
    not pair or are fewer than the grid rows the band holds (bands join rows set close): lines starting level in both
    cells after a row's white gap ("件数:0件の維持" beside "件数:0件", then "取扱量:1,700万t" beside
    "取扱量:1,918万t"), when both cells split into as many rows."""
    kpis, results = _items(kcell), _items(rcell)
    if not kcell or not rcell:
        return kpis, results
    ks, rs = _row_starts(kcell), _row_starts(rcell)
    starts = [t for t in ks if any(abs(t - u) <= MATRIX.level * min(f.size for f in kcell) for u in rs)]
    if len(starts) < 2 or len(starts) != len(ks) or len(starts) != len(rs) \
            or (len(kpis) == len(results) and len(starts) <= len(results)):
        return kpis, results
    return _grouped(kcell, starts), _grouped(rcell, rs)


def _row_starts(cell: list[Fragment]) -> list[float]:
    """Tops of the cell's lines that follow a gap wider than a cell's leading (the first line's too)."""
    out: list[float] = []
    last = None
    for f in sorted(cell, key=lambda g: g.top):
        if last is None or f.top - last.top > MATRIX.row_leading * last.size:
            out.append(f.top)
        last = f
    return out


def _grouped(cell: list[Fragment], starts: list[float]) -> list[tuple[float, str]]:
    groups: list[str] = ["" for _ in starts]
    for f in sorted(cell, key=lambda g: (round(g.base), g.x0)):
        i = max((j for j, t in enumerate(starts) if t <= f.top + f.size / 2), default=0)
        groups[i] = join(groups[i], _BULLET.sub("", f.text.strip()))
    return list(zip(starts, groups))


def _first_theme(bands: list[list[Fragment]], edges: list[float]) -> list[tuple[float, str]]:
    return next((t[:1] for band in bands if (t := _themes([f for f in band if _col(f, edges) == 0]))), [])


def _header(lines: list[Line], used: set[int]) -> list[Fragment] | None:
    """The first band of short headings (read over up to three wrapped lines, pdf_matrix_roles) naming a
    results column and a targets column."""
    if not may_hold_header(lines, used):
        return None
    for k in range(len(lines)):
        for fs in header_cells(lines, used, k):
            if len(fs) < MATRIX.min_columns or not all(plain_header(f) for f in fs):
                continue
            roles = _roles(fs)
            if "result" in roles.values() and "target" in roles.values():
                return fs
    return None


def _roles(head: list[Fragment]) -> dict[int, str]:
    """{column: role}: the result column, the target column, the KPI column (named, else the one left of
    the results when that is no target column); the words are data (data/table_roles.yaml)."""
    out: dict[int, str] = {}
    for i, f in enumerate(head):
        role = role_of(f.text)
        if role == "target":
            out.setdefault(i, "target")
        elif role and role not in out.values():
            out[i] = role
    res = next((i for i, r in out.items() if r == "result"), None)
    if "kpi" not in out.values() and res and res - 1 not in out:
        out[res - 1] = "kpi"
    return {i: r for i, r in out.items()}


def _edges(head: list[Fragment], body: list[Fragment]) -> list[float]:
    """Each column's left edge: the emptiest channel between a header's text and the next's (for the
    first column, its own header's left less the body text hanging out on its left within a header's width)."""
    edges = [head[0].x0 - (head[1].x0 - head[0].x1) / 2]
    # a line over two headers' starts spans columns (prose, a note, two cells read as one): not counted
    body = [f for f in body if sum(1 for h in head if f.x0 < h.x0 < f.x1) < 2]
    for a, b in zip(head, head[1:]):
        lo = a.x1 if a.x1 < b.x0 else a.x0      # between the two headers' texts
        xs = [lo + k for k in range(int(b.x0 - lo) + 1)]
        cross = [(sum(1 for f in body if f.x0 < x < f.x1), -x) for x in xs]
        edges.append(-min(cross)[1])
    return edges


def _until_crossing(bands: list[list[Fragment]], edges: list[float]) -> list[list[Fragment]]:
    """The bands before the first with a line running over the columns (the matrix has ended: prose, a note)."""
    return next((bands[:i] for i, band in enumerate(bands) if _crosses(band, edges)), bands)


def _crosses(band: list[Fragment], edges: list[float]) -> bool:
    """Does a line of the band run over a column edge (by more than half a type size either side)?"""
    return any(f.x0 + f.size / 2 < e < f.x1 - f.size / 2 for f in band for e in edges[1:])


def _cut(f: Fragment, edges: list[float]) -> list[Fragment]:
    """Two cells' texts read as one fragment ("… research institutes 226billion yen …"): cut it where a
    gap wider than a word space between its words holds a column edge (a line with a mere space there
    runs over the columns)."""
    parts: list[list] = [[]]
    for w in f.words:
        gap = w.x0 - parts[-1][-1].x1 if parts[-1] else 0
        if gap > MATRIX.cut_gap * w.size and any(parts[-1][-1].x1 <= e <= w.x0 for e in edges[1:]):
            parts.append([])
        parts[-1].append(w)
    return [f] if len(parts) == 1 else [Fragment(words=p) for p in parts]


def _col(f: Fragment, edges: list[float]) -> int:
    return max(i for i, e in enumerate(edges) if f.x0 >= e - 1) if f.x0 >= edges[0] - 1 else -1


def _bands(body: list[Fragment]) -> list[list[Fragment]]:
    out: list[list[Fragment]] = []
    bottom = None
    gap = MATRIX.row_gap * sorted(f.size for f in body)[len(body) // 2]
    for f in sorted(body, key=lambda g: g.top):
        if bottom is None or f.top > bottom + gap:
            out.append([])
            bottom = f.bottom
        out[-1].append(f)
        bottom = max(bottom, f.bottom)
    return out


def _themes(cell: list[Fragment]) -> list[tuple[float, str]]:
    """The theme column's blocks (lines one under the other at one left edge) as (top, name): a block's
    name is its first line and the short lines right under it ("Corporate | Governance"), not the
    description that may follow ("Introduce state-of-the-art technologies to …")."""
    out: list[tuple[float, str]] = []
    last: Fragment | None = None
    joining = False
    for f in sorted(cell, key=lambda g: (round(g.top), g.x0)):
        # one block: lines one under the other at one left edge, or centred on one axis (a centred cell)
        near = last is not None and (abs(f.x0 - last.x0) <= 2 or abs(f.x0 + f.x1 - last.x0 - last.x1) <= 4) \
            and 0 < f.top - last.top <= 1.6 * last.size
        if not near:
            out.append((f.top, f.text.strip()))
            joining = True
        elif joining and len(f.text.split()) <= MATRIX.theme_words and len(last.text.split()) <= MATRIX.theme_words:
            out[-1] = (out[-1][0], join(out[-1][1], f.text.strip()))
        else:
            joining = False
        last = f
    return out


def _theme_of(top: float, themes: list[tuple[float, str]], size: float) -> str:
    """The theme block starting last at or above the item (within a line); for an item above them all
    (a theme set in the middle of its row), the first."""
    above = [(t, name) for t, name in themes if t <= top + size]
    return max(above)[1] if above else (min(themes)[1] if themes else "")


def _items(cell: list[Fragment]) -> list[tuple[float, str]]:
    """A cell's items as (top, text): each bulleted line starts one, the lines under it continue it."""
    out: list[tuple[float, str]] = []
    for f in sorted(cell, key=lambda g: (round(g.base), g.x0)):
        t = f.text.strip()
        if _BULLET.match(t) or not out:
            out.append((f.top, _BULLET.sub("", t)))
        else:
            out[-1] = (out[-1][0], join(out[-1][1], t))
    return [o for o in out if o[1]]


def kpi_name(text: str) -> str:
    """A target cell's words as the name of its KPI: the figures and their units taken out, a colon read
    as a level ("…を通じたCO2削減：再エネ電源取扱量200万kW" → "…を通じたCO2削減 > 再エネ電源取扱量")."""
    text = re.sub(r"CO\s?2", "CO2", _MARK.sub("", text))
    for m in reversed(list(_NUMBER.finditer(text))):
        end = m.end() + len(_unit_after(text[m.end():]))
        end += len(_BOUND.match(text[end:]).group(0))       # "8%以下", "120 kt or less": the target's bound
        text = text[:m.start()] + " " + text[end:]
    parts = [re.sub(r"\s+", " ", p).strip(" 、,;") for p in re.split(r"[:：]", text)]
    return " > ".join(p for p in parts if p)


def _rows(themes: list[tuple[float, str]], kpis: list[tuple[float, str]], results: list[tuple[float, str]],
          size: float) -> list[list[str]]:
    if len(kpis) == len(results):
        pairs = list(zip(kpis, results))
    elif len(kpis) == 1:
        pairs = [(kpis[0], r) for r in results]
    else:
        pairs = [((r[0], ""), r) for r in results]    # which KPI is not certain: the theme alone
    out = []
    for (top, k), (_, r) in pairs:
        label = " > ".join(p for p in (_theme_of(top, themes, size), k) if p)
        out += [[label, unit, value] for value, unit in numbers(r)]
    return out


def numbers(text: str) -> list[tuple[str, str]]:
    """(value, unit) of each number printed in a cell's text; years, and the "1" of "1 in 6.8", are none."""
    text = re.sub(r"CO\s?2", "CO2", _MARK.sub("", text))
    out = []
    shared = _shared_heads(text)
    for m in _NUMBER.finditer(text):
        whole = m.group(1) + (m.group(2) or "")
        after = text[m.end():]
        if _year(whole) and not m.group(2) and not m.group(3):
            continue
        if re.match(r"\s*in\s+\d", after) or (not m.group(3) and _DURATION.match(after)):
            continue   # "1 in 6.8 employees": a ratio's first term; "5-year average": a period's length
        if not m.group(2) and after.startswith(("月", "月份")) and 1 <= int(whole) <= 12:
            continue   # "環境月間（6月）", "2022年3月末": a month, not a figure
        if whole == "100" and m.group(3) and _WHOLLY.match(after):
            continue   # "100% renewable electricity", "100%電気", "100%子会社": a kind, not a result
        if re.match(r"[^.;:()]{0,30}?\b(?:in|for|as of)\s+(?:fiscal\s+|FY\s?)?(?:19|20)\d{2}\b", after, re.I):
            continue   # "(up from 25.1% in 2022)": another year's figure (a base "compared to 2015" stays)
        out.append((whole, "%" if m.group(3) else shared.get(m.start()) or _unit_after(after)))
    return out


# a CJK scale glued to a Latin unit, with the cell's text running on ("万kWの再生可能…", "亿kWh，")
_CJK_SCALED = re.compile(r"(万|億|千|百万|千万|亿)([A-Za-z][A-Za-z0-9\-/·₂]*)")

_CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]{1,6}")


def _unit_after(after: str) -> str:
    if (m := _CJK_SCALED.match(after)) and _unit_line(m.group(2)):
        return m.group(0)
    if m := _CJK_RUN.match(after):      # a CJK unit word with the cell's text running on ("小时内", "万件の")
        scale = re.match(r"百万|千万|万|億|亿|千", m.group(0))
        head = scale.group(0) if scale else ""
        rest = m.group(0)[len(head):]
        return head + next((rest[:n] for n in range(len(rest), 0, -1) if _unit_line(rest[:n])), "")
    # the words after the figure up to the next number or stop; a digit inside a word is the unit's ("tons-CO2", "m3")
    words = re.match(r"[\s(]*((?:[^\d,.;:()]|(?<=[A-Za-z])\d)*)", after).group(1).split()[:MATRIX.unit_words]
    for n in range(len(words), 0, -1):
        if _unit_line(" ".join(words[:n])):
            if n == 1 and words[0].lower() in vocabulary()["scales"] and len(words) > 1 and words[1] not in _STOP:
                return " ".join(words[:2])   # a scale alone ("million") takes the word after it ("tons-CO2")
            return " ".join(words[:n])
    return _counted_noun(words)


def _counted_noun(words: list[str]) -> str:
    """No unit word after the figure: the lower-case words it counts, up to a stop word and at most to the first
    plural ("4 external directors," is in "external directors", not "external"; "17 countries taking part" in
    "countries")."""
    run = []
    for w in words:
        if not re.fullmatch(r"[a-z][a-z-]*", w) or w in _STOP:
            break
        run.append(w)
        if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
            break
    return " ".join(run)


# two figures sharing one counted noun: "7 industry-industry and 122 industry-academia cases" — each is in "cases"
_SHARED_HEAD = re.compile(r"(\d[\d,.]*)\s+[a-z][a-z-]*\s+(?:and|or)\s+(\d[\d,.]*)\s+[a-z][a-z-]*\s+([a-z]{3,}s)\b")


def _shared_heads(text: str) -> dict[int, str]:
    """{start of a figure: the counted noun it shares with the other figure of its pair} (`_SHARED_HEAD`)."""
    return {m.start(g): m.group(3) for m in _SHARED_HEAD.finditer(text) for g in (1, 2)}


def _year(text: str) -> int | None:
    m = _YEAR.search(text)
    return year_of(m.group(1)) if m else None
