"""Where a command gets the library's or a notes file's passphrase: the environment, or the
first line of standard input; never an argument, never a log."""

from __future__ import annotations

import argparse
import os
import sys

from oicreader.errors import UserFacingError

# For scripts: a variable is not seen by other users in `ps`, as an argument would be.
PASSPHRASE_VARIABLE = "OICREADER_PASSPHRASE"


class PassphraseRefused(UserFacingError):
    """A passphrase that was asked for in a way that cannot be used (an empty line)."""


def add_passphrase_option(parser: argparse.ArgumentParser) -> None:
    """Add --passphrase-stdin to a command that needs a passphrase."""
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read the passphrase from the first line of standard input",
    )


def read_passphrase(arguments: argparse.Namespace) -> str | None:
    """The passphrase given to this command: OICREADER_PASSPHRASE when it is set, else with
    --passphrase-stdin the first line of standard input (its line ending dropped), else None.

    An empty passphrase is refused: it would protect nothing. The passphrase is never
    printed, not even in a refusal.
    """
    from_environment = os.environ.get(PASSPHRASE_VARIABLE)
    if from_environment is not None:
        if not from_environment:
            raise PassphraseRefused(
                f"{PASSPHRASE_VARIABLE} is set but empty; set it to the passphrase, or unset "
                "it to be asked"
            )
        return from_environment
    if not getattr(arguments, "passphrase_stdin", False):
        return None
    line = sys.stdin.readline()
    # Only the line ending goes: spaces may be part of a passphrase.
    passphrase = line.removesuffix("\n").removesuffix("\r")
    if not passphrase:
        raise PassphraseRefused(
            "--passphrase-stdin: the first line of standard input is empty; give the "
            "passphrase on that line, e.g. `printf '%s\\n' \"$PASS\" | oicreader ...`"
        )
    return passphrase
