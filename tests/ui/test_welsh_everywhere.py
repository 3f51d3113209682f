"""In Welsh no screen shows English apart from data: Qt's own buttons, file dialog and
context menus included (Qt ships no Welsh; `qtbase_cy` is ours)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from desktop.services.session import ProfileSession
from desktop.ui import i18n
from desktop.ui.dialogs import DialogService
from desktop.ui.shell.passphrase_dialog import ChangePassphraseDialog
from tests.ui.fakes import FakeDialogs
from tests.ui.harness import open_round, open_window

# What Qt's own widgets say in English: none of it may show in Welsh.
QT_ENGLISH = {
    "OK", "&OK", "Cancel", "&Cancel", "Save", "&Save", "Save All", "Open", "&Open", "Yes", "&Yes",
    "No", "&No", "Yes to &All", "N&o to All", "Close", "&Close", "Apply", "Discard", "Help",
    "Reset", "Restore Defaults", "Abort", "Retry", "Ignore", "Close without Saving",
    "&Look in:", "Look in:", "File &name:", "File name:", "Files of &type:", "Files of type:",
    "&Choose", "Choose", "Back", "Forward", "Parent Directory", "Create New Folder", "List View",
    "Detail View", "Name", "Size", "Type", "Date Modified", "Directory:", "New Folder",
    "&New Folder", "&Delete", "Delete", "&Rename", "Show &hidden files", "Show Size", "Show Type",
    "Show Date Modified", "&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Select All",
    "Copy &Link Location", "Show Details...", "Hide Details...", "Folder", "File", "Drive",
    "&Help",
}  # fmt: skip


@pytest.fixture(autouse=True)
def back_to_english():
    yield
    i18n.set_language("en")


def texts_of(root: QWidget, visible_only: bool = True) -> set[str]:
    """Every text a person can read on `root`: buttons, labels, headers, tabs, menus and
    the standard context menus of its text fields."""
    found: set[str] = set()

    def shown(widget: QWidget) -> bool:
        return not visible_only or widget.isVisibleTo(root) or widget is root

    def menu_texts(menu: QMenu) -> None:
        found.add(menu.title())
        for action in menu.actions():
            found.add(action.text())
            if action.menu() is not None:
                menu_texts(action.menu())

    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not shown(widget):
            continue
        found.add(widget.toolTip())
        if isinstance(widget, QAbstractButton | QLabel):
            found.add(widget.text())
        if isinstance(widget, QGroupBox):
            found.add(widget.title())
        if isinstance(widget, QTabBar):
            found.update(widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QHeaderView) and widget.model() is not None:
            model = widget.model()
            count = model.columnCount() if widget.orientation().name == "Horizontal" else 0
            found.update(str(model.headerData(i, widget.orientation()) or "") for i in range(count))
        if isinstance(widget, QMenuBar):
            for action in widget.actions():
                found.add(action.text())
                if action.menu() is not None:
                    menu_texts(action.menu())
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            menu = widget.createStandardContextMenu()
            menu_texts(menu)
            menu.deleteLater()
        for action in widget.actions():
            found.add(action.text())
    return {text.split("\t")[0] for text in found if text}  # "&Copy\tCtrl+C": the words


def english_in(root: QWidget) -> set[str]:
    return texts_of(root) & QT_ENGLISH


def read_modal(qtbot, opens: Callable[[], object]) -> tuple[dict[str, object], set[str]]:
    """Call `opens` (which shows a modal dialog), read the dialog's texts, close it.

    Returns what was seen of the dialog (it may be deleted by the time `opens` returns)
    and the English Qt words on it."""
    seen: dict[str, object] = {}

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, read_and_close)
            return
        seen["dialog"] = {
            "type": type(dialog).__name__,
            "native": not isinstance(dialog, QFileDialog)
            or not dialog.testOption(QFileDialog.Option.DontUseNativeDialog),
        }
        seen["english"] = english_in(dialog)
        seen["all"] = texts_of(dialog)
        dialog.reject()

    QTimer.singleShot(20, read_and_close)
    opens()
    assert "dialog" in seen, "no dialog was shown"
    return seen["dialog"], seen["english"]  # type: ignore[return-value]


def test_qt_standard_buttons_are_welsh_and_english_again(qtbot) -> None:
    buttons = QDialogButtonBox.StandardButton
    every = (
        buttons.Ok | buttons.Cancel | buttons.Save | buttons.Open | buttons.Yes | buttons.No
        | buttons.Close | buttons.Apply | buttons.Discard | buttons.Help | buttons.Reset
        | buttons.YesToAll | buttons.NoToAll | buttons.Abort | buttons.Retry | buttons.Ignore
        | buttons.SaveAll | buttons.RestoreDefaults
    )  # fmt: skip
    i18n.set_language("cy")
    box = QDialogButtonBox(every)
    qtbot.addWidget(box)
    welsh = {b.text() for b in box.buttons()}
    assert {"Iawn", "Canslo", "Cadw", "&Ie", "&Na", "Cau", "Agor", "Cymorth"} <= welsh
    assert welsh.isdisjoint(QT_ENGLISH)
    i18n.set_language("en")
    english = QDialogButtonBox(buttons.Ok | buttons.Cancel)
    qtbot.addWidget(english)
    assert {b.text() for b in english.buttons()} == {"OK", "Cancel"}


def test_text_field_context_menus_are_welsh(qtbot) -> None:
    i18n.set_language("cy")
    for field in (QLineEdit(), QPlainTextEdit(), QTextEdit()):
        qtbot.addWidget(field)
        menu = field.createStandardContextMenu()
        words = {action.text().split("\t")[0] for action in menu.actions() if action.text()}
        assert words.isdisjoint(QT_ENGLISH), words
        assert "&Gludo" in words and "Dewis y cyfan" in words
        menu.deleteLater()


def test_file_dialogs_are_qt_own_and_welsh(qtbot, tmp_path) -> None:
    i18n.set_language("cy")
    service = DialogService()
    for opens in (
        lambda: service.open_file(None, "Dewis ffeil", str(tmp_path), "PDF (*.pdf)"),
        lambda: service.save_file(None, "Cadw", str(tmp_path / "adolygiad.pdf"), "PDF (*.pdf)"),
        lambda: service.choose_folder(None, "Dewis ffolder", str(tmp_path)),
    ):
        dialog, english = read_modal(qtbot, opens)
        assert dialog["type"] == "QFileDialog"
        assert not dialog["native"], "a native dialog is not ours to translate"
        assert english == set()


def test_every_dialog_of_the_service_is_welsh(qtbot) -> None:
    i18n.set_language("cy")
    service = DialogService()
    for opens in (
        lambda: service.error(None, "Gwall", "Neges"),
        lambda: service.info(None, "Gwybodaeth", "Neges"),
        lambda: service.confirm(None, "Cwestiwn", "Neges?"),
        lambda: service.ask_text(None, "Nodyn", "Ysgrifennwch:"),
        lambda: service.ask_secret(None, "Cyfrinymadrodd", "Rhowch y cyfrinymadrodd:"),
        lambda: service.ask_number(None, "Munudau", "Munudau:", 5, 1, 240),
    ):
        _dialog, english = read_modal(qtbot, opens)
        assert english == set()


def test_idle_minutes_are_asked_through_the_dialog_service(qtbot, db, profile_dir) -> None:
    """The idle-lock question was a bare QInputDialog.getInt, English in Welsh and untestable."""
    dialogs = FakeDialogs(numbers=[12])
    window = open_window(qtbot, profile_dir, dialogs, db=db)
    i18n.set_language("cy")
    stray: list[str] = []

    def close_stray() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            stray.append(type(dialog).__name__)
            dialog.reject()

    QTimer.singleShot(100, close_stray)
    window.choose_idle_minutes()
    assert stray == [] and dialogs.numbers == []
    assert window.idle_lock.timer.interval() == 12 * 60_000


def clipped_headers(header: QHeaderView) -> list[str]:
    model = header.model()
    clipped = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        if header.sectionSize(section) < header.sectionSizeHint(section):
            clipped.append(str(model.headerData(section, header.orientation())))
    return clipped


def rounds_header(window, column: int) -> str:
    page = window.rounds_page
    return page.model.headerData(column, page.table.horizontalHeader().orientation())


def test_no_column_header_is_clipped_in_welsh(qtbot, db, round_id, profile_dir) -> None:
    window = open_window(qtbot, profile_dir, FakeDialogs(), db=db)
    window.language_actions["cy"].trigger()
    qtbot.wait(0)
    window.show_rounds()
    qtbot.waitUntil(lambda: window.rounds_page.model.rowCount() > 0)
    assert rounds_header(window, 2) != "Cases done"
    assert clipped_headers(window.rounds_page.table.horizontalHeader()) == []
    workspace = open_round(qtbot, window, round_id)
    assert clipped_headers(workspace.case_table.horizontalHeader()) == []
    window.language_actions["en"].trigger()
    qtbot.wait(0)
    assert clipped_headers(workspace.case_table.horizontalHeader()) == []


def test_every_page_and_dialog_in_welsh_shows_no_english_qt_words(qtbot, db, round_id, profile_dir) -> None:
    setup = open_window(qtbot, profile_dir.parent / "new-cy", FakeDialogs())
    setup.language_actions["cy"].trigger()
    qtbot.wait(0)
    assert english_in(setup) == set(), "setup page"
    assert english_in(setup.setup_page) == set()
    window = open_window(qtbot, profile_dir, FakeDialogs(), db=db)
    window.language_actions["cy"].trigger()
    qtbot.wait(0)
    pages = {"rounds": window.rounds_page, "unlock": window.unlock_page, "chooser": window.chooser_page}
    for name, page in pages.items():
        window.stack.setCurrentWidget(page)
        qtbot.wait(0)
        assert english_in(page) == set(), name
    assert english_in(window) - {""} == set(), "menus"
    workspace = open_round(qtbot, window, round_id)
    assert english_in(workspace) == set(), "workspace"
    dialog = ChangePassphraseDialog(ProfileSession(db), FakeDialogs(), window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert english_in(dialog) == set(), "change passphrase"
    dialog.reject()
    window.dialogs = DialogService()
    _idle, english = read_modal(qtbot, window.choose_idle_minutes)
    assert english == set(), "idle minutes"
    folder = str(profile_dir)
    _files, english = read_modal(qtbot, lambda: window.dialogs.open_file(window, "Agor", folder, "*.pdf"))
    assert english == set(), "file dialog"


def test_wrong_passphrase_message_and_help_menu_follow_a_switch(qtbot, db, profile_dir) -> None:
    window = open_window(qtbot, profile_dir, FakeDialogs(), db=db)
    window.lock(ask=False)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.unlock_page)
    from desktop.ui.shell.start_pages import UnlockProblem

    window.unlock_page.show_problem(UnlockProblem.WRONG_PASSPHRASE)
    english = window.unlock_page.message.text()
    window.language_actions["cy"].trigger()
    qtbot.wait(0)
    assert window.unlock_page.message.text() not in ("", english)
    assert window.help_menu.title() == "Cy&morth"
    assert window.shortcuts_action.text() != "&Keyboard shortcuts"


def mnemonic(text: str) -> str | None:
    """The Alt+ letter of a label ("Ag&or" → "o"), if it has one."""
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].lower() if 0 <= at < len(plain) - 1 else None


def test_review_fixes_alt_letters_unique_on_the_rounds_page(qtbot, db, round_id, profile_dir) -> None:
    """WELSH-REVIEW.md: "&Agor cylch" shared Alt+A with "&Adolygu"; Welsh words fixed."""
    window = open_window(qtbot, profile_dir, FakeDialogs(), db=db)
    for language in ("en", "cy"):
        window.language_actions[language].trigger()
        qtbot.wait(0)
        window.show_rounds()
        letters = [mnemonic(a.text()) for a in window.menuBar().actions()]
        page = window.rounds_page
        letters += [mnemonic(b.text()) for b in page.findChildren(QAbstractButton) if b.isVisibleTo(page)]
        letters = [letter for letter in letters if letter]
        assert len(letters) == len(set(letters)), (language, letters)
    assert window.rounds_page.open_button.text() == "Ag&or cylch"
    assert rounds_header(window, 2) == "Cwblhawyd"
    assert i18n.tr("Mark complete") == "Nodi'n gyflawn"
    assert i18n.tr("This is the demo. Its passphrase is: {passphrase}").startswith(
        "Dyma'r fersiwn arddangos. Y cyfrinymadrodd yw:"
    )
