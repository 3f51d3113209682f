"""The panel report as PDF, from a round that really travelled: read back with pypdf."""

from __future__ import annotations

import io
import subprocess

from pypdf import PdfReader

from desktop.reports.content import ReportOptions
from desktop.services import report


def text_of(data: bytes) -> str:
    """The words of every page, line breaks made spaces (a phrase may wrap)."""
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages)


def test_the_published_pdf_states_findings_splits_and_counts(panel, tmp_path) -> None:
    out = tmp_path / "report.pdf"
    written = report.write_report(
        panel.world.coordinator, panel.round_id, out, ReportOptions("en", "publication"), "pdf"
    )
    data = out.read_bytes()
    reader = PdfReader(io.BytesIO(data))
    assert reader.metadata.title.startswith("Panel report")
    text = text_of(data)
    for expected in (
        "Background",
        "virtual meeting",
        "Findings case by case",
        "Case 3",
        "Unable to agree",
        "Members were unable to agree",
        "Agreement between members",
        "Krippendorff",
        "Prompt HCSO contact",
        "Appendix",
        "Member A",
        "Member D",
    ):
        assert expected in text, expected
    assert "HC-003" not in text, "a published report carries no force case numbers"
    for name in panel.world.members:  # a published report names nobody
        assert name not in text
    assert written.sha256 and len(reader.outline) >= 8


def test_the_internal_pdf_names_members(panel, tmp_path) -> None:
    data = report.render(
        report.gather(panel.world.coordinator, panel.round_id), ReportOptions("en", "internal"), "pdf"
    )[""]
    assert "Aled Jones" in text_of(data)


def test_welsh_first_then_english(panel, tmp_path) -> None:
    data = report.render(
        report.gather(panel.world.coordinator, panel.round_id), ReportOptions("both", "publication"), "pdf"
    )[""]
    text = text_of(data)
    assert text.index("Cefndir") < text.index("Background")
    assert "Aelod A" in text and "Methu cytuno" in text


def test_pages_render(panel, tmp_path) -> None:
    data = report.render(
        report.gather(panel.world.coordinator, panel.round_id), ReportOptions("en", "publication"), "pdf"
    )[""]
    (tmp_path / "r.pdf").write_bytes(data)
    subprocess.run(
        ["pdftoppm", "-r", "50", "-png", str(tmp_path / "r.pdf"), str(tmp_path / "page")], check=True
    )
    assert len(list(tmp_path.glob("page*.png"))) == len(PdfReader(io.BytesIO(data)).pages)
