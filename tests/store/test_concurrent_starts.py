"""Several starts at once on a library from an older version: one upgrade, every note kept."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from oicreader.store import schema
from oicreader.store.backups import DEFAULT_KEEP
from tests.conftest import REPOSITORY_ROOT
from tests.store.conftest import connect_to_file

pytestmark = pytest.mark.slow

FIXTURES = Path(__file__).parent / "fixtures"
# By version, not by name: library-v10.db comes after library-v9.db.
OLDER_LIBRARIES = sorted(
    FIXTURES.glob("library-v*.db"), key=lambda path: int(path.stem.removeprefix("library-v"))
)
TRIALS = 3
STARTS_AT_ONCE = 3


def oicreader(home: Path, *arguments: str) -> subprocess.Popen[str]:
    """Start `python -m oicreader ARGUMENTS` on the data folder `home`, without waiting."""
    return subprocess.Popen(
        [sys.executable, "-m", "oicreader", *arguments],
        cwd=REPOSITORY_ROOT, env={**os.environ, "OICREADER_HOME": str(home)},
        text=True, encoding="utf-8", stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip


def seed_backups_that_opened_cleanly(home: Path, older_library: Path) -> set[str]:
    """A full set of recent daily backups, as a reader who used the old version has; their names."""
    folder = home / "backups"
    folder.mkdir(mode=0o700)
    latest = datetime.now(timezone.utc) - timedelta(hours=1)
    names = set()
    for age in range(DEFAULT_KEEP):
        name = f"library-{latest - timedelta(minutes=age):%Y%m%dT%H%M%S%f}Z-daily.db"
        (folder / name).write_bytes(older_library.read_bytes())
        names.add(name)
    return names


def user_version(database: Path) -> int:
    # immutable: reading the header leaves no -wal or -shm behind and changes nothing. But it
    # ignores a -wal, which holds the upgrade when the last start to close could not fold it
    # into the file (another was still reading): then the file is read through its -wal.
    wal_left = Path(f"{database}-wal").exists()
    with connect_to_file(database, "" if wal_left else "immutable=1") as connection:
        return int(connection.execute("PRAGMA user_version").fetchone()[0])


def start_at_once(home: Path, trial: int) -> dict[str, str]:
    """Start several `notes add` together, each of which must succeed; the notes they
    confirmed (printed the id of, exiting 0), by id."""
    notes = [f"trial {trial}, start {number}" for number in range(STARTS_AT_ONCE)]
    starts = [oicreader(home, "notes", "add", "-p", "3", "--note", note) for note in notes]
    confirmed = {}
    for start, note in zip(starts, notes, strict=True):
        output, errors = start.communicate(timeout=120)
        assert "Traceback" not in errors, errors
        assert start.returncode == 0, f"{note}: {errors}"
        confirmed[output.strip()] = note
    return confirmed


def stored_notes(home: Path) -> dict[str, str]:
    listing = oicreader(home, "notes", "list", "--json")
    output, errors = listing.communicate(timeout=60)
    assert listing.returncode == 0, f"the library is not usable afterwards: {errors}"
    rows = [json.loads(line) for line in output.splitlines()]
    return {row["id"]: row["note"] for row in rows}


def test_there_is_an_older_library_of_every_earlier_version() -> None:
    versions = [user_version(path) for path in OLDER_LIBRARIES]
    assert versions == list(range(1, schema.SCHEMA_VERSION)), OLDER_LIBRARIES


@pytest.mark.parametrize("older_library", OLDER_LIBRARIES, ids=lambda path: path.stem)
def test_starts_at_once_upgrade_an_older_library_once_and_keep_every_confirmed_note(
    older_library: Path, tmp_path: Path
) -> None:
    old_version = user_version(older_library)
    notes_before = stored_notes_of_a_copy(older_library, tmp_path / "one-start")
    for trial in range(TRIALS):
        home = tmp_path / f"trial-{trial}"
        home.mkdir()
        (home / "library.db").write_bytes(older_library.read_bytes())
        clean_backups = seed_backups_that_opened_cleanly(home, older_library)

        confirmed = start_at_once(home, trial)

        assert user_version(home / "library.db") == schema.SCHEMA_VERSION
        stored = stored_notes(home)
        assert confirmed.items() <= stored.items(), f"trial {trial}: a confirmed note is lost"
        assert notes_before.items() <= stored.items(), f"trial {trial}: an older note is lost"
        backups = {path.name for path in (home / "backups").iterdir()}
        # These libraries hold the bundled report as it was when they were made: the first
        # start reloads its revised files after one backup, which takes the oldest clean
        # backup's place in the rotation; the starts beside it find the reload done.
        reloads = [name for name in backups if "before-bundled-reload" in name]
        assert len(reloads) == 1, f"trial {trial}: the bundled files were reloaded {reloads}"
        rotated = sorted(clean_backups - backups)
        assert rotated == sorted(clean_backups)[:1], f"trial {trial}: clean backups lost"
        [before_migration] = [name for name in backups if "before-migration" in name]
        assert before_migration.endswith(f"-{old_version}-to-{schema.SCHEMA_VERSION}.db")
        assert user_version(home / "backups" / before_migration) == old_version


def stored_notes_of_a_copy(older_library: Path, home: Path) -> dict[str, str]:
    """The notes an older library holds, read by upgrading a private copy of it alone."""
    home.mkdir()
    (home / "library.db").write_bytes(older_library.read_bytes())
    return stored_notes(home)
