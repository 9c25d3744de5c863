"""Reading the library's passphrase for a command: from OICREADER_PASSPHRASE (for scripts) or,
with --passphrase-stdin, from the first line of standard input. Never from the command line,
where other users' `ps` would show it."""

from __future__ import annotations

import argparse
import os
import sys

PASSPHRASE_VARIABLE = "OICREADER_PASSPHRASE"


def add_passphrase_option(parser: argparse.ArgumentParser) -> None:
    """Add --passphrase-stdin to a command that opens the library."""
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help=(
            "read the passphrase of an encrypted library from the first line of standard "
            f"input (otherwise from {PASSPHRASE_VARIABLE})"
        ),
    )


def read_passphrase(arguments: argparse.Namespace) -> str | None:
    """The passphrase the user gave: with --passphrase-stdin the first line of standard input
    (its newline stripped), else OICREADER_PASSPHRASE, else None."""
    if getattr(arguments, "passphrase_stdin", False):
        return sys.stdin.readline().removesuffix("\n").removesuffix("\r")
    return os.environ.get(PASSPHRASE_VARIABLE)
