"""Backups of the library database, its health check, and recovery from a damaged file."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import tempfile
import time
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from oicreader import paths

DEFAULT_KEEP = 10
DAILY_INTERVAL = timedelta(hours=24)
DAILY_REASON = "daily"
BEFORE_RESTORE_REASON = "before-restore"

_BACKUP_NAME = re.compile(r"library-(\d{8}T\d{12})Z-([a-z0-9]+(?:-[a-z0-9]+)*)\.db")
_REASON = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# The files SQLite keeps beside a database; all of them belong to its state.
_COMPANIONS = ("-wal", "-shm", "-journal")
_SQLITE_HEADER = b"SQLite format 3\x00"
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


class BackupError(RuntimeError):
    """A backup could not be taken; no existing backup was removed or changed."""


class RestoreError(RuntimeError):
    """A restore was refused or could not be done; the library was left as it was."""


@dataclass(frozen=True)
class BackupInfo:
    """One backup file in the backups folder."""

    path: Path
    taken: datetime  # UTC
    reason: str
    size: int


@dataclass(frozen=True)
class RecoveryReport:
    """What recover_if_damaged found and did, for the user."""

    problem: str
    damaged_copy: Path
    restored_from: Path | None
    backup_taken: datetime | None
    # The -wal did not fit the file, which is intact on its own: the library goes on from its
    # own file instead of an older backup, so nothing saved to the file is lost.
    kept_file_without_log: bool = False

    def message(self) -> str:
        """A few sentences for the user: what was wrong, what is kept where, what was done."""
        kept = f"It is kept, unchanged, as {self.damaged_copy}."
        if self.kept_file_without_log:
            return (
                f"The library's write-ahead log was not usable ({self.problem}). The library "
                f"and its log are kept, unchanged, as {self.damaged_copy} (with -wal); OIC "
                "Reader goes on from the library file itself, which is intact, so no backup "
                "was needed."
            )
        if self.restored_from is None or self.backup_taken is None:
            return (
                f"The library file was damaged ({self.problem}). {kept} No usable backup was "
                "found, so OIC Reader starts with a new, empty library."
            )
        return (
            f"The library file was damaged ({self.problem}). {kept} OIC Reader restored the "
            f"backup of {_when(self.backup_taken)} ({self.restored_from.name}); anything written "
            "after that time is only in the damaged copy."
        )


@dataclass(frozen=True)
class RestoreReport:
    """What restore_backup did, for the user."""

    restored_from: Path
    backup_taken: datetime
    previous_copy: Path | None  # where the replaced library now is; None if there was none
    safety_backup: Path | None  # the before-restore backup of a healthy replaced library
    previous_problem: str | None  # why the replaced library was not backed up first

    def message(self) -> str:
        """A few sentences for the user: which backup is in place, where the old library is."""
        text = f"Restored the backup of {_when(self.backup_taken)} ({self.restored_from.name})."
        if self.previous_copy is None:
            return text
        if self.previous_problem is not None:
            return (
                f"{text} The library it replaced was damaged ({self.previous_problem}) and is "
                f"kept, unchanged, as {self.previous_copy}."
            )
        backed_up = f" and backed up as {self.safety_backup.name}" if self.safety_backup else ""
        return f"{text} The library it replaced is kept as {self.previous_copy}{backed_up}."


@dataclass(frozen=True)
class _Facts:
    """What one private copy of a database looks like from inside SQLite."""

    problem: str | None
    empty: bool = False  # 0 bytes, or a database with nothing in its schema
    user_version: int = 0
    schema_cookie: int = 0


@dataclass(frozen=True)
class _Diagnosis:
    """The verdict on a database together with its -wal."""

    problem: str | None
    holds_nothing: bool = False  # an interrupted first start: nothing there could be lost
    file_alone_is_intact: bool = False  # only the -wal is at fault


# Backups ---------------------------------------------------------------------------------


def take_backup(
    database: Path, reason: str, keep: int = DEFAULT_KEEP, *, now: datetime | None = None
) -> Path:
    """Copy the database into the backups folder, check the copy, then rotate; return its path.

    The copy is made with SQLite's online backup API (consistent while the app writes), turned
    into one self-contained file, and must pass PRAGMA integrity_check and hold a library
    before it is renamed into place and before any older backup is removed; the newest
    `keep` backups survive. Raises BackupError, touching no existing backup, when the
    database does not exist, is empty, holds no library, or the copy fails its check.
    """
    if keep < 1:
        raise ValueError(f"keep must be at least 1, not {keep}")
    if not _REASON.fullmatch(reason):
        raise ValueError(f"a backup reason is lower-case letters, digits and '-': {reason!r}")
    taken = _utc(now)
    if not database.is_file():
        raise BackupError(f"cannot back up {database}: there is no such file")
    if database.stat().st_size == 0:
        raise BackupError(f"cannot back up {database}: the file is empty")
    folder = _backups_folder()
    # mkstemp creates the file owner-only (0600), before any note is written into it.
    handle, temporary_name = tempfile.mkstemp(dir=folder, prefix=".taking-", suffix=".db")
    os.close(handle)
    temporary = Path(temporary_name)
    try:
        _copy_with_backup_api(database, temporary)
        facts = _inspect(temporary)
        if facts.problem is not None:
            raise BackupError(
                f"the backup copy of {database} failed its check ({facts.problem}); "
                "no older backup was removed"
            )
        target = _free_backup_name(folder, taken, reason)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _fsync_folder(folder)
    _rotate(keep, protect=target)
    return target


def list_backups() -> list[BackupInfo]:
    """Every backup in the backups folder, newest first."""
    backups = []
    for entry in _backups_folder().iterdir():
        match = _BACKUP_NAME.fullmatch(entry.name)
        if match is None:
            continue
        try:
            size = entry.stat().st_size
        except FileNotFoundError:  # removed by a rotation in another process meanwhile
            continue
        taken = datetime.strptime(match[1], "%Y%m%dT%H%M%S%f").replace(tzinfo=timezone.utc)
        backups.append(BackupInfo(entry, taken, match[2], size))
    backups.sort(key=lambda info: (info.taken, info.path.name), reverse=True)
    return backups


def take_daily_backup_if_due(
    database: Path, *, now: datetime | None = None, keep: int = DEFAULT_KEEP
) -> Path | None:
    """Take a "daily" backup unless one younger than 24 hours exists; return its path or None.

    A backup dated in the future (the clock was wrong when it was taken) does not count, so a
    clock set back never stops daily backups. Raises BackupError as take_backup does.
    """
    current = _utc(now)
    for info in list_backups():
        if timedelta(0) <= current - info.taken < DAILY_INTERVAL:
            return None
    return take_backup(database, DAILY_REASON, keep, now=current)


# Health check ----------------------------------------------------------------------------


def check_database(database: Path) -> str | None:
    """None when the library file is healthy, otherwise a short description of what is wrong.

    The file and its companions are never opened by SQLite in place: opening a database
    replays its -wal and checkpoints it into the file on close (a stray -wal from another
    database becomes permanent damage), and SQLite deletes the -wal of a 0-byte file. The
    check copies the file and its -wal into a private temporary folder and examines the copy.
    A file that does not exist is not damage (first start); nor is a file being written by a
    running OIC Reader while it is copied, nor a schema newer than this app knows (that is
    schema.NewerSchemaError). An empty file, a database with no tables, or one whose
    user_version is 0 is reported: a library file always holds our schema. Raises OSError
    when the check itself cannot run (e.g. no space for the temporary copy).
    """
    return _diagnose(database).problem


def _diagnose(database: Path) -> _Diagnosis:
    if not database.exists():
        return _Diagnosis(None)
    if not database.is_file():
        return _Diagnosis("not a file")
    with tempfile.TemporaryDirectory(prefix="oicreader-check-") as scratch:
        whole = Path(scratch) / "whole.db"
        if not _snapshot(database, whole) or not whole.exists():
            return _Diagnosis(None)  # being written, or gone, while we copied it
        log = Path(f"{whole}-wal")
        log_size = log.stat().st_size if log.exists() else 0
        file_size = whole.stat().st_size
        alone: _Facts | None = None
        if log_size:
            # Taken before `whole` is opened: opening it checkpoints the -wal into it.
            shutil.copyfile(whole, Path(scratch) / "alone.db")
        facts = _inspect(whole)
        if log_size:
            alone = _inspect(Path(scratch) / "alone.db")
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
            return _Diagnosis(
                "the write-ahead log belongs to another database (it turns the schema back)",
                file_alone_is_intact=True,
            )
        return _Diagnosis(None)
    if alone_is_library:
        return _Diagnosis(
            f"the write-ahead log belongs to another database or is damaged ({facts.problem})",
            file_alone_is_intact=True,
        )
    if file_size == 0 and log_size:
        return _Diagnosis(f"empty file, beside a {log_size}-byte write-ahead log")
    return _Diagnosis(facts.problem, holds_nothing=facts.empty)


def _snapshot(database: Path, target: Path) -> bool:
    """Copy the database and its -wal/-journal; False if they kept changing while copied."""
    sources = [(database, target)] + [
        (Path(f"{database}{suffix}"), Path(f"{target}{suffix}")) for suffix in ("-wal", "-journal")
    ]
    for attempt in range(_SNAPSHOT_ATTEMPTS):
        before = [_stamp(source) for source, _ in sources]
        for source, copy in sources:
            try:
                shutil.copyfile(source, copy)
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


def _inspect(path: Path) -> _Facts:
    """Open a private copy (never a user's file) and judge it; may write to the copy."""
    size = path.stat().st_size
    if size == 0:
        return _Facts("empty file", empty=True)
    log = Path(f"{path}-wal")
    has_log = log.exists() and log.stat().st_size > 0
    if not has_log:
        # Only without a -wal: SQLite reads page 1 from the -wal when it holds it, and a
        # checkpoint then rewrites a damaged file header, so that is no damage.
        with path.open("rb") as file:
            problem = _header_problem(file.read(100), size)
        if problem is not None:
            return _Facts(problem)
    connection = sqlite3.connect(path, isolation_level=None)
    # Damaged pages can put invalid UTF-8 into integrity_check's messages or the schema.
    connection.text_factory = lambda data: data.decode("utf-8", "replace")
    stage = "integrity check failed"
    try:
        with closing(connection):
            objects, tables = connection.execute(
                "SELECT count(*), count(*) FILTER (WHERE type = 'table') FROM sqlite_master"
            ).fetchone()
            if has_log:
                stage = "the write-ahead log cannot be applied"
                # SQLite refuses a checkpoint whose frames do not fit the file (SQLITE_CORRUPT),
                # e.g. frames for pages past the end of a file they were not written for.
                connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
                stage = "integrity check failed"
            failures = _integrity_failures(connection)
            if failures:
                return _Facts(f"integrity check failed: {failures}")
            user_version = int(connection.execute("PRAGMA user_version").fetchone()[0])
            schema_cookie = int(connection.execute("PRAGMA schema_version").fetchone()[0])
    except sqlite3.DatabaseError as error:
        if not _is_damage(error):
            raise OSError(f"could not check the database {path.name}: {error}") from error
        if "not a database" in str(error):
            return _Facts("not a database file")
        return _Facts(f"{stage}: {error}")
    if objects == 0:
        return _Facts("holds no library: the database has no tables", empty=True)
    if user_version == 0:
        return _Facts(f"not an OIC Reader library ({tables} tables, schema version 0)")
    return _Facts(None, user_version=user_version, schema_cookie=schema_cookie)


def _header_problem(header: bytes, size: int) -> str | None:
    """What the 100-byte file header alone shows to be wrong, if anything."""
    if len(header) < 100 or not header.startswith(_SQLITE_HEADER):
        return "not a database file (no SQLite header)"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return "not a database file (its header is damaged)"
    pages = int.from_bytes(header[28:32], "big")
    # The header's page count is valid only while the change counter (offset 24) equals
    # the version-valid-for number (offset 92); SQLite itself then trusts it the same way.
    if header[24:28] == header[92:96] and pages and size < pages * page_size:
        return f"truncated: the file has {size} bytes, its header says {pages * page_size}"
    return None


def _integrity_failures(connection: sqlite3.Connection) -> str:
    """integrity_check's complaints in one short line; "" when it says exactly "ok"."""
    lines: list[str] = []
    try:
        for (row,) in connection.execute("PRAGMA integrity_check"):
            lines += str(row).splitlines()
    except sqlite3.DatabaseError as error:
        # SQLite stops with an error on a page it cannot even parse, after some rows.
        if not _is_damage(error):
            raise
        lines.append(str(error))
    if lines == ["ok"]:
        return ""
    messages = [line for line in lines if line and not line.startswith("*** in database")]
    shown = "; ".join(messages[:2]) or "no details"
    return f"{shown} (and {len(messages) - 2} more)" if len(messages) > 2 else shown


def _is_damage(error: sqlite3.DatabaseError) -> bool:
    code = getattr(error, "sqlite_errorcode", None)  # Python 3.11+
    if isinstance(code, int):
        return (code & 0xFF) in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
    return str(error).startswith(_DAMAGE_MESSAGES)


# Recovery and restore ------------------------------------------------------------------


def recover_if_damaged(database: Path, *, now: datetime | None = None) -> RecoveryReport | None:
    """Before the library is opened: if it is damaged, keep it aside and restore a backup.

    None when the file is healthy, missing, in use, or holds nothing at all while no backup
    exists (an interrupted first start: Library.open creates the schema in it). Otherwise
    the file and its -wal, -shm and -journal are moved, never overwritten or deleted, to
    library.damaged-<UTC time>.db (+ -wal, -shm); then the newest backup that passes the
    check is copied into place (0600). When only the -wal is at fault and the file alone is
    intact, the file itself is put back instead of an older backup. With no usable backup
    the library file is left absent, so the app starts a new, empty one.
    """
    diagnosis = _diagnose(database)
    if diagnosis.problem is None:
        return None
    # Judged twice from two copies: a file changing under us must never look damaged.
    if _diagnose(database) != diagnosis:
        return None
    backups = list_backups()
    if diagnosis.holds_nothing and not backups:
        return None
    moment = _utc(now)
    folder = database.parent
    replacement: Path | None = None
    restored_from: Path | None = None
    backup_taken: datetime | None = None
    if diagnosis.file_alone_is_intact:
        replacement = _verified_copy(database, folder)
    kept_file_without_log = replacement is not None
    if replacement is None:
        for info in backups:
            replacement = _verified_copy(info.path, folder)
            if replacement is not None:
                restored_from, backup_taken = info.path, info.taken
                break
    try:
        damaged_copy = _set_aside(database, "damaged", moment, keep_name=replacement is not None)
        if replacement is not None:
            _put_in_place(replacement, database)
    finally:
        if replacement is not None:
            replacement.unlink(missing_ok=True)
    return RecoveryReport(
        problem=diagnosis.problem,
        damaged_copy=damaged_copy,
        restored_from=restored_from,
        backup_taken=backup_taken,
        kept_file_without_log=kept_file_without_log,
    )


def restore_backup(
    database: Path, backup: Path | None = None, *, now: datetime | None = None
) -> RestoreReport:
    """Put a backup (default: the newest) in place of the library, keeping the current one.

    The backup is checked first and refused (RestoreError, nothing changed) if damaged. A
    healthy current library is first backed up ("before-restore", without rotating any
    backup away); the current file and its companions are then moved aside, never deleted,
    as library.replaced-<UTC time>.db (library.damaged-… if it failed its check). `backup`
    may also be the bare name of a file in the backups folder. The library must be closed.
    """
    moment = _utc(now)
    chosen, taken = _choose_backup(backup)
    problem = check_database(chosen)
    if problem is not None:
        raise RestoreError(f"the backup {chosen} is damaged ({problem}); nothing was changed")
    replacement = _verified_copy(chosen, database.parent)
    if replacement is None:
        raise RestoreError(f"the copy of the backup {chosen} failed its check; nothing was changed")
    try:
        exists = database.exists() or any(Path(f"{database}{s}").exists() for s in _COMPANIONS)
        previous_problem = check_database(database) if exists else None
        safety: Path | None = None
        if exists and previous_problem is None and database.exists():
            try:
                safety = take_backup(
                    database, BEFORE_RESTORE_REASON, len(list_backups()) + 1, now=moment
                )
            except BackupError as error:
                raise RestoreError(
                    f"could not back up the current library first ({error}); nothing was changed"
                ) from error
        label = "damaged" if previous_problem is not None else "replaced"
        had_file = database.exists()
        previous = _set_aside(database, label, moment, keep_name=True) if exists else None
        _put_in_place(replacement, database)
    finally:
        replacement.unlink(missing_ok=True)
    return RestoreReport(chosen, taken, previous if had_file else None, safety, previous_problem)


def _choose_backup(backup: Path | None) -> tuple[Path, datetime]:
    if backup is None:
        backups = list_backups()
        if not backups:
            raise RestoreError(f"there are no backups in {_backups_folder()}")
        return backups[0].path, backups[0].taken
    chosen = backup
    if not chosen.exists() and not chosen.is_absolute():
        chosen = _backups_folder() / backup
    if not chosen.is_file():
        raise RestoreError(f"there is no backup file {backup}; nothing was changed")
    match = _BACKUP_NAME.fullmatch(chosen.name)
    if match is not None:
        taken = datetime.strptime(match[1], "%Y%m%dT%H%M%S%f").replace(tzinfo=timezone.utc)
    else:
        taken = datetime.fromtimestamp(chosen.stat().st_mtime, timezone.utc)
    return chosen, taken


def _verified_copy(source: Path, folder: Path) -> Path | None:
    """An owner-only copy of source (the file only) in folder that passed the check, or None."""
    handle, name = tempfile.mkstemp(dir=folder, prefix=".restoring-", suffix=".db")
    copy = Path(name)
    try:
        with os.fdopen(handle, "wb") as output, source.open("rb") as data:
            shutil.copyfileobj(data, output)
            output.flush()
            os.fsync(output.fileno())
        if _diagnose(copy).problem is None:
            return copy
    except BaseException:
        copy.unlink(missing_ok=True)
        raise
    copy.unlink(missing_ok=True)
    return None


def _set_aside(database: Path, label: str, moment: datetime, *, keep_name: bool) -> Path:
    """Move the database and its companions to <stem>.<label>-<time>.db (+ -wal, …); never
    overwrite. With keep_name the file is hard-linked, so the library name is never absent
    before the replacement lands (falls back to a rename where links are unsupported)."""
    folder, stem, suffix = database.parent, database.stem, database.suffix
    base = f"{stem}.{label}-{moment:%Y%m%dT%H%M%SZ}"
    counter = 1
    while True:
        target = folder / f"{base}{'' if counter == 1 else f'-{counter}'}{suffix}"
        names = [target] + [Path(f"{target}{c}") for c in _COMPANIONS]
        if not any(os.path.lexists(name) for name in names):
            break
        counter += 1
    # The companions go first: a crash after moving the file but not its -wal would leave a
    # -wal beside no database, and SQLite deletes the -wal of a new, empty file.
    for companion in _COMPANIONS:
        source = Path(f"{database}{companion}")
        if source.exists():
            _move_without_overwriting(source, Path(f"{target}{companion}"))
    if database.exists():
        if keep_name:
            try:
                os.link(database, target)
            except FileExistsError:
                raise
            except OSError:
                _move_without_overwriting(database, target)
        else:
            _move_without_overwriting(database, target)
    _fsync_folder(folder)
    return target


def _move_without_overwriting(source: Path, target: Path) -> None:
    if os.path.lexists(target):
        raise FileExistsError(f"will not overwrite {target}")
    os.rename(source, target)


def _put_in_place(replacement: Path, database: Path) -> None:
    _restrict_to_owner(replacement)
    os.replace(replacement, database)
    _restrict_to_owner(database)
    _fsync_folder(database.parent)


# Helpers ---------------------------------------------------------------------------------


def _copy_with_backup_api(database: Path, target: Path) -> None:
    # With a -wal or -journal beside the file, read-only: a read-only connection never
    # checkpoints a -wal (or rolls a -journal back) into the file, and a backup must not merge
    # a log that may not belong. Without one, read-only would leave an empty -wal and -shm
    # behind; read-write removes them on close and has nothing to merge. Neither creates a file.
    logs = (Path(f"{database}-wal"), Path(f"{database}-journal"))
    access = "ro" if any(log.exists() for log in logs) else "rw"
    source = sqlite3.connect(f"{database.resolve().as_uri()}?mode={access}", uri=True, timeout=10)
    destination = sqlite3.connect(target, isolation_level=None)
    try:
        with closing(source):
            source.backup(destination)
    except sqlite3.Error as error:
        destination.close()
        raise BackupError(
            f"could not copy {database} ({error}); no older backup was removed"
        ) from error
    try:
        # The backup API copies page 1 verbatim, so the copy claims WAL mode like its source;
        # DELETE rewrites that, making it one self-contained file with no -wal or -shm.
        journal = str(destination.execute("PRAGMA journal_mode = DELETE").fetchone()[0])
        if journal.lower() != "delete":
            raise BackupError(f"the backup copy stayed in journal mode {journal!r}")
    finally:
        destination.close()
    with target.open("rb+") as file:
        os.fsync(file.fileno())
    with target.open("rb") as file:
        header = file.read(20)
    if header[18:20] != b"\x01\x01":
        raise BackupError("the backup copy still needs a write-ahead log")


def _free_backup_name(folder: Path, taken: datetime, reason: str) -> Path:
    while True:
        target = folder / f"library-{taken:%Y%m%dT%H%M%S%f}Z-{reason}.db"
        if not os.path.lexists(target):
            return target
        taken += timedelta(microseconds=1)


def _rotate(keep: int, protect: Path) -> None:
    """Remove all but the newest `keep` backups; `protect` (the new one) always stays."""
    others = [info for info in list_backups() if info.path != protect]
    for info in others[keep - 1 :]:
        info.path.unlink(missing_ok=True)


def _backups_folder() -> Path:
    folder = paths.backups_dir()
    if os.name == "posix":
        folder.chmod(0o700)
    return folder


def _restrict_to_owner(path: Path) -> None:
    if os.name == "posix":
        path.chmod(0o600)


def _fsync_folder(folder: Path) -> None:
    """Make renames in folder durable (POSIX; Windows cannot open a folder for fsync)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _utc(now: datetime | None) -> datetime:
    if now is None:
        return datetime.now(timezone.utc)
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    return now.astimezone(timezone.utc)


def _when(moment: datetime) -> str:
    return f"{moment.astimezone(timezone.utc):%Y-%m-%d %H:%M} UTC"
