"""The notes panel: the current paragraph's notes, edited in place, and a filterable list of all."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QWidget

from oicreader.app.changes import NoteChange
from oicreader.app.notes import (
    NoteFilter,
    NoteSummary,
    documents_with_notes,
    get_note,
    is_empty,
    tags_in_use,
)
from oicreader.app.session import Session
from oicreader.model.annotation import PALETTE
from oicreader.model.languages import LANGUAGES
from oicreader.render.qt_namespace import Qt
from oicreader.ui.deferred_dock import DeferredDock
from oicreader.ui.names import colour_name, language_name

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex

    from oicreader.ui.note_editor import NoteEditor


class NotesDock(DeferredDock):
    """The reader's notes: the current paragraph's above, every note (filterable) below."""

    note_chosen = Signal(object)  # Annotation
    delete_requested = Signal(str)
    # A note's tags changed (tags are topics): the document's key and the tags put on or taken
    # off (a frozenset of str), whose topics change. Its text alone changes nothing drawn
    # outside the panel, and redrawing marks and topics on every key costs 20 ms with 2,000
    # notes.
    notes_changed = Signal(str, object)
    # The focus left a note that holds nothing (no text, tags or words): its id.
    left_empty = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Notes"), "notes", parent)
        # The session stays the same object when a restored backup reopens the library.
        self.session = session
        self.document_key: str | None = None
        self.paragraph_number: int | None = None
        self.known_tags: list[str] | None = None  # for completing tags; read when needed
        self._current_filter: NoteFilter | None = None

    def _build(self) -> None:
        from PySide6.QtWidgets import (
            QGridLayout,
            QLabel,
            QLineEdit,
            QListView,
            QSplitter,
            QVBoxLayout,
        )

        from oicreader.ui.fitted_combo_box import FittedComboBox
        from oicreader.ui.note_list_delegate import NoteListDelegate
        from oicreader.ui.notes_models import EDITOR_PAGE_SIZE, PagedNotesModel
        from oicreader.ui.paragraph_notes_view import ParagraphNotesView

        self.title = QLabel(self)
        # Thousands of notes on one paragraph: a list that makes editors only for the notes
        # in view, and reads the notes a page at a time.
        self.current_notes = PagedNotesModel(self.session, EDITOR_PAGE_SIZE, self)
        self.current = ParagraphNotesView(self.current_notes, self._make_editor, self)
        self.current.editor_left.connect(self._editor_left)
        self.empty = QLabel(
            self.tr(
                "No notes on this paragraph. Select words and press Ctrl+H to highlight "
                "them, or Ctrl+Shift+N to add a note."
            ),
            self,
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(4, 4, 4, 4)
        top_layout.addWidget(self.title)
        top_layout.addWidget(self.current, 1)
        top_layout.addWidget(self.empty, 1)

        self.filter_text = QLineEdit(self)
        self.filter_text.setPlaceholderText(self.tr("Filter notes"))
        self.filter_text.setClearButtonEnabled(True)
        self.filter_text.setAccessibleName(self.tr("Filter notes by text"))
        self.filter_document = FittedComboBox(self)
        self.filter_document.setAccessibleName(self.tr("Filter notes by document"))
        self.filter_document.addItem(self.tr("All documents"), None)
        self.filter_tag = FittedComboBox(self)
        self.filter_tag.setObjectName("tag-filter")
        self.filter_tag.setAccessibleName(self.tr("Filter notes by tag"))
        self.filter_color = FittedComboBox(self)
        self.filter_color.setAccessibleName(self.tr("Filter notes by colour"))
        self.filter_color.addItem(self.tr("Any colour"), None)
        for name, value in PALETTE.items():
            self.filter_color.addItem(colour_name(name), value)
        self.filter_language = FittedComboBox(self)
        self.filter_language.setAccessibleName(self.tr("Filter notes by language"))
        self.filter_language.addItem(self.tr("Any language"), None)
        for code in LANGUAGES:
            self.filter_language.addItem(language_name(code), code)
        self.all_notes_model = PagedNotesModel(self.session, parent=self)
        self.all_notes = QListView(self)
        self.all_notes.setModel(self.all_notes_model)
        self.all_notes.setAccessibleName(self.tr("All notes"))
        self.all_notes.setWordWrap(True)
        self.all_notes.setItemDelegate(NoteListDelegate(self.all_notes))
        self.all_notes.activated.connect(self._chosen)
        self.all_notes.clicked.connect(self._chosen)
        for signal in (
            self.filter_text.textChanged,
            self.filter_document.currentIndexChanged,
            self.filter_tag.currentIndexChanged,
            self.filter_color.currentIndexChanged,
            self.filter_language.currentIndexChanged,
        ):
            signal.connect(lambda *_: self.refresh_list())
        # Two a row: three or four in a row cut the French "Toutes les étiquettes".
        filters = QGridLayout()
        combos = (self.filter_document, self.filter_tag, self.filter_color, self.filter_language)
        for index, combo in enumerate(combos):
            filters.addWidget(combo, index // 2, index % 2)
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

    @property
    def editors(self) -> list[NoteEditor]:
        """The editors of the current paragraph's notes in view, in order."""
        return self.current.editors if self.built else []

    def show_paragraph(self, document_key: str, number: int) -> None:
        """Show the notes of one paragraph for editing."""
        self.document_key, self.paragraph_number = document_key, number
        self.refresh_current()

    def refresh(self) -> None:
        """Reload the list of all notes and the current paragraph's notes."""
        self.refresh_list()
        self.refresh_current()

    def refresh_current(self) -> None:
        """Reload the current paragraph's notes; editors are made for those in view."""
        self.ensure_built()
        if self.document_key is None or self.paragraph_number is None:
            self.title.setText("")
            self.current_notes.clear()
            self._show_current(has_notes=False)
            return
        title = self.tr("Notes on paragraph %1").replace("%1", str(self.paragraph_number))
        self.title.setText(title)
        self.current.setAccessibleName(title)
        wanted = NoteFilter(self.document_key, self.paragraph_number)
        # The same paragraph again (a note deleted, brought back): stay where the reader was.
        rows = self.current.visible_rows() if wanted == self._current_filter else []
        self._current_filter = wanted
        self.current_notes.load(wanted)
        self._show_current(has_notes=self.current_notes.total > 0)
        if rows:
            self.current.show_row(rows[0])

    def _show_current(self, has_notes: bool) -> None:
        self.empty.setVisible(not has_notes)
        self.current.setVisible(has_notes)
        if has_notes:
            self.current.sync_editors()

    def focus_note(self, annotation_id: str) -> None:
        """Bring a note of the current paragraph into view and put the cursor in its text."""
        self.ensure_built()
        editor = self.current.editor_for(annotation_id)
        if editor is not None:
            editor.text.setFocus()
            self.current.bring_into_view(editor.text)

    def empty_notes(self) -> list[str]:
        """The ids of the notes in view that hold nothing."""
        return [editor.annotation.id for editor in self.editors if is_empty(editor.annotation)]

    def _editor_left(self, editor: NoteEditor) -> None:
        if is_empty(editor.annotation):
            # After the focus has settled: the list may be reloaded by the deletion.
            note_id = editor.annotation.id
            QTimer.singleShot(0, self, lambda: self.left_empty.emit(note_id))

    def _make_editor(self, parent: QWidget, summary: NoteSummary) -> NoteEditor:
        from oicreader.ui.note_editor import NoteEditor

        if self.known_tags is None:
            self.known_tags = [tag for tag, _count in tags_in_use(self.session)]
        # Only here is a note read in full: for the few notes in view.
        annotation = get_note(self.session, summary.id)
        editor = NoteEditor(self.session, annotation, self.known_tags, parent)
        editor.delete_requested.connect(self.delete_requested)
        editor.saved.connect(self._after_save)
        editor.tags_edited.connect(
            lambda tags: self.notes_changed.emit(editor.annotation.document, tags)
        )
        return editor

    def _after_save(self, edited: NoteChange) -> None:
        # What one keystroke changed, and nothing more: the note's rows, and when its tags
        # changed the tag counts. No list is read again unless the note came in or went out.
        annotation, tags_changed = edited.annotation, edited.changes.tags_changed
        self.current_notes.update(annotation)
        if tags_changed and not self._show_tags(tags_in_use(self.session)):
            self.all_notes_model.load(self._filter())  # the tag chosen is no longer in use
            return
        wanted = self._filter()
        # Only the text filter (which reads the text and tags) and the tag filter can take
        # the note in or out: the colour and language of a note do not change as it is typed.
        if wanted.text.strip() or (tags_changed and wanted.tag):
            self.all_notes_model.refilter(annotation, wanted)
        else:
            self.all_notes_model.update(annotation)

    def _filter(self) -> NoteFilter:
        return NoteFilter(
            document=self.filter_document.currentData(),
            text=self.filter_text.text(),
            tag=self.filter_tag.currentData(),
            color=self.filter_color.currentData(),
            language=self.filter_language.currentData(),
        )

    def refresh_list(self) -> None:
        """Reload the tags and the first page of the notes that pass the filters."""
        self.ensure_built()
        self._show_documents(documents_with_notes(self.session))
        self._show_tags(tags_in_use(self.session))
        self.all_notes_model.load(self._filter())

    def _show_documents(self, documents: list[tuple[str, str | None, int]]) -> None:
        """List the documents with notes, and their counts, in the document filter; the
        choice stays while its document has notes."""
        combo = self.filter_document
        chosen = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for key, symbol, count in documents:
            combo.addItem(f"{symbol or key} ({count})", key)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    def _show_tags(self, tags: list[tuple[str, int]]) -> bool:
        """Show the tags in use and their counts in the tag filter, touching only the entries
        that differ (the open list and the choice stay); False when the tag chosen is no
        longer in use, and the filter is back to any tag."""
        self.known_tags = [tag for tag, _count in tags]
        combo = self.filter_tag
        chosen = combo.currentData()
        combo.blockSignals(True)
        if combo.count() == 0:
            combo.addItem(self.tr("Any tag"), None)
        for row, (tag, count) in enumerate(tags, start=1):
            label = f"{tag} ({count})"
            if row < combo.count() and combo.itemData(row) == tag:
                if combo.itemText(row) != label:
                    combo.setItemText(row, label)
                continue
            moved = combo.findData(tag)
            if moved > row:  # the tags before it are in place: it was further down
                combo.removeItem(moved)
            combo.insertItem(row, label, tag)
        while combo.count() > len(tags) + 1:
            combo.removeItem(combo.count() - 1)
        index = combo.findData(chosen)
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)
        return chosen is None or index >= 0

    def _chosen(self, index: QModelIndex) -> None:
        from oicreader.ui.notes_models import SUMMARY_ROLE

        summary: NoteSummary | None = index.data(SUMMARY_ROLE)
        if summary is not None:
            self.note_chosen.emit(get_note(self.session, summary.id))
