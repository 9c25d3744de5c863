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
    from oicreader.ui.library_tag_filter import LibraryTagFilter


class LibraryDock(DeferredDock):
    """Every document in the library; activating one (or one of its revisions) opens it."""

    document_chosen = Signal(str)
    removal_asked = Signal()  # the reader chose Remove (the list's context menu)
    rename_asked = Signal()  # the reader chose Rename… (the list's context menu)
    tags_wanted = Signal()  # the tag filter opens, its tags perhaps out of date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Library"), "library", parent)

    def _build(self) -> None:
        from PySide6.QtGui import QAction
        from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTreeView
        from PySide6.QtWidgets import QHBoxLayout as Row
        from PySide6.QtWidgets import QVBoxLayout as Column

        from oicreader.render.qt_namespace import Qt
        from oicreader.ui.bidi_item_delegate import BidiItemDelegate
        from oicreader.ui.library_model import LibraryModel
        from oicreader.ui.library_tag_filter import LibraryTagFilter

        panel = QWidget(self)
        self.filter_field: QLineEdit = QLineEdit(panel)
        self.filter_field.setPlaceholderText(self.tr("Filter: symbol, title, meeting, date…"))
        self.filter_field.setAccessibleName(self.tr("Filter the documents"))
        self.filter_field.setClearButtonEnabled(True)
        # The reader's tags are on notes: a document carries a tag when any of its notes do.
        self.tag_filter: LibraryTagFilter = LibraryTagFilter(panel)
        self.tag_filter.setObjectName("tag-filter")  # after "Any tag", the reader's own words
        self.tag_filter.setAccessibleName(self.tr("Documents with notes tagged"))
        self.tag_filter.addItem(self.tr("Any tag"), None)
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
        self.list.setColumnWidth(2, 220)
        # The title and the meeting read in their own language's direction, beside a
        # left-to-right symbol.
        for column in (1, 2):
            delegate = BidiItemDelegate(self.list, align_to_text=False)
            self.list.setItemDelegateForColumn(column, delegate)
        self.list.activated.connect(self._activated)
        self.remove_action = QAction(self.tr("Remove from Library…"), self.list)
        self.remove_action.triggered.connect(self.removal_asked)
        self.list.addAction(self.remove_action)
        self.rename_action = QAction(self.tr("Rename…"), self.list)
        self.rename_action.triggered.connect(self.rename_asked)
        self.rename_action.setEnabled(False)
        self.list.addAction(self.rename_action)
        self.list.selectionModel().selectionChanged.connect(self._offer_rename)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.filter_field.textChanged.connect(self.model.set_filter)
        self.tag_filter.currentIndexChanged.connect(self._tag_chosen)
        self.tag_filter.tags_wanted.connect(self.tags_wanted)
        filters = Row()
        filters.addWidget(self.filter_field, 3)
        filters.addWidget(self.tag_filter, 2)
        layout = Column(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.list)
        self.setWidget(panel)

    def show_library(self, session: Session, language: str) -> None:
        """List the library's documents with their titles in the interface language."""
        self.ensure_built()
        self.model.show_library(session, language)

    def show_tags(self, tags: list[str], *, notes_retagged: bool = False) -> None:
        """Offer these tags in the tag filter, keeping the one chosen while it is in use
        (back to any tag, and every document, when it is not); `notes_retagged` reads again
        which documents carry the tag chosen."""
        self.ensure_built()
        combo = self.tag_filter
        combo.stale = False
        chosen = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for tag in tags:
            combo.addItem(tag, tag)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)
        if combo.currentData() != self.model.tag:
            self.model.set_tag(combo.currentData())
        elif notes_retagged:
            self.model.tags_changed()

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

    def tags_may_have_changed(self) -> None:
        """Notes were retagged: the tags offered are read again when the filter opens (at
        once when one is chosen, since the documents kept depend on it)."""
        self.ensure_built()
        self.tag_filter.stale = True

    def renamable_key(self) -> str | None:
        """The document chosen, when it is one the reader may rename: exactly one chosen,
        and not one that comes with the app (it keeps its published title)."""
        keys = self.selected_keys()
        if len(keys) != 1:
            return None
        summary = self.model.summary_of(keys[0])
        return None if summary is None or summary.origin == "bundled" else keys[0]

    def _offer_rename(self, *_selection: object) -> None:
        # A method, as _tag_chosen: no call reaches the panel once it is gone.
        self.rename_action.setEnabled(self.renamable_key() is not None)

    def _tag_chosen(self, _index: int) -> None:
        # A method, not a lambda: Qt drops the connection with the panel, so a combo box
        # emptied while the window is torn down never reaches a model already gone.
        self.model.set_tag(self.tag_filter.currentData())

    def _activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        from oicreader.ui.library_model import KEY_ROLE

        self.document_chosen.emit(str(index.data(KEY_ROLE)))
