"""The copy a backup is made of: SQLite's online backup API from the library into a new,
self-contained file, encrypted with the library's key when the library is encrypted."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

from oicreader.errors import explained
from oicreader.store.encryption import database_errors, open_database, passphrase_for
from oicreader.store.schema import header_schema_version


def copy_with_backup_api(database: Path, target: Path) -> None:
    """Copy the database (with its -wal) into the empty file `target` through the backup API;
    the copy holds no -wal, and has the library's key when the library is encrypted."""
    from oicreader.store.backups import BackupError

    # With a -wal or -journal beside the file, read-only: a read-only connection never
    # checkpoints a -wal (or rolls a -journal back) into the file, and a backup must not merge
    # a log that may not belong. Without one, read-only would leave an empty -wal and -shm
    # behind; read-write removes them on close and has nothing to merge. Neither creates a file.
    logs = (Path(f"{database}-wal"), Path(f"{database}-journal"))
    access = "ro" if any(log.exists() for log in logs) else "rw"
    # The same key for the copy: SQLCipher's backup API copies pages as they are, and a
    # backup of an encrypted library must never be a plain copy of it.
    passphrase = passphrase_for(database)
    source = _connect(
        f"{database.resolve().as_uri()}?mode={access}",
        passphrase,
        shown_as=database,
        uri=True,
        timeout=10,
    )
    try:
        destination = _connect(target, passphrase, isolation_level=None)
    except BaseException:
        source.close()
        raise
    try:
        with closing(source):
            source.backup(destination)
    except database_errors() as error:
        destination.close()
        raise BackupError(
            explained(
                "could not copy {file} ({reason}); no older backup was removed",
                file=database,
                reason=error,
            )
        ) from error
    try:
        # The backup API copies page 1 verbatim, so the copy claims WAL mode like its source;
        # DELETE rewrites that, making it one self-contained file with no -wal or -shm.
        journal = str(destination.execute("PRAGMA journal_mode = DELETE").fetchone()[0])
        if journal.lower() != "delete":
            raise BackupError(
                explained("the backup copy stayed in journal mode {mode}", mode=repr(journal))
            )
    finally:
        destination.close()
    with target.open("rb+") as file:
        os.fsync(file.fileno())
    if passphrase is not None:
        return  # the header is ciphertext; journal_mode above said DELETE
    with target.open("rb") as file:
        header = file.read(20)
    if header[18:20] != b"\x01\x01":
        raise BackupError(explained("the backup copy still needs a write-ahead log"))


def _connect(
    target: str | Path, passphrase: str | None, *, shown_as: Path | None = None, **options: Any
) -> sqlite3.Connection:
    """A connection for the copy: the standard sqlite3's for a plain library."""
    if passphrase is None:
        connection: sqlite3.Connection = sqlite3.connect(target, **options)
        return connection
    return open_database(target, passphrase, shown_as=shown_as, **options)


def schema_version_of(private_copy: Path) -> int:
    """The schema version a checked private copy of a library was written with."""
    passphrase = passphrase_for(private_copy)
    if passphrase is None:
        version = header_schema_version(private_copy)
        if version is not None:
            return version
    with closing(open_database(private_copy, passphrase)) as connection:
        return int(connection.execute("PRAGMA user_version").fetchone()[0])
