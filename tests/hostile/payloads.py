"""The JSON inside assignment packs (round.json, template.json) and review packages
(review.json), as the services will read them; see docs/formats.md."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = (ROOT / "resources" / "templates" / "hate-crime.json").read_bytes()
# Files refused before their payload is read carry this instead of the 25 KB template.
STAND_IN_TEMPLATE = b'{"id": "hate-crime", "version": 1}'
ROUND = "R-2026-01"
EARLIER_ROUND = "R-2025-09"

# A small fake PDF is enough: the container never looks inside documents.
PDF = b"%PDF-1.4\n% Panel Review test document\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"

CASES = {
    "c-0001": ("HC/2025/0117", "hate_crime", ["race"]),
    "c-0002": ("HC/2025/0142", "hate_incident", ["religion"]),
    "c-0003": ("HC/2025/0163", "hate_crime", ["disability", "race"]),
    "c-0004": ("HC/2025/0188", "hate_crime", ["sexual_orientation"]),
}
ASSIGNED = {"member1": ["c-0001", "c-0002"], "member2": ["c-0003", "c-0004"]}


def template_ref(sha: str | None = None) -> dict[str, Any]:
    from tests.hostile.forge import sha256

    document = json.loads(TEMPLATE)
    return {"id": document["id"], "version": document["version"], "sha256": sha or sha256(TEMPLATE)}


def document_entry(case_uid: str, n: int = 1) -> str:
    return f"documents/{case_uid}/{n}-crime-report.pdf"


def round_json(
    cases: list[str], round_uid: str = ROUND, revision: int = 2, template_sha: str | None = None
) -> bytes:
    document = {
        "round_uid": round_uid,
        "revision": revision,
        "title": "Hate crime scrutiny, January 2026",
        "panel": "Hate Crime Scrutiny Panel",
        "due_date": "2026-02-27",
        "template": template_ref(template_sha),
        "cases": [_case(uid) for uid in cases],
        "withdrawn": [],
    }
    return json.dumps(document, indent=1).encode("utf-8")


def _case(uid: str) -> dict[str, Any]:
    reference, case_type, strands = CASES[uid]
    return {
        "uid": uid,
        "reference": reference,
        "case_type": case_type,
        "strands": strands,
        "summary": "Verbal abuse reported at a bus stop; suspect identified from CCTV.",
        "documents": [
            {"entry": document_entry(uid), "title": "Crime report", "media_type": "application/pdf"}
        ],
    }


def pack_entries(cases: list[str], **round_fields: Any) -> list[tuple[str, bytes]]:
    entries = [("round.json", round_json(cases, **round_fields)), ("template.json", TEMPLATE)]
    return entries + [(document_entry(uid), PDF) for uid in cases]


def review_json(
    cases: list[str], round_uid: str = ROUND, revision: int = 2, template_sha: str | None = None
) -> bytes:
    document = {
        "round_uid": round_uid,
        "revision": revision,
        "template": template_ref(template_sha),
        "cases": [_review(uid) for uid in cases],
    }
    return json.dumps(document, indent=1).encode("utf-8")


def _review(uid: str) -> dict[str, Any]:
    return {
        "uid": uid,
        "status": "complete",
        "defer_reason": None,
        "answers": [
            {"question": "risk_assessment_evidenced", "value": "yes", "hours": None, "note": ""},
            {"question": "hcso_contact_in_time", "value": "no", "hours": 52,
             "note": "Contact made after 52 hours; reason not recorded."},
        ],
    }  # fmt: skip


def review_entries(cases: list[str], **fields: Any) -> list[tuple[str, bytes]]:
    return [("review.json", review_json(cases, **fields))]
