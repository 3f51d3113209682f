"""Every dialog, and the coordinator's pages, usable at 200% text on a 1366x768 screen.

In English and in Welsh (longer words): each dialog must fit the screen, and no button,
field, drop-down or list in it may be squashed or cut off (`tests.ui.fit`); no wrapped
paragraph may lose lines.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from desktop.services.review_packages import ReviewSummary
from desktop.services.session import ProfileSession
from desktop.storage.backup import BEFORE_MIGRATION, DAILY, Backup
from desktop.ui import i18n
from desktop.ui.dialogs import DialogService
from desktop.ui.text_size import apply_text_size
from tests.ui.coordinator_harness import coordinator_window
from tests.ui.fit import cut_off_controls
from tests.ui.test_large_text import clipped_labels

SCREEN = (1366, 768)
LANGUAGES = ("en", "cy")
FINGERPRINT = "04127 55290 81734 00961 37402 66518"


@pytest.fixture(params=LANGUAGES)
def large_text(request, qtbot):
    """200% text in the given language; normal text in English afterwards."""
    i18n.set_language(request.param)
    apply_text_size(200)
    yield request.param
    apply_text_size(100)
    i18n.set_language("en")


def fit_to_screen(dialog: QWidget) -> None:
    """Show `dialog` as a window manager would on a 1366x768 screen: no larger than it."""
    dialog.show()
    for _ in range(3):
        QApplication.processEvents()
    dialog.resize(min(dialog.width(), SCREEN[0]), min(dialog.height(), SCREEN[1]))
    for _ in range(3):
        QApplication.processEvents()


def problems(dialog: QWidget) -> list[str]:
    found = []
    if dialog.width() > SCREEN[0] or dialog.height() > SCREEN[1]:
        found.append(f"{dialog.objectName()}: {dialog.width()}x{dialog.height()} is larger than the screen")
    return found + cut_off_controls(dialog) + clipped_labels(dialog)


def check(qtbot, dialog: QDialog) -> None:
    qtbot.addWidget(dialog)
    fit_to_screen(dialog)
    assert problems(dialog) == []
    dialog.reject()


def test_change_passphrase_dialog(qtbot, large_text, db) -> None:
    from desktop.ui.shell.passphrase_dialog import ChangePassphraseDialog

    dialog = ChangePassphraseDialog(ProfileSession(db), DialogService())
    qtbot.addWidget(dialog)
    fit_to_screen(dialog)
    dialog.fields["current"].setText("wrong")
    dialog.fields["new"].setText("short")
    qtbot.waitUntil(lambda: dialog.strength_meter.label.text() != "")
    dialog.submit()  # a message appears under the fields, after the dialog is on screen
    qtbot.waitUntil(dialog.ok_button.isEnabled)  # the passphrase is checked off the GUI thread
    fit_to_screen(dialog)
    assert dialog.message.text()
    assert problems(dialog) == []


def test_restore_dialog(qtbot, large_text, tmp_path: Path) -> None:
    from desktop.ui.shell.restore_dialog import RestoreDialog

    backups = [
        Backup(tmp_path / f"{day}.db", datetime(2026, 11, day, 9, 30), kind)
        for day, kind in ((20, DAILY), (19, BEFORE_MIGRATION), (18, DAILY))
    ]
    check(qtbot, RestoreDialog(backups))


@pytest.mark.parametrize("confirm", [True, False])
def test_fingerprint_dialogs(qtbot, large_text, confirm) -> None:
    from desktop.ui.member.fingerprint_dialog import card_dialog, coordinator_dialog

    if confirm:
        dialog = coordinator_dialog("Olwen Price (OPCC)", FINGERPRINT)
    else:
        dialog = card_dialog(Path("Documents") / "gwen-jones-member-card.prcard", FINGERPRINT)
    check(qtbot, dialog)


def test_send_review_dialogs(qtbot, large_text, tmp_path: Path) -> None:
    from desktop.ui.member.send_review_dialogs import ReviewSavedDialog, ReviewSummaryDialog

    summary = ReviewSummary(
        cases=12, complete=tuple(f"HC-{i:02d}" for i in range(8)),
        incomplete=("HC-09", "HC-10"), deferred=("HC-11", "HC-12"), coordinator="Olwen Price (OPCC)",
    )  # fmt: skip
    check(qtbot, ReviewSummaryDialog(summary))
    check(qtbot, ReviewSavedDialog(tmp_path / "reviews" / "gwen-jones-review.prreview"))


def test_card_dialog(qtbot, large_text) -> None:
    from desktop.ui.coordinator.card_dialog import CardDialog

    check(qtbot, CardDialog("Bethan Evans", FINGERPRINT))


def test_new_round_dialog(qtbot, large_text, db) -> None:
    from desktop.ui.coordinator.new_round_dialog import NewRoundDialog

    dialog = NewRoundDialog(ProfileSession(db))
    qtbot.addWidget(dialog)
    fit_to_screen(dialog)
    dialog.check_and_create()  # nothing filled in: the problems are listed
    fit_to_screen(dialog)
    assert problems(dialog) == []


def run_modal(qtbot, ask) -> list[str]:
    """Open a DialogService prompt, check it as it shows, and cancel it."""
    found: list[str] = []

    def inspect() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, inspect)
            return
        fit_to_screen(dialog)
        found.extend(problems(dialog) or [])
        found.append("seen")
        dialog.reject()

    QTimer.singleShot(0, inspect)
    ask()
    assert "seen" in found
    found.remove("seen")
    return found


LONG = (
    "The reviews file could not be opened because it is damaged. Your latest backup can be "
    "put back; work done since it was made will not be in it."
)


@pytest.mark.parametrize("kind", ["error", "info", "confirm", "ask_text", "ask_number", "ask_secret"])
def test_dialog_service_prompts(qtbot, large_text, kind) -> None:
    from desktop.ui.i18n import tr

    service = DialogService()
    title, message = tr("Defer case"), tr("What further information is needed to judge this case?")
    asks = {
        "error": lambda: service.error(None, title, LONG),
        "info": lambda: service.info(None, title, LONG),
        "confirm": lambda: service.confirm(None, title, LONG),
        "ask_text": lambda: service.ask_text(None, title, message, "Custody record for 12 May"),
        "ask_number": lambda: service.ask_number(None, title, message, 2, 1, 9),
        "ask_secret": lambda: service.ask_secret(None, title, message),
    }
    assert run_modal(qtbot, asks[kind]) == []


@pytest.mark.parametrize("asked", ["export", "untranslated"])
def test_a_choice_shows_every_button_whole(qtbot, large_text, asked) -> None:
    """The choices of the Translation page's export and of writing a report with texts
    not yet translated: Qt caps a message box's width, and at 200% the long Welsh
    buttons were squashed to a few letters each."""
    from desktop.ui.i18n import tr

    service = DialogService()
    choices = {
        "export": [
            tr("XLIFF, for translation tools"),
            tr("A Word table: the text and a column to translate into"),
        ],
        "untranslated": [
            tr("Translate them now"),
            tr("Send them for translation…"),
            tr("Write it in English only"),
        ],
    }[asked]
    found = run_modal(qtbot, lambda: service.choose(None, tr("Export for translation"), LONG, choices))
    assert found == []


def test_a_row_of_choices_just_narrower_than_the_cap_is_not_squashed(qtbot) -> None:
    """The retention report's four Welsh choices at normal text on a 1366x768 screen: the
    row was a few pixels narrower than Qt's cap on a message box, so it stayed side by
    side, but the box's own margins left it too little room and a button lost 6 pixels.
    One choice grows a letter at a time, across the cap, and no button is ever cut off."""
    service = DialogService()
    squashed = []
    for letters in range(0, 44):
        choices = ["m" * 10, "m" * 10, "m" * 10, "m" * letters]
        found = run_modal(qtbot, lambda c=choices: service.choose(None, "Retention report", LONG, c))
        squashed += [f"{letters}: {cut}" for cut in found]
    assert squashed == []


def test_coordinator_pages_in_welsh_at_largest_text(qtbot, tmp_path: Path) -> None:
    window, db = coordinator_window(qtbot, tmp_path)
    try:
        i18n.set_language("cy")
        window.text_size_actions[200].trigger()
        window.resize(*SCREEN)
        home = window.coordinator_home
        for page in home.pages():
            home.tabs.setCurrentWidget(page)
            for _ in range(3):
                QApplication.processEvents()
            assert cut_off_controls(page) == [], page.objectName()
    finally:
        apply_text_size(100)
        i18n.set_language("en")
        window.close()
        db.close()
