"""Every hostile translation file (tests/hostile/translations/, built by
tests/hostile/make_translation_files.py) is refused by `plan_import` with its own plain
sentence in English and Welsh, and the profile is exactly as it was: no entity resolved,
no DTD fetched, no 2 GB read, no zip inflated."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from translate.storage import xliff

from desktop.exchange.translation_sheet import LARGEST_FILE, Refusal, TranslationFileRefused
from desktop.services.translation_exchange import export_translations, plan_import
from tests.hostile.make_translation_files import FOLDER, XML_FILES, ZIP_FILES
from tests.services.report_world import Coordinator, coordinator_with_round, dump

EXPECTED = {name: reason for name, (_, reason, _) in XML_FILES.items()} | {
    name: reason for name, (reason, _) in ZIP_FILES.items()
}


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Coordinator:
    return coordinator_with_round(tmp_path_factory.mktemp("hostile-translations"))


def _refused(world: Coordinator, path: Path) -> TranslationFileRefused:
    before = dump(world.db)
    with pytest.raises(TranslationFileRefused) as refused:
        plan_import(world.db, world.round_id, path)
    assert dump(world.db) == before
    english, welsh = refused.value.explain("en"), refused.value.explain("cy")
    assert english and welsh and english != welsh
    return refused.value


def test_the_corpus_is_as_its_maker_builds_it() -> None:
    assert sorted(p.name for p in FOLDER.iterdir()) == sorted(EXPECTED)
    for name, (data, _, _) in XML_FILES.items():
        assert (FOLDER / name).read_bytes() == data, f"rebuild with make_translation_files.py: {name}"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_hostile_file_is_refused_and_nothing_changes(world: Coordinator, name: str) -> None:
    assert _refused(world, FOLDER / name).reason.value == EXPECTED[name]


@pytest.mark.parametrize("suffix", [".xlf", ".docx"])
def test_a_2_gb_file_is_refused_by_its_size_before_it_is_read(
    world: Coordinator, tmp_path: Path, suffix: str
) -> None:
    path = tmp_path / f"huge{suffix}"
    with path.open("wb") as handle:
        handle.write(b"PK\x03\x04" if suffix == ".docx" else b"<?xml")
        handle.truncate(2 * 1024**3)  # sparse: nothing of it is on the disk
    assert _refused(world, path).reason is Refusal.TOO_BIG
    just_over = tmp_path / f"over{suffix}"
    shutil.copyfile(FOLDER / "doctype-only.xlf", just_over)
    os.truncate(just_over, LARGEST_FILE + 1)
    assert _refused(world, just_over).reason is Refusal.TOO_BIG


def test_translate_toolkit_itself_resolves_no_entity(tmp_path: Path) -> None:
    """Were our check ever bypassed, the library's own parser still reads no local file:
    it parses with lxml, resolve_entities=False and no_network=True."""
    secret = tmp_path / "secret.txt"
    secret.write_text("the coordinator's secret")
    data = (FOLDER / "xxe-file.xlf").read_bytes().replace(b"file:///etc/passwd", secret.as_uri().encode())
    store = xliff.xlifffile.parsestring(data)
    assert all("secret" not in str(u.source) for u in store.units)


def test_a_real_export_with_a_doctype_added_is_refused(world: Coordinator, tmp_path: Path) -> None:
    path = tmp_path / "round.xlf"
    export_translations(world.db, world.round_id, path)
    text = path.read_text(encoding="utf-8")
    declaration, _, rest = text.partition("\n")
    path.write_text(f'{declaration}\n<!DOCTYPE xliff [<!ENTITY x "y">]>\n{rest}', encoding="utf-8")
    assert _refused(world, path).reason is Refusal.DOCTYPE
