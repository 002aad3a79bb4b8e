"""Highlight panels: a figure printed large over a caption in small type ("1,676 | ten thousand kWh |
cumulative PV generation"). Each becomes a one-row table — caption, unit, value — so that it is a
fact with its caption as label, like any table cell."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..core.settings import Settings, setting
from ..core.units import clean, vocabulary
from .pdf_lines import Fragment, Line
from .pdf_panel_heads import heading
from .pdf_panel_compare import CO2_TAIL, comparison, is_comparison, panel_head
from .pdf_tables import PageTable, is_number, is_year


@dataclass(frozen=True)
class PanelSettings(Settings):
    big: float = setting(1.8, "a panel's figure is set this many times the page's body size or larger", min=1)
    below: float = setting(1.6, "its caption starts within this many of the figure's sizes below it", min=0)
    line_gap: float = setting(1.8, "caption lines follow each other within this many of their sizes", min=0)
    max_lines: int = setting(3, "most caption lines", min=1)
    unit_words: int = setting(3, "a first caption line this short, with more below, is the unit", min=0)
    same_type: float = setting(0.15, "caption lines after the first keep its type size within this share", min=0)
    over: float = setting(0.8, "with no caption under it, a label line ends within this many figure sizes above it", min=0)
    over_words: int = setting(8, "... holding at most this many words", min=1)
    under_gap: float = setting(1.5, "a caption under the figure further below its box than this many of the "
                               "caption's sizes gives way to a label right over the figure", min=0)


PANELS = PanelSettings()
HEADER = ["Indicator", "Unit", "Value"]
_LEADING_ZERO = re.compile(r"^0\d")
# a figure, maybe with its unit or scale glued on: "1,676", "72%", "4.8Mt", "$55m", "+12%", "4.8MtCO2e",
# "622.9万t-CO2e" (a glued unit may hold digits and hyphens after its first letter)
# (a unit glued on, or scale and unit words in lower case after a space: not "1.1 Corporate Profile")
_FIGURE = re.compile(r"^[+\-–−~<>]?[$€£¥₹]?\d[\d,.]*(?:[^\W\d_](?:[^\W_]|[\-/·₂](?=\w)){0,15}"
                     r"|\s(?=[a-z])(?:[^\W\d_]{1,12}\s?){1,2})?[%％]?" + CO2_TAIL + "$")
# a step or chapter number ("3"), a year ("2023 highlights"): numbering, not a quantity
_NUMBERING = re.compile(r"^(?:\d|(?:19|20)\d{2}\b.*)$")
# a glued unit holding a digit or a hyphen ("MtCO2e", "万t-CO2e"): the figure's number reads apart from it
_GLUED = re.compile(r"^([+\-–−~<>]?[$€£¥₹]?\d[\d,.]*?)([^\W\d_](?:\S|\s(?=CO))*[\d\-/·₂]\S*)$")
# "20 years of": a figure whose words end in a word that joins it to the next line is a headline's start
_RUNS_ON = re.compile(r"[\s\d](?:of|for|in|to|with|and|at|on|by|from)$", re.I)
# "(2022: $33m)": the figure of the year before, printed under the caption
_PRIOR = re.compile(r"^\(?(?:19|20)\d{2}\s*:[^)]*\)?$")
# the caption is one phrase or sentence: running text after it is the page's prose
_SENTENCE_END = re.compile(r"[.!?。](?=\s+[A-Z])")


def find_panels(lines: list[Line], body: float, used: set[int], st: PanelSettings = PANELS) -> list[PageTable]:
    """Panels among the page's lines; `used` holds the ids of fragments already in tables."""
    frags = [g for ln in lines for f in ln.frags if id(f) not in used for g in _split_figures(f, body, st)]
    out: list[PageTable] = []
    taken: set[int] = set()
    heads: dict[int, str] = {}      # a panel's lowest caption line -> its heading (pdf_panel_heads)
    for f in frags:
        if id(f) in taken or not _is_figure(f, body, st):
            continue
        caption, over, compare = _caption(f, frags, taken, st)
        if not caption:
            continue
        texts = [c.text for c in caption if not _PRIOR.match(c.text.strip())]
        if not texts:
            continue
        unit = texts[0] if len(texts) > 1 and len(texts[0].split()) <= st.unit_words and _is_unit(texts) else ""
        label = " ".join(texts[1:] if unit else texts)
        if m := _SENTENCE_END.search(label):
            label = label[:m.start()]
        head, label, parts = _dated(f, caption, over, label, frags, taken)
        label = _headed(f, frags, heads, over, head, caption, label, taken)
        head, prior = panel_head(head, comparison(compare.text) if compare else None)
        parts += [compare] if prior else []
        taken.update(id(p) for p in parts)
        cap = caption[1:] if unit else caption
        unit_box = _box(caption[:1]) if unit else None
        value, unit = _glued(f.text, unit)
        row, boxes = [label, unit, value], [_box(cap), unit_box, _box([f])]
        if prior:   # the comparison's number apart from the panel's unit glued on ("32.7Mt CO2e")
            row, boxes = row + [_glued(prior, "")[0] if unit and _glued(prior, "")[1] == unit else prior], boxes + [_box([compare])]
        out.append(PageTable(rows=[head, row], title=None, header_rows=1, boxes=[[None] * len(row), boxes],
                             top=f.top, bottom=max(p.bottom for p in parts), x0=min(p.x0 for p in parts),
                             x1=max(p.x1 for p in parts), lines=[Line(frags=[p]) for p in parts], panel=True))
    return out


