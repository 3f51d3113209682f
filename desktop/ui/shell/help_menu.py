"""Help → About and Help → Save diagnostics…, for a member talking to support.

About shows the version, the build date and the data folder as selectable text, so a
member can read them out or copy them. The diagnostics report is written by
`desktop.services.about` from versions, settings and profile cards only: it never
opens a database, so it cannot carry case content, names or keys.
"""

from __future__ import annotations

from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from desktop import paths
from desktop.core.atomic_files import atomic_write
from desktop.services.about import app_version, build_commit, build_date, diagnostics_report
from desktop.ui import settings
from desktop.ui.dialogs import DialogService
from desktop.ui.i18n import tr

SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard


class AboutDialog(QDialog):
    """The version, build date and data folder, each a selectable label named for screen readers."""

    def __init__(self, user_data: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(tr("About Panel Review"))
        self.setAccessibleName(tr("About Panel Review"))
        built, commit = build_date(), build_commit()
        rows = {
            "version": (tr("Version"), app_version()),
            "build_date": (tr("Build date"), built if built else tr("Running from source")),
            "commit": (tr("Source revision"), commit if commit else tr("Running from source")),
            "data_folder": (tr("Data folder"), str(user_data)),
        }
        form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for key, (name, value) in rows.items():
            label = QLabel(value)
            label.setObjectName(f"about_{key}")
            label.setTextInteractionFlags(SELECTABLE)
            label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable by Tab, to select and copy
            label.setAccessibleName(name)
            label.setWordWrap(True)
            form.addRow(name + ":", label)
            self.values[key] = label
        intro = QLabel(tr("Panel Review: offline review of police case files for scrutiny panels."))
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(tr("&Close"))
        close.setAccessibleName(tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)


class HelpMenu:
    """Help: the keyboard shortcuts, Save diagnostics… and About, over `window`.

    `user_data` is the folder of this person's profiles (None: started on one profile
    only, when the platform's folder is named instead).
    """

    def __init__(
        self, window: QMainWindow, dialogs: DialogService, shortcuts: QAction, user_data: Path | None
    ) -> None:
        self.window = window
        self.dialogs = dialogs
        self._user_data = user_data
        self.menu = menu = window.menuBar().addMenu("")
        menu.addAction(shortcuts)
        menu.addSeparator()
        self.about_action = QAction(window)
        self.about_action.setObjectName("about")
        self.about_action.triggered.connect(self.show_about)
        self.diagnostics_action = QAction(window)
        self.diagnostics_action.setObjectName("save_diagnostics")
        self.diagnostics_action.triggered.connect(self.save_diagnostics)
        menu.addAction(self.diagnostics_action)
        menu.addAction(self.about_action)
        self.about_dialog: AboutDialog | None = None

    @property
    def user_data(self) -> Path:
        return self._user_data if self._user_data is not None else paths.user_data_dir()

    def retranslate(self) -> None:
        self.menu.setTitle(tr("&Help"))
        self.about_action.setText(tr("&About Panel Review"))
        self.diagnostics_action.setText(tr("Save &diagnostics…"))

    def show_about(self) -> None:
        """Open About over the window (not blocking: the window stays responsive)."""
        if self.about_dialog is not None:
            self.about_dialog.close()
            self.about_dialog.deleteLater()
        self.about_dialog = AboutDialog(self.user_data, self.window)
        self.about_dialog.open()

    def save_diagnostics(self) -> None:
        """Ask where, then write the report; say where it went, or why it could not be written."""
        window = self.window
        title = tr("Save diagnostics")
        suggested = str(Path.home() / "panel-review-diagnostics.txt")
        chosen = self.dialogs.save_file(window, title, suggested, tr("Text files (*.txt)"))
        if not chosen:
            return
        qt = {"Qt": qVersion(), "PySide6": pyside_version}
        report = diagnostics_report(qt, settings.stored_values(), self.user_data)
        try:
            with atomic_write(Path(chosen)) as out:
                out.write(report.encode("utf-8"))
        except OSError as exc:
            message = tr("The diagnostics could not be saved: {reason}").format(reason=exc.strerror or exc)
            self.dialogs.error(window, title, message)
            return
        message = tr("Diagnostics saved to {path}. They hold no case content, names or passphrases.")
        self.dialogs.info(window, title, message.format(path=chosen))
