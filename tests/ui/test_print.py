""" "Print my review" from the window: a real PDF, read back, in the interface language."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from desktop.ui import i18n
from tests.ui.fakes import FakeDialogs
from tests.ui.harness import open_round, open_window, wait_idle


def pdf_text(path: Path) -> str:
    """All pages' text with white space folded (table cells wrap their lines)."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_print_my_review_writes_the_answers_and_notes(qtbot, db, round_id, profile_dir, tmp_path) -> None:
    dialogs = FakeDialogs()
    window = open_window(qtbot, profile_dir, dialogs, db=db)
    workspace = open_round(qtbot, window, round_id)
    assessed = workspace.checklist.questions["assessed"]
    assessed.choose(1)
    assessed.note_edit.setPlainText("Risk assessment missing from the log")
    target = tmp_path / "review"
    dialogs.files.append(str(target))
    dialogs.confirmations += [False, False]  # all cases, please; do not open it now
    window.print_action.trigger()
    wait_idle(qtbot)
    written = tmp_path / "review.pdf"
    assert "Print only the 1 cases you have started?" in dialogs.asked[0][1]
    assert str(written) in dialogs.asked[-1][1]
    text = pdf_text(written)
    for expected in ("Test round", "Test Member", "TEST-001", "TEST-003", "Was risk assessed?",
                     "Risk assessment missing from the log"):  # fmt: skip
        assert expected in text, expected
    window.close()


def test_printed_in_welsh_when_the_interface_is_welsh(qtbot, db, round_id, profile_dir, tmp_path) -> None:
    dialogs = FakeDialogs()
    window = open_window(qtbot, profile_dir, dialogs, db=db)
    open_round(qtbot, window, round_id)
    i18n.set_language("cy")
    dialogs.files.append(str(tmp_path / "adolygiad.pdf"))
    dialogs.confirmations.append(False)  # nothing started: no choice to make; then "open it?"
    try:
        window.print_action.trigger()
        wait_idle(qtbot)
    finally:
        i18n.set_language("en")
    text = pdf_text(tmp_path / "adolygiad.pdf")
    assert "A aseswyd y risg?" in text and "Was risk assessed?" not in text


def test_cancelled_save_dialog_writes_nothing(qtbot, db, round_id, profile_dir, tmp_path) -> None:
    dialogs = FakeDialogs()
    window = open_window(qtbot, profile_dir, dialogs, db=db)
    open_round(qtbot, window, round_id)
    dialogs.files.append(None)
    window.print_action.trigger()
    wait_idle(qtbot)
    assert not list(tmp_path.glob("*.pdf")) and not dialogs.infos and not dialogs.errors


def test_unwritable_folder_gives_a_plain_message(qtbot, db, round_id, profile_dir, tmp_path) -> None:
    dialogs = FakeDialogs()
    window = open_window(qtbot, profile_dir, dialogs, db=db)
    open_round(qtbot, window, round_id)
    dialogs.files.append(str(tmp_path / "no-such-folder" / "review.pdf"))
    window.print_action.trigger()
    wait_idle(qtbot)
    assert dialogs.errors and "could not be saved" in dialogs.errors[-1][1]


def test_only_the_cases_started_are_printed_when_the_member_says_so(
    qtbot, db, round_id, profile_dir, tmp_path
) -> None:
    dialogs = FakeDialogs()
    window = open_window(qtbot, profile_dir, dialogs, db=db)
    workspace = open_round(qtbot, window, round_id)
    workspace.checklist.questions["assessed"].choose(1)
    dialogs.files.append(str(tmp_path / "mine.pdf"))
    dialogs.confirmations += [True, False]
    window.print_action.trigger()
    wait_idle(qtbot)
    reader = PdfReader(tmp_path / "mine.pdf")
    text = pdf_text(tmp_path / "mine.pdf")
    assert "TEST-001" in text and "TEST-002" not in text and "TEST-003" not in text
    assert len(reader.pages) == 2, "the cover, then the one case started on a page of its own"
    assert "Case summary" in text and "Fictional test case 1." in text
    assert "Points I flagged for the meeting" in text and "marks an answer that usually calls" in text
    window.close()
