"""What a coordinator sets once and every later round, briefing or export uses: stored by
key in `coordinator_setting` (revision 0019), each area under its own prefix
("briefing.", "dataset."). The services that own a setting check its value; this module
only reads and writes them."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.storage.database import Database
from desktop.storage.models import CoordinatorSetting


def read_settings(db: Database, prefix: str) -> dict[str, str]:
    """The settings under `prefix`, by their names after it ({} until any is saved)."""
    with db.session() as session:
        return read_settings_in(session, prefix)


def read_settings_in(session: Session, prefix: str) -> dict[str, str]:
    """`read_settings` in the caller's unit of work."""
    rows = session.scalars(select(CoordinatorSetting).where(CoordinatorSetting.key.startswith(prefix)))
    return {row.key.removeprefix(prefix): row.value for row in rows}


def save_settings_in(session: Session, prefix: str, values: Mapping[str, str]) -> None:
    """Store each value under `prefix` + its name, in the caller's unit of work."""
    for name, value in values.items():
        session.merge(CoordinatorSetting(key=prefix + name, value=value))
