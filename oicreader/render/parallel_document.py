"""The parallel report as a QTextDocument: one row per paragraph, one column per language."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

from PySide6.QtCore import QLocale
from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextLength,
    QTextTable,
    QTextTableFormat,
)

from oicreader.model.document import Document
from oicreader.model.languages import (
    DEFAULT_INTERFACE_LANGUAGE,
    INTERFACE_LANGUAGES,
    direction_of,
)
from oicreader.model.row_links import REVIEW_THRESHOLD, RowLink
from oicreader.render.fonts import FontChoice
from oicreader.render.labels import column_label
from oicreader.render.positions import code_points_to_utf16, utf16_length, utf16_to_code_points
from oicreader.render.qt_namespace import Qt

GUTTER_PERCENT = 4
# Marks the window can show under a paragraph number: the reader's notes, and a
# difference between language versions found by the cross-language check.
GUTTER_MARKERS = {"print": "\u2611", "note": "\u270e", "discrepancy": "\u2260"}
# The print selection's mark is the one the reader sets by clicking: larger than the others
# (a 10 px check was too small to see or hit).
PRINT_MARKER_SCALE = 1.5
# A hidden mark is drawn this small as well as transparent: three of them, one per line in
# the narrow gutter, made every short row five lines tall (issue 21). Shown, a mark gets
# its size back (ParallelDocument.marker_point_sizes); the text never moves.
HIDDEN_MARKER_POINTS = 1.0
# In the window, a paragraph number is a link that selects the paragraph for printing.
SELECT_SCHEME = "select"
ANCHOR_PREFIX = "paragraph-"
TRANSLATOR_NOTE_SCHEME = "translator-note"
_MUTED = QColor("#6b7280")
_DRAFT = QColor("#b91c1c")
# A link found by content that the reader should check: amber, apart from the muted marks.
_REVIEW = QColor("#b45309")


# A named tuple, not a frozen dataclass: made on the way to the first paint (README, Code map).
class CellText(NamedTuple):
    """Where one paragraph's text in one language sits in the Qt document."""

    paragraph_number: int
    language: str
    position: int  # Qt position of the text's first character
    text: str

    @property
    def end_position(self) -> int:
        """Qt position just after the text."""
        return self.position + utf16_length(self.text)

    def qt_range(self, start: int, end: int) -> tuple[int, int]:
        """Code-point offsets in the text as Qt positions in the document."""
        return (
            self.position + code_points_to_utf16(self.text, start),
            self.position + code_points_to_utf16(self.text, end),
        )

    def code_point_offset(self, position: int) -> int:
        """A Qt position inside this cell as a code-point offset in the text."""
        clamped = min(max(position, self.position), self.end_position)
        return utf16_to_code_points(self.text, clamped - self.position)


@dataclass
class ParallelDocument:
    """A built document and the map from paragraphs and languages to positions in it."""

    document: QTextDocument
    languages: list[str]
    cells: dict[tuple[int, str], CellText] = field(default_factory=dict)
    row_starts: list[int] = field(default_factory=list)  # Qt position where each row starts
    row_numbers: list[int] = field(default_factory=list)  # the paragraph number of each row
    # (paragraph, marker kind) -> Qt position of a gutter glyph drawn invisible until shown.
    gutter_markers: dict[tuple[int, str], int] = field(default_factory=dict)
    # (paragraph, language) -> the link marks shown under that text: "merged", "split",
    # "review" (versions aligned by content, in the window only).
    link_marks: dict[tuple[int, str], tuple[str, ...]] = field(default_factory=dict)
    # The point size of each kind of gutter mark once shown (hidden ones are all but empty).
    marker_point_sizes: dict[str, float] = field(default_factory=dict)

    def paragraph_at(self, position: int) -> int | None:
        """The paragraph whose row holds a Qt position (None above the first row)."""
        index = bisect.bisect_right(self.row_starts, position) - 1
        return self.row_numbers[index] if index >= 0 else None

    def cell_at(self, position: int) -> CellText | None:
        """The paragraph text that holds a Qt position, if any."""
        number = self.paragraph_at(position)
        if number is None:
            return None
        for language in self.languages:
            cell = self.cells.get((number, language))
            if cell is not None and cell.position <= position <= cell.end_position:
                return cell
        return None

    def row_start(self, paragraph_number: int) -> int | None:
        """The Qt position where a paragraph's row starts."""
        try:
            return self.row_starts[self.row_numbers.index(paragraph_number)]
        except ValueError:
            return None

    def number_range(self, paragraph_number: int) -> tuple[int, int] | None:
        """Where a paragraph's number sits in its gutter (Qt positions), in a document built
        with gutter markers: just before the line of marks (_insert_gutter)."""
        first_mark = self.gutter_markers.get((paragraph_number, next(iter(GUTTER_MARKERS))))
        if first_mark is None:
            return None
        end = first_mark - 1  # the line break between the number and its marks
        return end - len(str(paragraph_number)), end

    def shift(self, delta: int) -> None:
        """Move every position by delta: that much was inserted above all of them."""
        self.cells = {
            key: cell._replace(position=cell.position + delta) for key, cell in self.cells.items()
        }
        self.row_starts = [start + delta for start in self.row_starts]
        self.gutter_markers = {key: place + delta for key, place in self.gutter_markers.items()}


