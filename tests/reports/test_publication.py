"""Publication mode: likely personal data is shown in context, blanked unless kept, and
what was kept or blanked is recorded with the export."""

from __future__ import annotations

import io
import json

from pypdf import PdfReader

from desktop.reports.content import ReportOptions
from desktop.services import report
from desktop.storage.models import ReportExport


def test_personal_data_is_found_blanked_and_recorded(panel, tmp_path) -> None:
    db = panel.world.coordinator
    spotted = report.publication_check(db, panel.round_id)
    texts = {s.hit.text for s in spotted}
    assert {"PC 4471", "HC-004"} <= texts
    collar = next(s for s in spotted if s.hit.text == "PC 4471")
    assert collar.where == "observation 1" and "[PC 4471]" in collar.context
    out = tmp_path / "published.pdf"
    report.write_report(db, panel.round_id, out, ReportOptions("en", "publication"), "pdf", keep=["HC-004"])
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "PC 4471" not in text and "███ recorded it" in text
    assert "HCSOs now get an alert at 24 hours." in text and "Review MAVIS use at low risk." in text
    with db.session() as session:
        record = session.query(ReportExport).order_by(ReportExport.id.desc()).first()
        assert record.mode == "publication" and record.format == "pdf"
        assert json.loads(record.accepted_hits) == {"kept": ["HC-004"], "redacted": ["PC 4471"]}
