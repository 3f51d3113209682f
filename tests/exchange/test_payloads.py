"""round.json and review.json: canonical writing, strict reading, every refusal naming its
field, and fuzzing that shows a hostile payload can only ever raise PayloadError."""

from __future__ import annotations

import copy
import json
import uuid
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.answer_checks import Fault
from desktop.core.case_codes import STATUSES, STRANDS
from desktop.core.citations import Citation
from desktop.exchange import payload_fields, payloads
from desktop.exchange.payloads import (
    AnswerError,
    AuditChain,
    PackCase,
    PackDocument,
    PayloadError,
    ReviewAnswer,
    ReviewCase,
    ReviewChange,
    ReviewPayload,
    RoundPayload,
    TemplateRef,
    document_entry,
    parse_review,
    parse_round,
    review_to_bytes,
    round_to_bytes,
)

ROUND_UID = "0f8b7c1e6d5a4b3c9e2f1a0b9c8d7e6f"  # the 32-digit form the coordinator's database uses
CASE_A = "3f2b6c1e-9d4a-4e8b-a1c2-5d6e7f809a1b"
CASE_B = "7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f"
TEMPLATE = TemplateRef("hate-crime", 1, "ab" * 32)


def a_round() -> RoundPayload:
    return RoundPayload(
        round_uid=ROUND_UID,
        revision=2,
        title="Hate crime review – spring",
        panel="Dyfed-Powys scrutiny panel",
        due_date="2025-04-30",
        template=TEMPLATE,
        cases=(
            PackCase(
                CASE_A, "HC-01", "hate_crime", ("race", "religion"), "Abuse at a bus stop.\nTwo witnesses.",
                (PackDocument(f"documents/{CASE_A}/1.pdf", "Incident log", "application/pdf"),
                 PackDocument(f"documents/{CASE_A}/2.txt", "Officer note", "text/plain")),
            ),
            PackCase(CASE_B, "HC-02", "nchi", ("disability",), "", ()),
        ),
        withdrawn=("11111111-2222-4333-8444-555555555555",),
    )  # fmt: skip


AUDIT = AuditChain("b" * 64, ("a" * 64, "b" * 64))


def a_review() -> ReviewPayload:
    return ReviewPayload(
        round_uid=ROUND_UID,
        revision=1,
        template=TEMPLATE,
        cases=(
            ReviewCase(
                CASE_A, "complete", "",
                (ReviewAnswer("strands_recorded", ("race", "religion"), None, ""),
                 ReviewAnswer("hcso_contact_in_time", "no", 72, "Contact came after three days.", "en"),
                 ReviewAnswer("good_practice", "Gwasanaeth da – prompt Welsh contact.", None, "", "cy"),
                 ReviewAnswer("risk_level", None, None, "Not sure yet.")),
            ),
            ReviewCase(CASE_B, "deferred", "Waiting for the CCTV log.", ()),
        ),
        audit=AUDIT,
    )  # fmt: skip


def round_json() -> dict[str, Any]:
    return json.loads(round_to_bytes(a_round()))


def review_json() -> dict[str, Any]:
    return json.loads(review_to_bytes(a_review()))


def encode(doc: Any) -> bytes:
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def refused(parse: Callable[[bytes], object], data: bytes) -> PayloadError:
    with pytest.raises(PayloadError) as caught:
        parse(data)
    return caught.value


# --- Writing and reading back ----------------------------------------------------------


def test_round_trips_exactly() -> None:
    assert parse_round(round_to_bytes(a_round())) == a_round()
    assert parse_review(review_to_bytes(a_review())) == a_review()


def test_written_bytes_are_canonical() -> None:
    data = round_to_bytes(a_round())
    doc = json.loads(data)
    assert data == json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    assert "–".encode() in data  # UTF-8 as is, not \u escapes
    assert round_to_bytes(parse_round(data)) == data
    assert list(doc) == sorted(doc)


