"""Japanese and Chinese topic lists: a materiality figure's boxes flattened into lines of short phrases with
no spaces inside a phrase, so a space between two CJK characters parts two items ("気候変動 エネルギーへの
アクセス"); the phrases carry no capital letters, and a line ending in a particle continues on the next
("組織・事業が" / "社会に与えるインパクト")."""
from __future__ import annotations

import re
from itertools import takewhile

CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
ANCHOR = re.compile(r"マテリアリティ|重要課題|重要な課題|重要性評価|实质性议题|重要性议题|重大性议题|实质性")
_PARTS = re.compile(r"(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])")
_SENTENCE = re.compile(r"[。、，；：？！「」『』（）()]|です|ます|した|する|している")
# axis labels of a materiality matrix: "ステークホルダーからの期待", "組織・事業が社会に与えるインパクト", "重要度"
_AXIS = re.compile(r"(?:からの|への|に与える|に対する|对)\S{0,6}(?:期待|インパクト|影響|関心|影响|关注)$|重要度$|関心度$|^[高中低]$")
_PARTICLE = re.compile(r"[がのをにとはへ・＆&]$")   # (and a phrase broken after its middle dot or ampersand)
MAX_CHARS = 24
# a group of issues the report only recognises, watches or lists besides its material ones ("認識している課題",
# "その他の課題", "其他议题", "持续关注的议题"): the material list is over
_NOT_MATERIAL = re.compile(r"認識している|その他|注視|モニタリング|其他|持续关注|关注的")


def has_cjk(text: str) -> bool:
    return bool(CJK.search(text))


def items(line: str) -> list[str]:
    """The phrases of one line of a flattened CJK list."""
    return [p for p in _PARTS.split(line) if p.strip()]


def kind(text: str) -> tuple[str, object] | None:
    """What a CJK phrase of a flattened list is (as topic_lists._classify); None for text with no CJK."""
    if not has_cjk(text):
        return None
    if len(text) > MAX_CHARS or _SENTENCE.search(text) or _NOT_MATERIAL.search(text):
        return "text", None
    if len(CJK.findall(text)) < 2 or "^{" in text or re.search(r"\d", text) or _AXIS.search(text) or ANCHOR.search(text):
        return "noise", None      # a character of a vertical axis label, a number, an axis, a heading
    if _PARTICLE.search(text):
        return "open", text
    return "topic", text


COLUMN_PT = 2.0


def run(blocks, i: int, in_window) -> list[dict]:
    """The topics of a CJK list after the materiality heading blocks[i]: the phrases of the figure's lines
    until a sentence, or (PDF) until prose follows the figure's cells. A cell with indented cells below it
    heads a group ("社会との良好な関係" over its topics): its text is the group's label, not a topic."""
    out: list[dict] = []
    group, pending, seen_cells = None, "", False
    after = list(takewhile(lambda b: in_window(blocks[i], b), blocks[i + 1:]))
    for k, b in enumerate(after):
        col = getattr(b, "column", None)
        if col is None and seen_cells:
            break               # the figure's cells are over: prose again
        seen_cells = seen_cells or col is not None
        nxt = getattr(after[k + 1], "column", None) if k + 1 < len(after) else None
        if not pending and col is not None and nxt is not None and nxt > col + COLUMN_PT and len(items(b.text)) == 1:
            group = b.text.strip()
            if _NOT_MATERIAL.search(group):
                break
            continue
        for phrase in items(b.text):
            alone = kind(phrase) or ("text", None)
            got = alone if alone[0] in ("noise", "text") else kind(pending + phrase) or ("text", None)
            pending = ""
            if got[0] == "text":
                return out if len(out) >= 3 else []
            if got[0] == "open":
                pending = got[1]
            elif got[0] == "topic":
                out.append({"name": got[1], "tier": None, "tier_label": group, "rank": None, "dimension": None,
                            **({"line": b.line} if b.line is not None else {"page": b.page})})
    return out if len(out) >= 3 else []
