"""Retention: the coordinator's erasure date for a round; on a member's profile, the check
that erases what is due and names the warnings due.

The clock is read here, at the edge, and handed to the service, which reads no time
of its own (`desktop.services.retention`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from desktop.core.clock import utc_now
from desktop.services import erasure_receipts, retention
from desktop.services.operations import Changes
from desktop.services.retention import (
    EarlyErasure,
    Erased,
    ErasureWarning,
    RetentionChecked,
    RetentionDue,
    RetentionSetting,
)
from desktop.services.session import ProfileSession
from desktop.ui import ops
from desktop.ui.ops import Op


def retention_setting(session: ProfileSession, round_id: int) -> Op[RetentionSetting]:
    """The coordinator's setting for a round, and the date its packs carry now."""
    return ops.read(session, retention.retention_setting, round_id)


def set_retention(
    session: ProfileSession, round_id: int, *, erase_on: str | None, days_after_meeting: int | None
) -> Op[Changes]:
    return ops.change(
        session, retention.set_retention, round_id, erase_on=erase_on, days_after_meeting=days_after_meeting
    )


def due(session: ProfileSession) -> Op[RetentionDue]:
    """What is due today: a read, so a lock or a switch of profile need not wait for it."""
    return ops.read(session, retention.retention_due, date.today())


def check(session: ProfileSession) -> Op[RetentionChecked]:
    """Erase what is due: a change (locking waits for it), so an erasure is never cut off
    half-way. Asked for only when `due` found something to erase or clear."""
    return ops.change(session, retention.check_retention, date.today(), utc_now())


def record_warnings(session: ProfileSession, shown: Sequence[ErasureWarning]) -> Op[Changes]:
    return ops.change(session, retention.record_warnings, tuple(shown), date.today())


def early_erasure(session: ProfileSession, round_id: int) -> Op[EarlyErasure]:
    """What to ask before a round is erased by hand: its title, and whether work is unsent."""
    return ops.read(session, retention.early_erasure, round_id)


def erase_early(session: ProfileSession, round_id: int, *, unsent_understood: bool) -> Op[Erased]:
    """Erase a round's material now, by hand: the same erasure, copies and receipt as at the date."""
    return ops.change(
        session, retention.erase_early, round_id, utc_now(), unsent_understood=unsent_understood
    )


def save_receipt(session: ProfileSession, round_id: int, folder: Path) -> Op[Path]:
    """Write the round's erasure receipt into `folder`, to send the coordinator."""
    return ops.change(session, erasure_receipts.save_receipt, round_id, folder)
