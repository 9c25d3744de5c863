"""The reading surface: the parallel document in a text browser, with marks and navigation."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QSizeF, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QKeySequence,
    QPalette,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QMenu, QTextBrowser, QWidget

from oicreader.model.document import Document
from oicreader.render.fonts import FontChoice, register_bundled_fonts
from oicreader.render.mark_colours import GUTTER_MARKS
from oicreader.render.parallel_document import (
    HIDDEN_MARKER_POINTS,
    SELECT_SCHEME,
    TRANSLATOR_NOTE_SCHEME,
    ParallelDocument,
    ParallelDocumentBuilder,
)
from oicreader.render.qt_namespace import Qt
from oicreader.ui.text_marks import TextMarks

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import (
        QContextMenuEvent,
        QKeyEvent,
        QMouseEvent,
        QPaintEvent,
        QResizeEvent,
    )

# Before the text is first painted, only the rows that fill the view are laid out (a few at
# a time, measured); the rest follow once it is painted, in chunks between events, so a
# report appears at once and a 2,000-paragraph one stays responsive.
ROWS_PER_FILL_STEP = 3
ROWS_PER_CHUNK = 150
MINIMUM_WIDTH = 320  # px
# A report opened at most this many rows down gets its front matter after the first paint,
# above the view. Deeper in, every row laid out before the paint would be laid out again
# when it goes in above them (some 0.05 ms a row): there it comes first.
LATE_FRONT_MATTER_ROWS = 20

# The translator's note markers the view inserts ("†1"); never part of a copy.
_NOTE_MARKER = re.compile("\u2068\u2009?\u2020\\d*\u2069")


class ParallelView(QTextBrowser):
    """Paragraph rows × language columns; emits the paragraph the reader is on."""

    current_paragraph_changed = Signal(int)
    translator_note_requested = Signal(int, str, int)
    paragraph_number_clicked = Signal(int, bool)  # paragraph, shift held
    # Lets the window add its own entries (highlight, note) before the menu opens.
    context_menu_requested = Signal(QMenu, QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self._scroll_bars_fixed = False  # see _fix_scroll_bars
        # Room for three columns to be read, and at the largest zoom for the widest glyph
        # in each (so nothing is cut off at the right). The side panels give way first: a
        # layout saved on a wide screen and restored on a small one left the text 224 px.
        self.setMinimumWidth(MINIMUM_WIDTH)
        self.setAccessibleName(self.tr("Parallel text"))
        self.setAccessibleDescription(
            self.tr("The report paragraph by paragraph, one column per language")
        )
        self.built: ParallelDocument | None = None
        self.document_model: Document | None = None
        self._current: int | None = None
        self.marks = TextMarks()  # highlights, search hits, topic, sentence links
        self._markers: dict[str, set[int]] = {}
        self._shown_markers: dict[str, set[int]] = {}  # what the current document shows
        self.anchorClicked.connect(self._on_anchor_clicked)
        # Recompute the paragraph under the top of the view after scrolling settles.
        self._builder: ParallelDocumentBuilder | None = None
        self._pending: list[int] = []
        self._build_timer = QTimer(self, singleShot=True, interval=0)
        self._build_timer.timeout.connect(self._build_more)
        self._after_paint: list[Callable[[], None]] = []
        self._after_paint_scheduled = False
        self._scroll_timer = QTimer(self, singleShot=True, interval=80)
        self._scroll_timer.timeout.connect(self._update_current_from_scroll)
        self.verticalScrollBar().valueChanged.connect(lambda _value: self._scroll_timer.start())
        # The paragraph the reader clicked or moved the caret into is current; scrolling
        # takes over only once the caret has left the view (issue 21).
        # Only the reader's clicks and keys count: text added above (the front matter)
        # moves the caret too.
        self._caret_paragraph: int | None = None

    def _fix_scroll_bars(self) -> None:
        """Set the scroll bars before the first text is laid out, once. The vertical one is
        always shown: one that appears once the text is laid out narrows the view and makes
        Qt lay the whole text out again (and the columns jump). The horizontal one is never
        needed, as the text wraps to the view's width; yet Qt showed one while a document
        was being laid out, and took it away again, resizing the view twice. (Not in
        __init__: the policies are read from the Qt namespace, which nothing before the
        window is mapped needs; render/qt_namespace.py.)"""
        if not self._scroll_bars_fixed:
            self._scroll_bars_fixed = True
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def after_next_paint(self, callback: Callable[[], None]) -> None:
        """Run a callback once the view has painted its text: work the reader needs soon,
        but not before seeing the report (a zero timer alone can run first). Callbacks run
        one per paint, in the order given, so what each one shows is painted before the
        next one starts."""
        self._after_paint.append(callback)
        self.viewport().update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Qt keeps the scroll offset in pixels: text re-wrapped to a new width would bring
        # another paragraph to the top (a panel shown or hidden, the window resized).
        current = self._current if event.oldSize().width() != event.size().width() else None
        if self.verticalScrollBar().value() == 0:
            current = None  # the top of the document (the cover) stays the top
        super().resizeEvent(event)
        if current is not None and event.oldSize().width() > 0:
            self.go_to_paragraph(current, emit=False)

    def cancel_after_paint(self) -> None:
        """Forget the callbacks waiting for a paint (the window is closing)."""
        self._after_paint.clear()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._after_paint and not self._after_paint_scheduled:
            self._after_paint_scheduled = True
            QTimer.singleShot(0, self, self._run_after_paint)

    def _run_after_paint(self) -> None:
        self._after_paint_scheduled = False
        try:
            if self._after_paint:
                self._after_paint.pop(0)()
        finally:  # one that failed does not hold up the others
            if self._after_paint:
                self.viewport().update()  # the next one after the next paint

    # Building ------------------------------------------------------------------------------

    def show_document(
        self,
        document: Document,
        languages: Sequence[str],
        fonts: FontChoice,
        zoom: float,
        opening_at: int | None = None,
        with_cover: bool = False,
    ) -> None:
        """Lay out a document in the given column order at the given zoom. For another
        document than the one shown, `opening_at` is the paragraph the window is about to
        bring into view (the first if None); `with_cover` lays the front matter out at
        once, for show_cover()."""
        self._fix_scroll_bars()
        # The paragraph in view stays in view when the same document is laid out again
        # (zoom, columns, fonts); another document opens where the window puts it.
        keep = self._current if document is self.document_model else None
        numbers = document.paragraph_numbers
        depth = numbers.index(opening_at) if opening_at in numbers else 0
        scaled = FontChoice(fonts.arabic_family, fonts.latin_family, fonts.point_size * zoom)
        # Amiri is registered when text is first laid out in it, after the window is mapped
        # (7 ms of the start-up): nothing else in the window is set in it.
        register_bundled_fonts()
        self.document_model = document
        # The columns keep the order the reader chose (they are content); the paragraph
        # numbers stand where a line starts, on the right in a right-to-left interface.
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        builder = ParallelDocumentBuilder(
            document,
            languages,
            fonts=scaled,
            gutter_side="right" if rtl else "left",
            gutter_markers=True,
            # Another report opens at a paragraph's row, its front matter above the view:
            # that comes after the first paint (_add_front_matter), unless it is in view.
            include_front_matter=(
                with_cover or keep is not None or depth >= LATE_FRONT_MATTER_ROWS
            ),
        )
        first = ROWS_PER_FILL_STEP
        if keep is not None and keep in numbers:
            first = max(first, numbers.index(keep) + 1)
        builder.append(numbers[:first])
        self._builder, self._pending = builder, list(numbers[first:])
        self.built = builder.built
        self._caret_paragraph = None
        # Laid out once, at the view's width: a new document's page is unbounded (-1), and
        # setDocument would lay every row out on one line each before giving it the view's
        # width and laying it out again. With no page (0 x 0) Qt waits for that width.
        self.built.document.setPageSize(QSizeF(0, 0))
        self.setDocument(self.built.document)
        self._fill_view(keep)
        if not builder.front_matter_added:
            if not self._pending and self.document().size().height() < self.viewport().height():
                builder.add_front_matter()  # a short report: its front matter is in view
            else:
                self.after_next_paint(self._add_front_matter)
        if self._pending:
            self.after_next_paint(self._build_more)
        self._current = None
        self._shown_markers = {}
        for kind, marked in self._markers.items():
            self.set_gutter_marker(kind, marked)
        if keep is not None and keep in self.built.row_numbers:
            self.go_to_paragraph(keep, emit=False)
        self._refresh_marks()

    def _add_front_matter(self) -> None:
        # Above every row: the text in view moves down by its height, and the view with it.
        builder = self._builder
        if builder is None or builder.front_matter_added or self.built is None:
            return
        first = self.built.row_numbers[0] if self.built.row_numbers else None
        before = self._row_top(first)
        builder.add_front_matter()
        after = self._row_top(first)
        if before is not None and after is not None:
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + after - before)

    def _row_top(self, number: int | None) -> int | None:
        """Where a paragraph's row starts, in viewport coordinates (laying out up to it)."""
        start = (
            self.built.row_start(number) if self.built is not None and number is not None else None
        )
        if start is None:
            return None
        cursor = QTextCursor(self.document())
        cursor.setPosition(start + 1)
        return self.cursorRect(cursor).top()

    def _build_more(self) -> None:
        if self._builder is None or not self._pending:
            return
        chunk, self._pending = self._pending[:ROWS_PER_CHUNK], self._pending[ROWS_PER_CHUNK:]
        self._builder.append(chunk)
        self._after_rows_added()
        if self._pending:
            self._build_timer.start()

    def ensure_built(self, number: int) -> None:
        """Lay out every row up to a paragraph now, before jumping to it."""
        if self._builder is None or number not in self._pending:
            return
        index = self._pending.index(number) + 1
        chunk, self._pending = self._pending[:index], self._pending[index:]
        self._builder.append(chunk)
        self._after_rows_added()

    def _fill_view(self, top_paragraph: int | None) -> None:
        """Lay out rows now until the text below a paragraph's row (or the top) fills the
        view, so that it can be scrolled to the top and nothing shows blank."""
        if self.built is None or not self._pending:
            return  # every row is laid out already
        start = self.built.row_start(top_paragraph) if top_paragraph is not None else None
        top_cursor = QTextCursor(self.document())
        top_cursor.setPosition(start or 0)
        end_cursor = QTextCursor(self.document())
        end_cursor.movePosition(QTextCursor.MoveOperation.End)
        added = False
        while self._builder is not None and self._pending:
            # Viewport coordinates for both, so the scroll offset cancels out.
            below = self.cursorRect(end_cursor).bottom() - self.cursorRect(top_cursor).top()
            if below >= self.viewport().height():
                break
            step = self._pending[:ROWS_PER_FILL_STEP]
            self._pending = self._pending[ROWS_PER_FILL_STEP:]
            self._builder.append(step)
            end_cursor.movePosition(QTextCursor.MoveOperation.End)
            added = True
        if added:
            self._after_rows_added()

    @property
    def building(self) -> bool:
        """True while rows of the document, or its front matter, remain to be laid out."""
        front_matter_to_come = self._builder is not None and not self._builder.front_matter_added
        return bool(self._pending) or front_matter_to_come

    def finish_building(self) -> None:
        """Lay out every remaining row, and the front matter, now (printing, tests,
        benchmarks)."""
        self._add_front_matter()
        if self._pending:
            self.ensure_built(self._pending[-1])

    def _after_rows_added(self) -> None:
        for kind, numbers in self._markers.items():
            self.set_gutter_marker(kind, numbers)
        self._refresh_marks()

    @property
    def languages(self) -> list[str]:
        """The visible languages, left to right."""
        return list(self.built.languages) if self.built else []

    # Navigation ----------------------------------------------------------------------------

    @property
    def current_paragraph(self) -> int | None:
        """The paragraph marked as current in every column."""
        return self._current

    def go_to_paragraph(self, number: int, emit: bool = True) -> bool:
        """Bring a paragraph's row to the top of the view and mark it current."""
        self.ensure_built(number)
        if self.built is None or number not in self.built.row_numbers:
            return False
        self._fill_view(number)  # rows below it, so that it can reach the top
        self._scroll_to_top(number)
        self._scroll_timer.stop()
        self._caret_paragraph = None  # a jump leaves the caret behind
        self._set_current(number, emit)
        return True

    def show_cover(self) -> None:
        """The top of the document, its front matter in view; the first paragraph current."""
        if self.built is None or not self.built.row_numbers:
            return
        if self._builder is not None and not self._builder.front_matter_added:
            self._builder.add_front_matter()
        self.verticalScrollBar().setValue(0)
        self._scroll_timer.stop()
        self._caret_paragraph = None
        self._set_current(self.built.row_numbers[0], True)

    def _scroll_to_top(self, number: int) -> None:
        # Straight to the row's first line, whose position is known: QTextEdit.scrollToAnchor
        # looks for the anchor through the blocks (2-4 ms deep in a 2,000-paragraph report).
        top = self._row_top(number)
        if top is not None:
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + top)

    def step_paragraph(self, delta: int) -> int | None:
        """Move to the next (+1) or previous (-1) paragraph; return where it landed."""
        if self.built is None or not self.built.row_numbers:
            return None
        numbers = self.built.row_numbers + self._pending
        index = numbers.index(self._current) if self._current in numbers else -1
        target = numbers[max(0, min(len(numbers) - 1, index + delta))] if index >= 0 else numbers[0]
        self.go_to_paragraph(target)
        return target

    def is_paragraph_visible(self, number: int) -> bool:
        """True when some of a paragraph's row lies inside the viewport."""
        top = self._row_top(number)
        return top is not None and 0 <= top < self.viewport().height()

    def _update_current_from_caret(self) -> None:
        if self.built is None:
            return
        number = self.built.paragraph_at(self.textCursor().position())
        self._caret_paragraph = number
        if number is not None:
            self._scroll_timer.stop()  # the click, not the scrolling it may cause, decides
            self._set_current(number, True)

    def _caret_in_view(self) -> bool:
        caret = self.cursorRect()
        return caret.bottom() >= 0 and caret.top() < self.viewport().height()

    def _update_current_from_scroll(self) -> None:
        # A closed window's timer may still fire; its library may be closed by then.
        if self.built is None or not self.isVisible():
            return
        if self._caret_paragraph is not None:
            if self._caret_in_view():
                return
            self._caret_paragraph = None
        cursor = self.cursorForPosition(QPoint(self.viewport().width() // 2, 8))
        number = self.built.paragraph_at(cursor.position())
        if number is None and self.built.row_numbers:
            number = self.built.row_numbers[0]
        if number is not None and number != self._current:
            self._set_current(number, True)

    def _set_current(self, number: int, emit: bool) -> None:
        changed = number != self._current
        self._current = number
        self._refresh_marks()
        if emit and changed:
            self.current_paragraph_changed.emit(number)

    def announce_position(self, position: str) -> None:
        """Tell assistive technology which paragraph is current ("Paragraph 6 of 16")."""
        self.setAccessibleDescription(position)
        # Imported here: the class's 230 enum members cost PySide a few ms to make, and no
        # position is announced before the window is on screen.
        from PySide6.QtGui import QAccessible, QAccessibleEvent

        event = QAccessibleEvent(self, QAccessible.Event.DescriptionChanged)
        QAccessible.updateAccessibility(event)

    # Marks ---------------------------------------------------------------------------------

    def set_highlights(self, highlights: list[tuple[int, str, int, int, str]]) -> None:
        """The reader's highlights: (paragraph, language, start, end, #rrggbb), code points."""
        self.marks.highlights = highlights
        self._refresh_marks()

    def set_topic_paragraphs(self, numbers: set[int]) -> None:
        """Mark the paragraphs of the chosen topic in every column."""
        self.marks.topic_paragraphs = set(numbers)
        self._refresh_marks()

    def set_gutter_marker(self, kind: str, numbers: set[int]) -> None:
        """Show a gutter mark ("note" or "discrepancy") beside exactly these paragraphs."""
        self._markers[kind] = set(numbers)
        if self.built is None:
            return
        shown = self._shown_markers.setdefault(kind, set())
        accent = QColor(GUTTER_MARKS[kind].on(self._page_is_dark()).mark)
        tip = {
            "print": self.tr("Selected for printing"),
            "note": self.tr("This paragraph has notes"),
            "discrepancy": self.tr("The language versions differ here"),
        }[kind]
        # Only the marks that change are touched: every format change makes Qt lay the
        # row out again, and a 2,000-paragraph report has 4,000 marks.
        applied = set(shown)
        for number in numbers ^ shown:
            position = self.built.gutter_markers.get((number, kind))
            if position is None:
                continue  # a row not laid out yet: marked when it is
            applied.symmetric_difference_update({number})
            cursor = QTextCursor(self.document())
            cursor.setPosition(position)
            cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
            glyph = QTextCharFormat()
            visible = number in numbers
            glyph.setForeground(accent if visible else QColor(0, 0, 0, 0))
            glyph.setToolTip(tip if visible else "")
            sizes = self.built.marker_point_sizes
            glyph.setFontPointSize(sizes[kind] if visible else HIDDEN_MARKER_POINTS)
            cursor.mergeCharFormat(glyph)
        self._shown_markers[kind] = applied

    def selected_range(self) -> tuple[int, str, int, int] | None:
        """The selection as (paragraph, language, start, end) in code points, when it lies in
        one paragraph's text in one language; a selection that spills over is cut to the cell
        where it starts."""
        if self.built is None:
            return None
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        cell = self.built.cell_at(cursor.selectionStart())
        if cell is None:
            return None
        start = cell.code_point_offset(cursor.selectionStart())
        end = cell.code_point_offset(min(cursor.selectionEnd(), cell.end_position))
        if end <= start or not cell.text[start:end].strip():
            return None
        return cell.paragraph_number, cell.language, start, end

    def selected_cells(self) -> list[tuple[int, str]]:
        """The (paragraph, language) texts the selection reaches into, in document order;
        none without a selection, or for one only in the front matter or the gutter."""
        cursor = self.textCursor()
        if self.built is None or not cursor.hasSelection():
            return []
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        rows = self.built.row_numbers
        first, last = self.built.paragraph_at(start), self.built.paragraph_at(end)
        if last is None:
            return []
        begin = rows.index(first) if first is not None else 0
        touched = []
        for number in rows[begin : rows.index(last) + 1]:
            for language in self.built.languages:
                cell = self.built.cells.get((number, language))
                if cell is not None and cell.position < end and cell.end_position > start:
                    touched.append((number, language))
        return touched

    def paragraph_at_point(self, point: QPoint) -> int | None:
        """The paragraph whose row is under a point of the viewport."""
        if self.built is None:
            return None
        return self.built.paragraph_at(self.cursorForPosition(point).position())

    def language_at_point(self, point: QPoint) -> str | None:
        """The language column under a point of the viewport, if it is over text."""
        if self.built is None:
            return None
        cell = self.built.cell_at(self.cursorForPosition(point).position())
        return cell.language if cell else None

    def text_place(self, position: int) -> tuple[int, str, int] | None:
        """A Qt position (the caret's, or under the pointer) as (paragraph, language,
        code-point offset in that paragraph's text), when it lies in a paragraph's text."""
        cell = self.built.cell_at(position) if self.built is not None else None
        if cell is None:
            return None
        return cell.paragraph_number, cell.language, cell.code_point_offset(position)

    def set_sentence_links(
        self, spans: list[tuple[int, str, int, int]], text_format: QTextCharFormat
    ) -> None:
        """Light sentences that render each other: (paragraph, language, start, end), in
        code points, drawn in `text_format` under the highlights and search hits."""
        self.marks.sentence_links = spans
        self.marks.sentence_link_format = text_format
        self._refresh_marks()

    def set_symbol_links(
        self, spans: list[tuple[int, str, int, int]], text_format: QTextCharFormat
    ) -> None:
        """Draw the document symbols the text names as links (ui/symbol_links_controller.py)."""
        self.marks.symbol_links, self.marks.symbol_link_format = spans, text_format
        self._refresh_marks()

    def set_search_spans(self, spans: list[tuple[int, str, int, int]]) -> None:
        """Highlight matches: (paragraph, language, start, end) in code points."""
        self.marks.search_spans = spans
        self._refresh_marks()

    def _page_is_dark(self) -> bool:
        return self.palette().color(QPalette.ColorRole.Base).lightness() < 128

    def _refresh_marks(self) -> None:
        if self.built is None:
            self.setExtraSelections([])
            return
        self.setExtraSelections(
            self.marks.selections(self.built, self.document(), self._current, self._page_is_dark())
        )

    # Links and copying ---------------------------------------------------------------------

    def selected_text(self) -> str:
        """The selection as plain text in logical order, without note markers."""
        return _NOTE_MARKER.sub("", self.textCursor().selection().toPlainText())

    def copy_plain(self) -> None:
        """Copy the selection as plain text (never reshaped or reordered)."""
        text = self.selected_text()
        if text:
            QGuiApplication.clipboard().setText(text)

    # Qt's own copy would keep the markers. Overriding createMimeDataFromSelection instead
    # crashed the process at exit (PySide6 leaves the returned QMimeData owned by Python
    # while the clipboard still holds it), so every copy path goes through copy_plain.
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Copy with the platform's copy shortcut through copy_plain."""
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_plain()
            return
        before = self.textCursor().position()
        super().keyPressEvent(event)
        if self.textCursor().position() != before:  # the reader moved the caret
            self._update_current_from_caret()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A click in a paragraph's text makes that paragraph current."""
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self._update_current_from_caret()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """A context menu whose Copy goes through copy_plain."""
        menu = QMenu(self)
        copy = menu.addAction(self.tr("&Copy"), self.copy_plain)
        copy.setEnabled(self.textCursor().hasSelection())
        menu.addAction(self.tr("Select &All"), self.selectAll)
        self.context_menu_requested.emit(menu, event.pos())
        menu.exec(event.globalPos())

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == SELECT_SCHEME:
            shift = bool(QGuiApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier)
            with contextlib.suppress(ValueError):
                self.paragraph_number_clicked.emit(int(url.path()), shift)
            return
        if url.scheme() != TRANSLATOR_NOTE_SCHEME:
            return  # the app opens nothing outside itself, and never the network
        try:
            number, language, index = url.path().split(":")
            self.translator_note_requested.emit(int(number), language, int(index))
        except ValueError:
            return
