"""The library panel: every document with its revisions under it, filtered as the reader
types and sorted by any column, to open one or choose several."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Signal
from PySide6.QtWidgets import QWidget

from oicreader.ui.deferred_dock import DeferredDock

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLineEdit, QTreeView

    from oicreader.app.session import Session
    from oicreader.ui.library_model import LibraryModel


class LibraryDock(DeferredDock):
    """Every document in the library; activating one (or one of its revisions) opens it."""

    document_chosen = Signal(str)
    removal_asked = Signal()  # the reader chose Remove (the list's context menu)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Library"), "library", parent)

    def _build(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QAction
        from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTreeView
        from PySide6.QtWidgets import QVBoxLayout as Column

        from oicreader.ui.bidi_item_delegate import BidiItemDelegate
        from oicreader.ui.library_model import LibraryModel

        panel = QWidget(self)
        self.filter_field: QLineEdit = QLineEdit(panel)
        self.filter_field.setPlaceholderText(self.tr("Filter: symbol, title, date, status…"))
        self.filter_field.setAccessibleName(self.tr("Filter the documents"))
        self.filter_field.setClearButtonEnabled(True)
        self.model: LibraryModel = LibraryModel(self)
        self.list: QTreeView = QTreeView(panel)
        self.list.setAccessibleName(self.tr("Documents in the library"))
        # Every row is one line as high as the first: hundreds of documents are never
        # measured one by one, and only the rows scrolled to are read.
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setAllColumnsShowFocus(True)
        self.list.setModel(self.model)
        self.list.header().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.list.setSortingEnabled(True)
        self.list.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.list.setColumnWidth(0, 190)
        self.list.setColumnWidth(1, 260)
        # The title reads in its own language's direction, beside a left-to-right symbol.
        self.list.setItemDelegateForColumn(1, BidiItemDelegate(self.list, align_to_text=False))
        self.list.activated.connect(self._activated)
        self.remove_action = QAction(self.tr("Remove from Library…"), self.list)
        self.remove_action.triggered.connect(self.removal_asked)
        self.list.addAction(self.remove_action)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.filter_field.textChanged.connect(self.model.set_filter)
        layout = Column(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_field)
        layout.addWidget(self.list)
        self.setWidget(panel)

    def show_library(self, session: Session, language: str) -> None:
        """List the library's documents with their titles in the interface language."""
        self.ensure_built()
        self.model.show_library(session, language)

    def mark_current(self, key: str) -> None:
        """Select the open document's row (found by key, reading pages up to it if need be)."""
        self.ensure_built()
        row = self.model.row_of(key)
        if row is not None:
            self.list.setCurrentIndex(self.model.index(row, 0))

    def selected_keys(self) -> list[str]:
        """The documents chosen (a revision chooses its document), in the list's order."""
        from oicreader.ui.library_model import KEY_ROLE

        self.ensure_built()
        rows = sorted(
            self.list.selectionModel().selectedRows(0),
            key=lambda index: (index.parent().row(), index.row()),
        )
        keys = [str(index.data(KEY_ROLE)) for index in rows]
        return list(dict.fromkeys(keys))

    def _activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        from oicreader.ui.library_model import KEY_ROLE

        self.document_chosen.emit(str(index.data(KEY_ROLE)))
