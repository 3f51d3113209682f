"""The Translation page's two buttons for translators: "Export for translation…" writes
the texts still to translate as XLIFF 1.2 (for translation tools) or a two-column Word
table; "Import translation…" reads one back.

Import shows what the file would do before anything is stored: the translations that
apply, and those whose text was edited since the file was made, which the coordinator
reads and takes only if they choose. A file refused (another round's, units added or
removed, not ours, too big, hostile) is said plainly and nothing changes. Every file
read and write runs off the GUI thread (`desktop.ui.ops.translations`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QPushButton, QWidget

from desktop.services.session import ProfileSession
from desktop.services.translation_exchange import ImportPlan
from desktop.ui.coordinator.page import label_button, plain_reason
from desktop.ui.dialogs import DialogService
from desktop.ui.i18n import current_language, tr
from desktop.ui.ops import translations as translation_ops

FORMATS = ("xliff", "docx")
SUFFIXES = {"xliff": "xlf", "docx": "docx"}
SHOWN_CHANGED = 12  # texts named in the question about changed texts; more are counted


class Page(Protocol):
    """What the buttons need of the page they sit on."""

    session: ProfileSession
    dialogs: DialogService
    round_id: int | None


class TranslationFiles:
    """The two buttons, made by the Translation page and laid out with its other buttons."""

    def __init__(self, page: Page, parent: QWidget) -> None:
        self.page, self.parent = page, parent
        self.export_button = QPushButton()
        self.export_button.setObjectName("export_translation")
        self.export_button.clicked.connect(self.export)
        self.import_button = QPushButton()
        self.import_button.setObjectName("import_translation")
        self.import_button.clicked.connect(self.import_file)

    def retranslate(self) -> None:
        label_button(
            self.export_button,
            tr("&Export for translation…"),
            tr("Write the texts not yet translated as a file for a translator: XLIFF or a Word table"),
        )
        label_button(
            self.import_button,
            tr("Impor&t translation…"),
            tr("Read a translated file back: you see what it changes before anything is stored"),
        )

    # export ----------------------------------------------------------------------------
    def export(self) -> None:
        page = self.page
        if page.round_id is None:
            return
        title = tr("Export for translation")
        choice = page.dialogs.choose(
            self.parent,
            title,
            tr("Which file does the translator need?"),
            [tr("XLIFF, for translation tools"), tr("A Word table: the text and a column to translate into")],
        )
        if choice is None:
            return
        file_format = FORMATS[choice]
        suffix = SUFFIXES[file_format]
        filters = (
            tr("XLIFF files (*.xlf *.xliff)") if file_format == "xliff" else tr("Word documents (*.docx)")
        )
        chosen = page.dialogs.save_file(self.parent, title, f"for-translation.{suffix}", filters)
        if not chosen:
            return
        path = Path(chosen)
        translation_ops.export_for_translation(page.session, page.round_id, path, file_format).success(
            lambda count: page.dialogs.info(
                self.parent,
                title,
                tr("Texts written for translation: {count}, in {path}.").format(count=count, path=path),
            )
        ).failure(lambda exc: page.dialogs.error(self.parent, title, plain_reason(exc))).run(
            origin=self.export_button
        )

    # import ----------------------------------------------------------------------------
    def import_file(self) -> None:
        page = self.page
        if page.round_id is None:
            return
        title = tr("Import translation")
        filters = tr("Translated files (*.xlf *.xliff *.docx)")
        chosen = page.dialogs.open_file(self.parent, title, "", filters)
        if not chosen:
            return
        round_id = page.round_id
        translation_ops.plan_import(page.session, round_id, Path(chosen)).success(
            lambda plan: self._planned(round_id, plan)
        ).failure(lambda exc: page.dialogs.error(self.parent, title, plain_reason(exc))).run(
            origin=self.import_button
        )

    def _planned(self, round_id: int, plan: ImportPlan) -> None:
        """Say what the file would do; ask about texts edited since it was made."""
        page = self.page
        title = tr("Import translation")
        if round_id != page.round_id:
            return
        take_changed = False
        if plan.changed:
            language = current_language()
            named = "\n".join(f"• {p.where(language)}" for p in plan.changed[:SHOWN_CHANGED])
            if len(plan.changed) > SHOWN_CHANGED:
                named += "\n" + tr("…and others: {count}").format(count=len(plan.changed) - SHOWN_CHANGED)
            take_changed = page.dialogs.confirm(
                self.parent,
                title,
                tr(
                    "Texts edited since the file was made: {count}. Their translations in the file "
                    "translate what the texts said before:\n{texts}\nStore those translations as well? "
                    "No stores the others only; the edited texts stay to translate."
                ).format(count=len(plan.changed), texts=named),
                default_no=True,
            )
        stored = len(plan.applies) + (len(plan.changed) if take_changed else 0)
        if stored == 0:
            page.dialogs.info(self.parent, title, self._summary(plan, 0))
            return
        translation_ops.apply_import(page.session, round_id, plan, take_changed).success(
            lambda _changes: page.dialogs.info(self.parent, title, self._summary(plan, stored))
        ).failure(lambda exc: page.dialogs.error(self.parent, title, plain_reason(exc))).run(
            origin=self.import_button
        )

    @staticmethod
    def _summary(plan: ImportPlan, stored: int) -> str:
        lines = [tr("Translations stored: {count}.").format(count=stored)]
        if plan.unknown:
            lines.append(
                tr("Texts no longer in the round, left out: {count}.").format(count=len(plan.unknown))
            )
        if plan.unfilled:
            lines.append(tr("Texts the file left untranslated: {count}.").format(count=plan.unfilled))
        return " ".join(lines)
