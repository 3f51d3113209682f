"""Trends across rounds, opened from the Findings page: the round in view beside the
panel's earlier rounds of the same checklist (services/trends.py). A window of its own,
not a part of the page: the page already fills the tab, and a taller page scrolled and
repainted the whole window whenever a line on it changed.

One row per standard (a yes/no question), one column per round, oldest first, headed by
the date the round was held as the report names it (a title such as "Hate crime scrutiny,
demo previous quarter" was cut to "Hate crime scruti…"); the full title is the heading's
tooltip and accessible description, and the sentence above the table pairs each date with
its title. Each cell
says "9 of 12 (75%)" in words, which is what a screen reader reads, and a bar drawn
behind the words shows the share; the findings that recur are listed above the table in
sentences. Both are read off the GUI thread when the round changes or its findings do.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QShowEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.trends import ComparedRound, Point, QuestionTrend, Trend
from desktop.reports.trend_rows import recurring_line, round_name
from desktop.ui.i18n import Retranslatable, current_language, tr
from desktop.ui.item_models import Index, RowTableModel, row_table
from desktop.ui.style import make_heading
from desktop.ui.wrapped_dialog import ScrollingBody, resize_within_screen

SHARE_ROLE = Qt.ItemDataRole.UserRole + 2
SCROLL_KEYS = {
    Qt.Key.Key_Up: QAbstractSlider.SliderAction.SliderSingleStepSub,
    Qt.Key.Key_Down: QAbstractSlider.SliderAction.SliderSingleStepAdd,
    Qt.Key.Key_PageUp: QAbstractSlider.SliderAction.SliderPageStepSub,
    Qt.Key.Key_PageDown: QAbstractSlider.SliderAction.SliderPageStepAdd,
}
BAR = QColor(46, 125, 91, 70)  # a light green wash: the words on it keep their contrast


def point_text(p: Point | None) -> str:
    if p is None or not p.assessed:
        return tr("Not asked")
    text = tr("%1 of %2 (%3%)")
    return text.replace("%1", str(p.met)).replace("%2", str(p.assessed)).replace("%3", str(p.percent))


def titled_date(compared: ComparedRound, language: str) -> str:
    """ "Hate crime scrutiny, Q3 (13 December 2025)": what the date heading a column stands for."""
    return f"{compared.label} ({round_name(compared, language)})" if compared.held else compared.label


class TrendModel(RowTableModel[QuestionTrend]):
    """The standards of the round in view, down; the rounds compared, across."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.compared: tuple[ComparedRound, ...] = ()

    def show_trend(self, trend: Trend | None) -> None:
        self.beginResetModel()
        self.compared = () if trend is None else trend.rounds
        self._rows = [] if trend is None else [q for q in trend.questions if q.has_standard]
        self.endResetModel()

    def headers(self) -> list[str]:
        language = current_language()
        return [tr("Standard"), *(round_name(r, language) for r in self.compared)]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """A round's heading is its date; its title is the tooltip and what a screen reader adds."""
        titled = (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole)
        if orientation == Qt.Orientation.Horizontal and role in titled and 0 < section <= len(self.compared):
            return self.compared[section - 1].label
        return super().headerData(section, orientation, role)

    def cells(self) -> list[Callable[[QuestionTrend], str]]:
        def column(i: int) -> Callable[[QuestionTrend], str]:
            return lambda r: point_text(r.points[i])

        label: Callable[[QuestionTrend], str] = lambda r: r.question.criterion_label(current_language())  # noqa: E731
        return [label, *(column(i) for i in range(len(self.compared)))]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == SHARE_ROLE and index.isValid() and index.column() > 0:
            p = self.row_at(index.row()).points[index.column() - 1]
            return None if p is None else p.share
        return super().data(index, role)


