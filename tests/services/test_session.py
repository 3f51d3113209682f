"""The interface's handle on an unlocked profile: services only, and nothing after a lock."""

from __future__ import annotations

import pytest

from desktop.services import profile, rounds
from desktop.services.session import ProfileSession, SessionClosed, open_session
from tests.conftest import PASSPHRASE


def test_a_session_runs_services_until_closed_then_refuses(profile_dir, db) -> None:
    db.close()
    opened = open_session(profile_dir, PASSPHRASE)
    session = opened.session
    assert session.run(profile.profile_info).display_name
    assert isinstance(session.run(rounds.list_rounds), list)
    session.close()
    assert not session.is_open
    with pytest.raises(SessionClosed):
        session.run(rounds.list_rounds)
    assert session.close() is None  # closing twice is harmless


def test_closing_with_a_backup_leaves_one_behind(profile_dir, db) -> None:
    import shutil

    shutil.rmtree(profile_dir / "backups", ignore_errors=True)
    session = ProfileSession(db)
    assert session.close(backup=True) is None
    assert list((profile_dir / "backups").glob("*.db")), "closing with backup=True must leave a backup"
