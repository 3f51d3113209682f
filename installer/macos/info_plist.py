"""The macOS .app's Info.plist entries, for installer/panel-review.spec (BUNDLE(info_plist=...)).

Document types make Finder open .prpack, .prreview and .prcard files in Panel Review and
show them with its icon; the exported type declarations tell macOS what those extensions
are. Version numbers come from pyproject.toml.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
BUNDLE_ID = "org.panelreview.PanelReview"

# The oldest macOS the app starts on: the Qt wheels it bundles are built for macOS 14 and
# nothing older (measured, with how: QT_WHEELS_NEED_MACOS in tests/test_packaging.py).
MINIMUM_MACOS = "14.0"

# (UTI, extension, description, conforms to)
DOCUMENT_TYPES = (
    (f"{BUNDLE_ID}.pack", "prpack", "Panel Review assignment pack", "public.data"),
    (f"{BUNDLE_ID}.review", "prreview", "Panel Review review package", "public.data"),
    (f"{BUNDLE_ID}.receipt", "prreceipt", "Panel Review erasure receipt", "public.data"),
    (f"{BUNDLE_ID}.card", "prcard", "Panel Review member card", "public.tar-archive"),
)


def version() -> str:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return str(project["version"])


def info_plist() -> dict[str, Any]:
    return {
        "CFBundleName": "Panel Review",
        "CFBundleDisplayName": "Panel Review",
        "CFBundleIdentifier": BUNDLE_ID,
        "CFBundleShortVersionString": version(),
        "CFBundleVersion": version(),
        "CFBundleDevelopmentRegion": "en",
        "CFBundleLocalizations": ["en", "cy"],
        "LSMinimumSystemVersion": MINIMUM_MACOS,
        "NSHighResolutionCapable": True,
        "LSApplicationCategoryType": "public.app-category.productivity",
        "CFBundleDocumentTypes": [
            {
                "CFBundleTypeName": description,
                "CFBundleTypeRole": "Editor",
                "LSHandlerRank": "Owner",
                "LSItemContentTypes": [uti],
                "CFBundleTypeIconFile": "panel-review.icns",
            }
            for uti, _extension, description, _parent in DOCUMENT_TYPES
        ],
        "UTExportedTypeDeclarations": [
            {
                "UTTypeIdentifier": uti,
                "UTTypeDescription": description,
                "UTTypeConformsTo": [parent],
                "UTTypeIconFile": "panel-review.icns",
                "UTTypeTagSpecification": {"public.filename-extension": [extension]},
            }
            for uti, extension, description, parent in DOCUMENT_TYPES
        ],
    }
