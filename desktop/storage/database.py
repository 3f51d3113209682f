"""Opening a profile's encrypted database, and telling apart why it will not open.

The file is a SQLCipher database keyed by the member's passphrase (SQLCipher derives
the key with PBKDF2; we never handle key material ourselves). It runs in WAL mode with
`synchronous=FULL`, so every committed answer survives a killed process or a power cut.
Schema migrations run when the database is opened (after a backup, see backup.py).

Unlocking must never make things worse: every check before the key is tried reads
bytes only, and a file that fails any of them is left exactly as it was. Each way of
failing has its own exception, so the unlock screen can say what is wrong and what to
do next instead of blaming the passphrase for a damaged file or a full disk.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from desktop.storage import faults, files
from desktop.storage.files import PAGE_SIZE, PLAIN_SQLITE_HEADER, FileState
from desktop.storage.schema import HEAD, current_revision, migrate

SPACE_PROBE_BYTES = 64 * 1024
SPACE_CHECK = ".space-check-"  # room for a few pages of WAL: below this nothing can be saved


class UnlockError(Exception):
    """The database could not be opened; the file was not changed."""


class WrongPassphrase(UnlockError):
    """The passphrase does not open this database."""


class NotOurDatabase(UnlockError):
    """A readable file that is not a Panel Review database (plain SQLite, other tables)."""


class DatabaseDamaged(UnlockError):
    """Our database, but some of its bytes are lost or changed (a backup can replace it)."""


class FolderNotAccessible(UnlockError):
    """The file or its folder cannot be read or written (permissions, read-only disk)."""


class DiskFull(UnlockError):
    """There is no room on the disk to save anything."""


class SetupUnfinished(UnlockError):
    """An empty or half-created database: set-up was interrupted and must run again."""


class DatabaseMissing(Exception):
    """There is no database at the expected place (first run)."""


def _quote(passphrase: str) -> str:
    return "'" + passphrase.replace("'", "''") + "'"


class NestedSession(RuntimeError):
    """A unit of work was opened inside another: pass the open session down instead."""


class Database:
    """An open, unlocked database: an engine plus a session factory.

    Each operation is one unit of work: a service opens one `session()` and hands it to
    every helper it calls, so the operation commits all it wrote or nothing. A second
    `session()` opened while one is open in the same thread is refused: it would run
    in its own transaction (or commit the outer one early) and could leave half an
    operation behind. Nothing holds a session between calls, so widgets can never keep
    ORM objects alive.
    """

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._open = threading.local()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A transaction: committed when the block ends, rolled back on any error."""
        if getattr(self._open, "session", False):
            raise NestedSession("a unit of work is already open here; pass its session down")
        self._open.session = True
        try:
            with self._sessions.begin() as session:
                yield session
        finally:
            self._open.session = False

    def warm(self) -> None:
        """Key every connection the pool keeps (slow: call it off the GUI thread)."""
        held = [self.engine.connect() for _ in range(KEPT_CONNECTIONS)]
        for conn in held:
            conn.close()

    def close(self) -> None:
        self.engine.dispose()


KEPT_CONNECTIONS = 2  # the GUI's, and one for an operation running beside it


def _engine(path: Path, passphrase: str, journal_mode: str = "WAL") -> Engine:
    def connect() -> Any:
        conn = sqlcipher3.dbapi2.connect(str(path), check_same_thread=False)
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {_quote(passphrase)}")
        return conn

    # Chosen explicitly: for "sqlite://" SQLAlchemy would pick one connection per thread,
    # so the first query on the GUI thread after a background unlock derived the key
    # again (a quarter of a second, frozen). A queue hands a keyed connection to
    # whichever thread asks next. Two are kept (`Database.warm` keys the second off the
    # GUI thread), so a save on the GUI thread while documents load in the background
    # finds one ready instead of deriving the key again; a third asker opens another.
    engine = create_engine(
        "sqlite://", creator=connect, module=sqlcipher3.dbapi2,
        poolclass=QueuePool, pool_size=KEPT_CONNECTIONS, max_overflow=4,
    )  # fmt: skip

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: Any, _record: Any) -> None:
        cursor = dbapi_conn.cursor()
        # Reading first: a wrong key or a damaged first page fails here, before the
        # journal-mode pragma could write anything to the file.
        cursor.execute("SELECT count(*) FROM sqlite_master").fetchall()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA journal_mode = {journal_mode}")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    return engine


_DB_ERRORS = (DatabaseError, sqlcipher3.dbapi2.DatabaseError, sqlite3.DatabaseError)


