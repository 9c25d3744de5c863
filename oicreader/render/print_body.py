"""The printed body: the chosen paragraphs side by side, in one language, or interleaved."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from PySide6.QtGui import (
    QFontMetricsF,
    QPaintDevice,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextLength,
    QTextTable,
)

from oicreader.model.document import Document
from oicreader.model.languages import direction_of
from oicreader.render.fonts import FontChoice
from oicreader.render.labels import column_label
from oicreader.render.parallel_document import (
    _MUTED,
    ANCHOR_PREFIX,
    TRANSLATOR_NOTE_SCHEME,
    CellText,
    ParallelDocument,
    _block_format,
    _char_format,
    _insert_note_marker,
    _table_format,
    build_parallel_document,
)
from oicreader.render.print_options import PrintOptions, column_order, interleaved_order

GutterSide = Literal["left", "right"]
# Cell padding as the parallel document sets it, in Qt's 96-dpi "pixels".
_CELL_PADDING = 6
_QT_REFERENCE_DPI = 96
# Space between two interleaved paragraphs, and between the languages of one.
_PARAGRAPH_GAP = 10
_LANGUAGE_GAP = 2


@dataclass
class PrintBody:
    """The body text and the frames to keep on one page, in document order."""

    parallel: ParallelDocument
    gutter_side: GutterSide
    # Each group is one paragraph's tables (one table, or one per language when
    # interleaved); the paginator keeps a group on one page when it fits on one. The
    # paragraphs' groups come first, in row order; endnotes add theirs after them.
    groups: list[list[QTextFrame]] = field(default_factory=list)
    # Which table and column holds each paragraph's text in each language.
    cell_places: dict[tuple[int, str], tuple[QTextTable, int]] = field(default_factory=dict)

    def refresh_positions(self) -> None:
        """Recompute the position maps after text was inserted (notes) or blocks were cut.

        A cut page edge adds a block separator inside a cell: such a cell's end_position
        then falls short by one per cut.
        """
        parallel = self.parallel
        parallel.row_starts = [
            self.groups[index][0].firstPosition() - 1 for index in range(len(parallel.row_numbers))
        ]
        for key, (table, column) in self.cell_places.items():
            # Not firstCursorPosition(): a cursor measures its x, which shapes the block's
            # text again and keeps it (some 120 MB for 2,000 paragraphs in 3 languages).
            position = table.cellAt(0, column).firstPosition()
            parallel.cells[key] = parallel.cells[key]._replace(position=position)


def gutter_side_for(main_language: str) -> GutterSide:
    """Paragraph numbers sit where the page's main language starts its lines."""
    return "right" if direction_of(main_language) == "rtl" else "left"


def build_body(
    document: Document,
    options: PrintOptions,
    fonts: FontChoice,
    layout_device: QPaintDevice,
    body_width: float,
) -> PrintBody:
    """Lay out the chosen paragraphs for print; `options` must be resolved."""
    assert options.languages is not None and options.paragraphs is not None
    side = gutter_side_for(options.languages[0])
    if options.layout == "interleaved":
        order = interleaved_order(options.languages, document.source_language)
        body = _build_interleaved(document, order, options.paragraphs, fonts, side)
    else:
        # Side by side and single share the screen's table builder: one table per paragraph.
        parallel = build_parallel_document(
            document,
            column_order(options.languages),
            options.paragraphs,
            fonts,
            gutter_side=side,
            include_front_matter=False,
        )
        tables = _tables(parallel.document)
        body = PrintBody(parallel, side, [[table] for table in tables])
        offset = 1 if side == "left" else 0
        column_of = {language: index + offset for index, language in enumerate(parallel.languages)}
        rows = dict(zip(parallel.row_numbers, tables, strict=True))
        body.cell_places = {
            (number, language): (rows[number], column_of[language])
            for number, language in parallel.cells
        }
    qt_document = body.parallel.document
    qt_document.setDocumentMargin(0)
    qt_document.documentLayout().setPaintDevice(layout_device)
    # Design metrics: glyph advances unhinted, so the layout scales exactly to any printer.
    qt_document.setUseDesignMetrics(True)
    return body


def finish_tables(
    body: PrintBody,
    numbers: Sequence[int],
    fonts: FontChoice,
    layout_device: QPaintDevice,
    body_width: float,
) -> None:
    """Widen the number gutter for print and drop the screen-only links, once notes are in."""
    qt_document = body.parallel.document
    percent = _gutter_percent(numbers, fonts, layout_device, body_width)
    # One edit block: Qt then lays the document out once at the end, not after each table.
    cursor = QTextCursor(qt_document)
    cursor.beginEditBlock()
    for table in _tables(qt_document):
        _set_gutter_width(table, percent, body.gutter_side)
    cursor.endEditBlock()
    _strip_screen_links(qt_document)


