"""The round and case tables pass Qt's model tester, and update one row at a time."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from desktop.services import review
from desktop.services.rounds import list_cases, list_rounds
from desktop.ui.item_models import ROW_ROLE, CaseListModel, RoundListModel


def test_round_model_passes_the_model_tester(qtmodeltester, db, round_id) -> None:
    model = RoundListModel()
    model.set_rows(list_rounds(db))
    qtmodeltester.check(model, force_py=True)
    assert model.data(model.index(0, 0)) == "Test round"
    assert model.data(model.index(0, 2)) == "0 of 3"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Due"


def test_case_model_passes_the_model_tester_and_updates_one_row(qtmodeltester, qtbot, db, round_id) -> None:
    model = CaseListModel()
    model.set_rows(list_cases(db, round_id))
    qtmodeltester.check(model, force_py=True)
    assert model.data(model.index(1, 3)) == "Non-crime hate incident · Disability, Other"
    assert model.data(model.index(0, 1)) == "Not started"
    first = model.row_at(0)
    changed = review.save_answer(db, first.id, "assessed", "yes").case
    with qtbot.waitSignal(model.dataChanged) as signal:
        model.update_case(changed)
    top_left, bottom_right = signal.args[:2]
    assert (top_left.row(), bottom_right.row()) == (0, 0)
    assert model.data(model.index(0, 1)) == "In progress"
    assert model.data(model.index(0, 2)) == "1 of 4"
    assert model.data(model.index(0, 0), ROW_ROLE) == changed
    model.update_case(replace(changed, id=99999))  # a case not in the list: ignored
    assert model.rowCount() == 3
    qtmodeltester.check(model, force_py=True)


def test_a_round_s_due_date_is_written_out_in_the_language_in_force(db, round_id) -> None:
    """The member's round list (and the coordinator's) showed "2026-12-31" where every other
    date in the app reads "31 December 2026" / "31 Rhagfyr 2026"."""
    from desktop.ui import i18n
    from desktop.ui.coordinator.row_models import CoordinatorRoundModel

    (row,) = [replace(r, due_date="2026-12-31") for r in list_rounds(db) if r.id == round_id]
    for model in (RoundListModel(), CoordinatorRoundModel()):
        model.set_rows([row])
        due = next(
            c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "Due"
        )
        assert model.data(model.index(0, due)) == "31 December 2026"
        try:
            i18n.set_language("cy")
            assert model.data(model.index(0, due)) == "31 Rhagfyr 2026"
        finally:
            i18n.set_language("en")
