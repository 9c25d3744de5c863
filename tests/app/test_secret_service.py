"""The Secret Service spoken over the session bus with jeepney (the packaged Linux app's
keychain): with a real gnome-keyring-daemon on a session bus of the test's own."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from keyring.backends import fail

from oicreader.app.keychain import keychain_available, remember_passphrase
from oicreader.app.secret_service import secret_service_running
from tests.conftest import REPOSITORY_ROOT
from tests.memory_keychain import keychain_in_use

PASSPHRASE = "Sésame — كلمة السر"

# Run on the test's own session bus, keyring left with no keychain, as in the package.
_IN_A_SESSION = """
import sys
from pathlib import Path

import keyring
from keyring.backends import fail
from keyring.backends.SecretService import Keyring as KeyringsOwnSecretService

from oicreader.app import keychain

keyring.set_keyring(fail.Keyring())
library, passphrase = Path(sys.argv[1]), sys.argv[2]
print(type(keychain.usable_keychain()).__name__)
print(keychain.remember_passphrase(library, passphrase))
print(keychain.remembered_passphrase(library) == passphrase)
# What OIC Reader run from source (keyring's own backend, through SecretStorage) finds there.
from_source = KeyringsOwnSecretService().get_password(keychain.KEYCHAIN_SERVICE, str(library))
print(from_source == passphrase)
keychain.forget_remembered_passphrase(library)
print(keychain.remembered_passphrase(library))
"""

_UNLOCK_A_NEW_KEYRING = (
    "printf 'login password' | gnome-keyring-daemon --unlock --components=secrets >/dev/null"
    ' && exec "$@"'
)


def in_a_session_with_gnome_keyring(
    tmp_path: Path, *command: str
) -> subprocess.CompletedProcess[str]:
    """Run a command on a new session bus with a new, unlocked GNOME keyring in tmp_path."""
    for tool in ("dbus-run-session", "gnome-keyring-daemon"):
        assert shutil.which(tool), f"{tool} is needed: apt-get install dbus gnome-keyring"
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    environment = {
        **os.environ,
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "share"),
        "XDG_RUNTIME_DIR": str(runtime),
        "PYTHONPATH": str(REPOSITORY_ROOT),
    }
    return subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", _UNLOCK_A_NEW_KEYRING, "sh", *command],
        env=environment,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )


def test_a_passphrase_is_kept_in_a_real_gnome_keyring_read_back_and_forgotten(
    tmp_path: Path,
) -> None:
    library = tmp_path / "library.db"
    run = in_a_session_with_gnome_keyring(
        tmp_path, sys.executable, "-c", _IN_A_SESSION, str(library), PASSPHRASE
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == ["SecretServiceKeychain", "True", "True", "True", "None"]
    assert PASSPHRASE not in run.stdout + run.stderr


def test_without_a_session_bus_there_is_no_keychain_to_offer(tmp_path: Path) -> None:
    assert "DBUS_SESSION_BUS_ADDRESS" not in os.environ  # tests/conftest.py: no_session_bus
    assert not secret_service_running()
    with keychain_in_use(fail.Keyring()):
        assert not keychain_available()
        assert not remember_passphrase(tmp_path / "library.db", PASSPHRASE)


def test_a_session_bus_that_does_not_answer_is_no_keychain(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'no-bus'}")
    assert not secret_service_running()
    with keychain_in_use(fail.Keyring()):
        assert not keychain_available()
