"""Documents taken out of the library: their revisions, text and search entries; their
notes kept or marked deleted."""

from __future__ import annotations

from oicreader.model.annotation import now_timestamp
from oicreader.store.connection import transaction
from oicreader.store.library import Library


def bundled_among(library: Library, keys: list[str]) -> list[str]:
    """The symbols of the documents among `keys` that come with the app."""
    marks = ", ".join("?" * len(keys))
    rows = library.db.execute(
        f"SELECT symbol FROM documents WHERE origin = 'bundled' AND key IN ({marks})", keys
    )
    return [str(symbol) for (symbol,) in rows]


def remove_documents(library: Library, keys: list[str], *, keep_notes: bool) -> list[str]:
    """Delete the documents with these keys, all or none; the ids of the notes deleted with
    them (none when `keep_notes`: a note names its document by key, and stays whole without
    it, ready for the document to come back)."""
    marks = ", ".join("?" * len(keys))
    revisions = (
        "SELECT r.id FROM revisions r JOIN documents d ON d.id = r.document_id "
        f"WHERE d.key IN ({marks})"
    )
    with transaction(library.db):
        for table in ("translator_notes", "front_matter", "paragraphs"):  # the FTS follows
            library.db.execute(f"DELETE FROM {table} WHERE revision_id IN ({revisions})", keys)
        library.db.execute(
            f"DELETE FROM revisions WHERE document_id IN "
            f"(SELECT id FROM documents WHERE key IN ({marks}))",
            keys,
        )
        library.db.execute(f"DELETE FROM annotation_reviews WHERE document_key IN ({marks})", keys)
        library.db.execute(f"DELETE FROM documents WHERE key IN ({marks})", keys)
        if keep_notes:
            return []
        deleted = [
            str(uuid)
            for (uuid,) in library.db.execute(
                f"SELECT uuid FROM annotations WHERE deleted IS NULL AND document_key IN ({marks})",
                keys,
            )
        ]
        stamp = now_timestamp()
        # Tombstones, as a deleted note is everywhere: sync and a backup's restore see them.
        library.db.execute(
            f"UPDATE annotations SET deleted = ?, modified = ? "
            f"WHERE deleted IS NULL AND document_key IN ({marks})",
            [stamp, stamp, *keys],
        )
    return deleted