def _dated(f: Fragment, caption: list[Fragment], over: bool, label: str, frags: list[Fragment],
           taken: set[int]) -> tuple[list[str], str, list[Fragment]]:
    """The panel's header, label and fragments: a year printed over the figure (with a caption under it)
    heads its value column, else the one year its caption dates it to."""
    parts = [f, *caption]
    head = list(HEADER)
    if not over and (dated := _year_over(f, frags, taken | {id(c) for c in caption})) is not None:
        head[2], words, year_frag = dated
        label = f"{words} {label}".strip()
        parts.append(year_frag)
    elif (year := _caption_year(label)) is not None:
        head[2] = year
    elif over and (m := _YEAR_LEAD.match(label)):    # "2023 Scope 3 emissions" over the figure
        head[2], label = m.group(1), m.group(2)
    return head, label, parts


def _headed(f: Fragment, frags: list[Fragment], heads: dict[int, str], over: bool, head: list[str],
            caption: list[Fragment], label: str, taken: set[int]) -> str:
    """The label under the panel's bold heading ("Europe > Employees", pdf_panel_heads), when the caption
    stands under the figure and nothing over it dates it."""
    if over or head[2] != "Value" or (named := heading(f, frags, heads, taken)) is None:
        return label
    heads[id(max(caption, key=lambda c: c.bottom))] = named
    return f"{named} > {label}"


def _is_figure(f: Fragment, body: float, st: PanelSettings) -> bool:
    """A panel's figure: large, a quantity; not a chapter's number ("05"), a year over "at a glance", a
    step's number, or a headline's start ("20 years of | Internet …")."""
    t = f.text
    return f.size >= st.big * body and bool(_FIGURE.match(t)) and not _LEADING_ZERO.match(t) \
        and not is_year(t) and not _NUMBERING.match(t) and not _RUNS_ON.search(t)


def _glued(text: str, unit: str) -> tuple[str, str]:
    """(value, unit): with no unit line, a unit glued on that holds a digit or a hyphen ("622.9万t-CO2e",
    "4.8MtCO2e") is read apart from the number ("4.8Mt", "$55m" stay whole, as the figure reader takes them)."""
    if not unit and (m := _GLUED.match(text)):
        return m.group(1), m.group(2)
    return text, unit


# a year printed over a panel's figure: "FY2020", "FY 21 sales", "2023", "FY2025 target", "2021年度"
_YEAR_OVER = re.compile(r"^(?:FY\s?'?(?P<fy>\d{2}|(?:19|20)\d{2})|(?P<y>(?:19|20)\d{2})(?:年度|年)?)"
                        r"(?:\s+(?P<rest>[^\d]{1,30}))?$", re.I)
_PLAN = re.compile(r"^(?:targets?|forecasts?|plan|goals?|estimates?|outlook|budget)$", re.I)


def _year_over(big: Fragment, frags: list[Fragment], taken: set[int]) -> tuple[str, str, Fragment] | None:
    """The year printed right over the figure (the nearest line above it that overlaps it), as a column
    header ("FY2021", "FY2025 (target)"), with the words after it ("sales") for the label."""
    above = [g for g in frags if id(g) not in taken and g is not big and g.base < big.top + big.size / 2
             and big.base - g.base <= 1.5 * big.size and min(g.x1, big.x1) - max(g.x0, big.x0) > 0]
    if not above:
        return None
    g = max(above, key=lambda a: a.base)
    m = _YEAR_OVER.match(g.text.strip())
    if m is None:
        return None
    fy = m.group("fy")
    year = (f"FY{2000 + int(fy)}" if len(fy) == 2 else f"FY{fy}") if fy else m.group("y")
    rest = (m.group("rest") or "").strip()
    if _PLAN.match(rest):
        return f"{year} ({rest})", "", g
    return year, rest, g


