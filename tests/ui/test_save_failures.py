"""A save that fails is shown where the member is looking, kept, and retried until it lands.

Each test makes the fault real: the profile lives on a small tmpfs that is filled to
the last byte, or its files are made immutable while the app has them open. Nothing
here mocks the database.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop.paths import database_path
from desktop.services import profile, review
from desktop.services.rounds import add_round
from tests.conftest import PASSPHRASE, make_cases, small_template_body
from tests.fs_faults import fill, tmpfs, write_protected
from tests.ui.fakes import FakeDialogs
from tests.ui.harness import open_round, open_window, press, stored, type_text, wait_idle

Ctrl = Qt.KeyboardModifier.ControlModifier


class Disk:
    """A 4 MB disk holding the profile, to fill to the last byte and free again."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.filler: Path | None = None

    def fill(self) -> None:
        self.filler = fill(self.root)

    def free(self) -> None:
        if self.filler is not None:
            self.filler.unlink()


@pytest.fixture
def disk(tmp_path: Path):
    with tmpfs(tmp_path / "disk", 4 * 1024 * 1024) as root:
        yield Disk(root)


@pytest.fixture
def dialogs() -> FakeDialogs:
    return FakeDialogs()


def _window_on(qtbot, folder: Path, dialogs: FakeDialogs):
    """A real window on a new profile in `folder`, with a round open."""
    db = profile.create_profile(folder, "Test Member", PASSPHRASE, "en")
    round_id = add_round(db, "Test round", small_template_body(), make_cases(), due_date="2026-12-31")
    window = open_window(qtbot, folder, dialogs, db=db)
    workspace = open_round(qtbot, window, round_id)
    yield window, workspace, db, folder
    window.close()
    db.close()


@pytest.fixture
def setup(qtbot, disk: Disk, dialogs: FakeDialogs):
    """On the small disk (tmpfs, which cannot make files immutable)."""
    yield from _window_on(qtbot, disk.root / "profile", dialogs)


@pytest.fixture
def local_setup(qtbot, tmp_path: Path, dialogs: FakeDialogs):
    """On the local disk, where `chattr +i` works."""
    yield from _window_on(qtbot, tmp_path / "profile", dialogs)


def write_note(qtbot, question, text: str) -> None:
    question.note_edit.setFocus()
    type_text(qtbot, question.note_edit, text)
    question.flush()
    wait_idle(qtbot)  # saved, or refused by the disk and kept: either way, settled


def choose(qtbot, question, index: int) -> None:
    question.choose(index)
    wait_idle(qtbot)


def test_full_disk_keeps_the_answer_and_note_shows_why_and_saves_once_freed(qtbot, disk, setup) -> None:
    _window, ws, db, _folder = setup
    case_id = ws.case_id
    assessed = ws.checklist.questions["assessed"]
    disk.fill()
    choose(qtbot, assessed, 1)  # "No"
    write_note(qtbot, assessed, "Seen in the log on 3 May.")

    assert stored(db, case_id, "assessed") is None, "nothing can be on disk yet"
    assert ws.save_banner.isVisible()
    assert "disk is full" in ws.save_banner.message.text()
    assert "Not saved" in ws.save_banner.message.text()
    assert assessed.unsaved_label.isVisible() and "Not saved" in assessed.accessibleDescription()
    # said on the fields a screen reader lands on, not only on the question's frame
    assert "Not saved" in assessed.note_edit.accessibleDescription()
    assert "Not saved" in assessed._buttons[1].accessibleDescription()
    retry = ws.save_banner.retry_button
    assert retry.accessibleName() == retry.text().replace("&", ""), "spoken name = visible name"
    assert assessed.note_edit.toPlainText() == "Seen in the log on 3 May."
    assert assessed._buttons[1].isChecked(), "the chosen answer stays chosen"

    type_text(qtbot, assessed.note_edit, " Then again on 5 May.")  # typing goes on meanwhile
    assessed.flush()
    disk.free()
    qtbot.mouseClick(ws.save_banner.retry_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)

    saved = stored(db, case_id, "assessed")
    assert (saved.value, saved.note) == ("no", "Seen in the log on 3 May. Then again on 5 May.")
    assert not ws.save_banner.isVisible() and not assessed.unsaved_label.isVisible()
    assert assessed.note_edit.toPlainText() == saved.note


