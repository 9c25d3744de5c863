"""Backups, the health check and recovery: a user's notes survive a damaged library file."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import struct
from collections.abc import Callable
from contextlib import closing
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from oicreader.store import health
from oicreader.store.backups import (
    BackupError,
    RestoreError,
    list_backups,
    recover_if_damaged,
    restore_backup,
    take_backup,
    take_daily_backup_if_due,
)
from oicreader.store.connection import connect, transaction
from oicreader.store.health import check_database
from oicreader.store.library import Library
from tests.store.conftest import connect_to_file

T0 = datetime(2026, 11, 26, 22, 50, 12, tzinfo=timezone.utc)
T1 = T0 + timedelta(hours=1)
LATER = T0 + timedelta(hours=12)
POSIX = os.name == "posix"


def add_note(library: Path, note: str) -> None:
    """Write one "user" row through the app's own code, committed and cleanly closed."""
    with Library.open(library, safeguards=False) as opened, transaction(opened.db):
        opened.db.execute("CREATE TABLE IF NOT EXISTS scratch(x)")
        opened.db.execute("INSERT INTO scratch VALUES (?)", [note])


def notes(database: Path) -> list[str]:
    with closing(connect_to_file(database)) as connection:
        return [row[0] for row in connection.execute("SELECT x FROM scratch ORDER BY rowid")]


def integrity(database: Path) -> str:
    with closing(connect_to_file(database)) as connection:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fingerprints(folder: Path) -> dict[str, str]:
    return {path.name: sha256(path) for path in sorted(folder.iterdir()) if path.is_file()}


def mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def library_with_two_backups(data_home: Path) -> Path:
    """A library whose backups hold "old" (T0) and "old, new" (T1), and "after" written since."""
    library = data_home / "library.db"
    add_note(library, "old")
    take_backup(library, "daily", now=T0)
    add_note(library, "new")
    take_backup(library, "daily", now=T1)
    add_note(library, "after")
    return library


def leave_crash_state(
    library: Path, note: str, scratch: Path, *, change_schema: bool = False
) -> None:
    """What a power cut leaves: the file plus a -wal holding `note` and a -shm, unmerged."""
    live = scratch / "live.db"
    shutil.copyfile(library, live)
    db = connect(live)
    try:
        with transaction(db):
            if change_schema:  # rewrites page 1, so the -wal holds a copy of the file header
                db.execute("CREATE TABLE more(y)")
            db.execute("INSERT INTO scratch VALUES (?)", [note])
        for suffix in ("", "-wal", "-shm"):
            shutil.copyfile(f"{live}{suffix}", f"{library}{suffix}")
    finally:
        db.close()


