"""Plotly figures (plain dicts) from compare rows; static/charts.js draws them with the local plotly.min.js.

Plotly renders a few HTML tags inside text and decodes entities, so every string from a report is
entity-escaped here: Plotly then shows it literally.
"""
from __future__ import annotations

import html
from collections import Counter, defaultdict

# Names go in through "text", never into the template itself (a name could hold "%{...}").
HOVER = "%{text}<br>%{x}: %{y:,.6~g}<extra></extra>"
# Twelve colours: a dozen peers get a colour each (with eight, the 1st and the 9th company shared one line colour).
PALETTE = ["#1f6f8b", "#e07a1f", "#3a9d5d", "#b23a48", "#6c5ba7", "#8a6d3b", "#2b8cbe", "#999999",
           "#17becf", "#bcbd22", "#e377c2", "#393b79"]


def _t(text: object) -> str:
    return html.escape(str(text if text is not None else ""), quote=True)


def _short(text: str, width: int = 24) -> str:
    """Tick and legend text: long company names would crowd the plot (hover shows the full name)."""
    return _t(text if len(text) <= width else text[: width - 1].rstrip() + "…")


def _main_unit(rows: list[dict]) -> tuple[str, list[dict]]:
    """The unit most of a metric's normalized figures share, and those figures (mixed units never share an axis)."""
    norm = [r for r in rows if r.get("normalized")]
    if not norm:
        return "", []
    unit = Counter(r["unit"] for r in norm).most_common(1)[0][0]
    return unit, [r for r in norm if r["unit"] == unit]


# Figures of one metric that span this many times from the smallest to the largest are drawn on a log axis:
# on a linear one a 40-million-tonne emitter (or one misread figure) flattens every 4,000-tonne peer to zero.
LOG_SPREAD = 1000


def _y_axis(unit: str, values: list) -> dict:
    axis = {"title": {"text": _t(unit)}, "rangemode": "tozero", "gridcolor": "#e5e8ec"}
    vals = [v for v in values if v is not None]
    if vals and min(vals) > 0 and max(vals) / min(vals) >= LOG_SPREAD:
        axis.update({"type": "log", "title": {"text": f"{_t(unit)} (log scale)"}})
        del axis["rangemode"]
    return axis


def _layout(title: str, unit: str, x_title: str, *, category_x: bool, legend_items: int = 1,
            values: list | None = None) -> dict:
    return {
        "title": {"text": title, "font": {"size": 14}, "x": 0, "xanchor": "left"},
        "margin": {"l": 70, "r": 20, "t": 40, "b": 60},
        "height": 320 + 22 * max(0, -(-legend_items // 3) - 1),
        "autosize": True,
        "yaxis": _y_axis(unit, values or []),
        "xaxis": {"title": {"text": x_title}, "type": "category" if category_x else "-", "dtick": 1},
        "legend": {"orientation": "h", "y": -0.12, "yanchor": "top"},
        "paper_bgcolor": "#ffffff", "plot_bgcolor": "#ffffff",
        "font": {"family": "system-ui, -apple-system, Segoe UI, Roboto, sans-serif", "size": 12},
    }


def trend_figure(metric: str, rows: list[dict]) -> dict | None:
    """One line per company: the metric by year."""
    unit, rows = _main_unit(rows)
    if not rows:
        return None
    by_company: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        by_company[r["company"]].append(r)
    data = []
    for i, (company, pts) in enumerate(sorted(by_company.items(), key=lambda kv: kv[0].casefold())):
        pts.sort(key=lambda r: r["year"])
        data.append({"type": "scatter", "mode": "lines+markers", "name": _short(company),
                     "x": [r["year"] for r in pts], "y": [r["value"] for r in pts],
                     "text": [_t(company)] * len(pts), "hovertemplate": HOVER,
                     "line": {"color": PALETTE[i % len(PALETTE)], "width": 2}})
    layout = _layout(f"{_t(metric)} — trend", unit, "", category_x=False, legend_items=len(by_company),
                     values=[r["value"] for r in rows])
    return {"data": data, "layout": layout}


def bar_figure(metric: str, rows: list[dict]) -> dict | None:
    """Companies side by side, one bar per year."""
    unit, rows = _main_unit(rows)
    if not rows:
        return None
    companies = sorted({r["company"] for r in rows}, key=str.casefold)
    years = sorted({r["year"] for r in rows})
    value = {(r["company"], r["year"]): r["value"] for r in rows}
    data = [{"type": "bar", "name": str(y), "x": [_t(c) for c in companies],
             "y": [value.get((c, y)) for c in companies], "marker": {"color": PALETTE[i % len(PALETTE)]},
             "text": [f"{_t(c)} · {y}" for c in companies], "textposition": "none", "hovertemplate": HOVER}
            for i, y in enumerate(years)]
    layout = _layout(f"{_t(metric)} — by company", unit, "", category_x=True, values=[r["value"] for r in rows])
    layout["barmode"] = "group"
    # Years in a column right of the plot: below it they would collide with slanted company names, above it
    # (two rows of them) with the title.
    layout["legend"] = {"orientation": "v", "x": 1.01, "xanchor": "left", "y": 1, "yanchor": "top"}
    layout["margin"]["l"] = 90
    layout["xaxis"].update({"tickvals": [_t(c) for c in companies], "ticktext": [_short(c, 18) for c in companies],
                            "tickangle": 0 if len(companies) <= 3 else -25, "automargin": True})
    return {"data": data, "layout": layout}


def figures_by_metric(rows: list[dict], metrics: list[str], kinds: tuple[str, ...] = ("bar", "trend")) -> list[dict]:
    """For each metric in order: its figures (id, kind, figure) and how many figures could not be charted."""
    out = []
    for n, metric in enumerate(metrics):
        mine = [r for r in rows if r["metric"] == metric]
        unit, charted = _main_unit(mine)
        figs = []
        for kind in kinds:
            fig = bar_figure(metric, mine) if kind == "bar" else trend_figure(metric, mine)
            if fig:
                figs.append({"id": f"chart-{n}-{kind}", "kind": kind, "figure": fig})
        out.append({"metric": metric, "unit": unit, "figures": figs, "rows": mine,
                    "uncharted": len(mine) - len(charted)})
    return out