def test_the_documented_fields_and_nothing_else() -> None:
    doc = round_json()
    assert set(doc) == {
        "round_uid",
        "revision",
        "title",
        "panel",
        "due_date",
        "template",
        "cases",
        "withdrawn",
        "code",
        "member_number",
    }
    assert set(doc["template"]) == {"id", "version", "sha256"}
    assert set(doc["cases"][0]) == {"uid", "reference", "case_type", "strands", "summary", "documents"}
    assert set(doc["cases"][0]["documents"][0]) == {"entry", "title", "media_type"}
    review = review_json()
    assert set(review) == {"round_uid", "revision", "template", "cases", "audit", "changes"}
    assert set(review["audit"]) == {"head", "entries"}
    assert set(review["cases"][0]) == {"uid", "status", "defer_reason", "answers"}
    assert set(review["cases"][0]["answers"][0]) == {
        "question", "value", "hours", "note", "note_language", "citations"
    }  # fmt: skip
    assert review["cases"][0]["answers"][0]["value"] == ["race", "religion"]


def test_null_due_date_and_hours_at_their_limits_are_fine() -> None:
    doc = round_json()
    doc["due_date"] = None
    assert parse_round(encode(doc)).due_date is None
    review = review_json()
    for hours in (0, 8760, None):
        review["cases"][0]["answers"][1]["hours"] = hours
        assert parse_review(encode(review)).cases[0].answers[1].hours == hours
    review["cases"][0]["answers"][1]["note"] = "n" * 100_000
    assert len(parse_review(encode(review)).cases[0].answers[1].note) == 100_000


def test_a_writer_never_writes_what_a_reader_refuses() -> None:
    with pytest.raises(PayloadError) as caught:
        round_to_bytes(RoundPayload(ROUND_UID, 0, "t", "", None, TEMPLATE, ()))
    assert caught.value.field == "revision"
    deferred = ReviewPayload(ROUND_UID, 1, TEMPLATE, (ReviewCase(CASE_A, "deferred", " ", ()),), AUDIT)
    with pytest.raises(PayloadError) as caught:
        review_to_bytes(deferred)
    assert caught.value.field == "cases[0].defer_reason"


def test_document_entry() -> None:
    assert document_entry(CASE_A, "1.pdf") == f"documents/{CASE_A}/1.pdf"
    for case_uid, name in ((CASE_A, "a/b.pdf"), (CASE_A, ".."), (CASE_A, ""), ("HC-01", "1.pdf")):
        with pytest.raises(PayloadError):
            document_entry(case_uid, name)


# --- Every refusal names its field -----------------------------------------------------


@pytest.mark.parametrize(
    ("data", "field", "words"),
    [
        (b"\xff{}", "(file)", "not UTF-8"),
        (b"\xef\xbb\xbf{}", "(file)", "not valid JSON"),
        (b'{"round_uid": ', "(file)", "not valid JSON"),
        (b"[]", "(file)", "must be an object"),
        (b'{"revision": NaN}', "(file)", "NaN"),
        (b'{"revision": 1, "revision": 2}', "(file)", "twice"),
        (b"[" * 100_000 + b"]" * 100_000, "(file)", "nested too deeply"),
        (b'{"a": 1' + b"0" * 5000 + b"}", "(file)", "not valid JSON"),
    ],
)
def test_not_json_as_required(data: bytes, field: str, words: str) -> None:
    for parse in (parse_round, parse_review):
        error = refused(parse, data)
        assert (error.field, words in error.message) == (field, True), str(error)


def _set(path: str, value: Any) -> Callable[[Any], None]:
    """A change to a decoded payload: set the field at `path` ("cases.0.uid") to `value`."""

    def change(doc: Any) -> None:
        *parents, last = path.split(".")
        for key in parents:
            doc = doc[int(key)] if isinstance(doc, list) else doc[key]
        if isinstance(doc, list):
            doc[int(last)] = value
        else:
            doc[last] = value

    return change


def _delete(path: str) -> Callable[[Any], None]:
    def change(doc: Any) -> None:
        *parents, last = path.split(".")
        for key in parents:
            doc = doc[int(key)] if isinstance(doc, list) else doc[key]
        del doc[last]

    return change


def _other_case(doc: Any) -> None:
    doc["cases"][1]["documents"] = [dict(doc["cases"][0]["documents"][0])]


