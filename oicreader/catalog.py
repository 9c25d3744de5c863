"""Finding the document a DOC argument names: a symbol or id in the library, or a text file."""

from __future__ import annotations

from pathlib import Path

from oicreader.model.document import Document
from oicreader.store.library import Library

BUNDLED_DOCUMENT_KEY = "oic-acm-2017-chair-rep"


def document_from_file(path: Path, language: str | None = None) -> Document:
    """A document read from one report file (.txt or .docx), without adding it to the library."""
    from oicreader.importing.import_plan import import_files  # not needed to open the window

    return import_files([path], languages={path: language} if language else None).document


def looks_like_path(reference: str) -> bool:
    """True when a DOC argument names a file rather than a symbol or id."""
    path = Path(reference)
    return path.suffix.lower() in {".txt", ".text", ".docx"} or path.is_file()


def find_document(
    library: Library, reference: str | None, source_language: str | None = None
) -> Document:
    """The document a DOC argument names; without one, the bundled report."""
    if reference and looks_like_path(reference):
        return document_from_file(Path(reference), source_language)
    return library.document(reference or BUNDLED_DOCUMENT_KEY)
