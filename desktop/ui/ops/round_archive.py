"""The coordinator's archive of a published round and the purge of its case material.

The clock is read here, at the edge; the services read no time of their own
(`desktop.services.round_archive`).
"""

from __future__ import annotations

from pathlib import Path

from desktop.core.clock import utc_now
from desktop.services import round_archive
from desktop.services.round_archive import ArchiveState, ArchiveWritten, Purged
from desktop.services.session import ProfileSession
from desktop.ui import ops
from desktop.ui.ops import Op


def archive_state(session: ProfileSession, round_id: int) -> Op[ArchiveState]:
    return ops.read(session, round_archive.archive_state, round_id)


def write_archive(
    session: ProfileSession, round_id: int, path: Path, passphrase: str, repeat: str
) -> Op[ArchiveWritten]:
    return ops.change(session, round_archive.write_archive, round_id, path, passphrase, repeat, utc_now())


def purge(session: ProfileSession, round_id: int) -> Op[Purged]:
    """A change: locking waits for it, so a purge is never cut off half-way."""
    return ops.change(session, round_archive.purge_round, round_id, utc_now())