ROUND_REFUSALS: list[tuple[Callable[[Any], None], str, str]] = [
    (_delete("title"), "title", "is missing"),
    (_set("colour", "blue"), "colour", "not a field"),
    (_set("cases.0.documents.0.size", 3), "cases[0].documents[0].size", "not a field"),
    (_delete("cases.1.summary"), "cases[1].summary", "is missing"),
    (_set("round_uid", ROUND_UID.upper()), "round_uid", "uid"),
    (_set("round_uid", "demo-round"), "round_uid", "uid"),
    (_set("round_uid", 7), "round_uid", "uid"),
    (_set("revision", 0), "revision", "from 1"),
    (_set("revision", -3), "revision", "from 1"),
    (_set("revision", True), "revision", "whole number"),
    (_set("revision", 1.0), "revision", "whole number"),
    (_set("revision", "2"), "revision", "whole number"),
    (_set("revision", 2**31), "revision", "from 1"),
    (_set("title", "  "), "title", "empty"),
    (_set("title", "Two\nlines"), "title", "control character"),
    (_set("panel", None), "panel", "text"),
    (_set("due_date", "2025-02-30"), "due_date", "YYYY-MM-DD"),
    (_set("due_date", "2025-4-30"), "due_date", "YYYY-MM-DD"),
    (_set("due_date", "20250430"), "due_date", "YYYY-MM-DD"),
    (_set("template.sha256", "AB" * 32), "template.sha256", "SHA-256"),
    (_set("template.version", 0), "template.version", "from 1"),
    (_set("template.id", "hate crime"), "template.id", "short id"),
    (_set("template", []), "template", "object"),
    (_set("cases", {}), "cases", "list"),
    (_set("cases.1.uid", CASE_A), "cases[1].uid", "same uid"),
    (_set("cases.1.uid", CASE_A.replace("-", "")), "cases[1].uid", "same uid"),
    (_set("cases.1.reference", "HC-01"), "cases[1].reference", "same reference"),
    (_set("cases.0.reference", ""), "cases[0].reference", "empty"),
    (_set("cases.0.reference", "R" * 101), "cases[0].reference", "longer than 100"),
    (_set("cases.0.case_type", "Hate crime"), "cases[0].case_type", "short lowercase id"),
    (_set("cases.0.strands", ["colour"]), "cases[0].strands[0]", "one of"),
    (_set("cases.0.strands", ["race", "race"]), "cases[0].strands[1]", "same strand"),
    (_set("cases.0.strands", "race"), "cases[0].strands", "list"),
    (_set("cases.0.summary", "s" * 10_001), "cases[0].summary", "longer than 10,000"),
    (_set("cases.0.summary", "bell\x07"), "cases[0].summary", "control character"),
    (_other_case, "cases[1].documents[0].entry", f"documents/{CASE_B}/"),
    (
        _set("cases.0.documents.0.entry", f"documents/{CASE_A}/../x.pdf"),
        "cases[0].documents[0].entry",
        "file name",
    ),
    (
        _set("cases.0.documents.0.entry", f"documents/{CASE_A}/a/b.pdf"),
        "cases[0].documents[0].entry",
        "file name",
    ),
    (_set("cases.0.documents.0.entry", f"documents/{CASE_A}/"), "cases[0].documents[0].entry", "file name"),
    (_set("cases.0.documents.0.entry", "/etc/passwd"), "cases[0].documents[0].entry", "must start with"),
    (
        _set("cases.0.documents.1.entry", f"documents/{CASE_A}/1.pdf"),
        "cases[0].documents[1].entry",
        "same entry",
    ),
    (_set("cases.0.documents.0.media_type", "image/png"), "cases[0].documents[0].media_type", "one of"),
    (_set("cases.0.documents.0.title", ""), "cases[0].documents[0].title", "empty"),
    (_set("withdrawn", [CASE_B]), "withdrawn[0]", "also in cases"),
    (_set("withdrawn", ["x"]), "withdrawn[0]", "uid"),
    (_set("withdrawn", [ROUND_UID, ROUND_UID]), "withdrawn[1]", "same uid"),
]


@pytest.mark.parametrize(("change", "field", "words"), ROUND_REFUSALS)
def test_round_refusals_name_the_field(change: Callable[[Any], None], field: str, words: str) -> None:
    doc = round_json()
    change(doc)
    error = refused(parse_round, encode(doc))
    assert error.field == field, str(error)
    assert words in error.message, str(error)
    assert str(error) == f"round.json: {field}: {error.message}"


