"""The symbol of every document in the library, for the links a paragraph's text makes."""

from __future__ import annotations

from oicreader.store.library import Library


def document_symbols(library: Library) -> list[tuple[str, str]]:
    """(key, symbol) of every document in the library, oldest first."""
    rows = library.db.execute("SELECT key, symbol FROM documents ORDER BY id")
    return [(str(key), str(symbol)) for key, symbol in rows]
