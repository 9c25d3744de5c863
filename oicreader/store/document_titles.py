"""A document's titles by language, as the reader names them (a rename), and where it came
from (the documents that come with the app keep their published titles)."""

from __future__ import annotations

import json

from oicreader.store.connection import transaction
from oicreader.store.library import Library


def stored_titles(library: Library, key: str) -> dict[str, str]:
    """The titles the library holds for a document, by language."""
    row = library.db.execute("SELECT titles FROM documents WHERE key = ?", [key]).fetchone()
    return {} if row is None else dict(json.loads(row[0]))


def document_origin(library: Library, key: str) -> tuple[str, str]:
    """A document's symbol and origin ("bundled" or "imported")."""
    row = library.db.execute("SELECT symbol, origin FROM documents WHERE key = ?", [key]).fetchone()
    return str(row[0]), str(row[1])


def write_titles(library: Library, key: str, titles: dict[str, str]) -> None:
    """Give a document these titles (every language at once), in one transaction."""
    with transaction(library.db):
        library.db.execute(
            "UPDATE documents SET titles = ? WHERE key = ?",
            [json.dumps(titles, ensure_ascii=False), key],
        )
