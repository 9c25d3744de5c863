"""The reader's re-links of rows, stored under the hash of the files they were made on.

That hash is the alignment key: the hash of every version's text as read and aligned from
the files (document_content_hash), before any re-link. An import carries it; a bundled report
is given it when its files are loaded; a revision stored without one (before keys were kept)
is given it at its first re-link.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import TYPE_CHECKING

from oicreader.model.paragraph_links import MOVES, Correction

if TYPE_CHECKING:
    from oicreader.model.document import Document
    from oicreader.store.library import Library

__all__ = ["corrections_for", "keep_alignment_key", "record_correction", "with_kept_corrections"]


def keep_alignment_key(library: Library, revision_id: int, alignment_key: str) -> None:
    """Give a revision stored without an alignment key this one (caller's transaction)."""
    library.db.execute(
        "UPDATE revisions SET alignment_key = ? WHERE id = ? AND alignment_key IS NULL",
        [alignment_key, revision_id],
    )


def with_kept_corrections(library: Library, document: Document) -> Document:
    """A document read from bundled files, given their alignment key and re-linked as the
    reader re-linked the same files before (a reload of the bundled files keeps them)."""
    # Imported here: the store loads this module for every re-link; hashing and re-linking
    # whole documents only when bundled files are loaded.
    from dataclasses import replace

    from oicreader.align.relinks import corrected
    from oicreader.importing.import_plan import document_content_hash

    alignment_key = document_content_hash(document)
    document = replace(document, alignment_key=alignment_key)
    return corrected(document, corrections_for(library, alignment_key))


def record_correction(library: Library, alignment_key: str, correction: Correction) -> None:
    """Keep one re-link, after those already kept for the same files (caller's transaction)."""
    library.db.execute(
        "INSERT INTO alignment_corrections "
        "(alignment_key, language, paragraph_number, move, created) VALUES (?, ?, ?, ?, ?)",
        [
            alignment_key,
            correction.language,
            correction.paragraph_number,
            correction.move,
            datetime.now(timezone.utc).isoformat(timespec="seconds"),
        ],
    )


def corrections_for(library: Library, alignment_key: str) -> list[Correction]:
    """The re-links made on the files with this hash, in the order they were made."""
    rows = library.db.execute(
        "SELECT language, paragraph_number, move FROM alignment_corrections "
        "WHERE alignment_key = ? ORDER BY id",
        [alignment_key],
    ).fetchall()
    moves = {move: move for move in MOVES}
    return [
        Correction(language, int(number), moves[move])
        for language, number, move in rows
        if move in moves  # a move a later version added is skipped, not misread
    ]
