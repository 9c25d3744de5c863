"""A brief as a PDF: each run of paragraphs laid out by the print layouts, headed by its
document and cited in the brief's language, on pages painted as `oicreader print` paints."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from PySide6.QtCore import QLocale
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QPageSize,
    QPaintDevice,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextFrame,
    QTextLength,
    QTextTable,
    QTextTableFormat,
)

from oicreader.atomic_files import write_private_file
from oicreader.model.brief import BriefContent, BriefEntry, BriefExportChoices
from oicreader.model.document import Document
from oicreader.model.languages import direction_of
from oicreader.render.brief_runs import ParagraphRun, export_languages, paragraph_runs
from oicreader.render.fonts import FontChoice, register_bundled_fonts
from oicreader.render.parallel_document import ParallelDocument, _block_format, _char_format
from oicreader.render.pdf_output import pdf_bytes
from oicreader.render.print_body import PrintBody, build_body, finish_tables
from oicreader.render.print_fonts import print_font_choice, register_print_fonts
from oicreader.render.print_header import build_footer, header_date
from oicreader.render.print_highlights import annotations_to_print, apply_highlights
from oicreader.render.print_layout import (
    PageGeometry,
    PrintDocument,
    PrintError,
    layout_device,
)
from oicreader.render.print_notes import NoteWriter
from oicreader.render.print_options import (
    PRINT_POINT_SIZE,
    Layout,
    PrintOptions,
    default_paper,
    page_size_of,
)
from oicreader.render.print_pagination import paginate, split_blocks_at_page_edges
from oicreader.render.qt_namespace import Qt
from oicreader.text.citation import citation

_INK = QColor("#111827")
_MUTED = QColor("#4b5563")
_POINTS_PER_INCH = 72
_MM_PER_INCH = 25.4
_BAND_GAP_POINTS = 8
_MARGINS_MM = 15.0


@dataclass
class _Builder:
    """The brief's body being written: one text document and its groups of frames."""

    document: QTextDocument
    fonts: FontChoice
    language: str
    width: float
    groups: list[list[QTextFrame]]
    # A heading of the reader's waits here to join the next group: never last on a page.
    pending: list[QTextFrame]

    def cursor_at_end(self) -> QTextCursor:
        cursor = QTextCursor(self.document)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        return cursor

    def add_group(self, frames: list[QTextFrame]) -> None:
        self.groups.append([*self.pending, *frames])
        self.pending = []


def build_brief_print_document(
    content: BriefContent,
    choices: BriefExportChoices,
    locale: QLocale | None = None,
) -> PrintDocument:
    """Lay out a whole brief once, ready for paint_pages() (a PDF writer, a printer)."""
    if QGuiApplication.instance() is None:
        raise PrintError("printing needs a QGuiApplication (see render.headless)")
    runs = paragraph_runs(content)
    register_bundled_fonts()
    register_print_fonts()
    fonts = print_font_choice(FontChoice(point_size=PRINT_POINT_SIZE))
    device = layout_device()
    units_per_point = device.logicalDpiY() / _POINTS_PER_INCH
    paper_name = default_paper(locale)
    paper = page_size_of(paper_name).size(QPageSize.Unit.Point) * units_per_point
    margin = _MARGINS_MM / _MM_PER_INCH * device.logicalDpiY()
    width = paper.width() - 2 * margin
    header = _brief_header(content, fonts, device, width)
    sample_footer = build_footer(content.language, 8888, 8888, fonts, device, width)
    geometry = PageGeometry(
        paper=paper,
        margin=margin,
        header_height=header.size().height(),
        footer_height=sample_footer.size().height(),
        gap=_BAND_GAP_POINTS * units_per_point,
    )
    body_rect = geometry.body_rect
    qt_document = QTextDocument()
    qt_document.setUndoRedoEnabled(False)
    qt_document.setDocumentMargin(0)
    qt_document.documentLayout().setPaintDevice(device)
    qt_document.setUseDesignMetrics(True)
    builder = _Builder(qt_document, fonts, content.language, body_rect.width(), [], [])
    runs_by_start = {run.first_entry: run for run in runs}
    for index, entry in enumerate(content.entries):
        if index in runs_by_start:
            _add_run(builder, runs_by_start[index], choices, device)
        elif entry.kind != "paragraph":
            _add_own_words(builder, entry)
    if builder.pending:
        builder.groups.append(builder.pending)
    pages = paginate(qt_document, builder.groups, body_rect.width(), body_rect.height())
    split_blocks_at_page_edges(qt_document, body_rect.height())
    options = PrintOptions(
        paragraphs=(),
        languages=(content.language,),
        layout="single",
        paper=paper_name,
        margins_mm=_MARGINS_MM,
        fonts=fonts,
    )
    body = PrintBody(ParallelDocument(qt_document, [content.language]), "left", builder.groups)
    return PrintDocument(
        document=runs[0].document,
        options=options,
        fonts=fonts,
        body=body,
        geometry=geometry,
        header=header,
        watermark=None,
        page_count=pages,
        layout_device=device,
    )


