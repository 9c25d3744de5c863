"""The Secret Service (GNOME Keyring, KDE Wallet) reached over the user's session bus with
jeepney alone: the Linux keychain when keyring has none of its own, as in the packaged app.

keyring's own Secret Service backend goes through SecretStorage, which needs `cryptography`:
with both, the Linux package is 153.6 MB unpacked, over its 150 MB target, so the package
leaves them out (packaging/bundle_contents.py) and keeps jeepney (0.5 MB, pure Python).

Secrets cross the bus in the Secret Service's "plain" session, which every implementation
offers: the session bus is a socket of this user's alone, and any program running as this
user can ask the unlocked keychain for the secret anyway (the README says so). Items carry
keyring's own attributes (service, username), so a passphrase remembered by OIC Reader run
from source (keyring's backend) is found by the package, and the other way round.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from keyring.backend import KeyringBackend
from keyring.compat import properties
from keyring.errors import KeyringError, KeyringLocked, PasswordDeleteError, PasswordSetError

_BUS_NAME = "org.freedesktop.secrets"
_SERVICE_PATH = "/org/freedesktop/secrets"
_SECRET = "org.freedesktop.Secret"
_NO_PROMPT = "/"
# keyring's SecretService backend writes these; the same ones make the items shared.
_APPLICATION = "Python keyring library"
# How long a call, or an unlock prompt the reader answers, may take.
_CALL_SECONDS = 10.0
_PROMPT_SECONDS = 120.0


class SecretServiceKeychain(KeyringBackend):
    """keyring's interface over the Secret Service, spoken with jeepney in a plain session."""

    @properties.classproperty
    def priority(cls) -> float:
        # Never chosen by keyring itself: OIC Reader asks for it by name (app/keychain.py)
        # only when keyring has no real keychain, so keyring's own choice is left as it is.
        raise RuntimeError("used by OIC Reader only when keyring has no keychain")

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # keyring is untyped

    def get_password(self, service: str, username: str) -> str | None:
        with _secret_service() as bus:
            items = bus.unlocked_items(_attributes(service, username))
            if not items:
                return None
            secret = bus.call(items[0], "Item", "GetSecret", "o", (bus.session,))[0]
            return bytes(secret[2]).decode("utf-8")

    def set_password(self, service: str, username: str, password: str) -> None:
        with _secret_service() as bus:
            collection = bus.default_collection()
            properties_ = {
                f"{_SECRET}.Item.Label": ("s", f"Password for '{username}' on '{service}'"),
                f"{_SECRET}.Item.Attributes": (
                    "a{ss}",
                    {**_attributes(service, username), "application": _APPLICATION},
                ),
            }
            secret = (bus.session, b"", password.encode("utf-8"), "text/plain; charset=utf8")
            _, prompt = bus.call(
                collection, "Collection", "CreateItem", "a{sv}(oayays)b",
                (properties_, secret, True),
            )  # fmt: skip
            if prompt != _NO_PROMPT and not bus.prompted(prompt):
                raise PasswordSetError("the keychain did not take the passphrase")

    def delete_password(self, service: str, username: str) -> None:
        with _secret_service() as bus:
            items = bus.unlocked_items(_attributes(service, username))
            if not items:
                raise PasswordDeleteError("no such passphrase in the keychain")
            prompt = bus.call(items[0], "Item", "Delete", "", ())[0]
            if prompt != _NO_PROMPT:
                bus.prompted(prompt)


def secret_service_running() -> bool:
    """True when this user's session bus has a Secret Service, running or started on demand."""
    try:
        from jeepney import message_bus
        from jeepney.io.blocking import open_dbus_connection
    except ImportError:
        return False
    try:
        with open_dbus_connection(bus="SESSION") as connection:
            if connection.send_and_get_reply(
                message_bus.NameHasOwner(_BUS_NAME), timeout=_CALL_SECONDS
            ).body[0]:
                return True
            reply = connection.send_and_get_reply(
                message_bus.ListActivatableNames(), timeout=_CALL_SECONDS
            )
            return _BUS_NAME in reply.body[0]
    except (KeyError, OSError, RuntimeError, ValueError):
        return False  # no session bus (a server, CI), or it does not answer


