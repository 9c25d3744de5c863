"""Migrations run once, under the write lock, and all together or not at all."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest

from oicreader.store import schema
from oicreader.store.connection import Database, connect
from tests.store.conftest import connect_to_file, install_library_file

FIXTURES = Path(__file__).parent / "fixtures"


def older_library(tmp_path: Path, version: int) -> Path:
    copy = tmp_path / "library.db"
    install_library_file(FIXTURES / f"library-v{version}.db", copy)
    return copy


def schema_text(path: Path) -> list[tuple[str, str, str | None]]:
    with connect_to_file(path, "mode=ro") as connection:
        rows = connection.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name")
        return rows.fetchall()


def hold_write_lock(
    path: Path, seconds: float, locked: threading.Event, released: threading.Event | None = None
) -> threading.Thread:
    """Another process's write, as a thread: hold BEGIN IMMEDIATE for `seconds`, then set
    `released` just before the lock is let go (a waiter can only get it after that)."""

    def hold() -> None:
        other = connect(path)
        other.execute("BEGIN IMMEDIATE")
        locked.set()
        time.sleep(seconds)
        if released is not None:
            released.set()
        other.execute("COMMIT")
        other.close()

    holder = threading.Thread(target=hold)
    holder.start()
    assert locked.wait(5)
    return holder


def test_a_start_that_read_the_old_version_before_another_upgraded_it_migrates_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = older_library(tmp_path, 4)
    slow_start = connect(path)
    fast_start = connect(path)
    schema.migrate(fast_start)
    # The slow start read user_version (4) just before the fast one committed the upgrade.
    real_schema_version = schema.schema_version
    stale_reads = iter([4])
    monkeypatch.setattr(
        schema, "schema_version", lambda db: next(stale_reads, None) or real_schema_version(db)
    )
    backups_requested: list[tuple[int, int]] = []
    schema.migrate(slow_start, lambda old, new: backups_requested.append((old, new)))
    assert real_schema_version(slow_start) == schema.SCHEMA_VERSION
    assert backups_requested == [], "no backup before a migration that is no longer due"
    assert slow_start.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    slow_start.close()
    fast_start.close()


def test_a_failed_migration_leaves_the_file_exactly_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = older_library(tmp_path, 1)
    before = schema_text(path)

    def disk_full(db: Database) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    failing_fourth = (*schema.MIGRATIONS[:3], disk_full, *schema.MIGRATIONS[4:])
    monkeypatch.setattr(schema, "MIGRATIONS", failing_fourth)
    db = connect(path)
    with pytest.raises(sqlite3.OperationalError, match="disk is full"):
        schema.migrate(db)
    assert schema.schema_version(db) == 1
    db.close()
    assert schema_text(path) == before, "migrations 2 and 3 must not stay behind alone"


def test_a_start_waits_for_another_that_holds_the_write_lock(tmp_path: Path) -> None:
    path = older_library(tmp_path, 5)
    locked, released = threading.Event(), threading.Event()
    holder = hold_write_lock(path, 0.5, locked, released)
    db = connect(path)
    schema.migrate(db)
    # Ordering, not a clock: keying an encrypted connection may itself outlast the hold.
    migrated_after_release = released.is_set()
    holder.join()
    assert schema.schema_version(db) == schema.SCHEMA_VERSION
    assert migrated_after_release
    db.close()


def test_a_start_that_cannot_get_the_write_lock_tells_the_user_and_changes_nothing(
    tmp_path: Path,
) -> None:
    path = older_library(tmp_path, 5)
    locked = threading.Event()
    holder = hold_write_lock(path, 1.0, locked)
    db = connect(path)
    db.execute("PRAGMA busy_timeout = 100")  # instead of waiting the full ten seconds
    with pytest.raises(schema.MigrationInProgress, match="another OIC Reader") as refusal:
        schema.migrate(db)
    holder.join()
    assert str(path) in str(refusal.value)
    assert schema.schema_version(db) == 5
    db.close()
