"""Preferences > Security: the idle time before the lock, and the passphrase remembered in
the keychain (an in-memory one here, never the computer's), used at start."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backends import fail
from pytestqt.qtbot import QtBot

from oicreader.app.keychain import remembered_passphrase
from oicreader.paths import library_path, settings_path
from oicreader.store.library import Library
from oicreader.ui.app import open_library_for_window
from oicreader.ui.main_window import MainWindow
from oicreader.ui.settings import Settings
from tests.memory_keychain import MemoryKeychain, keychain_in_use
from tests.ui.test_lock import (
    PASSPHRASE,
    WRONG,
    PassphraseAnswers,
    encrypted_library_with_a_note,
    encrypted_window,
    files_holding,
)

__all__ = ["encrypted_window"]  # a fixture of test_lock.py, used here too


@pytest.fixture
def keychain() -> Iterator[MemoryKeychain]:
    with keychain_in_use(MemoryKeychain()) as backend:
        assert isinstance(backend, MemoryKeychain)
        yield backend


def test_the_idle_lock_is_fifteen_minutes_unless_chosen_and_never_is_offered(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = window.preferences.show_preferences()
    assert dialog.settings.idle_lock_minutes == 15
    assert dialog.idle_lock.currentData() == 15
    dialog.idle_lock.setCurrentIndex(dialog.idle_lock.findText("Never"))
    assert window.settings.idle_lock_minutes is None
    dialog.idle_lock.setCurrentIndex(dialog.idle_lock.findData(5.0))
    assert window.settings.idle_lock_minutes == 5
    dialog.close()


def test_without_a_keychain_the_option_says_so_and_cannot_be_ticked(
    qtbot: QtBot, window: MainWindow
) -> None:
    with keychain_in_use(fail.Keyring()):
        dialog = window.preferences.show_preferences()
    assert not dialog.remember.isEnabled()
    assert not dialog.remember.isChecked()
    assert "no keychain" in dialog.keychain_note.text()
    dialog.close()


def test_ticking_remember_keeps_the_open_library_passphrase_in_the_keychain_only(
    qtbot: QtBot, keychain: MemoryKeychain, data_home: Path, encrypted_window: MainWindow
) -> None:
    window = encrypted_window
    dialog = window.preferences.show_preferences()
    assert dialog.remember.isEnabled()
    assert not dialog.remember.isChecked()  # off by default
    dialog.remember.setChecked(True)
    assert window.settings.remember_passphrase
    assert remembered_passphrase(library_path()) == PASSPHRASE
    window.settings.sync()
    assert files_holding(data_home, PASSPHRASE) == []
    assert PASSPHRASE.encode() not in settings_path().read_bytes()
    dialog.remember.setChecked(False)
    assert keychain.secrets == {}
    dialog.close()


def test_start_up_opens_with_the_remembered_passphrase_without_asking(
    qtbot: QtBot, keychain: MemoryKeychain, data_home: Path
) -> None:
    encrypted_library_with_a_note()
    settings = Settings()
    settings.remember_passphrase = True
    answers = PassphraseAnswers(None)
    from oicreader.app.keychain import remember_passphrase

    remember_passphrase(library_path(), PASSPHRASE)
    library = open_library_for_window(settings)
    assert isinstance(library, Library)
    library.close()
    assert answers.answers == [None]  # no dialog was shown to answer
    answers.stop()


def test_a_stale_remembered_passphrase_is_dropped_and_the_one_typed_remembered(
    qtbot: QtBot, keychain: MemoryKeychain, data_home: Path
) -> None:
    encrypted_library_with_a_note()
    settings = Settings()
    settings.remember_passphrase = True
    from oicreader.app.keychain import remember_passphrase

    remember_passphrase(library_path(), WRONG)  # changed since with `oicreader passphrase`
    answers = PassphraseAnswers(PASSPHRASE)
    library = open_library_for_window(settings)
    assert isinstance(library, Library)
    library.close()
    assert answers.answers == []
    assert remembered_passphrase(library_path()) == PASSPHRASE


def test_a_passphrase_typed_at_start_stays_out_of_the_keychain_unless_asked(
    qtbot: QtBot, keychain: MemoryKeychain, data_home: Path
) -> None:
    encrypted_library_with_a_note()
    PassphraseAnswers(PASSPHRASE)
    library = open_library_for_window(Settings())
    assert isinstance(library, Library)
    library.close()
    assert keychain.secrets == {}
