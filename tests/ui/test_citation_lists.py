"""A citation with a long quote is read whole where it is listed: under the member's
answer and in the coordinator's cell dialog. Both lists cut it at their right edge and
put a sideways scroll bar in its place, which, under the member's list sized for whole
rows, hid half of the second citation."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt

from desktop.core.citations import Citation
from desktop.services.citations import CitedPage
from desktop.ui.member.citation_list import CitationList

QUOTE = "Third report by this victim against the same suspect since August 2024, and a threat to return."


def _shown_whole(view) -> None:
    assert not view.horizontalScrollBar().isVisible()
    for row in range(view.count()):
        item, rect = view.item(row), view.visualItemRect(view.item(row))
        assert view.viewport().rect().contains(rect), item.text()
        flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
        needed = view.fontMetrics().boundingRect(QRect(0, 0, rect.width(), 10_000), flags, item.text())
        assert needed.height() <= rect.height(), item.text()  # every line of it


def test_a_long_quote_under_the_members_answer_wraps_and_every_citation_shows(qtbot) -> None:
    evidence = CitationList("risk_identified", 5)
    qtbot.addWidget(evidence)
    evidence.resize(560, 400)
    evidence.show()
    evidence.show_citations([
        CitedPage(1, "risk_identified", Citation(2, 1), "Hate crime risk assessment"),
        CitedPage(2, "risk_identified", Citation(1, 1, QUOTE), "Incident log"),
    ])  # fmt: skip
    qtbot.waitUntil(lambda: evidence.list.isVisible() and evidence.list.viewport().height() > 0)
    _shown_whole(evidence.list)
    lines = evidence.list.height()
    evidence.resize(evidence.minimumSizeHint().width(), 400)  # narrower: the quote takes more lines
    qtbot.waitUntil(lambda: evidence.list.height() > lines)  # and the list grows for them
    _shown_whole(evidence.list)