def _second_answer_repeats_the_first(doc: Any) -> None:
    doc["cases"][0]["answers"][1]["question"] = doc["cases"][0]["answers"][0]["question"]


REVIEW_REFUSALS: list[tuple[Callable[[Any], None], str, str]] = [
    (_delete("template"), "template", "is missing"),
    (_set("extra", 1), "extra", "not a field"),
    (_set("revision", 0), "revision", "from 1"),
    (_set("round_uid", "nope"), "round_uid", "uid"),
    (_set("cases.1.uid", CASE_A), "cases[1].uid", "same uid"),
    (_set("cases.0.status", "done"), "cases[0].status", "one of"),
    (_set("cases.1.defer_reason", ""), "cases[1].defer_reason", "deferred"),
    (_set("cases.0.defer_reason", None), "cases[0].defer_reason", "text"),
    (_set("cases.0.answers.0.value", 3), "cases[0].answers[0].value", "null, text or a list"),
    (_set("cases.0.answers.0.value", True), "cases[0].answers[0].value", "null, text or a list"),
    (_set("cases.0.answers.0.value", 2.5), "cases[0].answers[0].value", "null, text or a list"),
    (_set("cases.0.answers.0.value", {"code": "race"}), "cases[0].answers[0].value", "null, text or a list"),
    (_set("cases.0.answers.0.value", []), "cases[0].answers[0].value", "written null"),
    (_set("cases.0.answers.0.value", ["race", 1]), "cases[0].answers[0].value[1]", "short id"),
    (_set("cases.0.answers.0.value", ["race", "race"]), "cases[0].answers[0].value[1]", "same code"),
    (_set("cases.0.answers.0.value", ["two words"]), "cases[0].answers[0].value[0]", "short id"),
    (_set("cases.0.answers.0.value", "v" * 100_001), "cases[0].answers[0].value", "longer than"),
    (_set("cases.0.answers.1.hours", -1), "cases[0].answers[1].hours", "from 0 to 8,760"),
    (_set("cases.0.answers.1.hours", 8761), "cases[0].answers[1].hours", "from 0 to 8,760"),
    (_set("cases.0.answers.1.hours", 1.5), "cases[0].answers[1].hours", "whole number"),
    (_set("cases.0.answers.1.hours", False), "cases[0].answers[1].hours", "whole number"),
    (_set("cases.0.answers.1.note", "n" * 100_001), "cases[0].answers[1].note", "longer than 100,000"),
    (_set("cases.0.answers.1.note", None), "cases[0].answers[1].note", "text"),
    (_set("cases.0.answers.1.question", "no such?"), "cases[0].answers[1].question", "short id"),
    (_delete("cases.0.answers.1.note"), "cases[0].answers[1].note", "is missing"),
    (_delete("cases.0.answers.1.note_language"), "cases[0].answers[1].note_language", "is missing"),
    (_second_answer_repeats_the_first, "cases[0].answers[1].question", "same question"),
]


@pytest.mark.parametrize(
    ("change", "fault"),
    [
        (_set("cases.0.answers.1.hours", -1), Fault.HOURS_NEGATIVE),
        (_set("cases.0.answers.1.hours", 8761), Fault.HOURS_TOO_MANY),
        (_set("cases.0.answers.1.hours", "72"), Fault.HOURS_NOT_A_NUMBER),
        (_set("cases.0.answers.1.hours", 1.5), Fault.HOURS_NOT_A_NUMBER),
        (_set("cases.0.answers.1.note", "n" * 100_001), Fault.NOTE_TOO_LONG),
        (_set("cases.0.answers.1.value", 3), Fault.WRONG_TYPE),
        (_set("cases.0.answers.1.value", {"code": "no"}), Fault.WRONG_TYPE),
        (_set("cases.0.answers.1.value", ["no", 1]), Fault.NOT_A_CHOICE),
        (_set("cases.0.answers.1.value", "v" * 100_001), Fault.ANSWER_TOO_LONG),
        (_set("cases.0.answers.1.note_language", "fr"), Fault.NOTE_LANGUAGE),
        (_set("cases.0.answers.1.note_language", "EN"), Fault.NOTE_LANGUAGE),
        (_set("cases.0.answers.1.note_language", None), Fault.NOTE_LANGUAGE),
        (_set("cases.0.answers.1.note_language", ["cy"]), Fault.NOTE_LANGUAGE),
    ],
)
def test_an_answer_no_checklist_allows_says_which_case_and_question(
    change: Callable[[Any], None], fault: Fault
) -> None:
    """So the coordinator is told which answer of which case, not only that the file is unreadable."""
    doc = review_json()
    change(doc)
    with pytest.raises(AnswerError) as caught:
        parse_review(encode(doc))
    assert (caught.value.fault, caught.value.case_uid, caught.value.question) == (
        fault,
        CASE_A,
        "hcso_contact_in_time",
    )


