"""Rotation: backups taken before a migration never push out the backups of a library that
opened cleanly."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from oicreader.store.backups import list_backups, take_backup
from oicreader.store.library import Library

T0 = datetime(2026, 11, 26, 22, 50, 12, tzinfo=timezone.utc)


def a_library(data_home: Path) -> Path:
    library = data_home / "library.db"
    Library.open(library, load_bundled=False, safeguards=False).close()
    return library


def test_backups_before_migrations_never_push_out_the_backups_that_opened_cleanly(
    data_home: Path,
) -> None:
    library = a_library(data_home)
    clean = [take_backup(library, "daily", keep=3, now=T0 + timedelta(hours=i)) for i in range(3)]
    # A migration that keeps failing takes a backup at every start.
    before_migration = [
        take_backup(library, "before-migration-4-to-6", keep=3, now=T0 + timedelta(days=1, hours=i))
        for i in range(5)
    ]
    remaining = {info.path for info in list_backups()}
    assert set(clean) <= remaining
    assert remaining - set(clean) == set(before_migration[-3:]), "the newest three of those"


def test_newer_backups_that_opened_cleanly_do_not_push_out_the_backup_before_a_migration(
    data_home: Path,
) -> None:
    library = a_library(data_home)
    before_migration = take_backup(library, "before-migration-5-to-6", keep=3, now=T0)
    clean = [
        take_backup(library, "daily", keep=3, now=T0 + timedelta(days=1 + i)) for i in range(5)
    ]
    remaining = {info.path for info in list_backups()}
    assert remaining == {before_migration, *clean[-3:]}
