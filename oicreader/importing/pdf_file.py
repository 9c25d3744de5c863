"""Opening a PDF report safely: what cannot be read is refused by name, memory stays bounded.

The file has already been read with the size limit (safe_read). Here it is checked to be a
whole PDF, its compressed streams are measured without keeping what they unpack to (a
"zip bomb" of a content stream is refused before PDFium parses it), and it is read one page
at a time, each page closed before the next, with a limit on pages and characters.
"""

from __future__ import annotations

import itertools
import re
import struct
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Final

from oicreader.errors import explained
from oicreader.importing.errors import ImportProblem, PasswordNeeded
from oicreader.text.char_classes import ASTRAL_RANGE

# A report of several hundred pages is long; a few times that is not a report.
MAX_PDF_PAGES = 2_000
# A dense page holds about 5,000 characters; a page with a hundred times that is generated.
MAX_PAGE_CHARACTERS = 500_000
# What one compressed stream, and all of them together, may unpack to: a page's content
# stream is tens of kilobytes, a large picture tens of megabytes.
MAX_STREAM_BYTES = 256 * 1024 * 1024
MAX_UNPACKED_BYTES = 2 * 1024 * 1024 * 1024
_UNPACK_CHUNK = 1024 * 1024
_MAX_FLATE_LAYERS = 4

PASSWORD_ADVICE = explained(
    "Give its password on standard input (oicreader import FILE --password-stdin), "
    "or ask for a copy without a password."
)
OCR_ADVICE = explained("Run it through OCR first, or ask for the Word file.")
RESAVE_PDF = explained("Download or copy the file again, or ask for the Word file.")
_PDF_MARK = b"%PDF-"
_NOT_DRAWN = frozenset({0, 0x0A, 0x0D, 0xFFFF})
# PDFium reports a hyphen that ends a line as U+0002 (as U+FFFE in the page's text); it is
# drawn as a hyphen.
_LINE_END_HYPHENS = frozenset({0x02, 0xFFFE})
_NOT_DRAWN_OR_HYPHENS = _NOT_DRAWN | _LINE_END_HYPHENS
# A character's loose box (four floats: left, top, right, bottom) then its origin (two
# doubles), as PDFium writes them; top and bottom are skipped (lines are built from baselines).
_CHAR_VALUES = struct.Struct("=f4xf4x2d")
_ORIGIN_OFFSET = 16
_END_MARK = b"%%EOF"
# A character beyond U+FFFF, or half of one, in a page's text decoded from UTF-16.
_BEYOND_BMP = re.compile(f"[\ud800-\udfff{ASTRAL_RANGE}]")
_STREAM_START = re.compile(rb"stream\r?\n")

PageProgress = Callable[[int, int], None]


# One character PDFium found on a page: its text, the left and right of its box, and the pen
# position it was drawn from (origin x, and baseline), with its type size. A plain tuple, read
# by the positions below: a page has thousands, and a named tuple took 90 ns more to make
# (from a tuple made first) and longer to unpack, a fifth of reading a character's values.
PdfChar = tuple[str, float, float, float, float, float]
TEXT: Final = 0
LEFT: Final = 1
RIGHT: Final = 2
ORIGIN_X: Final = 3
BASELINE: Final = 4
FONT_SIZE: Final = 5


@dataclass(frozen=True)
class PdfPage:
    """The characters of one page, in PDFium's order, and the page's size in points."""

    number: int
    width: float
    height: float
    chars: list[PdfChar]
    has_pictures: bool


def is_pdf(data: bytes) -> bool:
    """Whether bytes start as a PDF does (the mark may follow up to 1 KB of junk)."""
    return _PDF_MARK in data[:1024]


def read_pdf_pages(
    data: bytes, path: Path, password: str | None = None, progress: PageProgress | None = None
) -> Iterator[PdfPage]:
    """The pages of a PDF one by one; ImportProblem for a file that cannot be read."""
    document = open_pdf(data, path, password)
    try:
        page_count = len(document)
        for index in range(page_count):
            if progress is not None:
                progress(index + 1, page_count)
            yield read_page(document, index, path)
    finally:
        document.close()


