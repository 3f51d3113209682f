"""The demo round: 16 fictional cases with real PDF and text documents, in a real profile."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from pypdf import PdfReader

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
