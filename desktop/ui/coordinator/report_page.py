"""Report: the round's background, then the panel report written as PDF, Word or CSV, in
English, Welsh or both, published (members lettered, personal data checked) or internal.

Every read and write runs off the GUI thread (`desktop.ui.ops.report`). In publication
mode the coordinator first reads every text the report prints (the publication review),
with likely personal data marked, and keeps, edits or blanks each one; only then can it
be published. Afterwards the page says where the report is and offers to open it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QWidget,
)

from desktop.reports.content import ReportOptions, ReviewProgress
from desktop.services import publication
from desktop.services.background import ReportSetting
from desktop.services.findings import FindingsRefused
from desktop.services.operations import Changes
from desktop.services.report import ReportWritten
from desktop.services.report_export_flow import ExportFlow, Step, Untranslated, untranslated
from desktop.services.session import ProfileSession
from desktop.services.tagged_pdf import office_program
from desktop.services.translations import Translations
from desktop.services.unfinished_reviews import UnfinishedReview, which_unfinished
from desktop.ui.announce import announce
from desktop.ui.choice_buttons import WrappingCheckBox
from desktop.ui.coordinator import report_language
from desktop.ui.coordinator.background_form import BackgroundForm
from desktop.ui.coordinator.briefing_dialog import BriefingDialog
from desktop.ui.coordinator.criteria_comments import CriteriaComments
from desktop.ui.coordinator.page import (
    CoordinatorPage,
    RoundChooser,
    button_row,
    label_button,
    narrowable,
    plain_reason,
    refill,
)
from desktop.ui.coordinator.publication_review import PublicationReviewDialog
from desktop.ui.coordinator.summary_editor import SummaryEditor
from desktop.ui.coordinator.untranslated_list import UntranslatedList
from desktop.ui.dialogs import DialogService
from desktop.ui.i18n import current_language, tr
from desktop.ui.ops import Op
from desktop.ui.ops import report as report_ops
from desktop.ui.ops import translations as translation_ops
from desktop.ui.progress_panel import InlineProgress
from desktop.ui.style import make_heading

FORMATS = ("pdf", "docx", "csv", "accessible-pdf")
MODES = ("publication", "internal")
LANGUAGES = ("en", "cy", "both", "both")
LAYOUTS = ("sequential", "sequential", "sequential", "side_by_side")  # beside LANGUAGES
CHOICES = ("en", "cy", "both", "side_by_side")  # what is remembered: one per line of the list


class ReportPage(CoordinatorPage):
    translateWanted = Signal(str)  # open the Translation page at a text's key ("" the first missing)
    sendForTranslation = Signal()  # the Translation page's "Export for translation…"

    def __init__(
        self, session: ProfileSession, dialogs: DialogService, parent: QWidget | None = None
    ) -> None:
        super().__init__("report_page", session, dialogs, parent)
        self.round_id: int | None = None
        self.written: ReportWritten | None = None
        self.flow = ExportFlow()
        self.chooser = RoundChooser()
        self.background_heading = make_heading(QLabel(), 1.15)
        self.form = BackgroundForm()
        self.background_state = QLabel()
        self.form.edited.connect(lambda: self.background_state.setText(tr("Not saved yet.")))
        self.save_button = self._button("save_background", lambda: self.save())
        self.background_state.setObjectName("background_state")
        self.background_state.setWordWrap(True)
        self.comments_heading = make_heading(QLabel(), 1.15)
        self.comments_table = CriteriaComments()
        self.summary_editor = SummaryEditor()
        self._draft_stale = False  # the round changed while the page was out of sight
        self.summary_editor.edit.textChanged.connect(self._typed)
        self.comments_table.itemChanged.connect(
            lambda _item: self.background_state.setText(tr("Not saved yet."))
        )
        self.export_heading = make_heading(QLabel(), 1.15)
        self.reviews_progress: ReviewProgress | None = None  # of the round shown, once read
        self.unfinished_which: tuple[UnfinishedReview, ...] = ()  # those reviews, named
        self.unfinished_label = QLabel()  # reviews used not marked complete, said before writing
        self.unfinished_label.setObjectName("unfinished_reviews")
        self.unfinished_label.setWordWrap(True)
        self.format_combo, self.mode_combo, self.language_combo = QComboBox(), QComboBox(), QComboBox()
        self.profile = ""  # whose report language is remembered (`remember_language_for`)
        self.language_combo.activated.connect(self._language_chosen)
        self.choice_labels = [QLabel() for _ in range(3)]
        choices = QFormLayout()
        choices.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for name, label, combo in zip(
            ("report_format", "report_mode", "report_language"),
            self.choice_labels,
            self.combos(),
            strict=True,
        ):
            combo.setObjectName(name)
            narrowable(combo)
            label.setBuddy(combo)
            choices.addRow(label, combo)
        # The criteria-count table leaves out answers no case had unless asked (seed reports do).
        # beside the language: the texts a Welsh or bilingual report would print untranslated
        self.translations: Translations | None = None
        self._translations_stale = False  # the round changed while the page was out of sight
        self.untranslated = UntranslatedList()
        self.untranslated.translateWanted.connect(self.translateWanted)
        for line in (*self.form.language_lines.values(), self.summary_editor.language_line):
            line.translateWanted.connect(self.translateWanted)
        choices.addRow(self.untranslated)
        self.every_answer = WrappingCheckBox()  # a long sentence: it wraps in a narrow page
        self.every_answer.setObjectName("report_every_answer")
        choices.addRow(self.every_answer)
        self.write_button = self._button("write_report", self.choose_file)
        self.done_label = QLabel()
        self.done_label.setObjectName("report_written")
        self.done_label.setWordWrap(True)
        self.open_button = self._button("open_report", self.open_report)
        self.briefing_button = self._button("briefing_button", self.open_briefing)
        self.briefing_dialog: BriefingDialog | None = None
        self.progress = InlineProgress()  # on the page: the rest of the app stays in use
        self._lay_out(choices)
        self.retranslate()
        self._enable(False)  # until a round is chosen and its background has arrived

    def combos(self) -> tuple[QComboBox, QComboBox, QComboBox]:
        return self.format_combo, self.mode_combo, self.language_combo

    def _lay_out(self, choices: QFormLayout) -> None:
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.background_state, 1)
        write_row = button_row(self.write_button, self.open_button, self.briefing_button)
        for item in (
            self.chooser,
            self.background_heading,
            self.form,
            self.comments_heading,
            self.comments_table,
            self.summary_editor,
            save_row,
            self.export_heading,
            self.unfinished_label,
            choices,
            write_row,
            self.progress,
            self.done_label,
        ):
            if isinstance(item, QWidget):
                self.layout_.addWidget(item)
            else:
                self.layout_.addLayout(item)
        self.layout_.addStretch(1)
        self.open_button.setVisible(False)

    def retranslate(self) -> None:
        self.heading.setText(tr("Report"))
        self.intro.setText(
            tr(
                "Say how the panel met, then write the panel report. A published report names members as "
                "Member A, B and so on, and you read and confirm every text in it first."
            )
        )
        self.background_heading.setText(tr("Background"))
        self.comments_heading.setText(tr("Comments on the detailed findings"))
        self.export_heading.setText(tr("Write the report"))
        self.progress.retranslate()
        label_button(
            self.save_button,
            tr("&Save the background"),
            tr("Save the background and the comments for this round"),
        )
        label_button(self.write_button, tr("&Write the report…"), tr("Choose where to save the report"))
        label_button(self.open_button, tr("Open it"), tr("Open the report just written"))
        label_button(
            self.briefing_button, tr("Commissioner's b&riefing…"), tr("Draft a briefing from rounds")
        )
        for label, text in zip(
            self.choice_labels, (tr("Format:"), tr("Version:"), tr("Language of the report:")), strict=True
        ):
            label.setText(text)
            label.buddy().setAccessibleName(text.replace("&", "").rstrip(":"))
        formats = [tr("PDF"), tr("Word document (DOCX)"), tr("Spreadsheet tables (CSV)")]
        if office_program() is not None:  # a tagged PDF needs LibreOffice to lay it out
            formats.append(tr("Accessible PDF for screen readers (made with LibreOffice)"))
        refill(self.format_combo, formats)
        refill(self.mode_combo, [tr("Published (members not named)"), tr("Internal (members named)")])
        refill(
            self.language_combo,
            [
                tr("English"),
                tr("Welsh"),
                tr("Welsh and English (Welsh first)"),
                tr("Welsh and English, side by side"),
            ],
        )
        self._offer_language()
        self.every_answer.setText(tr("List every answer in the criteria table, even those no case had"))
        self.every_answer.setToolTip(
            tr("Off: the table of counts lists only the findings at least one case had (PDF and Word).")
        )
        if self.written is not None:
            self._show_written(self.written)
        self._show_progress(self.reviews_progress)
        if self.round_id is not None and self.session.is_open:
            self._read_draft(self.round_id)  # the draft in the new language

    def remember_language_for(self, profile: str) -> None:
        """Offer, and from now on remember, the report language of `profile`."""
        self.profile = profile
        self._offer_language()

    def _offer_language(self) -> None:
        """The profile's last choice, else the interface language (after a switch too)."""
        chosen = report_language.first_choice(self.profile, CHOICES)
        blocked = self.language_combo.blockSignals(True)
        self.language_combo.setCurrentIndex(CHOICES.index(chosen))
        self.language_combo.blockSignals(blocked)

    def _language_chosen(self, index: int) -> None:
        report_language.remember(self.profile, CHOICES[index])

    # the round and its background ----------------------------------------------------
    def show_round(self, round_id: int | None) -> None:
        if round_id == self.round_id:
            return
        self.round_id = round_id
        self.chooser.show_round(round_id)
        self.written = None
        self.done_label.clear()
        self.open_button.setVisible(False)
        self._enable(False)  # until the round's background has arrived
        self._show_progress(None)
        self._show_translations(None)
        self.unfinished_which = ()
        if round_id is not None:
            self._read_translations(round_id)
            report_ops.report_setting(self.session, round_id).success(
                lambda setting: self._show_setting(round_id, setting)
            ).failure(self._failed).run(origin=self)
            self._read_progress(round_id)
            self._read_draft(round_id)

    def on_changes(self, changes: Changes, origin: object | None) -> None:
        """A package, a case or the round changed: how many reviews are unfinished may too,
        and the drafted summary follows the findings and the cases' tags."""
        if self.round_id is not None and changes.affects_findings():
            self._read_progress(self.round_id)
        if self.round_id is not None and (changes.affects_findings() or changes.case_notes):
            self._read_draft(self.round_id)
        if self.round_id is not None and (changes.affects_publication() or changes.translations):
            self._read_translations(self.round_id)

    def _read_translations(self, round_id: int) -> None:
        """What is not yet translated, read when the page is in view (it gathers every
        text of the round: a page out of sight reads it when next shown)."""
        if not self.isVisible():
            self._translations_stale = True
            return
        self._translations_stale = False
        translation_ops.round_translations(self.session, round_id).success(
            lambda state: self._show_translations(state) if round_id == self.round_id else None
        ).failure(self._failed).run(origin=self)

    def _show_translations(self, state: Translations | None) -> None:
        self.translations = state
        self.untranslated.show_state(state)
        self.form.show_translations(state)
        self.summary_editor.language_line.show_translations(state)

    def _read_draft(self, round_id: int) -> None:
        """The drafted summary, read off the GUI thread when the page is in view: it drafts
        from the whole round, so a page out of sight reads it when it is next shown."""
        if not self.isVisible():
            self._draft_stale = True
            return
        self._draft_stale = False
        report_ops.summary_draft(self.session, round_id, current_language()).success(
            lambda draft: self.summary_editor.show_draft(draft) if round_id == self.round_id else None
        ).failure(self._failed).run(origin=self)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._draft_stale and self.round_id is not None and self.session.is_open:
            self._read_draft(self.round_id)
        if self._translations_stale and self.round_id is not None and self.session.is_open:
            self._read_translations(self.round_id)

    def _typed(self) -> None:
        if self.round_id is not None and self.save_button.isEnabled():
            self.background_state.setText(tr("Not saved yet."))

    def _read_progress(self, round_id: int) -> None:
        """Whose reviews are unfinished, then how many: the count is what publishing asks
        about, so it is never shown before the names it will ask with."""
        report_ops.unfinished(self.session, round_id).success(
            lambda which: self._keep_unfinished(round_id, which) if round_id == self.round_id else None
        ).failure(self._failed).run(origin=self)

    def _keep_unfinished(self, round_id: int, which: tuple[UnfinishedReview, ...]) -> None:
        self.unfinished_which = which
        if not self.session.is_open:  # locked while the names were read
            return
        report_ops.round_progress(self.session, round_id).success(
            lambda progress: self._show_progress(progress) if round_id == self.round_id else None
        ).failure(self._failed).run(origin=self)

    def _show_progress(self, progress: ReviewProgress | None) -> None:
        """Before the coordinator starts: how many reviews used are not marked complete."""
        self.reviews_progress = progress
        if progress is None or progress.used == 0:
            text = ""
        elif progress.unfinished:
            text = tr(
                "Reviews not marked complete by their members: {unfinished} of {used}. The report says so, "
                "and publishing it asks you to confirm first."
            ).format(unfinished=progress.unfinished, used=progress.used)
        else:
            text = tr("All {used} reviews the report uses are marked complete.").format(used=progress.used)
        self.unfinished_label.setText(text)
        self.unfinished_label.setAccessibleName(text)
        self.unfinished_label.setVisible(bool(text))

    def _enable(self, on: bool) -> None:
        for widget in (
            self.form,
            self.comments_table,
            self.summary_editor,
            self.save_button,
            self.write_button,
        ):
            widget.setEnabled(on and self.round_id is not None)

    def _show_setting(self, round_id: int, setting: ReportSetting) -> None:
        if round_id != self.round_id:
            return  # another round was chosen meanwhile
        self.form.show_background(setting.background)
        self.summary_editor.edit.blockSignals(True)  # showing what is stored is not an edit
        self.summary_editor.show_summary(setting.background.summary, setting.background.summary_drafted_from)
        self.summary_editor.edit.blockSignals(False)
        self.comments_table.blockSignals(True)  # showing what is stored is not an edit
        self.comments_table.show_comments(setting.template, setting.comments)
        self.comments_table.blockSignals(False)
        self.background_state.clear()
        self._enable(True)

    def save(
        self,
        then: Callable[[], object] | None = None,
        refused: Callable[[Exception], object] | None = None,
    ) -> None:
        """Save the form, then `then()`; a refused entry is said beside the button, the form
        is kept as typed, and `refused(reason)` is told."""
        if self.round_id is None:
            return

        def not_saved(exc: Exception) -> None:
            self._not_saved(exc)
            if refused is not None:
                refused(exc)

        summary, drafted_from = self.summary_editor.summary()
        background = replace(self.form.background(), summary=summary, summary_drafted_from=drafted_from)
        report_ops.save_report_setting(
            self.session, self.round_id, background, self.comments_table.comments()
        ).success(lambda _changes: self._saved(then)).failure(not_saved).run(origin=self)

    def _saved(self, then: Callable[[], object] | None) -> None:
        self.background_state.setText(tr("Saved."))
        if then is not None:
            then()

    def _not_saved(self, exc: Exception) -> None:
        self.background_state.setText(tr("Not saved: {reason}").format(reason=plain_reason(exc)))
        announce(self.background_state, self.background_state.text(), urgent=True)

    # writing -----------------------------------------------------------------------
    def options(self) -> tuple[ReportOptions, str]:
        options = ReportOptions(
            LANGUAGES[self.language_combo.currentIndex()],
            MODES[self.mode_combo.currentIndex()],
            every_answer=self.every_answer.isChecked(),
            layout=LAYOUTS[self.language_combo.currentIndex()],
        )
        return options, FORMATS[self.format_combo.currentIndex()]

    def choose_file(self) -> None:
        """Write the report: the steps are `services.report_export_flow`; this page shows
        each and does what it asks (save the background, gather the texts off the GUI
        thread, the publication review, where to save, write)."""
        if self.round_id is None or self.flow.busy:
            return
        round_id = self.round_id
        self.write_button.setEnabled(False)  # until the texts' state arrives and the flow starts

        def start(state: Translations) -> None:
            if round_id != self.round_id or self.flow.busy:
                self.write_button.setEnabled(self.round_id is not None and not self.flow.busy)
                return
            self._show_translations(state)
            unfinished = self.reviews_progress.unfinished if self.reviews_progress else 0
            options, fmt = self.options()
            missing = len(untranslated(state, options.language))
            flow = self.flow.start(
                options, fmt, unfinished=unfinished, which=self.unfinished_which, untranslated=missing,
                written_in=state.written_in,
            )  # fmt: skip
            self._enter(flow)

        def not_read(exc: Exception) -> None:
            self.write_button.setEnabled(True)
            self._failed(exc)

        # read now, not as last shown: a text saved a moment ago may not be translated yet
        translation_ops.round_translations(self.session, round_id).success(start).failure(not_read).run(
            origin=self
        )

    def write(self, path: Path, options: ReportOptions, fmt: str) -> None:
        """Write straight to `path`, the background saved and the texts confirmed already."""
        if self.round_id is not None and not self.flow.busy:
            self._enter(replace(ExportFlow(), step=Step.WRITING, options=options, fmt=fmt, path=path))

    def _enter(self, flow: ExportFlow) -> None:
        """Show the step `flow` is in and start what it asks for."""
        self.flow = flow
        self.write_button.setEnabled(self.round_id is not None and not flow.busy)
        if self.round_id is None:
            self.flow = ExportFlow()
        elif flow.leads_to:
            self.flow = ExportFlow()
            if flow.leads_to == "export":
                self.sendForTranslation.emit()
            else:
                self.translateWanted.emit("")
        elif flow.step is Step.WRITTEN:
            assert flow.written is not None
            self._written(flow.written)
        elif flow.step is Step.FAILED and not isinstance(flow.reason, FindingsRefused):
            assert flow.reason is not None  # a refused background is said beside its button
            self._failed(flow.reason)
        elif flow.busy:
            self._do(flow, self.round_id)

    def _do(self, flow: ExportFlow, round_id: int) -> None:
        def then(event: Callable[..., ExportFlow]) -> Callable[..., None]:
            return lambda *value: self._enter(event(*value))

        if flow.step is Step.UNTRANSLATED:
            self._enter(flow.translation_chosen(self._ask_untranslated(flow)))
        elif flow.step is Step.CONFIRMING:
            self._enter(flow.confirmed(self._publish_unfinished(flow)))
        elif flow.step is Step.SAVING:
            self.save(then=then(lambda: self.flow.saved()), refused=then(lambda e: self.flow.failed(e)))
        elif flow.step is Step.GATHERING:
            review = report_ops.publication_review(self.session, round_id)
            self._run(review, tr("Gathering the texts to read…"), then(lambda r: self.flow.gathered(r)))
        elif flow.step is Step.REVIEWING:
            assert flow.review is not None
            self._enter(flow.reviewed(self._review(round_id, flow.review)))
        elif flow.step is Step.CHOOSING:
            self._enter(flow.chosen(self._ask_where(flow.fmt)))
        elif flow.step is Step.WRITING:
            assert flow.path is not None
            write = report_ops.write_report(self.session, round_id, flow.path, flow.options, flow.fmt)
            self._run(write, tr("Writing the report…"), then(lambda w: self.flow.done(w)))

    def _run(self, op: Op[Any], doing: str, arrived: Callable[[Any], None]) -> None:
        self.runner = (
            op.success(arrived)
            .failure(lambda exc: self._enter(self.flow.failed(exc)))
            .cancelled(self._cancelled)
            .run(origin=self)
        )
        self.progress.follow(self.runner, doing, cancellable=False)  # neither stops part-way

    def _ask_untranslated(self, flow: ExportFlow) -> Untranslated:
        """Translate the missing texts now, or write the report in the written language only."""
        welsh_first = flow.written_in == "cy"
        if welsh_first:
            question = tr(
                "Texts not yet translated into English: {count}. The report would print them in Welsh. "
                "Translate them now, or write the report in Welsh only?"
            )
            only = tr("Write it in Welsh only")
        else:
            question = tr(
                "Texts not yet translated into Welsh: {count}. The report would print them in English. "
                "Translate them now, or write the report in English only?"
            )
            only = tr("Write it in English only")
        answer = self.dialogs.choose(
            self,
            tr("Texts not yet translated"),
            question.format(count=flow.untranslated),
            [tr("Translate them now"), tr("Send them for translation…"), only],
        )
        return {0: Untranslated.FINISH, 1: Untranslated.SEND, 2: Untranslated.WRITTEN_ONLY}.get(
            -1 if answer is None else answer, Untranslated.CANCEL
        )

    def _publish_unfinished(self, flow: ExportFlow) -> bool:
        """Ask, naming each unfinished review (case, member, status), so the coordinator
        can decide to wait for a member instead of publishing their work in progress."""
        used = self.reviews_progress.used if self.reviews_progress else flow.unfinished
        which = "\n".join(which_unfinished(flow.which, current_language()))
        return self.dialogs.confirm(
            self,
            tr("Publish unfinished reviews?"),
            tr(
                "Reviews not marked complete by their members: {unfinished} of {used}.\n{which}\n"
                "The published report says so, for the round and case by case. Publish it anyway?"
            ).format(unfinished=flow.unfinished, used=used, which=which),
            default_no=True,
        )

    def _review(self, round_id: int, review: publication.PublicationReview) -> bool:
        def confirm(blocks: tuple[tuple[str, str], ...], decision: str, text: str) -> Op[Changes]:
            return report_ops.confirm_blocks(self.session, round_id, blocks, decision, text)

        dialog = PublicationReviewDialog(review, confirm, self)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _ask_where(self, fmt: str) -> Path | None:
        extension = "pdf" if fmt == "accessible-pdf" else fmt
        suffix = {"pdf": "PDF (*.pdf)", "docx": "Word (*.docx)", "csv": "CSV (*.csv)"}[extension]
        path = self.dialogs.save_file(
            self, tr("Save the report as"), f"panel-report.{extension}", suffix, kind="report"
        )
        return Path(path) if path else None

    def _cancelled(self) -> None:
        self._enter(self.flow.cancelled())
        self.dialogs.info(self, tr("Write the report"), tr("Cancelled: nothing was kept."))

    def _written(self, written: ReportWritten) -> None:
        self.written = written
        self._show_written(written)
        announce(self.write_button, self.done_label.text())
        QTimer.singleShot(0, self._done_in_sight)  # once "Open it" has its place

    def _done_in_sight(self) -> None:
        """Scroll to the line saying the report was written (at large text, written by
        Alt+W, it was below the window's edge, with nothing in sight saying so)."""
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is not None:
            area.ensureWidgetVisible(self.done_label, 0, 10)
            area.ensureWidgetVisible(self.open_button, 0, 10)

    def _show_written(self, written: ReportWritten) -> None:
        names = ", ".join(str(p) for p in written.paths)
        self.done_label.setText(tr("The report was written: {files}").format(files=names))
        self.done_label.setAccessibleName(self.done_label.text())
        self.open_button.setVisible(True)

    def _failed(self, exc: Exception) -> None:
        self.dialogs.error(
            self,
            tr("Write the report"),
            tr("The report could not be written, and nothing was left half-written: {reason}").format(
                reason=plain_reason(exc)
            ),
        )

    def open_briefing(self) -> None:
        """The commissioner's briefing, drafted from the rounds ticked (the one in view at first)."""
        self.briefing_dialog = BriefingDialog(self.session, self.dialogs, self.round_id, self)
        self.briefing_dialog.open()

    def open_report(self) -> None:
        if self.written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written.paths[0])))
