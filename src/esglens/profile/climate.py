"""Climate risks and opportunities from the report's risk tables, and the scenarios it uses."""
from __future__ import annotations

import re

from ..model import Document, TableBlock
from .text import Unit, any_match, candidates, cells, loc, norm_key, rx, squash, tables, unglue, vocab

# Column roles by header words; order matters (a "Financial Impact" column is not a plain impact one).
_COLUMNS = [("scenario", r"scenario"), ("financial_impact", r"financ"), ("horizon", r"\btime|period|horizon|cycle|\bterm"),
            ("response", r"response|countermeasure|strateg|action|measure|management"),
            ("level", r"level|degree|rating"), ("type", r"type|category|categories"),
            ("description", r"description|factor|^risks?$|^opportunit"), ("impact", r"impact|influence")]


def scenarios(doc: Document, units: list[Unit]) -> list[dict]:
    out: dict[str, dict] = {}
    every = [p for s in vocab()["scenarios"] for p in s["patterns"]]
    for u in candidates(units, every):
        for s in vocab()["scenarios"]:
            if s["name"] not in out and any_match(s["patterns"], u.text):
                out[s["name"]] = {"name": s["name"], "family": s["family"], **loc(u)}
    for t in tables(doc):
        text = " ".join(" ".join(cells(r)) for r in t.rows)
        for s in vocab()["scenarios"]:
            if s["name"] not in out and any_match(s["patterns"], text):
                row = next(r for r in t.rows if any_match(s["patterns"], " ".join(cells(r))))
                out[s["name"]] = {"name": s["name"], "family": s["family"], **loc(row)}
        # The report's own scenario names head the columns of a table of climate pathways.
        if t.rows and rx(r"RCP|SSP|IPCC|IEA|NGFS").search(text):
            for h in cells(t.rows[0]):
                if re.fullmatch(r"[A-Z][\w -]{0,40} [Ss]cenarios?", h) and h not in out:
                    out[h] = {"name": h, "family": "own", **loc(t.rows[0])}
    # A pathway named twice (SSP1 and SSP1-2.6) is kept at its most specific.
    names = list(out)
    kept = [v for k, v in out.items() if not any(o != k and o.startswith(k + "-") for o in names)]
    return sorted(kept, key=lambda s: (s.get("line") or 0, s.get("page") or 0))


def risks(doc: Document) -> list[dict]:
    out: list[dict] = []
    last_climate_line = -10**6
    for t in tables(doc):
        rows = t.rows
        # A first row with one filled cell is the table's caption; the header is the next row.
        if rows and sum(1 for c in cells(rows[0]) if c) == 1 and len(rows) > 2:
            t = TableBlock(id=t.id, rows=rows[1:], title=cells(rows[0])[0] if rows[0].cells else t.title, section=t.section)
        if len(t.rows) < 2:
            continue
        header = cells(t.rows[0])
        head = " ".join(header).lower()
        if not re.search(r"risk|opportunit", head) or not re.search(r"descri|factor|impact|influence|response|countermeasure", head):
            continue
        if re.search(r"identification.*analysis|analysis.*assessment", head) and not re.search(r"descri|factor", head):
            continue  # a process table (identify → assess → respond), not a list of risks
        first_line = t.rows[0].line if t.rows[0].line is not None else -10**6
        # A risk table right after a climate one belongs to the same discussion (e.g. opportunities).
        if not _is_climate(t, header) and first_line - last_climate_line > 30:
            continue
        is_opp = bool(re.search(r"opportunit", header[0].lower() if header else ""))
        roles = _roles(header)
        for row in _filled(t):
            item = _row_item(row, header, roles, is_opp, t)
            if item is None:
                continue
            if not _merge(out, item):
                out.append(item)
            last_climate_line = t.rows[-1].line if t.rows[-1].line is not None else last_climate_line
    return out


def _is_climate(t: TableBlock, header: list[str]) -> bool:
    """Climate tables say so in their caption, section or header, or classify rows as physical/transition."""
    if rx(r"climat").search(" ".join([t.title or "", t.section or "", *header])):
        return True
    leading = [c for r in t.rows[1:] for c in cells(r)[:2] if c and len(c) <= 40]
    return any(rx(r"physical|transition|transformation|acute|chronic|entity risk").search(c) for c in leading)


def _roles(header: list[str]) -> list[str | None]:
    roles: list[str | None] = []
    for h in header:
        low = h.lower().strip()
        roles.append(next((name for name, p in _COLUMNS if low and re.search(p, low)), None))
    return roles


