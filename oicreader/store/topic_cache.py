"""The themes and places found in each revision's text, kept in the library (migration 11)
so that topics across the library analyse only what is new to them."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import TYPE_CHECKING

from oicreader.paths import can_write_library
from oicreader.store.connection import transaction

if TYPE_CHECKING:
    from oicreader.store.library import Library

__all__ = ["save_found_topics", "stored_found_topics"]


def stored_found_topics(library: Library, analyser_version: str) -> dict[tuple[str, int], str]:
    """For each revision whose text this version of the analysers has read: its topics as
    JSON, by (document key, revision id). One query for the whole library."""
    rows = library.db.execute(
        "SELECT document_key, revision_id, topics FROM topic_results WHERE analyser_version = ?",
        [analyser_version],
    ).fetchall()
    return {(str(key), int(revision_id)): str(topics) for key, revision_id, topics in rows}


def save_found_topics(
    library: Library, analyser_version: str, found: Iterable[tuple[str, int, str]]
) -> bool:
    """Keep what was found, (document key, revision id, topics as JSON) each, in one
    transaction; False when the library cannot be written (it is read-only), so nothing is
    kept. A revision removed since it was read is skipped."""
    rows = list(found)
    if not rows or not can_write_library(library.path):
        return False
    try:
        with transaction(library.db):
            for key, revision_id, topics in rows:
                # INSERT ... SELECT: nothing for a revision removed since it was read.
                library.db.execute(
                    "INSERT OR REPLACE INTO topic_results "
                    "(revision_id, document_key, analyser_version, topics) "
                    "SELECT id, ?, ?, ? FROM revisions WHERE id = ?",
                    [key, analyser_version, topics, revision_id],
                )
    except sqlite3.OperationalError:
        # Only a saving of work (another process held the write lock past the busy
        # timeout, or the file turned read-only): the topics shown are right all the same,
        # and the next build finds them again.
        return False
    return True
