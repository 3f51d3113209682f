"""Changing the key of a database: the open profile's, and of closed files (its backups).

Both derive the new key with the file's own salt (re-keying keeps it), so one
passphrase keeps opening the database and every backup. A backup older than derived
keys (keyed with the passphrase itself) is re-keyed just the same.
"""

from __future__ import annotations

from pathlib import Path

import sqlcipher3
from sqlalchemy.orm import sessionmaker

from desktop.core.secret import holding
from desktop.storage import database
from desktop.storage.database import Secret
from desktop.storage.keying import Key, RawKey, file_salt


def change_passphrase(db: database.Database, new_passphrase: Secret) -> None:
    """Re-encrypt the whole database under the key derived from a new passphrase.

    The salt stays (re-keying keeps the file's first bytes), so the new key is derived
    with it. The connection pool is emptied afterwards so no connection keyed with the
    old key is reused, and the old key is overwritten.
    """
    salt = file_salt(db.path)
    if salt is None:
        raise database.DatabaseDamaged(f"{db.path} is too short to hold a salt")
    with holding(new_passphrase) as held:
        new_key = RawKey.derive(held, salt)
    try:
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            raw = conn.connection.dbapi_connection
            new_key.apply(raw, "rekey")
            conn.commit()
    except BaseException:
        new_key.wipe()
        raise
    db.engine.dispose()
    if db.key is not None:
        db.key.wipe()
    db.key = new_key
    new_engine = database.engine_for(db.path, new_key)
    db.engine = new_engine
    db._sessions = sessionmaker(new_engine, expire_on_commit=False)


def rekey_file(path: Path, old_passphrase: Secret, new_passphrase: Secret) -> bool:
    """Re-encrypt a closed database file (a backup) under a new passphrase, in one transaction.

    The file may be keyed either way (a backup older than derived keys is keyed with
    the passphrase itself); afterwards it has the key derived from the new one.
    Returns False, changing nothing, if `old_passphrase` does not open it.
    """
    salt = file_salt(path)
    if salt is None:
        return False
    with holding(old_passphrase) as old, holding(new_passphrase) as new:
        found = database.opening_key(path, old)
        new_key = RawKey.derive(new, salt)
        try:
            return database.opens(path, found) and _rekey(path, found, new_key)
        finally:
            found.wipe()
            new_key.wipe()


def _rekey(path: Path, key: Key, new_key: RawKey) -> bool:
    conn = sqlcipher3.dbapi2.connect(str(path))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        key.apply(conn)
        new_key.apply(conn, "rekey")
    except database.DB_ERRORS:
        return False
    finally:
        conn.close()
    return True
