"""The JSON inside assignment packs (round.json, template.json) and review packages
(review.json), written as the services write them; see docs/formats.md.

Round uids are fixed UUIDs, written as the coordinator's app writes a new round's uid
(32 lowercase hex digits), and case uids are derived from the round's uid and the case
reference with `desktop.core.identity.case_uid`, exactly as a round created from a case
list gets them. A coordinator profile made with these round uids and references
therefore holds the very cases the corpus names (tests/services/test_hostile_files.py).
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

from desktop.core.identity import case_uid

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = (ROOT / "resources" / "templates" / "hate-crime.json").read_bytes()
# Files refused before their payload is read carry this instead of the 25 KB template.
STAND_IN_TEMPLATE = b'{"id": "hate-crime", "version": 1}'
ROUND = "5b0e3c2a9d7f4e61a8c4b2d9e0f17a36"  # "Hate crime scrutiny, January 2026"
EARLIER_ROUND = "9c41d7e0b35a4f28a6e1c0d9f2b87e14"  # the round before, September 2025
UNKNOWN_ROUND = "e2a7b9c4d1f04a83b5c6d7e8f9a0b1c2"  # a round no profile in the tests holds
TITLES = {ROUND: "Hate crime scrutiny, January 2026", EARLIER_ROUND: "Hate crime scrutiny, September 2025",
          UNKNOWN_ROUND: "Hate crime scrutiny, January 2099"}  # fmt: skip

# A small fake PDF is enough: the container never looks inside documents.
PDF = b"%PDF-1.4\n% Panel Review test document\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def _one_page_pdf() -> bytes:
    """A real one-page PDF (ReportLab, the same bytes every time), so the import's PDF
    reader can tell a citation of page 2 from one of page 1."""
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, invariant=True)
    page.drawString(72, 720, "Crime report")
    page.showPage()
    page.save()
    return out.getvalue()


# The coordinator's own copy of each case's document.
ONE_PAGE_PDF = _one_page_pdf()
DOCUMENT = "1.pdf"  # each case's one document, named as export_packs names it

# Cases by a short label: reference, case type, strands, summary.
CASES = {
    "c-0001": ("HC/2025/0117", "hate_crime", ["race"]),
    "c-0002": ("HC/2025/0142", "hate_crime", ["religion"]),
    "c-0003": ("HC/2025/0163", "hate_crime", ["race", "disability"]),
    "c-0004": ("HC/2025/0188", "hate_crime", ["sexual_orientation"]),
}
SUMMARY = "Verbal abuse reported at a bus stop; suspect identified from CCTV."
ASSIGNED = {"member1": ["c-0001", "c-0002"], "member2": ["c-0003", "c-0004"]}


def uid_of(label: str, round_uid: str = ROUND) -> str:
    """The uid a round created from a case list gives the case `label` (its reference's uid)."""
    return case_uid(round_uid, CASES[label][0])


def template_sha(body: bytes = TEMPLATE) -> str:
    from tests.hostile.forge import sha256

    return sha256(body)


def template_ref(sha: str | None = None) -> dict[str, Any]:
    document = json.loads(TEMPLATE)
    return {"id": document["id"], "version": document["version"], "sha256": sha or template_sha()}


def document_entry(case: str) -> str:
    return f"documents/{case}/{DOCUMENT}"


def canonical(document: dict[str, Any]) -> bytes:
    """As `desktop.exchange.payloads` writes JSON: keys sorted, no spaces, UTF-8 as itself."""
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def round_json(
    cases: list[str], round_uid: str = ROUND, revision: int = 2, template_sha: str | None = None
) -> bytes:
    document = {
        "round_uid": round_uid,
        "revision": revision,
        "title": TITLES[round_uid],
        "panel": "Hate Crime Scrutiny Panel",
        "due_date": "2026-02-27",
        "template": template_ref(template_sha),
        "cases": [_case(label, round_uid) for label in cases],
        "withdrawn": [],
    }
    return canonical(document)


def _case(label: str, round_uid: str) -> dict[str, Any]:
    reference, case_type, strands = CASES[label]
    uid = uid_of(label, round_uid)
    return {
        "uid": uid,
        "reference": reference,
        "case_type": case_type,
        "strands": strands,
        "summary": SUMMARY,
        "documents": [
            {"entry": document_entry(uid), "title": "Crime report", "media_type": "application/pdf"}
        ],
    }


def pack_entries(cases: list[str], round_uid: str = ROUND, **round_fields: Any) -> list[tuple[str, bytes]]:
    entries = [("round.json", round_json(cases, round_uid, **round_fields)), ("template.json", TEMPLATE)]
    return entries + [(document_entry(uid_of(label, round_uid)), PDF) for label in cases]


def review_json(
    cases: list[str],
    round_uid: str = ROUND,
    revision: int = 2,
    template_sha: str | None = None,
    note: str = "Contact made after 52 hours; reason not recorded.",
    changed: list[dict[str, Any]] | None = None,
    note_language: str | None = None,
    audit: list[str] | None = None,
) -> bytes:
    """A review of `cases`, whose uids are those of `round_uid`'s cases. Each of the
    `changed` answers (see `answer`) takes the place of the first case's answer to its
    question, or is added to that case's answers, to break one thing about it.
    `note_language` marks every answer's note so (a version-2 package); None leaves
    the field out, as version 1 does. `audit` is the member's audit chain for the round,
    its entries' hashes (a version-3 package, which needs `note_language` too)."""
    document: dict[str, Any] = {
        "round_uid": round_uid,
        "revision": revision,
        "template": template_ref(template_sha),
        "cases": [_review(uid_of(label, round_uid), note) for label in cases],
    }
    if audit is not None:
        document["audit"] = {"entries": audit, "head": audit[-1] if audit else "0" * 64}
    if note_language is not None:
        for case in document["cases"]:
            for given_answer in case["answers"]:
                given_answer["note_language"] = note_language
    given = document["cases"][0]["answers"]
    for new in changed or []:
        same = [i for i, old in enumerate(given) if old["question"] == new["question"]]
        if same:
            given[same[0]] = new
        else:
            given.append(new)
    return canonical(document)


def _review(uid: str, note: str) -> dict[str, Any]:
    """Answers as the member's app sends them: hcso_contact_in_time (with its hours) is
    shown because the HCSO was deployed."""
    return {
        "uid": uid,
        "status": "complete",
        "defer_reason": "",
        "answers": [
            {"question": "risk_assessment_evidenced", "value": "yes", "hours": None, "note": ""},
            {"question": "hcso_offered", "value": "deployed", "hours": None, "note": ""},
            {"question": "hcso_contact_in_time", "value": "no", "hours": 52, "note": note},
        ],
    }


def answer(
    question: str, value: Any = None, hours: Any = None, note: Any = "", **later: Any
) -> dict[str, Any]:
    """One answer of review.json, any field of any JSON type (`later`: a later version's)."""
    return {"question": question, "value": value, "hours": hours, "note": note, **later}


def review_entries(cases: list[str], **fields: Any) -> list[tuple[str, bytes]]:
    return [("review.json", review_json(cases, **fields))]


def receipt_json(
    round_uid: str = ROUND,
    fingerprint: str = "",
    erased_at: str = "2026-03-14T09:00:00Z",
    counts: dict[str, Any] | None = None,
    **fields: Any,
) -> bytes:
    """An erasure receipt's receipt.json (kind erasure-receipt, version 1); `fields`
    replace or add top-level fields to break one thing."""
    document: dict[str, Any] = {
        "round_uid": round_uid,
        "erased_at": erased_at,
        "member_fingerprint": fingerprint,
        "erased": counts if counts is not None else {"cases": 2, "documents": 2, "answers": 6, "notes": 2},
        "copies": {"rewritten": 3, "removed": 0},
    }
    document.update(fields)
    return canonical(document)
