"""The commissioner's briefing (seed 004), read back as its readers would: python-docx for
the words, their order and their language tags; LibreOffice for the layout.

Drafted from the coordinator's demo, both quarters, every text confirmed for publication
as a coordinator would, with a letterhead set once. The numbers it prints are checked
against the rounds' own merged findings, not against the briefing's own drafting.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from pypdf import PdfReader

from desktop.reports.briefing_content import Letterhead
from desktop.reports.content import ReportOptions
from desktop.services import briefing, briefing_settings, findings, recommendations, rounds
from tests.reports.test_panel_docx import converted
from tests.services.publication_world import confirmed_quarters

HEAD = Letterhead(
    office_en="Office of the Police and Crime Commissioner\nPO Box 99\nCarmarthen SA31 2PF",
    office_cy="Swyddfa'r Comisiynydd Heddlu a Throseddu\nBlwch Post 99\nCaerfyrddin SA31 2PF",
    signatory="Alex Example",
    role_en="Police and Crime Commissioner",
    role_cy="Comisiynydd Heddlu a Throseddu",
)
TO = "The Home Secretary\n2 Marsham Street\nLondon SW1P 4DF"


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    db = confirmed_quarters(tmp_path_factory.mktemp("briefing") / "office")
    ids = [r.id for r in rounds.list_rounds(db)]
    briefing_settings.save_letterhead(db, HEAD)
    yield db, ids
    db.close()


def _written(office, tmp_path: Path, language: str = "both", layout: str = "sequential") -> Path:
    db, ids = office
    path = tmp_path / f"briefing-{language}-{layout}.docx"
    briefing.write_briefing(db, ids, path, ReportOptions(language, "publication", layout=layout), TO)
    return path


def _tagged(document) -> list[tuple[str, str, set[str]]]:
    """(style, text, languages of its runs) for each body paragraph."""
    out = []
    for p in document.paragraphs:
        langs = set()
        for run in p.runs:
            lang = run._r.rPr.find(qn("w:lang")) if run._r.rPr is not None else None
            assert lang is not None, p.text
            langs.add(lang.get(qn("w:val")))
        out.append((p.style.name, p.text, langs))
    return out


def test_welsh_first_then_english_each_tagged_with_its_language(office, tmp_path) -> None:
    document = docx.Document(str(_written(office, tmp_path)))
    assert len(document.sections) == 2 and document.core_properties.language == "cy-GB"
    paragraphs = _tagged(document)
    texts = [text for _style, text, _langs in paragraphs]
    welsh_title = texts.index("Papur briffio i'r Comisiynydd")
    english_title = texts.index("Briefing for the Commissioner")
    assert welsh_title < english_title
    headings = {text: langs for style, text, langs in paragraphs if style.startswith("Heading")}
    for welsh, english in (
        ("Meysydd sy'n peri pryder", "Areas of concern"),
        ("Arfer da", "Good practice"),
        ("Ers yr adolygiad diwethaf", "Since the last review"),
        ("Argymhellion", "Recommendations"),
    ):
        assert headings[welsh] == {"cy-GB"} and headings[english] == {"en-GB"}
    # The letterhead in each language's own words, at the head of its part.
    assert texts[0] == HEAD.office_cy and texts[0 + english_title - welsh_title] == HEAD.office_en
    # The recipient as typed; the signatory and their title in each language.
    assert texts.count(TO) == 2 and texts.count("Alex Example") == 2
    assert HEAD.role_cy in texts[welsh_title:english_title] and HEAD.role_en in texts[english_title:]
    # The Welsh Language statement (the default, none typed) at the foot of each part.
    footers = [s.footer.paragraphs[0].text for s in document.sections]
    assert footers[0].startswith("Rydym yn croesawu gohebiaeth yn Gymraeg") and "Tudalen" in footers[0]
    assert footers[1].startswith("We welcome correspondence in Welsh") and "Page" in footers[1]


def test_the_areas_of_concern_count_what_the_rounds_merged(office, tmp_path) -> None:
    """Each round's concerns are the answers that fell short ("No") in two cases or more,
    counted as the merged findings count them, out of the round's cases."""
    db, ids = office
    texts = [p.text for p in docx.Document(str(_written(office, tmp_path, "en"))).paragraphs]
    starts = [i for i, t in enumerate(texts) if t == "Areas of concern"]
    assert len(starts) == 2  # one per round, oldest first
    for rid, start in zip(ids, starts, strict=True):
        merged = findings.round_findings(db, rid)
        expected = Counter(
            n for q in merged.merged_questions() if (n := merged.counts(q.id).get("no", 0)) >= 2
        )
        end = texts.index("Good practice", start)
        printed = [re.search(r"\(in (\d+) of the (\d+) cases\)\.$", t) for t in texts[start + 1 : end]]
        assert all(printed) and {int(m.group(2)) for m in printed if m} == {len(merged.cases)}
        assert Counter(int(m.group(1)) for m in printed if m) == expected
    reviewed = [t for t in texts if t.startswith("On ") and "case files" in t]
    assert [int(re.search(r"reviewed (\d+) case files", t).group(1)) for t in reviewed] == [
        len(rounds.list_cases(db, rid)) for rid in ids
    ]


def test_since_the_last_review_and_each_recommendation_with_its_status(office, tmp_path) -> None:
    db, _ids = office
    texts = [p.text for p in docx.Document(str(_written(office, tmp_path, "en"))).paragraphs]
    since = texts.index("Since the last review")
    assert texts[since + 1].startswith("Compared with the last review (13 December 2025)")
    assert any("— improved:" in t for t in texts[since:])
    rows = [r for r in recommendations.list_recommendations(db) if r.merged_into is None]
    assert rows
    for r in rows:
        line = next(t for t in texts if t.startswith(f"{r.number}. "))
        assert r.text.rstrip(".") in line and r.status in line.casefold()


def test_side_by_side_pairs_welsh_left_with_english_right(office, tmp_path) -> None:
    document = docx.Document(str(_written(office, tmp_path, layout="side_by_side")))
    pairs = [(row.cells[0].text, row.cells[1].text) for t in document.tables for row in t.rows]
    assert ("Papur briffio i'r Comisiynydd", "Briefing for the Commissioner") in pairs
    assert ("Meysydd sy'n peri pryder", "Areas of concern") in pairs
    footer = document.sections[0].footer.paragraphs[0].text
    assert "Rydym yn croesawu" in footer and "We welcome correspondence" in footer


def test_libreoffice_lays_it_out_welsh_first_on_a4(office, tmp_path) -> None:
    reader = PdfReader(io.BytesIO(converted(_written(office, tmp_path), tmp_path)))
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    for expected in (
        "Papur briffio i'r Comisiynydd",
        "Blwch Post 99",
        "mewn 3 o'r 16 achos",
        "Briefing for the Commissioner",
        "PO Box 99",
        "in 3 of the 16 cases",
        "Alex Example",
    ):
        assert expected in text, expected
    assert text.index("Meysydd sy'n peri pryder") < text.index("Areas of concern")
    pages = len(reader.pages)
    assert 2 <= pages <= 6 and f"Page {pages} of {pages}" in text
    width, height = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    assert (round(width), round(height)) == (595, 842)