def _block_format(language: str, centred: bool = False) -> QTextBlockFormat:
    block = QTextBlockFormat()
    # Set explicitly: a paragraph starting with a Latin symbol or a digit is still Arabic.
    rtl = direction_of(language) == "rtl"
    block.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    # AlignAbsolute: without it Qt mirrors Left/Right in a right-to-left block. Never
    # justified: Qt would spread the gap into the spaces around a Latin run in Arabic.
    if centred:
        block.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    else:
        side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        block.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)
    return block


def _char_format(font: QFont, color: QColor | None = None, bold: bool = False) -> QTextCharFormat:
    char = QTextCharFormat()
    char.setFont(font)
    if bold:
        char.setFontWeight(QFont.Weight.Bold)
    if color is not None:
        char.setForeground(color)
    return char


def _table_format(column_count: int, gutter_side: str) -> QTextTableFormat:
    table = QTextTableFormat()
    table.setBorder(0)
    table.setCellPadding(6)
    table.setCellSpacing(0)
    table.setMargin(0)
    table.setBottomMargin(6)
    table.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    # All in percentages: a fixed gutter plus percentage columns would overflow the page.
    share = (100 - GUTTER_PERCENT) / max(1, column_count)
    text_columns = [QTextLength(QTextLength.Type.PercentageLength, share)] * column_count
    gutter = [QTextLength(QTextLength.Type.PercentageLength, GUTTER_PERCENT)]
    table.setColumnWidthConstraints(
        gutter + text_columns if gutter_side == "left" else text_columns + gutter
    )
    return table