def _filled(t: TableBlock) -> list:
    """Rows with blank leading cells filled from the row above (merged type/category cells)."""
    rows = []
    prev: list[str] = []
    for r in t.rows[1:]:
        cs = cells(r)
        if cs and cs == cells(t.rows[0]):
            continue  # a repeated header
        for i in range(min(2, len(cs))):
            if not cs[i] and i < len(prev) and prev[i] and any(cs[i + 1:]):
                cs[i] = prev[i]
            else:
                break
        prev = cs
        rows.append((cs, r))
    return rows


def _risk_type(text: str, is_opp: bool) -> str | None:
    if is_opp or rx(r"opportunit").search(text):
        return "opportunity"
    for kind in ("physical", "transition"):
        if any(rx(p).search(text) for p in vocab()["risk_types"][kind]):
            return kind
    return None


def _category(text: str) -> str | None:
    found = [c["id"] for c in vocab()["risk_categories"] if any_match(c["patterns"], text)]
    return "+".join(dict.fromkeys(found)) or None


def _horizons(text: str) -> list[str]:
    return [h["id"] for h in vocab()["horizons"] if any_match(h["patterns"], text)]


def _fields(cs: list[str], roles: list) -> tuple[dict[str, str], list[str]]:
    """A row's cells by their column's role, and its short leading cells naming a type or category."""
    fields: dict[str, str] = {}
    short_cells: list[str] = []
    for i, c in enumerate(cs):
        if not c:
            continue
        role = roles[i] if i < len(roles) else None
        # Short leading cells name the type or category whatever the (often misaligned) header says.
        if i < 3 and len(c) <= 40 and (_category(c) or _risk_type(c, False)) and role not in ("horizon", "level", "financial_impact"):
            short_cells.append(c)
            continue
        if role == "type" and i < 2 and len(c) <= 40:
            short_cells.append(c)
            continue
        key = role if role and role != "type" else "description"
        if key == "financial_impact" and key in fields:
            fields[key] += " | " + c  # several financial columns (on what, potential, current) read as one
        else:
            fields.setdefault(key, c)
    return fields, short_cells


def _row_item(pair, header: list[str], roles: list, is_opp: bool, t: TableBlock) -> dict | None:
    cs, row = pair
    fields, short_cells = _fields(cs, roles)
    fields = {k: unglue(v) if isinstance(v, str) else v for k, v in fields.items()}
    if not fields.get("description") and fields.get("impact"):
        fields["description"] = fields.pop("impact")
    label = " ".join(short_cells)
    if not fields.get("description") and len(short_cells) == 1 and any(k in fields for k in ("financial_impact", "horizon")):
        fields["description"] = short_cells[0]  # a follow-up table naming the risk by its category
    if not fields.get("description"):
        return None
    kind = _risk_type(label, is_opp) or _risk_type(" ".join(header) + " " + (t.title or "") + " " + (t.section or ""), is_opp)
    if kind is None:
        return None
    horizon = fields.get("horizon")
    return {"type": kind, "category": _category(label) if kind != "opportunity" else (_category(label) or squash(label) or None),
            "category_label": squash(label) or None, "description": squash(fields["description"])[:400],
            "impact": squash(fields["impact"])[:400] if fields.get("impact") else None,
            "level": fields.get("level"), "horizon": horizon, "horizons": _horizons(horizon or ""),
            "financial_impact": squash(fields["financial_impact"])[:1500] if fields.get("financial_impact") else None,
            "response": squash(fields["response"])[:400] if fields.get("response") else None,
            "scenario": fields.get("scenario"), **loc(row)}


def _words(text: str) -> set[str]:
    return set(norm_key(text).split())


def _merge(out: list[dict], item: dict) -> bool:
    """A second table about the same risk (responses, financial effects) fills the first one's gaps."""
    for old in out:
        if old["type"] != item["type"]:
            continue
        a, b = _words(old["description"]), _words(item["description"])
        same = (a and b and len(a & b) / len(a | b) >= 0.6) or norm_key(item["description"]) in (
            norm_key(old.get("category_label") or ""), norm_key(old["description"][:60]))
        if not same and old.get("category_label"):
            same = norm_key(old["category_label"]).endswith(norm_key(item["description"]).rstrip("s"))
        if same:
            for k, v in item.items():
                if old.get(k) in (None, [], "") and v not in (None, [], ""):
                    old[k] = v
            old.setdefault("lines", [old.get("line")])
            old["lines"].append(item.get("line"))
            return True
    return False
