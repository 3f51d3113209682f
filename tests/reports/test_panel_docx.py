"""The panel report as DOCX, from a round that really travelled: read back with python-docx
and laid out by LibreOffice, whose PDF is read back with pypdf."""

from __future__ import annotations

import dataclasses
import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from pypdf import PdfReader

from desktop.reports.content import (
    ObservationItem,
    PanelReport,
    RecommendationItem,
    RecommendationUpdateItem,
    ReportOptions,
)
from desktop.reports.panel_docx import render_panel_docx
from desktop.services import report


@pytest.fixture(scope="module")
def gathered(panel) -> PanelReport:
    """The round's report, with an observation and a recommendation with an update added
    (the services do not record them yet)."""
    return dataclasses.replace(
        report.gather(panel.world.coordinator, panel.round_id),
        observations=(ObservationItem(1, "Victims were not told of support services.", ("HC-002",)),),
        recommendations=(
            RecommendationItem(
                1,
                "Offer every victim a referral to support services.",
                "Victim care",
                "",
                "Hate crime lead",
                "2026-09-30",
                "ongoing",
                updates=(
                    RecommendationUpdateItem("2026-06-01", "Training planned.", "On track.", "ongoing"),
                ),
            ),
        ),
    )


def opened(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def styled(document: docx.document.Document, style: str) -> list[str]:
    return [p.text for p in document.paragraphs if p.style is not None and p.style.name == style]


def every_text(data: bytes) -> str:
    """The text of every part of the package: body, tables, headers, footers, properties."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return "\n".join(
            package.read(name).decode("utf-8") for name in package.namelist() if name.endswith(".xml")
        )


def test_the_published_docx_uses_word_styles_and_names_nobody(panel, gathered, tmp_path) -> None:
    out = tmp_path / "report.docx"
    written = report.write_report(
        panel.world.coordinator, panel.round_id, out, ReportOptions("en", "publication"), "docx"
    )
    data = out.read_bytes()
    document = opened(data)
    assert styled(document, "Title") == [gathered.panel]
    assert {"Background", "Findings case by case", "Agreement between members", "Summary"} <= set(
        styled(document, "Heading 1")
    )
    assert "Case 3" in styled(document, "Heading 2")
    assert "HC-003" not in every_text(data), "a published report carries no force case numbers"
    bullets = styled(document, "List Bullet")
    splits = [
        b for b in bullets if re.search(r"unable to agree (whether|which|what)", b)
    ]  # and how members answered
    assert splits and all(re.search(r"\(\w[^()]* \d(, [^()]* \d)*\)\.$", s) for s in splits), splits
    notes = styled(document, "List Bullet 2")  # beneath the finding each explains, naming nobody
    assert notes and all(n.startswith(("– A member noted: ", "– Members noted: ")) for n in notes), notes
    appendix = document.tables[-1]
    assert [row.cells[0].text for row in appendix.rows[1:]] == [
        "Member A",
        "Member B",
        "Member C",
        "Member D",
    ]
    props = document.core_properties
    assert props.title.startswith("Panel report") and props.author == gathered.panel
    assert props.language == "en-GB" and props.subject == gathered.round_title
    assert document.sections[0].header.paragraphs[0].text.startswith(gathered.panel)
    footer = document.sections[0].footer._element.xml
    assert "PAGE" in footer and "NUMPAGES" in footer
    text = every_text(data)
    for name in panel.world.members:  # not in the body, a table, a header or the properties
        assert name not in text, name
    assert "Aled Jones" not in text and written.sha256


def test_the_internal_docx_names_members(panel) -> None:
    data = report.render(
        report.gather(panel.world.coordinator, panel.round_id), ReportOptions("en", "internal"), "docx"
    )[""]
    assert "Aled Jones" in every_text(data)
    assert "Member A" not in every_text(data)


def test_every_table_repeats_its_header_row(gathered) -> None:
    document = opened(render_panel_docx(gathered, ReportOptions("en", "publication")))
    assert len(document.tables) >= 6
    for t in document.tables:
        assert t.style is not None and t.style.name == "Table Grid"
        header = t.rows[0]._tr
        assert header.trPr is not None and header.trPr.find(qn("w:tblHeader")) is not None
        assert all(row._tr.trPr is None or row._tr.trPr.find(qn("w:tblHeader")) is None for row in t.rows[1:])
    observation = next(t for t in document.tables if t.rows[0].cells[1].text == "Observation")
    assert "Awaiting the force's response." in observation.rows[1].cells[2].text
    updates = next(t for t in document.tables if t.rows[0].cells[1].text == "Update")
    assert [c.text for c in updates.rows[1].cells] == [
        "1. Offer every victim a referral to support services.",
        "1 June 2026\nTraining planned.",
        "ONGOING\nOn track.",
    ]


def test_welsh_first_then_english_each_in_its_language(gathered) -> None:
    document = opened(render_panel_docx(gathered, ReportOptions("both", "publication")))
    headings = styled(document, "Heading 1")
    assert headings.index("Cefndir") < headings.index("Background")
    assert (
        len(document.sections) == 2
        and document.sections[1].start_type == docx.enum.section.WD_SECTION.NEW_PAGE
    )
    assert document.core_properties.language == "cy-GB"
    languages = {}
    for p in document.paragraphs:
        for run in p.runs:
            lang = run._r.rPr.find(qn("w:lang")) if run._r.rPr is not None else None
            assert lang is not None, p.text
            languages.setdefault(p.text, lang.get(qn("w:val")))
    assert languages["Cefndir"] == "cy-GB" and languages["Background"] == "en-GB"
    assert "Tudalen" in document.sections[0].footer._element.xml
    assert "Page" in document.sections[1].footer._element.xml


def converted(docx_path: Path, folder: Path) -> bytes:
    """The DOCX laid out by LibreOffice as a PDF: what a reader without Word would see."""
    program = shutil.which("libreoffice")
    if program is None:
        pytest.fail("LibreOffice is needed to check the DOCX lays out: install libreoffice-writer-nogui")
    done = subprocess.run(
        [
            program,
            "--headless",
            f"-env:UserInstallation=file://{folder / 'lo'}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(docx_path),
        ],
        capture_output=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    return (folder / (docx_path.stem + ".pdf")).read_bytes()


def test_libreoffice_lays_it_out_in_both_languages(gathered, tmp_path) -> None:
    source = tmp_path / "report.docx"
    source.write_bytes(render_panel_docx(gathered, ReportOptions("both", "publication")))
    reader = PdfReader(io.BytesIO(converted(source, tmp_path)))
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    for expected in (
        "Cefndir",
        "yn ôl math",
        "Aelod A",
        "Methu cytuno",
        "Tudalen 1 o",
        "Background",
        "Case 3",
        "Members were unable to agree",
        "Krippendorff",
        "Member D",
    ):
        assert expected in text, expected
    assert text.index("Cefndir") < text.index("Background")
    pages = len(reader.pages)  # the page fields filled in, numbering running on into English
    assert f"Page {pages} of {pages}" in " ".join(reader.pages[-1].extract_text().split())
    width, height = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    assert (round(width), round(height)) == (595, 842)  # A4