def open_pdf(data: bytes, path: Path, password: str | None = None) -> Any:
    """The PDFium document of a whole PDF with pages to read (the caller closes it);
    ImportProblem for a file that cannot be read."""
    _refuse_truncated(data, path)
    _refuse_compression_bomb(data, path)
    document = _open(data, path, password)
    try:
        page_count = len(document)
        if page_count == 0:
            raise ImportProblem(path, explained("the PDF has no pages"), RESAVE_PDF)
        if page_count > MAX_PDF_PAGES:
            raise ImportProblem(
                path,
                explained(
                    "the PDF has {count} pages, more than the {limit} a report can have",
                    count=f"{page_count:,}",
                    limit=f"{MAX_PDF_PAGES:,}",
                ),
                explained(
                    "Check that it is the right file; if it is, split it into smaller files."
                ),
            )
    except ImportProblem:
        document.close()
        raise
    return document


def _open(data: bytes, path: Path, password: str | None) -> Any:
    # PDFium is loaded only when a PDF is read: it is a native library of a few megabytes.
    from pypdfium2 import PdfDocument, PdfiumError
    from pypdfium2 import raw as pdfium_raw

    try:
        return PdfDocument(data, password=password)
    except PdfiumError as error:
        code = getattr(error, "err_code", None)
        if code == pdfium_raw.FPDF_ERR_PASSWORD:
            if password:
                raise PasswordNeeded(
                    path, explained("the password given does not open this PDF"), PASSWORD_ADVICE,
                    wrong_password=True,
                ) from None  # fmt: skip
            raise PasswordNeeded(
                path,
                explained("the PDF is protected by a password"),
                PASSWORD_ADVICE,
                wrong_password=False,
            ) from None
        if code == pdfium_raw.FPDF_ERR_SECURITY:
            raise ImportProblem(
                path,
                explained("the PDF is protected in a way OIC Reader cannot open"),
                PASSWORD_ADVICE,
            ) from None
        raise ImportProblem(
            path, explained("the PDF is damaged and cannot be read"), RESAVE_PDF
        ) from None


def read_page(document: Any, index: int, path: Path) -> PdfPage:
    """Page `index` (from 0) of an open PDF; ImportProblem for a damaged one."""
    from pypdfium2 import PdfiumError

    place = f"page {index + 1}"
    try:
        page = document[index]
    except PdfiumError:
        raise ImportProblem(path, explained("the PDF is damaged"), RESAVE_PDF, place) from None
    try:
        width, height = page.get_size()
        text_page = page.get_textpage()
        try:
            count = text_page.count_chars()
            if count > MAX_PAGE_CHARACTERS:
                raise ImportProblem(
                    path,
                    explained(
                        "the page holds {count} characters, more than a report's page can",
                        count=f"{count:,}",
                    ),
                    explained("Check that it is the right file."),
                    place,
                )
            chars = _page_chars(text_page, count)
        finally:
            text_page.close()
        pictures = not chars and _has_pictures(page)
    except PdfiumError:
        raise ImportProblem(path, explained("the PDF is damaged"), RESAVE_PDF, place) from None
    finally:
        page.close()
    return PdfPage(index + 1, float(width), float(height), chars, pictures)


