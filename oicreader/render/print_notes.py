"""The reader's notes on paper: under each paragraph, or numbered and listed at the end."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFrame,
    QTextTable,
)

from oicreader.model.annotation import Annotation
from oicreader.model.document import Document, TranslatorNote
from oicreader.model.languages import Direction, direction_of
from oicreader.render.bidi_isolation import isolate_other_direction
from oicreader.render.fonts import FontChoice
from oicreader.render.labels import column_label, quoted
from oicreader.render.parallel_document import (
    _MUTED,
    CellText,
    _block_format,
    _char_format,
    _table_format,
)
from oicreader.render.print_body import PrintBody
from oicreader.render.print_highlights import is_note, quote_span, text_direction
from oicreader.render.qt_namespace import Qt

NOTE_ANCHOR_PREFIX = "note-"
_NOTE_COLOR = QColor("#1e3a8a")
_MARKER_COLOR = QColor("#2563eb")
_NOTE_SCALE = 0.85
# A longer note is cut in print, where it ends with a "continues" mark: a page holds some
# 4,000 characters, and Qt takes minutes to lay out megabytes of text with no space to
# break lines at. Lines count too: 2,000 line breaks would fill pages with nothing.
PRINTED_NOTE_CHARACTERS = 2_000
PRINTED_NOTE_LINES = 40
# A cut looks back this far for a space, so it falls between words when it can.
_CUT_AT_SPACE_WITHIN = 200
# Unicode isolates: a note number or quote must not reorder with the text around it.
_FSI, _PDI = "\u2068", "\u2069"


@dataclass(frozen=True)
class _Placed:
    """One annotation with the cell that shows it and its range there (None: whole paragraph)."""

    annotation: Annotation
    cell: CellText
    span: tuple[int, int] | None


def printable_note(note: str) -> tuple[str, bool]:
    """A note's text as printed, and whether it was cut (then it ends with "…")."""
    text = note.strip()
    lines = text.split("\n")
    if len(text) <= PRINTED_NOTE_CHARACTERS and len(lines) <= PRINTED_NOTE_LINES:
        return text, False
    cut = "\n".join(lines[:PRINTED_NOTE_LINES])[:PRINTED_NOTE_CHARACTERS]
    space = max(cut.rfind(" "), cut.rfind("\n"))
    if space >= len(cut) - _CUT_AT_SPACE_WITHIN:
        cut = cut[:space]
    return cut.rstrip() + "…", True


def continues_mark(note: str, language: str) -> str:
    """ "(continues: the note has 10,000 characters)" in a page's language."""
    total = f"{len(note.strip()):,}"
    if language == "fr":
        total = total.replace(",", "\u202f")  # French groups digits with a narrow space
    return column_label("note_continues", language).format(total=total)


