"""The interface language: chosen at start-up, with Qt's translations and ours installed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication

# Named here too (an explicit re-export): the settings check a saved choice against it.
from oicreader.model.languages import INTERFACE_LANGUAGES as INTERFACE_LANGUAGES
from oicreader.paths import translations_dir
from oicreader.render.qt_namespace import Qt

DEFAULT_LANGUAGE = "en"

_installed: InterfaceLanguage | None = None


def choose_language(
    requested: str | None, preferred: str | None, system: QLocale | None = None
) -> str:
    """--ui-lang, else the reader's preference, else the system's first of ar/en/fr, else en."""
    for candidate in (requested, preferred):
        if candidate in INTERFACE_LANGUAGES:
            return candidate
    for name in (system or QLocale.system()).uiLanguages():  # "ar-SA", "fr_CA", "C"
        code = name[:2].lower()
        if code in INTERFACE_LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """The locale numbers and dates are written in for an interface language."""
    if language == "ar":
        # Modern Standard Arabic with Western digits, as in the OIC's and the UN's Arabic
        # documents, so numbers in dialogs match the paragraph numbers in the text.
        return QLocale("ar_001")
    system = system or QLocale.system()
    if system.language() == QLocale(language).language():
        return system  # a reader in Canada or Switzerland keeps their own formats
    return QLocale(language)


def qt_translations_dir() -> Path | None:
    """The folder holding Qt's own qtbase_<lang>.qm (in PySide6, or in the frozen app)."""
    import PySide6  # only for its folder

    package = Path(PySide6.__file__).resolve().parent
    candidates = [
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        package / "Qt" / "translations",
        package / "translations",
    ]
    return next((folder for folder in candidates if (folder / "qtbase_en.qm").is_file()), None)


def translation_is_right_to_left() -> bool:
    """Whether the installed translations say "RTL" for Qt's layout key."""
    # Qt's own key and comment, word for word (and literal, for lupdate): our translations
    # carry it too, so the direction follows our .qm even where qtbase_<lang>.qm is missing.
    marker = QCoreApplication.translate(
        "QGuiApplication",
        "QT_LAYOUT_DIRECTION",
        "Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in"
        " right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.",
    )
    return marker == "RTL"


def _lay_out(app: QGuiApplication, right_to_left: bool) -> None:
    """Lay the application out right to left or left to right. Qt's direction is asked as a
    bool and set only when it changes: `Qt.LayoutDirection` comes from the Qt namespace,
    which no start needs to build before its window is on screen (render/qt_namespace.py).
    At start-up it is already right: installing a translator makes Qt read the direction
    from it (QT_LAYOUT_DIRECTION), unless one was set before."""
    if right_to_left != app.isRightToLeft():
        direction = (
            Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight
        )
        app.setLayoutDirection(direction)


class InterfaceLanguage:
    """Qt's and OIC Reader's translators for one language, installed and removable."""

    def __init__(self, language: str) -> None:
        self.language = language if language in INTERFACE_LANGUAGES else DEFAULT_LANGUAGE
        self.translators: list[QTranslator] = []
        self.loaded: list[str] = []  # the .qm files found, for tests and diagnostics
        # The locale, whether laid out right to left, and the language installed before.
        self._previous: tuple[QLocale, bool, InterfaceLanguage | None] | None = None

    def install(self, app: QGuiApplication) -> InterfaceLanguage:
        """Load the translations, set the default locale and the layout direction."""
        global _installed
        # Taken first: installing a translator makes Qt look at the layout direction again.
        self._previous = (QLocale(), app.isRightToLeft(), _installed)
        qt_folder = qt_translations_dir()
        ours = translations_dir()
        sources = [(f"qtbase_{self.language}", qt_folder)] if qt_folder else []
        # Installed later, so asked first: our fill-ins for Qt's gaps, then our own strings.
        sources.append((f"qtbase_supplement_{self.language}", ours))
        sources.append((f"oicreader_{self.language}", ours))
        for name, folder in sources:
            translator = QTranslator(app)
            if translator.load(name, str(folder)):
                app.installTranslator(translator)
                self.translators.append(translator)
                self.loaded.append(name)
        QLocale.setDefault(locale_for(self.language))
        # Widgets made right after this call must be mirrored already. Installing a
        # translator sends the language-change event at once, on which Qt reads the
        # direction from the translations; it keeps to one set before (a language
        # installed earlier), which is then set here.
        _lay_out(app, translation_is_right_to_left())
        _installed = self
        return self

    def remove(self, app: QGuiApplication) -> None:
        """Undo install: the translators, the default locale and the layout direction."""
        global _installed
        for translator in self.translators:
            app.removeTranslator(translator)
            translator.deleteLater()
        self.translators = []
        if self._previous is not None:
            locale, right_to_left, previous = self._previous
            QLocale.setDefault(locale)
            _lay_out(app, right_to_left)
            _installed = previous
            self._previous = None


def current_language() -> str:
    """The interface language in use: the one installed, else the default locale's."""
    if _installed is not None:
        return _installed.language
    code = QLocale().name()[:2]
    return code if code in INTERFACE_LANGUAGES else DEFAULT_LANGUAGE


def is_right_to_left() -> bool:
    """True when the interface is laid out right to left (Arabic)."""
    return QGuiApplication.isRightToLeft()