def write_brief_pdf(
    content: BriefContent, choices: BriefExportChoices, path: Path, locale: QLocale | None = None
) -> int:
    """Write a brief as a PDF at `path`, whole or not at all; return its page count."""
    print_document = build_brief_print_document(content, choices, locale)
    pdf = pdf_bytes(print_document, title=content.title)
    try:
        write_private_file(path, pdf)
    except OSError as error:
        raise PrintError(f"cannot write {path}: {error.strerror or error}") from None
    return print_document.page_count


def _add_run(
    builder: _Builder, run: ParagraphRun, choices: BriefExportChoices, device: QPaintDevice
) -> None:
    languages = export_languages(run, choices, builder.language)
    options = PrintOptions(
        paragraphs=tuple(run.numbers),
        languages=languages,
        layout=cast("Layout", choices.layout),  # checked by export_languages
        notes="under" if choices.notes else "none",
        fonts=builder.fonts,
    )
    # Paragraphs stay in the brief's order: PrintOptions.resolved would sort them.
    body = build_body(run.document, options, builder.fonts, device, builder.width)
    if choices.notes:
        chosen = annotations_to_print(run.document, run.numbers, run.notes)
        apply_highlights(body.parallel, chosen)
        NoteWriter(body, run.document, builder.language, builder.fonts).under_paragraphs(chosen)
    finish_tables(body, run.numbers, builder.fonts, device, builder.width)
    heading = _insert_box(builder, _document_heading(builder, run.document))
    for index, (number, group) in enumerate(zip(run.numbers, body.groups, strict=True)):
        frames = _copy_group(builder, group)
        cited = _insert_box(builder, [_citation_line(builder, run.document, number)])
        builder.add_group([heading, *frames, cited] if index == 0 else [*frames, cited])


def _copy_group(builder: _Builder, group: Sequence[QTextFrame]) -> list[QTextFrame]:
    """One paragraph's tables copied to the end of the brief, with their formats."""
    root = builder.document.rootFrame()
    before = len(root.childFrames())
    source = QTextCursor(group[0].document())
    source.setPosition(group[0].firstPosition() - 1)
    source.setPosition(group[-1].lastPosition() + 1, QTextCursor.MoveMode.KeepAnchor)
    builder.cursor_at_end().insertFragment(QTextDocumentFragment(source))
    return list(root.childFrames()[before:])


def _citation_line(
    builder: _Builder, document: Document, number: int
) -> tuple[str, QTextCharFormat]:
    # citation() isolates the symbol (FSI…PDI) in an Arabic brief: the comma and the number
    # stay on the Arabic side of it.
    text_format = _char_format(builder.fonts.font_for(builder.language, 0.85), _MUTED)
    return citation(document.symbol, number, builder.language), text_format


def _document_heading(builder: _Builder, document: Document) -> list[tuple[str, QTextCharFormat]]:
    language = builder.language
    fonts = builder.fonts
    symbol = _char_format(fonts.font_for("en", 1.0), _INK, bold=True)
    muted = _char_format(fonts.font_for(language, 0.85), _MUTED)
    title = f"{document.title(language)} · {header_date(document, language)}"
    return [(document.symbol, symbol), (title, muted)]


def _add_own_words(builder: _Builder, entry: BriefEntry) -> None:
    heading = entry.kind == "heading"
    text_format = _char_format(
        builder.fonts.font_for(builder.language, 1.25 if heading else 1.0), _INK, bold=heading
    )
    if not heading:
        text_format.setFontItalic(True)
    frame = _insert_box(builder, [(entry.text, text_format)], top_margin=12 if heading else 4)
    if heading:
        builder.pending.append(frame)
    else:
        builder.add_group([frame])


def _insert_box(
    builder: _Builder,
    lines: Sequence[tuple[str, QTextCharFormat]],
    top_margin: float = 6,
) -> QTextTable:
    """Lines in a borderless one-cell table: a frame, so the paginator can keep it with
    the paragraphs it heads or cites."""
    table_format = QTextTableFormat()
    table_format.setBorder(0)
    table_format.setCellPadding(1)
    table_format.setCellSpacing(0)
    table_format.setTopMargin(top_margin)
    table_format.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    table = builder.cursor_at_end().insertTable(1, 1, table_format)
    cell = table.cellAt(0, 0).firstCursorPosition()
    for index, (text, text_format) in enumerate(lines):
        block = _aligned_block(builder.language)
        if index:
            cell.insertBlock(block)
        else:
            cell.setBlockFormat(block)
        cell.insertText(text, text_format)
    return table


def _aligned_block(language: str) -> QTextBlockFormat:
    block = _block_format(language)
    side = (
        Qt.AlignmentFlag.AlignRight
        if direction_of(language) == "rtl"
        else Qt.AlignmentFlag.AlignLeft
    )
    # A symbol is a left-to-right code: on an Arabic brief it still starts at the right.
    block.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)
    return block


def _brief_header(
    content: BriefContent, fonts: FontChoice, device: QPaintDevice, width: float
) -> QTextDocument:
    header = QTextDocument()
    header.documentLayout().setPaintDevice(device)
    header.setUseDesignMetrics(True)
    header.setDocumentMargin(0)
    header.setTextWidth(width)
    cursor = QTextCursor(header)
    cursor.setBlockFormat(_aligned_block(content.language))
    cursor.insertText(
        content.title, _char_format(fonts.font_for(content.language, 1.1), _INK, True)
    )
    return header
