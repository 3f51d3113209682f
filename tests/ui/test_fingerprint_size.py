"""The digits a coordinator reads aloud over the phone grow with the text size, in the
Members page's table as in the fingerprint windows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.services.roster import RosterRow
from desktop.ui.coordinator.row_models import RosterModel
from desktop.ui.text_size import apply_text_size


def test_the_roster_fingerprint_grows_with_the_text_size(qtbot) -> None:
    model = RosterModel()
    model.set_rows([RosterRow(1, "Aled Jones", "1234 5678 9012 3456", True, False)])
    index = model.index(0, RosterModel.FINGERPRINT_COLUMN)
    try:
        apply_text_size(100)
        normal = model.data(index, Qt.ItemDataRole.FontRole).pointSizeF()
        apply_text_size(200)
        large = model.data(index, Qt.ItemDataRole.FontRole).pointSizeF()
        assert large == QApplication.font().pointSizeF()
        assert large >= 1.9 * normal
    finally:
        apply_text_size(100)
