"""One question of one case, opened from the findings grid: every member's answer, note and
whether the question was shown to them; and, where the members split, what the panel
decided at its meeting and why.

The dialog is not closed by a refusal: the reason appears above the buttons, is read
out, and the rationale the coordinator typed stays where it was.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.answers import AnswerValue
from desktop.core.findings import CaseFindings, Cell, MemberAnswer, Reviewer
from desktop.core.template import Question
from desktop.services.findings import FindingsRefused
from desktop.services.operations import Changes
from desktop.services.session import ProfileSession
from desktop.ui.announce import announce
from desktop.ui.coordinator.evidence import EvidenceList
from desktop.ui.coordinator.findings_words import (
    agreement_text,
    counts_text,
    member_answer_text,
    refusal_text,
    shown_text,
    value_text,
)
from desktop.ui.coordinator.page import label_button, plain_reason
from desktop.ui.i18n import Retranslatable, current_language, tr
from desktop.ui.item_models import RowTableModel, row_table
from desktop.ui.ops import Op
from desktop.ui.ops import findings as findings_ops
from desktop.ui.style import make_heading
from desktop.ui.wrapped_dialog import ScrollingBody, WrappedTextDialog, unframed_margins


class MemberAnswersModel(RowTableModel[MemberAnswer]):
    """Each member's answer to the question; the coordinator sees names as well as letters."""

    def __init__(self, question: Question, reviewers: tuple[Reviewer, ...], parent: Any = None) -> None:
        super().__init__(parent)
        self.question = question
        self.names = {r.letter: r.name for r in reviewers}

    def member(self, answer: MemberAnswer) -> str:
        return tr("{name} (Member {letter})").format(
            name=self.names.get(answer.letter, "?"), letter=answer.letter
        )

    def headers(self) -> list[str]:
        return [tr("Member"), tr("Answer"), tr("Note"), tr("Shown to them")]

    def cells(self) -> list[Callable[[MemberAnswer], str]]:
        return [
            self.member,
            lambda a: member_answer_text(self.question, a),
            lambda a: a.answer.note.strip() or "—",
            shown_text,
        ]


def decision_options(question: Question, cell: Cell) -> list[AnswerValue]:
    """What the panel may decide: the question's answers, or for a multi-choice question the
    sets of answers members gave (a decision is one whole answer, like a member's)."""
    if question.kind == "multi":
        return [value for value in cell.consensus.counts if isinstance(value, tuple)]
    return [choice.code for choice in question.choices]


NOTE_COLUMN = 2
OTHERS_SHARE = 0.55  # of the table's width, at most, for the columns other than the notes
REASON_LINES = 6  # the reason box's height at most; longer reasons scroll
REASON_LEAST_LINES = 3  # and at least, however small the screen: the members' table gives way first
WIDTH_CHARACTERS = 110  # wide enough for a member's note on a line or two, screen allowing


def give_notes_the_width(table: QTableView) -> None:
    """The notes take the width the other columns leave and wrap onto as many lines as
    they need: "Shown to them", stretched as the last column, took the room while the
    notes were cut short after a few words."""
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    modes = QHeaderView.ResizeMode
    for column in range(table.model().columnCount()):
        header.setSectionResizeMode(column, modes.Stretch if column == NOTE_COLUMN else modes.Interactive)
    header.setTextElideMode(Qt.TextElideMode.ElideRight)  # "Shown to…", not "hown to ther", when squeezed
    share_width(table)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # wrap, never scroll sideways


def share_width(table: QTableView) -> None:
    """The other columns as wide as their words, together at most `OTHERS_SHARE` of the
    table (narrower, they wrap), and the notes the rest: on a narrow screen at large text,
    "Shown to them", sized by its heading, left the notes a hundred pixels."""
    header = table.horizontalHeader()
    others = [c for c in range(table.model().columnCount()) if c != NOTE_COLUMN]
    wanted = {c: max(table.sizeHintForColumn(c), header.sectionSizeFromContents(c).width()) for c in others}
    room = table.viewport().width() * OTHERS_SHARE
    scale = min(1.0, room / sum(wanted.values())) if wanted and room > 0 else 1.0
    for column, width in wanted.items():
        header.resizeSection(column, int(width * scale))


