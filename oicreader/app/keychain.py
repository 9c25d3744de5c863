"""The library's passphrase remembered in the operating system's keychain, when the reader
asks for it (Preferences); `keyring` is imported only then.

Only a real keychain is used (macOS Keychain, Windows Credential Locker, the Secret Service
of GNOME or KDE, through app/secret_service.py when keyring cannot reach it): keyring's fail
and null backends, and every backend of `keyrings.alt` (which keeps secrets in a file, in
plain text or under a passphrase of its own), are refused, so the passphrase is never written
to a file of ours or a plain file of keyring's.
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from oicreader.store.encryption import held_passphrase

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

# The keychain entry: this service, and the library file as the account, so two data folders
# (OICREADER_HOME) keep two passphrases.
KEYCHAIN_SERVICE = "OIC Reader library"

# Backends that only pretend to keep a secret, or keep it in a file.
_REFUSED_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


def _account(library: Path) -> str:
    return str(library.resolve())


def usable_keychain() -> KeyringBackend | None:
    """The keychain keyring would use, or None when it has no real one (a server, CI, or only
    a file backend)."""
    try:
        import keyring
        from keyring.backends.chainer import ChainerBackend
    except ImportError:  # a build without it: the option is simply not offered
        return None
    backend = keyring.get_keyring()
    backends = backend.backends if isinstance(backend, ChainerBackend) else [backend]
    usable = [one for one in backends if not type(one).__module__.startswith(_REFUSED_MODULES)]
    if usable and len(usable) == len(backends):
        return backend
    return _secret_service_over_jeepney()


def _secret_service_over_jeepney() -> KeyringBackend | None:
    """On Linux, when keyring has no keychain of its own (the package leaves SecretStorage
    out): the Secret Service on the session bus, spoken with jeepney, if there is one."""
    if not sys.platform.startswith("linux"):
        return None
    from oicreader.app.secret_service import SecretServiceKeychain, secret_service_running

    return SecretServiceKeychain() if secret_service_running() else None


def keychain_available() -> bool:
    """True when the passphrase can be remembered in a real keychain on this computer."""
    return usable_keychain() is not None


def remembered_passphrase(library: Path) -> str | None:
    """The passphrase of the library kept in the keychain, or None (none kept, no keychain,
    or the keychain refused: locked, or access denied)."""
    backend = usable_keychain()
    if backend is None:
        return None
    from keyring.errors import KeyringError

    try:
        return backend.get_password(KEYCHAIN_SERVICE, _account(library))
    except KeyringError:
        return None


def remember_passphrase(library: Path, passphrase: str) -> bool:
    """Keep the library's passphrase in the keychain; False when no keychain took it."""
    backend = usable_keychain()
    if backend is None:
        return False
    from keyring.errors import KeyringError

    try:
        backend.set_password(KEYCHAIN_SERVICE, _account(library), passphrase)
    except KeyringError:
        return False
    return True


def remember_open_library_passphrase(library: Path) -> bool:
    """Keep the passphrase of the library open now (held in memory) in the keychain; False
    when the library is not open with a passphrase or no keychain took it."""
    passphrase = held_passphrase(library)
    return passphrase is not None and remember_passphrase(library, passphrase)


def forget_remembered_passphrase(library: Path) -> None:
    """Take the library's passphrase out of the keychain, if it is there."""
    backend = usable_keychain()
    if backend is None:
        return
    from keyring.errors import KeyringError

    # Nothing was kept, or the keychain is locked: nothing to take out.
    with contextlib.suppress(KeyringError):
        backend.delete_password(KEYCHAIN_SERVICE, _account(library))
