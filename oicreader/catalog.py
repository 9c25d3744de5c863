"""Finding a document by symbol, id or file path, for the command line and the window."""

from __future__ import annotations

from pathlib import Path

from oicreader.importing.bundle import load_document_folder
from oicreader.importing.errors import ImportProblem
from oicreader.importing.plain_text import read_report_file, status_of
from oicreader.model.document import Document
from oicreader.paths import bundled_documents_dir

BUNDLED_DOCUMENT_ID = "oic-acm-2017-chair-rep"


class DocumentNotFound(LookupError):
    """No document has the symbol or id the user gave."""


def bundled_documents() -> list[Document]:
    """Every document shipped under resources/documents/."""
    folders = sorted(p for p in bundled_documents_dir().iterdir() if (p / "meta.json").is_file())
    return [load_document_folder(folder) for folder in folders]


def document_from_file(path: Path, language: str | None = None) -> Document:
    """A one-language document read from a text file, without adding it to the library."""
    version = read_report_file(path, language)
    symbol = version.front_matter_text("symbol") or path.stem
    title = version.front_matter_text("title") or path.stem
    return Document(
        id=path.stem,
        symbol=symbol,
        titles={version.language: title},
        date=version.front_matter_text("date") or "",
        status=status_of(version) or "unknown",
        source_language=version.language,
        versions={version.language: version},
    )


def looks_like_path(reference: str) -> bool:
    """True when a DOC argument names a file rather than a symbol or id."""
    return Path(reference).suffix.lower() in {".txt", ".text"} or Path(reference).exists()


def find_document(
    documents: list[Document], reference: str | None, source_language: str | None = None
) -> Document:
    """The document a DOC argument names: a symbol, an id, a text file, or the bundled report."""
    if reference and looks_like_path(reference) and not _by_key(documents, reference):
        return document_from_file(Path(reference), source_language)
    found = _by_key(documents, reference or BUNDLED_DOCUMENT_ID)
    if found is None:
        known = ", ".join(d.symbol for d in documents) or "none"
        raise DocumentNotFound(
            f"no document {reference!r} in the library (documents: {known}); "
            "give a symbol, an id, or the path of a .txt file"
        )
    return found


def _by_key(documents: list[Document], reference: str | None) -> Document | None:
    if reference is None:
        return None
    wanted = reference.strip().casefold()
    return next((d for d in documents if wanted in (d.id.casefold(), d.symbol.casefold())), None)


__all__ = ["DocumentNotFound", "ImportProblem", "bundled_documents", "find_document"]
