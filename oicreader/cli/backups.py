"""The backup and restore commands."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from oicreader.cli.common import open_session
from oicreader.errors import UserFacingError
from oicreader.paths import library_path, require_writable

# The handlers import the app layer themselves: building the parser must stay light.


def register(commands: Any) -> None:
    """Add backup and restore to the command tree."""
    backup = commands.add_parser("backup", help="copy the library to the backups folder now")
    backup.set_defaults(handler=command_backup)
    restore = commands.add_parser("restore", help="put a backup back in place of the library")
    restore.add_argument("backup", nargs="?", type=Path, metavar="BACKUP", help="default: newest")
    restore.add_argument("--list", action="store_true", help="list the backups and stop")
    restore.set_defaults(handler=command_restore)


def command_backup(arguments: argparse.Namespace, out: TextIO) -> int:
    """Take a checked backup of the library now."""
    from oicreader.app.backups import back_up_now

    with open_session() as session:
        path = back_up_now(session)
    print(f"backed up to {path}", file=out)
    return 0


def command_restore(arguments: argparse.Namespace, out: TextIO) -> int:
    """Restore the newest (or a chosen) backup; the current library is kept aside."""
    from oicreader.app.backups import RestoreError, list_backups, restore_closed_library

    if arguments.list:
        for info in list_backups():
            print(f"{info.taken:%Y-%m-%d %H:%M:%S} UTC  {info.reason}  {info.path}", file=out)
        return 0
    require_writable(library_path())  # before "no backup yet": the folder is the first problem
    if not list_backups() and arguments.backup is None:
        raise UserFacingError("there is no backup to restore yet; `oicreader backup` makes one")
    try:
        report = restore_closed_library(arguments.backup)
    except RestoreError as error:
        raise RestoreError(
            f"{error}; choose another backup (`oicreader restore --list` lists them)"
        ) from None
    print(report.message(), file=out)
    return 0