class ParallelDocumentBuilder:
    """Builds the parallel document row by row, so a long report can be shown while its
    later rows are still being added (rows are only ever appended: positions stay valid)."""

    def __init__(
        self,
        document: Document,
        languages: Sequence[str],
        fonts: FontChoice | None = None,
        gutter_side: Literal["left", "right"] = "left",
        include_front_matter: bool = True,
        gutter_markers: bool = False,
    ) -> None:
        self.document = document
        self.languages = list(languages)
        self.fonts = fonts or FontChoice()
        self.gutter_side = gutter_side
        self.gutter_markers = gutter_markers
        qt_document = QTextDocument()
        # Nothing here is ever undone, and the undo stack would keep a copy of every row.
        qt_document.setUndoRedoEnabled(False)
        qt_document.setDocumentMargin(12)
        self.built = ParallelDocument(qt_document, self.languages)
        self.built.marker_point_sizes = {
            kind: self.fonts.font_for(
                "en", PRINT_MARKER_SCALE if kind == "print" else 0.9
            ).pointSizeF()
            for kind in GUTTER_MARKERS
        }
        self.cursor = QTextCursor(qt_document)
        self.table_format = _table_format(len(self.languages), gutter_side)
        offset = 1 if gutter_side == "left" else 0
        self.columns = {language: index + offset for index, language in enumerate(languages)}
        self.gutter_column = 0 if gutter_side == "left" else len(self.languages)
        # Formats made once per build, not once per cell: each is a call into Qt.
        self.block_formats = {language: _block_format(language) for language in self.languages}
        self.text_formats = {
            language: _char_format(self.fonts.font_for(language)) for language in self.languages
        }
        self.gap_formats = {}
        for language in self.languages:
            gap = _char_format(self.fonts.font_for(language, 0.85), _MUTED)
            gap.setFontItalic(True)
            self.gap_formats[language] = gap
        self.notes = {(note.paragraph_number, note.language) for note in document.translator_notes}
        # How each row of a version aligned by content was linked: marked in the window only.
        self.links = {
            language: version.links
            for language, version in document.versions.items()
            if gutter_markers and version.links
        }
        self.front_matter_added = False
        if include_front_matter:
            self.add_front_matter()

    def add_front_matter(self) -> None:
        """Put the front matter above the rows, once. The window adds it after the first
        paint when it opens a report below it: laying it out, in faces of its own (bold),
        costs 3-4 ms that the reader would wait for without seeing it."""
        if self.front_matter_added:
            return
        self.front_matter_added = True
        qt_document = self.built.document
        before = qt_document.characterCount()
        at_start = QTextCursor(qt_document)
        _insert_front_matter(at_start, self.document, self.languages, self.fonts, self.gutter_side)
        self.built.shift(qt_document.characterCount() - before)
        self.cursor.movePosition(QTextCursor.MoveOperation.End)

    def append(self, numbers: Iterable[int]) -> None:
        """Add one row per paragraph number at the end of the document."""
        cursor = self.cursor
        built = self.built
        cursor.beginEditBlock()
        for number in numbers:
            built.row_starts.append(cursor.position())
            built.row_numbers.append(number)
            # One small table per paragraph: Qt lays out a document frame by frame as it is
            # shown, so a 2,000-paragraph report opens without laying out every row first.
            table = cursor.insertTable(1, len(self.languages) + 1, self.table_format)
            # The cells are filled in the document's order, so that no cell's positions
            # move once taken: the gutter first on the left, last on the right.
            if self.gutter_side == "left":
                self._add_gutter(table, number)
            paragraph = self.document.paragraph(number)
            for language in self.languages:
                cell_cursor = table.cellAt(0, self.columns[language]).firstCursorPosition()
                cell_cursor.setBlockFormat(self.block_formats[language])
                text = paragraph.text(language)
                if text is None:
                    label = column_label("missing_paragraph", language)
                    cell_cursor.insertText(f"[{label}]", self.gap_formats[language])
                    continue
                built.cells[(number, language)] = CellText(
                    number, language, cell_cursor.position(), text
                )
                cell_cursor.insertText(text, self.text_formats[language])
                if (number, language) in self.notes:
                    for index, _ in enumerate(self.document.notes_for(number, language)):
                        _insert_note_marker(cell_cursor, number, language, index, self.fonts)
                link = self.links.get(language, {}).get(number)
                if link is not None:
                    marks = _insert_link_marks(cell_cursor, number, link, self.fonts)
                    if marks:
                        built.link_marks[(number, language)] = marks
            if self.gutter_side == "right":
                self._add_gutter(table, number)
            cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.endEditBlock()

    def _add_gutter(self, table: QTextTable, number: int) -> None:
        _insert_gutter(
            table.cellAt(0, self.gutter_column).firstCursorPosition(),
            number,
            self.fonts,
            self.built.gutter_markers if self.gutter_markers else None,
        )


def build_parallel_document(
    document: Document,
    languages: Sequence[str],
    paragraph_numbers: Sequence[int] | None = None,
    fonts: FontChoice | None = None,
    gutter_side: Literal["left", "right"] = "left",
    include_front_matter: bool = True,
    gutter_markers: bool = False,
) -> ParallelDocument:
    """Lay out paragraphs side by side; `languages` is the column order from left to right."""
    builder = ParallelDocumentBuilder(
        document, languages, fonts, gutter_side, include_front_matter, gutter_markers
    )
    builder.append(document.paragraph_numbers if paragraph_numbers is None else paragraph_numbers)
    return builder.built


def _insert_gutter(
    cursor: QTextCursor, number: int, fonts: FontChoice, markers: dict[tuple[int, str], int] | None
) -> None:
    block = QTextBlockFormat()
    block.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    # A number is never broken over two lines ("1" above "0") in a narrow gutter: Qt widens
    # the column to fit it instead.
    number_block = QTextBlockFormat(block)
    number_block.setNonBreakableLines(True)
    cursor.setBlockFormat(number_block)
    number_format = _char_format(fonts.font_for("en", 0.9), _MUTED, bold=True)
    number_format.setAnchor(True)
    number_format.setAnchorNames([f"{ANCHOR_PREFIX}{number}"])
    if markers is not None:
        number_format.setAnchorHref(f"{SELECT_SCHEME}:{number}")
    cursor.insertText(str(number), number_format)
    if markers is None:
        return
    # Marker glyphs are laid out now and only recoloured later: changing a format moves no
    # text, so every position in the map stays valid when a note is added.
    hidden = _char_format(fonts.font_for("en", 0.9), QColor(0, 0, 0, 0))
    hidden.setFontPointSize(HIDDEN_MARKER_POINTS)
    cursor.insertBlock(block)
    for kind, glyph in GUTTER_MARKERS.items():
        markers[(number, kind)] = cursor.position()
        cursor.insertText(glyph, hidden)


