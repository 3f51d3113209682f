"""Interface settings, each declared once with its type and default.

They live in QSettings (INI format, in the platform's config folder), never in the
database: the language must be known before the database is unlocked. Tests point
QSettings at a temporary folder.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSettings


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    kind: type


LANGUAGE = Setting("interface/language", "en", str)
GEOMETRY = Setting("window/geometry", b"", bytes)
SPLITTER = Setting("window/splitter", b"", bytes)
LAST_FOLDER = Setting("files/last_folder", "", str)


def _store() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "PanelReview", "PanelReview")


def read(setting: Setting) -> Any:
    value = _store().value(setting.key, setting.default)
    if setting.kind is bytes:
        return bytes(value) if value else setting.default
    try:
        return setting.kind(value)
    except (TypeError, ValueError):
        return setting.default


def write(setting: Setting, value: Any) -> None:
    store = _store()
    store.setValue(setting.key, value)
    store.sync()