class CellDialog(Retranslatable, WrappedTextDialog):
    def __init__(
        self,
        case: CaseFindings,
        question: Question,
        number: int,
        reviewers: tuple[Reviewer, ...],
        session: ProfileSession,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cell_dialog")
        self.case, self.question, self.number, self.session = case, question, number, session
        # False when the grid beneath closes this window once it shows the decision (one
        # repaint of the grid for both, instead of one as it closes and one as it updates)
        self.closes_when_stored = True
        cell = case.cell(question.id)
        assert cell is not None
        self.cell = cell
        self.heading = QLabel()
        self.heading.setObjectName("cell_heading")
        self.heading.setWordWrap(True)
        make_heading(self.heading, 1.2)
        self.summary = QLabel()
        self.summary.setObjectName("cell_summary")
        self.summary.setWordWrap(True)
        self.answers = MemberAnswersModel(question, reviewers, self)
        self.answers.set_rows(list(cell.answers))
        self.answer_table = row_table("member_answers", self.answers)
        give_notes_the_width(self.answer_table)
        # a row grown taller (Welsh words, a narrower window) makes the table taller with it
        self.answer_table.verticalHeader().sectionResized.connect(
            lambda *_: QTimer.singleShot(0, self, self._fit_table)  # once every row has its height
        )
        self.close_button = QPushButton()
        self.close_button.setObjectName("cell_close")
        self.close_button.clicked.connect(self.reject)
        self.evidence = EvidenceList(session, case.case.case_id, list(cell.answers), self.answers.member)
        self.decision_box = self._decision_box() if cell.split else None
        layout = QVBoxLayout(self)
        # Everything but Close scrolls when the screen is short: at 200% text on a 768 px
        # screen the reason box was squeezed into the buttons below.
        self.body_area = ScrollingBody(
            "cell_body", self.heading, self.summary, self.answer_table, self.evidence, self.decision_box
        )
        layout.addWidget(self.body_area, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.setMinimumWidth(640)
        self.retranslate()

    def _decision_box(self) -> QGroupBox:
        box = QGroupBox()
        box.setObjectName("decision_box")
        self.options: list[AnswerValue | None] = [None, *decision_options(self.question, self.cell)]
        self.decision_combo = QComboBox()
        self.decision_combo.setObjectName("decision_combo")
        self.decision_label = QLabel()
        self.decision_label.setBuddy(self.decision_combo)
        self.rationale_edit = QPlainTextEdit()
        self.rationale_edit.setObjectName("rationale_edit")
        self.rationale_edit.setTabChangesFocus(True)
        self.rationale_edit.installEventFilter(self)  # typing the reason keeps Save in view
        self.rationale_label = QLabel()
        self.rationale_label.setWordWrap(True)
        self.rationale_label.setBuddy(self.rationale_edit)
        self.error_label = QLabel()
        self.error_label.setObjectName("cell_error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #a4000f; font-weight: bold;")
        self.error_label.hide()
        self.save_button = QPushButton()
        self.save_button.setObjectName("save_decision")
        self.save_button.clicked.connect(self.save)
        self.withdraw_button = QPushButton()
        self.withdraw_button.setObjectName("withdraw_decision")
        self.withdraw_button.clicked.connect(self.withdraw)
        self.withdraw_button.setEnabled(self.cell.decision is not None)
        if self.cell.decision is not None:
            self.rationale_edit.setPlainText(self.cell.decision.rationale)
        layout = QVBoxLayout(box)
        for widget in (self.decision_label, self.decision_combo, self.rationale_label, self.rationale_edit,
                       self.error_label):  # fmt: skip
            layout.addWidget(widget)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.withdraw_button)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Typing the reason in a short window: Save decision stays in view below it, where
        at 200% text it had scrolled out of sight (Alt+S worked, for those who knew it)."""
        if watched is self.rationale_edit and event.type() == QEvent.Type.FocusIn:
            QTimer.singleShot(0, self, self._show_save)
        return super().eventFilter(watched, event)

    def _show_save(self) -> None:
        self.body_area.ensureWidgetVisible(self.save_button, 0, 10)
        self.body_area.ensureWidgetVisible(self.rationale_edit, 0, 10)

    def fit_contents(self) -> None:
        """As wide as a note wants, as tall as the contents want, and never beyond the
        screen: at 200% text in Welsh the window was taller than a 1366x768 screen, its
        buttons below the edge. The tables and the reason box scroll inside it instead."""
        screen = self.screen().availableGeometry()
        self._share_height(screen.height())
        super().fit_contents()
        frame = max(self.frameGeometry().height() - self.height(), self.fontMetrics().height() * 2)
        wanted = self.fontMetrics().averageCharWidth() * WIDTH_CHARACTERS
        width = min(max(self.width(), wanted), screen.width() - 2 * frame)
        height = min(self.height(), screen.height() - frame)
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        if self.isVisible() and not screen.contains(self.frameGeometry()):
            sides = self.frameGeometry().width() - self.width()
            left = max(screen.x(), min(self.x(), screen.x() + screen.width() - width - sides))
            # Not yet framed by the window manager, Qt places the window's inside, and the
            # title bar then goes above it: leave it room, or it sat above the screen's top
            # (display scaling 1.5, once the window shrank to its contents after opening).
            top = screen.y() + (unframed_margins()[1] if self.frameGeometry() == self.geometry() else 0)
            self.move(left, max(top, min(self.y(), screen.y() + screen.height() - height - frame)))

    def _fit_table(self) -> None:
        """The rows' new height, and the window's: a taller table inside the scrolling body
        asks the window for nothing, and pushed Save below the edge instead."""
        if self.isVisible():
            self.fit_contents()  # shares the height out first
        else:
            self._share_height(self.screen().availableGeometry().height())

    def _share_height(self, screen_height: int) -> None:
        """The members' answers first: their table is as tall as its rows, up to a third of
        the screen, and the reason box, which scrolls, gives up its height before it."""
        table = self.answer_table
        rows = sum(table.rowHeight(row) for row in range(self.answers.rowCount()))
        wanted = rows + table.horizontalHeader().height() + 2 * table.frameWidth()
        share = screen_height // (3 if self.decision_box is None else 4)
        height = min(wanted, share)  # and no taller: a blank under three rows looked like answers missing
        if (table.minimumHeight(), table.maximumHeight()) != (height, height):
            table.setFixedHeight(height)
        if self.decision_box is not None:
            edit = self.rationale_edit
            chrome = 2 * (edit.frameWidth() + round(edit.document().documentMargin()))
            edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * REASON_LEAST_LINES + chrome)
            edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * REASON_LINES + chrome)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        share_width(self.answer_table)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        first = self.decision_combo if self.decision_box is not None else self.close_button
        first.setFocus(Qt.FocusReason.OtherFocusReason)
        QTimer.singleShot(0, self, self._snug)

    def _snug(self) -> None:
        """Once open, no taller than its contents. The window only grows, and it first grew
        at Qt's narrower guess at its width, where the notes and citations wrapped onto
        more lines: that height stayed, as blanks between its parts."""
        self.answer_table.resizeRowsToContents()
        self._share_height(self.screen().availableGeometry().height())
        layout = self.layout()
        if layout is not None:
            layout.activate()
        height = self.contents_height(self.width())
        if height < self.height():
            self.resize(self.width(), height)

    def retranslate(self) -> None:
        language = current_language()
        self.setWindowTitle(tr("{case}, question {number}").format(case=self.case.case.reference,
                                                                   number=self.number))  # fmt: skip
        self.heading.setText(f"{self.number}. {self.question.text.get(language)}")
        self.summary.setText(f"{agreement_text(self.cell)} {counts_text(self.question, self.cell)}")
        self.summary.setAccessibleName(self.summary.text())
        self.answer_table.setAccessibleName(tr("Each member's answer"))
        self.answers.retranslate()
        label_button(self.close_button, tr("Close"), tr("Close this question"))
        self.setAccessibleName(self.windowTitle())
        self.setAccessibleDescription(f"{self.heading.text()} {self.summary.text()}")
        if self.decision_box is not None:
            self._retranslate_decision(self.decision_box)

    def _retranslate_decision(self, box: QGroupBox) -> None:
        box.setTitle(tr("The panel's decision"))
        self.decision_label.setText(tr("&Decision:"))
        self.decision_combo.setAccessibleName(tr("The panel's decision"))
        chosen = self.decision_combo.currentIndex()
        if chosen < 0:
            value = self.cell.decision.value if self.cell.decision is not None else None
            chosen = self.options.index(value) if value in self.options else 0
        self.decision_combo.clear()
        for option in self.options:
            text = tr("Leave unresolved") if option is None else value_text(self.question, option)
            self.decision_combo.addItem(text)
        self.decision_combo.setCurrentIndex(chosen)
        self.rationale_label.setText(tr("&Why the panel decided this (required, printed in the report):"))
        self.rationale_edit.setAccessibleName(tr("Why the panel decided this"))
        label_button(self.save_button, tr("&Save decision"), tr("Record the panel's decision and its reason"))
        label_button(self.withdraw_button, tr("W&ithdraw decision"),
                     tr("Forget the recorded decision: the members' split shows again"))  # fmt: skip

    def decision(self) -> AnswerValue | None:
        return self.options[max(self.decision_combo.currentIndex(), 0)]

    def save(self) -> None:
        case_id, rationale = self.case.case.case_id, self.rationale_edit.toPlainText()
        self._run(
            findings_ops.adjudicate(self.session, case_id, self.question.id, self.decision(), rationale)
        )

    def withdraw(self) -> None:
        self._run(findings_ops.withdraw_adjudication(self.session, self.case.case.case_id, self.question.id))

    def _run(self, op: Op[Changes]) -> None:
        """Run the change; the dialog closes when it is stored. On a refusal it says why
        here and keeps everything as typed; the buttons wait meanwhile (no double save)."""
        self._busy(True)
        op.success(lambda _changes: self._stored()).failure(self._not_stored).run(origin=self)

    def _stored(self) -> None:
        if self.closes_when_stored:
            self.accept()

    def _busy(self, busy: bool) -> None:
        for button in (self.save_button, self.withdraw_button):
            button.setEnabled(not busy and (button is self.save_button or self.cell.decision is not None))

    def _not_stored(self, exc: Exception) -> None:
        self._busy(False)
        if isinstance(exc, FindingsRefused):
            self._refused(refusal_text(exc))
        else:  # a locked profile or a disk fault: still nothing typed is lost
            self._refused(tr("The decision could not be saved: {reason}").format(reason=plain_reason(exc)))

    def _refused(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setAccessibleName(message)
        self.error_label.show()
        announce(self.error_label, message, urgent=True)
        self.rationale_edit.setFocus(Qt.FocusReason.OtherFocusReason)
