"""Observations: the panel's numbered observations on a round, and the force's response to each.

The coordinator writes and orders the observations here, sends the force a table to
fill in (Word, in English, Welsh or both; or CSV), and takes the filled table back
after seeing exactly what it would change. Every read and change runs off the GUI
thread; a refused file is said in plain words and changes nothing.

The round's observations are read with its cases, so the editor opens at once; until
the chosen round's have arrived, the old rows stay and the buttons that need the new
ones wait. After its own change the page reads the list again itself and chooses the
observation changed, so it skips the announcement of that change.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QWidget

from desktop.core.words.nouns import counted
from desktop.services.finding_links import LinkableQuestion
from desktop.services.force_responses import ResponsePreview, TableExported
from desktop.services.observation_rows import ObservationRow
from desktop.services.operations import Changes
from desktop.services.rows import CaseRow
from desktop.services.session import ProfileSession
from desktop.ui.announce import announce
from desktop.ui.coordinator.latest_read import LatestRead
from desktop.ui.coordinator.observation_dialogs import ObservationDialog, ResponsePreviewDialog
from desktop.ui.coordinator.page import CoordinatorPage, RoundChooser, label_button
from desktop.ui.coordinator.report_models import ObservationModel, one_line
from desktop.ui.coordinator.report_tables import entry_table, refusal_text
from desktop.ui.dialogs import DialogService
from desktop.ui.flow_layout import FlowLayout
from desktop.ui.i18n import current_language, tr
from desktop.ui.ops import Op
from desktop.ui.ops import observations as observation_ops
from desktop.ui.ops.observations import ObservationWritten, RoundObservations

TABLE_LANGUAGES = ("en", "cy", "both")


class ObservationsPage(CoordinatorPage):
    def __init__(
        self, session: ProfileSession, dialogs: DialogService, parent: QWidget | None = None
    ) -> None:
        super().__init__("observations_page", session, dialogs, parent)
        self.round_id: int | None = None
        self.editor: ObservationDialog | None = None
        self.preview_dialog: ResponsePreviewDialog | None = None
        self.chooser = RoundChooser()
        self.model = ObservationModel(self)
        self.table = entry_table("observation_table", self.model, stretch=(1, 3), opens=self.edit)
        self.table.selectionModel().currentRowChanged.connect(self._enable)
        self.add_button = self._button("add_observation", self.add)
        self.edit_button = self._button("edit_observation", self.edit)
        self.delete_button = self._button("delete_observation", self.delete)
        self.up_button = self._button("move_observation_up", lambda: self.move_chosen(-1))
        self.down_button = self._button("move_observation_down", lambda: self.move_chosen(1))
        self.language_label = QLabel()
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("table_language")
        self.language_label.setBuddy(self.language_combo)
        self.export_button = self._button("export_response_table", self.export_table)
        self.csv_button = self._button("export_response_csv", self.export_csv)
        self.import_button = self._button("import_responses", self.choose_import)
        self.status = QLabel()
        self.status.setObjectName("observations_status")
        self.status.setWordWrap(True)
        self.shown_round: int | None = None  # the round whose observations are shown
        self.cases: list[CaseRow] = []  # its cases, for the editor
        self.questions: list[LinkableQuestion] = []  # the findings an observation may answer
        self.links: dict[int, list[str]] = {}  # observation id -> the question ids it answers
        self.rows: LatestRead[RoundObservations] = LatestRead(self._read, self._show_rows)
        self._lay_out()
        self.retranslate()
        self._enable()

    def _lay_out(self) -> None:
        edits = FlowLayout()
        for button in self.edit_buttons():
            edits.addWidget(button)
        files = FlowLayout()
        for widget in (self.language_label, self.language_combo, self.export_button, self.csv_button,
                       self.import_button):  # fmt: skip
            files.addWidget(widget)
        self.layout_.addWidget(self.chooser)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addLayout(edits)
        self.layout_.addLayout(files)
        self.layout_.addWidget(self.status)

    def edit_buttons(self) -> tuple[QPushButton, ...]:
        return (self.add_button, self.edit_button, self.delete_button, self.up_button, self.down_button)

    def retranslate(self) -> None:
        self.heading.setText(tr("Observations"))
        self.intro.setText(tr(
            "The panel's observations on the round, numbered as the report prints them. Send the force "
            "the table to fill in with its response to each, then import the table it returns."
        ))  # fmt: skip
        self.table.setAccessibleName(tr("Observations on the round"))
        self.table.setAccessibleDescription(tr("Enter opens the observation"))
        for button, text, description in (
            (self.add_button, tr("&Add…"), tr("Add an observation at the end")),
            (self.edit_button, tr("&Edit…"), tr("Edit the chosen observation")),
            (self.delete_button, tr("Dele&te"), tr("Delete the chosen observation")),
            (self.up_button, tr("Move &up"), tr("Move the chosen observation up one place")),
            (self.down_button, tr("Move do&wn"), tr("Move the chosen observation down one place")),
            (self.export_button, tr("Expo&rt table for the force…"),
             tr("Write the Word table the force fills in with its responses")),
            (self.csv_button, tr("Export a&s CSV…"), tr("Write the same table as a CSV file")),
            (self.import_button, tr("Impor&t the force's responses…"),
             tr("Import the table the force returned, after a preview")),
        ):  # fmt: skip
            label_button(button, text, description)
        self._fill_languages()
        self.model.retranslate()

    def _fill_languages(self) -> None:
        chosen = self.language_combo.currentData() or current_language()
        self.language_combo.blockSignals(True)
        self.language_combo.clear()
        for code, words in zip(TABLE_LANGUAGES, (tr("English"), tr("Welsh"), tr("Both (Welsh first)")),
                               strict=True):  # fmt: skip
            self.language_combo.addItem(words, code)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(chosen), 0))
        self.language_combo.blockSignals(False)
        self.language_label.setText(tr("Table language:"))
        self.language_combo.setAccessibleName(tr("Language of the table for the force"))

    # the round and its observations ------------------------------------------
    def show_round(self, round_id: int | None) -> None:
        self.chooser.show_round(round_id)
        if round_id != self.round_id:
            self.round_id = round_id
            self._enable()
            self.refresh()

    def refresh(self, then: Callable[[], None] | None = None) -> None:
        """Read the list again, keeping the same observation chosen (or the same place)."""
        self.rows.request(then)

    def on_changes(self, changes: Changes, origin: object | None) -> None:
        if (changes.observations or changes.rounds) and origin is not self:
            self.refresh()

    def _read(self) -> Op[RoundObservations] | None:
        return (
            None if self.round_id is None else observation_ops.round_observations(self.session, self.round_id)
        )

    def _show_rows(self, read: RoundObservations | None) -> None:
        chosen, place = self.chosen(), self.table.currentIndex().row()
        self.shown_round = read.round_id if read else None
        self.cases = read.cases if read else []
        self.questions = read.questions if read else []
        self.links = read.links if read else {}
        rows = read.observations if read else []
        self.model.set_rows(rows)
        row = self.model.row_of(chosen.observation_id) if chosen else -1
        self.select(row if row >= 0 else max(min(place, len(rows) - 1), 0))

    def ready(self) -> bool:
        """Whether the chosen round's observations are the ones shown (the buttons wait for them)."""
        return self.round_id is not None and self.shown_round == self.round_id

    def select(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._enable()

    def chosen(self) -> ObservationRow | None:
        row = self.table.currentIndex().row()
        return self.model.row_at(row) if 0 <= row < self.model.rowCount() else None

    def _enable(self, *_args: QModelIndex) -> None:
        ready = self.ready()
        chosen = self.chosen() if ready else None
        for button in (self.add_button, self.export_button, self.csv_button, self.import_button):
            button.setEnabled(ready)
        self.edit_button.setEnabled(chosen is not None)
        self.delete_button.setEnabled(chosen is not None)
        self.up_button.setEnabled(chosen is not None and chosen.number > 1)
        self.down_button.setEnabled(chosen is not None and chosen.number < self.model.rowCount())

    # adding, editing, deleting, moving -----------------------------------------
    def add(self) -> None:
        if self.ready():
            self._open_editor(None)

    def edit(self) -> None:
        chosen = self.chosen()
        if chosen is not None and self.ready():
            self._open_editor(chosen)

    def _open_editor(self, row: ObservationRow | None) -> None:
        """The editor opens window-modal and returns at once; saving is `_save`."""
        linked = self.links.get(row.observation_id, []) if row is not None else []
        self.editor = ObservationDialog(self.cases, row, self.window(), self.questions, linked)
        editor = self.editor
        editor.on_save = lambda: self._save(editor)
        editor.finished.connect(lambda _result: self._editor_closed(editor))
        editor.open()

    def _save(self, editor: ObservationDialog) -> str | None:
        """Check the date first, so nothing is half saved; then save the text, cases and response."""
        problem = editor.date_problem()
        if problem is not None or self.round_id is None:
            return problem
        op = observation_ops.save_observation(
            self.session, self.round_id, editor.row, editor.text(), editor.case_ids(),
            editor.response(), editor.response_date(), editor.changed_question_ids(),
        )  # fmt: skip

        def saved(written: ObservationWritten) -> None:
            self.refresh(then=lambda: self.select(self.model.row_of(written.observation_id)))
            if shiboken6.isValid(editor):
                editor.saved()

        def refused(exc: Exception) -> None:  # said in the editor, where the text stays
            self.refresh()  # the text may be kept though the response was refused
            if shiboken6.isValid(editor):
                editor.refused(refusal_text(exc))

        op.success(saved).failure(refused).run(origin=self)
        return None

    def _editor_closed(self, editor: ObservationDialog) -> None:
        if self.editor is editor:
            self.editor = None
        editor.deleteLater()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def delete(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        question = tr("Delete observation {number}: “{text}”? The ones after it move up by one.")
        question = question.format(number=chosen.number, text=one_line(chosen.text, 200))
        if not self.dialogs.confirm(self, tr("Delete observation"), question):
            return
        op = observation_ops.delete_observation(self.session, chosen.observation_id)
        self._quick(tr("Delete observation"), op)

    def move_chosen(self, step: int) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        number = chosen.number + step
        op = observation_ops.move_observation(self.session, chosen.observation_id, number)

        def moved() -> None:
            self.select(self.model.row_of(chosen.observation_id))
            announce(self.table, tr("Observation moved to number {number}").format(number=number))

        self._quick(tr("Move observation"), op, moved)

    def _quick(self, title: str, op: Op[Changes], then: Callable[[], None] | None = None) -> None:
        """Make the change, then read the list again (a refusal is said; the service changed nothing)."""

        def refused(exc: Exception) -> None:
            self.dialogs.error(self, title, refusal_text(exc))
            self.refresh()

        op.success(lambda _changes: self.refresh(then)).failure(refused).run(origin=self)

    # the table for the force -------------------------------------------------
    def export_table(self) -> None:
        language = str(self.language_combo.currentData())
        suggested = tr("observations-for-the-force") + ".docx"
        title, filters = tr("Export table for the force"), tr("Word documents (*.docx)")
        path = self.dialogs.save_file(self, title, suggested, filters)
        if path and self.round_id is not None:
            self._export(
                observation_ops.export_response_table(self.session, self.round_id, Path(path), language)
            )

    def export_csv(self) -> None:
        suggested = tr("observations-for-the-force") + ".csv"
        path = self.dialogs.save_file(self, tr("Export as CSV"), suggested, tr("CSV files (*.csv)"))
        if path and self.round_id is not None:
            self._export(observation_ops.export_response_csv(self.session, self.round_id, Path(path)))

    def _export(self, op: Op[TableExported]) -> None:
        self.long_op(op, tr("Writing the table")).success(self._exported).failure(self._export_failed).run(
            origin=self
        )

    def _exported(self, result: TableExported) -> None:
        observations = counted(result.observations, "observation", current_language())
        self._say(tr("The table with {observations} was written to {path}.").format(
            observations=observations, path=result.path))  # fmt: skip

    def _export_failed(self, exc: Exception) -> None:
        self.dialogs.error(self, tr("Export table for the force"), tr(
            "The table could not be written: {reason}").format(reason=refusal_text(exc)))  # fmt: skip

    # the force's responses back ----------------------------------------------
    def choose_import(self) -> None:
        filters = tr("Response tables (*.docx *.csv)")
        path = self.dialogs.open_file(self, tr("Import the force's responses"), "", filters)
        if path and self.round_id is not None:
            self.preview_file(Path(path))

    def preview_file(self, path: Path) -> None:
        if self.round_id is None:
            return
        op = observation_ops.preview_responses(self.session, self.round_id, path)
        op = self.long_op(op, tr("Reading the table"))
        op.success(lambda preview: self._show_preview(path, preview)).failure(self._import_failed).run()

    def _show_preview(self, path: Path, preview: ResponsePreview) -> None:
        self.preview_dialog = ResponsePreviewDialog(preview, path.name, self.window())
        dialog = self.preview_dialog
        dialog.accepted.connect(lambda: self._import(path))
        dialog.finished.connect(lambda _result: self._preview_closed(dialog))
        dialog.open()

    def _preview_closed(self, dialog: ResponsePreviewDialog) -> None:
        if self.preview_dialog is dialog:
            self.preview_dialog = None
        dialog.deleteLater()

    def _import(self, path: Path) -> None:
        if self.round_id is None:
            return
        op = self.long_op(observation_ops.import_responses(self.session, self.round_id, path),
                          tr("Importing the responses"))  # fmt: skip
        op.success(lambda _changes: self._imported(path)).failure(self._import_failed).run(origin=self)

    def _imported(self, path: Path) -> None:
        self.refresh()
        self._say(tr("The force's responses from {file} were imported.").format(file=path.name))

    def _import_failed(self, exc: Exception) -> None:
        self.dialogs.error(self, tr("Import the force's responses"), tr(
            "The responses were not imported, and nothing was changed: {reason}").format(
            reason=refusal_text(exc)))  # fmt: skip

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setAccessibleName(text)
        announce(self.table, text)