@pytest.mark.parametrize(("change", "field", "words"), REVIEW_REFUSALS)
def test_review_refusals_name_the_field(change: Callable[[Any], None], field: str, words: str) -> None:
    doc = review_json()
    change(doc)
    error = refused(parse_review, encode(doc))
    assert error.field == field, str(error)
    assert words in error.message, str(error)
    assert str(error).startswith(f"review.json: {field}: ")


def test_limits_on_counts_and_size(monkeypatch: pytest.MonkeyPatch) -> None:
    round_data, review_data = encode(round_json()), encode(review_json())
    monkeypatch.setattr(payloads, "MAX_CASES", 1)
    assert refused(parse_round, round_data).field == "cases"
    assert refused(parse_review, review_data).field == "cases"
    monkeypatch.setattr(payloads, "MAX_CASES", 5000)
    monkeypatch.setattr(payloads, "MAX_DOCUMENTS", 1)
    assert "documents in all" in refused(parse_round, round_data).message
    monkeypatch.setattr(payloads, "MAX_CASE_DOCUMENTS", 1)
    assert refused(parse_round, round_data).field == "cases[0].documents"
    monkeypatch.setattr(payload_fields, "MAX_PAYLOAD_BYTES", 100)
    assert refused(parse_round, round_data).field == "(file)"


def test_5000_cases_are_within_the_limit_and_5001_are_not() -> None:
    doc = review_json()
    doc["cases"] = [
        {"uid": str(uuid.UUID(int=i)), "status": "not_started", "defer_reason": "", "answers": []}
        for i in range(5001)
    ]
    assert refused(parse_review, encode(doc)).message == "has more than 5,000 items"
    doc["cases"].pop()
    assert len(parse_review(encode(doc)).cases) == 5000


# --- Fuzzing ---------------------------------------------------------------------------

FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)


def _only_payload_error(parse: Callable[[bytes], object], data: bytes) -> None:
    try:
        parse(data)
    except PayloadError as exc:
        assert exc.field and exc.message


@FUZZ
@given(st.binary(max_size=300))
def test_arbitrary_bytes_only_ever_raise_payload_error(data: bytes) -> None:
    _only_payload_error(parse_round, data)
    _only_payload_error(parse_review, data)


@FUZZ
@given(_JSON)
def test_arbitrary_json_only_ever_raises_payload_error(value: Any) -> None:
    data = json.dumps(value).encode()
    _only_payload_error(parse_round, data)
    _only_payload_error(parse_review, data)