def _tables(document: QTextDocument) -> list[QTextTable]:
    return [frame for frame in document.rootFrame().childFrames() if isinstance(frame, QTextTable)]


def _build_interleaved(
    document: Document,
    languages: Sequence[str],
    numbers: Sequence[int],
    fonts: FontChoice,
    side: GutterSide,
) -> PrintBody:
    qt_document = QTextDocument()
    parallel = ParallelDocument(qt_document, list(languages))
    body = PrintBody(parallel, side)
    cursor = QTextCursor(qt_document)
    cursor.beginEditBlock()
    gutter_column, text_column = (0, 1) if side == "left" else (1, 0)
    for number in numbers:
        parallel.row_starts.append(cursor.position())
        parallel.row_numbers.append(number)
        paragraph = document.paragraph(number)
        group: list[QTextFrame] = []
        for index, language in enumerate(languages):
            table_format = _table_format(1, side)
            last = index == len(languages) - 1
            table_format.setBottomMargin(_PARAGRAPH_GAP if last else _LANGUAGE_GAP)
            table = cursor.insertTable(1, 2, table_format)
            group.append(table)
            gutter = table.cellAt(0, gutter_column).firstCursorPosition()
            if index == 0:
                _insert_number(gutter, number, fonts)
            else:
                gutter.setBlockFormat(_block_format("en", centred=True))
                gutter.insertText(language, _char_format(fonts.font_for("en", 0.75), _MUTED))
            cell_cursor = table.cellAt(0, text_column).firstCursorPosition()
            cell_cursor.setBlockFormat(_block_format(language))
            text = paragraph.text(language)
            if text is None:
                italic = _char_format(fonts.font_for(language, 0.85), _MUTED)
                italic.setFontItalic(True)
                cell_cursor.insertText(f"[{column_label('missing_paragraph', language)}]", italic)
            else:
                parallel.cells[(number, language)] = CellText(
                    number, language, cell_cursor.position(), text
                )
                body.cell_places[(number, language)] = (table, text_column)
                cell_cursor.insertText(text, _char_format(fonts.font_for(language)))
                for note_index, _ in enumerate(document.notes_for(number, language)):
                    _insert_note_marker(cell_cursor, number, language, note_index, fonts)
            cursor.movePosition(QTextCursor.MoveOperation.End)
        body.groups.append(group)
    cursor.endEditBlock()
    return body


def _insert_number(cursor: QTextCursor, number: int, fonts: FontChoice) -> None:
    # As the screen's gutter draws it, with the same anchor name for links to the paragraph.
    cursor.setBlockFormat(_block_format("en", centred=True))
    number_format = _char_format(fonts.font_for("en", 0.9), _MUTED, bold=True)
    number_format.setAnchor(True)
    number_format.setAnchorNames([f"{ANCHOR_PREFIX}{number}"])
    cursor.insertText(str(number), number_format)


def _gutter_percent(
    numbers: Sequence[int], fonts: FontChoice, device: QPaintDevice, body_width: float
) -> float:
    # The screen's 4 % gutter wraps "13" onto two lines on a three-column A4 page.
    widest = "8" * len(str(max(numbers, default=8)))
    metrics = QFontMetricsF(fonts.font_for("en", 0.9), device)
    padding = 2 * _CELL_PADDING * device.logicalDpiX() / _QT_REFERENCE_DPI
    needed = metrics.horizontalAdvance(widest) * 1.1 + padding
    return min(15.0, max(4.0, math.ceil(100 * needed / body_width)))


def _set_gutter_width(table: QTextTable, percent: float, side: GutterSide) -> None:
    table_format = table.format()
    text_columns = table.columns() - 1
    share = (100 - percent) / max(1, text_columns)
    texts = [QTextLength(QTextLength.Type.PercentageLength, share)] * text_columns
    gutter = [QTextLength(QTextLength.Type.PercentageLength, percent)]
    table_format.setColumnWidthConstraints(gutter + texts if side == "left" else texts + gutter)
    table.setFormat(table_format)


def _strip_screen_links(document: QTextDocument) -> None:
    # The window opens translator notes from "translator-note:" links; in a PDF such a
    # link would become a web address that goes nowhere, so print keeps the mark only.
    ranges: list[tuple[int, int, QTextCharFormat]] = []
    block = document.begin()
    while block.isValid():
        for text_format in block.textFormats():
            char_format = QTextCharFormat(text_format.format)  # a copy outlives the list
            if char_format.anchorHref().startswith(TRANSLATOR_NOTE_SCHEME):
                start = block.position() + text_format.start
                ranges.append((start, start + text_format.length, char_format))
        block = block.next()
    cursor = QTextCursor(document)
    for start, end, char_format in ranges:
        char_format.clearProperty(QTextFormat.Property.AnchorHref)
        char_format.clearProperty(QTextFormat.Property.IsAnchor)
        char_format.clearProperty(QTextFormat.Property.TextToolTip)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(char_format)
