"""Painting a print document's pages on any paged device: the preview, a printer, a PDF writer."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPainter,
    QPalette,
    QPen,
    QTextDocument,
    QTransform,
)
from PySide6.QtPrintSupport import QPrinter

from oicreader.render.print_layout import LAYOUT_DPI, PrintDocument, PrintError
from oicreader.render.qt_namespace import Qt

_RULE = QColor("#9ca3af")
_EDGE = 0.5  # layout units: 1/576 inch
# The preview shows each page as an image of this resolution: sharp at 200 % zoom on a
# common screen, and about 11 MB a page.
PREVIEW_DPI = 200
_INCHES_PER_METRE = 39.37


def apply_page_layout(device: QPagedPaintDevice, print_document: PrintDocument) -> None:
    """Give a printer or PDF writer the paper the pages were laid out for, edge to edge."""
    if isinstance(device, QPrinter):
        # A printer refuses margins below its hardware minimum; full-page mode keeps the
        # origin at the paper's corner instead, and our own margins keep text clear.
        device.setFullPage(True)
        device.setPageSize(print_document.page_size())
        device.setPageOrientation(QPageLayout.Orientation.Portrait)
    else:
        device.setPageLayout(print_document.page_layout())


def paint_pages(
    print_document: PrintDocument,
    device: QPagedPaintDevice,
    first_page: int | None = None,
    last_page: int | None = None,
    as_images: bool = False,
) -> int:
    """Paint pages first_page..last_page (1-based, default all) on `device`; return how many.

    The one rendering path: connect QPrintPreviewDialog.paintRequested to this, pass the
    QPrinter from QPrintDialog, or a QPdfWriter. A printer's page range from its dialog is
    used when no range is given. The device's paper may differ from the layout's: the
    pages are then scaled down to fit and centred. `as_images` paints each page as a
    picture (for the print preview, see paint_preview).
    """
    first, last = _page_range(print_document, device, first_page, last_page)
    painter = QPainter()
    if not painter.begin(device):
        raise PrintError("the printer or file could not be opened for painting")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        # Flate, not JPEG, for the watermark: no blotches around the letters.
        painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        base = _device_transform(print_document, device)
        for page in range(first, last + 1):
            if page > first and not device.newPage():
                raise PrintError(f"the printer refused a new page after page {page - 1}")
            painter.setTransform(base)
            if as_images:
                paper = print_document.geometry.paper
                painter.drawImage(QRectF(QPointF(0, 0), paper), page_image(print_document, page))
            else:
                _paint_page(painter, print_document, page)
    finally:
        painter.end()
    return last - first + 1


def paint_preview(print_document: PrintDocument, device: QPagedPaintDevice) -> int:
    """Paint every page for QPrintPreviewDialog, exactly as the PDF and the printer get it.

    The preview's device records each line of text as a string and lays it out again when
    it replays the page, at another size and without our layout's glyph positions: Arabic
    loses the spaces around numbers and words run into each other (issue 21). A page
    painted as an image keeps every glyph where the layout put it.
    """
    return paint_pages(print_document, device, as_images=True)


def page_image(print_document: PrintDocument, page: int, dpi: int = PREVIEW_DPI) -> QImage:
    """One page (1-based) painted on white paper, at `dpi`."""
    paper = print_document.geometry.paper
    scale = dpi / LAYOUT_DPI
    image = QImage(
        math.ceil(paper.width() * scale),
        math.ceil(paper.height() * scale),
        QImage.Format.Format_RGB32,
    )
    dots_per_metre = round(dpi * _INCHES_PER_METRE)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.scale(scale, scale)
        _paint_page(painter, print_document, page)
    finally:
        painter.end()
    return image


def _page_range(
    print_document: PrintDocument,
    device: QPagedPaintDevice,
    first_page: int | None,
    last_page: int | None,
) -> tuple[int, int]:
    if first_page is None and last_page is None and isinstance(device, QPrinter):
        first_page = device.fromPage() or None  # 0: the reader chose no range
        last_page = device.toPage() or None
    first = max(1, first_page or 1)
    last = min(print_document.page_count, last_page or print_document.page_count)
    if first > last:
        raise PrintError(
            f"no page {first} to print: the document has {print_document.page_count} pages"
        )
    return first, last


def _device_transform(print_document: PrintDocument, device: QPagedPaintDevice) -> QTransform:
    dpi_x, dpi_y = device.logicalDpiX(), device.logicalDpiY()
    page_layout = device.pageLayout()
    full = page_layout.fullRectPixels(dpi_x)
    # Outside full-page mode the painter's origin is the corner of the printable area.
    origin = (
        QPointF(0, 0)
        if page_layout.mode() == QPageLayout.Mode.FullPageMode
        else QPointF(page_layout.paintRectPixels(dpi_x).topLeft())
    )
    scale_x, scale_y = dpi_x / LAYOUT_DPI, dpi_y / LAYOUT_DPI
    paper = print_document.geometry.paper
    fit = min(
        1.0,
        full.width() / (paper.width() * scale_x),
        full.height() / (paper.height() * scale_y),
    )
    if fit > 0.995:  # the same paper, up to rounding of its size in device pixels
        fit = 1.0
    left = (full.width() - paper.width() * scale_x * fit) / 2
    transform = QTransform()
    transform.translate(left - origin.x(), -origin.y())
    transform.scale(scale_x * fit, scale_y * fit)
    return transform


def _paint_page(painter: QPainter, print_document: PrintDocument, page: int) -> None:
    geometry = print_document.geometry
    watermark = print_document.watermark
    if watermark is not None:
        # Painted first, in a pale grey, so the text lies on top and stays sharp.
        painter.drawImage(watermark.rect, watermark.image)
    header = geometry.header_rect
    _draw(painter, print_document.header, header.topLeft(), QRectF(QPointF(0, 0), header.size()))
    rule_y = header.bottom() + geometry.gap / 2
    painter.setPen(QPen(_RULE, LAYOUT_DPI / 144))  # half a point
    painter.drawLine(QPointF(header.left(), rule_y), QPointF(header.right(), rule_y))
    body = geometry.body_rect
    page_top = (page - 1) * body.height()
    clip = QRectF(0, page_top, body.width(), body.height())
    _draw(painter, print_document.text_document, body.topLeft() - QPointF(0, page_top), clip)
    footer = geometry.footer_rect
    footer_clip = QRectF(QPointF(0, 0), footer.size())
    _draw(painter, print_document.footer(page), footer.topLeft(), footer_clip)


def _draw(painter: QPainter, document: QTextDocument, origin: QPointF, clip: QRectF) -> None:
    painter.save()
    painter.translate(origin)
    painter.setClipRect(clip)
    context = QAbstractTextDocumentLayout.PaintContext()
    # Qt draws a line whose top lies exactly on the clip's bottom edge; that is the first
    # line of the next page. Clipped out of sight, its text would still be in the PDF
    # twice, for search and copy. A hair's inset clip leaves it to its own page.
    context.clip = clip.adjusted(0, _EDGE, 0, -_EDGE)
    # Black text on any desktop theme: the default palette follows a dark screen theme.
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Text, Qt.GlobalColor.black)
    context.palette = palette
    document.documentLayout().draw(painter, context)
    painter.restore()
