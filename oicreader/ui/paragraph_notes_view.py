"""The current paragraph's notes as a list: each drawn by a delegate, edited in place by a
NoteEditor made only for the notes in view, so a paragraph with thousands of notes opens at
once."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QRectF, QSize, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QShowEvent, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from oicreader.app.notes import Annotation, NoteSummary, TextAnchor
from oicreader.app.session import Session
from oicreader.render.bidi_isolation import isolate_other_direction
from oicreader.render.labels import quoted
from oicreader.render.qt_namespace import Qt
from oicreader.ui.bidi_item_delegate import start_alignment, text_direction
from oicreader.ui.note_editor import NoteEditor, reference
from oicreader.ui.notes_models import SUMMARY_ROLE, PagedNotesModel, note_first_line

Index = QModelIndex | QPersistentModelIndex
EditorFactory = Callable[[QWidget, NoteSummary], NoteEditor]

_SPACING = 3  # pixels around each note


class _EditorMetrics:
    """The height a NoteEditor needs, measured once on two sample editors, so the list can
    size a row without making its editor: fixed parts, plus the quote wrapped to the width."""

    def __init__(self, session: Session) -> None:
        def sample(quote: str | None) -> NoteEditor:
            anchor = TextAnchor(0, 1, quote, "", "") if quote else None
            annotation = Annotation("", "", 0, 1, "en", anchor=anchor, color="#000000")
            return NoteEditor(session, annotation, [])

        plain, quoted = sample(None), sample("x")
        self.base = plain.sizeHint().height()
        self.quote_spacing = (
            quoted.sizeHint().height() - self.base - quoted.quote.sizeHint().height()
        )
        quoted.resize(400, quoted.sizeHint().height())
        layout = quoted.layout()
        if layout is not None:
            layout.activate()
        self.quote_inset = 400 - quoted.quote.width()
        self.quote_metrics = QFontMetrics(quoted.quote.font())
        plain.deleteLater()
        quoted.deleteLater()

    def height(self, quote: str | None, width: int) -> int:
        """The height of a note's editor at a width."""
        if not quote:
            return self.base
        box = QRect(0, 0, max(20, width - self.quote_inset), 1 << 20)
        flags = int(Qt.TextFlag.TextWordWrap)
        # The widest marks: French guillemets with their no-break spaces.
        quote_height = self.quote_metrics.boundingRect(box, flags, quoted(quote, "fr")).height()
        return self.base + self.quote_spacing + quote_height


class NoteDelegate(QStyledItemDelegate):
    """Draws a note as a card (place, quote, first line, tags) and makes its editor."""

    def __init__(self, view: ParagraphNotesView, make_editor: EditorFactory) -> None:
        super().__init__(view)
        self.view = view
        self.make_editor = make_editor
        self._metrics: _EditorMetrics | None = None
        self._heights: dict[tuple[str | None, int], int] = {}

    def row_width(self) -> int:
        """The width of every row: the list's, less the spacing on both sides."""
        return max(60, self.view.viewport().width() - 2 * _SPACING)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """The size of the note's editor at the list's width."""
        summary: NoteSummary = index.data(SUMMARY_ROLE)
        width = self.row_width()
        key = (summary.quote, width)
        if key not in self._heights:
            if self._metrics is None:
                self._metrics = _EditorMetrics(self.view.notes.session)
            self._heights[key] = self._metrics.height(summary.quote, width)
        return QSize(width, self._heights[key])

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        """The note's editor, which reads the note's full text and saves every change."""
        editor = self.make_editor(parent, index.data(SUMMARY_ROLE))
        editor.setAutoFillBackground(True)  # the card drawn under it must not show through
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        """Nothing: the editor holds the note being typed; the row follows it, not the
        reverse (a row's update must never overwrite what is being typed)."""

    def setModelData(self, editor: QWidget, model: object, index: Index) -> None:
        """Nothing: the editor saves the note itself, on every change."""

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        """The editor covers its row."""
        editor.setGeometry(option.rect)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """A card for a row whose editor is not made (yet): place, quote, first line, tags."""
        if self.view.isPersistentEditorOpen(index):
            return  # the editor covers the row
        summary: NoteSummary = index.data(SUMMARY_ROLE)
        rect = QRect(option.rect)
        palette = option.palette
        painter.save()
        painter.fillRect(rect, palette.color(QPalette.ColorRole.Base))
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        metrics = QFontMetrics(option.font)
        top = rect.top() + 6
        lines = [reference(summary)]
        if summary.quote:
            lines.append(quoted(summary.quote, summary.language))
        lines.append(note_first_line(summary))
        if summary.tags:
            lines.append(", ".join(summary.tags))
        interface = self.view.layoutDirection()
        for line in lines:
            if top + metrics.height() > rect.bottom():
                break
            box = QRectF(rect.left() + 7, top, rect.width() - 14, metrics.height())
            direction = text_direction(line, interface)
            text_option = QTextOption(start_alignment(direction) | Qt.AlignmentFlag.AlignVCenter)
            text_option.setTextDirection(direction)
            rtl = direction == Qt.LayoutDirection.RightToLeft
            line = isolate_other_direction(line, "rtl" if rtl else "ltr")
            elided = metrics.elidedText(line, Qt.TextElideMode.ElideRight, int(box.width()))
            painter.drawText(box, elided, text_option)
            top += metrics.height() + 4
        if summary.color:
            side = rect.right() - 6 if interface == Qt.LayoutDirection.RightToLeft else rect.left()
            painter.fillRect(
                QRect(side, rect.top() + 1, 6, metrics.height() + 8), QColor(summary.color)
            )
        painter.restore()


