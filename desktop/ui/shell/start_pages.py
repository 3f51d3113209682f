"""The screens before the work: first-run set-up and unlock.

Both only collect what the member types and report it by signal; the main window does
the slow part (creating or opening the encrypted database) off the GUI thread and
calls `show_problems` / `show_problem` with the outcome. Each reason a database does
not open has its own sentence and next step; none of them blames the passphrase unless
the passphrase is what is wrong.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.passphrase import passphrase_problems
from desktop.ui.announce import announce
from desktop.ui.i18n import LANGUAGES, Retranslatable, current_language, tr
from desktop.ui.shell.passphrase_meter import StrengthMeter, refusal_lines
from desktop.ui.style import make_heading


class UnlockProblem(Enum):
    """Why the database did not open, as the unlock screen explains it."""

    WRONG_PASSPHRASE = "wrong_passphrase"
    NOT_OURS = "not_ours"
    DAMAGED = "damaged"
    FOLDER = "folder"
    DISK_FULL = "disk_full"
    OTHER = "other"


def unlock_problem_text(problem: UnlockProblem, place: str) -> str:
    """A plain sentence and the next step for each reason the database did not open."""
    texts = {
        UnlockProblem.WRONG_PASSPHRASE: tr("That passphrase is not right. Please try again."),
        UnlockProblem.NOT_OURS: tr(
            "This file is not a Panel Review database, so it cannot be opened: {place}. "
            "If another file was put in its place, move it away and restore a backup."
        ),
        UnlockProblem.DAMAGED: tr(
            "Your reviews file is damaged, so it cannot be opened safely. You can restore "
            "the latest backup: choose Restore from backup. The damaged file is kept, not deleted."
        ),
        UnlockProblem.FOLDER: tr(
            "Panel Review cannot read or write the folder that holds your reviews: {place}. "
            "Check that the disk is connected and not read-only, and that you may change "
            "files in that folder. Then unlock again."
        ),
        UnlockProblem.DISK_FULL: tr(
            "The disk that holds your reviews is full: {place}. Free some space, for example "
            "by emptying the recycle bin, then unlock again."
        ),
        UnlockProblem.OTHER: tr("Your reviews could not be opened: {place}"),
    }
    return texts[problem].format(place=place)


def _centred(page: QWidget, inner: QWidget) -> None:
    """Centre `inner` on the page, scrolling rather than squashing it at large text sizes."""
    inner.setMaximumWidth(720)
    body = QWidget()
    column = QVBoxLayout(body)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(inner, 10)  # no alignment flag: it would size the labels by their width hint
    row.addStretch(1)
    column.addStretch(1)
    column.addLayout(row)
    column.addStretch(2)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(body)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)


def _secret_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class SetupPage(Retranslatable, QWidget):
    """First run: language, display name, who this is for, and a new passphrase (twice)."""

    languageChosen = Signal(str)
    setupRequested = Signal(str, str, str, str)  # display name, passphrase, language, role

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setup_page")
        self._problems: Callable[[], list[str]] | None = None
        inner = QWidget()
        layout = QVBoxLayout(inner)
        self.heading = QLabel()
        self.heading.setObjectName("page_heading")
        make_heading(self.heading, 1.5)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.unfinished_notice = QLabel()
        self.unfinished_notice.setObjectName("setup_unfinished")
        self.unfinished_notice.setWordWrap(True)
        self.unfinished_notice.hide()
        layout.addWidget(self.heading)
        layout.addWidget(self.unfinished_notice)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("language_combo")
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(list(LANGUAGES).index(current_language()))
        self.language_combo.currentIndexChanged.connect(
            lambda _i: self.languageChosen.emit(self.language_combo.currentData())
        )
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("display_name")
        self.name_edit.setMaxLength(200)
        self.passphrase_edit = _secret_field("new_passphrase")
        self.repeat_edit = _secret_field("repeat_passphrase")
        self.repeat_edit.returnPressed.connect(self.submit)
        self.language_label, self.name_label = QLabel(), QLabel()
        self.passphrase_label, self.repeat_label = QLabel(), QLabel()
        rows = [
            (self.language_label, self.language_combo), (self.name_label, self.name_edit),
            (self.passphrase_label, self.passphrase_edit), (self.repeat_label, self.repeat_edit),
        ]  # fmt: skip
        for label, field in rows:
            label.setBuddy(field)
            form.addRow(label, field)
        self.strength_meter = StrengthMeter(self.passphrase_edit, lambda: self.name_edit.text().strip())
        self.name_edit.textChanged.connect(self.strength_meter.schedule)
        form.insertRow(3, "", self.strength_meter)  # under the new passphrase, above "Type it again"
        layout.addLayout(form)
        self.role_choice = RoleChoice()
        layout.addWidget(self.role_choice)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.problems_label = QLabel()
        self.problems_label.setObjectName("problems")
        self.problems_label.setWordWrap(True)
        self.create_button = QPushButton()
        self.create_button.setObjectName("create_profile")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.submit)
        layout.addWidget(self.warning)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignLeft)
        _centred(self, inner)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(tr("Welcome to Panel Review"))
        self.intro.setText(tr(
            "Panel Review keeps the case files you review, and your answers, locked on this "
            "computer. Choose your language, the name the panel knows you by, and a passphrase."
        ))  # fmt: skip
        self.language_label.setText(tr("&Language:"))
        self.language_combo.setAccessibleName(tr("Language"))
        self.name_label.setText(tr("Your &name:"))
        self.name_edit.setAccessibleName(tr("Your name"))
        self.passphrase_label.setText(tr("&Passphrase:"))
        self.passphrase_edit.setAccessibleName(tr("Passphrase"))
        self.repeat_label.setText(tr("&Type it again:"))
        self.repeat_edit.setAccessibleName(tr("Type the passphrase again"))
        self.warning.setText(tr(
            "Write your passphrase down somewhere safe. If it is forgotten, nobody can open "
            "your reviews, not even the commissioner's office."
        ))  # fmt: skip
        self.create_button.setText(tr("&Start"))
        self.create_button.setAccessibleName(tr("Create my profile and start"))
        self.unfinished_notice.setText(tr(
            "Setting up Panel Review did not finish last time, so nothing was saved yet. "
            "Please set it up again."
        ))  # fmt: skip
        self.unfinished_notice.setAccessibleName(self.unfinished_notice.text())
        if self._problems is not None:
            self._explain(self._problems)

    def forget_passphrase(self) -> None:
        """Clear both passphrase fields once the profile exists (the page stays built)."""
        for field in (self.passphrase_edit, self.repeat_edit):
            field.clear()

    def show_unfinished(self) -> None:
        """Say that an earlier set-up was interrupted (an empty or half-made database)."""
        self.unfinished_notice.show()
        self.create_button.setEnabled(True)

    def submit(self) -> None:
        name = self.name_edit.text().strip()
        if not name:
            self._explain(lambda: [tr("Please enter your name.")])
            self.name_edit.setFocus()
            return
        problems = passphrase_problems(self.passphrase_edit.text(), self.repeat_edit.text(), name)
        if problems:
            self._explain(lambda: refusal_lines(problems, self.strength_meter.judge()))
            self.passphrase_edit.setFocus()
            return
        self.show_problems([])
        self.create_button.setEnabled(False)
        self.setupRequested.emit(
            name, self.passphrase_edit.text(), self.language_combo.currentData(), self.role_choice.role()
        )

    def show_problems(self, problems: list[str]) -> None:
        self.create_button.setEnabled(True)
        self._problems = None
        self.problems_label.setText("\n".join(f"• {p}" for p in problems))
        self.problems_label.setAccessibleName(self.problems_label.text())
        announce(self, self.problems_label.text(), urgent=True)

    def _explain(self, problems: Callable[[], list[str]]) -> None:
        """Show problems that are worded again after a language switch."""
        self.show_problems(problems())
        self._problems = problems


class RoleChoice(Retranslatable, QWidget):
    """Member or coordinator: two radio buttons, each with a line saying what it means.

    Most people who install the app are panel members, so that is the default; the
    explanation lines are the buttons' accessible descriptions too, so a screen reader
    says what each choice means, not only its name.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("role_choice")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.member_radio = QRadioButton()
        self.member_radio.setObjectName("role_member")
        self.member_radio.setChecked(True)
        self.member_line = QLabel()
        self.coordinator_radio = QRadioButton()
        self.coordinator_radio.setObjectName("role_coordinator")
        self.coordinator_line = QLabel()
        layout.addWidget(self.title)
        for radio, line in (
            (self.member_radio, self.member_line),
            (self.coordinator_radio, self.coordinator_line),
        ):
            line.setWordWrap(True)
            line.setIndent(32)  # under the button's text, not its circle
            layout.addWidget(radio)
            layout.addWidget(line)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(tr("Who will use Panel Review on this computer?"))
        self.member_radio.setText(tr("I am a panel &member"))
        self.member_radio.setAccessibleName(tr("I am a panel member"))
        self.member_line.setText(tr("You review the cases the commissioner's office sends you."))
        self.member_radio.setAccessibleDescription(self.member_line.text())
        self.coordinator_radio.setText(tr("I &coordinate the panel (OPCC)"))
        self.coordinator_radio.setAccessibleName(tr("I coordinate the panel (OPCC)"))
        self.coordinator_line.setText(tr("You enrol members, send them cases and collect their reviews."))
        self.coordinator_radio.setAccessibleDescription(self.coordinator_line.text())

    def role(self) -> str:
        return "coordinator" if self.coordinator_radio.isChecked() else "member"


