"""An accessible (tagged) PDF of the report, laid out by LibreOffice from the Word version.

ReportLab, which draws the standard PDF, cannot write a PDF's structure tree (the tags
that tell a screen reader "this is a heading, this is a table cell"). LibreOffice can,
from the DOCX whose headings and tables are real Word styles. So when LibreOffice is
installed the coordinator can choose "Accessible PDF"; the conversion runs in its own
throwaway profile folder, with a time limit, and never sees anything but the DOCX.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from pathlib import Path

TIME_LIMIT_S = 180
EXPORT_FILTER = {
    "UseTaggedPDF": {"type": "boolean", "value": "true"},
    "ExportBookmarks": {"type": "boolean", "value": "true"},
    "DisplayPDFDocumentTitle": {"type": "boolean", "value": "true"},
}


class TaggedPdfUnavailable(RuntimeError):
    """LibreOffice is not installed, or it could not convert the report."""


def office_program() -> str | None:
    """The LibreOffice program on this computer, if any."""
    return shutil.which("libreoffice") or shutil.which("soffice")


def tagged_pdf(docx: bytes) -> bytes:
    """The DOCX converted to a tagged PDF (raises TaggedPdfUnavailable)."""
    program = office_program()
    if program is None:
        raise TaggedPdfUnavailable("LibreOffice is not installed on this computer.")
    with tempfile.TemporaryDirectory(prefix="panel-review-tagged-") as tmp:
        folder = Path(tmp)
        source = folder / "report.docx"
        source.write_bytes(docx)
        target = f"pdf:writer_pdf_Export:{json.dumps(EXPORT_FILTER)}"
        command = [program, "--headless", f"-env:UserInstallation={(folder / 'profile').as_uri()}",
                   "--convert-to", target, "--outdir", str(folder), str(source)]  # fmt: skip
        try:
            done = subprocess.run(command, capture_output=True, timeout=TIME_LIMIT_S, check=False)
        except subprocess.TimeoutExpired as exc:
            raise TaggedPdfUnavailable("LibreOffice took too long to lay out the report.") from exc
        result = folder / "report.pdf"
        if done.returncode != 0 or not result.exists():
            raise TaggedPdfUnavailable("LibreOffice could not lay out the report.")
        return result.read_bytes()
