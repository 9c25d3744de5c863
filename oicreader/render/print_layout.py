"""A print job laid out once: the body, header and page geometry every device paints."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import (
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QTextDocument,
)

from oicreader.errors import UserFacingError
from oicreader.model.annotation import Annotation
from oicreader.model.document import Document
from oicreader.render.fonts import FontChoice, register_bundled_fonts
from oicreader.render.print_body import PrintBody, build_body, finish_tables
from oicreader.render.print_fonts import print_font_choice, register_print_fonts
from oicreader.render.print_header import (
    Watermark,
    build_footer,
    build_header,
    draft_label,
    draft_watermark,
    is_draft,
)
from oicreader.render.print_highlights import annotations_to_print, apply_highlights
from oicreader.render.print_notes import NoteWriter
from oicreader.render.print_options import PrintOptions, main_language, page_size_of
from oicreader.render.print_pagination import paginate, split_blocks_at_page_edges

# The body is laid out once, on an image of this resolution, and painted scaled to the
# device's: fonts in points then measure the same for the preview, a printer and a PDF.
LAYOUT_DPI = 288
_POINTS_PER_INCH = 72
_MM_PER_INCH = 25.4
_BAND_GAP_POINTS = 8  # between the header (or footer) and the body


class PrintError(UserFacingError, RuntimeError):
    """The page could not be painted or the PDF not written; the message says why."""


@dataclass(frozen=True)
class PageGeometry:
    """Where header, body and footer sit on the paper, in layout units (1/LAYOUT_DPI inch)."""

    paper: QSizeF
    margin: float
    header_height: float
    footer_height: float
    gap: float

    @property
    def content_width(self) -> float:
        """Width between the side margins."""
        return self.paper.width() - 2 * self.margin

    @property
    def header_rect(self) -> QRectF:
        """The header band at the top margin."""
        return QRectF(self.margin, self.margin, self.content_width, self.header_height)

    @property
    def body_rect(self) -> QRectF:
        """The body between header and footer: one page of the body document."""
        top = self.margin + self.header_height + self.gap
        bottom = self.paper.height() - self.margin - self.footer_height - self.gap
        return QRectF(self.margin, top, self.content_width, bottom - top)

    @property
    def footer_rect(self) -> QRectF:
        """The footer band above the bottom margin."""
        top = self.paper.height() - self.margin - self.footer_height
        return QRectF(self.margin, top, self.content_width, self.footer_height)


@dataclass
class PrintDocument:
    """Everything needed to paint the pages of one print job, on any paged device."""

    document: Document
    options: PrintOptions  # resolved: no None left
    fonts: FontChoice
    body: PrintBody
    geometry: PageGeometry
    header: QTextDocument
    watermark: Watermark | None
    page_count: int
    layout_device: QImage  # kept alive: every text document here measures with it

    @property
    def main_language(self) -> str:
        """The page's language: header, footer and the side paragraph numbers sit on."""
        return main_language(self.options)

    @property
    def text_document(self) -> QTextDocument:
        """The laid-out body, one page of `geometry.body_rect` height after another."""
        return self.body.parallel.document

    def page_size(self) -> QPageSize:
        """The paper the pages were laid out for."""
        assert self.options.paper is not None
        return page_size_of(self.options.paper)

    def page_layout(self) -> QPageLayout:
        """The whole sheet, no printer margins: the pages carry their own margins."""
        layout = QPageLayout(
            self.page_size(),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
        layout.setMode(QPageLayout.Mode.FullPageMode)
        return layout

    def footer(self, page: int) -> QTextDocument:
        """The footer of one page (1-based)."""
        return build_footer(
            self.main_language,
            page,
            self.page_count,
            self.fonts,
            self.layout_device,
            self.geometry.content_width,
        )

    def page_of_paragraph(self, paragraph_number: int) -> int | None:
        """The page (1-based) on which a printed paragraph starts."""
        parallel = self.body.parallel
        if paragraph_number not in parallel.row_numbers:
            return None
        first_table = self.body.groups[parallel.row_numbers.index(paragraph_number)][0]
        top = self.text_document.documentLayout().frameBoundingRect(first_table).top()
        return int(top // self.geometry.body_rect.height()) + 1


def layout_device() -> QImage:
    """The paint device every print document measures text with (LAYOUT_DPI)."""
    image = QImage(1, 1, QImage.Format.Format_RGB32)
    dots_per_meter = round(LAYOUT_DPI / _MM_PER_INCH * 1000)
    image.setDotsPerMeterX(dots_per_meter)
    image.setDotsPerMeterY(dots_per_meter)
    return image


def build_print_document(
    document: Document,
    options: PrintOptions | None = None,
    annotations: Sequence[Annotation] = (),
    locale: QLocale | None = None,
) -> PrintDocument:
    """Lay out the chosen paragraphs, notes and page furniture once, ready for paint_pages()."""
    if QGuiApplication.instance() is None:
        raise PrintError("printing needs a QGuiApplication (see render.headless)")
    register_bundled_fonts()
    register_print_fonts()
    resolved = (options or PrintOptions()).resolved(document, locale)
    assert resolved.paper is not None and resolved.paragraphs is not None
    fonts = print_font_choice(resolved.fonts)
    device = layout_device()
    units_per_point = device.logicalDpiY() / _POINTS_PER_INCH
    paper = page_size_of(resolved.paper).size(QPageSize.Unit.Point) * units_per_point
    margin = resolved.margins_mm / _MM_PER_INCH * device.logicalDpiY()
    language = main_language(resolved)
    width = paper.width() - 2 * margin
    header = build_header(document, language, fonts, device, width)
    sample_footer = build_footer(language, 8888, 8888, fonts, device, width)
    geometry = PageGeometry(
        paper=paper,
        margin=margin,
        header_height=header.size().height(),
        footer_height=sample_footer.size().height(),
        gap=_BAND_GAP_POINTS * units_per_point,
    )
    body_rect = geometry.body_rect
    if body_rect.height() < 72 * units_per_point:
        raise PrintError("the margins leave less than an inch for the text: make them smaller")
    body = build_body(document, resolved, fonts, device, body_rect.width())
    chosen = annotations_to_print(document, resolved.paragraphs, annotations)
    if resolved.highlights:
        apply_highlights(body.parallel, chosen)
    if resolved.notes != "none":
        writer = NoteWriter(body, document, language, fonts)
        if resolved.notes == "under":
            writer.under_paragraphs(chosen)
        else:
            writer.as_endnotes(chosen)
    finish_tables(body, resolved.paragraphs, fonts, device, body_rect.width())
    pages = paginate(body.parallel.document, body.groups, body_rect.width(), body_rect.height())
    split_blocks_at_page_edges(body.parallel.document, body_rect.height())
    body.refresh_positions()
    watermark = None
    if is_draft(document):
        label = draft_label(document, language)
        watermark = draft_watermark(label, language, fonts, device, paper.width(), paper.height())
    return PrintDocument(
        document=document,
        options=resolved,
        fonts=fonts,
        body=body,
        geometry=geometry,
        header=header,
        watermark=watermark,
        page_count=pages,
        layout_device=device,
    )
