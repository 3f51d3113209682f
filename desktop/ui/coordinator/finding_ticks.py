"""The findings an observation or a recommendation answers, ticked in a list.

Both editors show the round's counted questions by their criterion words in the
interface's language; Space ticks the one in focus. What was ticked goes to the service
only when it differs from what was already linked, so saving an unchanged entry does
not rewrite (and audit) its links.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from desktop.services.finding_links import LinkableQuestion
from desktop.ui.i18n import current_language, tr

QUESTION_ROLE = Qt.ItemDataRole.UserRole + 2


class FindingTicks(QListWidget):
    def __init__(self, name: str, questions: Sequence[LinkableQuestion], linked: Sequence[str]) -> None:
        super().__init__()
        self.setObjectName(name)
        self.questions, self.linked = list(questions), list(linked)
        for question in self.questions:
            item = QListWidgetItem()
            item.setData(QUESTION_ROLE, question.question_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = question.question_id in self.linked
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.addItem(item)
        if self.questions:
            self.setCurrentRow(0)
        self.setMaximumHeight(160)

    def retranslate(self) -> None:
        self.setAccessibleDescription(tr("Space ticks or unticks the finding"))
        language = current_language()
        for i, question in enumerate(self.questions):
            self.item(i).setText(question.cy if language == "cy" else question.en)

    def question_ids(self) -> list[str]:
        items = (self.item(i) for i in range(self.count()))
        return [str(i.data(QUESTION_ROLE)) for i in items if i.checkState() == Qt.CheckState.Checked]

    def changed_question_ids(self) -> list[str] | None:
        """The findings ticked, or None when they are those it already answered."""
        ticked = self.question_ids()
        return None if set(ticked) == set(self.linked) else ticked
