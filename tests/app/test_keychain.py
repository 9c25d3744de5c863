"""The passphrase remembered in the OS keychain: only in a real keychain, never in a file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backends import fail
from keyring.errors import KeyringError

from oicreader.app.keychain import (
    KEYCHAIN_SERVICE,
    forget_remembered_passphrase,
    keychain_available,
    remember_open_library_passphrase,
    remember_passphrase,
    remembered_passphrase,
)
from oicreader.store.encryption import hold_passphrase
from tests.memory_keychain import MemoryKeychain, keychain_in_use

PASSPHRASE = "Sésame — كلمة السر"


@pytest.fixture
def keychain() -> Iterator[MemoryKeychain]:
    with keychain_in_use(MemoryKeychain()) as backend:
        assert isinstance(backend, MemoryKeychain)
        yield backend


class PlaintextKeyring(MemoryKeychain):
    """Stands for keyrings.alt's file backend: a keychain by name only."""


PlaintextKeyring.__module__ = "keyrings.alt.file"


class LockedKeychain(MemoryKeychain):
    """A real keychain that refuses: locked, or access denied."""

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringError("the keychain is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringError("the keychain is locked")


def test_a_remembered_passphrase_is_read_back_then_forgotten(
    keychain: MemoryKeychain, tmp_path: Path
) -> None:
    library = tmp_path / "library.db"
    assert keychain_available()
    assert remember_passphrase(library, PASSPHRASE)
    assert keychain.secrets == {(KEYCHAIN_SERVICE, str(library.resolve())): PASSPHRASE}
    assert remembered_passphrase(library) == PASSPHRASE
    assert remembered_passphrase(tmp_path / "another.db") is None
    forget_remembered_passphrase(library)
    assert remembered_passphrase(library) is None
    forget_remembered_passphrase(library)  # nothing kept: nothing to do, no error


def test_the_passphrase_of_the_open_library_is_the_one_remembered(
    keychain: MemoryKeychain, tmp_path: Path
) -> None:
    library = tmp_path / "library.db"
    assert not remember_open_library_passphrase(library)  # not open with a passphrase
    hold_passphrase(library, PASSPHRASE)
    assert remember_open_library_passphrase(library)
    assert remembered_passphrase(library) == PASSPHRASE


def test_without_a_keychain_nothing_is_remembered(tmp_path: Path) -> None:
    library = tmp_path / "library.db"
    with keychain_in_use(fail.Keyring()):
        assert not keychain_available()
        assert not remember_passphrase(library, PASSPHRASE)
        assert remembered_passphrase(library) is None


def test_a_file_backend_of_keyrings_alt_is_refused(tmp_path: Path) -> None:
    backend = PlaintextKeyring()
    with keychain_in_use(backend):
        assert not keychain_available()
        assert not remember_passphrase(tmp_path / "library.db", PASSPHRASE)
    assert backend.secrets == {}


def test_a_keychain_that_refuses_remembers_nothing_and_raises_nothing(tmp_path: Path) -> None:
    library = tmp_path / "library.db"
    with keychain_in_use(LockedKeychain()):
        assert not remember_passphrase(library, PASSPHRASE)
        assert remembered_passphrase(library) is None
