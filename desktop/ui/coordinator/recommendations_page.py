"""Recommendations: the panel's tracker across every round, until each is discharged.

The table lists every recommendation with the status its latest update gave it (in
the tracker's words); below it, the chosen one's history of updates, oldest first.
Two recommendations that come to say the same thing are amalgamated, after the
coordinator confirms: the one merged is discharged and takes no further updates.

The tracker is read off the GUI thread; the old rows stay until the new ones arrive.
After its own entry the page reads it again itself and chooses the recommendation
saved, so it skips the announcement of that change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from desktop.services.operations import Changes
from desktop.services.recommendations import RecommendationRow
from desktop.services.rows import RoundRow
from desktop.services.session import ProfileSession
from desktop.ui.coordinator.entry_dialog import EntryDialog
from desktop.ui.coordinator.latest_read import LatestRead
from desktop.ui.coordinator.page import CoordinatorPage, label_button
from desktop.ui.coordinator.recommendation_dialogs import MergeDialog, RecommendationDialog, UpdateDialog
from desktop.ui.coordinator.report_models import RecommendationModel, UpdateModel
from desktop.ui.coordinator.report_tables import entry_table, refusal_text
from desktop.ui.dialogs import DialogService
from desktop.ui.flow_layout import FlowLayout
from desktop.ui.i18n import tr
from desktop.ui.ops import Op
from desktop.ui.ops import recommendations as recommendation_ops
from desktop.ui.ops.recommendations import FindingChoices
from desktop.ui.style import make_heading

R = TypeVar("R")
D = TypeVar("D", bound=EntryDialog)


class RecommendationsPage(CoordinatorPage):
    def __init__(
        self, session: ProfileSession, dialogs: DialogService, parent: QWidget | None = None
    ) -> None:
        super().__init__("recommendations_page", session, dialogs, parent)
        self.rounds: list[RoundRow] = []
        self.round_id: int | None = None  # the round worked on: a new recommendation comes from it
        self.editor: EntryDialog | None = None
        self.model = RecommendationModel(self)
        self.table = entry_table("recommendation_table", self.model, stretch=(1,), opens=self.edit)
        self.table.selectionModel().currentRowChanged.connect(self._chosen_changed)
        self.add_button = self._button("add_recommendation", self.add)
        self.edit_button = self._button("edit_recommendation", self.edit)
        self.update_button = self._button("add_update", self.add_update)
        self.merge_button = self._button("merge_recommendation", self.merge)
        self.history_heading = QLabel()
        self.history_heading.setObjectName("section_heading")
        make_heading(self.history_heading, 1.15)
        self.history = UpdateModel(self)
        self.history_table = entry_table("update_table", self.history, stretch=(1, 2), opens=lambda: None)
        self.history_table.setWordWrap(True)
        buttons = FlowLayout()
        for button in self.buttons():
            buttons.addWidget(button)
        self.layout_.addWidget(self.table, 2)
        self.layout_.addLayout(buttons)
        self.layout_.addWidget(self.history_heading)
        self.layout_.addWidget(self.history_table, 1)
        self.rows: LatestRead[list[RecommendationRow]] = LatestRead(self._read, self._show_rows)
        self.retranslate()
        self._enable()
        self.refresh()

    def buttons(self) -> tuple[QPushButton, ...]:
        return (self.add_button, self.edit_button, self.update_button, self.merge_button)

    def retranslate(self) -> None:
        self.heading.setText(tr("Recommendations"))
        self.intro.setText(tr(
            "Every recommendation the panel has made, from any round, with where it stands. Record "
            "each update from the force and the commissioner's team's assessment of it."
        ))  # fmt: skip
        self.table.setAccessibleName(tr("Recommendations tracker"))
        self.table.setAccessibleDescription(tr("Enter opens the recommendation"))
        for button, text, description in (
            (self.add_button, tr("&Add…"), tr("Add a recommendation")),
            (self.edit_button, tr("&Edit…"), tr("Edit the chosen recommendation")),
            (self.update_button, tr("Add &update…"), tr("Record an update and assessment")),
            (self.merge_button, tr("Merge &into…"), tr("Amalgamate the chosen recommendation into another")),
        ):  # fmt: skip
            label_button(button, text, description)
        self._word_history()
        self.model.retranslate()
        self.history.retranslate()

    def _word_history(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            self.history_heading.setText(tr("History of updates"))
        else:
            self.history_heading.setText(
                tr("History of recommendation {number}").format(number=chosen.number)
            )
        self.history_table.setAccessibleName(self.history_heading.text())

    # what is shown --------------------------------------------------------------
    def set_rounds(self, rows: list[RoundRow], round_id: int | None) -> None:
        self.rounds, self.round_id = rows, round_id

    def show_round(self, round_id: int | None) -> None:
        self.round_id = round_id

    def refresh(self, then: Callable[[], None] | None = None) -> None:
        self.rows.request(then)

    def on_changes(self, changes: Changes, origin: object | None) -> None:
        if (changes.recommendations or changes.rounds) and origin is not self:
            self.refresh()  # a round's title shows in the tracker

    def _read(self) -> Op[list[RecommendationRow]]:
        return recommendation_ops.list_recommendations(self.session)

    def _show_rows(self, read: list[RecommendationRow] | None) -> None:
        chosen, place = self.chosen(), self.table.currentIndex().row()
        rows = read or []
        self.model.set_rows(rows)
        row = self.model.row_of(chosen.recommendation_id) if chosen else -1
        self.select(row if row >= 0 else max(min(place, len(rows) - 1), 0))

    def select(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._chosen_changed()

    def chosen(self) -> RecommendationRow | None:
        row = self.table.currentIndex().row()
        return self.model.row_at(row) if 0 <= row < self.model.rowCount() else None

    def _chosen_changed(self, *_args: QModelIndex) -> None:
        chosen = self.chosen()
        self.history.set_rows(list(chosen.updates) if chosen else [])
        self.history_table.resizeRowsToContents()
        self._word_history()
        self._enable()

    def _enable(self) -> None:
        chosen = self.chosen()
        open_ = chosen is not None and chosen.merged_into is None  # a merged one takes no updates
        self.edit_button.setEnabled(chosen is not None)
        self.update_button.setEnabled(open_)
        self.merge_button.setEnabled(open_ and len(self._targets()) > 0)

    def _targets(self) -> list[RecommendationRow]:
        chosen = self.chosen()
        return [r for r in self.model.rows() if r.merged_into is None and r != chosen]

    # the dialogs ------------------------------------------------------------------
    def add(self) -> None:
        def make(found: FindingChoices) -> RecommendationDialog:
            return RecommendationDialog(self.rounds, self.round_id, None, self.window(), found.questions)

        self._with_findings(self.round_id, None, make, self._save_new)

    def edit(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            return

        def make(found: FindingChoices) -> RecommendationDialog:
            return RecommendationDialog(
                self.rounds, None, chosen, self.window(), found.questions, found.linked
            )

        origin = chosen.round_id if chosen.round_id is not None else self.round_id
        self._with_findings(origin, chosen.recommendation_id, make, self._save_edit)

    def _with_findings(
        self,
        round_id: int | None,
        recommendation_id: int | None,
        make: Callable[[FindingChoices], RecommendationDialog],
        save: Callable[[RecommendationDialog], str | None],
    ) -> None:
        """The editor, once the findings it may answer are read (off the GUI thread)."""
        recommendation_ops.finding_choices(self.session, round_id, recommendation_id).success(
            lambda found: self._open(make(found), save)
        ).failure(lambda exc: self.dialogs.error(self, tr("Recommendations"), refusal_text(exc))).run(
            origin=self
        )

    def add_update(self) -> None:
        chosen = self.chosen()
        if chosen is not None and chosen.merged_into is None:
            self._open(UpdateDialog(chosen, self.window()), self._save_update)

    def merge(self) -> None:
        chosen = self.chosen()
        if chosen is not None and chosen.merged_into is None and self._targets():
            self._open(MergeDialog(chosen, self._targets(), self.window()), self._save_merge)

    def _open(self, dialog: D, save: Callable[[D], str | None]) -> None:
        """Window-modal and returning at once; a refusal stays in the dialog with the text."""
        self.editor = dialog
        dialog.on_save = lambda: dialog.date_problem() or save(dialog)  # type: ignore[attr-defined]
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    def _saving(self, dialog: EntryDialog, op: Op[R], chosen_id: Callable[[R], int]) -> None:
        """Save off the GUI thread; once saved, close the dialog and choose what was saved."""

        def saved(result: R) -> None:
            rec_id = chosen_id(result)
            self.refresh(then=lambda: self.select(self.model.row_of(rec_id)))
            if shiboken6.isValid(dialog):
                dialog.saved()

        def refused(exc: Exception) -> None:  # said in the dialog, where the text stays
            if shiboken6.isValid(dialog):
                dialog.refused(refusal_text(exc))

        op.success(saved).failure(refused).run(origin=self)

    def _closed(self, dialog: EntryDialog) -> None:
        if self.editor is dialog:
            self.editor = None
        dialog.deleteLater()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _save_new(self, dialog: RecommendationDialog) -> str | None:
        text, theme, owner, due = dialog.values()
        op = recommendation_ops.add_recommendation(
            self.session, text, theme, dialog.chosen_round(), owner, due,
            dialog.findings_list.changed_question_ids(),
        )  # fmt: skip
        self._saving(dialog, op, lambda saved: saved.recommendation_id)
        return None

    def _save_edit(self, dialog: RecommendationDialog) -> str | None:
        text, theme, owner, due = dialog.values()
        assert dialog.row is not None
        rec_id = dialog.row.recommendation_id
        op = recommendation_ops.edit_recommendation(
            self.session, rec_id, text, theme, owner, due, dialog.findings_list.changed_question_ids()
        )
        self._saving(dialog, op, lambda _changes: rec_id)
        return None

    def _save_update(self, dialog: UpdateDialog) -> str | None:
        rec_id = dialog.row.recommendation_id
        op = recommendation_ops.add_update(self.session, rec_id, *dialog.values())
        self._saving(dialog, op, lambda _changes: rec_id)
        return None

    def _save_merge(self, dialog: MergeDialog) -> str | None:
        into = dialog.target()
        target = next((r for r in self.model.rows() if r.recommendation_id == into), None)
        if into is None or target is None:
            dialog.saved()  # nothing to merge into: closes, as Cancel would
            return None
        question = tr(
            "Amalgamate recommendation {number} into recommendation {into}? It will be discharged and "
            "take no further updates. This cannot be undone."
        ).format(number=dialog.row.number, into=target.number)  # fmt: skip
        if not self.dialogs.confirm(dialog, tr("Amalgamate recommendation"), question):
            return tr("Not amalgamated: nothing was changed.")  # the dialog stays with what was typed
        dated, note = dialog.values()
        rec_id = dialog.row.recommendation_id
        op = recommendation_ops.merge_recommendation(self.session, rec_id, into, dated, note)
        self._saving(dialog, op, lambda _changes: rec_id)
        return None
