"""Report files named on the command line, read as documents without entering the library."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from oicreader.model.document import Document

if TYPE_CHECKING:
    from oicreader.importing.import_plan import FileProgress

BUNDLED_DOCUMENT_KEY = "oic-acm-2017-chair-rep"


def document_from_file(
    path: Path,
    language: str | None = None,
    password: str | None = None,
    progress: FileProgress | None = None,
) -> Document:
    """A document read from one report file (.txt, .docx or .pdf), without adding it to the
    library; `password` opens an encrypted PDF."""
    from oicreader.importing.import_plan import import_files  # not needed to open the window

    languages = {path: language} if language else None
    return import_files([path], languages=languages, password=password, progress=progress).document


def looks_like_path(reference: str) -> bool:
    """True when a DOC argument names a file rather than a symbol or id."""
    path = Path(reference)
    return path.suffix.lower() in {".txt", ".text", ".docx", ".pdf"} or path.is_file()
