"""PDF files of printed paragraphs, painted by the same code as the preview and the printer."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QPdfWriter

from oicreader.atomic_files import write_private_file
from oicreader.model.annotation import Annotation
from oicreader.model.document import Document
from oicreader.render.print_layout import PrintDocument, PrintError, build_print_document
from oicreader.render.print_options import PrintOptions
from oicreader.render.print_pages import apply_page_layout, paint_pages

PDF_RESOLUTION = 1200  # QPdfWriter's own default; positions in the file are this fine


def pdf_bytes(print_document: PrintDocument, title: str | None = None) -> bytes:
    """The PDF of a laid-out print document, in memory; `title` for its properties (default:
    the document's symbol and title)."""
    if title is None:
        name = print_document.document.title(print_document.main_language)
        title = f"{print_document.document.symbol} — {name}"
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setCreator("OIC Reader")
    writer.setTitle(title)
    apply_page_layout(writer, print_document)
    paint_pages(print_document, writer)
    buffer.close()
    del writer  # the file is complete once the painter has ended; drop the writer first
    return bytes(data.data())


def save_pdf(print_document: PrintDocument, path: Path) -> int:
    """Write a laid-out print document to `path`; return its page count."""
    content = pdf_bytes(print_document)
    # Written whole or not at all (a failed write never leaves half a PDF where the reader
    # expects their file) and owner-only: a printed page can carry the reader's highlights
    # and notes, which never go further than the reader sends them.
    try:
        write_private_file(path, content)
    except OSError as error:
        raise PrintError(f"cannot write {path}: {error.strerror or error}") from None
    return print_document.page_count


def write_pdf(
    document: Document,
    options: PrintOptions | None,
    annotations: Sequence[Annotation],
    path: Path,
) -> int:
    """Lay out and write the chosen paragraphs as a PDF at `path`; return its page count."""
    return save_pdf(build_print_document(document, options, annotations), path)