# a caption that dates its figure: "spend in 2023", "emissions for FY2022", "as of March 2024"
_DATED = re.compile(r"\b(?:in|for|during|as of|as at|at the end of|end of)\s+(?:[A-Z][a-z]+\s+)?((?:FY\s?)?(?:19|20)\d{2})\b")
_YEAR_LEAD = re.compile(r"^((?:19|20)\d{2})\s+([^\W\d_].*)$")
_ANY_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _caption_year(label: str) -> str | None:
    """The one year the caption dates its figure to ("… spend in 2023"), when it names no other year."""
    m = _DATED.search(label)
    return m.group(1) if m and len(set(_ANY_YEAR.findall(label))) == 1 else None


def _caption_under(big: Fragment, frags: list[Fragment], taken: set[int], st: PanelSettings) -> list[Fragment]:
    """Small-type lines right under the figure, starting within its width."""
    out: list[Fragment] = []
    last = big
    for _ in range(st.max_lines):
        limit = st.below * big.size if last is big else st.line_gap * last.size
        nxt = [g for g in frags if id(g) not in taken and g is not big and g not in out
               and 0 < g.base - last.base <= limit + g.size and g.size < big.size / 1.5
               and (last is big or (g.base - last.base >= 0.8 * last.size      # a line of its own, in
                                    and abs(g.size - out[0].size) <= st.same_type * out[0].size))  # the same type
               and big.x0 - g.size <= g.x0 <= big.x1 + g.size and not is_number(g.text)]
        if not nxt or _heads_figure(best := min(nxt, key=lambda g: (g.base, g.x0)), last, frags):
            break
        last = best
        out.append(last)
    return out


def _heads_figure(g: Fragment, above: Fragment, frags: list[Fragment]) -> bool:
    """Panels stacked with their captions over the figures: a small line under a figure that stands closer
    over the next figure down is that figure's caption."""
    return any(h is not above and h.size >= 1.5 * g.size and _FIGURE.match(h.text) and min(h.x1, g.x1) > max(h.x0, g.x0)
               and -0.5 * g.size <= h.top - g.bottom < g.top - above.bottom for h in frags)


def _caption(big: Fragment, frags: list[Fragment], taken: set[int],
             st: PanelSettings) -> tuple[list[Fragment], bool, Fragment | None]:
    """The figure's caption lines, whether they stand over it, and the comparison figure printed under it
    ("2022: 32.7Mt", pdf_panel_compare; never the caption): the caption under it, else a label printed
    above it (a share under a label with no comparison under it is a donut's call-out, which
    pdf_chart_callouts reads or abstains on: no panel)."""
    under = _caption_under(big, frags, taken, st)
    compares = [g for g in under if is_comparison(g.text)]
    compare = next((g for g in compares if comparison(g.text)), None)
    under = [g for g in under if g not in compares]
    if compares and (not under or under[0].top > compares[0].top):
        # figure, comparison, then a note: the caption is the label over the figure, when there is one
        if over := _caption_over(big, frags, taken, st, dated=True):
            return over, True, compare
        under = _caption_under(big, frags, taken | {id(g) for g in compares}, st)  # read in their own type size
        under = [g for g in under if not is_comparison(g.text)]
    if under and under[0].top - big.bottom > st.under_gap * under[0].size and not compares \
            and (over := _caption_over(big, frags, taken, st)):
        return over, True, compare     # rule "near label": a line set apart below (a footer), a label right over it
    if under:
        return under, False, compare
    if not compares and big.text.rstrip().endswith(("%", "％")):
        return [], True, None
    return _caption_over(big, frags, taken, st), True, compare


