"""Switching the interface language while the app runs.

Qt's translation system carries every interface string: `self.tr()` in widgets,
Welsh `.qm` files compiled from `resources/translations/panel_review_cy.ts`. Installing
or removing the translator sends every widget a LanguageChange event; each widget
re-applies its texts in `retranslate()`. Template and report texts are not Qt strings:
they carry both languages and are picked with `current_language()`.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTranslator

from desktop.paths import translations_dir

LANGUAGES = {"en": "English", "cy": "Cymraeg"}
_state: dict[str, object] = {"language": "en", "translator": None}


def tr(text: str) -> str:
    """Translate an interface string (one shared context, so lupdate finds every call)."""
    return QCoreApplication.translate("", text)


def current_language() -> str:
    return str(_state["language"])


def set_language(language: str) -> None:
    """Switch every widget to `language` at once.

    The language is recorded first, so widgets that re-read template texts during the
    LanguageChange event see the new one. If the compiled Welsh file cannot be loaded
    the interface strings stay English but templates still switch, and a warning is
    logged.
    """
    if language not in LANGUAGES:
        raise ValueError(language)
    app = QCoreApplication.instance()
    _state["language"] = language
    country = QLocale.Country.UnitedKingdom
    welsh = language == "cy"
    QLocale.setDefault(QLocale(QLocale.Language.Welsh if welsh else QLocale.Language.English, country))
    old = _state["translator"]
    _state["translator"] = None
    if isinstance(old, QTranslator):
        app.removeTranslator(old)
    if language != "en":
        translator = QTranslator(app)
        if translator.load(f"panel_review_{language}", str(translations_dir())):
            app.installTranslator(translator)
            _state["translator"] = translator
        else:
            logging.getLogger(__name__).warning("no compiled translation for %s", language)
    _announce_change(app)


def _announce_change(app: QCoreApplication) -> None:
    """Send LanguageChange to every window now.

    Qt's own notice on installing a translator is posted, not sent, and did not reach
    widgets reliably; sending it ourselves makes the switch immediate and certain.
    """
    from PySide6.QtWidgets import QApplication

    if isinstance(app, QApplication):
        for widget in app.topLevelWidgets():
            QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))


class Retranslatable:
    """Mixin for widgets with a `retranslate()` method: calls it on a language change."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()  # type: ignore[attr-defined]
        super().changeEvent(event)  # type: ignore[misc]