def _page_chars(text_page: Any, count: int) -> list[PdfChar]:
    """The characters of a page, without the line breaks PDFium makes up.

    The spaces PDFium makes up where it sees a gap are kept with those drawn: producers
    that draw none (Chromium, for Latin text) leave gaps no wider than a letter's. (PDFium
    makes up nothing else, so no character is asked whether it was made up.)
    """
    import ctypes

    from pypdfium2 import raw as pdfium_raw

    # Of a size rounded up to a power of two: ctypes makes an array type for each size of
    # buffer asked for (20-50 µs), and keeps every one for good.
    buffer = ctypes.create_string_buffer(max(4096, 1 << count.bit_length()) * 2)
    pdfium_raw.FPDFText_GetText(
        text_page.raw, 0, count, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort))
    )
    text = ctypes.string_at(buffer, count * 2)
    units: Sequence[int] = memoryview(text).cast("H")
    if _BEYOND_BMP.search(text.decode("utf-16-le", "surrogatepass")):
        units = _surrogate_pairs_joined(units)
    # PDFium writes a character's box (FS_RECTF: left, top, right, bottom in floats) and
    # origin (two doubles) side by side in one buffer, read back in one struct unpack: a
    # ctypes attribute a number, or a tolist() a buffer, costs a third more a character.
    values = ctypes.create_string_buffer(_CHAR_VALUES.size)
    box_pointer, x_pointer, y_pointer = (
        ctypes.byref(values, 0),
        ctypes.byref(values, _ORIGIN_OFFSET),
        ctypes.byref(values, _ORIGIN_OFFSET + ctypes.sizeof(ctypes.c_double)),
    )
    unpack = _CHAR_VALUES.unpack_from
    loose_box, char_origin, font_size = _unchecked_char_functions()
    # The text page's address as a call argument made once: passed a c_void_p, ctypes would
    # make such an argument object for each call (25 ns of every call's 140).
    handle = ctypes.c_void_p.from_param(ctypes.cast(text_page.raw, ctypes.c_void_p).value)
    chars: list[PdfChar] = []
    append = chars.append
    for index, code in enumerate(units):
        if code in _NOT_DRAWN_OR_HYPHENS:  # one test for the many characters that are neither
            if code in _NOT_DRAWN:
                continue
            code = 0x2D
        # The loose box spans the glyph's advance: letters of a word touch, words do not
        # (the tight box of a "1" leaves a gap inside "2017").
        loose_box(handle, index, box_pointer)
        char_origin(handle, index, x_pointer, y_pointer)
        left, right, origin_x, baseline = unpack(values)
        append((chr(code), left, right, origin_x, baseline, font_size(handle, index)))
    return chars


def _surrogate_pairs_joined(units: Sequence[int]) -> list[int]:
    """A page's UTF-16 units with each character beyond U+FFFF (a mathematical letter, an
    emoji) whole at its first unit, and its second unit made one not drawn.

    PDFium counts the two halves of such a character as two characters, drawn in one box;
    kept apart, they would make a text no file can store. A half without its other half
    (a damaged font's map) is the replacement character."""
    codes = list(units)
    for index, unit in enumerate(codes):
        if not 0xD800 <= unit <= 0xDFFF:
            continue
        following = codes[index + 1] if index + 1 < len(codes) else 0
        if unit <= 0xDBFF and 0xDC00 <= following <= 0xDFFF:
            codes[index] = 0x10000 + ((unit - 0xD800) << 10) + (following - 0xDC00)
            codes[index + 1] = 0  # not drawn: the character is whole at its first unit
        else:
            codes[index] = 0xFFFD
    return codes


@cache
def _unchecked_char_functions() -> tuple[Any, Any, Any]:
    """PDFium's FPDFText_GetLooseCharBox, FPDFText_GetCharOrigin and FPDFText_GetFontSize,
    called without ctypes checking and converting each argument.

    They are called a few thousand times a page, with arguments made once for the page (the
    handle, and pointers to the box and origin they fill): the checks pypdfium2 declares
    double the cost of each call. These are new function objects at the same addresses, so
    pypdfium2's own keep their checks.

    They are also called without letting go of the GIL, as a Python C API function is: each
    takes well under a microsecond, and releasing and taking back the GIL around it cost
    another 50-70 ns, a sixth of a call. (A call this short holds up no other thread: Python
    passes the GIL on every 5 ms in any case. The document is in memory, so PDFium calls
    back into no Python code to read the file.)
    """
    import ctypes

    from pypdfium2 import raw as pdfium_raw

    def unchecked(function: Any, result: Any) -> Any:
        address = ctypes.cast(function, ctypes.c_void_p).value
        assert address is not None  # a function of the loaded library
        copy: Any = ctypes.PYFUNCTYPE(result)(address)
        copy.argtypes = None  # any arguments, unconverted
        return copy

    # (Whether the box and origin were found is not asked: a character PDFium counted has
    # both, and their result made into a Python bool would be let go unread.)
    return (
        unchecked(pdfium_raw.FPDFText_GetLooseCharBox, None),
        unchecked(pdfium_raw.FPDFText_GetCharOrigin, None),
        unchecked(pdfium_raw.FPDFText_GetFontSize, ctypes.c_double),
    )


