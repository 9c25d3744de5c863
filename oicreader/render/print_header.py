"""Page furniture: the header, the "page X of Y" footer and the draft watermark."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPaintDevice,
    QPainter,
    QPainterPath,
    QTextCursor,
    QTextDocument,
    QTextLayout,
    QTextLength,
    QTextOption,
    QTextTableFormat,
    QTransform,
)

from oicreader.model.document import Document
from oicreader.model.languages import direction_of
from oicreader.render.fonts import FontChoice
from oicreader.render.labels import column_label
from oicreader.render.parallel_document import _block_format, _char_format
from oicreader.render.qt_namespace import Qt

_INK = QColor("#111827")
_MUTED = QColor("#4b5563")
_DRAFT = QColor("#b91c1c")
WATERMARK_COLOR = QColor("#f2f2f2")
_WATERMARK_DPI = 150  # plenty for a pale mark; one copy serves every page
_START_SHARE = 68  # percent of the header's width for symbol and title


def is_draft(document: Document) -> bool:
    """True when the document's status says it is a draft."""
    return document.status.strip().lower() == "draft"


def draft_label(document: Document, language: str) -> str:
    """The draft mark in a language: the cover's own word (مشروع, Draft, Projet) when it has one."""
    version = document.versions.get(language)
    own = version.front_matter_text("status") if version else None
    return own or column_label("draft", language)


def header_date(document: Document, language: str) -> str:
    """The date as the cover writes it in a language, else the ISO date."""
    version = document.versions.get(language)
    return (version.front_matter_text("date") if version else None) or document.date


def _small_document(device: QPaintDevice, width: float) -> QTextDocument:
    text_document = QTextDocument()
    text_document.documentLayout().setPaintDevice(device)
    text_document.setUseDesignMetrics(True)
    text_document.setDocumentMargin(0)
    text_document.setTextWidth(width)
    return text_document


def build_header(
    document: Document, language: str, fonts: FontChoice, device: QPaintDevice, width: float
) -> QTextDocument:
    """Symbol and title at the start side, draft mark and date at the end side, in `language`."""
    header = _small_document(device, width)
    rtl = direction_of(language) == "rtl"
    table_format = QTextTableFormat()
    table_format.setBorder(0)
    table_format.setCellPadding(0)
    table_format.setCellSpacing(0)
    table_format.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    start = QTextLength(QTextLength.Type.PercentageLength, _START_SHARE)
    end = QTextLength(QTextLength.Type.PercentageLength, 100 - _START_SHARE)
    table_format.setColumnWidthConstraints([end, start] if rtl else [start, end])
    table = QTextCursor(header).insertTable(1, 2, table_format)
    start_cell = table.cellAt(0, 1 if rtl else 0).firstCursorPosition()
    end_cell = table.cellAt(0, 0 if rtl else 1).firstCursorPosition()
    start_side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    end_side = Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight

    # The symbol is a left-to-right code; in its own block it needs no bidi isolation,
    # but on an Arabic page it must still sit at the right, where the Arabic lines start.
    symbol_block = _block_format("en")
    symbol_block.setAlignment(start_side | Qt.AlignmentFlag.AlignAbsolute)
    start_cell.setBlockFormat(symbol_block)
    start_cell.insertText(document.symbol, _char_format(fonts.font_for("en", 0.9), _INK, True))
    title_block = _block_format(language)
    title_block.setTopMargin(2)
    start_cell.insertBlock(title_block)
    start_cell.insertText(
        document.title(language), _char_format(fonts.font_for(language, 0.8), _MUTED)
    )

    end_block = _block_format(language)
    end_block.setAlignment(end_side | Qt.AlignmentFlag.AlignAbsolute)
    end_cell.setBlockFormat(end_block)
    if is_draft(document):
        mark = _char_format(fonts.font_for(language, 0.9), _DRAFT, True)
        if not rtl:  # spaced capitals for Latin; Arabic letters would come apart
            mark.setFontCapitalization(QFont.Capitalization.AllUppercase)
            mark.setFontLetterSpacing(110)
        end_cell.insertText(draft_label(document, language), mark)
        end_cell.insertBlock(end_block)
    end_cell.insertText(
        header_date(document, language), _char_format(fonts.font_for(language, 0.8), _MUTED)
    )
    return header


def build_footer(
    language: str, page: int, pages: int, fonts: FontChoice, device: QPaintDevice, width: float
) -> QTextDocument:
    """ "Page X of Y" in the page's language, centred (صفحة X من Y on an Arabic page)."""
    footer = _small_document(device, width)
    cursor = QTextCursor(footer)
    cursor.setBlockFormat(_block_format(language, centred=True))
    text = column_label("page_x_of_y", language).format(page=page, pages=pages)
    cursor.insertText(text, _char_format(fonts.font_for(language, 0.8), _MUTED))
    return footer


@dataclass(frozen=True)
class Watermark:
    """The draft word as a picture and where it goes on the page, in layout units."""

    image: QImage
    rect: QRectF


def draft_watermark(
    text: str, language: str, fonts: FontChoice, device: QPaintDevice, width: float, height: float
) -> Watermark:
    """The draft word across the page's diagonal, drawn once into an image.

    An image, not text: a PDF reader copying or searching the page must not find the
    watermark's word in the middle of a paragraph. And one image, not outlines: a PDF
    stores an image once for all its pages, outlines again on every page (for a
    1,500-page document they doubled the file).
    """
    path = watermark_path(text, language, fonts, device, width, height)
    rect = path.boundingRect()
    scale = _WATERMARK_DPI / device.logicalDpiX()
    image = QImage(
        math.ceil(rect.width() * scale),
        math.ceil(rect.height() * scale),
        QImage.Format.Format_RGB32,
    )
    image.fill(Qt.GlobalColor.white)  # painted before anything else, on white paper
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(scale, scale)
    painter.translate(-rect.topLeft())
    painter.fillPath(path, WATERMARK_COLOR)
    painter.end()
    return Watermark(image, rect)


def watermark_path(
    text: str, language: str, fonts: FontChoice, device: QPaintDevice, width: float, height: float
) -> QPainterPath:
    """The draft word as outlines across the page's diagonal, centred on (width, height) / 2."""
    font = fonts.font_for(language, 9.0)
    font.setBold(True)
    layout = QTextLayout(text, font, device)
    option = QTextOption()
    rtl = direction_of(language) == "rtl"
    option.setTextDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1e6)
    layout.endLayout()
    path = QPainterPath()
    for run in layout.glyphRuns():
        raw_font = run.rawFont()
        for glyph, position in zip(run.glyphIndexes(), run.positions(), strict=True):
            path.addPath(raw_font.pathForGlyph(glyph).translated(position))
    bounds = path.boundingRect()
    angle = -math.degrees(math.atan2(height, width))
    # The word spans about half the diagonal whatever the paper.
    scale = 0.5 * math.hypot(width, height) / max(bounds.width(), 1.0)
    transform = QTransform()
    transform.translate(width / 2, height / 2)
    transform.rotate(angle)
    transform.scale(scale, scale)
    transform.translate(-bounds.center().x(), -bounds.center().y())
    return transform.map(path)