def _insert_note_marker(
    cursor: QTextCursor, number: int, language: str, index: int, fonts: FontChoice
) -> None:
    marker = _char_format(fonts.font_for("en", 0.95), QColor("#2563eb"), bold=True)
    marker.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
    marker.setAnchor(True)
    marker.setAnchorHref(f"{TRANSLATOR_NOTE_SCHEME}:{number}:{language}:{index}")
    marker.setToolTip(f"{column_label('translator_note', language)} {index + 1}")
    # One target per note, numbered and apart ("†1 †2", not "††"); isolated, so that it
    # neither joins nor reorders with the Arabic around it.
    cursor.insertText(translator_note_marker(index), marker)


def translator_note_marker(index: int) -> str:
    """The text of the marker of a paragraph's translator's note (index from 0)."""
    return f"\u2068\u2009\u2020{index + 1}\u2069"


def _interface_language() -> str:
    """The interface language: the window installs it as the default locale."""
    code = QLocale().name()[:2]
    return code if code in INTERFACE_LANGUAGES else DEFAULT_INTERFACE_LANGUAGE


def _insert_link_marks(
    cursor: QTextCursor, number: int, link: RowLink, fonts: FontChoice
) -> tuple[str, ...]:
    """Under a row's text, how a version aligned by content covers it: one paragraph shown
    against two rows (merged), two paragraphs joined in one (split), a link to check. In the
    interface language, in a block of its own: the text's positions are left as they are."""
    language = _interface_language()
    locale = QLocale()
    marks: list[tuple[str, str, str, QColor]] = []
    if link.mark == "merged":
        others = ", ".join(locale.toString(row) for row in link.spans if row != number)
        rows = ", ".join(locale.toString(row) for row in link.spans)
        label = column_label("link_merged", language).format(rows=others)
        tip = column_label("link_merged_tip", language).format(rows=rows)
        marks.append(("merged", label, tip, _MUTED))
    elif link.mark == "split":
        count = locale.toString(len(link.cuts))
        label = column_label("link_split", language).format(count=count)
        row = locale.toString(number)
        tip = column_label("link_split_tip", language).format(row=row, count=count)
        marks.append(("split", label, tip, _MUTED))
    if link.needs_review:
        tip = column_label("link_review_tip", language).format(
            confidence=locale.toString(link.confidence, "f", 2),
            threshold=locale.toString(REVIEW_THRESHOLD, "f", 2),
        )
        marks.append(("review", column_label("link_review", language), tip, _REVIEW))
    if not marks:
        return ()
    block = _block_format(language)
    block.setTopMargin(4)
    cursor.insertBlock(block)
    for index, (_, label, tip, color) in enumerate(marks):
        mark_format = _char_format(fonts.font_for(language, 0.8), color, bold=color == _REVIEW)
        mark_format.setToolTip(tip)
        # Isolated: a mark in one direction inside a column of the other stays whole.
        cursor.insertText(("\u2003" if index else "") + f"\u2068{label}\u2069", mark_format)
    return tuple(kind for kind, *_ in marks)


_FRONT_MATTER_STYLE = {
    "organisation": (1.0, True, None),
    "symbol": (0.95, False, None),
    "status": (1.0, True, _DRAFT),
    "title": (1.2, True, None),
    "venue": (1.0, False, None),
    "date": (1.0, False, None),
}


def _insert_front_matter(
    cursor: QTextCursor,
    document: Document,
    languages: Sequence[str],
    fonts: FontChoice,
    gutter_side: str,
) -> None:
    table = cursor.insertTable(1, len(languages) + 1, _table_format(len(languages), gutter_side))
    offset = 1 if gutter_side == "left" else 0
    for column, language in enumerate(languages):
        cell_cursor = table.cellAt(0, column + offset).firstCursorPosition()
        version = document.versions.get(language)
        blocks = version.front_matter if version else ()
        for index, block in enumerate(blocks):
            scale, bold, color = _FRONT_MATTER_STYLE.get(block.role, (1.0, False, None))
            block_format = _block_format(language, centred=True)
            block_format.setBottomMargin(6)
            if index == 0:
                cell_cursor.setBlockFormat(block_format)
            else:
                cell_cursor.insertBlock(block_format)
            cell_cursor.insertText(
                block.text, _char_format(fonts.font_for(language, scale), color, bold)
            )
    cursor.movePosition(QTextCursor.MoveOperation.End)
