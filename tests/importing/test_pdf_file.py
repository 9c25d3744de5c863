"""Reading a PDF page's characters: what PDFium says of each one, read the fast way."""

from __future__ import annotations

import pypdfium2

from oicreader.importing.pdf_file import (
    BASELINE,
    FONT_SIZE,
    LEFT,
    ORIGIN_X,
    RIGHT,
    TEXT,
    read_pdf_pages,
)
from tests.importing.pdf_fixtures import PDF_FIXTURES


def test_each_character_has_the_box_origin_and_size_pdfium_gives_it() -> None:
    path = PDF_FIXTURES / "chromium-ar.pdf"
    first_page = next(read_pdf_pages(path.read_bytes(), path))
    document = pypdfium2.PdfDocument(path)
    try:
        text_page = document[0].get_textpage()
        expected = []
        for index in range(text_page.count_chars()):
            code = pypdfium2.raw.FPDFText_GetUnicode(text_page.raw, index)
            if code in (0, 0x0A, 0x0D, 0xFFFF):
                continue
            left, _, right, _ = text_page.get_charbox(index, loose=True)  # not top, bottom
            x, y = pypdfium2.raw.c_double(), pypdfium2.raw.c_double()
            pypdfium2.raw.FPDFText_GetCharOrigin(text_page.raw, index, x, y)
            size = pypdfium2.raw.FPDFText_GetFontSize(text_page.raw, index)
            text = "-" if code in (0x02, 0xFFFE) else chr(code)  # a hyphen ending a line
            expected.append((text, left, right, x.value, y.value, size))
    finally:
        document.close()
    read = [(c[TEXT], c[LEFT], c[RIGHT], c[ORIGIN_X], c[BASELINE], c[FONT_SIZE])
            for c in first_page.chars]  # fmt: skip
    assert len(read) > 100
    assert read == expected
