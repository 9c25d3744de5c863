"""A dock panel whose contents are made when first needed, after the text is on screen."""

from __future__ import annotations

from PySide6.QtWidgets import QDockWidget, QWidget


class DeferredDock(QDockWidget):
    """A dock that is placed at once (so the window's layout and saved state hold from the
    first paint) but makes its widgets only in ensure_built(): the lists, trees and their
    delegates cost tens of ms of start-up in imports and layout, and the window builds them
    right after the report is painted. Every public method of a panel calls ensure_built()
    first, so a panel used earlier (a shortcut pressed at once) builds itself."""

    def __init__(self, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setObjectName(name)
        self.setAccessibleName(title)
        self._built = False

    @property
    def built(self) -> bool:
        """True once the panel's widgets exist."""
        return self._built

    def ensure_built(self) -> None:
        """Make the panel's widgets, once."""
        if not self._built:
            self._built = True
            self._build()

    def _build(self) -> None:
        raise NotImplementedError
