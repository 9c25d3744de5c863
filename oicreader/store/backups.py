"""Backups of the library database, and recovery from a damaged file (the health check they
rely on is store/health.py)."""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from oicreader import paths
from oicreader.atomic_files import keep_to_owner, sync_folder
from oicreader.errors import UserFacingError, explained
from oicreader.store import schema
from oicreader.store.backup_copies import copy_with_backup_api as _copy_with_backup_api
from oicreader.store.backup_copies import schema_version_of as _schema_version_of
from oicreader.store.encryption import database_errors
from oicreader.store.health import check_database, diagnose, inspect_copy
from oicreader.store.open_check import request_full_check
from oicreader.store.temporary_copies import COMPANIONS as _COMPANIONS
from oicreader.store.temporary_copies import new_temporary_copy, remove_stale_temporary_copies

if TYPE_CHECKING:
    from oicreader.store.salvage import SalvageReport

DEFAULT_KEEP = 10
DAILY_INTERVAL = timedelta(hours=24)
DAILY_REASON = "daily"
BEFORE_RESTORE_REASON = "before-restore"
# Library.open takes "before-migration-<old>-to-<new>".
BEFORE_MIGRATION_REASON = "before-migration-"

_BACKUP_NAME = re.compile(r"library-(\d{8}T\d{12})Z-([a-z0-9]+(?:-[a-z0-9]+)*)\.db")
_REASON = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


class BackupError(UserFacingError, RuntimeError):
    """A backup could not be taken; no existing backup was removed or changed."""


class RestoreError(UserFacingError, RuntimeError):
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
    # What could be read of the damaged file's notes and merged into the restored library;
    # None when no salvage was tried (the file itself was kept, or nothing replaced it).
    salvage: SalvageReport | None = None

    def message(self) -> str:
        """A few sentences for the user: what was wrong, what is kept where, what was done."""
        damaged = f"The library file was damaged ({self.problem}). "
        kept = f"It is kept, unchanged, as {self.damaged_copy}."
        if self.kept_file_without_log:
            return (
                f"The library's write-ahead log was not usable ({self.problem}). The library "
                f"and its log are kept, unchanged, as {self.damaged_copy} (with -wal); OIC "
                "Reader goes on from the library file itself, which is intact, so no backup "
                "was needed."
            )
        if self.restored_from is None or self.backup_taken is None:
            if self.salvage is not None and self.salvage.brought_back:
                return (
                    f"{damaged}{kept} No usable backup was found, so OIC Reader starts a new "
                    f"library with the notes it could read from the damaged file: "
                    f"{_salvage_counts(self.salvage)}."
                )
            return (
                f"{damaged}{kept} No usable backup was found, so OIC Reader starts with a "
                "new, empty library."
            )
        restored = (
            f"OIC Reader restored the backup of {_when(self.backup_taken)} "
            f"({self.restored_from.name})"
        )
        if self.salvage is None:
            return (
                f"{damaged}{kept} {restored}; anything written after that time is only in the "
                "damaged copy."
            )
        if not self.salvage.readable:
            return (
                f"{damaged}{kept} {restored}; no notes could be read from it, so anything "
                "written after that time is only in the damaged copy."
            )
        return (
            f"{damaged}{kept} {restored} and added the notes it could read from the damaged "
            f"file that the backup lacked or held in an older version: "
            f"{_salvage_counts(self.salvage)}. Anything else written after that time is only "
            "in the damaged copy."
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


# Backups ---------------------------------------------------------------------------------


def take_backup(
    database: Path, reason: str, keep: int = DEFAULT_KEEP, *, now: datetime | None = None
) -> Path:
    """Copy the database into the backups folder, check the copy, then rotate; return its path.

    The copy is made with SQLite's online backup API (consistent while the app writes), turned
    into one self-contained file, and must pass PRAGMA integrity_check and hold a library
    before it is renamed into place and before any older backup is removed; the newest
    `keep` backups of its kind survive (see _rotate). Raises BackupError, touching no
    existing backup, when the database does not exist, is empty, holds no library, or the
    copy fails its check.
    """
    if keep < 1:
        raise ValueError(f"keep must be at least 1, not {keep}")
    if not _REASON.fullmatch(reason):
        raise ValueError(f"a backup reason is lower-case letters, digits and '-': {reason!r}")
    taken = _utc(now)
    if not database.is_file():
        raise BackupError(explained("cannot back up {file}: there is no such file", file=database))
    if database.stat().st_size == 0:
        raise BackupError(explained("cannot back up {file}: the file is empty", file=database))
    folder = _backups_folder()
    remove_stale_copies(database)
    handle, temporary = new_temporary_copy(folder, "taking")
    os.close(handle)
    try:
        _copy_with_backup_api(database, temporary)
        facts = inspect_copy(temporary)
        if facts.problem is not None:
            # The start-up check of a large library reads only its first page: this check of
            # every page is the one that finds damage inside it.
            request_full_check(database)
            raise BackupError(
                explained(
                    "the backup copy of {file} failed its check ({problem}); no older backup "
                    "was removed; OIC Reader checks the library in full at its next start and, "
                    "if it is damaged, repairs it from a backup: close OIC Reader and start it "
                    "again",
                    file=database,
                    problem=facts.problem,
                )
            )
        target = _free_backup_name(folder, taken, reason)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    sync_folder(folder)
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


def remove_stale_copies(database: Path) -> None:
    """Remove the temporary copies a killed backup (in the backups folder) or restore (beside
    the library) left behind: each is a whole copy of the reader's notes."""
    remove_stale_temporary_copies(_backups_folder(), "taking")
    remove_stale_temporary_copies(database.parent, "restoring")


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
    diagnosis = diagnose(database)
    if diagnosis.problem is None:
        return None
    # Judged twice from two copies: a file changing under us must never look damaged.
    if diagnose(database) != diagnosis:
        return None
    backups = list_backups()
    if diagnosis.holds_nothing and not backups:
        return None
    # The file is about to be replaced: no stamp may vouch for what takes its place.
    paths.clean_close_stamp_path(database).unlink(missing_ok=True)
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
            if replacement is not None and _schema_version_of(replacement) > schema.SCHEMA_VERSION:
                # Written by a newer OIC Reader: once in place, every start would fail on it.
                replacement.unlink(missing_ok=True)
                replacement = None
            if replacement is not None:
                restored_from, backup_taken = info.path, info.taken
                break
    salvage: SalvageReport | None = None
    try:
        if replacement is not None and not kept_file_without_log:
            salvage = _salvage_into(database, replacement)
        elif replacement is None and not diagnosis.holds_nothing:
            replacement, salvage = _new_library_with_salvage(database, folder)
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
        salvage=salvage,
    )


