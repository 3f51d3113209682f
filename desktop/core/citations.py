"""A citation: the page of a case document an answer rests on, and the words quoted there.

`document` is the document's number in its case (1-based, in the order the assignment
pack listed them, which is the order both the member's and the coordinator's copies
keep); `page` is 1-based (a text document has the one page); `quote` is the text the
member selected on that page, "" for the page alone, at most `MAX_QUOTE_CHARS` long.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_QUOTE_CHARS = 500  # a sentence or two: evidence, not a copy of the file
MAX_CITATIONS = 20  # for one answer
MAX_PAGE = 100_000
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Citation:
    document: int
    page: int
    quote: str = ""


def clean_quote(text: str) -> str:
    """Selected text as it is kept: on one line, runs of space as one, cut to the limit
    with an ellipsis (a selection longer than that is more than a citation needs)."""
    plain = _SPACE.sub(" ", text.replace("\u2029", " ")).strip()
    return plain if len(plain) <= MAX_QUOTE_CHARS else plain[: MAX_QUOTE_CHARS - 1].rstrip() + "…"
