"""The one clock every stored timestamp is read from: UTC, as a naive datetime.

The database columns are plain `DateTime` (SQLite keeps them as text with no offset),
so an aware datetime would lose its offset silently on the way in. Every timestamp the
app writes is therefore UTC with the tzinfo removed, and code that shows one to a
person must convert it to local time first. Backup file names are not
timestamps in this sense: they stay in local time, for the person reading the folder.
"""

from __future__ import annotations

from datetime import UTC, datetime


def utc_now() -> datetime:
    """Now, in UTC, without tzinfo: what every timestamp column holds."""
    return datetime.now(UTC).replace(tzinfo=None)