def check_file(path: Path) -> None:
    """The checks that need no key, reading bytes only; raise what is wrong, if anything."""
    try:
        state = files.file_state(path)
        if state is FileState.MISSING:
            raise DatabaseMissing(str(path))
        if state is FileState.EMPTY:
            raise SetupUnfinished(f"{path} is empty")
        with path.open("rb") as stream:
            header = stream.read(len(PLAIN_SQLITE_HEADER))
            size = os.fstat(stream.fileno()).st_size
    except OSError as exc:
        raise FolderNotAccessible(str(path)) from exc
    if header == PLAIN_SQLITE_HEADER:
        raise NotOurDatabase(f"{path} is a plain, unencrypted SQLite database")
    if size < PAGE_SIZE:
        raise DatabaseDamaged(f"{path} is {size} bytes, shorter than one page")


def check_writable(path: Path) -> None:
    """Saving needs a writable file, a writable folder and some room: say so now.

    Finding out at the first answer would be worse. The room is tested by writing a
    small file beside the database and removing it; the database itself is not touched.
    """
    folder = path.parent
    if not os.access(path, os.R_OK | os.W_OK) or not os.access(folder, os.W_OK | os.X_OK):
        raise FolderNotAccessible(str(folder))
    for leftover in files.leftovers(path, SPACE_CHECK):  # a kill during an earlier probe
        with contextlib.suppress(OSError):
            leftover.unlink()
    probe = files.temporary_name(path, SPACE_CHECK)
    try:
        with probe.open("wb") as stream:
            stream.write(bytes(SPACE_PROBE_BYTES))
            stream.flush()
            os.fsync(stream.fileno())
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFull(str(folder)) from exc
        raise FolderNotAccessible(str(folder)) from exc
    finally:
        with contextlib.suppress(OSError):
            probe.unlink()


def opens_with(path: Path, passphrase: str) -> bool:
    """Whether `passphrase` decrypts the first page of `path` (read-only, no side files)."""
    try:
        conn = _read_only(path, passphrase)
    except _DB_ERRORS:
        return False
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
        return True
    except _DB_ERRORS:
        return False
    finally:
        conn.close()


def _pages_that_decrypt(path: Path, passphrase: str) -> tuple[int, int]:
    """(pages whose checksum matches under this key, all pages), read-only.

    With a wrong key no page matches; with the right key and a damaged first page the
    others still do. This is what tells a damaged file from a wrong passphrase.
    """
    pages = path.stat().st_size // PAGE_SIZE
    try:
        conn = _read_only(path, passphrase)
    except _DB_ERRORS:
        return 0, pages
    try:
        failed = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check") if "HMAC" in r[0]]
    except _DB_ERRORS:
        return 0, pages
    finally:
        conn.close()
    return pages - len(failed), pages


def _passphrase_or_damage(path: Path, passphrase: str, backups: Path | None) -> UnlockError:
    """The key does not open page 1: a wrong passphrase, or a damaged first page?

    With more than one page, the other pages tell: some decrypt under this key only if it
    is the right one. The latest backup is asked only about a file too short to say,
    since a backup that could not be re-keyed after a passphrase change still opens
    with the old passphrase, which must not be reported as damage.
    """
    from desktop.storage.backup import list_backups

    good, pages = _pages_that_decrypt(path, passphrase)
    if pages > 1:  # the file's own pages decide: a backup may still hold an old passphrase
        if good > 0:
            return DatabaseDamaged(f"{path}: {pages - good} of {pages} pages do not decrypt")
        return WrongPassphrase(str(path))
    latest = list_backups(backups)[:1] if backups is not None else []
    if any(opens_with(b.path, passphrase) for b in latest):
        return DatabaseDamaged(f"{path}: the passphrase opens the latest backup but not the file")
    return WrongPassphrase(str(path))


def classify(exc: BaseException, path: Path, passphrase: str, backups: Path | None) -> UnlockError:
    """The UnlockError that explains a database error met while opening `path`."""
    if "not a database" in str(exc).lower():
        return _passphrase_or_damage(path, passphrase, backups)
    fault = faults.classify(exc)
    if fault is faults.Fault.DISK_FULL:
        return DiskFull(f"{path}: {exc}")
    if fault in (faults.Fault.READ_ONLY, faults.Fault.BUSY):
        return FolderNotAccessible(f"{path}: {exc}")
    return DatabaseDamaged(f"{path}: {exc}")


def _read_only(path: Path, passphrase: str) -> Any:
    """A keyed connection that cannot write: no journal, no side files, no header change."""
    conn = sqlcipher3.dbapi2.connect(path.as_uri() + "?immutable=1", uri=True)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = {_quote(passphrase)}")
    return conn


