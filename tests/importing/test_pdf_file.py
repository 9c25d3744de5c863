"""Reading a PDF page's characters: what PDFium says of each one, read the fast way."""

from __future__ import annotations

from pathlib import Path

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
from tests.importing.fixtures.pdf.make_fixtures import pdf_from_objects, stream
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


def pdf_of_letters_beyond_the_bmp(path: Path) -> Path:
    """A page of Helvetica whose font map reads A as U+1D400 (bold A), B as U+1F600 (an
    emoji) and C as half of a character only (a damaged map)."""
    font_map = b"""/CIDInit /ProcSet findresource begin 12 dict begin begincmap
/CMapName /Beyond def /CMapType 2 def
1 begincodespacerange <00> <FF> endcodespacerange
3 beginbfchar <41> <D835DC00> <42> <D83DDE00> <43> <D835> endbfchar
endcmap CMapName currentdict /CMap defineresource pop end end"""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>",
        stream(b"", b"BT /F1 12 Tf 20 100 Td (1. xAy B zC) Tj ET"),
        stream(b"", font_map),
    ]
    path.write_bytes(pdf_from_objects(objects))
    return path


def test_a_character_beyond_u_ffff_is_read_whole_and_half_of_one_is_replaced(
    tmp_path: Path,
) -> None:
    # PDFium gives the two UTF-16 halves of such a character as two characters in one box;
    # kept apart, they made a text that no file can store (a traceback on import).
    path = pdf_of_letters_beyond_the_bmp(tmp_path / "beyond.pdf")
    [page] = read_pdf_pages(path.read_bytes(), path)
    text = "".join(char[TEXT] for char in page.chars)
    assert text == "1. x\U0001d400y \U0001f600 z\ufffd"
    text.encode("utf-8")  # no half character left
    [bold_a] = [char for char in page.chars if char[TEXT] == "\U0001d400"]
    [x] = [char for char in page.chars if char[TEXT] == "x"]
    assert bold_a[LEFT] >= x[RIGHT] - 0.01 and bold_a[BASELINE] == x[BASELINE]
