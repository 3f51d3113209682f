"""The member's side of the exchange: take in a coordinator's pack, send a review, share a card.

Each flow is a plain state machine under services (`pack_import`, `send_review`):
this module shows each state and forwards events to it, the member's choices and
the outcome of each step. A step runs off the GUI thread (`desktop.ui.ops.exchange`)
or opens a window-modal dialog with `open()`. Nothing here waits in a nested event
loop, so the window stays responsive and tests drive each dialog as a person would.

Whatever goes wrong ends in one plain sentence in the interface language: a refused or
damaged file gets `why_not` (the same words as the command line), a computer problem
(missing file, full disk) says so. Nothing here ever shows a traceback, and a refused
or cancelled import has changed nothing, because the service runs in one unit of work.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.exchange.errors import ExchangeError
from desktop.services.pack_import import PackImport
from desktop.services.pack_import import Step as ImportStep
from desktop.services.refusals import Refused, why_not
from desktop.services.send_review import SendReview
from desktop.services.send_review import Step as SendStep
from desktop.services.session import ProfileSession
from desktop.ui.dialogs import DialogService
from desktop.ui.i18n import current_language, tr
from desktop.ui.ops import exchange as exchange_ops

if TYPE_CHECKING:
    from desktop.exchange.card import Card
    from desktop.services.assignment_packs import PackImported
    from desktop.services.review_packages import ReviewSummary

PACK_FILTER = "*.prpack"
CARD_SUFFIX = ".prcard"


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

    def _end(self) -> None:
        self.deleteLater()


class ImportFlow(_Flow):
    """Shows each state of a `PackImport` and forwards the member's choices and each step's outcome.

    The rules (who must be checked, what may follow what) are the state machine's
    (`desktop.services.pack_import`); this class only renders and runs the steps.
    """

    imported = Signal(object)  # PackImported

    def start(self, path: Path) -> None:
        self.title = tr("Import cases from coordinator")
        self.state = PackImport(path)
        exchange_ops.preview_pack(self.session, path).success(
            lambda preview: self._show(self.state.previewed(preview))
        ).failure(lambda exc: self._show(self.state.failed(exc))).cancelled(
            lambda: self._show(self.state.cancel())
        ).with_progress(self.title, self.window).run(origin=self.window)

    def _show(self, state: PackImport) -> None:
        self.state = state
        if state.step is ImportStep.PREVIEWED:
            self._ask_check(state)
        elif state.step is ImportStep.CONFIRMED:
            self._import(state)
        elif state.step is ImportStep.IMPORTED and state.result is not None:
            self.dialogs.info(self.window, self.title, imported_text(state.result))
            self.imported.emit(state.result)
            self._end()
        elif state.step is ImportStep.REFUSED and state.problem is not None:
            self.dialogs.error(self.window, self.title, problem_text(state.problem, state.path.name))
            self._end()
        elif state.step is ImportStep.CANCELLED:
            self._end()

    def _ask_check(self, state: PackImport) -> None:
        from desktop.ui.member.fingerprint_dialog import coordinator_dialog

        assert state.preview is not None
        self.confirmation = coordinator_dialog(
            state.preview.coordinator, state.preview.fingerprint, self.window
        )
        self.confirmation.accepted.connect(lambda: self._show(self.state.confirm()))
        self.confirmation.rejected.connect(lambda: self._show(self.state.cancel()))
        self.confirmation.finished.connect(self.confirmation.deleteLater)
        self.confirmation.open()

    def _import(self, state: PackImport) -> None:
        def cancelled() -> None:
            self.dialogs.info(self.window, self.title, tr("The import was cancelled. Nothing was changed."))
            self._show(self.state.cancel())

        exchange_ops.import_pack(self.session, state.path, state.confirmed_fingerprint).success(
            lambda result: self._show(self.state.imported(result))
        ).failure(lambda exc: self._show(self.state.failed(exc))).cancelled(cancelled).with_progress(
            self.title, self.window
        ).run(origin=self.window)


class SendFlow(_Flow):
    """Shows each state of a `SendReview`: the summary, then a folder, then where the file went."""

    def start(self, round_id: int) -> None:
        self.title = tr("Send my review")
        self.state = SendReview(round_id)
        exchange_ops.review_to_send(self.session, round_id).success(
            lambda summary: self._show(self.state.checked(summary))
        ).failure(lambda exc: self._show(self.state.failed(exc))).run(origin=self.window)

    def _show(self, state: SendReview) -> None:
        self.state = state
        if state.step is SendStep.SUMMARY and state.summary is not None:
            self._show_summary(state.summary)
        elif state.step is SendStep.SAVING and state.folder is not None:
            # Writing a signed file cannot be taken back half-way, so no Cancel is offered.
            exchange_ops.export_review(self.session, state.round_id, state.folder).success(
                lambda result: self._show(self.state.saved(result))
            ).failure(lambda exc: self._show(self.state.failed(exc))).run(origin=self.window)
        elif state.step is SendStep.SAVED and state.result is not None:
            self._show_saved(state.result.path)
        elif state.step is SendStep.FAILED and state.problem is not None:
            self.dialogs.error(self.window, self.title, _not_sent_text(state.problem))
            self._end()
        elif state.step is SendStep.CANCELLED:
            self._end()

    def _show_summary(self, summary: ReviewSummary) -> None:
        from desktop.ui.member.send_review_dialogs import ReviewSummaryDialog

        self.summary_dialog = ReviewSummaryDialog(summary, self.window)
        self.summary_dialog.accepted.connect(self._choose_folder)
        self.summary_dialog.rejected.connect(lambda: self._show(self.state.cancel()))
        self.summary_dialog.finished.connect(self.summary_dialog.deleteLater)
        self.summary_dialog.open()

    def _choose_folder(self) -> None:
        chosen = self.dialogs.choose_folder(
            self.window, tr("Choose where to save your review package"), "", kind="review_package"
        )
        if not chosen:
            self._show(self.state.cancel())
            return
        self._show(self.state.save_to(Path(chosen)))

    def _show_saved(self, path: Path) -> None:
        from desktop.ui.member.send_review_dialogs import ReviewSavedDialog

        self.saved_dialog = ReviewSavedDialog(path, self.window)
        self.saved_dialog.finished.connect(self.saved_dialog.deleteLater)
        self.saved_dialog.finished.connect(self._end)
        self.saved_dialog.open()


def _not_sent_text(exc: Exception) -> str:
    from desktop.services.review_packages import NoCoordinator

    if isinstance(exc, NoCoordinator):
        return tr("This round did not come from a coordinator's pack, so there is nobody to send it to.")
    return tr("Your review package could not be saved: {error}").format(error=exc)


def choose_pack(parent: QWidget, dialogs: DialogService) -> Path | None:
    """Ask for a pack file, in the folder packs came from last time."""
    chosen = dialogs.open_file(
        parent, tr("Import cases from coordinator"), "",
        tr("Assignment packs ({pattern})").format(pattern=PACK_FILTER), kind="pack",
    )  # fmt: skip
    return Path(chosen) if chosen else None


def export_card(parent: QWidget, session: ProfileSession, dialogs: DialogService) -> None:
    """Save the member's card, then show its fingerprint to read with the coordinator."""
    exchange_ops.me(session).success(lambda me: _save_card(parent, session, dialogs, me.name)).run(
        origin=parent
    )


def _save_card(parent: QWidget, session: ProfileSession, dialogs: DialogService, name: str) -> None:
    from desktop.ui.member.fingerprint_dialog import card_dialog

    title = tr("Export my member card")
    suggested = f"{_file_part(name)}{CARD_SUFFIX}"
    chosen = dialogs.save_file(
        parent, title, suggested, tr("Member cards (*{suffix})").format(suffix=CARD_SUFFIX), kind="card"
    )
    if not chosen or not session.is_open:
        return
    path = Path(chosen if chosen.lower().endswith(CARD_SUFFIX) else chosen + CARD_SUFFIX)

    def saved(card: Card) -> None:
        dialog = card_dialog(path, card.fingerprint, parent)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def failed(exc: Exception) -> None:
        if not isinstance(exc, OSError):
            raise exc
        dialogs.error(parent, title, tr("Your member card could not be saved: {error}").format(error=exc))

    exchange_ops.export_card(session, path).success(saved).failure(failed).run(origin=parent)


def _file_part(name: str) -> str:
    from desktop.services.assignment_packs import safe_file_part

    return f"{safe_file_part(name)}-member-card"
