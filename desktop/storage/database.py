"""Opening a profile's encrypted database.

The file is a SQLCipher database keyed by the member's passphrase (SQLCipher derives
the key with PBKDF2; we never handle key material ourselves). It runs in WAL mode with
`synchronous=FULL`, so every committed answer survives a killed process or a power cut.
Schema migrations run every time the database is opened.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from desktop.storage.schema import migrate


class WrongPassphrase(Exception):
    """The passphrase does not open this database (or the file is not one of ours)."""


class DatabaseMissing(Exception):
    """There is no database at the expected place (first run)."""


def _quote(passphrase: str) -> str:
    return "'" + passphrase.replace("'", "''") + "'"


class Database:
    """An open, unlocked database: an engine plus a session factory.

    Services open their own unit of work with `session()`; nothing holds a session
    between calls, so widgets can never keep ORM objects alive.
    """

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A transaction: committed when the block ends, rolled back on any error."""
        with self._sessions.begin() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


def _engine(path: Path, passphrase: str) -> Engine:
    def connect() -> Any:
        conn = sqlcipher3.dbapi2.connect(str(path), check_same_thread=False)
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {_quote(passphrase)}")
        return conn

    engine = create_engine("sqlite://", creator=connect, module=sqlcipher3.dbapi2)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: Any, _record: Any) -> None:
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    return engine


def open_database(path: Path, passphrase: str, *, create: bool = False) -> Database:
    """Unlock (or, with `create`, make) the database at `path` and bring it up to date.

    Raises DatabaseMissing when there is no file and `create` is false, and
    WrongPassphrase when the passphrase does not open the file.
    """
    if not create and not path.exists():
        raise DatabaseMissing(str(path))
    if create and path.exists():
        raise FileExistsError(str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = _engine(path, passphrase)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
    except (DatabaseError, sqlite3.DatabaseError) as exc:
        engine.dispose()
        raise WrongPassphrase(str(path)) from exc
    migrate(engine)
    return Database(path, engine)


def change_passphrase(db: Database, new_passphrase: str) -> None:
    """Re-encrypt the whole database under a new passphrase.

    The connection pool is emptied afterwards so no connection keyed with the old
    passphrase is reused.
    """
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.exec_driver_sql(f"PRAGMA rekey = {_quote(new_passphrase)}")
        conn.commit()
    db.engine.dispose()
    new_engine = _engine(db.path, new_passphrase)
    db.engine = new_engine
    db._sessions = sessionmaker(new_engine, expire_on_commit=False)
