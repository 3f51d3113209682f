"""Derived raw keys: an older file keyed with the passphrase itself is re-keyed once, and the holder wipes."""

from __future__ import annotations

import shutil
from pathlib import Path

from desktop.core.secret import Passphrase, wipe_text
from desktop.paths import database_path
from desktop.services import profile
from desktop.storage.database import opens
from desktop.storage.keying import LegacyKey, RawKey, file_salt
from tests.conftest import PASSPHRASE
from tests.fixtures import make_fixture_0_1_0 as made


def _opens_the_old_way(path: Path) -> bool:
    with Passphrase.from_text("".join(PASSPHRASE)) as held:
        return opens(path, LegacyKey(held))


def _opens_with_derived_key(path: Path) -> bool:
    salt = file_salt(path)
    assert salt is not None
    with Passphrase(bytearray(PASSPHRASE.encode())) as held:
        key = RawKey.derive(held, salt)
    try:
        return opens(path, key)
    finally:
        key.wipe()


def test_a_release_0_1_0_profile_is_rekeyed_to_the_derived_key_once(tmp_path: Path) -> None:
    folder = tmp_path / "member"
    folder.mkdir()
    path = database_path(folder)
    shutil.copyfile(made.MEMBER, path)
    salt = file_salt(path)
    assert _opens_the_old_way(path) and not _opens_with_derived_key(path)

    profile.open_profile(folder, PASSPHRASE).db.close()

    assert file_salt(path) == salt
    assert _opens_with_derived_key(path) and not _opens_the_old_way(path)
    profile.open_profile(folder, PASSPHRASE).db.close()  # and it opens again the new way


def test_a_new_profile_opens_only_with_its_derived_key(tmp_path: Path) -> None:
    db = profile.create_profile(tmp_path, "Gwen Jones", PASSPHRASE, "en")
    db.close()
    assert db.key is not None and db.key.wiped  # closing forgets the key
    path = database_path(tmp_path)
    assert _opens_with_derived_key(path) and not _opens_the_old_way(path)


def test_the_holder_and_the_typed_text_are_overwritten() -> None:
    typed = "".join(["a quiet river ", "at dawn"])  # a fresh str, as a line edit hands back
    held = Passphrase.from_text(typed)
    assert typed != "a quiet river at dawn" and set(typed) == {"\0"}
    assert bytes(held.buffer()) == b"a quiet river at dawn"
    with held:
        pass
    assert held.wiped and "river" not in repr(held)
    welsh = "".join(["Siân a ", "Dafydd"])
    wipe_text(welsh)
    assert set(welsh) == {"\0"}