def _attributes(service: str, username: str) -> dict[str, str]:
    return {"service": service, "username": username}


@contextlib.contextmanager
def _secret_service() -> Iterator[_Bus]:
    """A connection to the Secret Service with a plain session open; KeyringError when there is
    none, or the service fails (a D-Bus error becomes a refusal, never a traceback)."""
    from jeepney.io.blocking import open_dbus_connection
    from jeepney.wrappers import DBusErrorResponse

    try:
        with open_dbus_connection(bus="SESSION") as connection:
            bus = _Bus(connection)
            try:
                yield bus
            finally:
                with contextlib.suppress(DBusErrorResponse, OSError, TimeoutError):
                    bus.call(bus.session, "Session", "Close", "", ())
    except (KeyError, OSError, RuntimeError, TimeoutError, DBusErrorResponse) as error:
        raise KeyringError(f"the Secret Service refused: {error}") from error


class _Bus:
    """The Secret Service's calls on one connection, in one plain session."""

    def __init__(self, connection: Any) -> None:
        self.connection = connection
        self.session: str = self.call(
            _SERVICE_PATH, "Service", "OpenSession", "sv", ("plain", ("s", ""))
        )[1]

    def call(
        self, path: str, interface: str, method: str, signature: str, body: tuple[Any, ...]
    ) -> Any:
        """The body of the reply to a method call; DBusErrorResponse for an error reply."""
        from jeepney import DBusAddress, new_method_call
        from jeepney.wrappers import unwrap_msg

        address = DBusAddress(path, bus_name=_BUS_NAME, interface=f"{_SECRET}.{interface}")
        message = new_method_call(address, method, signature or None, body)
        return unwrap_msg(self.connection.send_and_get_reply(message, timeout=_CALL_SECONDS))

    def unlocked_items(self, attributes: dict[str, str]) -> list[str]:
        """The items with these attributes, locked ones unlocked first (the keychain may ask
        the reader); KeyringLocked when the reader does not unlock them."""
        unlocked, locked = self.call(
            _SERVICE_PATH, "Service", "SearchItems", "a{ss}", (attributes,)
        )
        if locked:
            unlocked = [*unlocked, *self.unlock(locked)]
        return list(unlocked)

    def default_collection(self) -> str:
        """The collection keyring writes to (the default one), unlocked."""
        collection = self.call(_SERVICE_PATH, "Service", "ReadAlias", "s", ("default",))[0]
        if collection == _NO_PROMPT:
            raise KeyringLocked("the keychain has no default collection")
        self.unlock([collection])
        return str(collection)

    def unlock(self, paths: list[str]) -> list[str]:
        """Unlock objects, through the keychain's own prompt when it needs one."""
        unlocked, prompt = self.call(_SERVICE_PATH, "Service", "Unlock", "ao", (paths,))
        if prompt != _NO_PROMPT:
            if not self.prompted(prompt):
                raise KeyringLocked("the keychain stayed locked")
            return list(paths)
        if len(unlocked) < len(paths):
            raise KeyringLocked("the keychain stayed locked")
        return list(unlocked)

    def prompted(self, prompt: str) -> bool:
        """Show the keychain's prompt and wait for the reader: True unless dismissed."""
        from jeepney import MatchRule, message_bus

        completed = MatchRule(
            type="signal", interface=f"{_SECRET}.Prompt", member="Completed", path=prompt
        )
        self.connection.send_and_get_reply(message_bus.AddMatch(completed), timeout=_CALL_SECONDS)
        with self.connection.filter(completed) as signals:
            self.call(prompt, "Prompt", "Prompt", "s", ("",))
            dismissed = self.connection.recv_until_filtered(signals, timeout=_PROMPT_SECONDS).body[
                0
            ]
        return not dismissed
