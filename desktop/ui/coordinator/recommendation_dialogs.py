"""The recommendation editor, an update to one, and amalgamating one into another.

Each is an `EntryDialog`: the page saves through the services, and a refusal (a date
that is not a date, an empty update, a merge that would make a loop) is said inside
the dialog with everything typed still in it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from desktop.core.recommendation_status import Status, status_label
from desktop.services.finding_links import LinkableQuestion
from desktop.services.recommendations import RecommendationRow
from desktop.services.rows import RoundRow
from desktop.ui.coordinator.entry_dialog import EntryDialog, date_field, date_problem, text_box, today
from desktop.ui.coordinator.finding_ticks import FindingTicks
from desktop.ui.coordinator.report_models import one_line
from desktop.ui.i18n import current_language, tr


def line_field(name: str, value: str = "") -> QLineEdit:
    field = QLineEdit(value)
    field.setObjectName(name)
    return field


class RecommendationDialog(EntryDialog):
    """What the panel recommends, its theme, the round that made it, who owns it and by when,
    and the findings it answers (the questions of its round, or of the round worked on)."""

    def __init__(
        self,
        rounds: list[RoundRow],
        round_id: int | None,
        row: RecommendationRow | None = None,
        parent: QWidget | None = None,
        questions: Sequence[LinkableQuestion] = (),
        linked: Sequence[str] = (),
    ) -> None:
        super().__init__("recommendation_dialog", parent)
        self.row = row
        self.text_edit = text_box("recommendation_text")
        self.theme_edit = line_field("recommendation_theme", row.theme if row else "")
        self.round_combo = QComboBox()
        self.round_combo.setObjectName("recommendation_round")
        self.round_combo.addItem("—", None)
        for r in rounds:
            self.round_combo.addItem(r.title, r.id)
        origin = row.round_id if row else round_id
        self.round_combo.setCurrentIndex(max(self.round_combo.findData(origin), 0))
        self.round_combo.setEnabled(row is None)  # where a recommendation came from does not change
        self.owner_edit = line_field("recommendation_owner", row.owner if row else "")
        self.due_edit = date_field("recommendation_due", row.due_date if row else None)
        self.findings_list = FindingTicks("recommendation_findings", questions, linked)
        if row is not None:
            self.text_edit.setPlainText(row.text)
        fields = (self.text_edit, self.theme_edit, self.round_combo, self.owner_edit, self.due_edit)
        for field in (*fields, self.findings_list):
            self.add_field(field)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        number = self.row.number if self.row else None
        self.setWindowTitle(
            tr("Recommendation {number}").format(number=number) if number else tr("New recommendation")
        )
        self.word_fields([
            (self.text_edit, tr("&Recommendation:"), tr("Recommendation text")),
            (self.theme_edit, tr("T&heme:"), tr("Theme")),
            (self.round_combo, tr("From roun&d:"), tr("Round that made the recommendation")),
            (self.owner_edit, tr("&Owner:"), tr("Who in the force owns it")),
            (self.due_edit, tr("D&ue date:"), tr("Due date")),
            (self.findings_list, tr("&Findings it answers:", "recommendation"),
             tr("Findings this recommendation answers")),
        ])  # fmt: skip
        self.findings_list.retranslate()
        self.due_edit.setAccessibleDescription(tr("Write the date as 2026-03-31, or leave it empty"))

    def chosen_round(self) -> int | None:
        data = self.round_combo.currentData()
        return int(data) if data is not None else None

    def values(self) -> tuple[str, str, str, str | None]:
        """Text, theme, owner and due date, as typed."""
        due = self.due_edit.text().strip() or None
        return self.text_edit.toPlainText(), self.theme_edit.text(), self.owner_edit.text(), due

    def date_problem(self) -> str | None:
        return date_problem(self.due_edit.text())


class UpdateDialog(EntryDialog):
    """A dated update, the commissioner's team's assessment, and the status it leaves."""

    def __init__(self, row: RecommendationRow, parent: QWidget | None = None) -> None:
        super().__init__("update_dialog", parent)
        self.row = row
        self.date_edit = date_field("update_date", today())
        self.update_edit = text_box("update_text")
        self.assessment_edit = text_box("update_assessment")
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("update_status")
        for field in (self.date_edit, self.update_edit, self.assessment_edit, self.status_combo):
            self.add_field(field)
        self.starts_at = self.update_edit  # the date is filled in already: today
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(tr("Update to recommendation {number}").format(number=self.row.number))
        self.setAccessibleDescription(one_line(self.row.text, 300))
        self.word_fields([
            (self.date_edit, tr("&Date:"), tr("Date of the update")),
            (self.update_edit, tr("&Update:"), tr("What the force reports")),
            (self.assessment_edit, tr("&Assessment:"), tr("The commissioner's team's assessment")),
            (self.status_combo, tr("New s&tatus:"), tr("Status after this update")),
        ])  # fmt: skip
        chosen = self.status_combo.currentData() or self.row.status
        self.status_combo.clear()
        for status in Status:
            self.status_combo.addItem(status_label(status.value, current_language()), status.value)
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(chosen), 0))

    def values(self) -> tuple[str, str, str, str]:
        """Date, update, assessment and status code."""
        return (self.date_edit.text(), self.update_edit.toPlainText(), self.assessment_edit.toPlainText(),
                str(self.status_combo.currentData()))  # fmt: skip

    def date_problem(self) -> str | None:
        return date_problem(self.date_edit.text(), required=True)


class MergeDialog(EntryDialog):
    """Amalgamate `row` into another open recommendation; it is discharged and points there."""

    def __init__(
        self, row: RecommendationRow, targets: list[RecommendationRow], parent: QWidget | None = None
    ) -> None:
        super().__init__("merge_dialog", parent)
        self.row = row
        self.target_combo = QComboBox()
        self.target_combo.setObjectName("merge_target")
        for target in targets:
            self.target_combo.addItem(
                f"{target.number}. {one_line(target.text, 80)}", target.recommendation_id
            )
        self.date_edit = date_field("merge_date", today())
        self.note_edit = text_box("merge_note")
        for field in (self.target_combo, self.date_edit, self.note_edit):
            self.add_field(field)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(tr("Amalgamate recommendation {number}").format(number=self.row.number))
        self.setAccessibleDescription(one_line(self.row.text, 300))
        self.word_fields([
            (self.target_combo, tr("&Into recommendation:"), tr("Recommendation to amalgamate it into")),
            (self.date_edit, tr("&Date:"), tr("Date of the amalgamation")),
            (self.note_edit, tr("&Note:"), tr("Note recorded in its history")),
        ])  # fmt: skip
        self.save_button.setText(tr("&Amalgamate"))
        self.save_button.setAccessibleName(tr("Amalgamate"))

    def target(self) -> int | None:
        data = self.target_combo.currentData()
        return int(data) if data is not None else None

    def values(self) -> tuple[str, str]:
        return self.date_edit.text(), self.note_edit.toPlainText()

    def date_problem(self) -> str | None:
        return date_problem(self.date_edit.text(), required=True)
