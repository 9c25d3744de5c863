"""Salvaging the briefs of a damaged library file into the library that replaces it.

A brief is the reader's own work (its choice and order of paragraphs, headings and notes), so a
restore from an older backup must not lose the briefs written since. They are few and small:
read whole, brief by brief, from the private copy the notes are salvaged from (store/salvage.py),
a brief whose rows cannot be read being left out rather than brought back in part. A brief is
matched by its title, compared case-blind as the library does, since ids are the file's own.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from oicreader.store.connection import transaction
from oicreader.store.encryption import WrongPassphrase, database_errors, open_database
from oicreader.store.library import Library

_BRIEF_COLUMNS = "title, language, created, modified"
_ITEM_COLUMNS = "kind, document_key, revision, paragraph_number, text"


@dataclass(frozen=True)
class SalvagedBrief:
    """A brief read whole from a damaged file: its row, then its items' rows in order."""

    title: str
    language: str
    created: str
    modified: str
    items: tuple[tuple[Any, ...], ...]


def read_briefs(copy: Path, passphrase: str | None) -> list[SalvagedBrief]:
    """The briefs that can be read whole from a (copy of a) damaged library; none when the
    file or its briefs tables cannot be read."""
    unreadable: tuple[type[Exception], ...] = (WrongPassphrase, *database_errors())
    try:
        connection = open_database(copy, passphrase, isolation_level=None)
    except unreadable:
        return []
    with closing(connection):
        try:
            ids = [row[0] for row in connection.execute("SELECT id FROM briefs ORDER BY id")]
        except database_errors():
            return []  # no briefs table (a library older than briefs), or its pages are lost
        return [brief for brief in (_read_brief(connection, id_) for id_ in ids) if brief]


def _read_brief(connection: sqlite3.Connection, brief_id: int) -> SalvagedBrief | None:
    try:
        row = connection.execute(
            f"SELECT {_BRIEF_COLUMNS} FROM briefs WHERE id = ?", [brief_id]
        ).fetchone()
        items = connection.execute(
            f"SELECT {_ITEM_COLUMNS} FROM brief_items WHERE brief_id = ? ORDER BY position, id",
            [brief_id],
        ).fetchall()
    except database_errors():
        return None
    if row is None or not all(isinstance(value, str) for value in row):
        return None
    title, language, created, modified = row
    return SalvagedBrief(title, language, created, modified, tuple(map(tuple, items)))


def merge_briefs(library: Library, briefs: Sequence[SalvagedBrief]) -> int:
    """Add the salvaged briefs the library lacks, and replace those it holds in an older
    version (by `modified`), in one transaction; return how many were added or replaced."""
    changed = 0
    with transaction(library.db) as db:
        for brief in briefs:
            held = db.execute(
                "SELECT id, modified FROM briefs WHERE title = ? COLLATE NOCASE", [brief.title]
            ).fetchone()
            if held is not None and held[1] >= brief.modified:
                continue
            if held is None:
                cursor = db.execute(
                    f"INSERT INTO briefs ({_BRIEF_COLUMNS}) VALUES (?, ?, ?, ?)",
                    [brief.title, brief.language, brief.created, brief.modified],
                )
                target = int(cursor.lastrowid or 0)
            else:
                target = int(held[0])
                db.execute(
                    "UPDATE briefs SET language = ?, modified = ? WHERE id = ?",
                    [brief.language, brief.modified, target],
                )
                db.execute("DELETE FROM brief_items WHERE brief_id = ?", [target])
            db.conn.executemany(
                f"INSERT INTO brief_items (brief_id, position, {_ITEM_COLUMNS}) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(target, position, *item) for position, item in enumerate(brief.items)],
            )
            changed += 1
    return changed