class ParagraphNotesView(QListView):
    """One paragraph's notes, each editable in place; editors exist only for the rows in
    view (and the one being typed in), and are made and dropped as the list scrolls."""

    editor_left = Signal(object)  # the NoteEditor the focus went out of, to another widget

    def __init__(
        self, notes: PagedNotesModel, make_editor: EditorFactory, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.notes = notes
        self._open_rows: set[int] = set()
        self.setModel(notes)
        # After the view's own handling of a reset, which drops every editor.
        notes.modelAboutToBeReset.connect(self._open_rows.clear)
        notes.modelReset.connect(self._after_reset)
        self.setItemDelegate(NoteDelegate(self, make_editor))
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        # Rows are sized for the width (a quote wraps): with word wrap on, QListView lays them
        # out again when the width changes, not only the height.
        self.setWordWrap(True)
        self.setSpacing(_SPACING)
        self.verticalScrollBar().setSingleStep(24)
        # Tab from note to note: the list scrolls to the note that takes the focus, which
        # brings the next one into view, and with it its editor.
        application = QApplication.instance()
        if isinstance(application, QApplication):
            application.focusChanged.connect(self._follow_focus)

    @property
    def editors(self) -> list[NoteEditor]:
        """The editors made, in the order of their rows."""
        found = (self.indexWidget(self.notes.index(row, 0)) for row in sorted(self._open_rows))
        return [editor for editor in found if isinstance(editor, NoteEditor)]

    def editor_for(self, annotation_id: str) -> NoteEditor | None:
        """Bring a note into view (reading more rows if needed) and return its editor."""
        model = self.notes
        row = model.row_of(annotation_id)
        while row is None and model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())
            row = model.row_of(annotation_id)
        if row is None:
            return None
        self.doItemsLayout()
        self.scrollTo(model.index(row, 0), QAbstractItemView.ScrollHint.EnsureVisible)
        self.sync_editors()
        editor = self.indexWidget(model.index(row, 0))
        return editor if isinstance(editor, NoteEditor) else None

    def show_row(self, row: int) -> None:
        """Scroll a row to the top, reading more rows if needed."""
        model = self.notes
        while row >= model.rowCount() and model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())
        if 0 <= row < model.rowCount():
            self.doItemsLayout()
            self.scrollTo(model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)
            self.sync_editors()

    def visible_rows(self) -> list[int]:
        """The rows at least partly in view."""
        count = self.notes.rowCount()
        if count == 0:
            return []
        height = self.viewport().height()
        first = self._row_near(0, 1)
        last = self._row_near(height - 1, -1)
        start = 0 if first is None else first
        end = count - 1 if last is None else last
        area = self.viewport().rect()
        return [
            row
            for row in range(max(0, start - 1), min(count, end + 2))
            if self.visualRect(self.notes.index(row, 0)).intersects(area)
        ]

    def _row_near(self, y: int, step: int) -> int | None:
        # A point may fall in the spacing between two rows: look a few pixels further.
        for offset in range(0, 3 * _SPACING, 1):
            index = self.indexAt(QPoint(self.viewport().width() // 2, y + step * offset))
            if index.isValid():
                return index.row()
        return None

    def sync_editors(self) -> None:
        """Make editors for the rows in view, drop the others (keeping the one typed in)."""
        model = self.notes
        wanted = set(self.visible_rows()) if self.isVisible() else set()
        focused = QApplication.focusWidget()
        typed_in = self._row_holding(focused)
        if typed_in is not None:
            # The notes before and after the one with the focus, for Tab and Shift+Tab.
            wanted |= {row for row in (typed_in - 1, typed_in + 1) if 0 <= row < model.rowCount()}
        for row in sorted(self._open_rows - wanted):
            index = model.index(row, 0)
            editor = self.indexWidget(index)
            if editor is not None and focused is not None and editor.isAncestorOf(focused):
                continue
            self.closePersistentEditor(index)
            self._open_rows.discard(row)
        opened = sorted(wanted - self._open_rows)
        for row in opened:
            self.openPersistentEditor(model.index(row, 0))
            self._open_rows.add(row)
        if opened:
            self._chain_editors()

    def _chain_editors(self) -> None:
        # Editors made as the list scrolls join the focus chain at its end: put them back
        # in the order of their rows.
        widgets = [widget for editor in self.editors for widget in editor.focus_order()]
        for first, second in itertools.pairwise(widgets):
            QWidget.setTabOrder(first, second)

    def _row_holding(self, widget: QWidget | None) -> int | None:
        if widget is None or not self.viewport().isAncestorOf(widget):
            return None
        for row in self._open_rows:
            editor = self.indexWidget(self.notes.index(row, 0))
            if editor is not None and editor.isAncestorOf(widget):
                return row
        return None

    def _follow_focus(self, old: QWidget | None, new: QWidget | None) -> None:
        left = self._row_holding(old)
        if left is not None and new is not None:  # None: another application took it
            editor = self.indexWidget(self.notes.index(left, 0))
            if isinstance(editor, NoteEditor) and not editor.isAncestorOf(new):
                self.editor_left.emit(editor)
        row = self._row_holding(new)
        if row is not None and new is not None:
            self.scrollTo(self.notes.index(row, 0), QAbstractItemView.ScrollHint.EnsureVisible)
            self.bring_into_view(new)
            self.sync_editors()  # also when the list did not move: the next note's editor

    def bring_into_view(self, widget: QWidget) -> None:
        """Scroll a part of an editor (its text box) into view, from its top.

        A note's editor can be taller than a small panel: scrolled to "visible", Qt shows
        its bottom, and the text box being typed in is cut off above (issue 21).
        """
        viewport = self.viewport()
        if not viewport.isAncestorOf(widget):
            return
        box = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
        room = viewport.height()
        if box.top() >= 0 and box.bottom() < room:
            return
        # As low as it fits, so that the quote above it stays in sight when there is room.
        target_top = max(0, room - box.height())
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + box.top() - target_top)

    def _after_reset(self) -> None:
        if self.isVisible():  # a hidden list is laid out when it is shown
            self.doItemsLayout()
            self.sync_editors()

    def updateGeometries(self) -> None:
        """After each layout (a resize, new rows): editors for the rows now in view."""
        super().updateGeometries()
        self.sync_editors()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        """Scrolled: editors for the rows that came into view."""
        super().scrollContentsBy(dx, dy)
        self.sync_editors()

    def showEvent(self, event: QShowEvent) -> None:
        """Shown (a dock brought forward): editors for the rows in view."""
        super().showEvent(event)
        self.sync_editors()
