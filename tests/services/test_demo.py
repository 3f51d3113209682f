"""The demo round: 16 fictional cases with real PDF and text documents, in a real profile."""

from __future__ import annotations

import json
import re
from datetime import datetime
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.paths import demo_dir
from desktop.reports.case_documents import BANNER
from desktop.services import review
from desktop.services.demo import DEMO_PASSPHRASE, create_demo_profile
from desktop.services.demo_content import STRANDS, load_demo_cases
from desktop.services.profile import unlock
from desktop.services.rounds import list_cases, list_rounds


def test_sixteen_fictional_cases_with_one_to_three_documents() -> None:
    cases = load_demo_cases()
    assert len(cases) == 16
    assert len({c.reference for c in cases}) == 16
    kinds = set()
    for case in cases:
        assert 1 <= len(case.documents) <= 3
        assert set(case.strands) <= set(STRANDS) and case.case_type in ("hate_crime", "nchi")
        for doc in case.documents:
            kinds.add(doc.media_type)
            if doc.media_type == "application/pdf":
                text = " ".join(p.extract_text() for p in PdfReader(BytesIO(doc.data)).pages)
                assert case.reference in text and BANNER in text
            else:
                assert BANNER in doc.data.decode("utf-8")
    assert kinds == {"application/pdf", "text/plain"}
    assert {c.case_type for c in cases} == {"hate_crime", "nchi"}


def test_documents_render_the_same_every_time() -> None:
    first, second = load_demo_cases(), load_demo_cases()
    assert [d.data for c in first for d in c.documents] == [d.data for c in second for d in c.documents]


def test_demo_profile_holds_the_round(tmp_path: Path) -> None:
    db = create_demo_profile(tmp_path / "demo")
    (row,) = list_rounds(db)
    assert (row.cases_total, row.cases_done) == (16, 0)
    cases = list_cases(db, row.id)
    assert cases[0].reference == "DEMO-HC-01" and cases[0].required > 20
    assert review.case_documents(db, cases[0].id)[0].media_type == "application/pdf"
    db.close()
    unlock(tmp_path / "demo", DEMO_PASSPHRASE).close()


# What a member reads: the documents as the review workspace gets them, PDFs as text.

STAMP = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}"


def _stamp(text: str) -> datetime:
    when = datetime.strptime(text, "%a %d %b %Y %H:%M")
    assert f"{when:%a} {when.day} {when:%b %Y %H:%M}" == text, f"weekday or format wrong: {text}"
    return when


@pytest.fixture(scope="module")
def demo_texts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Each demo case's documents as one text, read back from a demo profile."""
    db = create_demo_profile(tmp_path_factory.mktemp("demo") / "demo")
    (row,) = list_rounds(db)
    texts = {}
    for case in list_cases(db, row.id):
        parts = []
        for doc in review.case_documents(db, case.id):
            if doc.media_type == "application/pdf":
                parts += [p.extract_text() for p in PdfReader(BytesIO(doc.data)).pages]
            else:
                parts.append(doc.data.decode("utf-8"))
        texts[case.reference] = " ".join(" ".join(parts).split())
    db.close()
    return texts


def test_every_case_says_which_situation_it_shows() -> None:
    data = json.loads((demo_dir() / "cases.json").read_text(encoding="utf-8"))
    notes = [c.get("demo_note", "") for c in data["cases"]]
    assert all(len(n) > 40 for n in notes) and len(set(notes)) == 16
    assert len(load_demo_cases()) == 16  # the loader ignores the note


def test_every_log_entry_carries_a_real_date_and_time(demo_texts: dict[str, str]) -> None:
    data = json.loads((demo_dir() / "cases.json").read_text(encoding="utf-8"))
    for case in data["cases"]:
        text = demo_texts[case["reference"]]
        for doc in case["documents"]:
            rows = doc.get("entries", []) + doc.get("updates", [])
            stamps = [r.get("time") or r["when"] for r in rows]
            times = [_stamp(s) for s in stamps]
            assert times == sorted(times), f"{case['reference']}: {doc['title']} out of order"
            assert all(s in text for s in stamps), case["reference"]
        assert len(re.findall(STAMP, text)) >= 3, case["reference"]


def _hcso_hours(text: str) -> float | None:
    """Hours from the first log entry to the HCSO's first contact, as a member counts them."""
    report = min(_stamp(s) for s in re.findall(STAMP, text))
    contacts = [_stamp(s) for s in re.findall(rf"({STAMP}) HCSO \d+ First contact", text)]
    return (min(contacts) - report).total_seconds() / 3600 if contacts else None


def test_hcso_contact_is_sometimes_late_and_sometimes_only_after_a_prompt(
    demo_texts: dict[str, str],
) -> None:
    hours = {ref: _hcso_hours(text) for ref, text in demo_texts.items()}
    timed = [h for h in hours.values() if h is not None]
    assert any(h > 48 for h in timed) and sum(h <= 48 for h in timed) >= 5
    prompted = []
    for ref, text in demo_texts.items():
        prompts = re.findall(rf"({STAMP}) Sgt \d+ [^.]*\. No HCSO contact recorded", text)
        contact = re.findall(rf"({STAMP}) HCSO \d+ First contact", text)
        if prompts and contact and _stamp(prompts[0]) < _stamp(contact[0]):
            prompted.append(ref)
    assert prompted


def test_a_victim_declines_hcso_support_and_the_record_says_why(demo_texts: dict[str, str]) -> None:
    declined = [
        t for t in demo_texts.values() if re.search(rf"{STAMP} HCSO \d+ .{{0,60}}declines HCSO support", t)
    ]
    assert declined and "changes his mind" in declined[0]


def test_one_person_is_recorded_as_both_victim_and_witness(demo_texts: dict[str, str]) -> None:
    name = r"([A-Z]{2,}, [A-Z][a-z]+)"
    both = [
        ref
        for ref, text in demo_texts.items()
        if set(re.findall(rf"Victim {name}", text)) & set(re.findall(rf"Witness \d+ {name}", text))
    ]
    assert both


def test_classification_differs_between_the_incident_and_crime_logs(demo_texts: dict[str, str]) -> None:
    differing = []
    for ref, text in demo_texts.items():
        closing = re.search(r"Closing code: HATE (?:CRIME|INCIDENT) – ([A-Z]+)", text)
        crime = re.search(r"Classification (.+?) Outcome ", text)
        if closing and crime and closing[1].lower() not in crime[1].lower():
            differing.append(ref)
    assert len(differing) >= 2


def test_a_mavis_sits_on_a_low_risk_grade_the_log_contradicts(demo_texts: dict[str, str]) -> None:
    low = [
        t
        for t in demo_texts.values()
        if "Risk level Low" in t and "MAVIS Created" in t and "Threats made? Yes" in t
    ]
    assert low and "Repeat victim? Yes" in low[0]
