"""The notes panel's item model: the notes that pass a filter, read a page at a time."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex

from oicreader.app.notes import Annotation, NoteFilter, NoteSummary, count_notes, note_page
from oicreader.app.session import Session
from oicreader.render.qt_namespace import USER_ROLE, Qt
from oicreader.ui.library_messages import isolated
from oicreader.ui.names import highlight_colour_label
from oicreader.ui.note_editor import reference

Index = QModelIndex | QPersistentModelIndex

SUMMARY_ROLE = USER_ROLE
# Rows of a list of notes read at a time: a few screens' worth (rows of two to four lines).
# The view asks for the next page (fetchMore) when it is scrolled to the end; each row read
# is measured, so a bigger first page only delays the panel.
PAGE_SIZE = 40
EDITOR_PAGE_SIZE = 20  # notes shown as editors are some 200 pixels high
_FIRST_LINE_CHARACTERS = 200


def note_first_line(summary: NoteSummary) -> str:
    """The note's first line as a list shows it, ending in "…" when the note goes on."""
    lines = summary.note_start.splitlines()
    first = lines[0] if lines else ""
    goes_on = len(lines) > 1 or summary.note_is_cut or len(first) > _FIRST_LINE_CHARACTERS
    return first[:_FIRST_LINE_CHARACTERS] + ("…" if goes_on else "")


def summary_lines(summary: NoteSummary) -> str:
    """One line each for the place (with its document), the quote, the note's first line and
    the tags: the list's delegate lays every line out in its own direction
    (bidi_item_delegate.py). The document comes last on its line, set apart: the line takes
    its direction from the language's name, as the interface's other lines do."""
    document = isolated(summary.document_symbol or summary.document)
    lines = [f"{reference(summary)} · {document}"]
    if summary.quote:
        lines.append(f"«{summary.quote}»")
    if summary.note_start:
        lines.append(note_first_line(summary))
    if summary.tags:
        lines.append(" ".join(f"#{tag}" for tag in summary.tags))
    return "\n".join(lines)


class PagedNotesModel(QAbstractListModel):
    """The live notes that pass a filter, in document, paragraph and creation order, read a
    page at a time: the list counts them on an index, reads the first page, and reads each
    next page after the last note read when it is scrolled to (100,000 notes are never all
    read, not even their keys). Display text: the note's lines; SUMMARY_ROLE: its NoteSummary."""

    def __init__(
        self, session: Session, page_size: int = PAGE_SIZE, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.page_size = page_size
        self.keys: list[int] = []  # the row keys of the notes read so far
        self.summaries: list[NoteSummary] = []
        self._wanted = NoteFilter()
        self._total = 0
        self._all_read = True

    def load(self, wanted: NoteFilter) -> None:
        """List the notes that pass a filter, reading the first page of them."""
        self.beginResetModel()
        self._wanted = wanted
        self._total = count_notes(self.session, wanted)
        self._all_read = self._total == 0
        self.keys, self.summaries = [], []
        if not self._all_read:
            self.summaries = self._read_page()
        self.endResetModel()

    def refilter(self, annotation: Annotation, wanted: NoteFilter) -> None:
        """After a note was edited: update its row while as many notes pass the filter (one
        note changed, so the same ones do), and list them again when the edit took the note
        in or out."""
        if wanted == self._wanted and count_notes(self.session, wanted) == self._total:
            self.update(annotation)
        else:
            self.load(wanted)

    def _read_page(self) -> list[NoteSummary]:
        after = self.keys[-1] if self.keys else None
        page = note_page(self.session, self._wanted, after=after, limit=self.page_size)
        if len(page) < self.page_size:
            self._all_read = True
        self.keys.extend(key for key, _summary in page)
        return [summary for _key, summary in page]

    def clear(self) -> None:
        """List nothing."""
        self.beginResetModel()
        self.keys, self.summaries, self._total, self._all_read = [], [], 0, True
        self.endResetModel()

    @property
    def total(self) -> int:
        """How many notes pass the filter, read or not."""
        return self._total

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        """The rows read so far (a flat list: none under a row)."""
        return 0 if parent.isValid() else len(self.summaries)

    def canFetchMore(self, parent: Index) -> bool:
        """True while some notes that pass the filter are not read yet."""
        return not parent.isValid() and not self._all_read

    def fetchMore(self, parent: Index) -> None:
        """Read the next page of notes, after the last one read."""
        if parent.isValid() or self._all_read:
            return
        page = self._read_page()
        if not page:
            return
        start = len(self.summaries)
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self.summaries.extend(page)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """The summary's lines, its colour's name as tooltip, or the summary itself."""
        if not index.isValid() or not 0 <= index.row() < len(self.summaries):
            return None
        summary = self.summaries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return summary_lines(summary)
        if role == Qt.ItemDataRole.ToolTipRole:
            return highlight_colour_label(summary.color) or None
        if role == SUMMARY_ROLE:
            return summary
        return None

    def row_of(self, annotation_id: str) -> int | None:
        """The row of a note, if it has been read."""
        return next(
            (row for row, summary in enumerate(self.summaries) if summary.id == annotation_id),
            None,
        )

    def update(self, annotation: Annotation) -> None:
        """Show an edited note's new text and tags in its row, if it is listed."""
        row = self.row_of(annotation.id)
        if row is not None:
            symbol = self.summaries[row].document_symbol  # an edit does not move a note
            self.summaries[row] = NoteSummary.of(annotation, symbol)
            index = self.index(row)
            self.dataChanged.emit(index, index)
