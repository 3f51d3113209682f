"""The report's background for a round: when and how the panel met, who attended, the
sample and the definitions. Kept exactly as typed until saved; a refused entry (a date
that is not a date) is said beside the form and nothing typed is lost."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from desktop.reports.content import Background
from desktop.services.translations import Translations
from desktop.ui.coordinator.language_line import LanguageLine
from desktop.ui.coordinator.page import refill
from desktop.ui.i18n import Retranslatable, tr

FORMS = ("", "in_person", "virtual", "written")
QUORATE = (None, True, False)


LINES = 3  # the height of the attendees' and the definitions' boxes


def _box(name: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setTabChangesFocus(True)  # Tab moves on, as in every other field of the form
    _fit(box)
    return box


def _fit(box: QPlainTextEdit) -> None:
    box.setFixedHeight(box.fontMetrics().lineSpacing() * LINES + 14)


class BackgroundForm(Retranslatable, QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("background_form")
        self.date_edit = QLineEdit()
        self.date_edit.setObjectName("meeting_date")
        self.form_combo = QComboBox()
        self.form_combo.setObjectName("meeting_form")
        self.attendees_edit = _box("attendees")
        self.quorate_combo = QComboBox()
        self.quorate_combo.setObjectName("quorate")
        self.period_edit = QLineEdit()
        self.period_edit.setObjectName("sample_period")
        self.method_edit = QLineEdit()
        self.method_edit.setObjectName("sample_method")
        self.definitions_edit = _box("definitions")
        self.labels = [QLabel() for _ in range(7)]
        self._layout = QFormLayout(self)
        self._layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # large text: label above
        fields = self.fields()
        for label, field in zip(self.labels, fields, strict=True):
            label.setBuddy(field)
            self._layout.addRow(label, field)
        # under each text the report prints: which language it still misses
        self.language_lines = {
            field: LanguageLine(f"|{part}||")
            for field, part in ((self.period_edit, "period"), (self.method_edit, "method"),
                                (self.definitions_edit, "definitions"))
        }  # fmt: skip
        for field, line in reversed(self.language_lines.items()):  # last first: rows above stay put
            self._layout.insertRow(fields.index(field) + 1, "", line)
        for edit in (self.date_edit, self.period_edit, self.method_edit):
            edit.textEdited.connect(self.edited)
        for box in (self.attendees_edit, self.definitions_edit):
            box.textChanged.connect(self.edited)
        for combo in (self.form_combo, self.quorate_combo):
            combo.activated.connect(self.edited)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        """The text size changed (View → Text size): the boxes keep their lines."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            for box in (self.attendees_edit, self.definitions_edit):
                _fit(box)

    def fields(self) -> list[QWidget]:
        return [self.date_edit, self.form_combo, self.attendees_edit, self.quorate_combo,
                self.period_edit, self.method_edit, self.definitions_edit]  # fmt: skip

    def retranslate(self) -> None:
        words = [
            tr("Meeting dat&e:"),
            tr("How the panel met:"),
            tr("Members attending (one a line):"),
            tr("Quorate:"),
            tr("Period covered:"),
            tr("How cases were chosen:"),
            tr("Definitions used:"),
        ]
        for label, field, text in zip(self.labels, self.fields(), words, strict=True):
            label.setText(text)
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
        self.date_edit.setPlaceholderText(tr("For example 2026-03-14"))
        refill(self.form_combo, [tr("Not recorded"), tr("In person"), tr("Virtual meeting"),
                                     tr("Remote written review")])  # fmt: skip
        refill(self.quorate_combo, [tr("Not recorded"), tr("Yes", "quorate"), tr("No", "quorate")])

    def show_translations(self, state: Translations | None) -> None:
        for line in self.language_lines.values():
            line.show_translations(state)

    def show_background(self, background: Background) -> None:
        self.date_edit.setText(background.meeting_date or "")
        self.form_combo.setCurrentIndex(
            FORMS.index(background.meeting_form) if background.meeting_form in FORMS else 0
        )
        self.attendees_edit.setPlainText("\n".join(background.attendees))
        self.quorate_combo.setCurrentIndex(QUORATE.index(background.quorate))
        self.period_edit.setText(background.sample_period)
        self.method_edit.setText(background.sample_method)
        self.definitions_edit.setPlainText(background.definitions)

    def background(self) -> Background:
        return Background(
            meeting_date=self.date_edit.text().strip() or None,
            meeting_form=FORMS[self.form_combo.currentIndex()],
            attendees=tuple(n.strip() for n in self.attendees_edit.toPlainText().splitlines() if n.strip()),
            quorate=QUORATE[self.quorate_combo.currentIndex()],
            sample_period=self.period_edit.text(),
            sample_method=self.method_edit.text(),
            definitions=self.definitions_edit.toPlainText(),
        )