class ShareBar(QStyledItemDelegate):
    """A bar as long as the share, behind the cell's words."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        share = index.data(SHARE_ROLE)
        if isinstance(share, float):
            rect: QRect = option.rect
            painter.fillRect(
                QRect(rect.x(), rect.y() + 2, round(rect.width() * share), rect.height() - 4), BAR
            )
        super().paint(painter, option, index)


class TrendSection(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.trend: Trend | None = None
        self.heading = QLabel()
        self.heading.setObjectName("section_heading")
        make_heading(self.heading, 1.15)
        self.summary = QLabel()
        self.summary.setObjectName("trend_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.summary.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the sentences are a Tab stop
        self.model = TrendModel(self)
        self.table = row_table("trend_table", self.model)
        self.table.setItemDelegate(ShareBar(self.table))
        self.table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.model.modelReset.connect(self._fit_columns)
        # The sentences scroll when the window is short, and the table keeps a few rows: in
        # Welsh at 200% text and display scaling 1.5 the sentences were cut off at the bottom
        # and the table squeezed to one row.
        self.summary_area = ScrollingBody("trend_summary_area", self.summary)
        self.summary.installEventFilter(self)  # the arrow and page keys scroll the sentences
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary_area, 1)
        layout.addWidget(self.table, 2)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.summary and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            action = SCROLL_KEYS.get(Qt.Key(event.key()))
            if action is not None:
                self.summary_area.verticalScrollBar().triggerAction(action)
                return True
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """The standard takes the room left; each round as wide as its widest numbers or
        its heading, whichever is wider, so the date that heads it is read whole."""
        header = self.table.horizontalHeader()
        rows = 4 * self.table.verticalHeader().defaultSectionSize() + header.sizeHint().height()
        self.table.setMinimumHeight(rows + 2 * self.table.frameWidth())
        if self.model.columnCount() == 0:
            return
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        for column in range(1, self.model.columnCount()):
            texts = [str(self.model.index(r, column).data()) for r in range(self.model.rowCount())]
            widest = max((metrics.horizontalAdvance(t) for t in texts), default=0)
            heading = header.sectionSizeFromContents(column).width()
            header.resizeSection(column, max(widest + 4 * metrics.averageCharWidth(), heading))

    def show_trend(self, trend: Trend | None) -> None:
        self.trend = trend
        self.model.show_trend(trend)
        self._summarise()

    def _summarise(self) -> None:
        trend = self.trend
        if trend is None:
            self.summary.setText("")
        elif len(trend.rounds) < 2:
            self.summary.setText(
                tr("This is the panel's first round of this checklist: there is no earlier round to compare.")
            )
        else:
            language = current_language()
            titles = "; ".join(titled_date(r, language) for r in trend.rounds)
            lines = [
                tr("Rounds of this panel and checklist compared, oldest first: %1").replace("%1", titles)
            ]
            found = trend.recurring()
            if found:
                lines.append(tr("Findings that recur:"))
                lines += [f"• {recurring_line(r, language)}" for r in found]
            else:
                lines.append(tr("No finding recurs."))
            self.summary.setText("\n".join(lines))
        self.summary.setAccessibleName(self.summary.text())

    def retranslate(self) -> None:
        self.heading.setText(tr("Trends across rounds"))
        self.table.setAccessibleName(
            tr("Share of cases meeting each standard, round by round: standards down, rounds across")
        )
        self.model.retranslate()
        self._fit_columns()  # "12 o 12" is not as wide as "12 of 12"
        self._summarise()


class TrendsDialog(Retranslatable, QDialog):
    """The trend section in a window the coordinator keeps open beside the grid; Escape
    or Close shuts it, and the page fills it again when the findings change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trends_dialog")
        self.section = TrendSection(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.section, 1)
        layout.addWidget(self.buttons)
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        if not event.spontaneous():
            self.fit_screen()
        super().showEvent(event)

    def fit_screen(self) -> None:
        """Room for the standards' names, never beyond the screen: sized once when made, at
        large text it was taller than the screen, and half as wide as the screen allowed."""
        metrics = self.fontMetrics()
        resize_within_screen(self, 100 * metrics.averageCharWidth(), 32 * metrics.height())

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Trends across rounds"))
        self.section.retranslate()