def _leaf_paths(doc: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a decoded payload where a value sits."""
    paths = [prefix]
    children = doc.items() if isinstance(doc, dict) else enumerate(doc) if isinstance(doc, list) else []
    for key, child in children:
        paths.extend(_leaf_paths(child, (*prefix, key)))
    return paths


@FUZZ
@given(st.data(), st.booleans())
def test_valid_payloads_with_one_part_replaced_only_ever_raise_payload_error(
    data: st.DataObject, review: bool
) -> None:
    doc = copy.deepcopy(review_json() if review else round_json())
    path = data.draw(st.sampled_from(_leaf_paths(doc)[1:]))
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = data.draw(_JSON)
    _only_payload_error(parse_review if review else parse_round, encode(doc))


# Valid payloads, to show that writing then reading gives back the same thing.

_LINE = st.text(st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=12).filter(str.strip)
# Control characters other than line breaks and tabs are refused; category Cc holds them all.
_TEXT = st.text(st.characters(blacklist_categories=("Cc", "Cs")) | st.sampled_from("\n\t"), max_size=30)
_ID = st.from_regex(r"[A-Za-z0-9_-]{1,10}", fullmatch=True)
_UID = st.uuids().flatmap(lambda u: st.sampled_from([str(u), u.hex]))
_TEMPLATE = st.builds(
    TemplateRef, _ID, st.integers(1, 2**31 - 1), st.from_regex(r"[0-9a-f]{64}", fullmatch=True)
)


@st.composite
def _pack_case(draw: st.DrawFn, case_uid: str, reference: str) -> PackCase:
    names = draw(
        st.lists(
            st.from_regex(r"[a-z0-9 ._-]{1,20}", fullmatch=True).filter(lambda n: n not in (".", "..")),
            unique=True,
            max_size=3,
        )
    )
    documents = tuple(
        PackDocument(document_entry(case_uid, n), draw(_LINE), draw(st.sampled_from(payloads.MEDIA_TYPES)))
        for n in names
    )
    strands = tuple(draw(st.lists(st.sampled_from(STRANDS), unique=True)))
    case_type = draw(st.from_regex(r"[a-z0-9][a-z0-9_-]{0,10}", fullmatch=True))
    return PackCase(case_uid, reference, case_type, strands, draw(_TEXT), documents)


@st.composite
def _rounds(draw: st.DrawFn) -> RoundPayload:
    uids = draw(st.lists(_UID, unique_by=lambda u: uuid.UUID(u).int, max_size=6))
    cut = draw(st.integers(0, len(uids)))
    references = draw(st.lists(_LINE, unique=True, min_size=cut, max_size=cut))
    cases = tuple(draw(_pack_case(u, r)) for u, r in zip(uids[:cut], references, strict=True))
    due = draw(st.none() | st.dates().map(lambda d: d.isoformat()))
    panel = draw(st.just("") | _LINE)
    return RoundPayload(draw(_UID), draw(st.integers(1, 2**31 - 1)), draw(_LINE), panel, due,
                        draw(_TEMPLATE), cases, tuple(uids[cut:]))  # fmt: skip


_VALUE = st.none() | _TEXT | st.lists(_ID, unique=True, min_size=1, max_size=4).map(tuple)
_ANSWER = st.builds(ReviewAnswer, _ID, _VALUE, st.none() | st.integers(0, 8760), _TEXT)


@st.composite
def _review_case(draw: st.DrawFn, case_uid: str) -> ReviewCase:
    status = draw(st.sampled_from(STATUSES))
    reason = draw(_LINE if status == "deferred" else _TEXT)
    answers = draw(st.lists(_ANSWER, unique_by=lambda a: a.question, max_size=5))
    return ReviewCase(case_uid, status, reason, tuple(answers))


@st.composite
def _reviews(draw: st.DrawFn) -> ReviewPayload:
    uids = draw(st.lists(_UID, unique_by=lambda u: uuid.UUID(u).int, max_size=5))
    cases = tuple(draw(_review_case(u)) for u in uids)
    hashes = tuple(draw(st.lists(st.text("0123456789abcdef", min_size=64, max_size=64), max_size=4)))
    audit = AuditChain(hashes[-1] if hashes else "0" * 64, hashes)
    return ReviewPayload(draw(_UID), draw(st.integers(1, 2**31 - 1)), draw(_TEMPLATE), cases, audit)


@FUZZ
@given(_rounds())
def test_any_valid_round_is_read_back_as_written(payload: RoundPayload) -> None:
    data = round_to_bytes(payload)
    assert parse_round(data) == payload
    assert round_to_bytes(parse_round(data)) == data


@FUZZ
@given(_reviews())
def test_any_valid_review_is_read_back_as_written(payload: ReviewPayload) -> None:
    data = review_to_bytes(payload)
    assert parse_review(data) == payload
    assert review_to_bytes(parse_review(data)) == data


# --- File names: the round code and member number ---------------------------------------


def test_the_round_code_and_member_number_travel_and_an_earlier_pack_has_neither() -> None:
    labelled = replace(a_round(), code="HC-2026Q1-2", member_number=3)
    assert parse_round(round_to_bytes(labelled)) == labelled
    earlier = round_json()
    del earlier["code"], earlier["member_number"]
    assert parse_round(encode(earlier)) == a_round()


def test_the_erasure_date_travels_and_is_left_out_when_there_is_none() -> None:
    kept = replace(a_round(), erase_on="2026-03-14")
    assert parse_round(round_to_bytes(kept)) == kept
    assert b'"erase_on":"2026-03-14"' in round_to_bytes(kept)
    assert b"erase_on" not in round_to_bytes(a_round())  # what an earlier version wrote
    doc = round_json()
    doc["erase_on"] = None
    assert parse_round(encode(doc)).erase_on is None


@pytest.mark.parametrize("value", ["2026-02-30", "14/03/2026", "2026-3-14", 20260314, True, ""])
def test_an_erasure_date_that_is_not_a_date_is_refused(value: object) -> None:
    doc = round_json()
    doc["erase_on"] = value
    assert refused(parse_round, encode(doc)).field == "erase_on"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("code", "../../.bashrc"),
        ("code", "hc-2026q1"),
        ("code", "HC--1"),
        ("code", "HC\u202e1"),
        ("code", "H" * 41),
        ("code", 7),
        ("member_number", 0),
        ("member_number", "3"),
        ("member_number", True),
    ],
)
def test_a_code_or_number_that_could_make_a_hostile_file_name_is_refused(field: str, value: object) -> None:
    doc = round_json()
    doc[field] = value
    assert refused(parse_round, encode(doc)).field == field


def without_citations(doc: dict[str, Any]) -> dict[str, Any]:
    """A review.json as a format before 5 wrote it: its answers cite nothing."""
    for case in doc["cases"]:
        for answer in case["answers"]:
            del answer["citations"]
    return doc


def test_a_version_1_review_reads_with_every_note_language_unknown() -> None:
    """A package from before notes were marked: no `note_language`, read as "" (the round's
    language); the same field in a version-1 file is one that format never had."""
    doc = without_citations(review_json())
    del doc["audit"], doc["changes"]
    marked = encode(doc)
    for case in doc["cases"]:
        for answer in case["answers"]:
            del answer["note_language"]
    read = parse_review(encode(doc), 1)
    answers = [a for c in read.cases for a in c.answers]
    assert [a.note for a in answers] == [a.note for c in a_review().cases for a in c.answers]
    assert {a.note_language for a in answers} == {""}
    with pytest.raises(PayloadError, match="note_language: is not a field of this format"):
        parse_review(marked, 1)


def test_a_version_2_review_reads_without_an_audit_chain_and_version_3_needs_one() -> None:
    doc = without_citations(review_json())
    assert doc["audit"] == {"entries": ["a" * 64, "b" * 64], "head": "b" * 64}
    del doc["audit"], doc["changes"]
    assert parse_review(encode(doc), 2) == replace(a_review(), audit=None)
    assert refused(parse_review, encode(doc)).field == "audit"
    assert refused(lambda data: parse_review(data, 2), review_to_bytes(a_review())).field == "audit"
    with pytest.raises(ValueError, match="audit chain"):
        review_to_bytes(replace(a_review(), audit=None))


@pytest.mark.parametrize(
    ("audit", "field"),
    [
        ({"entries": ["a" * 64], "head": "b" * 64}, "audit.head"),
        ({"entries": [], "head": "a" * 64}, "audit.head"),
        ({"entries": ["A" * 64], "head": "A" * 64}, "audit.entries[0]"),
        ({"entries": ["a" * 63], "head": "a" * 63}, "audit.entries[0]"),
        ({"entries": "a" * 64, "head": "a" * 64}, "audit.entries"),
        ({"entries": [], "head": "0" * 64, "tail": 1}, "audit.tail"),
        ({"head": "0" * 64}, "audit.entries"),
        ([], "audit"),
    ],
)
def test_an_audit_chain_that_does_not_hold_together_is_refused(audit: object, field: str) -> None:
    doc = review_json()
    doc["audit"] = audit
    assert refused(parse_review, encode(doc)).field == field


def test_an_empty_chain_has_the_genesis_value_as_its_head() -> None:
    empty = replace(a_review(), audit=AuditChain("0" * 64, ()))
    assert parse_review(review_to_bytes(empty)) == empty


def a_change(**fields: Any) -> ReviewChange:
    values: dict[str, Any] = {
        "case_uid": CASE_A, "question": "hcso_contact_in_time", "old": "yes", "new": "no",
        "note_changed": True, "at": "2026-03-03T10:15:00Z", "reason": "Looked again at the log",
    } | fields  # fmt: skip
    return ReviewChange(**values)


def test_a_version_4_review_carries_its_changes_and_version_3_reads_without_them() -> None:
    changed = replace(
        a_review(),
        changes=(
            a_change(),
            a_change(question="strands_recorded", old=None, new=("race",), note_changed=False),
        ),
    )
    assert parse_review(review_to_bytes(changed)) == changed
    doc = without_citations(json.loads(review_to_bytes(changed)))
    assert doc["changes"][1] == {
        "case": CASE_A, "question": "strands_recorded", "from": None, "to": ["race"],
        "note_changed": False, "at": "2026-03-03T10:15:00Z", "reason": "Looked again at the log",
    }  # fmt: skip
    del doc["changes"]
    assert parse_review(encode(doc), 3) == a_review()
    assert refused(parse_review, encode(doc)).field == "changes"
    assert refused(lambda data: parse_review(data, 3), review_to_bytes(changed)).field == "changes"


@pytest.mark.parametrize(
    ("field", "value", "where"),
    [
        ("at", "3 March 2026", "changes[0].at"),
        ("at", "2026-03-03T10:15:00+01:00", "changes[0].at"),
        ("note_changed", "yes", "changes[0].note_changed"),
        ("reason", "x" * 301, "changes[0].reason"),
        ("reason", "two\nlines", "changes[0].reason"),
        ("case", "not-in-this-package", "changes[0].case"),
    ],
)
def test_a_change_written_wrongly_is_refused(field: str, value: object, where: str) -> None:
    doc = json.loads(review_to_bytes(replace(a_review(), changes=(a_change(),))))
    doc["changes"][0][field] = value
    assert refused(parse_review, encode(doc)).field == where


def test_the_same_question_changed_twice_in_one_package_is_refused() -> None:
    doc = json.loads(review_to_bytes(replace(a_review(), changes=(a_change(),))))
    doc["changes"].append(dict(doc["changes"][0]))
    assert refused(parse_review, encode(doc)).field == "changes[1]"


def test_a_version_5_review_carries_citations_and_version_4_reads_without_them() -> None:
    cited = (Citation(1, 3, "Victim said the words were racist."), Citation(2, 1))
    review = a_review()
    first = review.cases[0]
    answers = (replace(first.answers[0], citations=cited), *first.answers[1:])
    with_citations = replace(review, cases=(replace(first, answers=answers), *review.cases[1:]))
    data = review_to_bytes(with_citations)
    assert parse_review(data) == with_citations
    doc = json.loads(data)
    assert doc["cases"][0]["answers"][0]["citations"] == [
        {"document": 1, "page": 3, "quote": "Victim said the words were racist."},
        {"document": 2, "page": 1, "quote": ""},
    ]
    assert refused(lambda d: parse_review(d, 4), data).field == "cases[0].answers[0].citations"
    assert parse_review(encode(without_citations(doc)), 4) == review


@pytest.mark.parametrize(
    ("citation", "field"),
    [
        ({"document": 0, "page": 1, "quote": ""}, "document"),
        ({"document": 1, "page": 0, "quote": ""}, "page"),
        ({"document": 1, "page": "3", "quote": ""}, "page"),
        ({"document": 1, "page": 1, "quote": "two\nlines"}, "quote"),
        ({"document": 1, "page": 1}, "quote"),
        ({"document": 1, "page": 1, "quote": "", "file": "/etc/passwd"}, "file"),
    ],
)
def test_a_citation_written_wrongly_is_refused(citation: dict[str, Any], field: str) -> None:
    doc = review_json()
    doc["cases"][0]["answers"][0]["citations"] = [citation]
    assert refused(parse_review, encode(doc)).field == f"cases[0].answers[0].citations[0].{field}"


def test_an_over_long_quote_is_an_answer_fault_naming_its_question() -> None:
    doc = review_json()
    doc["cases"][0]["answers"][0]["citations"] = [{"document": 1, "page": 1, "quote": "x" * 501}]
    with pytest.raises(AnswerError) as caught:
        parse_review(encode(doc))
    assert caught.value.fault is Fault.QUOTE_TOO_LONG
    assert (caught.value.case_uid, caught.value.question) == (CASE_A, "strands_recorded")