def _caption_over(big: Fragment, frags: list[Fragment], taken: set[int], st: PanelSettings,
                  dated: bool = False) -> list[Fragment]:
    """With nothing under the figure: the small-type line right over it, starting within its width (a label
    printed above: "Employees" / "9,672"), short and no sentence, neither a number nor a year (a year and
    words, "2023 Scope 3 emissions", is a dated heading when a comparison under the figure says so: `dated`)."""
    above = [g for g in frags if id(g) not in taken and g is not big and -0.3 * g.size <= big.top - g.bottom <= st.over * big.size
             and g.size < big.size / 1.5 and big.x0 - g.size <= g.x0 <= big.x1 and not is_number(g.text)
             and not (_YEAR_OVER.match(g.text.strip()) and not (dated and _YEAR_LEAD.match(g.text.strip()))) and len(g.text.split()) <= st.over_words and not is_comparison(g.text)
             and not g.text.rstrip().endswith((".", "。", ":", "："))]
    if not above:
        return []
    out = [max(above, key=lambda a: a.bottom)]
    for _ in range(st.max_lines - 1):       # a label wrapped over lines set close, in one type, from one x
        top = out[0]
        up = [g for g in frags if id(g) not in taken and g not in out and 0.8 * top.size <= top.base - g.base
              <= st.line_gap * top.size and abs(g.size - top.size) <= st.same_type * top.size
              and abs(g.x0 - top.x0) <= top.size and not is_number(g.text) and not g.text.rstrip().endswith((".", "。"))]
        if not up:
            break
        out.insert(0, max(up, key=lambda a: a.base))
    return out


def _box(frags: list[Fragment]) -> tuple[float, float, float, float] | None:
    if not frags:
        return None
    return (min(f.x0 for f in frags), min(f.top for f in frags), max(f.x1 for f in frags), max(f.bottom for f in frags))


# a figure's words: it may carry a currency sign before it (a rupee sign its font maps to a backtick)
_FIGURE_START = re.compile(r"^[+\-–−~<>]?[$€£¥₹`]?\d|^[$€£¥₹`]$")


def _split_figures(f: Fragment, body: float, st: PanelSettings) -> list[Fragment]:
    """A row of panels set close together is read as one line ("9,672 `150billion 18,346"): in large
    type, each figure starts a fragment of its own (a word starting with a digit or a currency sign
    after a word that held a digit), with the scale words after it ("billion"). A rupee sign printed as
    a backtick is the rupee sign."""
    if f.size < st.big * body or len(f.words) < 2:
        return [_rupee(f)]
    groups: list[list] = [[]]
    for w in f.words:
        if groups[-1] and any(c.isdigit() for g in groups[-1] for c in g.text) and _FIGURE_START.match(w.text):
            groups.append([])
        groups[-1].append(w)
    groups = [part for g in groups for part in _stacked(g)]
    if len(groups) == 1:
        return [_rupee(f)]
    return [_rupee(Fragment(words=g)) for g in groups]


def _stacked(words: list) -> list[list]:
    """Rule "caption under the figure": small words that start inside a large figure's width, on a lower baseline
    ("18,542" over "Employees", taken into its line), are its caption, not part of it; small words after the
    figure on its line ("3,109.1 billion yen") stay with it."""
    big = words[0]
    cut = next((k for k, w in enumerate(words) if k and w.size < big.size / 1.5 and w.x0 < big.x1
                and w.base > big.base), None)
    return [words] if cut is None else [words[:cut], words[cut:]]


def _rupee(f: Fragment) -> Fragment:
    if f.text.startswith("`"):
        f.text = "₹" + f.text[1:].lstrip()
    return f


# a line starting with a joining word continues the line above it ("smartphones | and accessories")
_JOINS = re.compile(r"^(?:and|or|of|in|for|with|from|to|at|by|&)\b", re.I)


def _is_unit(texts: list[str]) -> bool:
    """The first of several caption lines is the figure's unit: a unit and nothing else, or a single
    word the next line does not continue ("megalitres | withdrawn at …", not "smartphones | and …")."""
    return _unit_line(texts[0]) or (len(texts[0].split()) == 1 and not _JOINS.match(texts[1]))


def _unit_line(text: str) -> bool:
    """Is the line a unit and nothing else ("ten thousand kWh", "billion yen", "%"), not a caption that
    merely holds a unit word ("Green Points collected")?"""
    u = clean(text)
    voc = vocabulary()
    for word in sorted(voc["scales"], key=len, reverse=True):
        u = re.sub(rf"(?<![\w,]){re.escape(word)}(?![\w,])" if word[0].isalnum() else re.escape(word), " ", u)
    u = re.sub(r"\s+", " ", u).strip(" .,;:()[]")
    return u == "" or u in voc["aliases"]
