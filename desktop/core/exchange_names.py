"""File names for packs and review packages that say what a file is, never who it is for.

An email attachment list is seen by anyone who handles the mail: a name such as
`hate-crime-q1-aled-jones-r2.prpack` would tell them who reviews which round. So a file is
named from a short round code, the kind of file and the member's number in the round:
`HC-2026Q1-pack-M03-r2.prpack`. The windows still say whom each file is for.
"""

from __future__ import annotations

import re
from datetime import datetime

LONGEST_CODE = 40  # characters; what a pack may carry in `code`
CODE_PATTERN = re.compile(r"[A-Z0-9]+(?:-[A-Z0-9]+)*")


def template_initials(template_id: str) -> str:
    """The first letter of each word, in capitals: hate-crime -> HC, stop-and-search -> SAS."""
    words = [w for w in re.split(r"[^A-Za-z0-9]+", template_id) if w]
    return "".join(w[0] for w in words).upper()[:8] or "R"


def round_code(template_id: str, created: datetime, ordinal: int) -> str:
    """The round's short code: its checklist's initials, the year and quarter it was made,
    and "-2", "-3"… for a second or third round of that checklist in the same quarter."""
    quarter = (created.month - 1) // 3 + 1
    code = f"{template_initials(template_id)}-{created.year}Q{quarter}"
    return code if ordinal <= 1 else f"{code}-{ordinal}"


def exchange_name(code: str, kind: str, member_number: int | None, revision: int, extension: str) -> str:
    """`<code>-<kind>-M<nn>-r<revision><ext>`; without a member number (a pack from an
    earlier version named none) `<code>-<kind>-r<revision><ext>`."""
    member = f"-M{member_number:02d}" if member_number else ""
    return f"{code}-{kind}{member}-r{revision}{extension}"