def _salvage_into(database: Path, replacement: Path) -> SalvageReport:
    """Merge what can be read of the damaged file's notes into its private replacement."""
    from oicreader.store.salvage import SalvageReport, salvage_notes

    try:
        return salvage_notes(database, replacement)
    except database_errors():
        # The merge is one transaction, rolled back: the replacement is the backup as it was.
        return SalvageReport(readable=False)


def _new_library_with_salvage(
    database: Path, folder: Path
) -> tuple[Path | None, SalvageReport | None]:
    """With no usable backup: a new library holding the notes salvaged from the damaged file,
    or (None, report) when no note could be recovered (the app then starts an empty one)."""
    from oicreader.store.library import Library

    handle, fresh = new_temporary_copy(folder, "restoring")
    os.close(handle)
    try:
        # With the bundled documents in it, the salvaged notes on them are placed at once
        # instead of waiting for review as notes on a document the library lacks.
        Library.open(fresh, safeguards=False).close()
        salvage = _salvage_into(database, fresh)
    except BaseException:
        fresh.unlink(missing_ok=True)
        raise
    if not salvage.brought_back:
        fresh.unlink(missing_ok=True)
        return None, salvage
    return fresh, salvage


def restore_backup(
    database: Path, backup: Path | None = None, *, now: datetime | None = None
) -> RestoreReport:
    """Put a backup (default: the newest) in place of the library, keeping the current one.

    The backup is checked first and refused (RestoreError, nothing changed) if damaged or
    written by a newer OIC Reader (a schema this version does not know). A
    healthy current library is first backed up ("before-restore", without rotating any
    backup away); the current file and its companions are then moved aside, never deleted,
    as library.replaced-<UTC time>.db (library.damaged-… if it failed its check). `backup`
    may also be the bare name of a file in the backups folder. The library must be closed.
    """
    moment = _utc(now)
    remove_stale_copies(database)
    chosen, taken = _choose_backup(backup)
    problem = check_database(chosen)
    if problem is not None:
        raise RestoreError(
            explained(
                "the backup {file} is damaged ({problem}); nothing was changed",
                file=chosen,
                problem=problem,
            )
        )
    replacement = _verified_copy(chosen, database.parent)
    if replacement is None:
        raise RestoreError(
            explained(
                "the copy of the backup {file} failed its check; nothing was changed", file=chosen
            )
        )
    try:
        _refuse_a_newer_schema(chosen, replacement)
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
                    explained(
                        "could not back up the current library first ({reason}); nothing was "
                        "changed",
                        reason=error.args[0] if len(error.args) == 1 else str(error),
                    )
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
            raise RestoreError(
                explained("there are no backups in {folder}", folder=_backups_folder())
            )
        return backups[0].path, backups[0].taken
    chosen = backup
    if not chosen.exists() and not chosen.is_absolute():
        chosen = _backups_folder() / backup
    if not chosen.is_file():
        raise RestoreError(
            explained("there is no backup file {file}; nothing was changed", file=backup)
        )
    match = _BACKUP_NAME.fullmatch(chosen.name)
    if match is not None:
        taken = datetime.strptime(match[1], "%Y%m%dT%H%M%S%f").replace(tzinfo=timezone.utc)
    else:
        taken = datetime.fromtimestamp(chosen.stat().st_mtime, timezone.utc)
    return chosen, taken


