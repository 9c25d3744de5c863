"""Search: a query field and the list of hits, through the library's one search function."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from oicreader.app.session import Library, Session
from oicreader.ui.deferred_dock import DeferredDock
from oicreader.ui.names import language_name

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent

    from oicreader.app.search import SearchHit


class SearchField(QLineEdit):
    """A query field where Enter and Shift+Enter step through the hits."""

    step_requested = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter: next hit; Shift+Enter: previous hit."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            self.step_requested.emit(-1 if shift else 1)
            return
        super().keyPressEvent(event)


class SearchDock(DeferredDock):
    """Search every paragraph of the library; choosing a hit brings it into view."""

    hit_chosen = Signal(object)  # SearchHit
    hits_changed = Signal(list)  # list[SearchHit]

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Search"), "search", parent)
        self.session = Session(library)
        self.hits: list[SearchHit] = []

    @property
    def library(self) -> Library:
        """The library searched; the window gives another after a restore reopens it."""
        return self.session.library

    @library.setter
    def library(self, library: Library) -> None:
        # Search keeps no undo, so a session around the new library is all it needs.
        self.session = Session(library)

    def _build(self) -> None:
        from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout

        from oicreader.ui.bidi_item_delegate import BidiItemDelegate

        self.field = SearchField(self)
        self.field.setPlaceholderText(self.tr("Search in Arabic, English or French"))
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName(self.tr("Search query"))
        self.status = QLabel(self)
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setWordWrap(True)
        self.results.setItemDelegate(BidiItemDelegate(self.results))
        self.results.currentRowChanged.connect(self._row_changed)
        self.field.textChanged.connect(self.run_search)
        self.field.step_requested.connect(self.step)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.field)
        layout.addWidget(self.status)
        layout.addWidget(self.results)
        self.setWidget(body)

    @property
    def query(self) -> str:
        """What is typed in the query field ("" before the panel is built)."""
        return self.field.text() if self.built else ""

    def focus_field(self) -> None:
        """Show the dock and put the cursor in the query field."""
        self.ensure_built()
        self.show()
        self.raise_()
        self.field.setFocus()
        self.field.selectAll()

    def run_search(self, query: str) -> None:
        """Search the library and list the hits."""
        # Imported on the first search: the folding tables are not needed to start.
        from PySide6.QtWidgets import QListWidgetItem

        from oicreader.app.search import search_library

        self.ensure_built()

        self.hits = search_library(self.session, query, limit=200) if query.strip() else []
        self.results.blockSignals(True)
        self.results.clear()
        for hit in self.hits:
            # Where, then what: two lines, each laid out in its own direction by the delegate.
            where = f"{hit.symbol} ¶{hit.paragraph_number} · {language_name(hit.language)}"
            item = QListWidgetItem(f"{where}\n{hit.snippet_plain}")
            item.setToolTip(hit.snippet_plain)
            self.results.addItem(item)
        self.results.blockSignals(False)
        self.status.setText(
            self.tr("%n paragraph(s) found", "", len(self.hits)) if query.strip() else ""
        )
        self.hits_changed.emit(self.hits)

    def step(self, delta: int) -> None:
        """Choose the next (+1) or previous (-1) hit, wrapping around."""
        self.ensure_built()
        if not self.hits:
            return
        row = self.results.currentRow()
        target = 0 if row < 0 and delta > 0 else (row + delta) % len(self.hits)
        self.results.setCurrentRow(target)

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(self.hits):
            self.hit_chosen.emit(self.hits[row])
