"""Opening the library database with the settings that keep notes safe, and transactions."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

# Long enough to wait out another copy of the app finishing a write; short enough that a
# stuck process shows up as an error instead of a frozen window.
BUSY_TIMEOUT_MS = 10_000


def connect(path: Path) -> sqlite_utils.Database:
    """Open (creating if needed) a database file in WAL mode with synchronous=FULL."""
    new_file = not path.exists()
    # isolation_level=None: we issue BEGIN IMMEDIATE ourselves, so a write never starts as a
    # reader and then fails to upgrade its lock ("database is locked") under concurrency.
    connection = sqlite3.connect(
        path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
    )
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    connection.execute("PRAGMA journal_mode = WAL")
    # FULL: a commit that has returned survives power loss, not only a process crash.
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA foreign_keys = ON")
    if new_file:
        restrict_to_owner(path)
    return sqlite_utils.Database(connection)


def restrict_to_owner(path: Path) -> None:
    """Make a database file and its WAL companions readable by their owner only (POSIX)."""
    if os.name != "posix":
        return
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if candidate.exists():
            candidate.chmod(0o600)


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One committed unit of work: everything inside commits together or not at all."""
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.conn.execute("ROLLBACK")
        raise
    db.conn.execute("COMMIT")