def _refuse_a_newer_schema(backup: Path, private_copy: Path) -> None:
    """Refuse a backup whose schema this version does not know: once in place, every command
    would fail on it. Read from our own copy (the file that would be put in place)."""
    version = _schema_version_of(private_copy)
    if version > schema.SCHEMA_VERSION:
        raise RestoreError(
            explained(
                "the backup {file} was written by a newer OIC Reader (schema {version}; this "
                "version knows {known}): update OIC Reader to restore it, or choose an older "
                "backup; nothing was changed",
                file=backup,
                version=version,
                known=schema.SCHEMA_VERSION,
            )
        )


def _verified_copy(source: Path, folder: Path) -> Path | None:
    """An owner-only copy of source (the file only) in folder that passed the check, or None."""
    handle, copy = new_temporary_copy(folder, "restoring")
    try:
        with os.fdopen(handle, "wb") as output, source.open("rb") as data:
            shutil.copyfileobj(data, output)
            output.flush()
            os.fsync(output.fileno())
        if diagnose(copy).problem is None:
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
    sync_folder(folder)
    return target


def _move_without_overwriting(source: Path, target: Path) -> None:
    if os.path.lexists(target):
        raise FileExistsError(f"will not overwrite {target}")
    os.rename(source, target)


def _put_in_place(replacement: Path, database: Path) -> None:
    keep_to_owner(replacement)
    os.replace(replacement, database)
    keep_to_owner(database)
    sync_folder(database.parent)


# Helpers ---------------------------------------------------------------------------------


def _free_backup_name(folder: Path, taken: datetime, reason: str) -> Path:
    while True:
        target = folder / f"library-{taken:%Y%m%dT%H%M%S%f}Z-{reason}.db"
        if not os.path.lexists(target):
            return target
        taken += timedelta(microseconds=1)


def _rotate(keep: int, protect: Path) -> None:
    """Remove all but the newest `keep` backups of protect's kind; `protect` (the new one)
    always stays.

    Backups taken before a migration and the others are two kinds, rotated apart: a start
    whose migration fails takes one each time it is tried, and those must never push out the
    backups of the library as it last opened cleanly (nor those push out the only copy of
    the library as it was before its upgrade).
    """
    before_migration = _is_before_migration(protect)
    same_kind = [
        info
        for info in list_backups()
        if info.path != protect and _is_before_migration(info.path) == before_migration
    ]
    for info in same_kind[keep - 1 :]:
        info.path.unlink(missing_ok=True)


def _is_before_migration(backup: Path) -> bool:
    match = _BACKUP_NAME.fullmatch(backup.name)
    return match is not None and match[2].startswith(BEFORE_MIGRATION_REASON)


def _backups_folder() -> Path:
    folder = paths.backups_dir()
    if os.name == "posix":
        folder.chmod(0o700)
    return folder


def _utc(now: datetime | None) -> datetime:
    if now is None:
        return datetime.now(timezone.utc)
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    return now.astimezone(timezone.utc)


def _salvage_counts(salvage: SalvageReport) -> str:
    noun = "note" if salvage.recovered == 1 else "notes"
    counts = f"{salvage.recovered} {noun} recovered, {salvage.lost} could not be"
    if salvage.briefs:
        briefs = "brief" if salvage.briefs == 1 else "briefs"
        counts += f"; {salvage.briefs} {briefs} recovered"
    return counts


def _when(moment: datetime) -> str:
    return f"{moment.astimezone(timezone.utc):%Y-%m-%d %H:%M} UTC"
