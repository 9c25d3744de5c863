"""The topic tree's delegate: a long name wraps, measured at the width it is drawn in."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize
from PySide6.QtWidgets import QStyleOptionViewItem, QTreeView

from oicreader.ui.bidi_item_delegate import BidiItemDelegate


class TopicTreeDelegate(BidiItemDelegate):
    """A BidiItemDelegate for a tree's first column that wraps a name over as many lines as
    it needs. Qt measures a wrapped row at the column's whole width, but draws the name to
    the right of its branch's indentation: measured so, the third line of a long French
    name ("La Réunion annuelle de coordination…") was cut."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view, align_to_text=False)
        self.tree = view

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """The size of the name's lines at the width left beside its indentation."""
        measured = QStyleOptionViewItem(option)
        if index.column() == 0:
            depth = 1 if self.tree.rootIsDecorated() else 0
            parent = index.parent()
            while parent.isValid():
                depth += 1
                parent = parent.parent()
            width = self.tree.columnWidth(0) - depth * self.tree.indentation()
            measured.rect = QRect(0, 0, max(20, width), option.rect.height())
        return super().sizeHint(measured, index)
