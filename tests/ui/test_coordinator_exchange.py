"""Assignment, packs and inbox through the coordinator's screens, with members on real profiles:
auto-assign, export packs members can open, and import their reviews, one of them refused."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop.services import assignment_packs, coordinator_rounds, identity, review_packages, roster, rounds
from tests.services.exchange_world import make_profile, write_case_list
from tests.ui.coordinator_harness import drop_files, table_texts, wait_operations
from tests.ui.fakes import FakeDialogs
from tests.ui.harness import open_window, press

NAMES = ("Aled Jones", "Bethan Evans", "Ceri Hughes")


def _office(qtbot, root):
    """A coordinator with three confirmed members, one unconfirmed, and a round of 4 cases."""
    db = make_profile(root / "office", "Olwen Price (OPCC)", "coordinator")
    members = {}
    for name in (*NAMES, "Dafydd Owen"):
        member = make_profile(root / name.split()[0].lower(), name, "member")
        card = root / f"{name.split()[0].lower()}.prcard"
        identity.export_card(member, card)
        roster.enrol(db, card, confirmed=name != "Dafydd Owen")
        members[name] = member
    csv_path, docs = write_case_list(root / "input", 4)
    coordinator_rounds.create_round(db, csv_path, docs, title="Q3 hate crime", template_id="hate-crime")
    dialogs = FakeDialogs()
    window = open_window(qtbot, root / "office", dialogs, db=db)
    wait_operations(qtbot)  # the pages' rows are read off the GUI thread
    return window, db, members, dialogs


def _cells(page) -> list[list[str]]:
    return table_texts(page.view)


def test_assign_by_hand_and_automatically(qtbot, tmp_path, monkeypatch) -> None:
    window, _db, members, dialogs = _office(qtbot, tmp_path)
    home = window.coordinator_home
    home.tabs.setCurrentWidget(home.assignment_page)
    page = home.assignment_page
    model = page.model
    qtbot.waitUntil(lambda: model.rowCount() == 4 and model.columnCount() == 4)  # read off the GUI thread
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Aled Jones", "Bethan Evans", "Ceri Hughes", "Dafydd Owen (not confirmed)"]
    tooltip = model.headerData(3, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "not yet confirmed" in tooltip

    page.view.setFocus()
    page.view.setCurrentIndex(model.index(0, 0))
    reads = page.grid.reads
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: _cells(page)[0][0] == "✓ Assigned")
    assert "assigned" in page.status.text()
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: _cells(page)[0][0] == "—")
    assert page.grid.reads == reads, "a toggle repaints its cell: the grid is not read again"
    assert page.view.currentIndex() == model.index(0, 0) and QApplication.focusWidget() is page.view
    page.view.setCurrentIndex(model.index(1, 1))
    qtbot.mouseClick(page.conflict_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _cells(page)[1][1] == "Conflict")
    page.view.setFocus()
    page.view.setCurrentIndex(model.index(0, 3))
    press(qtbot, Qt.Key.Key_Return)
    assert _cells(page)[0][3] == "—" and "not yet confirmed" in page.status.text()

    dialogs.numbers.append(3)
    qtbot.mouseClick(page.auto_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(dialogs.infos) == 1)
    qtbot.waitUntil(lambda: not page.grid.running)
    rows = _cells(page)
    assert [row[:3].count("✓ Assigned") for row in rows] == [3, 2, 3, 3]
    assert "HC-002" in dialogs.infos[-1][1], "the case with a conflict could not get 3 members"
    window.close()
    for member in members.values():
        member.close()


def test_packs_go_out_and_reviews_come_back_one_refused(qtbot, tmp_path, monkeypatch) -> None:
    window, db, members, _dialogs = _office(qtbot, tmp_path)
    home = window.coordinator_home
    coordinator_rounds.auto_assign(db, home.round_id, 2)  # through the service: the grid is tested above
    out = tmp_path / "outbox"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    packs = home.packs_page
    home.tabs.setCurrentWidget(packs)
    window.resize(1280, 800)
    QApplication.processEvents()
    # With nothing exported yet the controls sit together under the words, not spread
    # down a tall empty page.
    below_intro = packs.export_button.geometry().bottom() - packs.intro.geometry().bottom()
    assert below_intro < 4 * packs.export_button.height(), below_intro
    qtbot.mouseClick(packs.export_button, Qt.MouseButton.LeftButton)
    wait_operations(qtbot)
    QApplication.processEvents()
    assert packs.table.height() > packs.height() // 3, "the list of packs gets the room"
    written = table_texts(packs.table)
    assert sorted(row[0] for row in written) == list(NAMES)
    assert "Email each file to the member the table gives for it" in packs.done_label.text()
    for member, file_name, *_ in written:  # the table says whom each file is for; its name does not
        assert re.fullmatch(r"HC-\d{4}Q\d-pack-M0\d-r2\.prpack", file_name), file_name
        assert not {part.lower() for part in member.split()} & set(file_name.lower().split("-"))
    assert packs.show_button.isVisible()

    returned = []
    for row in written:
        member = members[row[0]]
        path = out / row[1]
        preview = assignment_packs.preview_pack(member, path)
        assignment_packs.import_pack(member, path, confirmed_fingerprint=preview.fingerprint)
        (round_row,) = rounds.list_rounds(member)
        assert round_row.cases_total == int(row[2])
        returned.append(review_packages.export_review(member, round_row.id, tmp_path / "back").path)
    forged = tmp_path / "forged.prreview"
    forged.write_bytes(returned[0].read_bytes()[:-40] + bytes(40))  # altered on the way

    inbox = home.inbox_page
    home.tabs.setCurrentWidget(inbox)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in returned[:2]], ""))
    qtbot.mouseClick(inbox.import_button, Qt.MouseButton.LeftButton)
    wait_operations(qtbot)
    assert [row[1] for row in table_texts(inbox.fate_table)] == ["Accepted", "Accepted"]
    drop_files(inbox, [returned[2], forged, returned[0]])
    wait_operations(qtbot)
    fates = table_texts(inbox.fate_table)
    assert [row[1] for row in fates] == ["Accepted", "Rejected", "Already imported"]
    assert fates[1][4], "a rejection says why in plain words"
    assert "Accepted: 1" in inbox.summary.text()
    progress = table_texts(inbox.progress_table)
    assert [row[0] for row in progress] == list(NAMES)
    assert all(row[2] == "1" and row[5] != "Nothing back yet" for row in progress)
    assert all(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ 20\d\d, \d\d:\d\d UTC", row[5]) for row in progress), (
        progress
    )
    window.close()
    for member in members.values():
        member.close()


def test_the_inbox_reads_the_round_progress_once_after_an_import(qtbot, tmp_path) -> None:
    """It read it twice: once itself, once more when its own import was announced."""
    window, db, members, _dialogs = _office(qtbot, tmp_path)
    home = window.coordinator_home
    coordinator_rounds.auto_assign(db, home.round_id, 2)
    exported = assignment_packs.export_packs(db, home.round_id, tmp_path / "outbox")
    pack = next(p for p in exported.packs if p.member == "Aled Jones")
    aled = members["Aled Jones"]
    preview = assignment_packs.preview_pack(aled, pack.path)
    assignment_packs.import_pack(aled, pack.path, confirmed_fingerprint=preview.fingerprint)
    (member_round,) = rounds.list_rounds(aled)
    returned = review_packages.export_review(aled, member_round.id, tmp_path / "back").path
    inbox = home.inbox_page
    home.tabs.setCurrentWidget(inbox)
    wait_operations(qtbot)
    shown: list[int] = []
    inbox.progress.modelReset.connect(lambda: shown.append(len(shown)))

    drop_files(inbox, [returned])
    wait_operations(qtbot)
    assert [row[1] for row in table_texts(inbox.fate_table)] == ["Accepted"]
    assert len(shown) == 1, f"the progress was shown {len(shown)} times"
    aled_row = next(row for row in table_texts(inbox.progress_table) if row[0] == "Aled Jones")
    assert aled_row[2] == "1", "the progress shows the review accepted"

    drop_files(inbox, [returned])  # the same file again: nothing accepted, nothing to read
    wait_operations(qtbot)
    assert [row[1] for row in table_texts(inbox.fate_table)] == ["Already imported"]
    assert len(shown) == 1
    window.close()
    for member in members.values():
        member.close()
