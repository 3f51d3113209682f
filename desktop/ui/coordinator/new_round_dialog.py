"""A new round from the force's case list (CSV) and a folder of the case documents.

"Check and create" checks the whole list first: if anything is wrong, every problem is
listed here with its line and column, in the interface language, and nothing is
created, so the coordinator fixes the spreadsheet in one go. A coordinator with no list
yet is told which columns it needs and can save a blank one to fill in
(`exchange.case_list_template`), so the first round does not start from a guess.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.display_names import NameProblem, explain_name, name_problem
from desktop.exchange import case_list_template
from desktop.services import coordinator_rounds, templates, user_faults
from desktop.services.session import ProfileSession
from desktop.ui.announce import announce
from desktop.ui.coordinator.page import button_row, label_button, narrowable, plain_reason
from desktop.ui.dialogs import DialogService
from desktop.ui.i18n import Retranslatable, current_language, tr
from desktop.ui.operations import OperationRunner
from desktop.ui.ops import rounds as rounds_ops
from desktop.ui.wrapped_dialog import WrappedTextDialog

DEFAULT_WEEKS = 6


def problem_lines(exc: Exception) -> list[str] | None:
    """Every problem with the case list in the interface language, or None if not a list problem."""
    language = current_language()
    if isinstance(exc, coordinator_rounds.CaseListError):
        return [p.text(language) for p in exc.problems]
    if isinstance(exc, coordinator_rounds.UnknownMembers):
        return [p.text(language) for p in exc.problems]
    return None


def _write_fault(exc: OSError, path: Path) -> str:
    """Why a file could not be written, in the interface language."""
    language = current_language()
    if exc.errno == errno.ENOENT:
        return user_faults.explain(user_faults.Fault.NO_OUTPUT_FOLDER, language, path.parent)
    return user_faults.describe(exc, language) or exc.strerror or str(exc)


class PathField(QWidget):
    """A line edit and a "Browse…" button, for a file or a folder."""

    def __init__(self, name: str, pick: Callable[[], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setObjectName(name)
        self.browse = QPushButton()
        self.browse.setObjectName(f"{name}_browse")
        self.browse.clicked.connect(pick)
        row.addWidget(self.edit, 1)
        row.addWidget(self.browse)

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text) if text else None


class NewRoundDialog(Retranslatable, WrappedTextDialog):
    created = Signal(int)  # round id

    def __init__(self, session: ProfileSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.files = DialogService()  # file dialogs in the language, opening where they were last
        self.setObjectName("new_round_dialog")
        self.session = session
        self.runner: OperationRunner | None = None
        self._problems: tuple[Callable[[], list[str]], bool] = (list, False)
        self._template_said: Callable[[], str] | None = None  # kept so a language switch words it again
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("round_title")
        self.panel_edit = QLineEdit()
        self.panel_edit.setObjectName("round_panel")
        self.template_combo = QComboBox()
        self.template_combo.setObjectName("round_template")
        self.due_edit = QDateEdit(QDate.currentDate().addDays(7 * DEFAULT_WEEKS))
        self.due_edit.setObjectName("round_due")
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("yyyy-MM-dd")
        self.csv_field = PathField("round_csv", self.choose_csv)
        self.folder_field = PathField("round_documents", self.choose_folder)
        self.csv_field.edit.editingFinished.connect(self._documents_beside)
        self.labels = [QLabel() for _ in range(6)]
        form = QFormLayout()
        fields = (self.title_edit, self.panel_edit, self.template_combo, self.due_edit,
                  self.csv_field, self.folder_field)  # fmt: skip
        for label, field in zip(self.labels, fields, strict=True):
            label.setBuddy(field.edit if isinstance(field, PathField) else field)
            form.addRow(label, field)
        self.columns_label = QLabel()
        self.columns_label.setObjectName("case_list_columns")
        self.columns_label.setWordWrap(True)
        self.columns_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.template_button = QPushButton()
        self.template_button.setObjectName("save_blank_case_list")
        self.template_button.clicked.connect(self.save_template)
        self.template_status = QLabel()
        self.template_status.setObjectName("template_status")
        self.template_status.setWordWrap(True)
        self.template_status.hide()
        self.problems_label = QLabel()
        self.problems_label.setObjectName("problems")
        self.problems_label.setWordWrap(True)
        self.problems_list = QListWidget()
        self.problems_list.setObjectName("round_problems")
        self.problems_list.setWordWrap(True)
        self.create_button = QPushButton()
        self.create_button.setObjectName("check_and_create")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.check_and_create)
        self.close_button = QPushButton()
        self.close_button.setObjectName("new_round_close")
        self.close_button.clicked.connect(self.reject)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above fields when narrow
        narrowable(self.template_combo)
        buttons = button_row(self.template_button, self.create_button, self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.columns_label)  # where the problems go: at 200% text both would not fit
        layout.addWidget(self.template_status)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems_list, 1)
        layout.addLayout(buttons)
        self.setMinimumWidth(min(640, self.screen().availableGeometry().width() - 40))
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(tr("New round"))
        texts = [tr("&Title:"), tr("&Panel:"), tr("Check&list:"), tr("&Due date:"),
                 tr("Case list (CS&V):"), tr("D&ocuments folder:")]  # fmt: skip
        names = [tr("Round title"), tr("Panel name"), tr("Checklist template"), tr("Due date"),
                 tr("Case list file (CSV)"), tr("Folder of case documents")]  # fmt: skip
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        widgets = (self.title_edit, self.panel_edit, self.template_combo, self.due_edit,
                   self.csv_field.edit, self.folder_field.edit)  # fmt: skip
        for widget, name in zip(widgets, names, strict=True):
            widget.setAccessibleName(name)
        label_button(self.csv_field.browse, tr("&Browse…"), tr("Choose the case list file"))
        label_button(self.folder_field.browse, tr("Bro&wse…"), tr("Choose the documents folder"))
        self.problems_list.setAccessibleName(tr("Problems found in the case list"))
        self.columns_label.setText(tr(
            "The case list is a CSV file saved from a spreadsheet, one case a row, with the columns "
            "{columns}, and {optional} for members with a conflict of interest (may be left empty). "
            "Several strands or documents are separated by “;”; documents are file names in the "
            "documents folder. For example: {example}"
        ).format(
            columns=", ".join(case_list_template.COLUMNS[:-1]),
            optional=case_list_template.COLUMNS[-1],
            example=case_list_template.hint_row(),
        ))  # fmt: skip
        label_button(self.template_button, tr("&Save a blank case list…"),
                     tr("Save a case list with these columns and an example row, to fill in"))  # fmt: skip
        label_button(self.create_button, tr("&Check and create"),
                     tr("Check the case list and create the round"))  # fmt: skip
        label_button(self.close_button, tr("Close"), tr("Close without creating a round"))
        self._fill_templates()
        if self._template_said is not None:
            self.template_status.setText(self._template_said())
        self._show_problems(*self._problems)

    def _fill_templates(self) -> None:
        chosen = self.template_combo.currentData()
        self.template_combo.clear()
        language = current_language()
        for template_id in templates.bundled_template_ids():
            title = templates.load_bundled_template(template_id).title.get(language)
            self.template_combo.addItem(title, template_id)
        index = self.template_combo.findData(chosen)
        self.template_combo.setCurrentIndex(max(index, 0))

    def choose_csv(self) -> None:
        path = self.files.open_file(self, tr("Case list"), "", tr("Case lists (*.csv)"), kind="case_list")
        if path:
            self.csv_field.edit.setText(path)
            self._documents_beside()

    def _documents_beside(self) -> None:
        """A "documents" folder beside the case list fills the folder field, whether the
        list was chosen with Browse or its path typed (typed, it was left empty)."""
        typed = self.csv_field.edit.text().strip()
        beside = Path(typed).parent / "documents" if typed else None
        if beside is not None and not self.folder_field.edit.text() and beside.is_dir():
            self.folder_field.edit.setText(str(beside))

    def save_template(self) -> None:
        """Write the blank case list where the coordinator chooses, and say where it went."""
        path = self.files.save_file(
            self, tr("Save a blank case list"), "cases.csv", tr("Case lists (*.csv)"), kind="case_list"
        )
        if not path:
            return
        try:
            case_list_template.write_template(Path(path), current_language())
        except OSError as exc:
            fault = exc

            def said() -> str:
                reason = _write_fault(fault, Path(path))
                return tr("The blank case list could not be saved: {reason}").format(reason=reason)
        else:

            def said() -> str:
                return tr(
                    "A blank case list was saved as {file}. Put your cases in it in place of the example "
                    "row, then choose it above."
                ).format(file=path)  # fmt: skip

        self._template_said = said
        self.template_status.setText(said())
        self.template_status.show()
        announce(self.template_status, self.template_status.text())

    def choose_folder(self) -> None:
        path = self.files.choose_folder(self, tr("Documents folder"), "", kind="case_documents")
        if path:
            self.folder_field.edit.setText(path)

    # checking and creating ---------------------------------------------------
    def check_and_create(self) -> None:
        if self._missing():
            self._show_problems(self._missing)
            return
        self._show_problems(list)
        csv_path, folder = self.csv_field.path(), self.folder_field.path()
        assert csv_path is not None and folder is not None  # `_missing` said so otherwise
        op = rounds_ops.create_round(
            self.session, csv_path, folder, title=self.title_edit.text(),
            template_id=str(self.template_combo.currentData()), panel=self.panel_edit.text(),
            due_date=self.due_edit.date().toString("yyyy-MM-dd"),
        )  # fmt: skip
        op.with_progress(tr("Creating the round"), self).success(self._created).failure(self._failed)
        self.create_button.setEnabled(False)
        self.runner = op.cancelled(lambda: self.create_button.setEnabled(True)).run(origin=self)

    def _missing(self) -> list[str]:
        missing = []
        problem = name_problem(self.title_edit.text())
        if problem is NameProblem.EMPTY:
            missing.append(tr("Please give the round a title."))
        elif problem is not None:
            missing.append(tr("The round title cannot be used: {reason}").format(
                reason=explain_name(problem, current_language())
            ))  # fmt: skip
        if self.csv_field.path() is None:
            missing.append(tr("Please choose the case list (CSV)."))
        if self.folder_field.path() is None:
            missing.append(tr("Please choose the folder of case documents."))
        if self.template_combo.currentData() is None:
            missing.append(tr("No checklist template was found."))
        return missing

    def _created(self, result: coordinator_rounds.RoundCreated) -> None:
        self.create_button.setEnabled(True)
        self.created.emit(result.round_id)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.create_button.setEnabled(True)

        def lines() -> list[str]:
            found = problem_lines(exc)
            if found is None:
                return [tr("The round could not be created: {reason}").format(reason=plain_reason(exc))]
            return found

        self._show_problems(lines, found=True)

    def _show_problems(self, make_lines: Callable[[], list[str]], found: bool = False) -> None:
        """List the problems; kept as a function so a language switch words them again."""
        self._problems = (make_lines, found)
        lines = make_lines()
        self.problems_list.clear()
        self.problems_list.addItems(lines)
        self.problems_list.setVisible(bool(lines))
        self.columns_label.setVisible(not lines)
        self.problems_label.setVisible(bool(lines))
        if found:
            self.problems_label.setText(tr(
                "Nothing was created. Please correct these {count} problems in the case list and "
                "check again:"
            ).format(count=len(lines)))  # fmt: skip
        else:
            self.problems_label.setText(tr("Please complete these first:"))
        self.problems_label.setAccessibleName(self.problems_label.text())
        if lines:
            self.problems_list.setCurrentRow(0)
            announce(self.problems_list, f"{self.problems_label.text()} {lines[0]}", urgent=True)
