"""PyInstaller runtime hook: with OICREADER_NETWORK_AUDIT set, log the app's socket use there.

The frozen app ignores PYTHONPATH and sitecustomize, so the smoke test cannot inject a
guard from outside; this hook lets it check, on every system, that the Python code opens
no network connection. Unset (always, for readers), the hook does nothing at all.
"""

import json
import os
import sys


def _install_network_audit() -> None:
    log_path = os.environ.get("OICREADER_NETWORK_AUDIT")
    if not log_path:
        return
    watched = (
        "socket.__new__",
        "socket.bind",
        "socket.connect",
        "socket.getaddrinfo",
        "socket.gethostbyname",
        "socket.gethostbyaddr",
        "socket.sendto",
        "http.client.connect",
        "urllib.Request",
    )

    def record(event: str, arguments: tuple[object, ...]) -> None:
        if event not in watched:
            return
        if event == "socket.__new__":
            arguments = arguments[1:]  # the socket itself is not built yet
        try:
            line = json.dumps({"event": event, "arguments": [repr(a) for a in arguments]})
            with open(log_path, "a", encoding="utf-8") as log:
                log.write(line + "\n")
        except Exception:  # an audit hook must never break the app
            pass

    sys.addaudithook(record)


_install_network_audit()
