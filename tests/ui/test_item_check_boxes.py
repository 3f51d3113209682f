"""A list whose items are ticked (the observation editor's cases and findings) keeps each
item's words beside its tick box at every text size: at 200% the box, grown with the
text, was drawn over the first letters of "DEMO-HC-01"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from desktop.services.finding_links import LinkableQuestion
from desktop.services.rows import CaseRow
from desktop.ui.coordinator.observation_dialogs import ObservationDialog
from desktop.ui.text_size import apply_text_size


@pytest.mark.parametrize("percent", [100, 150, 200])
def test_a_ticked_item_s_words_stand_beside_its_box(qtbot, percent) -> None:
    cases = [CaseRow(n, 1, n, f"DEMO-HC-{n:02d}", "crime", (), "complete", "", 1, 1) for n in (1, 2)]
    questions = [
        LinkableQuestion("flag_correct", "Hate flag applied correctly", "A fflagiwyd y cofnod yn gywir?")
    ]
    apply_text_size(percent)
    try:
        dialog = ObservationDialog(cases, None, None, questions, ["flag_correct"])
        qtbot.addWidget(dialog)
        dialog.show()
        for view in (dialog.case_list, dialog.findings_list):
            index = view.model().index(0, 0)
            assert index.flags() & Qt.ItemFlag.ItemIsUserCheckable
            option = QStyleOptionViewItem()
            view.initViewItemOption(option)
            option.rect = view.visualRect(index)
            option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
            option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
            style = view.style()
            box = style.subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view)
            words = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
            assert box.width() >= view.fontMetrics().height() * 0.5, (percent, box)
            assert box.right() < words.left(), (percent, view.objectName(), box, words)
        dialog.close()
    finally:
        apply_text_size(100)
