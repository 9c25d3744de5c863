"""The notes panel: the current paragraph's notes, edited in place, and a filterable list of all."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from oicreader.model.annotation import PALETTE
from oicreader.model.languages import LANGUAGES
from oicreader.store.annotations import all_tags, list_annotations
from oicreader.store.library import Library
from oicreader.ui.deferred_dock import DeferredDock
from oicreader.ui.names import colour_name, language_name

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListWidgetItem

    from oicreader.ui.note_editor import NoteEditor


class NotesDock(DeferredDock):
    """The reader's notes: the current paragraph's above, every note (filterable) below."""

    note_chosen = Signal(object)  # Annotation
    delete_requested = Signal(str)
    notes_changed = Signal()

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Notes"), "notes", parent)
        self.library = library
        self.document_key: str | None = None
        self.paragraph_number: int | None = None
        self.editors: list[NoteEditor] = []

    def _build(self) -> None:
        from PySide6.QtWidgets import (
            QComboBox,
            QHBoxLayout,
            QLabel,
            QLineEdit,
            QListWidget,
            QScrollArea,
            QSplitter,
            QVBoxLayout,
        )

        from oicreader.ui.bidi_item_delegate import BidiItemDelegate

        self.title = QLabel(self)
        self.current_box = QWidget(self)
        self.current_layout = QVBoxLayout(self.current_box)
        self.current_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.current_box)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(4, 4, 4, 4)
        top_layout.addWidget(self.title)
        top_layout.addWidget(scroll)

        self.filter_text = QLineEdit(self)
        self.filter_text.setPlaceholderText(self.tr("Filter notes"))
        self.filter_text.setClearButtonEnabled(True)
        self.filter_text.setAccessibleName(self.tr("Filter notes by text"))
        self.filter_tag = QComboBox(self)
        self.filter_tag.setObjectName("tag-filter")
        self.filter_tag.setAccessibleName(self.tr("Filter notes by tag"))
        self.filter_color = QComboBox(self)
        self.filter_color.setAccessibleName(self.tr("Filter notes by colour"))
        self.filter_color.addItem(self.tr("Any colour"), None)
        for name, value in PALETTE.items():
            self.filter_color.addItem(colour_name(name), value)
        self.filter_language = QComboBox(self)
        self.filter_language.setAccessibleName(self.tr("Filter notes by language"))
        self.filter_language.addItem(self.tr("Any language"), None)
        for code in LANGUAGES:
            self.filter_language.addItem(language_name(code), code)
        self.all_notes = QListWidget(self)
        self.all_notes.setAccessibleName(self.tr("All notes"))
        self.all_notes.setWordWrap(True)
        self.all_notes.setItemDelegate(BidiItemDelegate(self.all_notes))
        self.all_notes.itemActivated.connect(self._chosen)
        self.all_notes.itemClicked.connect(self._chosen)
        for signal in (
            self.filter_text.textChanged,
            self.filter_tag.currentIndexChanged,
            self.filter_color.currentIndexChanged,
            self.filter_language.currentIndexChanged,
        ):
            signal.connect(lambda *_: self.refresh_list())
        filters = QHBoxLayout()
        for widget in (self.filter_tag, self.filter_color, self.filter_language):
            filters.addWidget(widget)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(4, 4, 4, 4)
        all_notes_label = QLabel(self.tr("All notes"), self)
        all_notes_label.setBuddy(self.all_notes)
        bottom_layout.addWidget(all_notes_label)
        bottom_layout.addWidget(self.filter_text)
        bottom_layout.addLayout(filters)
        bottom_layout.addWidget(self.all_notes)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.setWidget(splitter)

    def show_paragraph(self, document_key: str, number: int) -> None:
        """Show the notes of one paragraph for editing."""
        self.document_key, self.paragraph_number = document_key, number
        self.refresh_current()

    def refresh(self) -> None:
        """Reload the current paragraph's notes and the list of all notes."""
        self.refresh_current()
        self.refresh_list()

    def refresh_current(self) -> None:
        """Rebuild the editors of the current paragraph's notes."""
        from PySide6.QtWidgets import QLabel

        from oicreader.ui.note_editor import NoteEditor

        self.ensure_built()
        while self.current_layout.count():
            item = self.current_layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                # Detach now: deleteLater alone leaves it drawn until the event loop runs.
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self.editors = []
        if self.document_key is None or self.paragraph_number is None:
            self.title.setText("")
            return
        self.title.setText(
            self.tr("Notes on paragraph %1").replace("%1", str(self.paragraph_number))
        )
        known = [tag for tag, _count in all_tags(self.library)]
        annotations = list_annotations(
            self.library, self.document_key, paragraph_number=self.paragraph_number
        )
        for annotation in annotations:
            editor = NoteEditor(self.library, annotation, known, self.current_box)
            editor.delete_requested.connect(self.delete_requested)
            editor.saved.connect(lambda _annotation: self._after_save())
            self.current_layout.addWidget(editor)
            self.editors.append(editor)
        if not self.editors:
            empty = QLabel(
                self.tr(
                    "No notes on this paragraph. Select words and press Ctrl+H to highlight "
                    "them, or Ctrl+Shift+N to add a note."
                ),
                self.current_box,
            )
            empty.setWordWrap(True)
            self.current_layout.addWidget(empty)
        self.current_layout.addStretch(1)

    def _after_save(self) -> None:
        self.refresh_list()
        self.notes_changed.emit()

    def refresh_list(self) -> None:
        """Reload every note that passes the filters."""
        from PySide6.QtWidgets import QListWidgetItem

        from oicreader.ui.note_editor import color_name, reference

        self.ensure_built()
        current_tag = self.filter_tag.currentData()
        self.filter_tag.blockSignals(True)
        self.filter_tag.clear()
        self.filter_tag.addItem(self.tr("Any tag"), None)
        for tag, count in all_tags(self.library):
            self.filter_tag.addItem(f"{tag} ({count})", tag)
        index = self.filter_tag.findData(current_tag)
        self.filter_tag.setCurrentIndex(max(0, index))
        self.filter_tag.blockSignals(False)
        wanted_text = self.filter_text.text().strip().casefold()
        color = self.filter_color.currentData()
        language = self.filter_language.currentData()
        self.all_notes.clear()
        for annotation in list_annotations(self.library, tag=self.filter_tag.currentData()):
            quote = annotation.anchor.quote if annotation.anchor else ""
            if color and annotation.color != color:
                continue
            if language and annotation.language != language:
                continue
            haystack = " ".join([annotation.note, quote, *annotation.tags]).casefold()
            if wanted_text and wanted_text not in haystack:
                continue
            # One line each for the reference, the quote, the note and the tags: the list's
            # delegate lays every line out in its own direction (bidi_item_delegate.py).
            lines = [reference(annotation)]
            if quote:
                lines.append(f"«{quote}»")
            if annotation.note:
                lines.append(annotation.note.splitlines()[0][:200])
            if annotation.tags:
                lines.append(" ".join(f"#{tag}" for tag in annotation.tags))
            item = QListWidgetItem("\n".join(lines))
            item.setData(Qt.ItemDataRole.UserRole, annotation)
            if annotation.color:
                item.setToolTip(color_name(annotation.color))
            self.all_notes.addItem(item)

    def _chosen(self, item: QListWidgetItem) -> None:
        self.note_chosen.emit(item.data(Qt.ItemDataRole.UserRole))
