"""Strict readers for the fields of the JSON payloads inside packs and packages.

A payload arrives from another machine. Its signature says who sent it, not that the
sender's software was right, so every field is checked for type, range and shape before
anything is built from it, and anything wrong raises `PayloadError` naming the field by
its path (`cases[3].answers[0].hours`). Every field is required and no other field is
allowed: a reader cannot judge what it does not know, and a newer format says so with a
new format version in the manifest.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Collection
from datetime import date
from typing import Any, NoReturn

MAX_PAYLOAD_BYTES = 64 * 1024 * 1024
MAX_WHOLE_NUMBER = 2**31 - 1

_UID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{32}")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_IDENTIFIER = re.compile(r"[A-Za-z0-9_-]{1,64}")


class PayloadError(ValueError):
    """A payload that cannot be used: `field` is the path to the field, `message` why."""

    def __init__(self, field: str, message: str, source: str = "") -> None:
        where = f"{source}: {field}" if source else field
        super().__init__(f"{where}: {message}")
        self.field = field
        self.message = message
        self.source = source


def fail(field: str, message: str) -> NoReturn:
    raise PayloadError(field, message)


def load(data: bytes) -> Any:
    """Decode strict JSON: UTF-8 only, no NaN or Infinity, no key given twice."""
    if len(data) > MAX_PAYLOAD_BYTES:
        fail("(file)", f"is larger than {MAX_PAYLOAD_BYTES // 2**20} MiB")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        fail("(file)", f"is not UTF-8 (byte {exc.start})")
    try:
        return json.loads(text, object_pairs_hook=_no_repeats, parse_constant=_no_constant)
    except RecursionError:
        fail("(file)", "is nested too deeply")
    except PayloadError:
        raise
    except ValueError as exc:  # JSONDecodeError, or a number too long to convert
        fail("(file)", f"is not valid JSON ({exc})")


def _no_repeats(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """Python keeps the last of two equal keys; another reader might keep the first, so
    a payload that says two things must not be read as saying either."""
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            fail("(file)", f"gives the field {key!r} twice")
        result[key] = value
    return result


def _no_constant(name: str) -> NoReturn:
    fail("(file)", f"holds {name}, which is not a number JSON allows")


def dumps(value: Any) -> bytes:
    """Canonical JSON: sorted keys, no spaces, UTF-8, so equal payloads are equal bytes."""
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    return text.encode("utf-8")


def fields(value: Any, field: str, names: Collection[str], optional: Collection[str] = ()) -> dict[str, Any]:
    """An object with exactly the fields `names`, and perhaps some of `optional` (fields a
    later version added, which files from an earlier one do not have)."""
    if not isinstance(value, dict):
        fail(field or "(file)", "must be an object")
    prefix = f"{field}." if field else ""
    for name in names:
        if name not in value:
            fail(f"{prefix}{name}", "is missing")
    for name in value:
        if name not in names and name not in optional:
            fail(f"{prefix}{name}", "is not a field of this format")
    return value


def items(value: Any, field: str, limit: int) -> list[Any]:
    if not isinstance(value, list):
        fail(field, "must be a list")
    if len(value) > limit:
        fail(field, f"has more than {limit:,} items")
    return value


def text(value: Any, field: str, limit: int, *, required: bool = False, one_line: bool = False) -> str:
    """A string of at most `limit` characters. `one_line` refuses every control character;
    otherwise only line breaks and tabs are allowed among them."""
    if not isinstance(value, str):
        fail(field, "must be text")
    if len(value) > limit:
        fail(field, f"is longer than {limit:,} characters")
    if required and not value.strip():
        fail(field, "must not be empty")
    allowed = "" if one_line else "\n\t"
    if any((ord(c) < 32 and c not in allowed) or 127 <= ord(c) < 160 for c in value):
        fail(field, "holds a control character")
    return value


def whole_number(value: Any, field: str, low: int, high: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        fail(field, "must be a whole number")
    if not low <= value <= high:
        fail(field, f"must be from {low:,} to {high:,}")
    return value


def uid(value: Any, field: str) -> str:
    """A lowercase UUID, with hyphens or as 32 hex digits, kept exactly as written: a case's
    derived uid hashes the round uid's exact text, so rewriting it would change identities."""
    if not isinstance(value, str) or not _UID.fullmatch(value):
        fail(field, "must be a uid (a lowercase UUID)")
    return value


def uid_key(value: str) -> str:
    """What two spellings of one uid have in common, to find a uid given twice."""
    return uuid.UUID(value).hex


def identifier(value: Any, field: str) -> str:
    if not isinstance(value, str) or not _IDENTIFIER.fullmatch(value):
        fail(field, "must be a short id of letters, digits, '_' or '-'")
    return value


def sha256(value: Any, field: str) -> str:
    if not isinstance(value, str) or not _SHA256.fullmatch(value):
        fail(field, "must be a SHA-256 written as 64 lowercase hex digits")
    return value


def iso_date(value: Any, field: str) -> str:
    if isinstance(value, str) and _DATE.fullmatch(value):
        try:
            date.fromisoformat(value)
            return value
        except ValueError:
            pass
    fail(field, "must be a date written YYYY-MM-DD")


def one_of(value: Any, field: str, allowed: Collection[str]) -> str:
    if not isinstance(value, str) or value not in allowed:
        fail(field, f"must be one of {', '.join(allowed)}")
    return value
