"""Help > Keyboard Shortcuts and Help > Tour, and the tour shown once on the first start."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QDialog

from oicreader.render.qt_namespace import Qt

if TYPE_CHECKING:
    from oicreader.ui.main_window import MainWindow
    from oicreader.ui.shortcuts_dialog import ShortcutsDialog
    from oicreader.ui.tour import TourDialog


class HelpController(QObject):
    """Owns the shortcuts list and the tour (one of each at a time)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._shortcuts: ShortcutsDialog | None = None
        self._tour: TourDialog | None = None
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Close the shortcuts list and the tour with the window: they are not modal, and
        would stay on screen without it."""
        if watched is self.window and event.type() == QEvent.Type.Close:
            for dialog in (self._shortcuts, self._tour):
                if dialog is not None:
                    dialog.close()
        return False

    def show_shortcuts(self) -> ShortcutsDialog:
        """The list of every action's shortcut, in the interface language."""
        from oicreader.ui.shortcuts_dialog import ShortcutsDialog, shortcut_rows

        if self._shortcuts is None:
            actions = self.window.menu_actions
            rows = shortcut_rows(actions.made, self.window.menuBar())
            self._shortcuts = ShortcutsDialog(rows, self.window)
            self._shortcuts.finished.connect(lambda _result: self._forget_shortcuts())
        self._present(self._shortcuts)
        return self._shortcuts

    @property
    def tour(self) -> TourDialog | None:
        """The tour, while it is open."""
        return self._tour

    def offer_first_run_tour(self) -> None:
        """Show the tour if it was never shown before (remembered in the settings)."""
        if not self.window.settings.tour_seen and self.window.isVisible():
            self.show_tour()

    def show_tour(self) -> TourDialog:
        """The tour from its first pane; it will not be offered again at start-up."""
        from oicreader.ui.tour import TourDialog, tour_pages

        self.window.settings.tour_seen = True
        if self._tour is None:
            self._tour = TourDialog(tour_pages(self.window.menu_actions), self.window)
            self._tour.panel_shown.connect(self._point_at_panel)
            self._tour.finished.connect(lambda _result: self._forget_tour())
        self._tour.show_page(0)
        self._present(self._tour)
        return self._tour

    def _point_at_panel(self, panel: str) -> None:
        # A tabbed panel the pane speaks of is brought to the front; a hidden one stays hidden.
        window = self.window
        window.ensure_panels()
        dock = {"topics": window.topics_dock, "notes": window.notes_dock}.get(panel)
        if dock is not None and dock.isVisible():
            dock.raise_()

    @staticmethod
    def _present(dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()  # not modal: the reader can try what it describes
        dialog.raise_()
        dialog.activateWindow()

    def _forget_shortcuts(self) -> None:
        self._shortcuts = None

    def _forget_tour(self) -> None:
        self._tour = None
