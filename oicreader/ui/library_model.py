"""The library panel's item model: documents read a page at a time, filtered and sorted,
each with its revisions under it."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
)

from oicreader.app.library import (
    DocumentSummary,
    RevisionSummary,
    count_documents,
    documents_tagged,
    list_documents,
    list_revisions,
)
from oicreader.app.session import Session
from oicreader.render.qt_namespace import USER_ROLE, Qt
from oicreader.ui.library_messages import isolated
from oicreader.ui.names import joined, language_name

Index = QModelIndex | QPersistentModelIndex

KEY_ROLE = USER_ROLE
# Documents read at a time: a few screens of rows. The view asks for the next page
# (fetchMore) when it is scrolled to the end.
PAGE_SIZE = 100
_DOCUMENT = 0  # the internal id of a document's index; a revision's is its document's row + 1


class LibraryModel(QAbstractItemModel):
    """The library's documents, one row each (symbol, title, meeting, date, status,
    languages), and their revisions as child rows.

    Unfiltered and in the library's own order (bundled first, then by symbol) the documents
    are read a page at a time; a filter or another order reads their summaries once (a few
    hundred bytes each) and works on them in memory, which keeps a keystroke of the filter
    within milliseconds for a thousand documents. A tag chosen reads the keys of the
    documents whose notes carry it, once per choice, not at each keystroke.
    """

    columns = ("symbol", "title", "meeting", "date", "status", "languages")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.language = "en"
        self.total = 0  # documents shown, read or not
        self.rows: list[DocumentSummary] = []
        self._row_of: dict[str, int] = {}
        self._everything: list[tuple[DocumentSummary, str]] | None = None
        self._revisions: dict[str, list[RevisionSummary]] = {}
        self._words: list[str] = []
        self.tag: str | None = None
        self._tagged: frozenset[str] = frozenset()
        self._sort = (0, Qt.SortOrder.AscendingOrder)

    # Filling ----------------------------------------------------------------------------

    def show_library(self, session: Session, language: str) -> None:
        """Read the library again, its titles in `language`, keeping the filter and order."""
        self.session, self.language = session, language
        self._everything = None
        self._revisions.clear()
        self._read_tagged()
        self._apply()

    def set_tag(self, tag: str | None) -> None:
        """Keep the documents with a note carrying `tag` (case-blind); None keeps all."""
        self.tag = tag
        self._read_tagged()
        self._apply()

    def tags_changed(self) -> None:
        """Notes were tagged or untagged: read again which documents carry the tag chosen."""
        if self.tag is not None:
            self._read_tagged()
            self._apply()

    def _read_tagged(self) -> None:
        if self.tag is None or self.session is None:
            self._tagged = frozenset()
        else:
            self._tagged = documents_tagged(self.session, self.tag)

    def set_filter(self, text: str) -> None:
        """Keep the documents where every word of `text` is found in one of the columns."""
        self._words = text.casefold().split()
        self._apply()

    def _paged(self) -> bool:
        default_order = self._sort == (0, Qt.SortOrder.AscendingOrder)
        return not self._words and self.tag is None and default_order

    def _apply(self) -> None:
        self.beginResetModel()
        if self.session is None:
            self.rows, self.total = [], 0
        elif self._paged():
            self.total = count_documents(self.session)
            self.rows = list_documents(self.session, offset=0, limit=PAGE_SIZE)
        else:
            self.rows = self._filtered_and_sorted()
            self.total = len(self.rows)
        self._row_of = {summary.key: row for row, summary in enumerate(self.rows)}
        self.endResetModel()

    def _all_summaries(self) -> list[tuple[DocumentSummary, str]]:
        if self._everything is None:
            assert self.session is not None
            self._everything = [
                (summary, self._searchable(summary)) for summary in list_documents(self.session)
            ]
        return self._everything

    def _searchable(self, summary: DocumentSummary) -> str:
        names = [language_name(code) for code in summary.languages]
        parts = [summary.symbol, *summary.titles.values(), *summary.meeting.values()]
        parts += [summary.date, summary.status]
        return " ".join([*parts, *summary.languages, *names]).casefold()

    def _filtered_and_sorted(self) -> list[DocumentSummary]:
        words = self._words
        kept = [
            summary
            for summary, searchable in self._all_summaries()
            if all(word in searchable for word in words)
            and (self.tag is None or summary.key in self._tagged)
        ]
        column, order = self._sort
        name = self.columns[column]
        if name == "symbol":
            kept.sort(key=lambda summary: (summary.origin != "bundled", summary.symbol.casefold()))
        elif name == "date":  # the stored ISO date sorts in time; the long date shown does not
            kept.sort(key=lambda summary: summary.date)
        else:
            kept.sort(key=lambda summary: self._text(summary, name).casefold())
        if order == Qt.SortOrder.DescendingOrder:
            kept.reverse()
        return kept

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the documents by a column (the bundled first when by symbol, ascending)."""
        if 0 <= column < len(self.columns) and (column, order) != self._sort:
            self._sort = (column, order)
            self._apply()

    def canFetchMore(self, parent: Index) -> bool:
        """True while the library's own order has documents not read yet."""
        return not parent.isValid() and self._paged() and len(self.rows) < self.total

    def fetchMore(self, parent: Index) -> None:
        """Read the next page of documents."""
        if not self.canFetchMore(parent) or self.session is None:
            return
        page = list_documents(self.session, offset=len(self.rows), limit=PAGE_SIZE)
        if not page:
            self.total = len(self.rows)
            return
        start = len(self.rows)
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        for row, summary in enumerate(page, start):
            self._row_of[summary.key] = row
        self.rows.extend(page)
        self.endInsertRows()

    def row_of(self, key: str) -> int | None:
        """The row of a document, reading pages up to it; None when it is filtered out."""
        while key not in self._row_of and self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())
        return self._row_of.get(key)

    def summary_of(self, key: str) -> DocumentSummary | None:
        """A listed document's summary; None when it is not listed."""
        row = self._row_of.get(key)
        return None if row is None else self.rows[row]

    def title_of(self, key: str) -> str:
        """A listed document's title as the list shows it."""
        summary = self.summary_of(key)
        return "" if summary is None else self._text(summary, "title")

    def revisions(self, key: str) -> list[RevisionSummary]:
        """A document's revisions, oldest first (read when its row is first drawn)."""
        if key not in self._revisions:
            assert self.session is not None
            self._revisions[key] = list_revisions(self.session, key)
        return self._revisions[key]

    # The model's structure -----------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """A document's index, or a revision's under its document."""
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _DOCUMENT)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        """A revision's document; nothing above a document."""
        if not index.isValid() or index.internalId() == _DOCUMENT:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _DOCUMENT)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        """Every document has its revisions under it (read only when it is opened: a tree
        asks this of every row it lays out)."""
        return not parent.isValid() or (parent.internalId() == _DOCUMENT and parent.column() == 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        """The documents read so far, or a document's revisions."""
        if not parent.isValid():
            return len(self.rows)
        if parent.internalId() != _DOCUMENT or parent.column() != 0:
            return 0
        return len(self.revisions(self.rows[parent.row()].key))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Symbol, title, meeting, date, status, languages."""
        return len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """The columns' names in the interface language."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = {
            "symbol": QCoreApplication.translate("LibraryDock", "Symbol"),
            "title": QCoreApplication.translate("LibraryDock", "Title"),
            "meeting": QCoreApplication.translate("LibraryDock", "Meeting"),
            "date": QCoreApplication.translate("LibraryDock", "Date"),
            "status": QCoreApplication.translate("LibraryDock", "Status"),
            "languages": QCoreApplication.translate("LibraryDock", "Languages"),
        }
        return names[self.columns[section]] if 0 <= section < len(self.columns) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """A document's or revision's column, its key (KEY_ROLE) or its tooltip."""
        if not index.isValid():
            return None
        if index.internalId() == _DOCUMENT:
            summary = self.rows[index.row()]
            if role == KEY_ROLE:
                return summary.key
            if role == Qt.ItemDataRole.ToolTipRole:
                from oicreader.ui.library_messages import long_date

                names = joined(language_name(code) for code in summary.languages)
                described = f"{long_date(summary.date)} · {names}"
                column = self.columns[index.column()]
                if column in ("title", "meeting") and self._text(summary, column):
                    # A long title or meeting is elided in its cell: whole here.
                    return f"{self._text(summary, column)}\n{described}"
                return described
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self._text(summary, self.columns[index.column()])
            return None
        summary = self.rows[index.internalId() - 1]
        if role == KEY_ROLE:
            return summary.key
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._revision_text(self.revisions(summary.key)[index.row()], index.column())
        return None

    def _text(self, summary: DocumentSummary, column: str) -> str:
        if column == "symbol":
            return summary.symbol
        if column == "title":
            return summary.titles.get(self.language) or next(iter(summary.titles.values()), "")
        if column == "meeting":
            return summary.meeting.get(self.language) or next(iter(summary.meeting.values()), "")
        if column == "date":
            from oicreader.ui.library_messages import long_date

            return long_date(summary.date)
        if column == "status":
            return summary.status
        return joined(language_name(code) for code in summary.languages)

    def _revision_text(self, revision: RevisionSummary, column: int) -> str:
        name = self.columns[column]
        if name == "symbol":
            label = revision.label or revision.status
            # Set apart: a Latin label keeps its place after the number in an Arabic list.
            text = f"{revision.number} · {isolated(label)}" if label else str(revision.number)
            return f"{text} ✓" if revision.current else text
        if name == "date":
            return revision.created[:10]
        if name == "status":
            return revision.status
        return ""
