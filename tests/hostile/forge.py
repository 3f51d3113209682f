"""Tools for building exchange files, valid or deliberately broken, byte by byte.

Used by make_corpus.py and the fuzz tests. Valid files are built exactly as
`desktop.exchange` writes them (ustar, manifest, signature, age), but with a fixed
creation time, and sealed by `seal`, a small age (age-encryption.org/v1) writer whose
file key, ephemeral key and nonce are derived from the recipient and the plaintext
instead of drawn at random: a rebuild gives byte-identical files, and the same
plaintext sealed twice to the same reader is the same file (a true duplicate). That
would be a flaw in a real encryptor; these are fixed test keys, and the files are read
by the real age implementation (pyrage) like any other. Broken files change one thing
at a time.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import tarfile
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from cryptography.hazmat.primitives import hashes, hmac
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop.exchange.keys import KeyPair
from desktop.exchange.manifest import CARD, EntryInfo, Manifest, Sender

CREATED = datetime(2026, 1, 15, 10, 0, 0)
MTIME = 1768471200  # CREATED as a Unix time
BLOCK = tarfile.BLOCKSIZE
RECORD = tarfile.RECORDSIZE


@dataclass
class Member:
    """One tar member to forge: any type, any declared size, any data."""

    name: str
    data: bytes = b""
    type: bytes = tarfile.REGTYPE
    size: int | None = None  # declared size, if it should differ from len(data)
    linkname: str = ""
    pad: bool = True  # pad the data to a whole block

    def header(self) -> bytes:
        info = tarfile.TarInfo(self.name)
        info.type, info.linkname, info.mtime, info.mode = self.type, self.linkname, MTIME, 0o644
        info.size = len(self.data) if self.size is None else self.size
        return info.tobuf(tarfile.USTAR_FORMAT, "utf-8", "surrogateescape")

    def encode(self) -> bytes:
        padding = b"\0" * (-len(self.data) % BLOCK) if self.pad else b""
        return self.header() + self.data + padding


def tar(members: list[Member], end: bool = True) -> bytes:
    """A ustar stream of `members`, ended and padded to a record as tarfile does."""
    body = b"".join(member.encode() for member in members)
    if end:
        body += b"\0" * (2 * BLOCK)
        body += b"\0" * (-len(body) % RECORD)
    return body


def seal(plain: bytes, to: KeyPair) -> bytes:
    """`plain` encrypted with age to `to`'s X25519 recipient, deterministically (see above)."""
    recipient = _bech32_data(to.public.encryption_key, "age")
    seed = hashlib.sha256(b"panel-review-test-seal\n" + recipient + hashlib.sha256(plain).digest()).digest()
    file_key, ephemeral, nonce = (
        _derive(seed, b"file key")[:16],
        _derive(seed, b"ephemeral"),
        _derive(seed, b"nonce")[:16],
    )
    secret = X25519PrivateKey.from_private_bytes(ephemeral)
    share = secret.public_key().public_bytes_raw()
    shared = secret.exchange(X25519PublicKey.from_public_bytes(recipient))
    wrap_key = _hkdf(shared, share + recipient, b"age-encryption.org/v1/X25519")
    wrapped = ChaCha20Poly1305(wrap_key).encrypt(bytes(12), file_key, None)
    header = f"age-encryption.org/v1\n-> X25519 {_b64raw(share)}\n{_b64raw(wrapped)}\n---".encode()
    mac = hmac.HMAC(_hkdf(file_key, b"", b"header"), hashes.SHA256())
    mac.update(header)
    body = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
    chunks = [plain[i : i + AGE_CHUNK] for i in range(0, len(plain), AGE_CHUNK)] or [b""]
    sealed = [header, b" ", _b64raw(mac.finalize()).encode(), b"\n", nonce]
    for counter, chunk in enumerate(chunks):
        last = b"\x01" if counter == len(chunks) - 1 else b"\x00"
        sealed.append(body.encrypt(counter.to_bytes(11, "big") + last, chunk, None))
    return b"".join(sealed)


AGE_CHUNK = 64 * 1024
_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _derive(seed: bytes, label: bytes) -> bytes:
    return hashlib.sha256(seed + label).digest()


def _hkdf(key: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt, info).derive(key)


def _b64raw(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii").rstrip("=")


def _bech32_data(text: str, prefix: str) -> bytes:
    """The bytes a Bech32 string such as an age recipient carries (checksum not verified)."""
    hrp, _, data = text.lower().rpartition("1")
    assert hrp == prefix, text
    acc, bits, out = 0, 0, bytearray()
    for char in data[:-6]:
        acc, bits = (acc << 5) | _BECH32.index(char), bits + 5
        if bits >= 8:
            bits -= 8
            out.append((acc >> bits) & 0xFF)
    return bytes(out)


def b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass
class Spec:
    """Everything that goes into one container; change a field to break one thing."""

    kind: str
    sender: KeyPair
    sender_name: str
    sender_role: str
    recipient: KeyPair | None
    round_uid: str | None
    revision: int
    entries: list[tuple[str, bytes]] = field(default_factory=list)
    # Every kind at version 1, as the files were first built (a version-1 package still
    # reads); a file that needs a later version's fields names it.
    format_version: int = 1

    def manifest(self) -> Manifest:
        return Manifest(
            kind=self.kind,
            created=CREATED,
            sender=Sender(self.sender_name, self.sender_role, self.sender.public),
            recipient=self.recipient.public.fingerprint() if self.recipient else None,
            round_uid=self.round_uid,
            revision=self.revision,
            entries=tuple(EntryInfo(name, len(data), sha256(data)) for name, data in self.entries),
            format_version=self.format_version,
        )

    def document(self) -> dict[str, Any]:
        """The manifest as a JSON object, to edit before `encode`."""
        loaded: dict[str, Any] = json.loads(self.manifest().to_bytes())
        return loaded

    def members(self, manifest: bytes | None = None, signature: bytes | None = None) -> list[Member]:
        stored = self.manifest().to_bytes() if manifest is None else manifest
        sig = self.sender.sign(stored) if signature is None else signature
        head = [Member("manifest.json", stored), Member("manifest.sig", sig)]
        return head + [Member(name, data) for name, data in self.entries]

    def plain(self) -> bytes:
        return tar(self.members())

    def sealed(self, to: KeyPair | None = None) -> bytes:
        """The file as written: plain for a card, else encrypted to `to` or the recipient."""
        if self.kind == CARD:
            return self.plain()
        target = to or self.recipient
        assert target is not None
        return seal(self.plain(), target)


def encode(document: dict[str, Any]) -> bytes:
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def signed_members(spec: Spec, document: dict[str, Any], entries: list[Member] | None = None) -> list[Member]:
    """manifest.json from an edited `document`, properly signed, then the entries."""
    stored = encode(document)
    head = [Member("manifest.json", stored), Member("manifest.sig", spec.sender.sign(stored))]
    return head + (entries if entries is not None else [Member(n, d) for n, d in spec.entries])


def gzip_of_zeros(size: int) -> bytes:
    import gzip

    return gzip.compress(bytes(size), compresslevel=9, mtime=0)


def zip_of_zeros(size: int) -> bytes:
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        info = zipfile.ZipInfo("round.json", date_time=(2026, 1, 15, 10, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        archive.writestr(info, bytes(size))
    return buffer.getvalue()
