"""A document whose paragraphs are mostly bare figures (a dump of numbers; the hostile input of 200,000 lines of
"1"), seen by the stages that read words only: the profile and the content index and its coverage need words,
and each of their readers walking hundreds of thousands of bare figures costs a second or more (issue 16).
Below the thresholds the document is passed as it is, so ordinary reports keep sharing one set of sentences."""
from __future__ import annotations

import re
from dataclasses import replace

from ..core.memo import per_doc
from ..model import Document, Paragraph

BARE_SHARE = 0.5      # more than this share of all blocks are bare-figure paragraphs ...
BARE_LEAST = 10_000   # ... and at least this many
_WORD = re.compile(r"[^\W\d_]|(?:19|20)\d\d")    # a letter (any script), or a year a cover may print alone


def worded(doc: Document) -> Document:
    """`doc`, or a copy without its bare-figure paragraphs when they are most of it (kept per document)."""
    return per_doc(doc, "worded", lambda: _worded(doc))


def _worded(doc: Document) -> Document:
    bare = sum(1 for b in doc.blocks if isinstance(b, Paragraph) and not _WORD.search(b.text))
    if bare < BARE_LEAST or bare <= BARE_SHARE * len(doc.blocks):
        return doc
    return replace(doc, blocks=[b for b in doc.blocks if not isinstance(b, Paragraph) or _WORD.search(b.text)])
