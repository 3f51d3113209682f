"""A round's texts as XLIFF 1.2, the file every translation tool opens, written and read
through translate-toolkit's XLIFF store: we never write or pick apart XML by hand.

One `<file>`: `original` is the round's uid, `source-language` and `target-language`
the round's two languages (en-GB and cy-GB), `datatype="plaintext"`. Its `<header>`
holds one note from "panel-review" with the manifest (how many units, and a digest of
their ids). Each `<trans-unit>` has an opaque `id`, the text as `<source>`, an empty
`<target>` for the translator, a `<note>` saying where the text stands in words, and in
`extradata` the SHA-256 of the source as exported (docs/formats.md).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lxml import etree
from translate.storage import xliff

from desktop.core.atomic_files import atomic_write
from desktop.exchange.translation_sheet import (
    Manifest,
    Refusal,
    Sheet,
    SheetUnit,
    TranslationFileRefused,
    checked_xml,
    language_code,
    language_of,
    read_limited,
)

NAMESPACE = "urn:oasis:names:tc:xliff:document:1.2"
MANIFEST_FROM = "panel-review"
SHA_PREFIX = "sha256:"


class Xliff12Unit(xliff.xliffunit):
    """translate-toolkit's unit, made in the 1.2 namespace (its own is 1.1)."""

    namespace = NAMESPACE


class Xliff12File(xliff.Xliff1File[Xliff12Unit]):
    """translate-toolkit's XLIFF store, started from a 1.2 document (its own is 1.1)."""

    UnitClass = Xliff12Unit

    XMLskeleton = f"""<?xml version="1.0" ?>
<xliff version="1.2" xmlns="{NAMESPACE}">
<file original="NoName" source-language="en" datatype="plaintext">
<body>
</body>
</file>
</xliff>"""
    namespace = NAMESPACE


def write_xliff(sheet: Sheet, path: Path) -> None:
    """Write `sheet` to `path` as XLIFF 1.2, replacing it whole or not at all."""
    store: Any = Xliff12File(  # translate-toolkit's methods are not all typed
        sourcelanguage=language_code(sheet.source_language),
        targetlanguage=language_code(sheet.target_language),
    )
    filenode = store.createfilenode(
        sheet.round_uid,
        language_code(sheet.source_language),
        language_code(sheet.target_language),
    )
    _add_manifest(store, filenode, sheet.declared())
    for unit in sheet.units:
        written = store.addsourceunit(unit.source, filename=sheet.round_uid)
        written.setid(unit.id)
        written.target = unit.target
        if unit.note:
            written.addnote(unit.note, origin="developer")
        if unit.source_sha256:
            written.xmlelement.set("extradata", SHA_PREFIX + unit.source_sha256)
    with atomic_write(path) as handle:
        handle.write(bytes(store))


def _add_manifest(store: Any, filenode: Any, manifest: Manifest) -> None:
    """The header note with the manifest; XLIFF 1.2 wants `<header>` before `<body>`."""
    header = etree.Element(store.namespaced("header"))
    note = etree.SubElement(header, store.namespaced("note"))
    note.set("from", MANIFEST_FROM)
    note.text = manifest.text()
    filenode.insert(0, header)


def read_xliff(path: Path) -> Sheet:
    """The sheet in the XLIFF 1.2 file at `path`, refused (`TranslationFileRefused`)
    when it is too big, declares a document type, or is not XLIFF 1.2 with one file."""
    data = read_limited(path)
    root = checked_xml(data, Refusal.NOT_XLIFF)
    if root.tag != f"{{{NAMESPACE}}}xliff" or root.get("version") != "1.2":
        raise TranslationFileRefused(Refusal.NOT_XLIFF)
    if len(root.findall(f"{{{NAMESPACE}}}file")) != 1:
        raise TranslationFileRefused(Refusal.NOT_XLIFF)
    try:
        store: Any = xliff.xlifffile.parsestring(data)  # type: ignore[no-untyped-call]
    except (ValueError, AssertionError, StopIteration, etree.XMLSyntaxError):
        raise TranslationFileRefused(Refusal.NOT_XLIFF) from None
    filenode = next(store.document.getroot().iterchildren(store.namespaced("file")))
    return Sheet(
        round_uid=filenode.get("original") or "",
        source_language=language_of(filenode.get("source-language")),
        target_language=language_of(filenode.get("target-language")),
        units=tuple(_unit(u) for u in store.units if not u.isheader()),
        manifest=_manifest(store, filenode),
    )


def _unit(unit: Any) -> SheetUnit:
    extradata = unit.xmlelement.get("extradata") or ""
    sha = extradata[len(SHA_PREFIX) :] if extradata.startswith(SHA_PREFIX) else ""
    return SheetUnit(
        id=unit.xmlelement.get("id") or "",  # getid() prefixes the file's name
        source=str(unit.source or ""),
        target=str(unit.target or ""),
        note=str(unit.getnotes() or ""),
        source_sha256=sha,
    )


def _manifest(store: Any, filenode: Any) -> Manifest | None:
    header = store.getheadernode(filenode)
    if header is None:
        return None
    for note in header.iterchildren(store.namespaced("note")):
        if note.get("from") == MANIFEST_FROM:
            return Manifest.parse(note.text or "")
    return None