def _check_read_only(path: Path, passphrase: str, backups: Path | None) -> None:
    """Check the file through a keyed connection that cannot write, before any engine exists.

    It finds our tables (else NotOurDatabase, or SetupUnfinished when there are none),
    runs quick_check and the page checksums, and looks for the profile row. A read-write
    connection would set the journal mode of a file that turns out not to be ours, and
    would checkpoint a leftover WAL into a damaged file as it closes; a read-only one
    reads the WAL but never writes the database. The empty -wal and -shm it may create
    are removed again, so a refused file is left exactly as it was found.
    """
    existed = set(files.side_files(path))
    try:
        conn = sqlcipher3.dbapi2.connect(path.as_uri() + "?mode=ro", uri=True)
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(f"PRAGMA key = {_quote(passphrase)}")
            try:
                rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
            except _DB_ERRORS as exc:
                raise classify(exc, path, passphrase, backups) from exc
            tables = {str(row[0]) for row in rows}
            if not tables:
                raise SetupUnfinished(f"{path} has no tables")
            if "alembic_version" not in tables:
                raise NotOurDatabase(f"{path} has none of our tables")
            problems = _integrity(conn)
            # an older schema may lack the table: services check the row after migrating
            if not problems and "profile" in tables and not _count(conn, "profile"):
                raise SetupUnfinished(f"{path} has no profile")
        finally:
            conn.close()
    except _DB_ERRORS as exc:
        raise DatabaseDamaged(f"{path}: {exc}") from exc
    finally:
        for created in set(files.side_files(path)) - existed:
            if created.name.endswith("-shm") or created.stat().st_size == 0:
                with contextlib.suppress(OSError):
                    created.unlink()
    if problems:
        raise DatabaseDamaged(f"{path}: " + "; ".join(problems[:5]))


def _count(conn: Any, table: str) -> int:
    return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _integrity(conn: Any) -> list[str]:
    """What SQLite's quick_check and SQLCipher's page checksums find wrong (empty: none).

    quick_check walks every table and index; cipher_integrity_check verifies the
    checksum of every page, including pages quick_check never reads.
    """
    rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check")]
    problems = [] if rows == ["ok"] else rows
    return problems + [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]


def open_database(
    path: Path,
    passphrase: str,
    *,
    create: bool = False,
    backups: Path | None = None,
    before_migration: Callable[[Database], None] | None = None,
) -> Database:
    """Unlock the database at `path`, check it, and bring it up to date; nothing changes on failure.

    Before the read-write engine exists, a read-only connection checks the file: our
    tables, SQLite's quick_check, every page's checksum and the profile row.

    Raises DatabaseMissing when there is no file, or one of the UnlockError kinds. With
    `create` an empty database is made in place (tests; set-up uses create_database).
    `before_migration` runs (with the database open) just before a schema migration;
    `backups` is the folder whose latest backup helps tell damage from a wrong passphrase.
    """
    if create:
        if path.exists():
            raise FileExistsError(str(path))
        path.parent.mkdir(parents=True, exist_ok=True)
    else:
        check_file(path)
        check_writable(path)
        _check_read_only(path, passphrase, backups)
    engine = _engine(path, passphrase)
    try:
        if current_revision(engine) != HEAD:
            if before_migration is not None and not create:
                before_migration(Database(path, engine))
            migrate(engine)
    except UnlockError:
        engine.dispose()
        raise
    except _DB_ERRORS as exc:
        engine.dispose()
        raise classify(exc, path, passphrase, backups) from exc
    return Database(path, engine)


def create_database(path: Path, passphrase: str, populate: Callable[[Session], None]) -> Database:
    """Build a complete database under a temporary name, then rename it to `path`.

    Migrations and `populate` (the profile row) both go into the temporary file, which
    is closed cleanly (no -wal or -shm), fsynced and renamed over `path`: a process
    killed at any moment leaves either no database or a complete one. An existing
    `path` is replaced, so the caller decides whether that is allowed. Returns the new
    database, open (it was just checked by being built, so no unlock checks run).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = files.temporary_name(path, files.CREATING)
    try:
        engine = _engine(temp, passphrase, journal_mode="DELETE")
        try:
            migrate(engine)
            with sessionmaker(engine).begin() as session:
                populate(session)
        finally:
            engine.dispose()
        if files.side_files(temp):
            raise OSError(f"{temp} did not close cleanly")
        files.move_into_place(temp, path)
    except _DB_ERRORS as exc:
        files.remove_with_side_files(temp)
        if "full" in str(exc).lower():
            raise DiskFull(str(path.parent)) from exc
        raise
    except BaseException:
        files.remove_with_side_files(temp)
        raise
    return Database(path, _engine(path, passphrase))


def integrity_problems(db: Database) -> list[str]:
    """What the checks run at unlock find wrong in an open database now (empty: none)."""
    try:
        with db.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            return _integrity(raw)
    except _DB_ERRORS as exc:
        return [str(exc)]


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


def rekey_file(path: Path, old_passphrase: str, new_passphrase: str) -> bool:
    """Re-encrypt a closed database file (a backup) under a new passphrase, in one transaction.

    Returns False, changing nothing, if `old_passphrase` does not open it.
    """
    if not opens_with(path, old_passphrase):
        return False
    conn = sqlcipher3.dbapi2.connect(str(path))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {_quote(old_passphrase)}")
        conn.execute(f"PRAGMA rekey = {_quote(new_passphrase)}")
    except _DB_ERRORS:
        return False
    finally:
        conn.close()
    return True
