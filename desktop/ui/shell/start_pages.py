"""The screens before the work: set-up of a profile and unlock.

Both only collect what the member types and report it by signal; the main window does
the slow part (creating or opening the encrypted database) off the GUI thread and
calls `show_problems` / `show_problem` with the outcome. Each reason a database does
not open has its own sentence and next step; none of them blames the passphrase unless
the passphrase is what is wrong.
"""

from __future__ import annotations

from collections.abc import Callable

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

from desktop.core.display_names import NameProblem, explain_name, name_problem
from desktop.core.passphrase import passphrase_problems
from desktop.services.profile_flow import Problem
from desktop.ui.announce import announce
from desktop.ui.i18n import LANGUAGES, Retranslatable, current_language, tr
from desktop.ui.shell.passphrase_fields import PassphraseField, ShowPassphraseBox
from desktop.ui.shell.passphrase_meter import StrengthMeter, refusal_lines
from desktop.ui.style import make_heading

UnlockProblem = Problem  # why the database did not open, as the unlock screen explains it (UNLOCK_PROBLEMS)


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
    if problem is UnlockProblem.EMPTY:  # the command line's sentence too (services/user_faults.py)
        from desktop.services.user_faults import Fault, explain

        return explain(Fault.PROFILE_EMPTY, current_language(), place)
    return texts[problem].format(place=place)


def centred(page: QWidget, inner: QWidget) -> None:
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


