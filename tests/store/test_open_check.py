"""A start that cannot skip the check: bounded for a large library, the full check left to
the daily backup, and damage the daily backup finds repaired at the next start (issue 22)."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import closing
from datetime import datetime, timezone
from pathlib import Path

import pytest

from oicreader import paths
from oicreader.store import health, open_check
from oicreader.store.backups import BackupError, take_backup
from oicreader.store.connection import transaction
from oicreader.store.health import CopyFacts
from oicreader.store.library import Library
from tests.store.conftest import connect_to_file
from tests.store.test_backups import leave_crash_state

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc)


class CopySpy:
    """Records every private copy a check makes of the library."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.copied: list[Path] = []
        self._copy = health.copy_owner_only
        monkeypatch.setattr(health, "copy_owner_only", self)
        self._inspect = health.inspect_copy
        self.inspected: list[Path] = []
        monkeypatch.setattr(health, "inspect_copy", self.inspect)

    def __call__(self, source: Path, target: Path) -> None:
        self.copied.append(source)
        self._copy(source, target)

    def inspect(self, path: Path) -> CopyFacts:
        self.inspected.append(path)
        return self._inspect(path)


@pytest.fixture
def large(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every library counts as large: above the size a start still checks in full."""
    monkeypatch.setattr(open_check, "FULL_CHECK_UP_TO_BYTES", 0)


def library_with_notes(data_home: Path, *notes: str) -> Path:
    """A library closed cleanly, holding a table of notes, with a backup taken before them."""
    library = data_home / "library.db"
    Library.open(library).close()
    take_backup(library, "daily", now=T0)
    with Library.open(library) as opened, transaction(opened.db):
        opened.db.execute("CREATE TABLE scratch(x)")
        opened.db.conn.executemany("INSERT INTO scratch VALUES (?)", [(n,) for n in notes])
    return library


def scratch_notes(library: Path) -> list[str]:
    with closing(connect_to_file(library)) as connection:
        return [row[0] for row in connection.execute("SELECT x FROM scratch ORDER BY rowid")]


def forget_the_clean_close(library: Path) -> None:
    """As after a crash of another copy, or a copy of the app closing while this one ran."""
    paths.clean_close_stamp_path(library).unlink()


def zero_the_last_page(library: Path) -> None:
    size = library.stat().st_size
    with library.open("r+b") as file:
        file.seek(size - 4096)
        file.write(bytes(4096))


def test_a_large_library_without_its_clean_close_stamp_is_not_copied_at_start(
    data_home: Path, monkeypatch: pytest.MonkeyPatch, large: None
) -> None:
    library = library_with_notes(data_home, "kept")
    forget_the_clean_close(library)
    spy = CopySpy(monkeypatch)

    with Library.open(library, upkeep_now=False) as opened:
        assert opened.recovery is None
        assert opened.summaries()

    assert spy.copied == [], "nothing at start-up copies the whole file"
    assert spy.inspected == [], "nor runs integrity_check on it"
    assert paths.clean_close_stamp_path(library).exists(), "a glance may vouch for a close"


def test_a_small_library_without_its_stamp_is_still_checked_in_full(
    data_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = library_with_notes(data_home, "kept")
    forget_the_clean_close(library)
    spy = CopySpy(monkeypatch)
    Library.open(library, upkeep_now=False).close()
    assert spy.inspected, "a small file costs little to check in full"


def overwrite_the_header(library: Path) -> None:
    with library.open("r+b") as file:
        file.write(b"not a database, not at all")


def zero_the_schema_root(library: Path) -> None:
    with library.open("r+b") as file:
        file.seek(100)  # page 1's b-tree header, after the file header
        file.write(bytes(200))


def cut_short(library: Path) -> None:
    with library.open("r+b") as file:
        file.truncate(library.stat().st_size - 4096 - 100)


FIRST_PAGE_DAMAGE = {
    "header-overwritten": overwrite_the_header,
    "schema-root-zeroed": zero_the_schema_root,
    "cut-short": cut_short,
}


@pytest.mark.parametrize("damage", FIRST_PAGE_DAMAGE.values(), ids=FIRST_PAGE_DAMAGE.keys())
def test_a_large_library_whose_first_page_shows_damage_is_recovered_at_start(
    data_home: Path, large: None, damage: Callable[[Path], None]
) -> None:
    library = library_with_notes(data_home, "lost")
    forget_the_clean_close(library)
    damage(library)

    with Library.open(library, upkeep_now=False) as opened:
        assert opened.recovery is not None and opened.recovery.restored_from is not None


def test_a_large_library_beside_a_wal_is_checked_in_full(
    data_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, large: None
) -> None:
    library = library_with_notes(data_home, "kept")
    leave_crash_state(library, "only in the -wal", tmp_path)
    spy = CopySpy(monkeypatch)

    Library.open(library, upkeep_now=False).close()

    assert spy.inspected, "a -wal may belong to another database: only the full check can tell"
    assert scratch_notes(library) == ["kept", "only in the -wal"]


def test_damage_the_daily_backup_finds_is_repaired_at_the_next_start(
    data_home: Path, large: None
) -> None:
    library = library_with_notes(data_home, *(f"note {n} " * 40 for n in range(400)))
    forget_the_clean_close(library)
    zero_the_last_page(library)
    with Library.open(library, upkeep_now=False) as opened:
        assert opened.recovery is None, "a page inside the file is past what a glance reads"
    with pytest.raises(BackupError) as refused:
        take_backup(library, "daily")
    assert "checks the library in full at its next start" in str(refused.value)
    assert paths.full_check_request_path(library).exists()

    with Library.open(library, upkeep_now=False) as reopened:
        assert reopened.recovery is not None, "stamp or not, the next start checks in full"
        assert reopened.recovery.damaged_copy.exists()
    assert not paths.full_check_request_path(library).exists(), "asked once, done once"


def test_a_request_for_a_full_check_outweighs_a_clean_close(
    data_home: Path, monkeypatch: pytest.MonkeyPatch, large: None
) -> None:
    library = library_with_notes(data_home, "kept")
    paths.full_check_request_path(library).touch()
    spy = CopySpy(monkeypatch)
    Library.open(library, upkeep_now=False).close()
    assert spy.inspected
    assert not paths.full_check_request_path(library).exists()
