"""Keys: the fingerprint is exactly what formats.md defines; public keys travel safely."""

from __future__ import annotations

import base64
import hashlib
import re

import pytest

from desktop.exchange.errors import ExchangeError, Reason
from desktop.exchange.keys import KeyPair, PublicKeys, generate_keys

# The test vector in docs/formats.md: RFC 8032 test 1 public key and the recipient of
# age's own test vectors.
SIGNING = bytes.fromhex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
RECIPIENT = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p"
KNOWN = "49933 40549 82166 56694 97636 69363"


def spec_fingerprint(keys: PublicKeys) -> str:
    """docs/formats.md, "Keys and fingerprints", written out independently."""
    text = (
        "panel-review-fingerprint-v1\n"
        + base64.b64encode(keys.signing_key).decode()
        + "\n"
        + keys.encryption_key
    )
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    numbers = [int.from_bytes(digest[5 * i : 5 * i + 5], "big") % 100000 for i in range(6)]
    return " ".join(str(n).zfill(5) for n in numbers)


def test_the_fingerprint_is_the_documented_one() -> None:
    keys = PublicKeys(SIGNING, RECIPIENT)
    assert keys.fingerprint() == spec_fingerprint(keys) == KNOWN


def test_fingerprints_are_six_groups_of_five_digits_and_differ_per_pair() -> None:
    prints = {generate_keys().public.fingerprint() for _ in range(20)}
    assert len(prints) == 20
    assert all(re.fullmatch(r"\d{5}( \d{5}){5}", p) for p in prints)


def test_public_keys_round_trip_through_json() -> None:
    keys = generate_keys().public
    assert PublicKeys.from_json(keys.to_json()) == keys
    assert set(keys.to_json()) == {"signing_key", "encryption_key"}


@pytest.mark.parametrize(
    "change",
    [
        {"signing_key": base64.b64encode(b"x" * 31).decode()},
        {"signing_key": "not base64!"},
        {"signing_key": base64.b64encode(SIGNING).decode().rstrip("=")},
        {"encryption_key": RECIPIENT[:-1] + "q"},
        {"encryption_key": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIG"},
        {"encryption_key": RECIPIENT.upper()},
        {"extra": "field"},
        {"signing_key": 5},
    ],
)
def test_damaged_public_keys_are_malformed(change: dict[str, object]) -> None:
    data: dict[str, object] = {"signing_key": base64.b64encode(SIGNING).decode(), "encryption_key": RECIPIENT}
    data.update(change)
    with pytest.raises(ExchangeError) as refused:
        PublicKeys.from_json(data)
    assert refused.value.reason is Reason.MALFORMED


def test_a_key_pair_signs_and_its_repr_shows_no_secret() -> None:
    pair = generate_keys()
    signature = pair.sign(b"manifest")
    assert pair.public.verify(signature, b"manifest")
    assert not pair.public.verify(signature, b"manifest!")
    assert not generate_keys().public.verify(signature, b"manifest")
    shown = repr(pair) + str(pair)
    assert pair.encryption_identity not in shown and "AGE-SECRET-KEY" not in shown
    assert pair.signing_private.hex() not in shown and repr(pair.signing_private) not in shown
    assert pair.public.fingerprint() in shown


def test_a_key_pair_is_rebuilt_from_its_stored_halves() -> None:
    pair = generate_keys()
    again = KeyPair(pair.signing_private, pair.encryption_identity)
    assert again.public == pair.public and len(pair.signing_private) == 32
    assert pair.encryption_identity.startswith("AGE-SECRET-KEY-1")
