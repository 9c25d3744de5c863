"""The window's remembered state and preferences, with their defaults, in one QSettings file;
each change is announced, so that what shows a setting follows it."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from oicreader.atomic_files import OWNER_ONLY, keep_to_owner
from oicreader.model.languages import LANGUAGES
from oicreader.paths import settings_path
from oicreader.render.fonts import AMIRI_FAMILY, DEFAULT_POINT_SIZE, FontChoice
from oicreader.render.print_choices import LAYOUTS, PAPERS, Layout, Paper
from oicreader.ui.interface_language import INTERFACE_LANGUAGES

# Arabic rightmost: the reader's eye starts on the source text where an Arabic page begins.
DEFAULT_COLUMNS = ("fr", "en", "ar")
ZOOM_STEPS = (0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0)

# The keys `Settings.changed` names, one per preference.
COLUMNS = "view/columns"
ZOOM = "view/zoom"
ARABIC_FONT = "fonts/arabic"
LATIN_FONT = "fonts/latin"
FONTS = (ARABIC_FONT, LATIN_FONT)
INTERFACE_LANGUAGE = "interface/language"
PRINT_LAYOUT = "print/layout"
PRINT_PAPER = "print/paper"
DOCUMENT = "reading/document"
TOUR_SEEN = "help/tour-seen"
TOPICS_SCOPE = "topics/scope"
TOPICS_SCOPES = ("document", "library")
IDLE_LOCK = "security/idle-lock-minutes"
REMEMBER_PASSPHRASE = "security/remember-passphrase"

# Minutes without a key pressed or the mouse moved before an encrypted library locks.
DEFAULT_IDLE_LOCK_MINUTES = 15.0


class Settings(QObject):
    """Typed access to the settings file under the user data folder (OICREADER_HOME).

    `changed` is emitted with a setting's key (COLUMNS, ZOOM, ARABIC_FONT…) each time it is
    written: whoever writes a preference (the Preferences, a menu) need not know who shows it.
    """

    changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # An INI file in our own data folder rather than the registry or a plist, so that
        # OICREADER_HOME moves it too and tests never touch the real one.
        self._path = settings_path()
        _create_owner_only(self._path)
        self._store = QSettings(str(self._path), QSettings.Format.IniFormat)

    def sync(self) -> None:
        """Write pending changes to disk now, readable by the reader only."""
        self._store.sync()
        _keep_private(self._path)

    def _set(self, key: str, value: object) -> None:
        self._store.setValue(key, value)
        self.changed.emit(key)

    def _get(self, key: str, default: Any) -> Any:
        value = self._store.value(key, default)
        return default if value is None else value

    @property
    def columns(self) -> list[str]:
        """The visible languages, left to right."""
        value = self._get(COLUMNS, ",".join(DEFAULT_COLUMNS))
        codes = [code for code in str(value).split(",") if code in LANGUAGES]
        return list(dict.fromkeys(codes)) or list(DEFAULT_COLUMNS)

    @columns.setter
    def columns(self, languages: list[str]) -> None:
        self._set(COLUMNS, ",".join(languages))

    @property
    def zoom(self) -> float:
        """The text zoom factor, 1.0 for the default size."""
        try:
            value = float(self._get(ZOOM, 1.0))
        except (TypeError, ValueError):
            return 1.0
        return min(max(value, ZOOM_STEPS[0]), ZOOM_STEPS[-1])

    @zoom.setter
    def zoom(self, value: float) -> None:
        self._set(ZOOM, float(value))

    @property
    def fonts(self) -> FontChoice:
        """The reader's font per script."""
        return FontChoice(
            arabic_family=str(self._get(ARABIC_FONT, AMIRI_FAMILY)) or AMIRI_FAMILY,
            latin_family=str(self._get(LATIN_FONT, "")),
            point_size=DEFAULT_POINT_SIZE,
        )

    def set_font_family(self, script: str, family: str) -> None:
        """Remember the font chosen for "arabic" or "latin" text."""
        self._set(f"fonts/{script}", family)

    @property
    def interface_language(self) -> str | None:
        """The interface language chosen in the Preferences; None to follow the system."""
        value = str(self._get(INTERFACE_LANGUAGE, ""))
        return value if value in INTERFACE_LANGUAGES else None

    @interface_language.setter
    def interface_language(self, language: str | None) -> None:
        self._set(INTERFACE_LANGUAGE, language or "")

    @property
    def print_layout(self) -> Layout:
        """The layout the print options start with."""
        value = str(self._get(PRINT_LAYOUT, LAYOUTS[0]))
        return next((layout for layout in LAYOUTS if layout == value), LAYOUTS[0])

    @print_layout.setter
    def print_layout(self, layout: Layout) -> None:
        self._set(PRINT_LAYOUT, layout)

    @property
    def print_paper(self) -> Paper:
        """The paper the print options start with; by default the one the region uses."""
        value = str(self._get(PRINT_PAPER, ""))
        # With Qt's territory list, which the window need not load to start.
        from oicreader.render.print_options import default_paper

        return next((paper for paper in PAPERS if paper == value), default_paper())

    @print_paper.setter
    def print_paper(self, paper: Paper) -> None:
        self._set(PRINT_PAPER, paper)

    @property
    def document_key(self) -> str | None:
        """The document open when the app was last closed."""
        value = self._get(DOCUMENT, "")
        return str(value) or None

    @document_key.setter
    def document_key(self, key: str) -> None:
        self._set(DOCUMENT, key)

    def paragraph_for(self, document_key: str) -> int | None:
        """The paragraph last read in a document."""
        try:
            value = int(self._get(f"reading/paragraph/{document_key}", 0))
        except (TypeError, ValueError):
            return None
        return value or None

    def set_paragraph_for(self, document_key: str, number: int) -> None:
        """Remember the paragraph being read in a document."""
        self._set(f"reading/paragraph/{document_key}", number)

    @property
    def tour_seen(self) -> bool:
        """True once the first-run tour has been shown (Help > Tour shows it again)."""
        return str(self._get(TOUR_SEEN, "false")).lower() == "true"

    @tour_seen.setter
    def tour_seen(self, seen: bool) -> None:
        self._set(TOUR_SEEN, seen)

    @property
    def topics_scope(self) -> str:
        """Whose topics the Topics panel lists: "document" (the one read) or "library"."""
        value = str(self._get(TOPICS_SCOPE, "document"))
        return value if value in TOPICS_SCOPES else "document"

    @topics_scope.setter
    def topics_scope(self, scope: str) -> None:
        self._set(TOPICS_SCOPE, scope if scope in TOPICS_SCOPES else "document")

    @property
    def idle_lock_minutes(self) -> float | None:
        """Minutes without input before the window locks an encrypted library; None: never."""
        try:
            minutes = float(self._get(IDLE_LOCK, DEFAULT_IDLE_LOCK_MINUTES))
        except (TypeError, ValueError):
            minutes = DEFAULT_IDLE_LOCK_MINUTES
        return minutes if minutes > 0 else None

    @idle_lock_minutes.setter
    def idle_lock_minutes(self, minutes: float | None) -> None:
        self._set(IDLE_LOCK, minutes if minutes is not None and minutes > 0 else 0)

    @property
    def remember_passphrase(self) -> bool:
        """True when the library's passphrase is kept in the OS keychain (off by default); the
        passphrase itself is never written here."""
        return str(self._get(REMEMBER_PASSPHRASE, "false")).lower() == "true"

    @remember_passphrase.setter
    def remember_passphrase(self, remember: bool) -> None:
        self._set(REMEMBER_PASSPHRASE, remember)

    @staticmethod
    def _state_key(right_to_left: bool) -> str:
        # One dock layout per direction: a layout saved in Arabic has the panels on the other
        # sides, and must not be imposed on the English or French window, nor the reverse.
        return "window/state-rtl" if right_to_left else "window/state"

    def window_state(
        self, right_to_left: bool = False
    ) -> tuple[QByteArray | None, QByteArray | None]:
        """The saved geometry and the dock layout saved for this direction, if any."""
        geometry = self._store.value("window/geometry")
        state = self._store.value(self._state_key(right_to_left))
        return (
            geometry if isinstance(geometry, QByteArray) else None,
            state if isinstance(state, QByteArray) else None,
        )

    def set_window_state(
        self, geometry: QByteArray, state: QByteArray, right_to_left: bool = False
    ) -> None:
        """Remember the window's geometry and its dock layout for this direction."""
        self._set("window/geometry", geometry)
        self._set(self._state_key(right_to_left), state)


def _create_owner_only(path: Path) -> None:
    """Make the settings file, empty, owner-only before Qt first writes it; one an older
    version left readable by others is made owner-only. The file holds what the reader
    read last. Qt writes it anew through a temporary file but gives that the mode of the
    file it replaces, so this holds for the writes Qt makes on its own too."""
    with contextlib.suppress(FileExistsError, OSError):  # read-only folder: reading works
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, OWNER_ONLY))
    _keep_private(path)


def _keep_private(path: Path) -> None:
    with contextlib.suppress(OSError):  # no file yet, or a read-only folder
        keep_to_owner(path)
