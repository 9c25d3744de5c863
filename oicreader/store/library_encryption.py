"""Turning the library's encryption on or off, or changing its passphrase: the library and every
backup are written anew, checked, and only then put in place of the old files.

Each file is converted into a new file beside it (sqlcipher_export), which must pass
integrity_check and hold as many notes and tags as the old one; only then does it replace
the old file, by an atomic rename. The backups go first and the library last, so a run killed
at any moment leaves every file whole, old or new, and the library as it was until the very
last step: running the command again finishes the work (a file already converted is left as
it is). The old file's bytes are then overwritten through a handle kept open across the
rename: on a disk that writes in place this erases them; on an SSD or a copy-on-write file
system it may not (see the README).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, cast

from oicreader import paths
from oicreader.atomic_files import sync_folder
from oicreader.errors import UserFacingError, explained
from oicreader.store.encryption import (
    database_errors,
    is_encrypted,
    open_database,
    quoted,
    wrong_passphrase,
)
from oicreader.store.temporary_copies import (
    COMPANIONS,
    new_temporary_copy,
    remove_stale_temporary_copies,
)

_PURPOSE = "converting"
_OVERWRITE_CHUNK = 1024 * 1024


class EncryptionError(UserFacingError, RuntimeError):
    """The library could not be encrypted, decrypted or re-keyed; what is in place is whole."""


@dataclass(frozen=True)
class ConversionReport:
    """What a conversion did: the files written anew, and those already in the wanted state."""

    converted: list[Path]
    already_done: list[Path]
    # Copies set aside by a restore or a recovery (library.damaged-….db) that could not be
    # read, so could not be converted: the reader decides whether to delete them.
    left_as_they_were: list[Path] = field(default_factory=list)


# A step of the conversion, for the tests that kill it between steps: (step, file).
Checkpoint = Callable[[str, Path], None]


def encrypt_library(
    database: Path, passphrase: str, checkpoint: Checkpoint | None = None
) -> ConversionReport:
    """Encrypt the library and every backup with `passphrase`."""
    _refuse_empty(passphrase)
    return _convert_all(database, None, passphrase, checkpoint)


def decrypt_library(
    database: Path, passphrase: str, checkpoint: Checkpoint | None = None
) -> ConversionReport:
    """Write the library and every backup back as plain files."""
    return _convert_all(database, passphrase, None, checkpoint)


def change_passphrase(
    database: Path, old: str, new: str, checkpoint: Checkpoint | None = None
) -> ConversionReport:
    """Re-key the encrypted library and every backup from `old` to `new`."""
    _refuse_empty(new)
    return _convert_all(database, old, new, checkpoint)


def encrypt_file(file: Path, passphrase: str) -> None:
    """Encrypt one plain library file in place (written anew, checked, then renamed over it)."""
    _refuse_empty(passphrase)
    _convert_file(file, None, passphrase, _no_checkpoint)


def _refuse_empty(passphrase: str) -> None:
    if not passphrase:
        raise EncryptionError(
            explained("an empty passphrase protects nothing; nothing was changed")
        )


def _convert_all(
    database: Path, old: str | None, new: str | None, checkpoint: Checkpoint | None
) -> ConversionReport:
    if not database.is_file() or database.stat().st_size == 0:
        raise EncryptionError(
            explained(
                "there is no library at {file} yet; start OIC Reader once, then try again",
                file=database,
            )
        )
    report = ConversionReport([], [])
    backups = sorted(paths.backups_dir().glob("library-*.db"))
    set_aside = sorted(database.parent.glob(f"{database.stem}.*-*{database.suffix}"))
    for folder in {database.parent, paths.backups_dir()}:
        remove_stale_temporary_copies(folder, _PURPOSE)
    # Every file is first checked to open with the old passphrase, so that a wrong one is
    # refused before anything is written.
    pending = [file for file in [*backups, database] if not _in_state(file, new)]
    for file in pending:
        _check_opens(file, old)
    for file in set_aside:
        if _in_state(file, new):
            report.already_done.append(file)
            continue
        try:
            _convert_file(file, old, new, checkpoint or _no_checkpoint)
        except (UserFacingError, *database_errors()):  # type: ignore[misc]
            report.left_as_they_were.append(file)  # damaged: kept unchanged, as promised
        else:
            report.converted.append(file)
    for file in [*backups, database]:
        if file in pending:
            _convert_file(file, old, new, checkpoint or _no_checkpoint)
            report.converted.append(file)
        else:
            report.already_done.append(file)
    return report


def _no_checkpoint(step: str, file: Path) -> None:
    return None


def _in_state(file: Path, passphrase: str | None) -> bool:
    """True when the file is already what the conversion makes (a rerun after a kill)."""
    if passphrase is None:
        return not is_encrypted(file)
    if not is_encrypted(file):
        return False
    try:
        open_database(file, passphrase).close()
    except UserFacingError:
        return False
    return True


def _check_opens(file: Path, passphrase: str | None) -> None:
    if passphrase is None and is_encrypted(file):
        raise EncryptionError(
            explained(
                "{file} is already encrypted with another passphrase; nothing was changed",
                file=file,
            )
        )
    if passphrase is not None and not is_encrypted(file):
        return  # a plain backup left by an older version: encrypted all the same
    open_database(file, passphrase).close()


def _convert_file(file: Path, old: str | None, new: str | None, checkpoint: Checkpoint) -> None:
    """Write `file` anew with the key `new`, check it, put it in place, erase the old bytes."""
    source_key = old if is_encrypted(file) else None
    # Made empty and owner-only (0600) before a byte is exported into it.
    handle, converted = new_temporary_copy(file.parent, _PURPOSE)
    os.close(handle)
    old_bytes = file.open("r+b")
    try:
        with closing(_exclusive(file, source_key)) as source:
            source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            counts = _note_counts(source)
            version = int(source.execute("PRAGMA user_version").fetchone()[0])
            attach = quoted(new if new is not None else "")
            source.execute(f"ATTACH DATABASE ? AS converted KEY {attach}", (str(converted),))
            source.execute("PRAGMA converted.journal_mode = DELETE")
            source.execute("SELECT sqlcipher_export('converted')")
            # sqlcipher_export copies the schema and the rows, not the schema version.
            source.execute(f"PRAGMA converted.user_version = {version}")
            source.execute("DETACH DATABASE converted")
            checkpoint("written", file)
            _check_converted(converted, new, counts, file)
            checkpoint("checked", file)
            # Still under the exclusive lock: no other process can open the old file now.
            os.replace(converted, file)
            sync_folder(file.parent)
        checkpoint("replaced", file)
        if os.fstat(old_bytes.fileno()).st_nlink == 0:  # no other name reaches these bytes
            _overwrite(old_bytes)
    except BaseException:
        converted.unlink(missing_ok=True)
        raise
    finally:
        old_bytes.close()
    for companion in COMPANIONS:
        Path(f"{file}{companion}").unlink(missing_ok=True)


def _exclusive(file: Path, passphrase: str | None) -> sqlite3.Connection:
    """A connection through SQLCipher that alone has the file open: EncryptionError when
    another OIC Reader has it (its writes would go to the file being replaced)."""
    from oicreader.store.encryption import sqlcipher

    connection = cast(
        "sqlite3.Connection", sqlcipher().connect(str(file), isolation_level=None, timeout=0)
    )
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        if passphrase is not None:
            connection.execute(f"PRAGMA key = {quoted(passphrase)}")
        connection.execute("PRAGMA temp_store = MEMORY")
        connection.execute("PRAGMA locking_mode = EXCLUSIVE")
        connection.execute("BEGIN EXCLUSIVE")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        connection.execute("COMMIT")
    except database_errors() as error:
        connection.close()
        if "not a database" in str(error):
            raise wrong_passphrase(file) from None
        raise EncryptionError(
            explained(
                "{file} is in use ({reason}): close every OIC Reader window and command using "
                "it, then try again; nothing was changed",
                file=file,
                reason=error,
            )
        ) from None
    return connection


def _note_counts(connection: sqlite3.Connection) -> tuple[int, int]:
    """How many notes and tags the database holds (0 for a table it lacks)."""
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}

    def count(table: str) -> int:
        if table not in tables:
            return 0
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    return count("annotations"), count("annotation_tags")


def _check_converted(
    converted: Path, passphrase: str | None, counts: tuple[int, int], original: Path
) -> None:
    with closing(open_database(converted, passphrase, isolation_level=None)) as connection:
        result = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        found = _note_counts(connection)
    if result != ["ok"] or found != counts:
        raise EncryptionError(
            explained(
                "the new copy of {file} failed its check ({problem}); the file was left as it was",
                file=original,
                problem="; ".join(map(str, result[:2])) if result != ["ok"] else "notes missing",
            )
        )


def _overwrite(old_bytes: BinaryIO) -> None:
    """Overwrite the replaced file's bytes with zeros, through the handle that still reaches
    them after the rename; no guarantee on SSDs and copy-on-write file systems (README)."""
    size = os.fstat(old_bytes.fileno()).st_size
    old_bytes.seek(0)
    zeros = bytes(_OVERWRITE_CHUNK)
    for start in range(0, size, _OVERWRITE_CHUNK):
        old_bytes.write(zeros[: min(_OVERWRITE_CHUNK, size - start)])
    old_bytes.flush()
    os.fsync(old_bytes.fileno())