def pages_in_log(library: Path) -> set[int]:
    log_file = Path(f"{library}-wal")
    if not log_file.exists():
        return set()
    log = log_file.read_bytes()
    page_size = struct.unpack(">I", log[8:12])[0]
    frame = 24 + page_size
    return {
        struct.unpack(">I", log[32 + i * frame : 36 + i * frame])[0]
        for i in range((len(log) - 32) // frame)
    }


# Ways a library file gets damaged. Pages the -wal holds are spared: the log would heal them.


def truncate_mid_page(library: Path) -> None:
    os.truncate(library, library.stat().st_size - 4096 * 2 - 1000)


def random_pages(seed: int) -> Callable[[Path], None]:
    def damage(library: Path) -> None:
        rng = random.Random(seed)
        data = bytearray(library.read_bytes())
        candidates = sorted(set(range(2, len(data) // 4096 + 1)) - pages_in_log(library))
        for page in rng.sample(candidates, 3):
            data[(page - 1) * 4096 : page * 4096] = rng.randbytes(4096)
        library.write_bytes(bytes(data))

    return damage


def random_page_headers(seed: int) -> Callable[[Path], None]:
    def damage(library: Path) -> None:
        rng = random.Random(seed)
        data = bytearray(library.read_bytes())
        candidates = sorted(set(range(2, len(data) // 4096 + 1)) - pages_in_log(library))
        for page in rng.sample(candidates, 5):
            start = (page - 1) * 4096
            data[start : start + 64] = rng.randbytes(64)
        library.write_bytes(bytes(data))

    return damage


def damage_file_header(library: Path) -> None:
    data = bytearray(library.read_bytes())
    data[:100] = random.Random(7).randbytes(100)
    library.write_bytes(bytes(data))


def empty_the_file(library: Path) -> None:
    library.write_bytes(b"")


DAMAGE: dict[str, Callable[[Path], None]] = {
    "truncated-mid-page": truncate_mid_page,
    "random-pages-seed-1": random_pages(1),
    "random-pages-seed-2": random_pages(2),
    "random-pages-seed-3": random_pages(3),
    "random-page-headers-seed-4": random_page_headers(4),
    "random-page-headers-seed-5": random_page_headers(5),
    "file-header-overwritten": damage_file_header,
    "empty-file": empty_the_file,
}


# Backups ---------------------------------------------------------------------------------


def test_a_backup_is_one_checked_owner_only_file_with_the_same_data(data_home: Path) -> None:
    library = data_home / "library.db"
    add_note(library, "saved")
    with Library.open(library, safeguards=False) as opened:
        with transaction(opened.db):
            opened.db.execute("INSERT INTO scratch VALUES ('only in the -wal so far')")
        assert Path(f"{library}-wal").stat().st_size > 0
        backup = take_backup(library, "manual", now=T0)

    assert backup == data_home / "backups" / "library-20261126T225012000000Z-manual.db"
    assert integrity(backup) == "ok"
    assert notes(backup) == ["saved", "only in the -wal so far"]
    with closing(connect_to_file(backup)) as connection:
        journal = connection.execute("PRAGMA journal_mode").fetchone()[0]
    assert journal == "delete", "rollback-journal mode: needs no -wal"
    assert [p.name for p in backup.parent.iterdir()] == [backup.name], "no -wal, -shm, temp"
    [info] = list_backups()
    assert (info.path, info.taken, info.reason, info.size) == (
        backup,
        T0,
        "manual",
        backup.stat().st_size,
    )
    if POSIX:
        assert mode(backup) == 0o600
        assert mode(backup.parent) == 0o700


def test_a_backup_leaves_the_closed_library_exactly_as_it_was(data_home: Path) -> None:
    library = data_home / "library.db"
    add_note(library, "note")
    before = fingerprints(data_home)
    take_backup(library, "manual")
    assert fingerprints(data_home) == before, "no -wal or -shm left behind, file unchanged"


def test_rotation_keeps_the_newest_backups(data_home: Path) -> None:
    library = data_home / "library.db"
    add_note(library, "note")
    taken = [take_backup(library, "daily", keep=3, now=T0 + timedelta(hours=i)) for i in range(5)]
    assert [info.path for info in list_backups()] == taken[:1:-1]


def test_rotation_never_removes_the_backup_just_taken_even_if_the_clock_went_back(
    data_home: Path,
) -> None:
    library = data_home / "library.db"
    add_note(library, "note")
    for i in range(3):
        take_backup(library, "daily", keep=2, now=LATER + timedelta(hours=i))
    backup = take_backup(library, "manual", keep=2, now=T0)
    assert backup.exists()
    assert len(list_backups()) == 2


def test_a_copy_that_fails_its_check_replaces_and_removes_nothing(
    data_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = data_home / "library.db"
    add_note(library, "note")
    for i in range(3):
        take_backup(library, "daily", keep=3, now=T0 + timedelta(hours=i))
    before = fingerprints(data_home / "backups")
    monkeypatch.setattr(health, "_integrity_failures", lambda connection: "Page 7: damaged")

    with pytest.raises(BackupError, match=r"failed its check.*Page 7"):
        take_backup(library, "daily", keep=3, now=LATER)
    assert fingerprints(data_home / "backups") == before


def test_a_damaged_library_is_not_backed_up_over_good_backups(data_home: Path) -> None:
    library = library_with_two_backups(data_home)
    before = fingerprints(data_home / "backups")
    truncate_mid_page(library)
    with pytest.raises(BackupError, match=r"malformed.*no older backup was removed"):
        take_backup(library, "daily", keep=1, now=LATER)
    assert fingerprints(data_home / "backups") == before


@pytest.mark.parametrize("content", [None, b""], ids=["missing", "empty"])
def test_there_is_no_backup_of_a_missing_or_empty_file(
    data_home: Path, content: bytes | None
) -> None:
    library = data_home / "library.db"
    if content is not None:
        library.write_bytes(content)
    with pytest.raises(BackupError, match=r"no such file|empty"):
        take_backup(library, "daily")
    assert list_backups() == []


def test_a_daily_backup_is_taken_once_a_day(data_home: Path) -> None:
    library = data_home / "library.db"
    add_note(library, "note")
    first = take_daily_backup_if_due(library, now=T0)
    assert first is not None and first.name.endswith("-daily.db")
    assert take_daily_backup_if_due(library, now=T0 + timedelta(hours=23, minutes=59)) is None
    second = take_daily_backup_if_due(library, now=T0 + timedelta(hours=24))
    assert second is not None and second != first
    assert [info.path for info in list_backups()] == [second, first]


def test_a_backup_dated_in_the_future_does_not_stop_daily_backups(data_home: Path) -> None:
    library = data_home / "library.db"
    add_note(library, "note")
    take_backup(library, "daily", now=T0 + timedelta(days=300))
    assert take_daily_backup_if_due(library, now=T0) is not None


# Health check ----------------------------------------------------------------------------


def test_a_missing_library_is_a_first_start_not_damage(data_home: Path) -> None:
    assert check_database(data_home / "library.db") is None
    assert recover_if_damaged(data_home / "library.db") is None
    assert list(data_home.iterdir()) == []


def test_committed_data_only_in_the_wal_is_healthy_and_the_check_changes_nothing(
    data_home: Path,
) -> None:
    library = data_home / "library.db"
    add_note(library, "saved")
    with Library.open(library, safeguards=False) as opened:
        with transaction(opened.db):
            opened.db.execute("INSERT INTO scratch VALUES ('in the -wal only')")
        before = fingerprints(data_home)
        assert Path(f"{library}-wal").stat().st_size > 0

        assert check_database(library) is None
        assert recover_if_damaged(library) is None
        assert fingerprints(data_home) == before
    assert notes(library) == ["saved", "in the -wal only"]


@pytest.mark.plain_format  # the message reads SQLite's header
def test_a_truncated_file_is_described_as_truncated(data_home: Path) -> None:
    library = data_home / "library.db"
    add_note(library, "note")
    truncate_mid_page(library)
    problem = check_database(library)
    assert problem is not None and problem.startswith("truncated: the file has ")


@pytest.mark.plain_format  # SQLite's header bytes
def test_a_damaged_file_header_that_the_wal_rewrites_is_not_damage(
    data_home: Path, tmp_path: Path
) -> None:
    library = data_home / "library.db"
    add_note(library, "old")
    leave_crash_state(library, "in the -wal", tmp_path, change_schema=True)
    damage_file_header(library)

    assert check_database(library) is None
    assert recover_if_damaged(library) is None
    assert notes(library) == ["old", "in the -wal"]
    assert library.read_bytes()[:16] == b"SQLite format 3\x00", "the checkpoint healed it"


def test_a_schema_newer_than_this_app_is_not_damage(data_home: Path) -> None:
    library = data_home / "library.db"
    add_note(library, "note")
    with closing(connect_to_file(library)) as connection:
        connection.execute("PRAGMA user_version = 999")
    assert check_database(library) is None


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_damage_is_found_without_touching_the_damaged_files(
    data_home: Path, tmp_path: Path, damage: Callable[[Path], None]
) -> None:
    library = data_home / "library.db"
    add_note(library, "old")
    leave_crash_state(library, "in the -wal", tmp_path)
    damage(library)
    before = fingerprints(data_home)

    assert check_database(library) is not None
    assert fingerprints(data_home) == before, "the check must never write, checkpoint or delete"


# Recovery --------------------------------------------------------------------------------


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_a_damaged_library_is_kept_aside_and_the_newest_backup_restored(
    data_home: Path, tmp_path: Path, damage: Callable[[Path], None]
) -> None:
    library = library_with_two_backups(data_home)
    leave_crash_state(library, "in the -wal", tmp_path)
    damage(library)
    originals = {suffix: sha256(Path(f"{library}{suffix}")) for suffix in ("", "-wal", "-shm")}
    problem = check_database(library)
    assert problem is not None

    report = recover_if_damaged(library, now=LATER)

    assert report is not None
    assert report.problem == problem
    assert report.damaged_copy == data_home / "library.damaged-20261127T105012Z.db"
    for suffix, digest in originals.items():
        assert sha256(Path(f"{report.damaged_copy}{suffix}")) == digest, f"kept{suffix} as is"
        assert suffix == "" or not Path(f"{library}{suffix}").exists()
    assert report.restored_from == list_backups()[0].path
    assert report.backup_taken == T1
    assert notes(library) == ["old", "new"]
    assert integrity(library) == "ok"
    assert check_database(library) is None
    message = report.message()
    assert "restored the backup of 2026-11-26 23:50 UTC" in message
    assert str(report.damaged_copy) in message
    assert problem in message
    if POSIX:
        assert mode(library) == 0o600


def test_when_the_newest_backup_is_damaged_the_next_older_is_restored(
    data_home: Path, tmp_path: Path
) -> None:
    library = library_with_two_backups(data_home)
    newest, older = list_backups()
    truncate_mid_page(newest.path)
    damage_file_header(library)

    report = recover_if_damaged(library, now=LATER)

    assert report is not None
    assert report.restored_from == older.path
    assert "restored the backup of 2026-11-26 22:50 UTC" in report.message()
    assert notes(library) == ["old"]


def test_with_no_usable_backup_the_damaged_file_is_kept_and_the_user_told(
    data_home: Path,
) -> None:
    library = data_home / "library.db"
    add_note(library, "note")
    random_pages(9)(library)
    original = sha256(library)

    report = recover_if_damaged(library, now=LATER)

    assert report is not None
    assert report.restored_from is None and report.backup_taken is None
    assert sha256(report.damaged_copy) == original
    assert not library.exists()
    assert "No usable backup" in report.message()
    assert "new, empty library" in report.message()
    with Library.open(library, safeguards=False) as fresh:
        assert [s.key for s in fresh.summaries()] == ["oic-acm-2017-chair-rep"]


def test_an_empty_file_with_no_backups_is_an_interrupted_first_start(data_home: Path) -> None:
    library = data_home / "library.db"
    library.write_bytes(b"")
    assert check_database(library) == "empty file"
    assert recover_if_damaged(library) is None
    assert library.exists(), "nothing to keep aside: Library.open creates the schema in it"


def start_cut_short(library: Path) -> None:
    """What a first start killed before its first migration committed leaves: no tables."""
    with closing(connect_to_file(library, isolation_level=None)) as connection:
        connection.execute("PRAGMA journal_mode = WAL")


def test_a_file_with_no_tables_and_no_backups_is_an_interrupted_first_start(
    data_home: Path,
) -> None:
    library = data_home / "library.db"
    start_cut_short(library)
    assert check_database(library) == "holds no library: the database has no tables"
    assert recover_if_damaged(library) is None
    with Library.open(library, safeguards=False) as opened:
        assert [s.key for s in opened.summaries()] == ["oic-acm-2017-chair-rep"]


def test_a_file_with_no_tables_where_backups_exist_gets_the_newest_backup(
    data_home: Path,
) -> None:
    library = library_with_two_backups(data_home)
    library.unlink()
    start_cut_short(library)
    report = recover_if_damaged(library, now=LATER)
    assert report is not None and report.backup_taken == T1
    assert notes(library) == ["old", "new"]


def test_another_programs_database_in_the_librarys_place_is_kept_and_replaced(
    data_home: Path,
) -> None:
    library = library_with_two_backups(data_home)
    library.unlink()
    with closing(connect_to_file(library, isolation_level=None)) as connection:
        connection.execute("CREATE TABLE contacts(name)")
        connection.execute("INSERT INTO contacts VALUES ('someone')")

    problem = check_database(library)
    assert problem is not None and "not an OIC Reader library" in problem
    report = recover_if_damaged(library, now=LATER)

    assert report is not None and report.backup_taken == T1
    assert notes(library) == ["old", "new"]
    with closing(connect_to_file(report.damaged_copy)) as connection:
        assert connection.execute("SELECT name FROM contacts").fetchall() == [("someone",)]


def test_a_second_recovery_on_the_same_second_does_not_overwrite_the_first_copy(
    data_home: Path,
) -> None:
    library = library_with_two_backups(data_home)
    damage_file_header(library)
    first = recover_if_damaged(library, now=LATER)
    truncate_mid_page(library)
    second = recover_if_damaged(library, now=LATER)

    assert first is not None and second is not None
    assert second.damaged_copy == data_home / "library.damaged-20261127T105012Z-2.db"
    assert first.damaged_copy.exists() and second.damaged_copy.exists()


def foreign_app_log(scratch: Path) -> bytes:
    """The -wal of another program's database, with more pages than a library."""
    other = scratch / "other.db"
    with closing(connect_to_file(other, isolation_level=None)) as connection:
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("CREATE TABLE t(a, b)")
        connection.executemany("INSERT INTO t VALUES (?, ?)", [(i, "x" * 100) for i in range(3000)])
        return Path(f"{other}-wal").read_bytes()


def other_library_log(scratch: Path) -> bytes:
    """The -wal of another, larger library: one update, to a page our file does not have."""
    other = scratch / "other.db"
    add_note(other, "theirs")
    with Library.open(other, safeguards=False) as opened, transaction(opened.db):
        opened.db.conn.executemany(
            "INSERT INTO scratch VALUES (?)", [("theirs " * 20,) for _ in range(2000)]
        )
    db = connect(other)
    try:
        with transaction(db):
            db.execute("UPDATE scratch SET x = 'changed' WHERE rowid = 1500")
        return Path(f"{other}-wal").read_bytes()
    finally:
        db.close()


def fresh_library_log(scratch: Path) -> bytes:
    """The -wal of another library's first start: its whole database, one schema step behind."""
    other = scratch / "other.db"
    db = connect(other)
    try:
        opened = Library(db, other)
        from oicreader.store.schema import migrate

        migrate(opened.db)
        opened.refresh_bundled_documents()
        return Path(f"{other}-wal").read_bytes()
    finally:
        db.close()


STRAY_LOGS: dict[str, Callable[[Path], bytes]] = {
    "another-app": foreign_app_log,
    "another-library": other_library_log,
    "another-library-first-start": fresh_library_log,
}


@pytest.mark.parametrize("stray_log", STRAY_LOGS.values(), ids=STRAY_LOGS.keys())
def test_a_stray_wal_from_another_database_is_set_aside_and_the_file_kept(
    data_home: Path, tmp_path: Path, stray_log: Callable[[Path], bytes]
) -> None:
    library = library_with_two_backups(data_home)
    log = Path(f"{library}-wal")
    log.write_bytes(stray_log(tmp_path))
    originals = {"": sha256(library), "-wal": sha256(log)}

    problem = check_database(library)
    assert problem is not None and "write-ahead log belongs to another database" in problem
    report = recover_if_damaged(library, now=LATER)

    assert report is not None and report.kept_file_without_log
    for suffix, digest in originals.items():
        assert sha256(Path(f"{report.damaged_copy}{suffix}")) == digest
    assert not log.exists()
    assert notes(library) == ["old", "new", "after"], "newer than any backup: nothing lost"
    assert integrity(library) == "ok"
    assert "write-ahead log" in report.message()
    if POSIX:
        assert mode(library) == 0o600


def test_a_stray_wal_beside_a_damaged_file_falls_back_to_the_newest_backup(
    data_home: Path, tmp_path: Path
) -> None:
    library = library_with_two_backups(data_home)
    Path(f"{library}-wal").write_bytes(foreign_app_log(tmp_path))
    truncate_mid_page(library)

    report = recover_if_damaged(library, now=LATER)

    assert report is not None and not report.kept_file_without_log
    assert report.backup_taken == T1
    assert notes(library) == ["old", "new"]


# Restore on request ----------------------------------------------------------------------


def test_restore_puts_the_newest_backup_in_place_and_keeps_the_current_library(
    data_home: Path,
) -> None:
    library = library_with_two_backups(data_home)
    backups_before = [info.path for info in list_backups()]

    report = restore_backup(library, now=LATER)

    assert report.restored_from == backups_before[0] and report.backup_taken == T1
    assert notes(library) == ["old", "new"]
    assert report.previous_copy == data_home / "library.replaced-20261127T105012Z.db"
    assert notes(report.previous_copy) == ["old", "new", "after"]
    assert report.safety_backup is not None
    assert notes(report.safety_backup) == ["old", "new", "after"]
    assert report.safety_backup.name.endswith("-before-restore.db")
    assert set(backups_before) < {info.path for info in list_backups()}, "none rotated away"
    assert "Restored the backup of 2026-11-26 23:50 UTC" in report.message()
    if POSIX:
        assert mode(library) == 0o600
        assert mode(report.previous_copy) == 0o600


def test_restore_of_a_named_older_backup(data_home: Path) -> None:
    library = library_with_two_backups(data_home)
    older = list_backups()[1]
    report = restore_backup(library, Path(older.path.name), now=LATER)
    assert report.restored_from == older.path
    assert notes(library) == ["old"]


def test_restore_refuses_a_damaged_backup_and_changes_nothing(data_home: Path) -> None:
    library = library_with_two_backups(data_home)
    newest = list_backups()[0]
    random_pages(3)(newest.path)
    before = fingerprints(data_home) | fingerprints(data_home / "backups")

    with pytest.raises(RestoreError, match=r"is damaged \(.+\); nothing was changed"):
        restore_backup(library, now=LATER)
    assert fingerprints(data_home) | fingerprints(data_home / "backups") == before


def test_restore_with_no_backups_says_so(data_home: Path) -> None:
    library = data_home / "library.db"
    add_note(library, "note")
    with pytest.raises(RestoreError, match="no backups"):
        restore_backup(library)
    assert notes(library) == ["note"]
