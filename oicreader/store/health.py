"""Is a library file sound? The full check, made on a private copy: by a start that cannot
skip it when the file is small (store/open_check.py), by recovery, restore and backups.

Kept apart from the backups (store/backups.py), which use it, so that opening a healthy
library, as every start does, loads only this. A start skips the check when the file is
exactly as OIC Reader's last clean close left it (the clean-close stamp below).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import NamedTuple

from oicreader import paths
from oicreader.errors import explained
from oicreader.store.encryption import (
    SQLITE_HEADER,
    WrongPassphrase,
    database_errors,
    open_database,
    passphrase_for,
)
from oicreader.store.temporary_copies import process_is_running

# Primary result codes that mean "the bytes are wrong", as opposed to the disk being full,
# a permission or an I/O error, which say nothing about the file and must not trigger recovery.
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26
_DAMAGE_MESSAGES = (
    "database disk image is malformed",
    "file is not a database",
    "malformed database schema",
)
# A file that keeps changing while we copy it is being written by a running OIC Reader.
_SNAPSHOT_ATTEMPTS = 5
# The files SQLite keeps beside a database while it is open or after a crash.
_COMPANIONS = ("-wal", "-shm", "-journal")
_STAMP_VERSION = 1
# How often a close waits for the file system clock to tick past the file's last write.
_STAMP_ATTEMPTS = 5


# A named tuple, not a frozen dataclass: made on the way to the first paint (README, Code map).
class CopyFacts(NamedTuple):
    """What one private copy of a database looks like from inside SQLite."""

    problem: str | None
    empty: bool = False  # 0 bytes, or a database with nothing in its schema
    user_version: int = 0
    schema_cookie: int = 0


class Diagnosis(NamedTuple):
    """The verdict on a database together with its -wal."""

    problem: str | None
    holds_nothing: bool = False  # an interrupted first start: nothing there could be lost
    file_alone_is_intact: bool = False  # only the -wal is at fault


def check_database(database: Path) -> str | None:
    """None when the library file is healthy, otherwise a short description of what is wrong.

    The file and its companions are never opened by SQLite in place: opening a database
    replays its -wal and checkpoints it into the file on close (a stray -wal from another
    database becomes permanent damage), and SQLite deletes the -wal of a 0-byte file. The
    check copies the file and its -wal into an owner-only folder inside the data folder
    (never the system's temporary folder), examines the copy and removes it on every path.
    A file that does not exist is not damage (first start); nor is a file being written by a
    running OIC Reader while it is copied, nor a schema newer than this app knows (that is
    schema.NewerSchemaError). An empty file, a database with no tables, or one whose
    user_version is 0 is reported: a library file always holds our schema. Raises OSError
    when the check itself cannot run (e.g. no space for the temporary copy).
    """
    return diagnose(database).problem


def diagnose(database: Path) -> Diagnosis:
    """The verdict on a library file and its -wal, judged from a private copy (check_database)."""
    if not database.exists():
        return Diagnosis(None)
    if not database.is_file():
        return Diagnosis(explained("not a file"))
    with private_scratch() as scratch:
        whole = scratch / "whole.db"
        if not _snapshot(database, whole) or not whole.exists():
            return Diagnosis(None)  # being written, or gone, while we copied it
        log = Path(f"{whole}-wal")
        log_size = log.stat().st_size if log.exists() else 0
        file_size = whole.stat().st_size
        alone: CopyFacts | None = None
        if log_size:
            # Taken before `whole` is opened: opening it checkpoints the -wal into it.
            copy_owner_only(whole, scratch / "alone.db")
        facts = inspect_copy(whole)
        if log_size:
            alone = inspect_copy(scratch / "alone.db")
    alone_is_library = alone is not None and alone.problem is None
    if facts.problem is None:
        if (
            alone is not None
            and alone_is_library
            and (
                alone.schema_cookie > facts.schema_cookie or alone.user_version > facts.user_version
            )
        ):
            # The schema cookie and user_version only ever grow; a -wal that turns them back
            # was written for some other database.
            return Diagnosis(
                explained(
                    "the write-ahead log belongs to another database (it turns the schema back)"
                ),
                file_alone_is_intact=True,
            )
        return Diagnosis(None)
    if alone_is_library:
        return Diagnosis(
            explained(
                "the write-ahead log belongs to another database or is damaged ({problem})",
                problem=facts.problem,
            ),
            file_alone_is_intact=True,
        )
    if file_size == 0 and log_size:
        return Diagnosis(
            explained("empty file, beside a {size}-byte write-ahead log", size=log_size)
        )
    return Diagnosis(facts.problem, holds_nothing=facts.empty)


def _snapshot(database: Path, target: Path) -> bool:
    """Copy the database and its -wal/-journal; False if they kept changing while copied."""
    sources = [(database, target)] + [
        (Path(f"{database}{suffix}"), Path(f"{target}{suffix}")) for suffix in ("-wal", "-journal")
    ]
    for attempt in range(_SNAPSHOT_ATTEMPTS):
        before = [_stamp(source) for source, _ in sources]
        for source, copy in sources:
            try:
                copy_owner_only(source, copy)
            except FileNotFoundError:
                copy.unlink(missing_ok=True)
        if before == [_stamp(source) for source, _ in sources]:
            return True
        time.sleep(0.05 * (attempt + 1))
    return False


def _stamp(path: Path) -> tuple[int, int, int] | None:
    try:
        status = path.stat()
    except FileNotFoundError:
        return None
    return status.st_ino, status.st_size, status.st_mtime_ns


# Private copies ----------------------------------------------------------------------------


@contextmanager
def private_scratch() -> Iterator[Path]:
    """An owner-only folder in the data folder for private copies, removed on every path.

    One left behind by a start that was killed is removed by the next start
    (remove_abandoned_scratch).
    """
    folder = paths.new_scratch_folder()
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def copy_owner_only(source: Path, target: Path) -> None:
    """Copy a file; the copy is created owner-only (0600) before any byte is written to it."""
    # os.open's mode applies only when it creates the file; copyfile then writes into it.
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT, 0o600))
    try:
        shutil.copyfile(source, target)
    except BaseException:
        target.unlink(missing_ok=True)
        raise


def remove_abandoned_scratch() -> None:
    """Remove the private copies of starts that were killed; those of running ones stay."""
    for folder in paths.scratch_folders():
        owner = folder.name.removeprefix(paths.SCRATCH_PREFIX).split("-", 1)[0]
        if not owner.isdigit() or int(owner) == os.getpid() or process_is_running(int(owner)):
            continue
        shutil.rmtree(folder, ignore_errors=True)


# The clean-close stamp -----------------------------------------------------------------------


def record_clean_close(database: Path) -> bool:
    """After OIC Reader closed a healthy library: stamp it, so the next start may skip the check.

    The stamp records the file's device, inode, size, modification and change times, and a
    reference time read from the file system clock before the file was looked at; it is
    written only when no -wal, -shm or -journal is beside the file (so no other copy of the
    app has it open), atomically and owner-only. False, and no stamp, when any of that is not
    so; the stamp only saves time, so failing to write it is never an error.
    """
    if _companions_present(database):
        return False
    stamp = paths.clean_close_stamp_path(database)
    try:
        # mkstemp creates it owner-only (0600); os.replace then makes the stamp appear whole.
        descriptor, name = tempfile.mkstemp(dir=stamp.parent, prefix=f".{stamp.name}-")
    except OSError:
        return False
    temporary = Path(name)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            facts = _settled_facts(database, temporary)
            if facts is None:
                return False
            json.dump(facts, file)
            file.flush()
            os.fsync(file.fileno())
        if _companions_present(database):  # another copy opened it meanwhile
            return False
        os.replace(temporary, stamp)
        return True
    except OSError:
        return False
    finally:
        temporary.unlink(missing_ok=True)


def claim_clean_close(database: Path) -> bool:
    """At open, before anything is written: True when the file is exactly as the last clean
    close left it (the check may be skipped). The stamp is removed either way, so that no
    write of the session now starting can ever match it."""
    stamp = paths.clean_close_stamp_path(database)
    try:
        text = stamp.read_text(encoding="utf-8")
    except FileNotFoundError:
        return False
    except (OSError, UnicodeDecodeError):
        text = ""
    try:
        stamp.unlink(missing_ok=True)
    except OSError:
        return False  # a stamp that cannot be removed could outlive this session's writes
    try:
        recorded = json.loads(text)
    except ValueError:
        return False
    return isinstance(recorded, dict) and _as_stamped(database, recorded)


def _settled_facts(database: Path, reference_file: Path) -> dict[str, int | str] | None:
    """The stamp's content, once the file's last write is older than the reference time.

    File times come from a coarse clock: a write in the same tick as the stamp would leave
    them unchanged. So the reference is read first, from a file just touched; a file last
    written before that tick shows any later write as a new time.
    """
    for attempt in range(_STAMP_ATTEMPTS):
        os.utime(reference_file)
        reference = reference_file.stat().st_mtime_ns
        facts = _file_facts(database)
        if facts is None:
            return None
        if facts["mtime_ns"] < reference and facts["ctime_ns"] < reference:
            return {"version": _STAMP_VERSION, "name": database.name, **facts,
                    "reference_ns": reference}  # fmt: skip
        time.sleep(0.002 * (attempt + 1))
    return None


def _as_stamped(database: Path, recorded: dict[str, object]) -> bool:
    facts = _file_facts(database)
    if facts is None or facts["size"] == 0 or _companions_present(database):
        return False
    reference = recorded.get("reference_ns")
    return (
        recorded.get("version") == _STAMP_VERSION
        and recorded.get("name") == database.name
        and all(recorded.get(key) == value for key, value in facts.items())
        and isinstance(reference, int)
        and facts["mtime_ns"] < reference
        and facts["ctime_ns"] < reference
    )


def _file_facts(database: Path) -> dict[str, int] | None:
    try:
        status = database.stat()
    except FileNotFoundError:
        return None
    return {
        "device": status.st_dev,
        "inode": status.st_ino,
        "size": status.st_size,
        "mtime_ns": status.st_mtime_ns,
        "ctime_ns": status.st_ctime_ns,
    }


def _companions_present(database: Path) -> bool:
    return any(os.path.lexists(f"{database}{suffix}") for suffix in _COMPANIONS)


# Judging a copy ------------------------------------------------------------------------------


def inspect_copy(path: Path) -> CopyFacts:
    """Open a private copy (never a user's file) and judge it; may write to the copy."""
    size = path.stat().st_size
    if size == 0:
        return CopyFacts(explained("empty file"), empty=True)
    log = Path(f"{path}-wal")
    has_log = log.exists() and log.stat().st_size > 0
    # An encrypted copy is opened with the library's key; its header is ciphertext.
    passphrase = passphrase_for(path)
    if not has_log and passphrase is None:
        # Only without a -wal: SQLite reads page 1 from the -wal when it holds it, and a
        # checkpoint then rewrites a damaged file header, so that is no damage.
        with path.open("rb") as file:
            problem = header_problem(file.read(100), size)
        if problem is not None:
            return CopyFacts(problem)
    try:
        connection = open_database(path, passphrase, isolation_level=None)
    except WrongPassphrase:
        return CopyFacts(explained("not a database file, or encrypted with another passphrase"))
    # Damaged pages can put invalid UTF-8 into integrity_check's messages or the schema.
    connection.text_factory = lambda data: data.decode("utf-8", "replace")
    stage = explained("integrity check failed")
    try:
        with closing(connection):
            objects, tables = connection.execute(
                "SELECT count(*), count(*) FILTER (WHERE type = 'table') FROM sqlite_master"
            ).fetchone()
            if has_log:
                stage = explained("the write-ahead log cannot be applied")
                # SQLite refuses a checkpoint whose frames do not fit the file (SQLITE_CORRUPT),
                # e.g. frames for pages past the end of a file they were not written for.
                connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
                stage = explained("integrity check failed")
            failures = _integrity_failures(connection)
            if failures:
                return CopyFacts(explained("integrity check failed: {failures}", failures=failures))
            user_version = int(connection.execute("PRAGMA user_version").fetchone()[0])
            schema_cookie = int(connection.execute("PRAGMA schema_version").fetchone()[0])
    except database_errors() as error:
        if not _is_damage(error):
            raise OSError(f"could not check the database {path.name}: {error}") from error
        if "not a database" in str(error):
            return CopyFacts(explained("not a database file"))
        return CopyFacts(explained("{stage}: {reason}", stage=stage, reason=error))
    if objects == 0:
        return CopyFacts(explained("holds no library: the database has no tables"), empty=True)
    if user_version == 0:
        return CopyFacts(
            explained(
                "not an OIC Reader library ({tables} tables, schema version 0)", tables=tables
            )
        )
    return CopyFacts(None, user_version=user_version, schema_cookie=schema_cookie)


def header_is_readable(header: bytes) -> bool:
    """True when a file's first 100 bytes are an SQLite header with a possible page size."""
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        return False
    page_size = _page_size(header)
    return page_size >= 512 and not page_size & (page_size - 1)


def _page_size(header: bytes) -> int:
    page_size = int.from_bytes(header[16:18], "big")
    return 65536 if page_size == 1 else page_size


def header_problem(header: bytes, size: int) -> str | None:
    """What the 100-byte file header alone shows to be wrong, if anything."""
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        return explained("not a database file (no SQLite header)")
    if not header_is_readable(header):
        return explained("not a database file (its header is damaged)")
    page_size = _page_size(header)
    pages = int.from_bytes(header[28:32], "big")
    # The header's page count is valid only while the change counter (offset 24) equals
    # the version-valid-for number (offset 92); SQLite itself then trusts it the same way.
    if header[24:28] == header[92:96] and pages and size < pages * page_size:
        return explained(
            "truncated: the file has {size} bytes, its header says {expected}",
            size=size,
            expected=pages * page_size,
        )
    return None


def _integrity_failures(connection: sqlite3.Connection) -> str:
    """integrity_check's complaints in one short line; "" when it says exactly "ok"."""
    lines: list[str] = []
    try:
        for (row,) in connection.execute("PRAGMA integrity_check"):
            lines += str(row).splitlines()
    except database_errors() as error:
        # SQLite stops with an error on a page it cannot even parse, after some rows.
        if not _is_damage(error):
            raise
        lines.append(str(error))
    if lines == ["ok"]:
        return ""
    messages = [line for line in lines if line and not line.startswith("*** in database")]
    shown = "; ".join(messages[:2]) or "no details"
    return f"{shown} (and {len(messages) - 2} more)" if len(messages) > 2 else shown


def _is_damage(error: Exception) -> bool:
    code = getattr(error, "sqlite_errorcode", None)  # Python 3.11+
    if isinstance(code, int):
        return (code & 0xFF) in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
    return str(error).startswith(_DAMAGE_MESSAGES)
