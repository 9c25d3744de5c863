"""Which report files can be imported, told by their first bytes as much as by their names."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from oicreader.importing.decoding import MAX_FILE_BYTES, TOO_LARGE_ADVICE
from oicreader.importing.errors import ImportProblem
from oicreader.importing.pdf_file import is_pdf
from oicreader.importing.safe_read import read_user_file
from oicreader.importing.word_package import open_package, read_entry_start

FileFormat = Literal["text", "docx", "pdf"]

SUPPORTED = (
    "plain text (.txt in UTF-8, UTF-16, Windows-1256 or Windows-1252), Word (.docx) "
    "and PDF with text (.pdf)"
)
TEXT_SUFFIXES = frozenset({".txt", ".text"})
WORD_SUFFIX = ".docx"
PDF_SUFFIX = ".pdf"

_SAVE_AS_DOCX = (
    "Open it in Word or LibreOffice, save it as a Word document (.docx), and import that."
)
_PICTURE_ADVICE = (
    "A picture holds no text to import: ask for the Word file, or type the text into a .txt file."
)
_OTHER_ADVICE = "Ask for the report as a Word file (.docx) or a plain-text file (.txt)."
# Suffix → (what the file is, what to do), for formats readers are likely to be sent.
_KNOWN_UNSUPPORTED: dict[str, tuple[str, str]] = {
    ".doc": ("an older Word file (.doc, Word 97–2003)", _SAVE_AS_DOCX),
    ".docm": ("a Word file with macros (.docm)", _SAVE_AS_DOCX),
    ".dot": ("a Word template (.dot)", _SAVE_AS_DOCX),
    ".dotx": ("a Word template (.dotx)", _SAVE_AS_DOCX),
    ".dotm": ("a Word template (.dotm)", _SAVE_AS_DOCX),
    ".odt": ("an OpenDocument text file (.odt)", _SAVE_AS_DOCX),
    ".fodt": ("an OpenDocument text file (.fodt)", _SAVE_AS_DOCX),
    ".rtf": ("a Rich Text file (.rtf)", _SAVE_AS_DOCX),
    ".wpd": ("a WordPerfect file (.wpd)", _SAVE_AS_DOCX),
    ".pages": ("an Apple Pages file (.pages)", _SAVE_AS_DOCX),
    ".htm": ("a web page (.htm)", _SAVE_AS_DOCX),
    ".html": ("a web page (.html)", _SAVE_AS_DOCX),
    ".png": ("a picture (.png)", _PICTURE_ADVICE),
    ".jpg": ("a picture (.jpg)", _PICTURE_ADVICE),
    ".jpeg": ("a picture (.jpeg)", _PICTURE_ADVICE),
    ".gif": ("a picture (.gif)", _PICTURE_ADVICE),
    ".tif": ("a scanned picture (.tif)", _PICTURE_ADVICE),
    ".tiff": ("a scanned picture (.tiff)", _PICTURE_ADVICE),
    ".bmp": ("a picture (.bmp)", _PICTURE_ADVICE),
    ".heic": ("a picture (.heic)", _PICTURE_ADVICE),
    ".webp": ("a picture (.webp)", _PICTURE_ADVICE),
}
# First bytes → (what the file is, what to do): a PDF saved as report.txt is still a PDF.
_SIGNATURES: tuple[tuple[bytes, str, str], ...] = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an older Word file (.doc, Word 97–2003)", _SAVE_AS_DOCX),
    (b"{\\rtf", "a Rich Text file (.rtf)", _SAVE_AS_DOCX),
    (b"\x89PNG", "a picture (PNG)", _PICTURE_ADVICE),
    (b"\xff\xd8\xff", "a picture (JPEG)", _PICTURE_ADVICE),
    (b"GIF8", "a picture (GIF)", _PICTURE_ADVICE),
    (b"II*\x00", "a scanned picture (TIFF)", _PICTURE_ADVICE),
    (b"MM\x00*", "a scanned picture (TIFF)", _PICTURE_ADVICE),
)
_ZIP_SIGNATURE = b"PK\x03\x04"


def file_format(path: Path) -> FileFormat:
    """The format of a report file, or an ImportProblem saying what is supported instead."""
    return format_of(read_user_file(path, MAX_FILE_BYTES, TOO_LARGE_ADVICE), path)


def format_of(data: bytes, path: Path) -> FileFormat:
    """The format of a report file's bytes (`path` names it), or an ImportProblem."""
    head = data[:8]
    suffix = path.suffix.lower()
    if is_pdf(data):  # a PDF saved as report.txt is still a PDF
        return "pdf"
    if suffix == PDF_SUFFIX:
        raise ImportProblem(
            path,
            "is named .pdf but is not a PDF inside",
            "Check that it is the right file, or ask for the report again.",
        )
    for signature, kind, advice in _SIGNATURES:
        if head.startswith(signature):
            raise _unsupported(path, kind, advice)
    if head.startswith(_ZIP_SIGNATURE):
        return _zip_format(data, path, suffix)
    if suffix == WORD_SUFFIX:
        raise ImportProblem(
            path,
            "is named .docx but is not a Word document inside",
            _SAVE_AS_DOCX,
        )
    if suffix in _KNOWN_UNSUPPORTED:
        raise _unsupported(path, *_KNOWN_UNSUPPORTED[suffix])
    if suffix in TEXT_SUFFIXES or suffix == "":
        return "text"
    raise _unsupported(path, f"a {suffix} file", _OTHER_ADVICE)


def _zip_format(data: bytes, path: Path, suffix: str) -> FileFormat:
    """A zip package: a Word document, or some other office file saved as a zip."""
    try:
        with open_package(data, path) as package:
            names = set(package.namelist())
            # Its first bytes are enough; the whole entry may unpack to gigabytes.
            mimetype = read_entry_start(package, "mimetype", 200) if "mimetype" in names else b""
    except (ImportProblem, MemoryError):
        raise
    except Exception:  # BadZipFile, zlib.error, an unknown method, encryption: all damage here
        raise ImportProblem(path, "is a damaged zip or Word file", _SAVE_AS_DOCX) from None
    if "word/document.xml" in names:
        # A .docx renamed .txt is still read; a .docm or template is refused by its name.
        if suffix in _KNOWN_UNSUPPORTED:
            raise _unsupported(path, *_KNOWN_UNSUPPORTED[suffix])
        return "docx"
    if b"opendocument.text" in mimetype:
        raise _unsupported(path, "an OpenDocument text file (.odt)", _SAVE_AS_DOCX)
    if any(name.startswith("xl/") for name in names):
        raise _unsupported(path, "an Excel workbook", _OTHER_ADVICE)
    if any(name.startswith("ppt/") for name in names):
        raise _unsupported(path, "a PowerPoint presentation", _OTHER_ADVICE)
    raise _unsupported(path, "a zip archive", _OTHER_ADVICE)


def _unsupported(path: Path, kind: str, advice: str) -> ImportProblem:
    return ImportProblem(path, f"this is {kind}; OIC Reader imports {SUPPORTED}", advice)
