"""Search: a query field, the paragraphs found (by document, in reading order) and the notes
found, through the library's one search function."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from oicreader.app.session import Library, Session
from oicreader.render.qt_namespace import Qt
from oicreader.ui.deferred_dock import DeferredDock
from oicreader.ui.names import language_name

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QListWidgetItem

    from oicreader.app.search import DocumentHits, NoteHit, ParagraphHits, SearchHit

# lupdate reads these (the app layer holds the same texts, Qt-free): each example and each
# meaning of the syntax tooltip, translated under the context app/search.py names.
_SYNTAX_FOR_TRANSLATORS = (
    QT_TRANSLATE_NOOP("SearchSyntax", "condemn attacks"),
    QT_TRANSLATE_NOOP(
        "SearchSyntax", "every word is required, in any of its forms (condemned, condemning)"
    ),
    QT_TRANSLATE_NOOP("SearchSyntax", '"Security Council"'),
    QT_TRANSLATE_NOOP("SearchSyntax", "a phrase: these words together, in this order"),
    QT_TRANSLATE_NOOP("SearchSyntax", "-Iraq"),
    QT_TRANSLATE_NOOP("SearchSyntax", "leaves out the paragraphs with this word"),
    QT_TRANSLATE_NOOP("SearchSyntax", "refugees OR migrants"),
    QT_TRANSLATE_NOOP("SearchSyntax", "either word will do"),
    QT_TRANSLATE_NOOP("SearchSyntax", "terror*"),
    QT_TRANSLATE_NOOP("SearchSyntax", "words that begin with these letters (three or more)"),
)

# Long enough to let a word be typed, short enough to feel immediate; each keystroke of a
# common prefix ("t", "th") would otherwise search the whole library.
SEARCH_DELAY_MS = 250
# Paragraph versions listed at most: past this a list is too long to read, and the reader
# is told it was cut (see _show_count) so as to narrow the query.
SEARCH_LIMIT = 200

Place = tuple[str, int]  # (document key, paragraph number)


def syntax_help() -> str:
    """The search syntax, one rule a line, in the interface language."""
    # Imported when the panel is built: the search modules are not needed before the first paint.
    from oicreader.app.search import SEARCH_SYNTAX, SEARCH_SYNTAX_CONTEXT

    return "\n".join(
        f"{QCoreApplication.translate(SEARCH_SYNTAX_CONTEXT, example)}   "
        f"{QCoreApplication.translate(SEARCH_SYNTAX_CONTEXT, meaning)}"
        for example, meaning in SEARCH_SYNTAX
    )


def step_target(places: list[Place], here: Place | None, delta: int) -> int:
    """The index of the hit after (+1) or before (-1) `here` in reading order: within the
    current document first; past its last hit, the next document's first (and past the
    last document, the first's); from outside every document found, the first or last."""
    documents = [document for document, _number in places]
    if here is None or here[0] not in documents:
        return 0 if delta > 0 else len(places) - 1
    document, number = here
    first = documents.index(document)
    last = len(documents) - 1 - documents[::-1].index(document)
    if delta > 0:
        after = [i for i in range(first, last + 1) if places[i][1] > number]
        return after[0] if after else (last + 1) % len(places)
    before = [i for i in range(first, last + 1) if places[i][1] < number]
    return before[-1] if before else (first - 1) % len(places)


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
    """Search the library (or the open document); choosing a hit brings it into view."""

    hit_chosen = Signal(object)  # SearchHit, the first version found of the paragraph
    note_chosen = Signal(object)  # NoteHit
    step_requested = Signal(int)  # Enter (+1) or Shift+Enter (-1) in the query field
    hits_changed = Signal(list)  # list[SearchHit]

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Search"), "search", parent)
        self.session = Session(library)
        self.hits: list[SearchHit] = []
        self.groups: list[DocumentHits] = []
        self.note_hits: list[NoteHit] = []
        self.cut = False  # more matched than SEARCH_LIMIT: the list shows the first ones
        self.places: list[Place] = []  # the paragraphs listed, in list order
        self._rows: list[int] = []  # the list row of each place
        self.document_key: str | None = None  # the open document, for "This document"

    @property
    def library(self) -> Library:
        """The library searched; the window gives another after a restore reopens it."""
        return self.session.library

    @library.setter
    def library(self, library: Library) -> None:
        # Search keeps no undo, so a session around the new library is all it needs.
        self.session = Session(library)

    def _build(self) -> None:
        from PySide6.QtWidgets import QComboBox, QLabel, QListWidget

        from oicreader.ui.bidi_item_delegate import BidiItemDelegate

        self.field = SearchField(self)
        self.field.setPlaceholderText(self.tr('words  "phrase"  -word  a OR b  pre*'))
        self.field.setToolTip(syntax_help())
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName(self.tr("Search query"))
        self.scope = QComboBox(self)
        # A reader looks for a word in the library as in a search engine: everywhere first.
        self.scope.addItem(self.tr("All documents"), "library")
        self.scope.addItem(self.tr("This document"), "document")
        self.scope.setAccessibleName(self.tr("Search in"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setWordWrap(True)
        self.results.setItemDelegate(BidiItemDelegate(self.results))
        self.notes_heading = QLabel(self)
        self.note_results = QListWidget(self)
        self.note_results.setAccessibleName(self.tr("Notes found"))
        self.note_results.setWordWrap(True)
        self.note_results.setItemDelegate(BidiItemDelegate(self.note_results))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.results.currentRowChanged.connect(self._row_changed)
        self.note_results.currentRowChanged.connect(self._note_row_changed)
        self.field.textChanged.connect(self._timer.start)
        self.field.step_requested.connect(self.step_requested)
        self.scope.currentIndexChanged.connect(self.search_now)
        self.setWidget(self._layout())

    def _layout(self) -> QWidget:
        from PySide6.QtWidgets import QSplitter, QVBoxLayout

        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.field)
        layout.addWidget(self.scope)
        layout.addWidget(self.status)
        splitter = QSplitter(Qt.Orientation.Vertical, body)
        notes = QWidget(splitter)
        notes_layout = QVBoxLayout(notes)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        notes_layout.addWidget(self.notes_heading)
        notes_layout.addWidget(self.note_results)
        splitter.addWidget(self.results)
        splitter.addWidget(notes)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter)
        return body

    @property
    def query(self) -> str:
        """What is typed in the query field ("" before the panel is built)."""
        return self.field.text() if self.built else ""

    @property
    def whole_library(self) -> bool:
        """True when the search covers every document (the default)."""
        return not self.built or self.scope.currentData() != "document"

    def focus_field(self) -> None:
        """Show the dock and put the cursor in the query field."""
        self.ensure_built()
        self.show()
        self.raise_()
        self.field.setFocus()
        self.field.selectAll()

    def search_now(self) -> None:
        """Search for what is typed, without waiting for the reader to pause."""
        self.ensure_built()
        self._timer.stop()
        self.run_search(self.field.text())

    def run_search(self, query: str) -> None:
        """Search the library (or the open document) and its notes, and list the hits."""
        # Imported on the first search: the folding tables are not needed to start.
        from oicreader.app.search import group_hits, search_library_results, search_notes

        self.ensure_built()
        self._timer.stop()
        document = None if self.whole_library else self.document_key
        searching = bool(query.strip()) and (self.whole_library or document is not None)
        results = (
            search_library_results(self.session, query, document, limit=SEARCH_LIMIT)
            if searching
            else None
        )
        self.hits = results.hits if results else []
        self.cut = bool(results and results.cut)
        self.groups = group_hits(self.hits)
        self.note_hits = search_notes(self.session, query, document) if searching else []
        self._fill_results()
        self._fill_notes()
        self._show_count(searching)
        self.hits_changed.emit(self.hits)

    def _fill_results(self) -> None:
        from PySide6.QtWidgets import QListWidgetItem

        self.results.blockSignals(True)
        self.results.clear()
        self.places, self._rows = [], []
        for group in self.groups:
            self.results.addItem(self._header_item(group))
            for paragraph in group.paragraphs:
                self.places.append((group.document_key, paragraph.paragraph_number))
                self._rows.append(self.results.count())
                item = QListWidgetItem(self._paragraph_text(paragraph))
                item.setToolTip(paragraph.hits[0].snippet_plain)
                self.results.addItem(item)
        self.results.blockSignals(False)

    def _header_item(self, group: DocumentHits) -> QListWidgetItem:
        from PySide6.QtWidgets import QListWidgetItem

        from oicreader.ui.interface_language import current_language

        title = group.titles.get(current_language()) or next(iter(group.titles.values()), "")
        item = QListWidgetItem(f"{group.symbol}\n{title}" if title else group.symbol)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading, not a place to go
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        return item

    def _paragraph_text(self, paragraph: ParagraphHits) -> str:
        # Where, then what: two lines, each laid out in its own direction by the delegate.
        languages = ", ".join(language_name(hit.language) for hit in paragraph.hits)
        # "¶15" isolated left to right, or an Arabic line would show it as "15¶".
        where = f"\u2066¶{paragraph.paragraph_number}\u2069 · {languages}"
        return f"{where}\n{paragraph.hits[0].snippet_plain}"

    def _fill_notes(self) -> None:
        self.note_results.blockSignals(True)
        self.note_results.clear()
        for hit in self.note_hits:
            snippet = hit.snippet.replace("**", "")
            self.note_results.addItem(f"{hit.symbol} ¶{hit.paragraph_number}\n{snippet}")
        self.note_results.blockSignals(False)
        self.notes_heading.setText(self.tr("In notes: %n note(s)", "", len(self.note_hits)))

    def _show_count(self, searching: bool) -> None:
        if not searching:
            self.status.setText("")
            return
        if self.cut:
            found = self.tr("First %n paragraph(s) found", "", len(self.places))
        else:
            found = self.tr("%n paragraph(s) found", "", len(self.places))
        if len(self.groups) > 1:
            found = self.tr("%1 in %n document(s)", "", len(self.groups)).replace("%1", found)
        if self.cut:
            found += "\n" + self.tr(
                "The list stops at %n matches: refine the search to see the rest.",
                "",
                SEARCH_LIMIT,
            )
        self.status.setText(found)

    def step(self, delta: int, here: Place | None = None) -> None:
        """Choose the next (+1) or previous (-1) paragraph found, in reading order from
        `here` (the reader's place), wrapping around."""
        self.ensure_built()
        if self._timer.isActive():  # Enter right after typing: search first
            self.search_now()
        if not self.places:
            return
        row = self._rows[step_target(self.places, here, delta)]
        if row == self.results.currentRow():
            self._row_changed(row)  # the same hit again: bring it back into view
        else:
            self.results.setCurrentRow(row)

    def _row_changed(self, row: int) -> None:
        if row in self._rows:
            document_key, number = self.places[self._rows.index(row)]
            group = next(group for group in self.groups if group.document_key == document_key)
            paragraph = next(p for p in group.paragraphs if p.paragraph_number == number)
            self.hit_chosen.emit(paragraph.hits[0])

    def _note_row_changed(self, row: int) -> None:
        if 0 <= row < len(self.note_hits):
            self.note_chosen.emit(self.note_hits[row])
