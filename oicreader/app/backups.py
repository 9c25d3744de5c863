"""Backups: list them, take one now, and restore one, reopening the library after."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from oicreader.app.changes import Changes
from oicreader.app.session import Session
from oicreader.paths import library_path, require_writable
from oicreader.store import backups as stored
from oicreader.store.backups import (
    BackupError,
    BackupInfo,
    RecoveryReport,
    RestoreError,
    RestoreReport,
    list_backups,
)

if TYPE_CHECKING:
    # Only a damaged library needs salvage: a healthy start does not load it.
    from oicreader.store.salvage import SalvageReport as SalvageReport

__all__ = [
    "BackupError",
    "BackupInfo",
    "RecoveryReport",
    "RestoreError",
    "RestoreReport",
    "Restored",
    "back_up_now",
    "list_backups",
    "restore_backup",
    "restore_closed_library",
]


@dataclass(frozen=True)
class Restored:
    """What the restore did (the backup used, where the old library went) and its changes."""

    report: RestoreReport
    changes: Changes


def back_up_now(session: Session) -> Path:
    """Take a checked backup of the open library now, at the reader's request; its path."""
    return stored.take_backup(session.path, "manual")


def restore_backup(session: Session, backup: Path | None) -> Restored:
    """Put a backup (the newest when None) in place of the session's library, and reopen it.

    The library is closed for the restore and opened again whatever happens, so the session
    always has one open; the replaced library is kept beside it, backed up first, so no note
    is lost. Undo of deleted notes is forgotten: it refers to the replaced library.
    """
    path = session.path
    session.close()
    try:
        report = stored.restore_backup(path, backup)
    finally:
        session.reopen()
    session.forget_deleted_notes()
    return Restored(report, Changes(library_reopened=True))


def restore_closed_library(backup: Path | None) -> RestoreReport:
    """Put a backup in place of the user's library when no session has it open (the command
    line: a damaged library, which cannot be opened, is still restored)."""
    path = library_path()
    require_writable(path)
    return stored.restore_backup(path, backup)
