"""Document symbols as links in the reading view: drawn as links, a pointing hand over them,
a tooltip saying where each leads (or that the library does not hold it), and a click (or
Enter with the caret in one) that opens the cited document at the paragraph the text names."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer
from PySide6.QtGui import QColor, QCursor, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from oicreader.render.qt_namespace import Qt
from oicreader.ui.interface_language import is_right_to_left

if TYPE_CHECKING:
    from PySide6.QtGui import QHelpEvent, QKeyEvent, QMouseEvent, QTextBlock, QTextDocument

    from oicreader.app.links import DocumentLink
    from oicreader.model.document import Document
    from oicreader.ui.main_window import MainWindow

# Around a symbol in a right-to-left tooltip, so that "S/RES/2334 (2016)" keeps its
# parentheses and reads left to right. Marks, not isolates: Qt's labels (a tooltip is one)
# laid text out wrongly inside isolates (see ui/actions.py).
LEFT_TO_RIGHT_MARK = "\u200e"


class SymbolLinksController(QObject):
    """Finds the symbols the open document names and makes each one a link in the view."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.view = window.view
        self.links: list[DocumentLink] = []
        self._press: QPoint | None = None
        self._cursor_before: Qt.CursorShape | None = None  # while the pointer is on a link
        self._caret_link: DocumentLink | None = None  # the link the caret is in
        # Whether the library holds a symbol's document is asked again at each tooltip and
        # click (one query of the documents' symbols): a document imported or removed since
        # counts, and no change of the library (a note, a tag) costs a query more.
        window.reading.document_opened.connect(self._document_opened)
        self.view.viewport().setMouseTracking(True)
        self.view.viewport().installEventFilter(self)
        self.view.installEventFilter(self)  # keys reach the view, not its viewport
        self.view.cursorPositionChanged.connect(self._caret_moved)
        if window.document is not None:  # made after the report opened (its first paint)
            self.refresh()

    # Finding the links ---------------------------------------------------------------------

    def _document_opened(self, _document: Document) -> None:
        self.links = []  # the last document's, until this one's are found
        self._caret_link = None
        # The symbols of a report opened at start-up are found after its first paint.
        if self.window.panels_ready:
            self.refresh()
        else:
            self.view.after_next_paint(self.refresh)

    def refresh(self) -> None:
        """Find the symbols the open document names, see which the library holds, and draw
        them as links."""
        from oicreader.app.links import links_of

        document = self.window.document
        self.links = links_of(self.window.session, document) if document is not None else []
        self._draw()

    def _draw(self) -> None:
        spans = [(link.paragraph, link.language, link.start, link.end) for link in self.links]
        self.view.set_symbol_links(spans, self.link_format())

    def link_format(self) -> QTextCharFormat:
        """A link as the palette draws links: its colour, underlined."""
        color = QColor(self.view.palette().color(QPalette.ColorRole.Link))
        text_format = QTextCharFormat()
        text_format.setForeground(color)
        text_format.setFontUnderline(True)
        text_format.setUnderlineColor(color)
        return text_format

    # The link under the pointer ------------------------------------------------------------

    def link_at(self, point: QPoint) -> DocumentLink | None:
        """The link whose text lies under a point of the view's viewport."""
        if not self.links or self.view.built is None:
            return None
        layout = self.view.document().documentLayout()
        contents = point + QPoint(
            self.view.horizontalScrollBar().value(), self.view.verticalScrollBar().value()
        )
        # Exactly over a character, as Qt finds a link: not the caret place nearest to it.
        position = layout.hitTest(contents, Qt.HitTestAccuracy.ExactHit)
        place = self.view.text_place(position) if position >= 0 else None
        if place is None:
            return None
        number, language, offset = place
        return next(
            (
                link
                for link in self.links
                if (link.paragraph, link.language) == (number, language)
                and link.start <= offset < link.end
            ),
            None,
        )

    def tooltip(self, link: DocumentLink) -> str:
        """Where a link leads, or that the library does not hold the document it names."""
        from oicreader.app.links import resolve_symbol

        mark = LEFT_TO_RIGHT_MARK if is_right_to_left() else ""
        symbol = f"{mark}{link.symbol}{mark}"
        if resolve_symbol(self.window.session, link.symbol) is None:
            return self.tr("%1 is not in the library").replace("%1", symbol)
        if link.cited_paragraph is None:
            return self.tr("Open %1").replace("%1", symbol)
        return (
            self.tr("Open %1 at paragraph %2")
            .replace("%1", symbol)
            .replace("%2", str(link.cited_paragraph))
        )

    def follow(self, link: DocumentLink) -> None:
        """Open the document a link names at the paragraph the text cites (else at its top);
        a symbol the library does not hold opens nothing."""
        from oicreader.app.links import resolve_symbol

        key = resolve_symbol(self.window.session, link.symbol)  # the library as it is now
        if key is None:
            return
        reading = self.window.reading
        reading.open_document(key)  # a jump: Back returns to the citing paragraph
        document = self.window.document
        if document is not None and link.cited_paragraph in document.paragraph_numbers:
            reading.jump_to_paragraph(link.cited_paragraph)
        else:
            self.view.show_cover()

    # The link at the caret -----------------------------------------------------------------

    def link_at_caret(self) -> DocumentLink | None:
        """The link the caret is in (or just before or after)."""
        if not self.links or self.view.built is None:
            return None
        place = self.view.text_place(self.view.textCursor().position())
        if place is None:
            return None
        number, language, offset = place
        return next(
            (
                link
                for link in self.links
                if (link.paragraph, link.language) == (number, language)
                and link.start <= offset <= link.end
            ),
            None,
        )

    def _caret_moved(self) -> None:
        link = self.link_at_caret()
        if link == self._caret_link:
            return
        self._caret_link = link
        if link is None:
            return
        # What the tooltip says, to a reader who came by keyboard, on screen and aloud.
        message = self.tooltip(link)
        if self._leads_somewhere(link):
            message = self.tr("%1 — Enter").replace("%1", message)
        self.window.statusBar().showMessage(message, 8000)
        self.view.announce_position(message)

    def _leads_somewhere(self, link: DocumentLink) -> bool:
        from oicreader.app.links import resolve_symbol

        return resolve_symbol(self.window.session, link.symbol) is not None

    def _key_pressed(self, key: QKeyEvent) -> bool:
        # Tab and Shift+Tab stop at the links too, among the view's own (a paragraph's
        # number, a translator's note); Enter follows the link at the caret. No action
        # takes Enter as a shortcut, and the read-only view does nothing else with it.
        if key.key() == Qt.Key.Key_Tab and key.modifiers() == Qt.KeyboardModifier.NoModifier:
            return self.step_to_link(forward=True)
        if key.key() == Qt.Key.Key_Backtab:
            return self.step_to_link(forward=False)
        if key.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        modifiers = key.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers != Qt.KeyboardModifier.NoModifier:
            return False
        link = self.link_at_caret()
        if link is None or not self._leads_somewhere(link):
            return False
        self.follow(link)
        return True

    def step_to_link(self, forward: bool) -> bool:
        """Select the next (or previous) link when it comes before the view's next anchor,
        counted from where Qt counts (the selection, else the end of the text); False leaves
        Tab to the view."""
        cursor = self.view.textCursor()
        document = self.view.document()
        ranges = self._link_ranges()
        if forward:
            after = cursor.selectionEnd() if cursor.hasSelection() else 0
            ahead = [span for span in ranges if span[0] >= after]
            if not ahead:
                return False
            target = min(ahead)
            anchor = next_anchor_start(document, after)
            if anchor is not None and anchor < target[0]:
                return False
            start, end = target
        else:
            before = cursor.selectionStart() if cursor.hasSelection() else document.characterCount()
            behind = [span for span in ranges if span[1] <= before]
            if not behind:
                return False
            target = max(behind, key=lambda span: span[1])
            anchor_end = previous_anchor_end(document, before)
            if anchor_end is not None and anchor_end > target[1]:
                return False
            end, start = target  # the caret at the link's start, as Qt leaves it going back
        selection = QTextCursor(document)
        selection.setPosition(start)
        selection.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.view.setTextCursor(selection)  # scrolled into view
        return True

    def _link_ranges(self) -> list[tuple[int, int]]:
        """The Qt positions of the links in the rows laid out so far."""
        built = self.view.built
        if built is None:
            return []
        cells = ((built.cells.get((link.paragraph, link.language)), link) for link in self.links)
        return sorted(cell.qt_range(link.start, link.end) for cell, link in cells if cell)

    # Pointer events over the view ----------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A pointing hand and a tooltip over a link; a click on one follows it, and so
        does Enter with the caret in one."""
        if not isValid(self.view):
            return False
        kind = event.type()
        if watched is self.view:
            if kind == QEvent.Type.KeyPress:
                return self._key_pressed(event)  # type: ignore[arg-type]
            return False
        if watched is not self.view.viewport():
            return False
        if kind == QEvent.Type.MouseMove:
            mouse: QMouseEvent = event  # type: ignore[assignment]
            self._point_at(self.link_at(mouse.position().toPoint()))
        elif kind == QEvent.Type.ToolTip:
            help_event: QHelpEvent = event  # type: ignore[assignment]
            link = self.link_at(help_event.pos())
            if link is not None:
                from PySide6.QtWidgets import QToolTip  # not needed before the first paint

                QToolTip.showText(help_event.globalPos(), self.tooltip(link), self.view.viewport())
                return True
        elif kind == QEvent.Type.MouseButtonPress:
            self._press = self._left_button_point(event)
        elif kind == QEvent.Type.MouseButtonRelease:
            self._released(self._left_button_point(event))
        elif kind == QEvent.Type.PaletteChange and self.links:
            self._draw()  # a dark palette has another link colour
        elif kind == QEvent.Type.Leave:
            self._point_at(None)
        return False

    def _point_at(self, link: DocumentLink | None) -> None:
        viewport = self.view.viewport()
        if link is not None and self._cursor_before is None:
            self._cursor_before = viewport.cursor().shape()
            viewport.setCursor(QCursor(Qt.CursorShape.PointingHandCursor))
        elif link is None and self._cursor_before is not None:
            viewport.setCursor(QCursor(self._cursor_before))
            self._cursor_before = None

    @staticmethod
    def _left_button_point(event: QEvent) -> QPoint | None:
        mouse: QMouseEvent = event  # type: ignore[assignment]
        if mouse.button() != Qt.MouseButton.LeftButton:
            return None
        return mouse.position().toPoint()

    def _released(self, point: QPoint | None) -> None:
        pressed, self._press = self._press, None
        if point is None or pressed is None:
            return
        # A drag that selects text across a link is no click on it.
        if (point - pressed).manhattanLength() >= QApplication.startDragDistance():
            return
        link = self.link_at(point)
        if link is not None:
            # After the view has handled the release: it would mark the paragraph under the
            # click current in the document just opened.
            QTimer.singleShot(0, self, lambda: self.follow(link))


def anchors_in(block: QTextBlock) -> list[tuple[int, int]]:
    """The (start, end) positions of the anchors with a target in a block of text."""
    fragments = []
    iterator = block.begin()
    while not iterator.atEnd():
        fragments.append(iterator.fragment())
        iterator += 1
    return [
        (fragment.position(), fragment.position() + fragment.length())
        for fragment in fragments
        if fragment.charFormat().isAnchor() and fragment.charFormat().anchorHref()
    ]


def next_anchor_start(document: QTextDocument, after: int) -> int | None:
    """Where the first anchor at or after a position starts, as Qt's Tab finds it."""
    block = document.findBlock(after)
    while block.isValid():
        starts = [start for start, _end in anchors_in(block) if start >= after]
        if starts:
            return min(starts)
        block = block.next()
    return None


def previous_anchor_end(document: QTextDocument, before: int) -> int | None:
    """Where the last anchor starting before a position ends, as Qt's Shift+Tab finds it."""
    block = document.findBlock(max(before - 1, 0))
    while block.isValid():
        ends = [min(end, before) for start, end in anchors_in(block) if start < before]
        if ends:
            return max(ends)
        block = block.previous()
    return None
