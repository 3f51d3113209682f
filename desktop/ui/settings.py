"""Interface settings, each declared once with its type and default.

They live in QSettings (INI format, in the platform's config folder), never in the
database: the language must be known before the database is unlocked. Tests point
QSettings at a temporary folder.

The file is outside our control (edited by hand, half-written, from another version),
so a value that cannot be read as its declared type falls back to the default and is
logged: a bad setting must never stop the app starting.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    kind: type


LANGUAGE = Setting("interface/language", "en", str)
GEOMETRY = Setting("window/geometry", b"", bytes)
SPLITTER = Setting("window/splitter", b"", bytes)
LAST_FOLDER = Setting("files/last_folder", "", str)  # earlier versions' one folder for every file
# The member's own PDF zoom (1.0 = actual size); 0, or anything outside the viewer's
# range, means fit the page to the panel's width.
DOCUMENT_ZOOM = Setting("viewer/zoom", 0.0, float)
TEXT_SIZE = Setting("interface/text_size", 100, int)  # per cent of the system's text size
# The report's language as the Report page last wrote it, one value per profile
# (`for_profile`); "" means none yet, so the interface language is offered.
REPORT_LANGUAGE = Setting("report/language", "", str)


def for_profile(setting: Setting, profile: str) -> Setting:
    """The same setting, kept apart for one profile (`profile` is a short stable key)."""
    return Setting(f"{setting.key}/{profile or 'none'}", setting.default, setting.kind)


def _store() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "PanelReview", "PanelReview")


def clear_all() -> None:
    """Forget every stored setting (tests start from none; a "reset settings" would too)."""
    _store().clear()


def read(setting: Setting) -> Any:
    """The stored value, or the default if it is missing or unreadable."""
    try:
        value = _store().value(setting.key, setting.default)
        return _as_kind(setting, value)
    except (TypeError, ValueError) as exc:
        _log.warning("setting %s is unreadable (%s); using its default", setting.key, exc)
        return setting.default


def _as_kind(setting: Setting, value: Any) -> Any:
    if value is None or value == "":
        return setting.default
    if setting.kind is bytes:
        if not isinstance(value, bytes | bytearray | QByteArray):
            raise TypeError(f"expected bytes, found {type(value).__name__}")
        return value.data() if isinstance(value, QByteArray) else bytes(value)
    if not isinstance(value, str | int | float | bool):
        raise TypeError(f"expected {setting.kind.__name__}, found {type(value).__name__}")
    return setting.kind(value)


def write(setting: Setting, value: Any) -> None:
    store = _store()
    store.setValue(setting.key, value)
    store.sync()


def stored_values() -> dict[str, object]:
    """Every stored key and its raw value (for the diagnostics report, which filters them)."""
    store = _store()
    return {key: store.value(key) for key in store.allKeys()}