class SetupPage(Retranslatable, QWidget):
    """A new profile: language, display name, who it is for, its label and a passphrase (twice).

    The label names the profile on the start screen before it is unlocked, so it is
    offered as the role's name ("Panel member"), never the display name, and the page
    says that anyone using the computer can read it.
    """

    languageChosen = Signal(str)
    setupRequested = Signal(str, str, str, str, str)  # display name, passphrase, language, role, label
    chooseAnotherRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setup_page")
        self._problems: Callable[[], list[str]] | None = None
        self._notice: Callable[[], str] | None = None  # what was found instead of a database
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
        self.passphrase_edit = PassphraseField("new_passphrase")
        self.repeat_edit = PassphraseField("repeat_passphrase")
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
        self.show_passphrase = ShowPassphraseBox([self.passphrase_edit, self.repeat_edit])
        form.addRow("", self.show_passphrase)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(form)
        self.role_choice = RoleChoice()
        self.role_choice.changed.connect(self._offer_label)
        layout.addWidget(self.role_choice)
        label_form = QFormLayout()
        self.profile_label_label = QLabel()
        self.label_edit = QLineEdit()
        self.label_edit.setObjectName("profile_label")
        self.label_edit.setMaxLength(80)
        self.label_edit.textEdited.connect(self._label_typed)
        self.profile_label_label.setBuddy(self.label_edit)
        label_form.addRow(self.profile_label_label, self.label_edit)
        layout.addLayout(label_form)
        self.label_help = QLabel()
        self.label_help.setObjectName("profile_label_help")
        self.label_help.setWordWrap(True)
        layout.addWidget(self.label_help)
        self._label_chosen = False  # the person typed a label: a role or language change keeps it
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.problems_label = QLabel()
        self.problems_label.setObjectName("problems")
        self.problems_label.setWordWrap(True)
        self.create_button = QPushButton()
        self.create_button.setObjectName("create_profile")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.submit)
        self.choose_button = QPushButton()
        self.choose_button.setObjectName("choose_another_profile")
        self.choose_button.clicked.connect(lambda: self.chooseAnotherRequested.emit())
        self.choose_button.hide()
        self.new_profile = False
        layout.addWidget(self.warning)
        layout.addWidget(self.problems_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.choose_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        centred(self, inner)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(tr("A new profile") if self.new_profile else tr("Welcome to Panel Review"))
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
        if self._notice is not None:
            self.unfinished_notice.setText(self._notice())
        self.unfinished_notice.setAccessibleName(self.unfinished_notice.text())
        self.profile_label_label.setText(tr("Profile la&bel:"))
        self.label_edit.setAccessibleName(tr("Profile label"))
        self.label_help.setText(tr(
            "The label names this profile on the start screen. Anyone using this computer can "
            "read it without the passphrase, so do not put your name or anything private in it."
        ))  # fmt: skip
        self.label_edit.setAccessibleDescription(self.label_help.text())
        self.choose_button.setText(tr("Choose another pr&ofile…"))
        self.choose_button.setAccessibleName(tr("Choose another profile"))
        self._offer_label()
        if self._problems is not None:
            self._explain(self._problems)

    def focus_first_field(self) -> None:
        """Keyboard focus on the first thing to fill in: the language, as the page reads."""
        self.language_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_as_new_profile(self) -> None:
        """Set-up of a profile beside others: say so, and offer the way back to the chooser."""
        self.new_profile = True
        self.choose_button.show()
        self.retranslate()

    def _label_typed(self, text: str) -> None:
        self._label_chosen = bool(text.strip())

    def _offer_label(self) -> None:
        """Until a label is typed, offer the chosen role's name in the interface language."""
        from desktop.services.profiles import default_label  # set-up only: not on the unlock path

        if not self._label_chosen:
            self.label_edit.setText(default_label(self.role_choice.role(), current_language()))

    def forget_passphrase(self) -> None:
        """Clear both passphrase fields once the profile exists (the page stays built)."""
        for field in (self.passphrase_edit, self.repeat_edit):
            field.clear()
        self.show_passphrase.hide_text()

    def show_unfinished(self, notice: Callable[[], str] | None = None) -> None:
        """Say that an earlier set-up was interrupted (a half-made database), or `notice`
        instead: what was found, worded again after a language switch."""
        self._notice = notice
        if notice is not None:
            self.unfinished_notice.setText(notice())
            self.unfinished_notice.setAccessibleName(notice())
        self.unfinished_notice.show()
        self.create_button.setEnabled(True)

    def submit(self) -> None:
        name = self.name_edit.text().strip()
        if not name:
            self._explain(lambda: [tr("Please enter your name.")])
            self.name_edit.setFocus()
            return
        bad_name, bad_label = name_problem(name), name_problem(self.label_edit.text() or "-")
        if bad_name is not None or bad_label is not None:
            self._explain(lambda: self._name_lines(bad_name, bad_label))
            (self.name_edit if bad_name is not None else self.label_edit).setFocus()
            return
        problems = passphrase_problems(self.passphrase_edit.text(), self.repeat_edit.text(), name)
        if problems:
            self._explain(lambda: refusal_lines(problems, self.strength_meter.judge()))
            self.passphrase_edit.setFocus()
            return
        self.show_problems([])
        self.create_button.setEnabled(False)
        from desktop.services.profiles import default_label

        role = self.role_choice.role()
        label = self.label_edit.text().strip() or default_label(role, current_language())
        self.setupRequested.emit(
            name, self.passphrase_edit.text(), self.language_combo.currentData(), role, label
        )

    def _name_lines(self, name: NameProblem | None, label: NameProblem | None) -> list[str]:
        """Why the name or the label cannot be shown as typed, in the interface language."""
        lines = []
        if name is not None:
            lines.append(tr("Your name cannot be used: {reason}").format(
                reason=explain_name(name, current_language())))  # fmt: skip
        if label is not None:
            lines.append(tr("The profile label cannot be used: {reason}").format(
                reason=explain_name(label, current_language())))  # fmt: skip
        return lines

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

    changed = Signal()

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
        self.coordinator_radio.toggled.connect(lambda _on: self.changed.emit())
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
    chooseAnotherRequested = Signal()

    def __init__(self, demo_hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlock_page")
        self.demo_hint = demo_hint
        self.problem: tuple[UnlockProblem, str] | None = None
        self.profile_name: Callable[[], str] | None = None
        inner = QWidget()
        layout = QVBoxLayout(inner)
        self.heading = QLabel()
        self.heading.setObjectName("page_heading")
        make_heading(self.heading, 1.5)
        self.profile_line = QLabel()
        self.profile_line.setObjectName("unlock_profile")
        self.profile_line.setWordWrap(True)
        self.profile_line.hide()
        self.passphrase_label = QLabel()
        self.passphrase_edit = PassphraseField("unlock_passphrase")
        self.passphrase_label.setBuddy(self.passphrase_edit)
        self.passphrase_edit.returnPressed.connect(self.submit)
        self.show_passphrase = ShowPassphraseBox([self.passphrase_edit])
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
        self.choose_button = QPushButton()
        self.choose_button.setObjectName("choose_another_profile")
        self.choose_button.clicked.connect(lambda: self.chooseAnotherRequested.emit())
        self.choose_button.hide()
        for widget in (self.heading, self.profile_line, self.passphrase_label, self.passphrase_edit):
            layout.addWidget(widget)
        layout.addWidget(self.show_passphrase, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.message)
        layout.addWidget(self.hint)
        layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignLeft)
        centred(self, inner)
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
        self.choose_button.setText(tr("Choose another pr&ofile…"))
        self.choose_button.setAccessibleName(tr("Choose another profile"))
        name = self.profile_name() if self.profile_name is not None else ""
        self.profile_line.setText(tr("Profile: {name}").format(name=name) if name else "")
        self.profile_line.setVisible(bool(name))
        if self.problem is not None:
            self._show_message(unlock_problem_text(*self.problem))
        hint = tr("This is the demo. Its passphrase is: {passphrase}").format(passphrase=self.demo_hint)
        self.hint.setText(hint if self.demo_hint else "")

    def set_profile(self, name: Callable[[], str] | None, others: bool) -> None:
        """Which profile this unlocks (`name` words it again after a language switch), and
        whether to offer the others: only where there is a choice to make."""
        self.profile_name = name
        self.choose_button.setVisible(others)
        self.retranslate()

    def reset(self) -> None:
        self.passphrase_edit.clear()
        self.show_passphrase.hide_text()
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
        offer_backup = problem in (UnlockProblem.DAMAGED, UnlockProblem.NOT_OURS, UnlockProblem.EMPTY)
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
