"""The library panel's tag filter: a fitted combo box that asks for the tags in use only when
it is opened after notes were retagged, so typing a tag costs the library panel nothing."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from oicreader.ui.fitted_combo_box import FittedComboBox


class LibraryTagFilter(FittedComboBox):
    """ "Any tag", then the reader's tags; `tags_wanted` asks for them again when it opens
    with tags that may be out of date."""

    tags_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stale = False

    def showPopup(self) -> None:
        """Open the list, first brought up to date if notes were retagged since it was
        filled (the answer to tags_wanted arrives before the list shows)."""
        if self.stale:
            self.stale = False
            self.tags_wanted.emit()
        super().showPopup()
