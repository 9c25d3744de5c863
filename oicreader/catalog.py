"""Finding the document a DOC argument names: a symbol or id in the library, or a report file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from oicreader.model.document import Document
from oicreader.store.library import Library

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


def find_document(
    library: Library,
    reference: str | None,
    source_language: str | None = None,
    password: str | None = None,
    progress: FileProgress | None = None,
) -> Document:
    """The document a DOC argument names; without one, the bundled report."""
    if reference and looks_like_path(reference):
        return document_from_file(Path(reference), source_language, password, progress)
    return library.document(reference or BUNDLED_DOCUMENT_KEY)
