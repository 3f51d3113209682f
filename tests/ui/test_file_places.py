"""Each file dialog opens in the folder last used for its kind of file, else Documents:
never the program's working folder, where the report's Save dialog used to open."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from desktop.ui import settings
from desktop.ui.dialogs import DialogService
from desktop.ui.file_places import documents


def _asked(monkeypatch, answer: str) -> list[str]:
    """Where each Qt file dialog was asked to open; it answers `answer`."""
    asked: list[str] = []

    def save(_parent, _title, where, _filters, **_options):
        asked.append(where)
        return answer, ""

    def folder(_parent, _title, where, **_options):
        asked.append(where)
        return answer

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", save)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", folder)
    return asked


def test_a_first_dialog_opens_in_documents_not_the_working_folder(qtbot, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)  # as when run from a checkout
    asked = _asked(monkeypatch, "")
    DialogService().save_file(None, "Save the report as", "panel-report.pdf", "PDF (*.pdf)", kind="report")
    assert asked == [str(documents() / "panel-report.pdf")]
    assert not asked[0].startswith(os.getcwd())


def test_each_kind_of_file_remembers_its_own_folder(qtbot, tmp_path, monkeypatch) -> None:
    reports, cards = tmp_path / "reports", tmp_path / "cards"
    reports.mkdir()
    cards.mkdir()
    service = DialogService()
    _asked(monkeypatch, str(reports / "q3.pdf"))
    service.save_file(None, "Save the report as", "panel-report.pdf", "PDF (*.pdf)", kind="report")
    _asked(monkeypatch, str(cards / "aled.prcard"))
    service.open_file(None, "Add member card", "", "Member cards (*.prcard)", kind="card")

    asked = _asked(monkeypatch, "")  # cancelled: nothing remembered
    service.save_file(None, "Save the report as", "panel-report.docx", "Word (*.docx)", kind="report")
    service.open_file(None, "Add member card", "", "Member cards (*.prcard)", kind="card")
    service.choose_folder(None, "Export packs into", "", kind="packs")
    assert asked == [str(reports / "panel-report.docx"), str(cards), str(documents())]


def test_a_remembered_folder_that_is_gone_falls_back_to_documents(qtbot, tmp_path, monkeypatch) -> None:
    gone = tmp_path / "usb-stick"
    gone.mkdir()
    _asked(monkeypatch, str(gone / "panel-report.pdf"))
    DialogService().save_file(None, "Save", "panel-report.pdf", "PDF (*.pdf)", kind="report")
    gone.rmdir()  # the memory stick was taken out
    asked = _asked(monkeypatch, "")
    DialogService().save_file(None, "Save", "panel-report.pdf", "PDF (*.pdf)", kind="report")
    assert asked == [str(documents() / "panel-report.pdf")]


def test_the_folder_an_earlier_version_remembered_is_used_until_a_kind_has_its_own(
    qtbot, tmp_path, monkeypatch
) -> None:
    settings.write(settings.LAST_FOLDER, str(tmp_path))
    asked = _asked(monkeypatch, "")
    DialogService().open_file(None, "Import cases", "", "Packs (*.prpack)", kind="pack")
    assert asked == [str(tmp_path)]
    assert Path(asked[0]).is_dir()
