"""A profile's two key pairs and the fingerprint people read to each other.

Ed25519 (`cryptography`) signs manifests; an X25519 age identity (`pyrage`) receives
packs and packages. The public halves travel in cards and manifests; the private
halves live only inside the encrypted database and are never shown by `repr`.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat
from pyrage import RecipientError, x25519

from desktop.exchange.errors import ExchangeError, Reason

FINGERPRINT_PREFIX = "panel-review-fingerprint-v1\n"
SIGNATURE_SIZE = 64
_KEY_FIELDS = ("signing_key", "encryption_key")


@dataclass(frozen=True)
class PublicKeys:
    """What others need to verify our signatures and encrypt to us."""

    signing_key: bytes  # raw 32-byte Ed25519 public key
    encryption_key: str  # age X25519 recipient, "age1…"

    def fingerprint(self) -> str:
        """Six groups of five digits naming this pair (docs/formats.md, "Keys and fingerprints")."""
        text = f"{FINGERPRINT_PREFIX}{_b64(self.signing_key)}\n{self.encryption_key}"
        digest = hashlib.sha256(text.encode("utf-8")).digest()
        groups = (int.from_bytes(digest[i : i + 5], "big") % 100_000 for i in range(0, 30, 5))
        return " ".join(f"{group:05d}" for group in groups)

    def to_json(self) -> dict[str, str]:
        return {"signing_key": _b64(self.signing_key), "encryption_key": self.encryption_key}

    @classmethod
    def from_json(cls, data: object) -> PublicKeys:
        """Keys from their JSON form; anything but two valid keys is MALFORMED."""
        if not isinstance(data, dict) or sorted(data) != sorted(_KEY_FIELDS):
            raise ExchangeError(Reason.MALFORMED, "public keys must have exactly signing_key, encryption_key")
        signing, encryption = data["signing_key"], data["encryption_key"]
        if not isinstance(signing, str) or not isinstance(encryption, str):
            raise ExchangeError(Reason.MALFORMED, "public keys must be strings")
        return cls(signing_key=_signing_key(signing), encryption_key=_encryption_key(encryption))

    def verify(self, signature: bytes, data: bytes) -> bool:
        """Whether `signature` is this signing key's Ed25519 signature of exactly `data`."""
        if len(signature) != SIGNATURE_SIZE:
            return False
        try:
            Ed25519PublicKey.from_public_bytes(self.signing_key).verify(signature, data)
        except (InvalidSignature, ValueError):
            return False
        return True


@dataclass(frozen=True, repr=False)
class KeyPair:
    """Both private keys of a profile. Kept in the encrypted database, never in a file."""

    signing_private: bytes = field(repr=False)  # raw 32-byte Ed25519 seed
    encryption_identity: str = field(repr=False)  # "AGE-SECRET-KEY-1…"

    def __repr__(self) -> str:
        return f"KeyPair(fingerprint={self.public.fingerprint()!r})"

    @property
    def public(self) -> PublicKeys:
        signing = Ed25519PrivateKey.from_private_bytes(self.signing_private).public_key()
        recipient = x25519.Identity.from_str(self.encryption_identity).to_public()
        return PublicKeys(signing.public_bytes(Encoding.Raw, PublicFormat.Raw), str(recipient))

    def sign(self, data: bytes) -> bytes:
        return Ed25519PrivateKey.from_private_bytes(self.signing_private).sign(data)

    def age_identity(self) -> x25519.Identity:
        return x25519.Identity.from_str(self.encryption_identity)


def generate_keys() -> KeyPair:
    """A fresh pair of keys, from the operating system's random source."""
    signing = Ed25519PrivateKey.generate().private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    return KeyPair(signing_private=signing, encryption_identity=str(x25519.Identity.generate()))


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _signing_key(text: str) -> bytes:
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
        Ed25519PublicKey.from_public_bytes(raw)
    except (UnicodeError, binascii.Error, ValueError) as error:
        raise ExchangeError(Reason.MALFORMED, f"signing_key is not a base64 Ed25519 key: {error}") from None
    if _b64(raw) != text:  # one spelling per key, so the fingerprint has one input
        raise ExchangeError(Reason.MALFORMED, "signing_key is not in canonical base64")
    return raw


def _encryption_key(text: str) -> str:
    if not text.startswith("age1") or text != text.strip():
        raise ExchangeError(Reason.MALFORMED, "encryption_key is not an age X25519 recipient")
    try:
        canonical = str(x25519.Recipient.from_str(text))
    except RecipientError as error:
        raise ExchangeError(Reason.MALFORMED, f"encryption_key is not valid: {error}") from None
    if canonical != text:
        raise ExchangeError(Reason.MALFORMED, "encryption_key is not in canonical form")
    return text
