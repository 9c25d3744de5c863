"""The encrypt, decrypt and passphrase commands, and --passphrase-stdin on every command."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any, TextIO

from oicreader.cli.passphrase import (
    PASSPHRASE_VARIABLE,
    add_passphrase_option,
    add_passphrase_option_to_every_command,
    given_passphrase,
)
from oicreader.errors import UserFacingError

NEW_PASSPHRASE_VARIABLE = "OICREADER_NEW_PASSPHRASE"

_FORGOTTEN = "A forgotten passphrase cannot be recovered by anyone: the notes are gone with it."
_DELETION = (
    "The plain files were overwritten and removed; on an SSD or a copy-on-write file system "
    "old blocks may survive until the disk reuses them: see the README."
)


def register(commands: Any) -> None:
    """Add encrypt, decrypt and passphrase to the command tree, then --passphrase-stdin to
    every command; registered last, so that every command is there to get it."""
    add_passphrase_option_to_every_command(commands)
    encrypt = commands.add_parser(
        "encrypt",
        help="encrypt the library and every backup with a passphrase",
        description=(
            "Encrypt the library and every backup (SQLCipher, AES-256). The passphrase comes "
            f"from {PASSPHRASE_VARIABLE}, or the first line of standard input with "
            f"--passphrase-stdin, or is asked twice at the terminal. {_FORGOTTEN}"
        ),
    )
    add_passphrase_option(encrypt)
    encrypt.set_defaults(handler=command_encrypt)
    decrypt = commands.add_parser(
        "decrypt",
        help="write the library and every backup back as plain files",
        description=(
            f"Decrypt the library and every backup. The passphrase comes from "
            f"{PASSPHRASE_VARIABLE}, or the first line of standard input with "
            "--passphrase-stdin, or is asked at the terminal."
        ),
    )
    add_passphrase_option(decrypt)
    decrypt.set_defaults(handler=command_decrypt)
    change = commands.add_parser(
        "passphrase",
        help="change the passphrase of the encrypted library and every backup",
        description=(
            f"Change the passphrase. The current one comes from {PASSPHRASE_VARIABLE}, or the "
            "first line of standard input with --passphrase-stdin; the new one from "
            f"{NEW_PASSPHRASE_VARIABLE}, or the second line of standard input with "
            "--passphrase-stdin; either is asked at the terminal when not given (the new one "
            f"twice). {_FORGOTTEN}"
        ),
    )
    add_passphrase_option(change)
    change.set_defaults(handler=command_passphrase)


def command_encrypt(arguments: argparse.Namespace, out: TextIO) -> int:
    """Encrypt the library and every backup."""
    from oicreader.app.encryption import encrypt, library_is_encrypted

    if library_is_encrypted():
        raise UserFacingError(
            "the library is already encrypted; `oicreader passphrase` changes its passphrase"
        )
    passphrase = given_passphrase()
    if passphrase is None:
        passphrase = _ask_twice("New passphrase: ")
    report, _ = encrypt(passphrase)
    print(f"encrypted {_files(report.converted)}. {_FORGOTTEN} {_DELETION}", file=out)
    _warn_of_files_left(report.left_as_they_were, "plain")
    return 0


def command_decrypt(arguments: argparse.Namespace, out: TextIO) -> int:
    """Write the library and every backup back as plain files."""
    from oicreader.app.encryption import decrypt, library_is_encrypted

    if not library_is_encrypted():
        raise UserFacingError("the library is not encrypted; nothing was changed")
    passphrase = given_passphrase()
    if passphrase is None:
        passphrase = _ask_once("Passphrase: ")
    report, _ = decrypt(passphrase)
    print(f"decrypted {_files(report.converted)}: anyone with the disk can read them.", file=out)
    _warn_of_files_left(report.left_as_they_were, "encrypted")
    return 0


def command_passphrase(arguments: argparse.Namespace, out: TextIO) -> int:
    """Change the passphrase of the library and every backup."""
    from oicreader.app.encryption import change_passphrase

    old = given_passphrase()
    if old is None:
        old = _ask_once("Current passphrase: ")
    new = _new_passphrase(arguments)
    report, _ = change_passphrase(old, new)
    print(f"changed the passphrase of {_files(report.converted)}. {_FORGOTTEN}", file=out)
    return 0


def _new_passphrase(arguments: argparse.Namespace) -> str:
    if getattr(arguments, "passphrase_stdin", False):
        line = sys.stdin.readline()
        if line:
            return line.removesuffix("\n").removesuffix("\r")
    if NEW_PASSPHRASE_VARIABLE in os.environ:
        return os.environ[NEW_PASSPHRASE_VARIABLE]
    return _ask_twice("New passphrase: ")


def _ask_once(prompt: str) -> str:
    """A passphrase typed at the terminal, not echoed; refused when there is no terminal."""
    if not sys.stdin.isatty():
        raise UserFacingError(
            f"no passphrase given: set {PASSPHRASE_VARIABLE}, or give it on the first line of "
            "standard input with --passphrase-stdin; nothing was changed"
        )
    import getpass

    return getpass.getpass(prompt)


def _ask_twice(prompt: str) -> str:
    """A new passphrase typed twice at the terminal; refused when the two differ or it is
    empty."""
    first = _ask_once(prompt)
    if not first:
        raise UserFacingError("an empty passphrase protects nothing; nothing was changed")
    if _ask_once("Type it again: ") != first:
        raise UserFacingError("the two passphrases differ; nothing was changed")
    return first


def _warn_of_files_left(files: list[Path], state: str) -> None:
    from oicreader.cli.common import print_message

    for file in files:
        print_message(
            f"oicreader: warning: {file} could not be read (a damaged copy set aside by a "
            f"restore or a recovery) and is still {state}; delete it when you no longer need it"
        )


def _files(converted: list[Path]) -> str:
    """ "the library and 3 backups", of the files a conversion wrote anew."""
    from oicreader.paths import library_path

    backups = sum(1 for file in converted if file.parent.name == "backups")
    named = ["the library"] if library_path() in converted else []
    if backups:
        named.append(f"{backups} backup{'s' if backups > 1 else ''}")
    return " and ".join(named) or "nothing (every file was done already)"
