"""Which report files can be imported, told by their first bytes as much as by their names."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from oicreader.errors import explained
from oicreader.importing.decoding import MAX_FILE_BYTES, TOO_LARGE_ADVICE
from oicreader.importing.errors import ImportProblem
from oicreader.importing.pdf_file import is_pdf
from oicreader.importing.safe_read import read_user_file
from oicreader.importing.word_package import open_package, read_entry_start

FileFormat = Literal["text", "docx", "pdf"]

SUPPORTED = explained(
    "plain text (.txt in UTF-8, UTF-16, Windows-1256 or Windows-1252), Word (.docx) "
    "and PDF with text (.pdf)"
)
TEXT_SUFFIXES = frozenset({".txt", ".text"})
WORD_SUFFIX = ".docx"
PDF_SUFFIX = ".pdf"

_SAVE_AS_DOCX = explained(
    "Open it in Word or LibreOffice, save it as a Word document (.docx), and import that."
)
_PICTURE_ADVICE = explained(
    "A picture holds no text to import: ask for the Word file, or type the text into a .txt file."
)
_OTHER_ADVICE = explained("Ask for the report as a Word file (.docx) or a plain-text file (.txt).")
# Suffix → (what the file is, what to do), for formats readers are likely to be sent.
_KNOWN_UNSUPPORTED: dict[str, tuple[str, str]] = {
    ".doc": (explained("an older Word file (.doc, Word 97–2003)"), _SAVE_AS_DOCX),
    ".docm": (explained("a Word file with macros (.docm)"), _SAVE_AS_DOCX),
    ".dot": (explained("a Word template (.dot)"), _SAVE_AS_DOCX),
    ".dotx": (explained("a Word template (.dotx)"), _SAVE_AS_DOCX),
    ".dotm": (explained("a Word template (.dotm)"), _SAVE_AS_DOCX),
    ".odt": (explained("an OpenDocument text file (.odt)"), _SAVE_AS_DOCX),
    ".fodt": (explained("an OpenDocument text file (.fodt)"), _SAVE_AS_DOCX),
    ".rtf": (explained("a Rich Text file (.rtf)"), _SAVE_AS_DOCX),
    ".wpd": (explained("a WordPerfect file (.wpd)"), _SAVE_AS_DOCX),
    ".pages": (explained("an Apple Pages file (.pages)"), _SAVE_AS_DOCX),
    ".htm": (explained("a web page (.htm)"), _SAVE_AS_DOCX),
    ".html": (explained("a web page (.html)"), _SAVE_AS_DOCX),
    ".png": (explained("a picture (.png)"), _PICTURE_ADVICE),
    ".jpg": (explained("a picture (.jpg)"), _PICTURE_ADVICE),
    ".jpeg": (explained("a picture (.jpeg)"), _PICTURE_ADVICE),
    ".gif": (explained("a picture (.gif)"), _PICTURE_ADVICE),
    ".tif": (explained("a scanned picture (.tif)"), _PICTURE_ADVICE),
    ".tiff": (explained("a scanned picture (.tiff)"), _PICTURE_ADVICE),
    ".bmp": (explained("a picture (.bmp)"), _PICTURE_ADVICE),
    ".heic": (explained("a picture (.heic)"), _PICTURE_ADVICE),
    ".webp": (explained("a picture (.webp)"), _PICTURE_ADVICE),
}
# First bytes → (what the file is, what to do): a PDF saved as report.txt is still a PDF.
_SIGNATURES: tuple[tuple[bytes, str, str], ...] = (
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        explained("an older Word file (.doc, Word 97–2003)"),
        _SAVE_AS_DOCX,
    ),
    (b"{\\rtf", explained("a Rich Text file (.rtf)"), _SAVE_AS_DOCX),
    (b"\x89PNG", explained("a picture (PNG)"), _PICTURE_ADVICE),
    (b"\xff\xd8\xff", explained("a picture (JPEG)"), _PICTURE_ADVICE),
    (b"GIF8", explained("a picture (GIF)"), _PICTURE_ADVICE),
    (b"II*\x00", explained("a scanned picture (TIFF)"), _PICTURE_ADVICE),
    (b"MM\x00*", explained("a scanned picture (TIFF)"), _PICTURE_ADVICE),
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
            explained("is named .pdf but is not a PDF inside"),
            explained("Check that it is the right file, or ask for the report again."),
        )
    for signature, kind, advice in _SIGNATURES:
        if head.startswith(signature):
            raise _unsupported(path, kind, advice)
    if head.startswith(_ZIP_SIGNATURE):
        return _zip_format(data, path, suffix)
    if suffix == WORD_SUFFIX:
        raise ImportProblem(
            path,
            explained("is named .docx but is not a Word document inside"),
            _SAVE_AS_DOCX,
        )
    if suffix in _KNOWN_UNSUPPORTED:
        raise _unsupported(path, *_KNOWN_UNSUPPORTED[suffix])
    if suffix in TEXT_SUFFIXES or suffix == "":
        return "text"
    raise _unsupported(path, explained("a {suffix} file", suffix=suffix), _OTHER_ADVICE)


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
        raise ImportProblem(
            path, explained("is a damaged zip or Word file"), _SAVE_AS_DOCX
        ) from None
    if "word/document.xml" in names:
        # A .docx renamed .txt is still read; a .docm or template is refused by its name.
        if suffix in _KNOWN_UNSUPPORTED:
            raise _unsupported(path, *_KNOWN_UNSUPPORTED[suffix])
        return "docx"
    if b"opendocument.text" in mimetype:
        raise _unsupported(path, explained("an OpenDocument text file (.odt)"), _SAVE_AS_DOCX)
    if any(name.startswith("xl/") for name in names):
        raise _unsupported(path, explained("an Excel workbook"), _OTHER_ADVICE)
    if any(name.startswith("ppt/") for name in names):
        raise _unsupported(path, explained("a PowerPoint presentation"), _OTHER_ADVICE)
    raise _unsupported(path, explained("a zip archive"), _OTHER_ADVICE)


def _unsupported(path: Path, kind: str, advice: str) -> ImportProblem:
    return ImportProblem(
        path,
        explained("this is {kind}; OIC Reader imports {supported}", kind=kind, supported=SUPPORTED),
        advice,
    )
