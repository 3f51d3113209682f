"""Opening a profile's encrypted database, and telling apart why it will not open.

The file is a SQLCipher database keyed with a raw key derived from the member's
passphrase with scrypt (storage.keying says why, and how older files keyed with the
passphrase itself are opened and upgraded once). It runs in WAL mode with
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

from desktop.core.secret import Passphrase, holding
from desktop.storage import faults, files
from desktop.storage.files import PAGE_SIZE, PLAIN_SQLITE_HEADER, FileState
from desktop.storage.keying import Key, LegacyKey, RawKey, file_salt, new_salt
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

    def __init__(self, path: Path, engine: Engine, key: RawKey | None = None) -> None:
        self.path = path
        self.engine = engine
        self.key = key  # what the engine keys new connections with; wiped by close()
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
        """Close every connection, then overwrite the key: nothing can open a connection again."""
        self.engine.dispose()
        if self.key is not None:
            self.key.wipe()


KEPT_CONNECTIONS = 2  # the GUI's, and one for an operation running beside it


def engine_for(path: Path, key: Key, journal_mode: str = "WAL") -> Engine:
    def connect() -> Any:
        conn = sqlcipher3.dbapi2.connect(str(path), check_same_thread=False)
        conn.execute("PRAGMA cipher_log_level = NONE")
        key.apply(conn)
        return conn

    # Chosen explicitly: for "sqlite://" SQLAlchemy would pick one connection per thread.
    # A queue hands a keyed connection to whichever thread asks next. Two are kept
    # (`Database.warm` opens the second off the GUI thread); a third asker opens another.
    # With a raw key a new connection costs no key derivation, only opening the file.
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


DB_ERRORS = (DatabaseError, sqlcipher3.dbapi2.DatabaseError, sqlite3.DatabaseError)


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


Secret = Passphrase | str  # a str only from scripts and tests; the window passes a Passphrase


def _keys_for(path: Path, passphrase: Passphrase) -> list[Key]:
    """The keys that may open `path`, most likely first: derived from its salt, then the old way.

    The caller wipes the derived key (`_wipe`) when it is done with the list.
    """
    salt = file_salt(path)
    derived: list[Key] = [RawKey.derive(passphrase, salt)] if salt is not None else []
    return [*derived, LegacyKey(passphrase)]


def _wipe(keys: list[Key], keep: Key | None = None) -> None:
    for key in keys:
        if key is not keep:
            key.wipe()


def opens(path: Path, key: Key) -> bool:
    """Whether `key` decrypts the first page of `path` (read-only, no side files)."""
    try:
        conn = _read_only(path, key)
    except DB_ERRORS:
        return False
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
        return True
    except DB_ERRORS:
        return False
    finally:
        conn.close()


def opens_with(path: Path, passphrase: Secret) -> bool:
    """Whether `passphrase` decrypts the first page of `path` (read-only, no side files)."""
    with holding(passphrase) as held:
        keys = _keys_for(path, held)
        try:
            return any(opens(path, key) for key in keys)
        finally:
            _wipe(keys)


def opening_key(path: Path, passphrase: Passphrase) -> Key:
    """The key that opens `path`: the derived one, the old way for an older file, else the derived one.

    When neither opens it, the derived key is returned so the checks that follow
    classify the failure (wrong passphrase or damage).
    """
    keys = _keys_for(path, passphrase)
    found = next((key for key in keys if opens(path, key)), keys[0])
    _wipe(keys, keep=found)
    return found


def _pages_that_decrypt(path: Path, key: Key) -> tuple[int, int]:
    """(pages whose checksum matches under this key, all pages), read-only.

    With a wrong key no page matches; with the right key and a damaged first page the
    others still do. This is what tells a damaged file from a wrong passphrase.
    """
    pages = path.stat().st_size // PAGE_SIZE
    try:
        conn = _read_only(path, key)
    except DB_ERRORS:
        return 0, pages
    try:
        failed = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check") if "HMAC" in r[0]]
    except DB_ERRORS:
        return 0, pages
    finally:
        conn.close()
    return pages - len(failed), pages


def _passphrase_or_damage(path: Path, passphrase: Passphrase, backups: Path | None) -> UnlockError:
    """The key does not open page 1: a wrong passphrase, or a damaged first page?

    With more than one page, the other pages tell: some decrypt under this key only if it
    is the right one (either key: the file may predate derived keys). The latest backup
    is asked only about a file too short to say, since a backup that could not be
    re-keyed after a passphrase change still opens with the old passphrase, which must
    not be reported as damage.
    """
    from desktop.storage.backup import list_backups

    keys = _keys_for(path, passphrase)
    try:
        counts = [_pages_that_decrypt(path, key) for key in keys]
    finally:
        _wipe(keys)
    good, pages = max(counts)
    if pages > 1:  # the file's own pages decide: a backup may still hold an old passphrase
        if good > 0:
            return DatabaseDamaged(f"{path}: {pages - good} of {pages} pages do not decrypt")
        return WrongPassphrase(str(path))
    latest = list_backups(backups)[:1] if backups is not None else []
    if any(opens_with(b.path, passphrase) for b in latest):
        return DatabaseDamaged(f"{path}: the passphrase opens the latest backup but not the file")
    return WrongPassphrase(str(path))


def classify(exc: BaseException, path: Path, passphrase: Secret, backups: Path | None) -> UnlockError:
    """The UnlockError that explains a database error met while opening `path`."""
    if "not a database" in str(exc).lower():
        with holding(passphrase) as held:
            return _passphrase_or_damage(path, held, backups)
    fault = faults.classify(exc)
    if fault is faults.Fault.DISK_FULL:
        return DiskFull(f"{path}: {exc}")
    if fault in (faults.Fault.READ_ONLY, faults.Fault.BUSY):
        return FolderNotAccessible(f"{path}: {exc}")
    return DatabaseDamaged(f"{path}: {exc}")


def _read_only(path: Path, key: Key) -> Any:
    """A keyed connection that cannot write: no journal, no side files, no header change."""
    # absolute: a profile named on the command line may be a relative path
    conn = sqlcipher3.dbapi2.connect(path.absolute().as_uri() + "?immutable=1", uri=True)
    conn.execute("PRAGMA cipher_log_level = NONE")
    key.apply(conn)
    return conn


def _check_read_only(path: Path, key: Key, passphrase: Passphrase, backups: Path | None) -> None:
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
        conn = sqlcipher3.dbapi2.connect(path.absolute().as_uri() + "?mode=ro", uri=True)
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
            key.apply(conn)
            try:
                rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
            except DB_ERRORS as exc:
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
    except DB_ERRORS as exc:
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
    passphrase: Secret,
    *,
    create: bool = False,
    backups: Path | None = None,
    before_migration: Callable[[Database], None] | None = None,
) -> Database:
    """Unlock the database at `path`, check it, and bring it up to date; nothing changes on failure.

    Before the read-write engine exists, a read-only connection checks the file: our
    tables, SQLite's quick_check, every page's checksum and the profile row. A file
    that only the passphrase itself opens (made before derived keys) passes the same
    checks first and is then re-keyed to the derived key, once.

    Raises DatabaseMissing when there is no file, or one of the UnlockError kinds. With
    `create` an empty database is made in place (tests; set-up uses create_database).
    `before_migration` runs (with the database open) just before a schema migration;
    `backups` is the folder whose latest backup helps tell damage from a wrong passphrase.
    The passphrase is not kept: the returned database holds only the derived key.
    """
    key: RawKey
    with holding(passphrase) as held:
        if create:
            if path.exists():
                raise FileExistsError(str(path))
            path.parent.mkdir(parents=True, exist_ok=True)
            key = RawKey.derive(held, new_salt(), new_file=True)
        else:
            check_file(path)
            check_writable(path)
            key = _unlocked_key(path, held, backups)
    return _migrated(path, key, create, backups, before_migration)


def _unlocked_key(path: Path, passphrase: Passphrase, backups: Path | None) -> RawKey:
    """Check the file under the key that opens it; upgrade an older file to the derived key."""
    found = opening_key(path, passphrase)
    try:
        _check_read_only(path, found, passphrase, backups)
        if isinstance(found, RawKey):
            return found
        return upgrade_key(path, passphrase)
    except BaseException:
        found.wipe()
        raise


def _migrated(
    path: Path,
    key: RawKey,
    create: bool,
    backups: Path | None,
    before_migration: Callable[[Database], None] | None,
) -> Database:
    engine = engine_for(path, key)
    try:
        if current_revision(engine) != HEAD:
            if before_migration is not None and not create:
                before_migration(Database(path, engine))
            migrate(engine)
    except UnlockError:
        engine.dispose()
        key.wipe()
        raise
    except DB_ERRORS as exc:
        engine.dispose()
        raise _classified(exc, path, key, backups) from exc
    return Database(path, engine, key)


def _classified(exc: BaseException, path: Path, key: RawKey, backups: Path | None) -> UnlockError:
    """Classify an error met after the key was found good: the passphrase is gone by then."""
    key.wipe()
    if "not a database" in str(exc).lower():
        return DatabaseDamaged(f"{path}: {exc}")
    return classify(exc, path, "", backups)


def upgrade_key(path: Path, passphrase: Passphrase) -> RawKey:
    """Re-key a file that the passphrase itself opens (SQLCipher's own derivation) to the derived key.

    One transaction inside SQLCipher: the file is either still the old way or wholly
    re-keyed; the salt at its start is kept, so the derived key is the one that fits.
    Returns that key; raises the database error if the file cannot be re-keyed.
    """
    salt = file_salt(path)
    if salt is None:
        raise DatabaseDamaged(f"{path} is too short to hold a salt")
    key = RawKey.derive(passphrase, salt)
    conn = sqlcipher3.dbapi2.connect(str(path))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        LegacyKey(passphrase).apply(conn)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        key.apply(conn, "rekey")
    except BaseException:
        key.wipe()
        raise
    finally:
        conn.close()
    return key


def create_database(path: Path, passphrase: Secret, populate: Callable[[Session], None]) -> Database:
    """Build a complete database under a temporary name, then rename it to `path`.

    Migrations and `populate` (the profile row) both go into the temporary file, which
    is closed cleanly (no -wal or -shm), fsynced and renamed over `path`: a process
    killed at any moment leaves either no database or a complete one. An existing
    `path` is replaced, so the caller decides whether that is allowed. Returns the new
    database, open (it was just checked by being built, so no unlock checks run).
    The file gets a fresh salt, and its key is derived from the passphrase with it.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = files.temporary_name(path, files.CREATING)
    with holding(passphrase) as held:
        key = RawKey.derive(held, new_salt(), new_file=True)  # the salt given stays the file's
    try:
        engine = engine_for(temp, key, journal_mode="DELETE")
        try:
            migrate(engine)
            with sessionmaker(engine).begin() as session:
                populate(session)
        finally:
            engine.dispose()
        if files.side_files(temp):
            raise OSError(f"{temp} did not close cleanly")
        files.move_into_place(temp, path)
    except DB_ERRORS as exc:
        key.wipe()
        files.remove_with_side_files(temp)
        if "full" in str(exc).lower():
            raise DiskFull(str(path.parent)) from exc
        raise
    except BaseException:
        key.wipe()
        files.remove_with_side_files(temp)
        raise
    return Database(path, engine_for(path, key), key)


def integrity_problems(db: Database) -> list[str]:
    """What the checks run at unlock find wrong in an open database now (empty: none)."""
    try:
        with db.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            return _integrity(raw)
    except DB_ERRORS as exc:
        return [str(exc)]
