"""The demo round's fictional cases, with their documents rendered in memory,
as the same `NewCase` values a real round is stored from."""

from __future__ import annotations

import json
from typing import Any

from desktop.core.case_codes import HATE_CASE_TYPES, STRANDS
from desktop.paths import demo_dir
from desktop.reports.briefing_content import Letterhead
from desktop.reports.case_documents import render_case_document
from desktop.services.rounds import NewCase, NewDocument


def _document(reference: str, raw: dict[str, Any]) -> NewDocument:
    if raw["kind"] == "officer_note":
        text = f"{raw['title']} – {reference}\nDEMO – FICTIONAL CASE FILE – NOT REAL DATA\n\n{raw['text']}\n"
        return NewDocument(raw["title"], "text/plain", text.encode("utf-8"))
    return NewDocument(raw["title"], "application/pdf", render_case_document(reference, raw))


def _case(raw: dict[str, Any]) -> NewCase:
    reference = raw["reference"]
    if raw["case_type"] not in HATE_CASE_TYPES or not set(raw["strands"]) <= set(STRANDS):
        raise ValueError(f"demo case {reference}: unknown case type or strand")
    if not 1 <= len(raw["documents"]) <= 3:
        raise ValueError(f"demo case {reference}: needs one to three documents")
    documents = tuple(_document(reference, d) for d in raw["documents"])
    return NewCase(reference, raw["case_type"], tuple(raw["strands"]), raw["summary"], documents)


def load_demo_cases() -> list[NewCase]:
    """All demo cases in order; a broken edit of cases.json names the case at fault."""
    data = json.loads((demo_dir() / "cases.json").read_text(encoding="utf-8"))
    cases = []
    for i, raw in enumerate(data["cases"]):
        try:
            cases.append(_case(raw))
        except KeyError as exc:
            raise ValueError(f"demo case {i + 1}: missing field {exc}") from None
    return cases


def load_demo_letterhead() -> Letterhead:
    """The demo office's fictional letterhead for the commissioner's briefing."""
    data = json.loads((demo_dir() / "letterhead.json").read_text(encoding="utf-8"))
    return Letterhead(**{k: v for k, v in data.items() if not k.startswith("_")})
