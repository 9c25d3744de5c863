"""Preferences and About: the two dialogs of the application itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from oicreader.render.qt_namespace import Qt

if TYPE_CHECKING:
    from oicreader.ui.about_dialog import AboutDialog
    from oicreader.ui.main_window import MainWindow
    from oicreader.ui.preferences_dialog import PreferencesDialog


class PreferencesController(QObject):
    """Owns Edit > Preferences (one dialog at a time) and Help > About."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._preferences: PreferencesDialog | None = None

    def show_about(self) -> AboutDialog:
        """Version, data location and licences."""
        from oicreader.ui.about_dialog import AboutDialog

        dialog = AboutDialog(self.window.library.path.parent, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_preferences(self) -> PreferencesDialog:
        """The Preferences; one dialog at a time, its changes applied as they are made."""
        from oicreader.ui.preferences_dialog import PreferencesDialog

        if self._preferences is None:
            window = self.window
            self._preferences = PreferencesDialog(
                window.settings, window.session, window.restore_from_backup, window
            )
            self._preferences.finished.connect(self._preferences_closed)
        self._preferences.show()
        self._preferences.raise_()
        self._preferences.activateWindow()
        return self._preferences

    def _preferences_closed(self, _result: int) -> None:
        if self._preferences is not None:
            self._preferences.deleteLater()
            self._preferences = None
