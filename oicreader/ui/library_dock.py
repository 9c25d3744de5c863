"""The library list: the bundled report and imported documents, to open one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from oicreader.ui.deferred_dock import DeferredDock
from oicreader.ui.names import joined, language_name

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListWidgetItem

    from oicreader.app.library import DocumentSummary


class LibraryDock(DeferredDock):
    """Every document in the library; activating one opens it."""

    document_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Library"), "library", parent)

    def _build(self) -> None:
        from PySide6.QtWidgets import QListWidget

        from oicreader.ui.bidi_item_delegate import BidiItemDelegate

        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Documents in the library"))
        # The symbol reads left to right, the title in its own language's direction.
        self.list.setItemDelegate(BidiItemDelegate(self.list, align_to_text=False))
        self.list.itemActivated.connect(self._activated)
        self.list.itemDoubleClicked.connect(self._activated)
        self.setWidget(self.list)

    def show_documents(self, summaries: list[DocumentSummary], language: str) -> None:
        """List the documents with their symbol and title in the interface language."""
        from PySide6.QtWidgets import QListWidgetItem

        from oicreader.ui.library_messages import long_date

        self.ensure_built()
        self.list.clear()
        for summary in summaries:
            title = summary.titles.get(language) or next(iter(summary.titles.values()), "")
            item = QListWidgetItem(f"{summary.symbol}\n{title}")
            item.setData(Qt.ItemDataRole.UserRole, summary.key)
            names = joined(language_name(code) for code in summary.languages)
            item.setToolTip(f"{long_date(summary.date)} · {names}")
            self.list.addItem(item)

    def mark_current(self, key: str) -> None:
        """Select the open document's entry."""
        self.ensure_built()
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.list.setCurrentRow(row)

    def _activated(self, item: QListWidgetItem) -> None:
        self.document_chosen.emit(str(item.data(Qt.ItemDataRole.UserRole)))
