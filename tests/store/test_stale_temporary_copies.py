"""A backup or restore killed half-way leaves a temporary copy of the whole library; the next
backup or restore removes it, and never one another live process is still writing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from oicreader.store.backups import DAILY_REASON, list_backups, restore_backup, take_backup
from oicreader.store.library import Library
from tests.conftest import REPOSITORY_ROOT

pytestmark = pytest.mark.skipif(os.name != "posix", reason="kill -9 and process ids: POSIX")

# Runs `call` with `pause_at` replaced by a stop that says so and then waits to be killed,
# so the kill lands exactly while the temporary copy exists.
KILLED_HALF_WAY = """
import os as _os
from oicreader.app.encryption import use_passphrase
use_passphrase(_os.environ.get("OICREADER_PASSPHRASE"))  # the encrypted run: tests/store/conftest
import sys, time
from pathlib import Path
from oicreader.store import backups

def stop_here(*arguments, **keywords):
    print("half-way", flush=True)
    time.sleep(600)

setattr(backups, sys.argv[1], stop_here)
library = Path(sys.argv[2])
if sys.argv[3] == "backup":
    backups.take_backup(library, "manual")
else:
    backups.restore_backup(library)
"""
AN_HOUR_AND_A_MINUTE = 61 * 60


def kill_half_way(data_home: Path, pause_at: str, action: str) -> int:
    """Start a backup or restore in another process, kill -9 it while its copy exists; return
    the id it had."""
    process = subprocess.Popen(
        [sys.executable, "-c", KILLED_HALF_WAY, pause_at, str(data_home / "library.db"), action],
        cwd=REPOSITORY_ROOT, env={**os.environ, "OICREADER_HOME": str(data_home)},
        text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    assert process.stdout is not None
    line = process.stdout.readline()
    process.send_signal(signal.SIGKILL)
    _output, errors = process.communicate(timeout=30)  # reaped: its id is free again
    assert line.strip() == "half-way", errors
    assert process.returncode == -signal.SIGKILL
    return process.pid


def temporaries(folder: Path, purpose: str) -> set[str]:
    return {path.name for path in folder.iterdir() if path.name.startswith(f".{purpose}-")}


def a_library(data_home: Path) -> Path:
    library = data_home / "library.db"
    Library.open(library, load_bundled=False, safeguards=False).close()
    return library


def left_as_if_by(folder: Path, name: str, age_seconds: float = 0) -> Path:
    """A temporary copy another process left or is writing: `age_seconds` since its last write."""
    path = folder / name
    path.write_bytes(b"SQLite format 3\x00" + bytes(4080))
    moment = time.time() - age_seconds
    os.utime(path, (moment, moment))
    return path


def test_the_copy_of_a_backup_killed_half_way_is_removed_by_the_next_backup(
    data_home: Path,
) -> None:
    library = a_library(data_home)
    kill_half_way(data_home, "inspect_copy", "backup")
    backups = data_home / "backups"
    assert temporaries(backups, "taking"), "the kill left the copy of the library behind"

    backup = take_backup(library, "manual")

    assert temporaries(backups, "taking") == set()
    assert [info.path for info in list_backups()] == [backup]


def test_a_start_removes_the_copy_of_a_killed_backup_even_when_no_backup_is_due(
    data_home: Path,
) -> None:
    library = a_library(data_home)
    take_backup(library, DAILY_REASON)
    killed = kill_half_way(data_home, "_put_in_place", "restore")
    assert temporaries(data_home, "restoring")
    left_as_if_by(data_home / "backups", f".taking-{killed}-k2j4h1x8.db")

    Library.open(library, load_bundled=False).close()

    assert temporaries(data_home / "backups", "taking") == set()
    assert temporaries(data_home, "restoring") == set()
    assert DAILY_REASON in [info.reason for info in list_backups()]


def test_the_copy_of_a_restore_killed_half_way_is_removed_by_the_next_restore(
    data_home: Path,
) -> None:
    library = a_library(data_home)
    take_backup(library, "manual")
    kill_half_way(data_home, "_put_in_place", "restore")
    assert temporaries(data_home, "restoring"), "the kill left the copy of the backup behind"

    restore_backup(library)

    assert temporaries(data_home, "restoring") == set()


def test_a_copy_another_live_process_is_writing_is_left_alone(data_home: Path) -> None:
    library = a_library(data_home)
    backups = data_home / "backups"
    backups.mkdir(exist_ok=True)
    alive = os.getpid()  # this very process: certainly running
    writing = left_as_if_by(backups, f".taking-{alive}-k2j4h1x8.db")
    restoring = left_as_if_by(data_home, f".restoring-{alive}-p0q9r8s7.db")
    from_an_older_version = left_as_if_by(backups, ".taking-a8b7c6d5.db")  # no process id

    take_backup(library, "manual")
    restore_backup(library)

    assert writing.exists() and restoring.exists() and from_an_older_version.exists()


def test_a_copy_unchanged_for_over_an_hour_is_stale_even_if_its_process_id_is_in_use(
    data_home: Path,
) -> None:
    library = a_library(data_home)
    backups = data_home / "backups"
    backups.mkdir(exist_ok=True)
    alive = os.getpid()  # a process id the system has given to someone else since
    forgotten = left_as_if_by(backups, f".taking-{alive}-k2j4h1x8.db", AN_HOUR_AND_A_MINUTE)
    forgotten_log = Path(f"{forgotten}-journal")
    forgotten_log.write_bytes(b"")
    os.utime(forgotten_log, (time.time() - AN_HOUR_AND_A_MINUTE,) * 2)
    from_an_older_version = left_as_if_by(backups, ".taking-a8b7c6d5.db", AN_HOUR_AND_A_MINUTE)

    take_backup(library, "manual")

    assert not forgotten.exists() and not forgotten_log.exists()
    assert not from_an_older_version.exists()
