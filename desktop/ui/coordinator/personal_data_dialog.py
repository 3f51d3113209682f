"""Before a report is published: every likely piece of personal data, in its sentence,
for the coordinator to blank (the default) or keep. The choice is recorded with the export."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.reports.redaction import Spotted, describe
from desktop.ui.i18n import current_language, tr


def kind_words(kind: str) -> str:
    words = {
        "name_after_title": tr("a name"),
        "date_of_birth": tr("a date of birth"),
        "age": tr("an age"),
        "phone": tr("a phone number"),
        "postcode": tr("a postcode"),
        "email": tr("an email address"),
        "vehicle_registration": tr("a vehicle registration"),
        "collar_number": tr("an officer's number"),
        "case_reference": tr("a case reference"),
    }
    return words.get(kind, kind)


class PersonalDataDialog(QDialog):
    """A checkable list: ticked means "keep as written"; everything unticked is blanked."""

    def __init__(self, spotted: list[Spotted], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personal_data_dialog")
        self.setWindowTitle(tr("Check for personal data"))
        self.spotted = spotted
        intro = QLabel(tr(
            "These words look like personal data. Each will be replaced by a black bar in the published "
            "report unless you tick it to keep it as written. Read each one in its sentence."
        ))  # fmt: skip
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("personal_data_list")
        self.list.setAccessibleName(tr("Possible personal data"))
        self.list.setWordWrap(True)
        language = current_language()
        for found in spotted:
            text = tr("{what} in {where}: {context}").format(
                what=kind_words(found.hit.kind.value),
                where=describe(found.place, language),
                context=found.context,
            )
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Write the report"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(760, 480)

    def kept(self) -> list[str]:
        """The texts the coordinator ticked to keep as written."""
        return [
            found.hit.text
            for i, found in enumerate(self.spotted)
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]
