"""The reader's re-links of rows, stored under the hash of the files they were made on."""

from __future__ import annotations

from datetime import datetime, timezone

from oicreader.model.paragraph_links import MOVES, Correction
from oicreader.store.library import Library

__all__ = ["corrections_for", "record_correction"]


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
