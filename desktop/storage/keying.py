"""The database key: derived by us from the passphrase, handed to SQLCipher as raw bytes.

Why not let SQLCipher derive it (`PRAGMA key = '<passphrase>'`)? Then the passphrase
itself has to be written into an SQL statement, as a Python `str` and again inside
SQLite, for every connection the pool opens, and none of those copies can be wiped.
Instead the passphrase is held as bytes (`core.secret.Passphrase`), run once through
scrypt (`hashlib.scrypt`, OpenSSL's), and the 32-byte result is given to SQLCipher as a
raw key (`PRAGMA key = "x'<64 hex digits>'"`), so SQLCipher does no derivation of its
own. The passphrase is never in any statement.

The salt is SQLCipher's own: the first 16 bytes of every SQLCipher file are a random
salt, stored in the clear. A new database is created with a fresh salt given next to
the raw key (`x'<key><salt>'`); re-keying and `sqlcipher_export` (backups) keep it. So
the file carries everything needed to derive its key, and a backup or a copied file
opens anywhere with the passphrase alone. Parameters: docs/decisions.md.

A database made before this (keyed with the passphrase, SQLCipher's PBKDF2) still opens:
`LegacyKey` keys a connection the old way, and the unlock re-keys such a file once to
the derived key (storage.database).
"""

from __future__ import annotations

import binascii
import hashlib
import secrets
from pathlib import Path
from typing import Any

from desktop.core.secret import Passphrase, wipe_buffer, wipe_bytes, wipe_text

SALT_BYTES = 16  # SQLCipher's salt: the first 16 bytes of the file
KEY_BYTES = 32
SCRYPT_N = 2**17  # OWASP's minimum for scrypt: 128 MiB and about half a second
SCRYPT_R = 8
SCRYPT_P = 1
_SCRYPT_MEMORY = 128 * SCRYPT_R * SCRYPT_N * SCRYPT_P + 16 * 1024 * 1024


def new_salt() -> bytes:
    return secrets.token_bytes(SALT_BYTES)


def file_salt(path: Path) -> bytes | None:
    """The salt at the start of a SQLCipher file; None when the file is too short to hold one."""
    try:
        with path.open("rb") as stream:
            salt = stream.read(SALT_BYTES)
    except OSError:
        return None
    return salt if len(salt) == SALT_BYTES else None


class RawKey:
    """A derived key in a bytearray that `wipe()` overwrites; keys a connection as raw bytes."""

    __slots__ = ("_key", "_salt")

    def __init__(self, key: bytearray, salt: bytes | None = None) -> None:
        self._key = key
        self._salt = salt  # given only when creating a file, so SQLCipher writes this salt

    @classmethod
    def derive(cls, passphrase: Passphrase, salt: bytes, *, new_file: bool = False) -> RawKey:
        """Run scrypt over the passphrase's bytes (no copy is made of them)."""
        derived = hashlib.scrypt(
            passphrase.buffer(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P,
            maxmem=_SCRYPT_MEMORY, dklen=KEY_BYTES,
        )  # fmt: skip
        key = bytearray(derived)
        wipe_bytes(derived)
        return cls(key, salt if new_file else None)

    @property
    def wiped(self) -> bool:
        return not any(self._key)

    def wipe(self) -> None:
        wipe_buffer(self._key)

    def apply(self, conn: Any, verb: str = "key") -> None:
        """Run `PRAGMA <verb> = "x'…'"` on a sqlcipher3 connection, then wipe the statement."""
        if self.wiped:
            raise ValueError("the key was wiped: the profile is locked")
        parts = [self._key] + ([bytearray(self._salt)] if self._salt else [])
        _execute_secret(conn, f"PRAGMA {verb} = \"x'".encode(), parts, b"'\"", hexed=True)


class LegacyKey:
    """The passphrase itself as SQLCipher's key: only to open and upgrade an older file."""

    __slots__ = ("_passphrase",)

    def __init__(self, passphrase: Passphrase) -> None:
        self._passphrase = passphrase

    def wipe(self) -> None:
        """Nothing of its own to wipe: the passphrase belongs to the caller."""

    def apply(self, conn: Any, verb: str = "key") -> None:
        plain = bytearray(self._passphrase.buffer())
        quoted = plain.replace(b"'", b"''")
        wipe_buffer(plain)
        try:
            _execute_secret(conn, f"PRAGMA {verb} = '".encode(), [quoted], b"'", hexed=False)
        finally:
            wipe_buffer(quoted)


Key = RawKey | LegacyKey


def _execute_secret(conn: Any, head: bytes, parts: list[bytearray], tail: bytes, *, hexed: bool) -> None:
    """Build one statement in a wipeable buffer, run it, and overwrite every copy we made.

    The statement must reach SQLite as a `str`; that one str is overwritten after
    the call (CPython), as are the buffer it was decoded from and the hex digits.
    """
    width = 2 if hexed else 1
    buffer = bytearray(len(head) + width * sum(map(len, parts)) + len(tail))
    buffer[: len(head)] = head
    at = len(head)
    for part in parts:
        piece = binascii.hexlify(part) if hexed else part
        buffer[at : at + len(piece)] = piece
        at += len(piece)
        if isinstance(piece, bytes):
            wipe_bytes(piece)
    buffer[at:] = tail
    statement = buffer.decode("utf-8")
    try:
        conn.execute(statement)
    finally:
        wipe_text(statement)
        wipe_buffer(buffer)
