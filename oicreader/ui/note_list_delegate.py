"""The delegate of the list of all notes: each line in its own direction, sizes remembered."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtWidgets import QAbstractItemView, QStyleOptionViewItem

from oicreader.render.qt_namespace import Qt
from oicreader.ui.bidi_item_delegate import BidiItemDelegate

# Enough for every row a reader scrolls through; past it the sizes are measured again.
_REMEMBERED_SIZES = 20_000


class NoteListDelegate(BidiItemDelegate):
    """A BidiItemDelegate that remembers the size of each row's text at each width.

    QListView lays every row out again when one changes (QListModeViewBase::dataChanged),
    and each edit of a note changes its row: with the sizes measured anew, each key typed
    in a note laid out the text of every row read so far, 10 ms for a page of 100 rows.
    """

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._sizes: dict[tuple[str, int, str], QSize] = {}

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """The size of the row's lines, measured once per text, width and font."""
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        width = option.rect.width() if option.rect.width() > 0 else self.view.viewport().width()
        key = (text, width, option.font.key())
        size = self._sizes.get(key)
        if size is None:
            if len(self._sizes) >= _REMEMBERED_SIZES:
                self._sizes.clear()
            size = self._sizes[key] = super().sizeHint(option, index)
        return QSize(size)
