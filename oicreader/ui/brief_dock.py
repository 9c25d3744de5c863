"""The Brief panel: the open brief's title and language, its items in order (dragged to
reorder), and the buttons that add headings and notes, remove items and export."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from oicreader.model.languages import LANGUAGES
from oicreader.render.qt_namespace import USER_ROLE
from oicreader.ui.deferred_dock import DeferredDock
from oicreader.ui.names import language_name

if TYPE_CHECKING:
    from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QPushButton

    from oicreader.model.brief import BriefSummary

ITEM_ID_ROLE = USER_ROLE
ITEM_KIND_ROLE = USER_ROLE + 1


class BriefDock(DeferredDock):
    """The brief being prepared; every change goes through the brief controller."""

    brief_chosen = Signal(int)
    new_requested = Signal()
    delete_requested = Signal()
    title_edited = Signal(str)
    language_chosen = Signal(str)
    order_changed = Signal(list)  # the item ids, in their new order
    heading_requested = Signal()
    note_requested = Signal()
    remove_requested = Signal(list)  # the ids of the items to take out
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Brief"), "brief", parent)
        # Filling the widgets from the library must not read back as the reader's edits.
        self._filling = False

    def _build(self) -> None:
        from PySide6.QtWidgets import (
            QAbstractItemView,
            QComboBox,
            QFormLayout,
            QHBoxLayout,
            QLineEdit,
            QListWidget,
            QPushButton,
            QVBoxLayout,
        )

        body = QWidget(self)
        self.briefs: QComboBox = QComboBox(body)
        self.briefs.setAccessibleName(self.tr("Open brief"))
        self.new_button: QPushButton = QPushButton(self.tr("&New"), body)
        self.delete_button: QPushButton = QPushButton(self.tr("&Delete"), body)
        self.title: QLineEdit = QLineEdit(body)
        self.title.setAccessibleName(self.tr("Title of the brief"))
        self.language: QComboBox = QComboBox(body)
        self.language.setAccessibleName(self.tr("Language of headings and citations"))
        for code in LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.items: QListWidget = QListWidget(body)
        self.items.setAccessibleName(self.tr("Items of the brief, in order"))
        self.items.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.items.setWordWrap(True)
        self.heading_button = QPushButton(self.tr("Add &Heading…"), body)
        self.note_button = QPushButton(self.tr("Add N&ote…"), body)
        self.remove_button = QPushButton(self.tr("&Remove"), body)
        self.export_button = QPushButton(self.tr("&Export…"), body)
        choose = QHBoxLayout()
        choose.addWidget(self.briefs, 1)
        choose.addWidget(self.new_button)
        choose.addWidget(self.delete_button)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Language:"), self.language)
        edit = QHBoxLayout()
        for button in (self.heading_button, self.note_button, self.remove_button):
            edit.addWidget(button)
        layout = QVBoxLayout(body)
        layout.addLayout(choose)
        layout.addLayout(form)
        layout.addWidget(self.items, 1)
        layout.addLayout(edit)
        layout.addWidget(self.export_button)
        self.setWidget(body)
        self._connect()

    def _connect(self) -> None:
        self.briefs.activated.connect(
            lambda index: self.brief_chosen.emit(self.briefs.itemData(index))
        )
        self.new_button.clicked.connect(self.new_requested)
        self.delete_button.clicked.connect(self.delete_requested)
        self.title.editingFinished.connect(self._title_edited)
        self.language.activated.connect(
            lambda index: self.language_chosen.emit(self.language.itemData(index))
        )
        # A drop inside the list moves rows: the order the reader made is stored at once.
        self.items.model().rowsMoved.connect(lambda *_: self._order_changed())
        self.heading_button.clicked.connect(self.heading_requested)
        self.note_button.clicked.connect(self.note_requested)
        self.remove_button.clicked.connect(
            lambda: self.remove_requested.emit(self.selected_item_ids())
        )
        self.export_button.clicked.connect(self.export_requested)

    def _title_edited(self) -> None:
        if not self._filling and self.title.isModified():
            self.title.setModified(False)
            self.title_edited.emit(self.title.text())

    def _order_changed(self) -> None:
        if not self._filling:
            self.order_changed.emit(self.item_ids())

    def show_briefs(self, summaries: list[BriefSummary], current: int | None) -> None:
        """List the library's briefs, the open one chosen."""
        self.ensure_built()
        self._filling = True
        try:
            self.briefs.clear()
            for summary in summaries:
                self.briefs.addItem(summary.title, summary.id)
            self.briefs.setCurrentIndex(self.briefs.findData(current) if current else -1)
            has_brief = current is not None
            for widget in (self.delete_button, self.title, self.language, self.export_button):
                widget.setEnabled(has_brief)
        finally:
            self._filling = False

    def show_brief(self, title: str, language: str, rows: list[tuple[int, str, str]]) -> None:
        """Show a brief: its title, language, and (item id, kind, label) rows in order."""
        from PySide6.QtWidgets import QListWidgetItem

        self.ensure_built()
        self._filling = True
        try:
            self.title.setText(title)
            self.title.setModified(False)
            self.language.setCurrentIndex(self.language.findData(language))
            self.items.clear()
            for item_id, kind, label in rows:
                row = QListWidgetItem(label)
                row.setData(ITEM_ID_ROLE, item_id)
                row.setData(ITEM_KIND_ROLE, kind)
                font = row.font()
                font.setBold(kind == "heading")
                font.setItalic(kind == "note")
                row.setFont(font)
                self.items.addItem(row)
        finally:
            self._filling = False

    def item_ids(self) -> list[int]:
        """The ids of the items, in the order shown."""
        self.ensure_built()
        return [int(self.items.item(row).data(ITEM_ID_ROLE)) for row in range(self.items.count())]

    def selected_item_ids(self) -> list[int]:
        """The ids of the selected items, in the order shown."""
        self.ensure_built()
        rows = sorted({index.row() for index in self.items.selectedIndexes()})
        return [int(self.items.item(row).data(ITEM_ID_ROLE)) for row in rows]

    def labels(self) -> list[str]:
        """The rows' texts, in order (what a reader sees, for tests and screen readers)."""
        self.ensure_built()
        return [self.items.item(row).text() for row in range(self.items.count())]
