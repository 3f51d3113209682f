"""Switching the interface language while the app runs.

Qt's translation system carries every interface string: `self.tr()` in widgets,
Welsh `.qm` files compiled from `resources/translations/panel_review_cy.ts`. Installing
or removing the translator sends every widget a LanguageChange event; each widget
re-applies its texts in `retranslate()`. Template and report texts are not Qt strings:
they carry both languages and are picked with `current_language()`.

Qt's own widgets (standard buttons, the file dialog, text-edit context menus) are
translated by a second file, `qtbase_cy.qm`: Qt ships no Welsh of its own, so ours
sits beside the app's and is installed and removed with it.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTranslator

from desktop.paths import translations_dir

LANGUAGES = {"en": "English", "cy": "Cymraeg"}
_state: dict[str, object] = {"language": "en", "translators": []}
_FILES = ("qtbase", "panel_review")  # Qt's own widgets, then ours (searched first)


def tr(text: str, disambiguation: str | None = None) -> str:
    """Translate an interface string (one shared context, so lupdate finds every call).

    A short word whose Welsh depends on the question it answers ("Yes" is *Oedd* after
    *A oedd cworwm?* but *Do* after a past-tense question) names its use in
    `disambiguation`, so one place's Welsh is never given silently to another."""
    return QCoreApplication.translate("", text, disambiguation)


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
    assert app is not None, "the interface language is set once the application exists"
    _state["language"] = language
    country = QLocale.Country.UnitedKingdom
    welsh = language == "cy"
    QLocale.setDefault(QLocale(QLocale.Language.Welsh if welsh else QLocale.Language.English, country))
    old = _state["translators"]
    _state["translators"] = []
    for translator in old if isinstance(old, list) else []:
        app.removeTranslator(translator)
    if language != "en":
        installed = []
        for name in _FILES:
            translator = QTranslator(app)
            if translator.load(f"{name}_{language}", str(translations_dir())):
                app.installTranslator(translator)
                installed.append(translator)
            else:
                logging.getLogger(__name__).warning("no compiled translation %s for %s", name, language)
        _state["translators"] = installed
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
