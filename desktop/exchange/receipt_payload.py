"""`receipt.json`, the one entry of an erasure receipt (kind "erasure-receipt", version 1).

A member's laptop writes it when a round's case material has been erased: the round's
uid, when it was erased (UTC), the member's key fingerprint, and what went, in counts
only: cases (with their summaries and references), documents, answers and notes, and
the other copies of the database in the profile folder that were rewritten or removed.
It never holds a case's text, a reference or a name (docs/formats.md, "Erasure receipts").
Read as strictly as every other payload: every field required, no other allowed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop.exchange import payload_fields as f
from desktop.exchange.payload_fields import PayloadError

RECEIPT_ENTRY = "receipt.json"
TIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
COUNTS = ("cases", "documents", "answers", "notes")
COPIES = ("rewritten", "removed")
_FIELDS = ("round_uid", "erased_at", "member_fingerprint", "erased", "copies")
_FINGERPRINT = re.compile(r"[0-9]{5}( [0-9]{5}){5}")
_MAX_COUNT = f.MAX_WHOLE_NUMBER


@dataclass(frozen=True)
class ReceiptPayload:
    round_uid: str
    erased_at: datetime  # UTC, naive, whole seconds
    member_fingerprint: str
    cases: int
    documents: int
    answers: int
    notes: int
    copies_rewritten: int
    copies_removed: int


def receipt_to_bytes(payload: ReceiptPayload) -> bytes:
    data = f.dumps(
        {
            "round_uid": payload.round_uid,
            "erased_at": payload.erased_at.strftime(TIME_FORMAT),
            "member_fingerprint": payload.member_fingerprint,
            "erased": {name: getattr(payload, name) for name in COUNTS},
            "copies": {"rewritten": payload.copies_rewritten, "removed": payload.copies_removed},
        }
    )
    parse_receipt(data)
    return data


def parse_receipt(data: bytes) -> ReceiptPayload:
    """`receipt.json`, or PayloadError naming the field that is wrong."""
    try:
        return _receipt(f.load(data))
    except PayloadError as exc:
        raise PayloadError(exc.field, exc.message, RECEIPT_ENTRY) from None


def _receipt(value: Any) -> ReceiptPayload:
    doc = f.fields(value, "", _FIELDS)
    erased = f.fields(doc["erased"], "erased", COUNTS)
    copies = f.fields(doc["copies"], "copies", COPIES)
    cases, documents, answers, notes = (
        f.whole_number(erased[n], f"erased.{n}", 0, _MAX_COUNT) for n in COUNTS
    )
    rewritten, removed = (f.whole_number(copies[n], f"copies.{n}", 0, _MAX_COUNT) for n in COPIES)
    return ReceiptPayload(
        f.uid(doc["round_uid"], "round_uid"),
        _time(doc["erased_at"]),
        _fingerprint(doc["member_fingerprint"]),
        cases,
        documents,
        answers,
        notes,
        rewritten,
        removed,
    )


def _time(value: Any) -> datetime:
    text = f.text(value, "erased_at", 20, required=True, one_line=True)
    try:
        return datetime.strptime(text, TIME_FORMAT)
    except ValueError:
        f.fail("erased_at", "must be a UTC time written YYYY-MM-DDTHH:MM:SSZ")


def _fingerprint(value: Any) -> str:
    if not isinstance(value, str) or not _FINGERPRINT.fullmatch(value):
        f.fail("member_fingerprint", "must be six groups of five digits")
    return value
