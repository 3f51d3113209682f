"""The accessible PDF: the Word report laid out by LibreOffice as a tagged PDF, whose
structure tree tells a screen reader what is a heading and what is a table."""

from __future__ import annotations

import io

from pypdf import PdfReader

from desktop.reports.content import ReportOptions
from desktop.services import report


def test_the_accessible_pdf_is_tagged_titled_and_in_its_language(panel, tmp_path) -> None:
    out = tmp_path / "accessible.pdf"
    report.write_report(panel.world.coordinator, panel.round_id, out, ReportOptions("cy", "publication"),
                        "accessible-pdf")  # fmt: skip
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    root = reader.trailer["/Root"]
    assert bool(root["/MarkInfo"]["/Marked"]), "a tagged PDF"
    structure = root["/StructTreeRoot"].get_object()
    kinds = set()

    def walk(node, depth=0) -> None:
        node = node.get_object()
        if depth > 12 or not hasattr(node, "get"):
            return
        if "/S" in node:
            kinds.add(str(node["/S"]))
        kids = node.get("/K")
        for kid in kids if isinstance(kids, list) else [kids] if kids is not None else []:
            if hasattr(kid, "get_object"):
                walk(kid, depth + 1)

    walk(structure)
    assert {"/H1", "/Table", "/TD"} <= kinds or {"/Heading 1", "/Table"} <= kinds, sorted(kinds)[:40]
    assert str(root["/Lang"]).lower().startswith("cy")
    assert reader.metadata.title.startswith("Adroddiad y panel")
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Cefndir" in text and "Aelod A" in text
