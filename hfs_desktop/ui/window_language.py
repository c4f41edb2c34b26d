"""The window's language: which one it is, and the Qt translators that show it.

The clinic profile's "Window language" chooses it; "" (the default) follows the system's
language when the window has a translation for it, else English. The handout's language is
another matter: chosen per patient in step 1 and saved in the session file only.

``install()`` swaps the application's translators: the window's own words
(``storage.qt_translations``: a bundled .qm, or the .ts compiled once into the cache) and Qt's
(``qtbase_<lang>.qm``: OK, Cancel, Yes/No). Qt then sends every widget a
``QEvent.LanguageChange``, on which the main window rebuilds its words
(``window_frame.retranslate`` and ``window_pages.rebuild_pages``).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from hfs_desktop.storage.qt_translations import compiled_translation, translation_sources

# Each language by its name in itself, so a clinician finds theirs whatever the window shows.
WINDOW_LANGUAGES: dict[str, str] = {"en": "English", "es": "Español", "zh-Hans": "中文（简体）"}
_QT_BASE = {"zh-Hans": "zh_CN"}  # Qt's own file names, where they differ from ours
_translators: list[QTranslator] = []
translate = QCoreApplication.translate  # literal calls: pyside6-lupdate finds them
_state = {"language": "en", "qt": ""}  # the window's language; Qt's own words' language


def join_list(items: Iterable[str]) -> str:
    """Items in a line, with the window language's separator ("a, b" or "甲、乙")."""
    return translate("List", ", ", "between the items of a list").join(items)


def locale_code(locale: QLocale) -> str:
    """Our code for a locale: "es", "zh-Hans" (Chinese in simplified script), "en"…"""
    base = QLocale.languageToCode(locale.language())
    if base == "zh":
        traditional = locale.script() == QLocale.Script.TraditionalChineseScript
        return "zh-Hant" if traditional else "zh-Hans"
    return base


def available() -> list[str]:
    """English and every language the window has a translation for."""
    return ["en", *(name.replace("_", "-") for name in translation_sources())]


def resolve(setting: str, system: QLocale | None = None) -> str:
    """The language the window shows for the profile's ``setting`` ("" = the system's)."""
    known = available()
    if setting in known:
        return setting
    system = system or QLocale.system()
    for tag in system.uiLanguages():  # the user's languages, in their order of preference
        if tag == "zh":  # no script: Taiwan's list ends with it too; the tags before decide
            continue
        code = locale_code(QLocale(tag))
        if code in known:
            return code
    return "en"


def current() -> str:
    """The language the window shows now."""
    return _state["language"]


def qt_words() -> str:
    """The language of Qt's own words (OK, Cancel) now: "" when they are Qt's English."""
    return _state["qt"]


def install(language: str) -> str:
    """Show the window in ``language``; returns the language shown (English when the
    translation cannot be loaded). Nothing happens when it is shown already."""
    app = QCoreApplication.instance()
    if app is None or language == _state["language"]:
        return _state["language"]
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    shown, qt_shown = "en", ""
    compiled = compiled_translation(language) if language != "en" else None
    own = QTranslator(app)
    if compiled is not None and own.load(str(compiled)):
        if language.startswith("zh"):
            _cjk_font()
        qt = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{_QT_BASE.get(language, language)}", folder):
            _translators.append(qt)
            qt_shown = language
        _translators.append(own)
        shown = language
    for translator in _translators:
        app.installTranslator(translator)
    _state.update(language=shown, qt=qt_shown)
    return shown


def _cjk_font() -> None:
    """Chinese words need a font with Chinese glyphs before they are painted; a PC without
    one installed gets the bundled one (registered after the first paint otherwise)."""
    from hfs_desktop.ui.theme import register_fallback_fonts

    register_fallback_fonts()
