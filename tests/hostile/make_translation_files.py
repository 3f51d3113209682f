"""Build the hostile translation files in tests/hostile/translations/.

    python tests/hostile/make_translation_files.py

Each file attacks the import of a translator's file (services.translation_exchange) in
one way; `TRANSLATION_FILES` says which refusal each must meet. The files are small and
byte-identical on every rebuild (fixed zip times); the 2 GB file is made sparse by the
test itself, as no repository should hold one.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

FOLDER = Path(__file__).resolve().parent / "translations"
NS = "urn:oasis:names:tc:xliff:document:1.2"
UNIT = '<trans-unit id="0123456789abcdef"><source>{source}</source><target>Testun.</target></trans-unit>'


def _xliff(source: str, doctype: str = "", version: str = "1.2", ns: str = NS) -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n{doctype}'
        f'<xliff version="{version}" xmlns="{ns}"><file original="a-round" source-language="en-GB" '
        f'target-language="cy-GB" datatype="plaintext"><body>{UNIT.format(source=source)}</body>'
        "</file></xliff>\n"
    ).encode()


LAUGHS = "".join(
    f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' if n else '<!ENTITY lol0 "lol">' for n in range(10)
)

# file name -> (its bytes, the `Refusal` value it must meet, what it tries)
XML_FILES: dict[str, tuple[bytes, str, str]] = {
    "xxe-file.xlf": (
        _xliff("&secret;", '<!DOCTYPE xliff [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n'),
        "doctype",
        "an external entity that would read a local file into the source",
    ),
    "xxe-network.xlf": (
        _xliff("&remote;", '<!DOCTYPE xliff [<!ENTITY remote SYSTEM "http://192.0.2.1/x">]>\n'),
        "doctype",
        "an external entity that would fetch from the network",
    ),
    "external-dtd.xlf": (
        _xliff("Text.", '<!DOCTYPE xliff SYSTEM "http://192.0.2.1/xliff.dtd">\n'),
        "doctype",
        "an external DTD",
    ),
    "billion-laughs.xlf": (
        _xliff("&lol9;", f"<!DOCTYPE xliff [{LAUGHS}]>\n"),
        "doctype",
        "entity expansion to a billion 'lol's",
    ),
    "doctype-only.xlf": (
        _xliff("Text.", "<!DOCTYPE xliff>\n"),
        "doctype",
        "a harmless-looking DOCTYPE: none is ever needed",
    ),
    "xliff-2.0.xlf": (
        _xliff("Text.", version="2.0", ns="urn:oasis:names:tc:xliff:document:2.0"),
        "not_xliff",
        "XLIFF 2.0, not 1.2",
    ),
    "unclosed.xlf": (_xliff("Text.")[:-40], "not_xliff", "XML cut short"),
}

# A Word file is a zip: these attack it before python-docx opens it.
CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    b'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'
)
ZIP_FILES: dict[str, tuple[str, str]] = {
    "zip-bomb.docx": ("unpacks_too_big", "a part of 200 MB of zeros, deflated to a few hundred KB"),
    "many-parts.docx": ("unpacks_too_big", "1,001 empty parts, more than a Word table ever has"),
    "doctype-part.docx": ("doctype", "a document part declaring entities"),
}


def _zip(path: Path, parts: list[tuple[str, bytes]]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, data in parts:
            archive.writestr(
                zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED
            )


def build() -> None:
    FOLDER.mkdir(exist_ok=True)
    for name, (data, _, _) in XML_FILES.items():
        (FOLDER / name).write_bytes(data)
    _zip(
        FOLDER / "zip-bomb.docx",
        [("[Content_Types].xml", CONTENT_TYPES), ("word/document.xml", bytes(200 << 20))],
    )
    _zip(FOLDER / "many-parts.docx", [(f"word/part{n}.xml", b"") for n in range(1001)])
    _zip(
        FOLDER / "doctype-part.docx",
        [
            ("[Content_Types].xml", CONTENT_TYPES),
            (
                "word/document.xml",
                b'<?xml version="1.0"?><!DOCTYPE w [' + LAUGHS.encode() + b"]><w>&lol9;</w>",
            ),
        ],
    )


if __name__ == "__main__":
    build()
