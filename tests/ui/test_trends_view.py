"""The trend under the Findings grid on the coordinator's demo with both quarters: each
cell says its numbers in words (what a screen reader reads), the bar drawn behind them is
the same share, the recurring finding is a sentence, and in Welsh it is all Welsh."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QStyle

from desktop.services import findings, profile, rounds
from desktop.services.demo import DEMO_PASSPHRASE
from desktop.services.demo_coordinator import TITLE, create_demo_coordinator
from desktop.services.demo_earlier import EARLIER_TITLE
from desktop.ui import i18n
from desktop.ui.coordinator.trends_view import SHARE_ROLE
from tests.ui.coordinator_harness import table_texts
from tests.ui.fakes import FakeDialogs
from tests.ui.harness import open_window, press


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("trend-demo") / "office"
    db = create_demo_coordinator(folder, earlier_quarter=True)
    latest = next(r.id for r in rounds.list_rounds(db) if r.title == TITLE)
    earlier = next(r.id for r in rounds.list_rounds(db) if r.title == EARLIER_TITLE)
    own = findings.round_findings(db, earlier).counts("hcso_contact_in_time")
    db.close()
    return folder, latest, own


@pytest.fixture
def page(qtbot, demo):
    folder, latest, _own = demo
    db = profile.open_profile(folder, DEMO_PASSPHRASE).db
    window = open_window(qtbot, folder, FakeDialogs(), db=db)
    home = window.coordinator_home
    home.tabs.setCurrentWidget(home.findings_page)
    qtbot.waitUntil(lambda: home.findings_page.round_id == latest)  # the newest round is chosen
    findings_page = home.findings_page
    findings_page.trends_button.setFocus(Qt.FocusReason.TabFocusReason)
    press(qtbot, Qt.Key.Key_Space)  # opened from the keyboard
    assert findings_page.trends_dialog.isVisible()
    section = findings_page.trends
    qtbot.waitUntil(lambda: section.trend is not None and len(section.trend.rounds) == 2)
    qtbot.waitUntil(
        lambda: (
            QApplication.focusWidget() is not None
            and section.window().isAncestorOf(QApplication.focusWidget())
        )
    )
    yield section
    i18n.set_language("en")
    press(qtbot, Qt.Key.Key_Escape)  # the trend window closes from the keyboard
    assert not findings_page.trends_dialog.isVisible()
    window.close()


def test_both_quarters_are_shown_in_words_with_the_recurring_finding(page, demo) -> None:
    _folder, _latest, own = demo
    model = page.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Standard", "13 December 2025", "14 March 2026"]  # when each round met
    titles = [model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) for c in (1, 2)]
    assert titles == [EARLIER_TITLE, TITLE]
    rows = {r[0]: r[1:] for r in table_texts(page.table)}
    met, assessed = own["yes"], sum(n for code, n in own.items() if code != "na")
    hcso = rows["HCSO contact within 48 hours"]
    assert hcso[0] == f"{met} of {assessed} ({round(100 * met / assessed)}%)" == "9 of 12 (75%)"
    assert hcso[1] == "14 of 16 (88%)"
    assert rows["MAVIS created where policy requires"][0] == "Not asked"  # no case at low risk then
    row = list(rows).index("HCSO contact within 48 hours")
    index = model.index(row, 1)
    assert model.data(index, Qt.ItemDataRole.AccessibleTextRole) == "9 of 12 (75%)"
    assert model.data(index, SHARE_ROLE) == pytest.approx(0.75)  # the bar drawn is the same share
    summary = page.summary.text()
    assert f"{EARLIER_TITLE} (13 December 2025); {TITLE} (14 March 2026)" in summary  # dates named
    assert "HCSO contact within 48 hours — fell short in 2 of the last 2 rounds." in summary
    assert page.summary.accessibleName() == summary and page.table.accessibleName()
    assert page.summary.focusPolicy() & Qt.FocusPolicy.TabFocus  # the sentences are reached by Tab


def test_in_welsh_the_trend_is_welsh(page) -> None:
    i18n.set_language("cy")
    model = page.model
    assert page.heading.text() == "Tueddiadau ar draws cylchoedd"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Safon"
    rows = {r[0]: r[1:] for r in table_texts(page.table)}
    assert rows["A gysylltodd yr HCSO o fewn 48 awr?"] == ["9 o 12 (75%)", "14 o 16 (88%)"]
    assert "A gysylltodd yr HCSO o fewn 48 awr? — yn brin o'r safon mewn 2 o'r 2 gylch diwethaf." in (
        page.summary.text()
    )
    assert "Canfyddiadau sy'n codi dro ar ôl tro:" in page.summary.text()
    assert page.window().windowTitle() == "Tueddiadau ar draws cylchoedd"
    button = page.window().parent().trends_button
    assert button.text() == "Tueddiadau &ar draws cylchoedd…" and button.accessibleDescription()


@pytest.mark.parametrize(("language", "dates"), [
    ("en", ["13 December 2025", "14 March 2026"]),
    ("cy", ["13 Rhagfyr 2025", "14 Mawrth 2026"]),
])  # fmt: skip
def test_every_round_heading_is_shown_whole_at_the_default_size(page, language, dates) -> None:
    """A round's title was cut to "Hate crime scruti…": each column is headed by the date the
    round met, read whole, with the title as its tooltip and what a screen reader adds."""
    i18n.set_language(language)
    header, model = page.table.horizontalHeader(), page.model
    margins = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    table = QAccessible.queryAccessibleInterface(page.table)
    headings = [table.child(i) for i in range(table.childCount())]
    read_out = [
        (h.text(QAccessible.Text.Name), h.text(QAccessible.Text.Description))
        for h in headings
        if h.role() == QAccessible.Role.ColumnHeader
    ]
    for column, date in enumerate(dates, start=1):
        text = model.headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(text) + margins
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert right <= header.viewport().width()  # not scrolled out of sight
        assert text == date
        title = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.AccessibleDescriptionRole)
        assert title == (EARLIER_TITLE, TITLE)[column - 1]
        assert (date, title) in read_out  # the heading as a screen reader has it