def test_saving_is_retried_by_itself_and_survives_a_case_switch(qtbot, disk, setup) -> None:
    _window, ws, db, _folder = setup
    first = ws.case_id
    disk.fill()
    write_note(qtbot, ws.checklist.questions["assessed"], "Written while the disk was full.")
    press(qtbot, Qt.Key.Key_PageDown, Qt.KeyboardModifier.AltModifier)  # next case
    qtbot.waitUntil(lambda: ws.case_id != first)
    assert ws.save_banner.isVisible(), "the member is told on every case until it is saved"
    press(qtbot, Qt.Key.Key_PageUp, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: ws.case_id == first)
    assessed = ws.checklist.questions["assessed"]
    assert assessed.note_edit.toPlainText() == "Written while the disk was full."
    assert assessed.unsaved_label.isVisible()

    disk.free()
    qtbot.waitUntil(lambda: not ws.save_banner.isVisible(), timeout=15_000)
    assert stored(db, first, "assessed").note == "Written while the disk was full."
    assert not assessed.unsaved_label.isVisible()


def test_a_file_that_cannot_be_written_is_explained_and_nothing_is_lost(qtbot, local_setup) -> None:
    _window, ws, db, folder = local_setup
    case_id = ws.case_id
    contact = ws.checklist.questions["contact"]
    files = [database_path(folder), database_path(folder).with_name("panel-review.db-wal")]
    with write_protected(*files):
        choose(qtbot, contact, 0)  # "Yes"
        assert "cannot write" in ws.save_banner.message.text()
        assert contact.unsaved_label.isVisible()
    qtbot.mouseClick(ws.save_banner.retry_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    assert stored(db, case_id, "contact").value == "yes"
    assert not ws.save_banner.isVisible()


def test_quitting_with_unsaved_changes_asks_first(qtbot, disk, setup, dialogs) -> None:
    window, ws, _db, folder = setup
    disk.fill()
    choose(qtbot, ws.checklist.questions["assessed"], 0)
    dialogs.confirmations.append(False)  # "Quit anyway?" -> No
    window.close()
    assert window.isVisible(), "the window stays open when the member says no"
    assert ws.save_banner.isVisible()
    disk.free()
    case_id = ws.case_id
    window.close()  # saved on the way out: no question asked
    assert not window.isVisible()
    reopened = profile.unlock(folder, PASSPHRASE)  # closing closed the profile and forgot its key
    assert stored(reopened, case_id, "assessed").value == "yes"
    reopened.close()


def test_locking_with_unsaved_changes_keeps_them_and_saves_after_unlock(qtbot, disk, setup, dialogs) -> None:
    window, ws, _db, folder = setup
    case_id = ws.case_id
    disk.fill()
    write_note(qtbot, ws.checklist.questions["contact"], "Contact by letter only.")
    dialogs.confirmations.append(True)  # "Lock now?" -> Yes
    press(qtbot, Qt.Key.Key_L, Ctrl)
    assert window.session is None and window.stack.currentWidget() is window.unlock_page
    disk.free()
    page = window.unlock_page
    page.passphrase_edit.setText(PASSPHRASE)
    QTest.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
    wait_idle(qtbot)
    assert window.workspace is not None and window.workspace.case_id == case_id
    reopened = profile.unlock(folder, PASSPHRASE)
    assert review.open_case(reopened, case_id).answers["contact"].note == "Contact by letter only."
    reopened.close()
    assert not window.workspace.save_banner.isVisible()


def test_a_status_change_that_cannot_be_saved_says_why(qtbot, disk, setup, dialogs) -> None:
    _window, ws, db, _folder = setup
    disk.fill()
    dialogs.texts.append("Need the MAVIS form.")
    ws.defer_case()
    wait_idle(qtbot)
    assert dialogs.errors and "disk is full" in dialogs.errors[-1][1]
    assert review.open_case(db, ws.case_id).case.status == "not_started"


def test_a_file_damaged_while_working_is_explained_and_the_text_kept(qtbot, local_setup, dialogs) -> None:
    _window, ws, db, folder = local_setup
    case_id = ws.case_id
    with db.engine.connect() as conn:  # everything into the main file, so damage there is what counts
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    damaged = database_path(folder)
    pages = damaged.stat().st_size // 4096
    with damaged.open("r+b") as raw:
        for page in range(2, pages):
            raw.seek(page * 4096 + 100)
            raw.write(b"\xde\xad" * 50)
    db.engine.dispose()  # the next save reads from the file, not from a connection's page cache
    question = ws.checklist.questions["assessed"]
    write_note(qtbot, question, "Typed after the damage.")
    assert "damaged" in ws.save_banner.message.text()
    assert question.unsaved_label.isVisible()
    assert question.note_edit.toPlainText() == "Typed after the damage."
    assert [e.value for e in ws.pending.waiting(case_id)] == ["Typed after the damage."]
    dialogs.confirmations.append(True)  # quitting now would lose it: the member is asked


def test_undo_of_a_change_still_waiting_undoes_that_change(qtbot, disk, setup) -> None:
    """Ctrl+Z while a note waits: it takes back the waiting text, not an older saved step."""
    _window, ws, db, _folder = setup
    question = ws.checklist.questions["assessed"]
    write_note(qtbot, question, "A")
    disk.fill()
    write_note(qtbot, question, "BCDEF")
    assert [e.value for e in ws.pending.waiting()] == ["ABCDEF"]
    disk.free()
    ws.undo_stack.undo()
    assert question.note_edit.toPlainText() == "A"
    wait_idle(qtbot)
    assert stored(db, ws.case_id, "assessed").note == "A"
    ws.undo_stack.redo()
    assert question.note_edit.toPlainText() == "ABCDEF"
    wait_idle(qtbot)
    assert stored(db, ws.case_id, "assessed").note == "ABCDEF"


def test_an_undo_that_cannot_be_saved_is_shown_and_saved_later(qtbot, disk, setup) -> None:
    _window, ws, db, _folder = setup
    question = ws.checklist.questions["assessed"]
    write_note(qtbot, question, "first")
    write_note(qtbot, question, " second")
    disk.fill()
    ws.undo_stack.undo()
    assert question.note_edit.toPlainText() == "first", "what the member sees is what will be stored"
    wait_idle(qtbot)
    assert question.unsaved_label.isVisible()
    ws.checklist.questions["contact"].setFocus()  # moving on must not put the undone text back
    question.flush()
    disk.free()
    ws.pending.retry()
    wait_idle(qtbot)
    assert stored(db, ws.case_id, "assessed").note == "first"
    assert question.note_edit.toPlainText() == "first"


def test_an_edit_that_can_never_be_saved_is_reported_and_does_not_block_the_rest(
    qtbot, disk, setup, dialogs
) -> None:
    from desktop.ui.member.pending_saves import Edit

    _window, ws, db, _folder = setup
    disk.fill()
    write_note(qtbot, ws.checklist.questions["assessed"], "keep me")
    ws.pending.submit(Edit(999_999, "assessed", "note", "for a case that is not there"))
    wait_idle(qtbot)
    disk.free()
    ws.pending.retry()
    wait_idle(qtbot)
    assert stored(db, ws.case_id, "assessed").note == "keep me"
    assert ws.pending.waiting() == []
    assert dialogs.errors and "discarded" in dialogs.errors[-1][1]


def test_a_note_kept_through_a_lock_is_shown_after_unlock_and_stays(qtbot, disk, setup, dialogs) -> None:
    window, ws, _db, _folder = setup
    case_id = ws.case_id
    disk.fill()
    write_note(qtbot, ws.checklist.questions["contact"], "Contact by letter only.")
    dialogs.confirmations.append(True)
    press(qtbot, Qt.Key.Key_L, Ctrl)
    disk.free()
    page = window.unlock_page
    page.passphrase_edit.setText(PASSPHRASE)
    QTest.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
    wait_idle(qtbot)
    after = window.workspace
    note = after.checklist.questions["contact"].note_edit
    assert note.toPlainText() == "Contact by letter only."
    after.step_case(1)
    after.step_case(-1)
    wait_idle(qtbot)
    assert window.session.run(review.open_case, case_id).answers["contact"].note == "Contact by letter only."
    assert note.toPlainText() == "Contact by letter only."


def test_after_a_successful_try_again_focus_returns_to_the_question(qtbot, disk, setup) -> None:
    _window, ws, _db, _folder = setup
    disk.fill()
    choose(qtbot, ws.checklist.questions["contact"], 0)
    ws.save_banner.retry_button.setFocus()
    disk.free()
    press(qtbot, Qt.Key.Key_Space)
    wait_idle(qtbot)
    assert not ws.save_banner.isVisible()
    assert ws.checklist.current_question() == "contact"
    assert "Not saved" not in ws.checklist.questions["contact"].note_edit.accessibleDescription()


def test_try_again_while_a_save_is_on_its_way_tries_again_when_it_ends(qtbot, disk, setup) -> None:
    """ "Try again now" clicked while an earlier try is still running (the member has just
    freed some space) is not lost: the edits are offered again the moment that try ends,
    not at the next scheduled retry, seconds later."""
    _window, ws, db, _folder = setup
    case_id = ws.case_id
    assessed = ws.checklist.questions["assessed"]
    disk.fill()
    choose(qtbot, assessed, 1)  # "No": refused, and a retry scheduled
    assert ws.pending.fault is not None and ws.pending.timer.isActive()
    write_note(qtbot, assessed, "Seen in the log on 3 May.")
    tries: list[object] = []
    ws.pending.changed.connect(lambda: tries.append(ws.pending.fault))
    type_text(qtbot, assessed.note_edit, " And 5 May.")
    assessed.flush()  # a try on its way, against the full disk
    assert ws.pending.waiting() and ws.pending._in_flight is not None
    qtbot.mouseClick(ws.save_banner.retry_button, Qt.MouseButton.LeftButton)  # while it runs
    # shown as not saved, refused, and tried again at once: well before the next scheduled
    # try, which is at least 6 s away by now
    qtbot.waitUntil(lambda: len(tries) >= 3, timeout=2_000)
    wait_idle(qtbot)
    assert ws.pending.timer.isActive(), "refused again (still full): the next try is scheduled"
    disk.free()
    qtbot.mouseClick(ws.save_banner.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not ws.pending.waiting(), timeout=10_000)
    saved = stored(db, case_id, "assessed")
    assert (saved.value, saved.note) == ("no", "Seen in the log on 3 May. And 5 May.")


def test_a_note_marked_welsh_on_a_full_disk_stays_welsh_and_lands_once_freed(qtbot, disk, setup) -> None:
    _window, ws, db, _folder = setup
    case_id = ws.case_id
    strands = ws.checklist.questions["strands"]
    disk.fill()
    write_note(qtbot, strands, "Dim ond hil a gofnodwyd.")
    strands.note_language_combo.setFocus()
    press(qtbot, Qt.Key.Key_Down)  # Cymraeg
    wait_idle(qtbot)
    assert stored(db, case_id, "strands") is None, "nothing can be on disk yet"
    assert strands.unsaved_label.isVisible()
    assert strands.note_language_combo.currentText() == "Cymraeg", "shown as chosen while kept"
    disk.free()
    qtbot.mouseClick(ws.save_banner.retry_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    saved = stored(db, case_id, "strands")
    assert (saved.note, saved.note_language) == ("Dim ond hil a gofnodwyd.", "cy")
    assert strands.note_language_combo.currentText() == "Cymraeg"
