"""The retention report, from the coordinator's round progress: PDF or CSV, in the
language asked for (`services.retention_reports`). The data-protection officer reads
it to know which members' laptops have erased the round's case material."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from desktop.services.session import ProfileSession
from desktop.ui.dialogs import DialogService
from desktop.ui.i18n import tr
from desktop.ui.ops import inbox as inbox_ops

# What each choice writes: the format, and the PDF's languages in order (the CSV has both).
_KINDS = (("pdf", ("en",)), ("pdf", ("cy",)), ("pdf", ("cy", "en")), ("csv", ("en", "cy")))


def _choices() -> list[str]:
    return [tr("PDF in English"), tr("PDF in Welsh"), tr("PDF in Welsh and English"),
            tr("CSV (a spreadsheet, both languages)")]  # fmt: skip


def write_retention_report(
    parent: QWidget, session: ProfileSession, dialogs: DialogService, round_id: int
) -> None:
    """Ask which form, then where; write it off the GUI thread and say where it went."""
    title = tr("Retention report")
    message = tr(
        "For the data-protection officer: when each member's laptop removed this round's case "
        "material, from their signed erasure receipts, or that it has not yet. Which form?"
    )
    chosen = dialogs.choose(parent, title, message, _choices())
    if chosen is None:
        return
    kind, languages = _KINDS[chosen]
    suffix = f".{kind}"
    filters = tr("PDF files (*.pdf)") if kind == "pdf" else tr("CSV files (*.csv)")
    path = dialogs.save_file(parent, title, f"retention-report{suffix}", filters, kind="report")
    if not path or not session.is_open:
        return
    target = Path(path if path.lower().endswith(suffix) else path + suffix)

    def failed(exc: Exception) -> None:
        if not isinstance(exc, OSError):
            raise exc
        dialogs.error(
            parent, title, tr("The retention report could not be written: {error}").format(error=exc)
        )

    inbox_ops.retention_report(session, round_id, target, kind, languages).success(
        lambda written: dialogs.info(parent, title, tr("Written: {path}").format(path=written))
    ).failure(failed).run(origin=parent)
