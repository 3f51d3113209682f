"""The JSON inside an assignment pack (`round.json`) and a review package (`review.json`).

Specified in docs/formats.md ("Assignment pack contents", "Review package contents").
Writers give canonical bytes (sorted keys, no spaces, UTF-8), so the same payload always
signs to the same hash; parsers take bytes and return frozen dataclasses or raise
`PayloadError` naming the field. A writer checks its own output with the parser, so the
app can never send a file that it, or a member's copy, would refuse.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any

from desktop.core.answer_checks import MAX_HOURS, MAX_NOTE_CHARS, NOTE_LANGUAGES, Fault, hours_fault
from desktop.core.answers import AnswerValue
from desktop.core.audit_chain import GENESIS
from desktop.core.case_codes import (
    MAX_CASE_TYPE_CHARS,
    MAX_REFERENCE_CHARS,
    MAX_SUMMARY_CHARS,
    STATUSES,
    STRANDS,
    CaseStatus,
    is_case_type,
)
from desktop.core.citations import MAX_CITATIONS, MAX_PAGE, MAX_QUOTE_CHARS, Citation
from desktop.core.exchange_names import CODE_PATTERN, LONGEST_CODE
from desktop.exchange import payload_fields as f
from desktop.exchange.manifest import KIND_VERSIONS, PACKAGE
from desktop.exchange.payload_fields import PayloadError

__all__ = [
    "AnswerError",
    "AuditChain",
    "PackCase",
    "PackDocument",
    "PayloadError",
    "ReviewAnswer",
    "ReviewCase",
    "ReviewChange",
    "ReviewPayload",
    "RoundPayload",
    "TemplateRef",
    "document_entry",
    "parse_review",
    "parse_round",
    "review_to_bytes",
    "round_to_bytes",
]

ROUND_ENTRY = "round.json"
REVIEW_ENTRY = "review.json"
REVIEW_VERSION = KIND_VERSIONS[PACKAGE]  # the version review.json is written in
# An answer's fields; the last came with version 2 (a version-1 answer has no others).
ANSWER_FIELDS = ("question", "value", "hours", "note", "note_language")
MAX_CASES = 5000
MAX_AUDIT_ENTRIES = 200_000  # a round's chain: 13 MB of hashes, far beyond any review's changes
MAX_DOCUMENTS = 10_000  # in one pack: the container's limit on entries
MAX_CASE_DOCUMENTS = 1000
MAX_ANSWERS = 1000  # for one case: far more than any template has questions
MAX_CODES = 100
MAX_CHANGES = 100_000  # changes since the last package: one per question of every case, and more
MAX_REASON_CHARS = 300  # the member's sentence for reopening a case (services.review holds it so)
_UTC_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", re.ASCII)
MAX_TITLE_CHARS = 300
MAX_PANEL_CHARS = 200
MAX_DOCUMENT_NAME_CHARS = 100
MEDIA_TYPES = ("application/pdf", "text/plain")
_CODE = re.compile(r"[A-Za-z0-9_-]{1,64}")  # a choice code, as payload_fields.identifier reads it


class AnswerError(PayloadError):
    """An answer whose form no checklist could accept (hours that are not a whole number
    or out of range, a value of no answer's type, a note over the limit): `fault` says
    which, for the coordinator's plain message, and `case_uid` and `question` say where;
    `message` says it for a log, as any `PayloadError` does."""

    def __init__(
        self, field: str, message: str, fault: Fault, case_uid: str, question: str, source: str = ""
    ) -> None:
        super().__init__(field, message, source)
        self.fault = fault
        self.case_uid = case_uid
        self.question = question


@dataclass(frozen=True)
class TemplateRef:
    """The exact template a round uses: id, version and the SHA-256 of its stored text."""

    id: str
    version: int
    sha256: str


@dataclass(frozen=True)
class PackDocument:
    """`entry` is the document's name in the pack: `documents/<case uid>/<file name>`."""

    entry: str
    title: str
    media_type: str


@dataclass(frozen=True)
class PackCase:
    uid: str
    reference: str
    case_type: str
    strands: tuple[str, ...]
    summary: str
    documents: tuple[PackDocument, ...]


@dataclass(frozen=True)
class RoundPayload:
    """One member's share of a round. `withdrawn` names cases an earlier revision gave
    this member and this one takes back."""

    round_uid: str
    revision: int
    title: str
    panel: str
    due_date: str | None
    template: TemplateRef
    cases: tuple[PackCase, ...]
    withdrawn: tuple[str, ...] = ()
    code: str = ""  # the round's short code, for file names; "" from an earlier version
    member_number: int | None = None  # the member's number in the round, for file names
    # The date the member's copy of the round's material is erased ("YYYY-MM-DD"), as
    # the OPCC set it; None when it set none, or the pack is from an earlier version.
    erase_on: str | None = None


@dataclass(frozen=True)
class ReviewAnswer:
    """`value`: None, a code or free text, or a tuple of codes (multi-choice)."""

    question: str
    value: AnswerValue | None
    hours: int | None
    note: str
    # The language the member marked the note (and a written answer) in: "en" or "cy";
    # "" when unknown (a package in format version 1, or a note never marked).
    note_language: str = ""
    # The pages the answer rests on, in the member's order (from format version 5).
    citations: tuple[Citation, ...] = ()


@dataclass(frozen=True)
class ReviewCase:
    uid: str
    status: str
    defer_reason: str
    answers: tuple[ReviewAnswer, ...]


@dataclass(frozen=True)
class AuditChain:
    """The member's audit chain for the round when the package was made: the hash of
    every entry in order, recomputed from what each records, and the last (`head`;
    GENESIS for a round with no entry). A later package's `entries` must contain the
    `head` an earlier one carried, or the log was rewritten in between."""

    head: str
    entries: tuple[str, ...]


@dataclass(frozen=True)
class ReviewChange:
    """A change the member made to one answer after reopening the case with a reason,
    since their last package: from and to (answer values, as `ReviewAnswer.value`),
    whether the note changed too (its text travels in the answers), when (ISO UTC,
    "2026-03-03T10:15:00Z") and the member's reason."""

    case_uid: str
    question: str
    old: AnswerValue | None
    new: AnswerValue | None
    note_changed: bool
    at: str
    reason: str


@dataclass(frozen=True)
class ReviewPayload:
    round_uid: str
    revision: int
    template: TemplateRef
    cases: tuple[ReviewCase, ...]
    audit: AuditChain | None = None  # from format version 3; None in a package of 1 or 2
    changes: tuple[ReviewChange, ...] = ()  # from format version 4; () in a package of 1 to 3


def document_entry(case_uid: str, file_name: str) -> str:
    """The pack entry name for a case's document, checked as `parse_round` will check it."""
    f.uid(case_uid, "case uid")
    entry = f"documents/{case_uid}/{file_name}"
    _document_name(entry, case_uid, "document")
    return entry


# --- round.json ------------------------------------------------------------------------


def round_to_bytes(payload: RoundPayload) -> bytes:
    data = f.dumps(
        {
            "round_uid": payload.round_uid,
            "revision": payload.revision,
            "title": payload.title,
            "panel": payload.panel,
            "due_date": payload.due_date,
            "template": _template_json(payload.template),
            "cases": [_pack_case_json(c) for c in payload.cases],
            "withdrawn": list(payload.withdrawn),
            "code": payload.code,
            "member_number": payload.member_number,
            # Left out when the OPCC set no date, so such a pack reads exactly as before.
            **({"erase_on": payload.erase_on} if payload.erase_on is not None else {}),
        }
    )
    parse_round(data)
    return data


def parse_round(data: bytes) -> RoundPayload:
    try:
        return _round(f.load(data))
    except PayloadError as exc:
        raise PayloadError(exc.field, exc.message, ROUND_ENTRY) from None


def _round(value: Any) -> RoundPayload:
    doc = f.fields(
        value,
        "",
        ("round_uid", "revision", "title", "panel", "due_date", "template", "cases", "withdrawn"),
        optional=("code", "member_number", "erase_on"),
    )
    round_uid = f.uid(doc["round_uid"], "round_uid")
    revision = f.whole_number(doc["revision"], "revision", 1, f.MAX_WHOLE_NUMBER)
    title = f.text(doc["title"], "title", MAX_TITLE_CHARS, required=True, one_line=True)
    panel = f.text(doc["panel"], "panel", MAX_PANEL_CHARS, one_line=True)
    due_date = None if doc["due_date"] is None else f.iso_date(doc["due_date"], "due_date")
    template = _template(doc["template"], "template")
    raw_cases = f.items(doc["cases"], "cases", MAX_CASES)
    cases = tuple(_pack_case(c, f"cases[{i}]") for i, c in enumerate(raw_cases))
    case_uids = _unique_uids([c.uid for c in cases], "cases", ".uid")
    _unique([c.reference for c in cases], "cases", ".reference", "the same reference")
    if sum(len(c.documents) for c in cases) > MAX_DOCUMENTS:
        f.fail("cases", f"list more than {MAX_DOCUMENTS:,} documents in all")
    raw_withdrawn = f.items(doc["withdrawn"], "withdrawn", MAX_CASES)
    withdrawn = tuple(f.uid(u, f"withdrawn[{i}]") for i, u in enumerate(raw_withdrawn))
    _unique_uids(withdrawn, "withdrawn", "")
    for i, u in enumerate(withdrawn):
        if f.uid_key(u) in case_uids:
            f.fail(f"withdrawn[{i}]", "names a case that is also in cases")
    code, member_number = _file_label(doc)
    erase_on = None if doc.get("erase_on") is None else f.iso_date(doc["erase_on"], "erase_on")
    return RoundPayload(
        round_uid, revision, title, panel, due_date, template, cases, withdrawn, code, member_number, erase_on
    )


def _file_label(doc: dict[str, Any]) -> tuple[str, int | None]:
    """The round code and member number that name the member's files: capitals, digits
    and single dashes only, so a pack can never put a path or a name into a file name."""
    code = f.text(doc.get("code", ""), "code", LONGEST_CODE, one_line=True)
    if code and not CODE_PATTERN.fullmatch(code):
        f.fail("code", "may hold only capital letters, digits and single dashes")
    number = doc.get("member_number")
    if number is not None:
        number = f.whole_number(number, "member_number", 1, MAX_CASES)
    return code, number


def _pack_case(value: Any, where: str) -> PackCase:
    doc = f.fields(value, where, ("uid", "reference", "case_type", "strands", "summary", "documents"))
    case_uid = f.uid(doc["uid"], f"{where}.uid")
    reference = f.text(
        doc["reference"], f"{where}.reference", MAX_REFERENCE_CHARS, required=True, one_line=True
    )
    case_type = f.text(doc["case_type"], f"{where}.case_type", MAX_CASE_TYPE_CHARS, one_line=True)
    if not is_case_type(case_type):
        f.fail(f"{where}.case_type", "must be a short lowercase id of letters, digits, '_' or '-'")
    raw_strands = f.items(doc["strands"], f"{where}.strands", len(STRANDS))
    strands = tuple(f.one_of(s, f"{where}.strands[{i}]", STRANDS) for i, s in enumerate(raw_strands))
    _unique(strands, f"{where}.strands", "", "the same strand")
    summary = f.text(doc["summary"], f"{where}.summary", MAX_SUMMARY_CHARS)
    raw_documents = f.items(doc["documents"], f"{where}.documents", MAX_CASE_DOCUMENTS)
    documents = tuple(
        _pack_document(d, f"{where}.documents[{i}]", case_uid) for i, d in enumerate(raw_documents)
    )
    _unique([d.entry for d in documents], f"{where}.documents", ".entry", "the same entry")
    return PackCase(case_uid, reference, case_type, strands, summary, documents)


def _pack_document(value: Any, where: str, case_uid: str) -> PackDocument:
    doc = f.fields(value, where, ("entry", "title", "media_type"))
    entry = f.text(doc["entry"], f"{where}.entry", 200, required=True, one_line=True)
    _document_name(entry, case_uid, f"{where}.entry")
    return PackDocument(
        entry=entry,
        title=f.text(doc["title"], f"{where}.title", MAX_TITLE_CHARS, required=True, one_line=True),
        media_type=f.one_of(doc["media_type"], f"{where}.media_type", MEDIA_TYPES),
    )


def _document_name(entry: str, case_uid: str, where: str) -> None:
    """Documents sit under `documents/<case uid>/`, one level only, so a pack cannot slip
    one case's document into another case or anywhere else in the archive."""
    prefix = f"documents/{case_uid}/"
    name = entry[len(prefix) :]
    if not entry.startswith(prefix):
        f.fail(where, f"must start with {prefix!r}")
    if (
        not 0 < len(name) <= MAX_DOCUMENT_NAME_CHARS
        or name in (".", "..")
        or any(c in "/\\" or ord(c) < 32 or 127 <= ord(c) < 160 for c in name)
    ):
        f.fail(where, f"must be {prefix!r} and a file name of 1 to {MAX_DOCUMENT_NAME_CHARS} characters")


def _pack_case_json(case: PackCase) -> dict[str, Any]:
    return {
        "uid": case.uid,
        "reference": case.reference,
        "case_type": case.case_type,
        "strands": list(case.strands),
        "summary": case.summary,
        "documents": [
            {"entry": d.entry, "title": d.title, "media_type": d.media_type} for d in case.documents
        ],
    }


# --- review.json -----------------------------------------------------------------------


def review_to_bytes(payload: ReviewPayload) -> bytes:
    """The current version's `review.json`: it always carries the audit chain."""
    if payload.audit is None:
        raise ValueError("a review package is written with its round's audit chain")
    data = f.dumps(
        {
            "round_uid": payload.round_uid,
            "revision": payload.revision,
            "template": _template_json(payload.template),
            "cases": [_review_case_json(c) for c in payload.cases],
            "audit": {"head": payload.audit.head, "entries": list(payload.audit.entries)},
            "changes": [_change_json(c) for c in payload.changes],
        }
    )
    parse_review(data)
    return data


def parse_review(data: bytes, format_version: int = REVIEW_VERSION) -> ReviewPayload:
    """`review.json` as the package's manifest version wrote it: from version 2 every
    answer says the language of its note (`note_language`); version 1 has no such field.
    From version 3 it carries the member's audit chain for the round (`audit`); from
    version 4 the changes made after reopening a case since the last package (`changes`);
    from version 5 every answer lists the pages it cites (`citations`)."""
    try:
        return _review(f.load(data), format_version)
    except AnswerError as exc:
        raise AnswerError(
            exc.field, exc.message, exc.fault, exc.case_uid, exc.question, REVIEW_ENTRY
        ) from None
    except PayloadError as exc:
        raise PayloadError(exc.field, exc.message, REVIEW_ENTRY) from None


def _review(value: Any, format_version: int) -> ReviewPayload:
    names = ("round_uid", "revision", "template", "cases") + (("audit",) if format_version >= 3 else ())
    names += ("changes",) if format_version >= 4 else ()
    doc = f.fields(value, "", names)
    round_uid = f.uid(doc["round_uid"], "round_uid")
    revision = f.whole_number(doc["revision"], "revision", 1, f.MAX_WHOLE_NUMBER)
    template = _template(doc["template"], "template")
    raw_cases = f.items(doc["cases"], "cases", MAX_CASES)
    cases = tuple(_review_case(c, f"cases[{i}]", format_version) for i, c in enumerate(raw_cases))
    _unique_uids([c.uid for c in cases], "cases", ".uid")
    audit = _audit_chain(doc["audit"]) if format_version >= 3 else None
    changes = _changes(doc["changes"], {c.uid for c in cases}) if format_version >= 4 else ()
    return ReviewPayload(round_uid, revision, template, cases, audit, changes)


def _changes(value: Any, case_uids: set[str]) -> tuple[ReviewChange, ...]:
    raw = f.items(value, "changes", MAX_CHANGES)
    changes = tuple(_change(c, f"changes[{i}]", case_uids) for i, c in enumerate(raw))
    _unique([(c.case_uid, c.question) for c in changes], "changes", "", "the same question of a case")
    return changes


def _change(value: Any, where: str, case_uids: set[str]) -> ReviewChange:
    doc = f.fields(value, where, ("case", "question", "from", "to", "note_changed", "at", "reason"))
    case_uid = f.uid(doc["case"], f"{where}.case")
    if case_uid not in case_uids:
        f.fail(f"{where}.case", "must be one of the package's cases")
    question = f.identifier(doc["question"], f"{where}.question")

    def fault(field: str, which: Fault) -> AnswerError:
        return AnswerError(f"{where}.{field}", _FAULT_WORDS[which], which, case_uid, question)

    if not isinstance(doc["note_changed"], bool):
        f.fail(f"{where}.note_changed", "must be true or false")
    at = doc["at"]
    if not isinstance(at, str) or not _UTC_TIME.fullmatch(at):
        f.fail(f"{where}.at", "must be a UTC time written 2026-03-03T10:15:00Z")
    return ReviewChange(
        case_uid, question,
        _answer_value(doc["from"], f"{where}.from", fault), _answer_value(doc["to"], f"{where}.to", fault),
        doc["note_changed"], at, f.text(doc["reason"], f"{where}.reason", MAX_REASON_CHARS, one_line=True),
    )  # fmt: skip


def _change_json(change: ReviewChange) -> dict[str, Any]:
    def plain(value: AnswerValue | None) -> object:
        return list(value) if isinstance(value, tuple) else value

    return {
        "case": change.case_uid, "question": change.question, "from": plain(change.old),
        "to": plain(change.new), "note_changed": change.note_changed, "at": change.at,
        "reason": change.reason,
    }  # fmt: skip


def _audit_chain(value: Any) -> AuditChain:
    doc = f.fields(value, "audit", ("head", "entries"))
    raw = f.items(doc["entries"], "audit.entries", MAX_AUDIT_ENTRIES)
    entries = tuple(f.sha256(e, f"audit.entries[{i}]") for i, e in enumerate(raw))
    head = f.sha256(doc["head"], "audit.head")
    if head != (entries[-1] if entries else GENESIS):
        f.fail("audit.head", "must be the last of audit.entries (or 64 zeros when there is none)")
    return AuditChain(head, entries)


def _review_case(value: Any, where: str, format_version: int) -> ReviewCase:
    doc = f.fields(value, where, ("uid", "status", "defer_reason", "answers"))
    case_uid = f.uid(doc["uid"], f"{where}.uid")
    status = f.one_of(doc["status"], f"{where}.status", STATUSES)
    reason = f.text(doc["defer_reason"], f"{where}.defer_reason", MAX_NOTE_CHARS)
    if status == CaseStatus.DEFERRED and not reason.strip():
        f.fail(f"{where}.defer_reason", "must say why a deferred case was deferred")
    raw_answers = f.items(doc["answers"], f"{where}.answers", MAX_ANSWERS)
    answers = tuple(
        _answer(a, f"{where}.answers[{i}]", case_uid, format_version) for i, a in enumerate(raw_answers)
    )
    _unique([a.question for a in answers], f"{where}.answers", ".question", "the same question")
    return ReviewCase(case_uid, status, reason, answers)


_FAULT_WORDS = {
    Fault.HOURS_NOT_A_NUMBER: "must be a whole number",
    Fault.HOURS_NEGATIVE: f"must be from 0 to {MAX_HOURS:,}",
    Fault.HOURS_TOO_MANY: f"must be from 0 to {MAX_HOURS:,}",
    Fault.NOTE_TOO_LONG: f"is longer than {MAX_NOTE_CHARS:,} characters",
    Fault.ANSWER_TOO_LONG: f"is longer than {MAX_NOTE_CHARS:,} characters",
    Fault.WRONG_TYPE: "must be null, text or a list of codes",
    Fault.NOT_A_CHOICE: "must be a short id of letters, digits, '_' or '-'",
    Fault.NOTE_LANGUAGE: 'must be "en", "cy" or ""',
    Fault.QUOTE_TOO_LONG: f"is longer than {MAX_QUOTE_CHARS:,} characters",
}


def _answer(value: Any, where: str, case_uid: str, format_version: int) -> ReviewAnswer:
    names = ANSWER_FIELDS if format_version >= 2 else ANSWER_FIELDS[:-1]
    doc = f.fields(value, where, names + (("citations",) if format_version >= 5 else ()))
    question = f.identifier(doc["question"], f"{where}.question")

    def fault(field: str, which: Fault) -> AnswerError:
        return AnswerError(f"{where}.{field}", _FAULT_WORDS[which], which, case_uid, question)

    hours, note = doc["hours"], doc["note"]
    if hours is not None:
        if not isinstance(hours, int) or isinstance(hours, bool):
            raise fault("hours", Fault.HOURS_NOT_A_NUMBER)
        out_of_range = hours_fault(hours)
        if out_of_range is not None:
            raise fault("hours", out_of_range)
    if isinstance(note, str) and len(note) > MAX_NOTE_CHARS:
        raise fault("note", Fault.NOTE_TOO_LONG)
    language = doc.get("note_language", "")
    if language not in NOTE_LANGUAGES:  # not echoed: any value, of any type, is refused alike
        raise fault("note_language", Fault.NOTE_LANGUAGE)
    return ReviewAnswer(
        question=question,
        value=_answer_value(doc["value"], f"{where}.value", fault),
        hours=hours,
        note=f.text(note, f"{where}.note", MAX_NOTE_CHARS),
        note_language=str(language),
        citations=_citations(doc["citations"], f"{where}.citations", fault) if format_version >= 5 else (),
    )


def _citations(value: Any, where: str, fault: Callable[[str, Fault], AnswerError]) -> tuple[Citation, ...]:
    """Each cited page: the document's number in the case and the page, both from 1, and
    the quoted words (one line, bounded). Whether the case has that document, and the
    document that page, is for the import to say: only it holds the case's documents."""
    raw = f.items(value, where, MAX_CITATIONS)
    cited = []
    for i, item in enumerate(raw):
        doc = f.fields(item, f"{where}[{i}]", ("document", "page", "quote"))
        if isinstance(doc["quote"], str) and len(doc["quote"]) > MAX_QUOTE_CHARS:
            raise fault(f"citations[{i}].quote", Fault.QUOTE_TOO_LONG)
        cited.append(
            Citation(
                f.whole_number(doc["document"], f"{where}[{i}].document", 1, MAX_CASE_DOCUMENTS),
                f.whole_number(doc["page"], f"{where}[{i}].page", 1, MAX_PAGE),
                f.text(doc["quote"], f"{where}[{i}].quote", MAX_QUOTE_CHARS, one_line=True),
            )
        )
    _unique(cited, where, "", "the same citation")
    return tuple(cited)


def _answer_value(value: Any, where: str, fault: Callable[[str, Fault], AnswerError]) -> AnswerValue | None:
    """null, a code or free text, or a non-empty list of distinct codes. Numbers and
    true/false are refused: no question kind stores them. A value no question could take
    is an `AnswerError`; a list written wrongly is the format's own `PayloadError`."""
    if value is None:
        return None
    if isinstance(value, str):
        if len(value) > MAX_NOTE_CHARS:
            raise fault("value", Fault.ANSWER_TOO_LONG)
        return f.text(value, where, MAX_NOTE_CHARS)
    if not isinstance(value, list):
        raise fault("value", Fault.WRONG_TYPE)
    raw_codes = f.items(value, where, MAX_CODES)
    for i, code in enumerate(raw_codes):
        if not isinstance(code, str) or not _CODE.fullmatch(code):
            raise fault(f"value[{i}]", Fault.NOT_A_CHOICE)  # what is not a code is no choice
    codes = tuple(raw_codes)
    if not codes:
        f.fail(where, "an empty choice is written null, not []")
    _unique(codes, where, "", "the same code")
    return codes


def _review_case_json(case: ReviewCase) -> dict[str, Any]:
    return {
        "uid": case.uid,
        "status": case.status,
        "defer_reason": case.defer_reason,
        "answers": [
            {
                "question": a.question,
                "value": list(a.value) if isinstance(a.value, tuple) else a.value,
                "hours": a.hours,
                "note": a.note,
                "note_language": a.note_language,
                "citations": [
                    {"document": c.document, "page": c.page, "quote": c.quote} for c in a.citations
                ],
            }
            for a in case.answers
        ],
    }


# --- shared ----------------------------------------------------------------------------


def _template(value: Any, where: str) -> TemplateRef:
    doc = f.fields(value, where, ("id", "version", "sha256"))
    return TemplateRef(
        id=f.identifier(doc["id"], f"{where}.id"),
        version=f.whole_number(doc["version"], f"{where}.version", 1, f.MAX_WHOLE_NUMBER),
        sha256=f.sha256(doc["sha256"], f"{where}.sha256"),
    )


def _template_json(template: TemplateRef) -> dict[str, Any]:
    return {"id": template.id, "version": template.version, "sha256": template.sha256}


def _unique(values: Sequence[Hashable], where: str, suffix: str, what: str) -> None:
    seen: set[Hashable] = set()
    for i, value in enumerate(values):
        if value in seen:
            f.fail(f"{where}[{i}]{suffix}", f"repeats {what} as an earlier item")
        seen.add(value)


def _unique_uids(values: Sequence[str], where: str, suffix: str) -> set[str]:
    keys = [f.uid_key(v) for v in values]
    _unique(keys, where, suffix, "the same uid")
    return set(keys)
