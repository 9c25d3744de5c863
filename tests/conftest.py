"""Shared test set-up: every test gets its own empty data folder and runs Qt offscreen."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# Set before any Qt import, so GUI tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Every temporary file of the run, ours, Qt's and the subprocesses' (they inherit TMPDIR), goes
# into one watched folder, so that a test run that leaves anything behind fails (issue 16:
# no copy of user data outside the data folder, ever). Made when pytest starts, not when this
# module is imported: a script or subprocess that imports it for a constant makes none.
_watched_folder: Path | None = None

REPOSITORY_ROOT = Path(__file__).resolve().parent.parent
BUNDLED_FOLDER = REPOSITORY_ROOT / "resources" / "documents" / "oic-acm-2017-chair-rep"
ARABIC_SOURCE = BUNDLED_FOLDER / "ar.txt"


@pytest.fixture(autouse=True, scope="module")
def module_data_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A data folder for the module-scoped fixtures, made before any of them: they are set
    up before the per-test data_home, and a library one of them opens (its backups, its
    scratch copies) would otherwise go to the real data folder."""
    home = tmp_path_factory.mktemp("oicreader-module-home")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("OICREADER_HOME", str(home))
        yield home


@pytest.fixture(autouse=True)
def data_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Point OICREADER_HOME at a fresh folder so no test touches the real user data."""
    home = tmp_path_factory.mktemp("oicreader-home")
    monkeypatch.setenv("OICREADER_HOME", str(home))
    yield home


@pytest.fixture(autouse=True)
def no_session_bus(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reaches this computer's keychain: the Secret Service on the session bus
    (app/secret_service.py) is found only where a test starts a session bus of its own."""
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)


@pytest.fixture(autouse=True)
def no_passphrase_left_in_memory() -> Iterator[None]:
    """A passphrase held by one test (an encrypted library opened) is not another's."""
    yield
    encryption = sys.modules.get("oicreader.store.encryption")
    if encryption is not None:
        encryption._held.clear()


def pytest_configure(config: pytest.Config) -> None:
    """Send every temporary file of the run into one new folder, watched at the end."""
    global _watched_folder
    _watched_folder = Path(tempfile.mkdtemp(prefix="oicreader-tests-"))
    os.environ["TMPDIR"] = str(_watched_folder)
    # The platform's data folder (where the app goes without OICREADER_HOME, on Linux) is in
    # the watched folder too: a test or a child process that lost OICREADER_HOME (a
    # monkeypatch undone, an environment built without it) writes there, not in this
    # computer's real folder, and the run fails, naming it.
    os.environ["XDG_DATA_HOME"] = str(_watched_folder / "platform-data-folder")
    tempfile.tempdir = None  # forget the folder tempfile chose before, so TMPDIR applies


def files_left_in_temporary_folder() -> list[str]:
    """What the tests left in the temporary folder, besides pytest's own tmp_path folders."""
    if _watched_folder is None:
        return []
    return sorted(
        entry.name for entry in _watched_folder.iterdir() if not entry.name.startswith("pytest-of-")
    )


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Fail the run when a test, the app or a subprocess left a file in the temporary folder."""
    if _watched_folder is None:
        return
    left = files_left_in_temporary_folder()
    if left:
        print(f"\nthe tests left these in the temporary folder {_watched_folder}: {left}")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
    else:
        shutil.rmtree(_watched_folder, ignore_errors=True)


def age_the_stored_report(paragraph: int, language: str, text: str) -> None:
    """Make the library's copy of the bundled report look older than the app's files, as
    after an update of the app: another hash, and one paragraph with other text."""
    from oicreader.store.connection import transaction
    from oicreader.store.library import Library

    with Library.open() as library, transaction(library.db):
        library.db.execute(
            "UPDATE paragraphs SET text = ? WHERE number = ? AND language = ?",
            [text, paragraph, language],
        )
        library.db.execute("UPDATE revisions SET content_hash = 'older'")
        library.db.execute("UPDATE documents SET content_hash = 'older'")
