"""The files each system's package is made from agree with the app and with each other."""

from __future__ import annotations

import configparser
import json
import os
import re
import socket
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from oicreader import __version__
from tests.packaging import PACKAGING

APP_ID = "org.oicreader.OICReader"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(PACKAGING / "linux" / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_menu_entry_starts_the_app_with_its_icon() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "oicreader"  # install.sh puts the unpacked folder's path here
    assert entry["Icon"] == APP_ID
    assert entry["StartupWMClass"] == "OICReader"  # QCoreApplication's application name
    assert {"Name[ar]", "Name[fr]", "Comment[ar]", "Comment[fr]"} <= set(entry)


def test_the_metainfo_describes_this_version() -> None:
    root = ElementTree.parse(PACKAGING / "linux" / f"{APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    newest = root.find("releases/release")
    assert newest is not None
    assert newest.get("version") == __version__, "add the new version to <releases>"


def test_every_system_uses_the_same_program_name_and_id() -> None:
    spec = (PACKAGING / "oicreader.spec").read_text(encoding="utf-8")
    assert f'BUNDLE_ID = "{APP_ID}"' in spec
    assert 'APP_NAME = "OICReader"' in spec
    inno = (PACKAGING / "windows" / "oicreader.iss").read_text(encoding="utf-8")
    assert re.search(r"^AppId=\{\{[0-9A-F-]{36}\}$", inno, re.MULTILINE)
    assert "{app}\\OICReader.exe" in inno
    workflow = (PACKAGING.parent / ".github" / "workflows" / "build.yml").read_text("utf-8")
    assert "python packaging/build.py" in workflow
    assert "packaging/smoke_test.py" in workflow


def test_the_network_audit_hook_logs_a_socket_and_is_silent_when_off(tmp_path: Path) -> None:
    hook = PACKAGING / "rthooks" / "network_audit.py"
    script = (
        f"exec(open({str(hook)!r}, encoding='utf-8').read())\n"
        "import socket\n"
        "socket.socket(socket.AF_INET, socket.SOCK_STREAM).close()\n"
    )
    log = tmp_path / "audit.log"
    environment = {**os.environ, "OICREADER_NETWORK_AUDIT": str(log)}
    subprocess.run([sys.executable, "-c", script], env=environment, check=True)
    events = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert events[0]["event"] == "socket.__new__"
    assert events[0]["arguments"][0] == repr(int(socket.AF_INET))
    environment.pop("OICREADER_NETWORK_AUDIT")
    log.unlink()
    subprocess.run([sys.executable, "-c", script], env=environment, check=True)
    assert not log.exists()