def _has_pictures(page: Any) -> bool:
    from pypdfium2 import raw as pdfium_raw

    return any(obj.type == pdfium_raw.FPDF_PAGEOBJ_IMAGE for obj in page.get_objects(max_depth=3))


def _refuse_truncated(data: bytes, path: Path) -> None:
    # PDFium repairs a file cut short and reads what it can: a report missing its last
    # pages would be imported without a word. Every whole PDF ends with %%EOF.
    if _END_MARK not in data[-4096:]:
        raise ImportProblem(
            path,
            explained("the PDF is incomplete (it stops before its end, as a cut download does)"),
            RESAVE_PDF,
        )


def _refuse_compression_bomb(data: bytes, path: Path) -> None:
    """Refuse a PDF whose compressed streams unpack to more than the limits, measuring them
    chunk by chunk without keeping what they unpack to."""
    total = 0
    for match in _STREAM_START.finditer(data):
        end = data.find(b"endstream", match.end())
        if end < 0:
            break
        limit = min(MAX_STREAM_BYTES, MAX_UNPACKED_BYTES - total)
        size = _unpacked_size(memoryview(data)[match.end() : end], limit)
        if size is None:
            raise ImportProblem(
                path,
                explained(
                    "the PDF holds a compressed stream that unpacks to more than "
                    '{megabytes} MB (a "zip bomb", or a damaged file)',
                    megabytes=limit // (1024 * 1024),
                ),
                explained("Check where the file comes from, and ask for the Word file."),
            )
        total += size


def _unpacked_size(stream: memoryview, limit: int) -> int | None:
    """How many bytes a stream unpacks to through its Flate layers (a filter may repeat
    /FlateDecode: 400 MB of spaces compressed twice is 1 KB), 0 for one that is not Flate,
    None past `limit`."""
    chunks: Iterator[bytes] = iter([stream.tobytes()])
    size = 0
    for _ in range(_MAX_FLATE_LAYERS):
        inflated = _inflated(chunks)
        first = next(inflated, None)
        if first is None:
            return size
        size = 0
        if not _looks_like_flate(first):
            size = len(first)
            for chunk in inflated:
                size += len(chunk)
                if size > limit:
                    return None
            return size if size <= limit else None
        chunks = itertools.chain([first], inflated)
    return size


def _looks_like_flate(chunk: bytes) -> bool:
    # A zlib header: deflate with a window of up to 32 KB, and a checksum divisible by 31.
    return len(chunk) >= 2 and chunk[0] & 0x0F == 8 and (chunk[0] << 8 | chunk[1]) % 31 == 0


def _inflated(chunks: Iterator[bytes]) -> Iterator[bytes]:
    """What a zlib stream unpacks to, a chunk at a time; nothing for one that is not zlib."""
    unpacker = zlib.decompressobj()
    try:
        for chunk in chunks:
            pending = chunk
            while pending:
                out = unpacker.decompress(pending, _UNPACK_CHUNK)
                if out:
                    yield out
                pending = unpacker.unconsumed_tail
                if unpacker.eof:
                    return
    except zlib.error:
        return  # not Flate (a JPEG, or plain text), or the rest is damaged
