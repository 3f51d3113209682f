"""The member's side of the exchange: take in a coordinator's pack, send a review, share a card.

Each flow is a small state machine driven by the outcome of its last step: a step
runs off the GUI thread (`OperationRunner`) or opens a window-modal dialog with
`open()`, and its signal starts the next step. Nothing here waits in a nested event
loop, so the window stays responsive and tests drive each dialog as a person would.

Whatever goes wrong ends in one plain sentence in the interface language: a refused or
damaged file gets `why_not` (the same words as the command line), a computer problem
(missing file, full disk) says so. Nothing here ever shows a traceback, and a refused
or cancelled import has changed nothing, because the service runs in one unit of work.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.exchange.errors import ExchangeError
from desktop.services.refusals import Refused, why_not
from desktop.services.session import ProfileSession
from desktop.ui import settings
from desktop.ui.dialogs import DialogService
from desktop.ui.i18n import current_language, tr
from desktop.ui.operations import OperationRunner
from desktop.ui.progress_dialog import ProgressDialog

if TYPE_CHECKING:
    from desktop.services.assignment_packs import PackImported, PackPreview
    from desktop.services.operations import CancelToken, Progress
    from desktop.services.review_packages import ReviewExported

PACK_FILTER = "*.prpack"
CARD_SUFFIX = ".prcard"


def last_folder() -> str:
    return settings.read(settings.LAST_FOLDER) or str(Path.home())


def problem_text(exc: Exception, file_name: str) -> str:
    """One plain paragraph for anything that stopped a file being used."""
    if isinstance(exc, Refused | ExchangeError):
        reason = why_not(exc, current_language())
        return tr("The file {file} was not used, and nothing was changed. {reason}").format(
            file=file_name, reason=reason
        )
    if isinstance(exc, OSError):
        return tr("The file {file} could not be opened on this computer: {error}").format(
            file=file_name, error=exc.strerror or exc
        )
    return tr("The file {file} could not be used, and nothing was changed: {error}").format(
        file=file_name, error=exc
    )


def imported_text(result: PackImported) -> str:
    if result.unchanged:
        return tr("You already have this pack: nothing changed.")
    lines = [tr("Cases added: {count}.").format(count=result.added)]
    if result.withdrawn:
        lines.append(
            tr("Cases withdrawn by your coordinator: {count}. Your answers to them are kept.").format(
                count=result.withdrawn
            )
        )
    return "\n".join(lines)


class _Flow(QObject):
    """What every flow holds: the window it speaks over, the profile and the dialogs."""

    def __init__(self, parent: QWidget, session: ProfileSession, dialogs: DialogService) -> None:
        super().__init__(parent)
        self.window = parent
        self.session = session
        self.dialogs = dialogs

    def _run(
        self, fn: Any, title: str | None, done: Any, failed: Any, cancelled: Any = None
    ) -> OperationRunner:
        """Start one step off the GUI thread; with a title, a progress window with Cancel."""
        runner = OperationRunner(fn, self)
        runner.finished.connect(done)
        runner.failed.connect(failed)
        if cancelled is not None:
            runner.cancelled.connect(cancelled)
        if title is not None:
            ProgressDialog(runner, title, self.window)
        runner.start()
        return runner

    def _end(self) -> None:
        self.deleteLater()


class ImportFlow(_Flow):
    """Preview (decrypts and checks the signature), confirm a new coordinator, import, report."""

    imported = Signal(object)  # PackImported

    def start(self, path: Path) -> None:
        from desktop.services.assignment_packs import preview_pack

        self.path = path
        self.title = tr("Import cases from coordinator")
        session = self.session

        def preview(_progress: Progress, cancel: CancelToken) -> PackPreview:
            found = session.run(preview_pack, path)
            cancel.check()  # reading cannot stop half-way; a cancel drops what it found
            return found

        self._run(preview, self.title, self._previewed, self._failed, self._end)

    def _previewed(self, preview: PackPreview) -> None:
        from desktop.services.assignment_packs import CoordinatorStatus
        from desktop.ui.member.fingerprint_dialog import coordinator_dialog

        if preview.status is not CoordinatorStatus.NEW:
            self._import(None)
            return
        self.confirmation = coordinator_dialog(preview.coordinator, preview.fingerprint, self.window)
        self.confirmation.accepted.connect(lambda: self._import(preview.fingerprint))
        self.confirmation.rejected.connect(self._end)
        self.confirmation.finished.connect(self.confirmation.deleteLater)
        self.confirmation.open()

    def _import(self, fingerprint: str | None) -> None:
        from desktop.services.assignment_packs import import_pack

        session, path = self.session, self.path

        def take(progress: Progress, cancel: CancelToken) -> PackImported:
            return session.run(
                import_pack, path, confirmed_fingerprint=fingerprint, progress=progress, cancel=cancel
            )

        self._run(take, self.title, self._imported, self._failed, self._cancelled)

    def _imported(self, result: PackImported) -> None:
        self.dialogs.info(self.window, self.title, imported_text(result))
        self.imported.emit(result)
        self._end()

    def _cancelled(self) -> None:
        self.dialogs.info(self.window, self.title, tr("The import was cancelled. Nothing was changed."))
        self._end()

    def _failed(self, exc: Exception) -> None:
        self.dialogs.error(self.window, self.title, problem_text(exc, self.path.name))
        self._end()


class SendFlow(_Flow):
    """Summary first, then a folder, then the package, then where it is and what to do with it."""

    def start(self, round_id: int) -> None:
        from desktop.services.review_packages import review_to_send
        from desktop.ui.member.send_review_dialogs import ReviewSummaryDialog

        self.round_id = round_id
        self.title = tr("Send my review")
        self.summary_dialog = ReviewSummaryDialog(self.session.run(review_to_send, round_id), self.window)
        self.summary_dialog.accepted.connect(self._choose_folder)
        self.summary_dialog.rejected.connect(self._end)
        self.summary_dialog.finished.connect(self.summary_dialog.deleteLater)
        self.summary_dialog.open()

    def _choose_folder(self) -> None:
        from desktop.services.review_packages import export_review

        chosen = self.dialogs.choose_folder(
            self.window, tr("Choose where to save your review package"), last_folder()
        )
        if not chosen:
            self._end()
            return
        settings.write(settings.LAST_FOLDER, chosen)
        session, round_id, folder = self.session, self.round_id, Path(chosen)
        # Writing a signed file cannot be taken back half-way, so no Cancel is offered.
        self._run(
            lambda _p, _c: session.run(export_review, round_id, folder), None, self._saved, self._failed
        )

    def _saved(self, result: ReviewExported) -> None:
        from desktop.ui.member.send_review_dialogs import ReviewSavedDialog

        self.saved_dialog = ReviewSavedDialog(result.path, self.window)
        self.saved_dialog.finished.connect(self.saved_dialog.deleteLater)
        self.saved_dialog.finished.connect(self._end)
        self.saved_dialog.open()

    def _failed(self, exc: Exception) -> None:
        from desktop.services.review_packages import NoCoordinator

        if isinstance(exc, NoCoordinator):
            message = tr(
                "This round did not come from a coordinator's pack, so there is nobody to send it to."
            )
        else:
            message = tr("Your review package could not be saved: {error}").format(error=exc)
        self.dialogs.error(self.window, self.title, message)
        self._end()


def choose_pack(parent: QWidget, dialogs: DialogService) -> Path | None:
    """Ask for a pack file; remembers its folder for next time."""
    chosen = dialogs.open_file(
        parent, tr("Import cases from coordinator"), last_folder(),
        tr("Assignment packs ({pattern})").format(pattern=PACK_FILTER),
    )  # fmt: skip
    if not chosen:
        return None
    settings.write(settings.LAST_FOLDER, str(Path(chosen).parent))
    return Path(chosen)


def export_card(parent: QWidget, session: ProfileSession, dialogs: DialogService) -> None:
    """Save the member's card, then show its fingerprint to read with the coordinator."""
    from desktop.services import identity
    from desktop.ui.member.fingerprint_dialog import card_dialog

    title = tr("Export my member card")
    name = session.run(identity.me).name
    suggested = str(Path(last_folder()) / f"{_file_part(name)}{CARD_SUFFIX}")
    chosen = dialogs.save_file(
        parent, title, suggested, tr("Member cards (*{suffix})").format(suffix=CARD_SUFFIX)
    )
    if not chosen:
        return
    path = Path(chosen if chosen.lower().endswith(CARD_SUFFIX) else chosen + CARD_SUFFIX)
    settings.write(settings.LAST_FOLDER, str(path.parent))
    try:
        card = session.run(identity.export_card, path)
    except OSError as exc:
        dialogs.error(parent, title, tr("Your member card could not be saved: {error}").format(error=exc))
        return
    dialog = card_dialog(path.name, card.fingerprint, parent)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()


def _file_part(name: str) -> str:
    from desktop.services.assignment_packs import safe_file_part

    return f"{safe_file_part(name)}-member-card"
