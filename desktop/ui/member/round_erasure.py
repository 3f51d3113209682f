"""Removing a round's case material early, by hand, and saving its erasure receipt.

From the round list: "Remove case material now…" asks first, saying what goes and that
it cannot be undone (No is the default); if the review has not been sent it says so
plainly and asks a second time before anything is removed. The erasure is the one the
date brings (`services.retention.erase_early`), with the same receipt. "Save erasure
receipt…" writes that receipt into a folder, like a review package, for as long as the
round is listed, the material long gone.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from desktop.services.refusals import reason_for
from desktop.services.retention import EarlyErasure, Erased
from desktop.services.session import ProfileSession
from desktop.ui.dialogs import DialogService
from desktop.ui.i18n import current_language, tr
from desktop.ui.ops import retention as retention_ops


class RoundErasure:
    """The two actions for one open member profile, shown over `window`."""

    def __init__(self, window: QWidget, session: ProfileSession, dialogs: DialogService) -> None:
        self.window, self.session, self.dialogs = window, session, dialogs

    # removing early --------------------------------------------------------------
    def erase(self, round_id: int) -> None:
        retention_ops.early_erasure(self.session, round_id).success(
            lambda asked: self._ask(round_id, asked)
        ).run(origin=self.window)

    def _ask(self, round_id: int, asked: EarlyErasure) -> None:
        title = tr("Remove case material now")
        if asked.erased or not self.session.is_open:
            return
        question = tr(
            "Remove the case material of “{title}” from this laptop now, before its date? Its "
            "documents, case summaries and your answers and notes go, from this laptop and from "
            "every backup on it. This cannot be undone. A signed erasure receipt is kept for you to "
            "send your coordinator."
        ).format(title=asked.title)
        if not self.dialogs.confirm(self.window, title, question, default_no=True):
            return
        if asked.unsent and not self.dialogs.confirm(self.window, title, _unsent_question(), default_no=True):
            return
        retention_ops.erase_early(self.session, round_id, unsent_understood=asked.unsent).success(
            self._erased
        ).failure(self._refused).run(origin=self.window)

    def _erased(self, erased: Erased) -> None:
        self.dialogs.info(
            self.window,
            tr("Case material removed"),
            tr(
                "The case material of “{title}” was removed from this laptop and its backups. Save the "
                "erasure receipt (Save erasure receipt…) and send it to your coordinator, as you send "
                "a review package."
            ).format(title=erased.title),
        )

    def _refused(self, exc: Exception) -> None:
        reason = reason_for(exc, current_language())
        if reason is None:
            raise exc
        self.dialogs.error(self.window, tr("Remove case material now"), reason)

    # the receipt -------------------------------------------------------------------
    def save_receipt(self, round_id: int) -> None:
        chosen = self.dialogs.choose_folder(
            self.window, tr("Choose where to save the erasure receipt"), "", kind="review_package"
        )
        if not chosen or not self.session.is_open:
            return
        retention_ops.save_receipt(self.session, round_id, Path(chosen)).success(self._saved).failure(
            self._not_saved
        ).run(origin=self.window)

    def _saved(self, path: Path) -> None:
        self.dialogs.info(
            self.window,
            tr("Erasure receipt saved"),
            tr(
                "Saved as {name} in {folder}. Send it to your coordinator by email, as you send a "
                "review package. It holds no case text."
            ).format(name=path.name, folder=path.parent),
        )

    def _not_saved(self, exc: Exception) -> None:
        from desktop.services.erasure_receipts import NoReceipt

        if isinstance(exc, NoReceipt):
            message = tr(
                "This round has no erasure receipt: its case material has not been removed, or it did "
                "not come from a coordinator's pack."
            )
        elif isinstance(exc, OSError):
            message = tr("The erasure receipt could not be saved: {error}").format(error=exc)
        else:
            raise exc
        self.dialogs.error(self.window, tr("Save erasure receipt"), message)


def _unsent_question() -> str:
    return tr(
        "Your review of this round has not been sent to your coordinator, or has changed since you "
        "sent it. If you go on, those answers and notes are lost and your coordinator never gets "
        "them. Remove the case material anyway, without sending?"
    )
