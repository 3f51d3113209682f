"""Switching the interface language while the app runs.

Qt's translation system carries every interface string: `self.tr()` in widgets,
Welsh `.qm` files compiled from `resources/translations/panel_review_cy.ts`. Installing
or removing the translator sends every widget a LanguageChange event; each widget
re-applies its texts in `retranslate()`. Template and report texts are not Qt strings:
they carry both languages and are picked with `current_language()`.
"""

from __future__ import annotations

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
    """Install the translator for `language` (removing any other) at once."""
    if language not in LANGUAGES:
        raise ValueError(language)
    app = QCoreApplication.instance()
    old = _state["translator"]
    if isinstance(old, QTranslator):
        app.removeTranslator(old)
        _state["translator"] = None
    _state["language"] = language
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Welsh if language == "cy" else QLocale.Language.English,
            QLocale.Country.UnitedKingdom,
        )
    )
    if language != "en":
        translator = QTranslator(app)
        if not translator.load(f"panel_review_{language}", str(translations_dir())):
            raise FileNotFoundError(f"no compiled translation for {language}")
        app.installTranslator(translator)
        _state["translator"] = translator


class Retranslatable:
    """Mixin for widgets with a `retranslate()` method: calls it on a language change."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()  # type: ignore[attr-defined]
        super().changeEvent(event)  # type: ignore[misc]