class UnlockPage(Retranslatable, QWidget):
    """Later runs, and after a lock: the passphrase opens the database."""

    unlockRequested = Signal(str)
    restoreRequested = Signal()

    def __init__(self, demo_hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlock_page")
        self.demo_hint = demo_hint
        self.problem: tuple[UnlockProblem, str] | None = None
        inner = QWidget()
        layout = QVBoxLayout(inner)
        self.heading = QLabel()
        self.heading.setObjectName("page_heading")
        make_heading(self.heading, 1.5)
        self.passphrase_label = QLabel()
        self.passphrase_edit = _secret_field("unlock_passphrase")
        self.passphrase_label.setBuddy(self.passphrase_edit)
        self.passphrase_edit.returnPressed.connect(self.submit)
        self.message = QLabel()
        self.message.setObjectName("unlock_message")
        self.message.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("unlock_button")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.submit)
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restore_button")
        self.restore_button.clicked.connect(lambda: self.restoreRequested.emit())
        self.restore_button.hide()
        for widget in (self.heading, self.passphrase_label, self.passphrase_edit, self.message, self.hint):
            layout.addWidget(widget)
        layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)
        _centred(self, inner)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(tr("Panel Review is locked"))
        self.passphrase_label.setText(tr("Enter your &passphrase to continue:"))
        self.passphrase_edit.setAccessibleName(tr("Passphrase"))
        self.unlock_button.setText(tr("&Unlock"))
        self.unlock_button.setAccessibleName(tr("Unlock"))
        # Alt+R is the Review menu's; B is free in both languages.
        self.restore_button.setText(tr("Restore from &backup…"))
        self.restore_button.setAccessibleName(tr("Restore from backup"))
        if self.problem is not None:
            self._show_message(unlock_problem_text(*self.problem))
        hint = tr("This is the demo. Its passphrase is: {passphrase}").format(passphrase=self.demo_hint)
        self.hint.setText(hint if self.demo_hint else "")

    def reset(self) -> None:
        self.passphrase_edit.clear()
        self.message.clear()
        for control in (self.passphrase_edit, self.restore_button):
            control.setAccessibleDescription("")
        self.problem = None
        self.restore_button.hide()
        self.unlock_button.setEnabled(True)
        self.passphrase_edit.setFocus()

    def submit(self) -> None:
        if not self.passphrase_edit.text() or not self.unlock_button.isEnabled():
            return  # empty, or an unlock or restore is already under way (Enter pressed twice)
        self.unlock_button.setEnabled(False)
        self.message.setText(tr("Unlocking…"))
        self.unlockRequested.emit(self.passphrase_edit.text())

    def show_wrong_passphrase(self) -> None:
        self.show_problem(UnlockProblem.WRONG_PASSPHRASE)

    def show_problem(self, problem: UnlockProblem, place: str = "") -> None:
        """Say why the database did not open; offer a backup when the file is damaged or foreign."""
        self.problem = (problem, place)
        self.unlock_button.setEnabled(True)
        self._show_message(unlock_problem_text(problem, place))
        offer_backup = problem in (UnlockProblem.DAMAGED, UnlockProblem.NOT_OURS)
        self.restore_button.setVisible(offer_backup)
        if offer_backup:
            self.restore_button.setFocus()
        else:
            self.passphrase_edit.selectAll()
            self.passphrase_edit.setFocus()

    def show_restored(self, message: str) -> None:
        """After a restore: what happened, and the passphrase field ready."""
        self.reset()
        self._show_message(message)

    def _show_message(self, text: str) -> None:
        """Show the message, and tie it to the controls focus goes to, and say it aloud:
        a blind member would otherwise hear only "Restore from backup, button"."""
        self.message.setText(text)
        self.message.setAccessibleName(text)
        for control in (self.passphrase_edit, self.restore_button):
            control.setAccessibleDescription(text)
        announce(self, text, urgent=True)