class NoteWriter:
    """Inserts notes into a built body: under each paragraph, or numbered at the end."""

    def __init__(
        self,
        body: PrintBody,
        document: Document,
        main_language: str,
        fonts: FontChoice,
    ) -> None:
        self.body = body
        self.document = document
        self.main_language = main_language
        self.fonts = fonts
        self.parallel = body.parallel
        # Insertions run from the end of the document backwards so that every position
        # computed beforehand stays valid. Each edit is (position, kind, index, action); at
        # one position the later kind and index go in first, so they end up after the others.
        self._edits: list[tuple[int, int, int, Callable[[QTextCursor], None]]] = []

    def under_paragraphs(self, annotations: Sequence[Annotation]) -> None:
        """Print each note, and each translator's note, below its paragraph in its column."""
        placed = self._place(annotations)
        for index, item in enumerate(placed):
            end = self._cell_end(item.cell)
            self._edits.append((end, 1, index, partial(self._insert_note, item=item)))
        for index, note in enumerate(self._translator_notes()):
            cell = self.parallel.cells[(note.paragraph_number, note.language)]
            end = self._cell_end(cell)
            self._edits.append((end, 2, index, partial(self._insert_translator_note, note=note)))
        self._run_edits()

    def as_endnotes(self, annotations: Sequence[Annotation]) -> None:
        """Number each note in the text and list the notes after the last paragraph."""
        placed = self._place(annotations)
        for number, item in enumerate(placed, start=1):
            position = item.cell.qt_range(*item.span)[1] if item.span else item.cell.end_position
            self._edits.append((position, 0, number, partial(self._insert_marker, number=number)))
        self._run_edits()
        translator_notes = self._translator_notes()
        if placed:
            self._append_section(
                column_label("notes_heading", self.main_language),
                [(str(n), item.annotation.paragraph_number, item.annotation.language, item)
                 for n, item in enumerate(placed, start=1)],
            )  # fmt: skip
        if translator_notes:
            self._append_section(
                column_label("translator_notes_heading", self.main_language),
                [
                    ("\u2020", note.paragraph_number, note.language, note)
                    for note in translator_notes
                ],
            )

    # Placing ---------------------------------------------------------------------------

    def _place(self, annotations: Sequence[Annotation]) -> list[_Placed]:
        order = {language: index for index, language in enumerate(self.parallel.languages)}
        placed = []
        for annotation in annotations:
            if not is_note(annotation):
                continue
            cell = self._host_cell(annotation)
            if cell is None:
                continue
            own = cell.language == annotation.language
            span = quote_span(cell.text, annotation) if own else None
            placed.append(_Placed(annotation, cell, span))
        rows = {number: index for index, number in enumerate(self.parallel.row_numbers)}
        return sorted(
            placed,
            key=lambda item: (
                rows[item.cell.paragraph_number],
                order.get(item.cell.language, 0),
                item.span[0] if item.span else 1 << 30,
            ),
        )

    def _host_cell(self, annotation: Annotation) -> CellText | None:
        # A note on a language that is not printed goes with the paragraph in the page's language.
        number = annotation.paragraph_number
        for language in (annotation.language, self.main_language, *self.parallel.languages):
            cell = self.parallel.cells.get((number, language))
            if cell is not None:
                return cell
        return None

    def _translator_notes(self) -> list[TranslatorNote]:
        return [
            note
            for number in self.parallel.row_numbers
            for language in self.parallel.languages
            for note in self.document.notes_for(number, language)
            if (number, language) in self.parallel.cells
        ]

    def _cell_end(self, cell: CellText) -> int:
        cursor = QTextCursor(self.parallel.document)
        cursor.setPosition(cell.position)
        table = cursor.currentTable()
        if table is None:
            return cell.end_position
        return table.cellAt(cursor).lastPosition()

    def _run_edits(self) -> None:
        cursor = QTextCursor(self.parallel.document)
        cursor.beginEditBlock()
        for position, _, _, action in sorted(self._edits, key=lambda edit: edit[:3], reverse=True):
            cursor.setPosition(position)
            action(cursor)
        cursor.endEditBlock()
        self._edits.clear()

    # Writing ---------------------------------------------------------------------------

    def _insert_marker(self, cursor: QTextCursor, number: int) -> None:
        marker = _char_format(self.fonts.font_for("en", 0.75), _MARKER_COLOR, bold=True)
        marker.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
        marker.setAnchor(True)
        marker.setAnchorHref(f"#{NOTE_ANCHOR_PREFIX}{number}")
        cursor.insertText(f"{_FSI}{number}{_PDI}", marker)

    def _insert_note(self, cursor: QTextCursor, item: _Placed, first: bool = False) -> None:
        annotation = item.annotation
        if annotation.anchor is not None:
            quote = annotation.anchor.quote
            direction = direction_of(annotation.language)
            self._block(cursor, direction, first)
            quote_format = self._format(direction, _NOTE_COLOR)
            if annotation.color:
                quote_format.setBackground(QColor(annotation.color))
            cursor.insertText(quoted(f"{_FSI}{quote}{_PDI}", annotation.language), quote_format)
            first = False
        if annotation.note.strip():
            direction = text_direction(annotation.note, direction_of(self.main_language))
            self._block(cursor, direction, first)
            text, cut = printable_note(annotation.note)
            text = isolate_other_direction(text, direction)
            cursor.insertText(text, self._format(direction, _NOTE_COLOR))
            if cut:
                mark = continues_mark(annotation.note, self.main_language)
                page_direction = direction_of(self.main_language)
                cursor.insertText(f" {_FSI}{mark}{_PDI}", self._format(page_direction, _MUTED))
            first = False
        if annotation.tags:
            tags = "  ".join(f"#{tag}" for tag in annotation.tags)
            direction = text_direction(tags, direction_of(self.main_language))
            self._block(cursor, direction, first)
            cursor.insertText(tags, self._format(direction, _MUTED))

    def _insert_translator_note(
        self, cursor: QTextCursor, note: TranslatorNote, first: bool = False
    ) -> None:
        direction = direction_of(note.language)
        self._block(cursor, direction, first)
        label = self._format(direction, _MUTED)
        label.setFontWeight(QFont.Weight.Bold)
        cursor.insertText(f"\u2020 {column_label('translator_note', note.language)}: ", label)
        cursor.insertText(
            isolate_other_direction(note.text, direction), self._format(direction, _MUTED)
        )

    def _block(self, cursor: QTextCursor, direction: Direction, first: bool) -> None:
        block = _block_format("ar" if direction == "rtl" else "en")
        block.setTopMargin(0 if first else 3)
        if first:
            cursor.setBlockFormat(block)
        else:
            cursor.insertBlock(block)

    def _format(self, direction: Direction, color: QColor) -> QTextCharFormat:
        font = self.fonts.font_for("ar" if direction == "rtl" else "en", _NOTE_SCALE)
        return _char_format(font, color)

    def _append_section(
        self, heading: str, entries: list[tuple[str, int, str, _Placed | TranslatorNote]]
    ) -> None:
        cursor = QTextCursor(self.parallel.document)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        side = self.body.gutter_side
        gutter_column, text_column = (0, 1) if side == "left" else (1, 0)
        heading_table = cursor.insertTable(1, 2, _table_format(1, side))
        heading_cursor = heading_table.cellAt(0, text_column).firstCursorPosition()
        block = _block_format(self.main_language)
        block.setTopMargin(12)
        heading_cursor.setBlockFormat(block)
        heading_font = self.fonts.font_for(self.main_language, 1.1)
        heading_cursor.insertText(heading, _char_format(heading_font, bold=True))
        cursor.movePosition(QTextCursor.MoveOperation.End)
        group: list[QTextFrame] = [heading_table]
        for mark, number, language, entry in entries:
            table = cursor.insertTable(1, 2, _table_format(1, side))
            self._insert_entry_gutter(table, gutter_column, mark)
            entry_cursor = table.cellAt(0, text_column).firstCursorPosition()
            self._block(entry_cursor, direction_of(self.main_language), first=True)
            entry_cursor.insertText(
                self._reference(number, language),
                self._format(direction_of(self.main_language), _MUTED),
            )
            if isinstance(entry, TranslatorNote):
                direction = direction_of(entry.language)
                self._block(entry_cursor, direction, first=False)
                text = isolate_other_direction(entry.text, direction)
                entry_cursor.insertText(text, self._format(direction, _NOTE_COLOR))
            else:
                self._insert_note(entry_cursor, entry)
            group.append(table)
            self.body.groups.append(group)
            group = []
            cursor.movePosition(QTextCursor.MoveOperation.End)

    def _insert_entry_gutter(self, table: QTextTable, column: int, mark: str) -> None:
        gutter = table.cellAt(0, column).firstCursorPosition()
        block = QTextBlockFormat()
        block.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        gutter.setBlockFormat(block)
        number_format = _char_format(self.fonts.font_for("en", 0.85), _MARKER_COLOR, bold=True)
        if mark.isdigit():
            number_format.setAnchor(True)
            number_format.setAnchorNames([f"{NOTE_ANCHOR_PREFIX}{mark}"])
        gutter.insertText(mark, number_format)

    def _reference(self, number: int, language: str) -> str:
        paragraph = column_label("paragraph_reference", self.main_language).format(number=number)
        name = column_label(f"language_{language}", self.main_language)
        return f"{paragraph} · {name}"
