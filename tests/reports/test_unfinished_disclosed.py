"""Reviews not marked complete are disclosed in the report, read back from the PDF and the
DOCX in both languages, on a round whose members really left reviews unfinished."""

from __future__ import annotations

import io

import docx
import pytest

from desktop.reports.content import ReportOptions, ReviewProgress
from desktop.services import report, review_progress
from tests.reports.test_panel_pdf import text_of
from tests.services.publication_world import confirm_every_text
from tests.services.unfinished_world import unfinished_panel


@pytest.fixture(scope="module")
def unfinished(tmp_path_factory):
    made = unfinished_panel(tmp_path_factory.mktemp("unfinished"))
    confirm_every_text(made.world.coordinator, made.round_id)
    yield made
    made.world.coordinator.close()
    for member in made.world.members.values():
        member.close()


def docx_text(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    return " ".join(" ".join(p.text.split()) for p in document.paragraphs)


def test_the_statuses_the_members_sent_are_gathered_per_case(unfinished) -> None:
    gathered = report.gather(unfinished.world.coordinator, unfinished.round_id)
    by_reference = {c.case.reference: gathered.progress[c.case.case_id] for c in gathered.findings.cases}
    assert by_reference == {
        "HC-001": ReviewProgress(complete=4),
        "HC-002": ReviewProgress(complete=2, in_progress=2),
        "HC-003": ReviewProgress(complete=3, deferred=1),
        "HC-004": ReviewProgress(complete=4),
    }
    whole = review_progress.round_progress(unfinished.world.coordinator, unfinished.round_id)
    assert whole == ReviewProgress(complete=13, in_progress=2, deferred=1)


ENGLISH = (
    "Of the 16 reviews used, 13 were marked complete; 2 were still in progress; 1 was deferred.",
    "2 of 4 reviews complete; 2 in progress",
    "3 of 4 reviews complete; 1 deferred",
)
WELSH = (
    "O'r 16 adolygiad a ddefnyddiwyd, nodwyd 13 yn gyflawn; roedd 2 yn dal ar waith; roedd 1 wedi'i ohirio.",
    "Adolygiadau wedi'u cwblhau: 2 o 4; ar waith: 2",
    "Adolygiadau wedi'u cwblhau: 3 o 4; wedi'u gohirio: 1",
)


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("language", ["en", "cy", "both"])
def test_the_published_report_says_which_reviews_were_unfinished(unfinished, tmp_path, fmt, language) -> None:
    out = tmp_path / f"report.{fmt}"
    report.write_report(
        unfinished.world.coordinator, unfinished.round_id, out, ReportOptions(language, "publication"), fmt
    )
    text = (text_of if fmt == "pdf" else docx_text)(out.read_bytes())
    expected = {"en": ENGLISH, "cy": WELSH, "both": WELSH + ENGLISH}[language]
    for sentence in expected:
        assert sentence in text, sentence
    unexpected = {"en": WELSH, "cy": ENGLISH, "both": ()}[language]
    for sentence in unexpected:
        assert sentence not in text, sentence
    # the cases whose four reviews were complete carry no such words
    assert text.count("reviews complete" if language == "en" else "Adolygiadau wedi'u cwblhau") == 2


def test_a_round_whose_reviews_were_all_complete_says_so(panel, tmp_path) -> None:
    gathered = report.gather(panel.world.coordinator, panel.round_id)
    data = report.render(gathered, ReportOptions("both", "internal"), "docx")[""]
    text = docx_text(data)
    assert "All 16 reviews used were marked complete by their members." in text
    assert "Nodwyd pob un o'r 16 adolygiad a ddefnyddiwyd yn gyflawn gan eu haelodau." in text
    assert "reviews complete;" not in text and "Adolygiadau wedi'u cwblhau:" not in text
